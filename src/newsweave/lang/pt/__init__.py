"""Language pack: pt."""
