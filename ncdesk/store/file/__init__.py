"""The database file: opening it, its keys, copies, backups, lock and migrations, and what
the file keeps by itself through triggers (the change log, the search index, the sort keys).
Nothing here imports the Store object or the records above it (tests/test_import_graph.py)."""
