"""The extraction stages the pipeline runs, in order, and the corpus-level steps after them.

A doc stage is a spaCy component (registered with `@Language.factory` in its module) that puts its
mentions in `doc.spans[<table>]`, plus a function `rows(doc) -> list[dict]` that turns them into table
rows with character offsets relative to the Doc; `process.py` adds article_id and sentence_id and
shifts the offsets into the article text. Modules are named here, not imported, so that a run with
nothing to do never imports spaCy.

A corpus step is a function `frames -> frames` run on the full tables after every (incremental)
run, for results that depend on more than one article (e.g. claim groups).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Stage:
    table: str  # output table, also the doc.spans key the component fills
    factory: str  # spaCy factory name registered by `module`
    module: str
    rows: str  # name of the function in `module`: Doc -> list[dict]
    config: dict = field(default_factory=dict)


@dataclass(frozen=True)
class CorpusStep:
    module: str
    function: str  # dict[str, DataFrame] -> dict[str, DataFrame] (the tables it adds or replaces)
    tables: tuple[str, ...]  # the tables it writes


DOC_STAGES: tuple[Stage, ...] = (
    Stage("countries", "countries", "pipeline.countries", "country_rows"),
    Stage("dates", "dates", "pipeline.dates", "date_rows"),
    Stage("amounts", "amounts", "pipeline.amounts", "amount_rows"),
    Stage("claims", "claims", "pipeline.claims", "claim_rows"),
)

CORPUS_STEPS: tuple[CorpusStep, ...] = (
    CorpusStep("pipeline.claims", "group_claims", ("claims", "claim_groups")),
)


def output_tables() -> list[str]:
    """Every table a run writes, in a stable order."""
    tables = ["articles", "sentences"] + [s.table for s in DOC_STAGES]
    tables += [t for step in CORPUS_STEPS for t in step.tables if t not in tables]
    return tables + ["errors"]
