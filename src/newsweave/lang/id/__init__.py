"""Language pack: id."""
