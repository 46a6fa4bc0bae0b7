"""Language pack: de."""
