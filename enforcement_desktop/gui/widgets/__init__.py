"""Reusable input widgets (money, optional dates)."""
