"""Language pack: fr."""
