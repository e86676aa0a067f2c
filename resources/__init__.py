"""Icons, style sheet and demo-data inputs, shipped as package data."""
