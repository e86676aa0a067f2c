"""Qt Designer files, shipped as package data."""
