"""Benchmarks: realistic stores at ten and a hundred times the real record, and how fast ncdesk
is on them against bare baselines measured in the same run (`benchmarks/run`)."""
