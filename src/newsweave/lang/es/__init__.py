"""Language pack: es."""
