"""A message from its row to its order and events: analysis, decision, the write, the actors."""
