"""Language pack: tr."""
