"""Partnership Lab: from consultation input to fundable migration partnerships."""

__version__ = "0.1.0"
