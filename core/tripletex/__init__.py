"""The Tripletex API v2 client (read-only) and its typed errors."""

from core.tripletex.client import TripletexClient, WhoAmI, session_expiry
from core.tripletex.errors import TripletexError, redact
from core.tripletex.listing import ProjectListing

__all__ = ["ProjectListing", "TripletexClient", "TripletexError", "WhoAmI", "redact", "session_expiry"]
