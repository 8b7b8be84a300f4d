"""Which spaCy pipeline --model means on this machine, decided without importing spaCy.

The choice is part of the run fingerprint, so it must be cheap: a no-op re-run never imports spaCy.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from pipeline.config import MODEL_NAME


@dataclass(frozen=True)
class ModelChoice:
    """What --model resolves to, known without importing spaCy (used in the run fingerprint)."""

    kind: str  # blank | name | path
    name: str  # "blank", a package name, or a path
    version: str = ""
    fallback: str = ""  # why the rule-based default is used instead of the model asked for
    explicit: bool = False  # the user named a model (a fallback is then a warning, not news)


def resolve_model(spec: str) -> ModelChoice:
    """Decide which pipeline --model means on this machine, cheaply (no spaCy import)."""
    if spec == "blank":
        return ModelChoice("blank", "blank")
    if spec == "auto":
        spec = MODEL_NAME
        if importlib.util.find_spec(MODEL_NAME) is None:
            return ModelChoice("blank", "blank", fallback=f"{MODEL_NAME} is not installed")
    path = Path(spec)
    if path.exists():
        meta = path / "meta.json"
        stamp = str(meta.stat().st_mtime_ns) if meta.exists() else ""
        return ModelChoice("path", str(path.resolve()), stamp)
    try:
        return ModelChoice("name", spec, version(spec))
    except PackageNotFoundError:
        return ModelChoice("blank", "blank", fallback=f"spaCy model {spec!r} is neither an installed "
                           "package nor an existing path", explicit=True)


