"""The records, read and written through an open `Store`: queries, listings, detail, forms'
writes, alerts, merging, attachments, exchange between laptops, the consistency check."""
