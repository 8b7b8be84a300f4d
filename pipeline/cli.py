"""The `claims` command line: thin commands that parse options and call the library."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from pipeline import __version__
from pipeline.config import GOLD_FILE, MAX_FILE_BYTES, OUT_DIR, PROGRESS_MIN_ARTICLES, RAW_DIR

app = typer.Typer(
    help="Turn the quantitative claims in Dutch news articles into normalized tables "
         "(articles, sentences, countries, amounts, dates, claims) as CSV and Parquet.",
    no_args_is_help=True,
    add_completion=False,
)
log = logging.getLogger("pipeline")

RawOption = Annotated[Path, typer.Option("--raw", help="Folder with the articles: .txt files, "
                                         "and .jsonl/.csv files of many articles.")]
OutOption = Annotated[Path, typer.Option("--out", help="Folder the tables are written to.")]
ModelOption = Annotated[str, typer.Option(
    "--model", help="spaCy pipeline: 'auto' (nl_core_news_sm when installed, else the rule-based "
                    "default), 'blank' (always the rule-based default), a model package name, or the "
                    "path of a saved pipeline.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Only print errors.")]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Print what each step does.")]


def setup_logging(quiet: bool, verbose: bool) -> None:
    level = logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("claims: %(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(level)
    log.propagate = False


def progress_bar(enabled: bool):
    """A function total -> per-batch callback drawing a bar on stderr, or None when not wanted."""
    if not enabled or not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn("articles"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=Console(stderr=True), transient=True)

    def start(total: int):
        if total < PROGRESS_MIN_ARTICLES:
            return lambda n: None
        task = bar.add_task("articles", total=total)
        bar.start()
        return lambda n: bar.advance(task, n)

    return start, bar


def report_error(error) -> None:
    who = f" [{error.article_id}]" if error.article_id and error.article_id not in error.path else ""
    typer.echo(f"claims: error: {error.path}{who}: {error.error}", err=True)


@app.command()
def run(
    raw: RawOption = RAW_DIR,
    out: OutOption = OUT_DIR,
    model: ModelOption = "auto",
    force: Annotated[bool, typer.Option("--force", help="Recompute every article, even unchanged ones.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit with code 1 when any file or article had an error.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for the articles.")] = 1,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse articles larger than this many bytes.")] = MAX_FILE_BYTES,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Read the articles in --raw and write the tables to --out.

    Only new or changed articles are processed again; removed articles are dropped from the tables.
    Bad files are reported on stderr and in errors.csv, and the other articles are processed.
    """
    setup_logging(quiet, verbose)
    from pipeline.run import run_pipeline

    if not raw.is_dir():
        typer.echo(f"claims: error: input folder {raw} does not exist", err=True)
        raise typer.Exit(2)
    start_bar, bar = progress_bar(not quiet)
    try:
        report = run_pipeline(raw, out, model=model, force=force, jobs=jobs, max_bytes=max_bytes,
                              progress=start_bar, on_error=report_error)
    except RuntimeError as e:
        typer.echo(f"claims: error: {e}", err=True)
        raise typer.Exit(2)
    finally:
        if bar is not None:
            bar.stop()
    if report.nothing_to_do:
        log.info("up to date: %d articles unchanged in %s", len(report.kept), out)
    else:
        log.info("processed %d, unchanged %d, removed %d, errors %d -> %s",
                 len(report.processed), len(report.kept), len(report.removed), len(report.errors), out)
    if report.errors and (strict or report.n_articles == 0):
        raise typer.Exit(1)


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(exists=True, dir_okay=False,
                                         help=f"Gold mentions (JSONL, see GOLD_SPEC.md), e.g. {GOLD_FILE}.")],
    raw: RawOption = RAW_DIR,
    out: OutOption = OUT_DIR,
    model: ModelOption = "auto",
    details: Annotated[bool, typer.Option("--details", help="List the misses, wrong values and false positives.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    no_run: Annotated[bool, typer.Option("--no-run", help="Score the tables as they are, without updating them first.")] = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Score the tables against gold annotations: precision, recall and F1 per kind.

    'span' scores count a predicted mention that overlaps a gold one; 'normalized' scores also
    need the right value (country code, number and unit, date interval). The tables are brought
    up to date with --raw first (incrementally) unless --no-run is given.
    """
    setup_logging(quiet or as_json, verbose)
    from pipeline.evaluate import evaluate

    if not no_run:
        from pipeline.run import run_pipeline

        run_pipeline(raw, out, model=model, on_error=lambda e: None)
    scores, problems = evaluate(gold, raw, out)
    for problem in problems:
        typer.echo(f"claims: gold problem: {problem}", err=True)
    if as_json:
        typer.echo(json.dumps({k: s.as_dict() for k, s in scores.items()}, ensure_ascii=False, indent=1))
        return
    typer.echo(f"{'kind':8s} {'gold':>5s} {'pred':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}   "
               f"{'span P':>6s} {'span R':>6s} {'span F1':>7s}")
    for kind, s in scores.items():
        if s.error:
            typer.echo(f"{kind:8s} error: {s.error}")
            continue
        (p, r, f), (sp, sr, sf) = s.normalized, s.span
        typer.echo(f"{kind:8s} {s.gold:5d} {s.pred:5d} {p:6.3f} {r:6.3f} {f:6.3f}   "
                   f"{sp:6.3f} {sr:6.3f} {sf:7.3f}")
    if details:
        for kind, s in scores.items():
            for title, items in (("missed", s.misses), ("wrong value", s.wrong),
                                 ("false positive", s.false_positives)):
                for item in items:
                    typer.echo(f"{kind} {title}: {item}")


@app.command()
def version() -> None:
    """Print the pipeline version."""
    typer.echo(__version__)
