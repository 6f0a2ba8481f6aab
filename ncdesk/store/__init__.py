"""The database: opening, migrations, records, reference data and search. No Qt here."""
