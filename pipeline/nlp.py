"""Build the spaCy pipeline: spacy.blank("nl") or an installed model, plus our components.

`nl_core_news_sm` is an extra signal, never a requirement: when it (or a model named with
--model) cannot be loaded, one log line says so and the rule-based default is used.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.config import DATA_DIR
from pipeline.models import ModelChoice, resolve_model
from pipeline.stages import DOC_STAGES, Stage

log = logging.getLogger(__name__)

# Article metadata the components may use (the dates stage resolves against `published`).
for _name in ("article_id", "published", "published_granularity", "title"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

SENTENCE_SPLITTERS = {"senter", "sentencizer"}
TOKENIZER_EXCEPTIONS = DATA_DIR / "tokenizer_exceptions.txt"


def load_base(choice: ModelChoice) -> Language:
    """The base Language for a choice; falls back to spacy.blank('nl') with one log line."""
    if choice.kind == "blank":
        if choice.fallback:
            log.log(logging.WARNING if choice.explicit else logging.INFO,
                    "%s; using the rule-based default (spacy.blank('nl')). `make model` tries to "
                    "install nl_core_news_sm.", choice.fallback)
        return spacy.blank("nl")
    try:
        nlp = spacy.load(choice.name)
    except (OSError, ImportError, ValueError) as e:
        log.warning("cannot load spaCy model %r (%s); using the rule-based default "
                    "(spacy.blank('nl')).", choice.name, str(e).splitlines()[0])
        return spacy.blank("nl")
    if nlp.lang != "nl":
        log.warning("model %r is for language %r, not Dutch; results may be poor.", choice.name, nlp.lang)
    log.info("using spaCy model %s (%s)", choice.name, ", ".join(nlp.pipe_names) or "no components")
    return nlp


OPENING_QUOTES = {'"', "“", "„", "'", "‘", "«"}


@Language.component("sentence_boundaries")
def sentence_boundaries(doc: Doc) -> Doc:
    """Fix sentence starts the period-based splitters miss.

    A line break ends a sentence (headlines, captions and paragraphs have no final period);
    whitespace tokens never start one; an opening quote after a sentence end starts the next
    sentence instead of trailing the previous one ('... in Oekraïne. "Als honderden ...').
    """
    for i, token in enumerate(doc):
        if i == 0:
            continue
        prev = doc[i - 1]
        if token.is_space:
            token.is_sent_start = False
        elif "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
        elif (token.text in OPENING_QUOTES and prev.whitespace_ and not token.whitespace_
              and i + 1 < len(doc) and doc[i + 1].is_sent_start and prev.text in ".!?…"):
            token.is_sent_start = True
            doc[i + 1].is_sent_start = False
    return doc


def add_tokenizer_exceptions(nlp: Language, path: Path = TOKENIZER_EXCEPTIONS) -> None:
    """Abbreviations the Dutch tokenizer does not know ("mld.") stay one token."""
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            nlp.tokenizer.add_special_case(word, [{"ORTH": word}])


def build_pipeline(model: str = "auto", stages: tuple[Stage, ...] = DOC_STAGES) -> Language:
    """The full pipeline for --model: base model, sentence boundaries, then every stage."""
    nlp = load_base(resolve_model(model))
    add_tokenizer_exceptions(nlp)
    factories = {name: nlp.get_pipe_meta(name).factory for name in nlp.pipe_names}
    parsers = [name for name, factory in factories.items() if factory == "parser"]
    if parsers:
        # a trained parser respects sentence boundaries set before it
        nlp.add_pipe("sentence_boundaries", before=parsers[0])
    else:
        # the sentencizer and senter overwrite every boundary: line breaks go after them
        splitters = [name for name, factory in factories.items() if factory in SENTENCE_SPLITTERS]
        if not splitters:
            nlp.add_pipe("sentencizer")
            splitters = ["sentencizer"]
        nlp.add_pipe("sentence_boundaries", after=splitters[-1])
    for stage in stages:
        importlib.import_module(stage.module)  # registers the factory
        nlp.add_pipe(stage.factory, name=stage.table, config=stage.config)
    return nlp


def stage_rows(stage: Stage):
    """The stage's Doc -> rows function."""
    return getattr(importlib.import_module(stage.module), stage.rows)
