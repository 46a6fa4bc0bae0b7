"""Language pack: ar."""
