"""The output tables: one declared schema per table, and the only code that writes them.

Every table is written as NAME.csv (UTF-8, header row) and NAME.parquet. A run writes all of its
files into a staging folder first and then moves them into place under a commit marker, so that a
run killed half-way leaves the previous outputs as they were (see `write_outputs`).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

# Column name -> pandas dtype. Nullable dtypes so that "unknown" is an empty cell, never NaN or 0.
MENTION_KEYS = {
    "article_id": "string",
    "sentence_id": "Int64",
    "start_char": "Int64",
    "end_char": "Int64",
    "text": "string",
}

# The normalized amount, in `amounts` and again in `claims`.
AMOUNT_VALUES = {
    "value": "Float64",
    "value_low": "Float64",
    "value_high": "Float64",
    "unit": "string",
    "per": "string",
    "qualifier": "string",
    "counted": "string",
}

SCHEMAS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "string",
        "source_path": "string",
        "published": "string",
        "published_granularity": "string",
        "title": "string",
        "n_sentences": "Int64",
        "n_tokens": "Int64",
        "n_chars": "Int64",
        "content_sha256": "string",
        "source": "string",
        "url": "string",
    },
    "sentences": dict(MENTION_KEYS),
    "countries": {
        **MENTION_KEYS,
        "country_code": "string",
        "country_alpha3": "string",
        "country_name": "string",
        "match_type": "string",
    },
    "amounts": {**MENTION_KEYS, **AMOUNT_VALUES},
    "dates": {
        **MENTION_KEYS,
        "date_start": "string",
        "date_end": "string",
        "granularity": "string",
        "relative": "boolean",
        "resolved": "boolean",
        "anchor": "string",
    },
    "claims": {
        "claim_id": "string",
        "article_id": "string",
        "published": "string",
        "title": "string",
        "sentence_id": "Int64",
        "start_char": "Int64",
        "end_char": "Int64",
        "sentence": "string",
        "amount_text": "string",
        **AMOUNT_VALUES,
        "topic": "string",
        "countries": "string",
        "countries_context": "string",
        "date_start": "string",
        "date_end": "string",
        "date_text": "string",
        "date_source": "string",
        "source": "string",
        "group_id": "string",
    },
    "claim_groups": {
        "group_id": "string",
        "topic": "string",
        "unit": "string",
        "counted": "string",
        "countries": "string",
        "n_claims": "Int64",
        "n_articles": "Int64",
        "value_min": "Float64",
        "value_max": "Float64",
        "first_published": "string",
        "last_published": "string",
        "consistent": "boolean",
        "claim_ids": "string",
    },
    "errors": {
        "path": "string",
        "article_id": "string",
        "error": "string",
    },
}

# Per-article tables are rebuilt per article on incremental runs; the others are derived.
SORT_KEYS = {
    "articles": ["article_id"],
    "sentences": ["article_id", "sentence_id"],
    "countries": ["article_id", "start_char", "end_char"],
    "amounts": ["article_id", "start_char", "end_char"],
    "dates": ["article_id", "start_char", "end_char"],
    "claims": ["article_id", "start_char", "end_char"],
    "claim_groups": ["group_id"],
    "errors": ["path", "article_id"],
}

STAGING = ".staging"
COMMIT_MARKER = "COMMITTED"


def empty_frame(table: str) -> pd.DataFrame:
    """An empty frame with the table's columns and dtypes."""
    return pd.DataFrame({col: pd.Series(dtype=dtype) for col, dtype in SCHEMAS[table].items()})


def to_frame(table: str, rows: Iterable[Mapping] | pd.DataFrame) -> pd.DataFrame:
    """Rows (dicts) or a frame -> a frame with exactly the table's columns, dtypes and order.

    A row missing a column gets an empty cell; a column the schema does not know is an error,
    so that a typo in a stage never silently drops data.
    """
    frame = rows.copy() if isinstance(rows, pd.DataFrame) else pd.DataFrame.from_records(list(rows))
    schema = SCHEMAS[table]
    unknown = [c for c in frame.columns if c not in schema]
    if unknown:
        raise ValueError(f"table {table!r} has no column(s) {unknown}")
    if frame.empty:
        return empty_frame(table)
    for col, dtype in schema.items():
        if col not in frame.columns:
            frame[col] = pd.Series(pd.NA, index=frame.index, dtype=dtype)
        else:
            frame[col] = _coerce(frame[col], dtype)
    frame = frame[list(schema)]
    keys = [k for k in SORT_KEYS.get(table, []) if k in frame.columns]
    if keys:
        frame = frame.sort_values(keys, kind="stable", na_position="first")
    return frame.reset_index(drop=True)


def _coerce(series: pd.Series, dtype: str) -> pd.Series:
    if dtype == "string":
        return series.astype("object").where(series.notna(), None).astype("string")
    if dtype == "boolean":
        return series.astype("object").where(series.notna(), None).astype("boolean")
    return pd.to_numeric(series, errors="raise").astype(dtype)


def read_table(out_dir: Path, table: str) -> pd.DataFrame | None:
    """The table as last written (from Parquet), or None when it does not exist."""
    path = Path(out_dir) / f"{table}.parquet"
    if not path.exists():
        return None
    return to_frame(table, pd.read_parquet(path))


def output_files(tables: Iterable[str]) -> list[str]:
    return [f"{t}.{ext}" for t in tables for ext in ("csv", "parquet")]


def write_outputs(out_dir: Path, frames: Mapping[str, pd.DataFrame], extra: Mapping[str, str] = {}) -> None:
    """Write every table (CSV and Parquet) and the extra text files as one all-or-nothing change.

    Files go to OUT/.staging first; once all are complete on disk a commit marker is written and
    the files are moved into place. `recover` (run at the start of every write and every run)
    finishes a committed move or throws away an uncommitted staging folder, so readers only ever
    see the previous run's outputs or this run's, never a mix.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    recover(out_dir)
    staging = out_dir / STAGING
    staging.mkdir()
    names = []
    for table, frame in frames.items():
        frame = to_frame(table, frame)
        csv_path, parquet_path = staging / f"{table}.csv", staging / f"{table}.parquet"
        frame.to_csv(csv_path, index=False, encoding="utf-8", na_rep="")
        frame.to_parquet(parquet_path, index=False, engine="pyarrow")
        names += [csv_path.name, parquet_path.name]
    for name, content in extra.items():
        (staging / name).write_text(content, encoding="utf-8")
        names.append(name)
    for name in names:
        _fsync(staging / name)
    marker = staging / COMMIT_MARKER
    marker.write_text(json.dumps(names), encoding="utf-8")
    _fsync(marker)
    _finish_commit(out_dir)


def recover(out_dir: Path) -> str | None:
    """Finish or undo a write that was interrupted; returns what was done, for the log."""
    staging = Path(out_dir) / STAGING
    if not staging.exists():
        return None
    if (staging / COMMIT_MARKER).exists():
        _finish_commit(Path(out_dir))
        return "finished an interrupted write of the outputs"
    shutil.rmtree(staging)
    return "discarded the partial outputs of an interrupted run"


def _finish_commit(out_dir: Path) -> None:
    staging = out_dir / STAGING
    names = json.loads((staging / COMMIT_MARKER).read_text(encoding="utf-8"))
    for name in names:
        src = staging / name
        if src.exists():  # absent when a previous recovery already moved it
            os.replace(src, out_dir / name)
    shutil.rmtree(staging)


def _fsync(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())
