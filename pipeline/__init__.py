"""Turn the quantitative claims in Dutch news articles into normalized tables."""

__version__ = "0.1.0"
