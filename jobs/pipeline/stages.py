"""The pipeline's stages (`Stage`, defined with the schema's enums), and the failure naming one."""

from __future__ import annotations

from db.enums import Stage
from jobs.pipeline.errors import PermanentError

__all__ = ["STAGES", "PermanentStageFailed", "Stage", "StageFailed", "reaches"]

STAGES = tuple(Stage)  # in pipeline order


def reaches(stage: Stage, target: Stage) -> bool:
    """Is `target` at or before `stage` in the pipeline (does a run up to `stage` include `target`)?"""
    return STAGES.index(stage) >= STAGES.index(target)


class StageFailed(Exception):
    """A stage raised: `stage` names it, `cause` (also `__cause__`) is what it raised."""

    def __init__(self, stage: Stage, cause: BaseException) -> None:
        super().__init__(f"{stage}: {type(cause).__name__}: {cause}")
        self.stage = stage
        self.cause = cause

    @staticmethod
    def wrap(stage: Stage, cause: BaseException) -> StageFailed:
        """`cause` wrapped; a PermanentError stays permanent (dramatiq does not retry it)."""
        if isinstance(cause, StageFailed):
            return cause
        if isinstance(cause, PermanentError):
            return PermanentStageFailed(stage, cause)
        return StageFailed(stage, cause)


class PermanentStageFailed(StageFailed, PermanentError):
    """A stage failed in a way no retry can heal."""
