"""Matching Tripletex records to the local registry: `normalize` (names, org numbers and numbers
as matching compares them), `match` (the sure rules and the review candidates), `resemble` (what
resembles what, and why), `hierarchy` (the project levels)."""
