"""Reusable widgets and helpers of rabbitsync's app (progress bars and relay, screen helpers)."""
