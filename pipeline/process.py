"""The work on one article, as a pure function: Article in, rows of every table out.

`process_batch` is what a run hands to a worker (this process, a process pool, or a Dask
cluster): a list of Articles and a model spec in, plain picklable results out.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.ingest import Article
from pipeline.nlp import build_pipeline, stage_rows
from pipeline.stages import DOC_STAGES

log = logging.getLogger(__name__)


@dataclass
class ArticleResult:
    """Rows of every per-article table for one article, or the error that stopped it."""

    article_id: str
    source_path: str
    tables: dict[str, list[dict]] = field(default_factory=dict)
    error: str | None = None


@lru_cache(maxsize=4)
def cached_pipeline(model: str) -> Language:
    """One pipeline per worker process and model spec."""
    return build_pipeline(model)


def make_doc(nlp: Language, article: Article) -> Doc:
    """A Doc over the article body (after any date header), carrying the article's metadata."""
    doc = nlp.make_doc(article.body)
    doc._.article_id = article.article_id
    doc._.published = article.published
    doc._.published_granularity = article.published_granularity
    doc._.title = article.title
    return doc


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each sentence in the Doc, trimmed of surrounding whitespace, empty ones dropped."""
    spans = []
    for sent in doc.sents:
        text = sent.text
        stripped = text.strip()
        if not stripped:
            continue
        start = sent.start_char + (len(text) - len(text.lstrip()))
        spans.append((start, start + len(stripped)))
    return spans


def rows_from_doc(article: Article, doc: Doc) -> dict[str, list[dict]]:
    """Turn a processed Doc into rows of every per-article table, with offsets into article.text."""
    offset = article.body_start
    text = article.text
    sents = sentence_spans(doc)
    starts = [s for s, _ in sents]

    def sentence_of(start: int) -> int:
        return max(bisect_right(starts, start) - 1, 0)

    tables: dict[str, list[dict]] = {
        "articles": [{
            "article_id": article.article_id,
            "source_path": article.source_path,
            "published": article.published,
            "published_granularity": article.published_granularity,
            "title": article.title,
            "n_sentences": len(sents),
            "n_tokens": sum(1 for t in doc if not t.is_space),
            "n_chars": len(text),
            "content_sha256": article.content_sha256,
            "source": article.source,
            "url": article.url,
        }],
        "sentences": [
            {"article_id": article.article_id, "sentence_id": i, "start_char": s + offset,
             "end_char": e + offset, "text": text[s + offset : e + offset]}
            for i, (s, e) in enumerate(sents)
        ],
    }
    for stage in DOC_STAGES:
        rows = []
        for row in stage_rows(stage)(doc):
            start, end = row["start_char"], row["end_char"]
            row = dict(row, article_id=article.article_id, sentence_id=sentence_of(start),
                       start_char=start + offset, end_char=end + offset)
            if "text" in row:  # the invariant: text is exactly the article's characters there
                row["text"] = text[start + offset : end + offset]
            rows.append(row)
        tables[stage.table] = rows
    return tables


def process_article(article: Article, nlp: Language) -> ArticleResult:
    """Run the pipeline on one article; an exception becomes the result's error."""
    try:
        doc = nlp(make_doc(nlp, article))
        return ArticleResult(article.article_id, article.source_path, rows_from_doc(article, doc))
    except Exception as e:  # noqa: BLE001 - one bad article must not lose the others
        log.debug("article %s failed", article.article_id, exc_info=True)
        return ArticleResult(article.article_id, article.source_path,
                             error=f"processing failed: {type(e).__name__}: {e}")


def process_batch(articles: list[Article], model: str = "auto") -> list[ArticleResult]:
    """Process a batch with nlp.pipe; if the batch fails, redo it one article at a time."""
    nlp = cached_pipeline(model)
    try:
        docs = nlp.pipe(make_doc(nlp, a) for a in articles)
        return [ArticleResult(a.article_id, a.source_path, rows_from_doc(a, doc))
                for a, doc in zip(articles, docs)]
    except Exception:  # noqa: BLE001 - isolate the failing article below
        return [process_article(a, nlp) for a in articles]
