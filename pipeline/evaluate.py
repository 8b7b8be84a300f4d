"""Score the output tables against gold mentions (format: data/gold/GOLD_SPEC.md).

Gold rows name their span by text and occurrence; predicted rows by character offsets. Each gold
mention takes the unused predicted row of its kind that overlaps it most. Span scores count every
such match; normalized scores also require the value to be right (country code, number and unit,
or date interval). Optional gold mentions are neither required nor counted against a prediction.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.config import MAX_FILE_BYTES
from pipeline.ingest import Article, read_articles
from pipeline.tables import read_table

KIND_TABLES = {"country": "countries", "amount": "amounts", "date": "dates"}


@dataclass
class KindScore:
    kind: str
    gold: int = 0
    pred: int = 0
    span_tp: int = 0
    tp: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    error: str | None = None

    @staticmethod
    def _prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def normalized(self) -> tuple[float, float, float]:
        return self._prf(self.tp, self.pred, self.gold)

    @property
    def span(self) -> tuple[float, float, float]:
        return self._prf(self.span_tp, self.pred, self.gold)

    def as_dict(self) -> dict:
        p, r, f = self.normalized
        sp, sr, sf = self.span
        return {"gold": self.gold, "pred": self.pred, "tp": self.tp, "precision": round(p, 3),
                "recall": round(r, 3), "f1": round(f, 3), "span_precision": round(sp, 3),
                "span_recall": round(sr, 3), "span_f1": round(sf, 3), "misses": self.misses,
                "wrong": self.wrong, "false_positives": self.false_positives, "error": self.error}


def load_gold(gold_path: Path, texts: dict[str, str]) -> tuple[list[dict], list[str]]:
    """Gold rows with their character span (`_start`, `_end`) located in the article text."""
    rows, problems = [], []
    for lineno, line in enumerate(Path(gold_path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        g = json.loads(line)
        text = texts.get(g["article"])
        if text is None:
            problems.append(f"{gold_path}:{lineno}: article {g['article']!r} is not in the input folder")
            continue
        start = -1
        for _ in range(int(g.get("occurrence", 1))):
            start = text.find(g["text"], start + 1)
            if start < 0:
                break
        if start < 0:
            problems.append(f"{gold_path}:{lineno}: {g['text']!r} #{g.get('occurrence', 1)} "
                            f"not found in {g['article']}")
            continue
        rows.append({**g, "_start": start, "_end": start + len(g["text"])})
    return rows, problems


def _number(x) -> float | None:
    if x is None or (isinstance(x, float) and math.isnan(x)) or x is pd.NA:
        return None
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _blank(x) -> bool:
    return x is None or x is pd.NA or str(x).strip().lower() in ("", "nan", "none", "null", "<na>")


def is_correct(kind: str, gold: dict, pred: dict) -> bool:
    """Does the predicted row carry the gold value? (the normalized part of the score)"""
    if kind == "country":
        if gold.get("code") is None:
            return _blank(pred.get("country_code"))
        return str(pred.get("country_code") or "").upper() == gold["code"].upper()
    if kind == "amount":
        if str(pred.get("unit") or "").lower() != str(gold.get("unit") or "").lower():
            return False
        if gold.get("value") is not None:
            return _close(_number(pred.get("value")), float(gold["value"]))
        if gold.get("low") is None:  # a vague amount without a number
            return _number(pred.get("value")) is None and _number(pred.get("value_low")) is None
        return (_close(_number(pred.get("value_low")), float(gold["low"]))
                and _close(_number(pred.get("value_high")), float(gold["high"])))
    if kind == "date":
        if gold.get("start") is None:
            return _blank(pred.get("date_start")) or str(pred.get("resolved")).lower() in ("false", "0")
        return (str(pred.get("date_start") or "")[:10] == gold["start"]
                and str(pred.get("date_end") or "")[:10] == gold["end"])
    raise ValueError(f"unknown kind {kind!r}")


def score_kind(kind: str, gold: list[dict], preds: list[dict]) -> KindScore:
    """Match gold mentions of one kind to predicted rows and count."""
    result = KindScore(kind)
    by_article = defaultdict(list)
    for i, p in enumerate(preds):
        by_article[p["article_id"]].append(i)
    used: set[int] = set()
    optional_matched = 0
    for g in sorted(gold, key=lambda r: bool(r.get("optional"))):  # required mentions choose first
        best, best_overlap = None, 0
        for i in by_article.get(g["article"], []):
            if i in used:
                continue
            overlap = min(preds[i]["end_char"], g["_end"]) - max(preds[i]["start_char"], g["_start"])
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if g.get("optional"):
            if best is not None:
                used.add(best)
                optional_matched += 1
            continue
        result.gold += 1
        if best is None:
            result.misses.append(f"{g['article']}: {g['text']!r}")
            continue
        used.add(best)
        result.span_tp += 1
        if is_correct(kind, g, preds[best]):
            result.tp += 1
        else:
            want = {k: g[k] for k in ("code", "value", "low", "high", "unit", "start", "end") if k in g}
            got = {k: v for k, v in preds[best].items()
                   if k not in ("article_id", "sentence_id", "start_char", "end_char") and not _blank(v)}
            result.wrong.append(f"{g['article']}: {g['text']!r} gold={want} pred={got}")
    result.pred = len(preds) - optional_matched
    result.false_positives = [f"{preds[i]['article_id']}: {preds[i].get('text')!r}"
                              for i in range(len(preds)) if i not in used]
    return result


def evaluate(gold_path: Path, raw_dir: Path, out_dir: Path,
             max_bytes: int = MAX_FILE_BYTES) -> tuple[dict[str, KindScore], list[str]]:
    """Score every kind; returns the scores and the problems met reading the gold."""
    texts = {a.article_id: a.text for a in read_articles(raw_dir, max_bytes) if isinstance(a, Article)}
    gold, problems = load_gold(gold_path, texts)
    articles = {g["article"] for g in gold}
    scores = {}
    for kind, table in KIND_TABLES.items():
        frame = read_table(out_dir, table)
        if frame is None:
            scores[kind] = KindScore(kind, error=f"{out_dir}/{table}.parquet does not exist")
            continue
        frame = frame[frame["article_id"].isin(articles)]
        preds = [{k: (None if v is pd.NA else v) for k, v in row.items()}
                 for row in frame.to_dict("records")]
        scores[kind] = score_kind(kind, [g for g in gold if g["kind"] == kind], preds)
    return scores, problems
