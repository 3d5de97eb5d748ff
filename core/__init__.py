"""rabbitsync core: config, the Tripletex client, the sandbox, the store, matching and the sync engine.

Nothing in this package imports Textual or `tui`; a test enforces it.
"""

__version__ = "0.1.0"
