"""Language pack: zh."""
