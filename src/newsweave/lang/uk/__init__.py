"""Language pack: uk."""
