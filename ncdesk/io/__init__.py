"""Exports and imports. Only the PDF writer may use Qt; everything else here is plain Python."""
