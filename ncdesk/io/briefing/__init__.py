"""Briefing notes, meeting packs and the draft Bureau report: one content model, PDF and Word."""
