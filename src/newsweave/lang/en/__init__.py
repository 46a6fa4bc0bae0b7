"""Language pack: en."""
