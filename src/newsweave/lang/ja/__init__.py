"""Language pack: ja."""
