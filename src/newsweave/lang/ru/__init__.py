"""Language pack: ru."""
