"""Word templates for the offline forms, shipped as package data."""
