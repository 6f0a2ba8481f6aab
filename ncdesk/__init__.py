"""ncdesk: the offline desk of the ASP focal points on non-cooperation."""

__version__ = "0.1.0"
