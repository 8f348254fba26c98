"""newsmine: Vietnamese provincial news → a database of facts with provenance."""

__version__ = "0.1.0"
