"""rabbitsync's terminal app (Textual). Talks to `core`, never to httpx or TinyDB directly."""
