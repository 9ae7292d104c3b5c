"""Customer statuses from ordering behaviour: the rules (SQL, migration 0008), their recompute, listings."""
