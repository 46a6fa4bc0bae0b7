"""Language pack: ko."""
