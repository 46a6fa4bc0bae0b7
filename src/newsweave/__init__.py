"""newsweave: weave multilingual, machine-translated news into one sourced timeline."""

__version__ = "0.1.0"
