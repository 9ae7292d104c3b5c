"""What the system learns from reviewers' corrections, with provenance, and how to undo it."""
