"""kith: a local-first relationship manager that brings a cold professional network back to life."""

__version__ = "0.1.0"
