"""Language pack: hi."""
