"""The domain: records, rules and document numbers. No Qt and no SQL here."""
