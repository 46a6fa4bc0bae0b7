"""One module per command (see cli.py)."""
