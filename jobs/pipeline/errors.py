"""The pipeline's error classes, shared by the stage-by-stage and the fused paths."""

from __future__ import annotations


class PermanentError(Exception):
    """Retrying cannot help (the message is gone, a tenant rule is broken): fail now, visibly."""
