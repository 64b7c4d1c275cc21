"""ARMrest reference server: a stateful, spec-driven stand-in for Amili's ARMrest API."""

__version__ = "1.0.0"
