"""One run: read the raw folder, process new and changed articles, write every table at once.

Incremental: `manifest.json` in the output folder records the content hash of every article and
a fingerprint of the pipeline (version, code and data files, model). A re-run processes only new or
changed articles, drops removed ones and keeps the rows of the others; a change of fingerprint, or
--force, recomputes everything. A re-run with nothing to process never imports spaCy.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import importlib
import json
import logging
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline import __version__
from pipeline.config import BATCH_SIZE, MAX_FILE_BYTES, PACKAGE_DIR
from pipeline.ingest import Article, IngestError, read_articles
from pipeline.models import resolve_model
from pipeline.stages import CORPUS_STEPS, DOC_STAGES, output_tables
from pipeline.tables import output_files, read_table, recover, to_frame, write_outputs

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
PER_ARTICLE_TABLES = ["articles", "sentences"] + [s.table for s in DOC_STAGES]


@dataclass
class RunReport:
    """What a run did, for the CLI's summary and for tests."""

    n_articles: int = 0
    processed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    wrote: bool = False
    model: str = ""

    @property
    def nothing_to_do(self) -> bool:
        return not self.wrote


def code_fingerprint() -> str:
    """Hash of the package's code and data files: a change to any rule reprocesses everything."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix not in (".pyc",) and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def read_manifest(out_dir: Path) -> dict:
    path = out_dir / MANIFEST
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        log.warning("%s is unreadable (%s); recomputing everything", path, e)
        return {}


@contextlib.contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Only one run writes to an output folder at a time."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / ".lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RuntimeError(f"another run is writing to {out_dir}; try again when it has finished")
        yield


def batches(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def process_all(articles: list[Article], model: str, jobs: int,
                on_progress: Callable[[int], None] = lambda n: None) -> Iterator:
    """Process articles in batches, in this process or on `jobs` worker processes."""
    from pipeline.process import process_batch  # imports spaCy: only when there is work

    work = list(batches(articles, BATCH_SIZE))
    if jobs <= 1:
        for batch in work:
            results = process_batch(batch, model)
            on_progress(len(batch))
            yield from results
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for batch, results in zip(work, pool.map(process_batch, work, [model] * len(work))):
            on_progress(len(batch))
            yield from results


def run_pipeline(raw_dir: Path, out_dir: Path, *, model: str = "auto", force: bool = False,
                 jobs: int = 1, max_bytes: int = MAX_FILE_BYTES,
                 progress: Callable[[int], Callable[[int], None]] | None = None,
                 on_error: Callable[[IngestError], None] = lambda e: None) -> RunReport:
    """Bring out_dir up to date with raw_dir. `progress(total)` returns a per-batch callback."""
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    with output_lock(out_dir):
        done = recover(out_dir)
        if done:
            log.warning("%s: %s", out_dir, done)
        return _run_locked(raw_dir, out_dir, model=model, force=force, jobs=jobs,
                           max_bytes=max_bytes, progress=progress, on_error=on_error)


def _run_locked(raw_dir, out_dir, *, model, force, jobs, max_bytes, progress, on_error) -> RunReport:
    report = RunReport()
    articles: list[Article] = []
    for item in read_articles(raw_dir, max_bytes):
        if isinstance(item, IngestError):
            report.errors.append(item)
            on_error(item)
        else:
            articles.append(item)
    report.n_articles = len(articles)

    choice = resolve_model(model)
    report.model = choice.name
    fingerprint = hashlib.sha256(json.dumps(
        [code_fingerprint(), choice.kind, choice.name, choice.version]).encode()).hexdigest()
    manifest = read_manifest(out_dir)
    tables = output_tables()
    outputs_present = all((out_dir / name).exists() for name in output_files(tables))
    reuse = not force and manifest.get("fingerprint") == fingerprint and outputs_present
    previous = manifest.get("articles", {}) if reuse else {}

    current = {a.article_id: a.content_sha256 for a in articles}
    todo = [a for a in articles if previous.get(a.article_id) != a.content_sha256]
    report.kept = sorted(i for i in current if previous.get(i) == current[i])
    report.removed = sorted(set(previous) - set(current))
    errors_frame = to_frame("errors", [vars(e) for e in report.errors])
    if reuse and not todo and not report.removed:
        old_errors = read_table(out_dir, "errors")
        if old_errors is not None and old_errors.equals(errors_frame):
            log.debug("nothing to do: %d articles unchanged", len(report.kept))
            return report

    new_rows: dict[str, list[dict]] = {t: [] for t in PER_ARTICLE_TABLES}
    processed_ok: dict[str, str] = {}
    if todo:
        log.info("processing %d article(s) (%d unchanged, %d removed) with %s",
                 len(todo), len(report.kept), len(report.removed), choice.name)
        tick = progress(len(todo)) if progress else (lambda n: None)
        for result in process_all(todo, model, jobs, tick):
            if result.error:
                err = IngestError(result.source_path, result.article_id, result.error)
                report.errors.append(err)
                on_error(err)
                continue
            processed_ok[result.article_id] = current[result.article_id]
            report.processed.append(result.article_id)
            for table, rows in result.tables.items():
                new_rows[table].extend(rows)

    frames: dict[str, pd.DataFrame] = {}
    keep = set(report.kept)
    for table in PER_ARTICLE_TABLES:
        parts = [to_frame(table, new_rows[table])]
        old = read_table(out_dir, table) if keep else None
        if old is not None:
            parts.append(old[old["article_id"].isin(keep)])
        frames[table] = to_frame(table, pd.concat([p for p in parts if not p.empty] or parts,
                                                  ignore_index=True))
    for step in CORPUS_STEPS:
        frames.update(getattr(importlib.import_module(step.module), step.function)(frames))
    frames["errors"] = to_frame("errors", [vars(e) for e in report.errors])

    article_hashes = {i: current[i] for i in report.kept} | processed_ok
    new_manifest = {
        "pipeline_version": __version__,
        "fingerprint": fingerprint,
        "model": {"kind": choice.kind, "name": choice.name, "version": choice.version},
        "articles": dict(sorted(article_hashes.items())),
        "tables": tables,
    }
    write_outputs(out_dir, frames, {MANIFEST: json.dumps(new_manifest, indent=1, ensure_ascii=False)})
    report.wrote = True
    return report
