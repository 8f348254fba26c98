"""Fact extractors (officials, organisations, figures, obstacles) and their lexicons."""
