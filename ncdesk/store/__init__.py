"""The database, in three parts, lowest first: `file/` (the database file: opening, keys, copies,
migrations, what it keeps by triggers), the `Store` object and the reference releases here, and
`records/` (the records, through an open Store); see docs/ARCHITECTURE.md. No Qt here."""
