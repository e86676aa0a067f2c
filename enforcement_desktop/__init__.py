"""Enforcement casework desktop application for CMS enforcement case managers."""

__version__ = "0.1.0"
