"""Language pack: vi."""
