"""Claims: every quantitative amount, read on its own with its countries, date, topic and source.

The `claims` component runs after the countries, dates and amounts components and reads their rows.
`group_claims` (a corpus step) then links claims from different articles about the same thing
(same topic, unit and rate, compatible counted noun and countries, compatible values) into groups.
Word lists (topics, reporting verbs, roles) are data in `pipeline/data/claim_*.json`.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left, bisect_right
import hashlib
import importlib
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.config import DATA_DIR
from pipeline.tables import to_frame

TOPICS_FILE = DATA_DIR / "claim_topics.json"
SOURCES_FILE = DATA_DIR / "claim_sources.json"
APPROX_TOLERANCE = 0.10  # "zo'n 175.000" agrees with 170 to 180 duizend: within 10%
REFERENTIAL_MAX = 20  # "de twee landen": a small count after a definite word refers back, it claims nothing
DEFINITE = {"de", "het", "die", "deze", "dit", "dat", "zijn", "haar", "hun", "onze", "ons", "mijn", "jullie",
            "beide", "diezelfde", "dezelfde"}
WEAK_WEIGHT = 0.4  # generic words ('soldaten', 'leger') weigh less than specific ones ('gesneuveld')
SPEAKER_MAX_WORDS = 4  # 'Ruslandkenner Hubert Smeets: "..."' names a speaker; a longer clause does not
APPROXIMATE = {"approx", "vague", "at_least", "at_most", "more_than", "less_than"}

if not Span.has_extension("claim"):
    Span.set_extension("claim", default=None)


@dataclass(frozen=True)
class Claim:
    """One claim; field names are the `claims` table columns (claim_id and group_id come later)."""

    published: str | None
    title: str | None
    sentence: str
    amount_text: str
    value: float | None
    value_low: float | None
    value_high: float | None
    unit: str | None
    per: str | None
    qualifier: str | None
    counted: str | None
    topic: str
    countries: str
    countries_context: str
    date_start: str | None
    date_end: str | None
    date_text: str | None
    date_source: str
    source: str | None


# ---------------------------------------------------------------------------------------------
# Topic


def unit_kind(unit: str | None) -> str:
    """'money' for ISO 4217 codes (EUR, USD, RUB), else the unit itself."""
    if unit and len(unit) == 3 and unit.isupper():
        return "money"
    return unit or ""


@dataclass(frozen=True)
class TopicLexicon:
    """Topic -> word stems (and phrases), each with a weight; see data/claim_topics.json."""

    index: dict[str, tuple[tuple[str, tuple[str, ...], float], ...]]  # first 3 letters -> entries
    order: tuple[str, ...]
    fallback: str
    unit_boost: dict[str, dict[str, float]]

    @classmethod
    def load(cls, path: Path = TOPICS_FILE) -> TopicLexicon:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        index: dict[str, list] = {}
        for topic, words in data["topics"].items():
            for weight, stems in ((1.0, words["words"]), (WEAK_WEIGHT, words.get("weak", []))):
                for stem in stems:
                    parts = tuple(stem.split())
                    index.setdefault(parts[0][:3], []).append((topic, parts, weight))
        return cls({k: tuple(v) for k, v in index.items()}, tuple(data["topics"]), data["fallback"],
                   data.get("unit_boost", {}))

    def classify(self, words: Sequence[str], at: int, unit: str | None = None) -> str:
        """The topic of the amount at word index `at`: each match weighs 1 / (1 + distance)."""
        lower = [w.lower() for w in words]
        scores = dict.fromkeys(self.order, 0.0)
        boost = self.unit_boost.get(unit_kind(unit), {})
        for i, word in enumerate(lower):
            for topic, stem, weight in self.index.get(word[:3], ()):
                last = i + len(stem) - 1
                if last < len(lower) and lower[last].startswith(stem[-1]) and \
                        all(lower[i + k] == stem[k] for k in range(len(stem) - 1)):
                    scores[topic] += weight * boost.get(topic, 1.0) / (1 + abs(i - at))
        best = max(self.order, key=lambda t: scores[t])  # max keeps the first on ties
        return best if scores[best] > 0 else self.fallback


# ---------------------------------------------------------------------------------------------
# Source


@dataclass(frozen=True)
class SourceLexicon:
    """Reporting words and the shapes of a source phrase; see data/claim_sources.json."""

    prepositions: dict[str, tuple[tuple[str, ...], ...]]  # first word -> phrases, longest first
    verbs: dict[str, tuple[tuple[str, ...], ...]]
    stop: frozenset[str]
    pronouns: frozenset[str]
    determiners: frozenset[str]
    name_joiners: frozenset[str]
    tussenvoegsels: frozenset[str]
    complement: frozenset[str]
    clause_openers: frozenset[str]
    self_reference: dict[str, tuple[tuple[str, ...], ...]]
    org_words: frozenset[str]
    org_joiners: frozenset[str]
    roles: tuple[str, ...]
    open_quotes: str
    close_quotes: str

    @classmethod
    def load(cls, path: Path = SOURCES_FILE) -> SourceLexicon:
        d = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(
            prepositions=_phrase_index(d["prepositions"]), verbs=_phrase_index(d["verbs"]),
            stop=frozenset(d["stop"]), pronouns=frozenset(d["pronouns"]),
            determiners=frozenset(d["determiners"]), name_joiners=frozenset(d["name_joiners"]),
            tussenvoegsels=frozenset(d["tussenvoegsels"]), complement=frozenset(d["complement"]),
            clause_openers=frozenset(d["clause_openers"]), self_reference=_phrase_index(d["self_reference"]),
            org_words=frozenset(d["org_words"]), org_joiners=frozenset(d["org_joiners"]),
            roles=tuple(d["roles"]), open_quotes="".join(d["quote_marks"]["open"]),
            close_quotes="".join(d["quote_marks"]["close"]),
        )

    def is_role(self, word: str) -> bool:
        """Ruslandkenner, defensiedeskundige, RTL-correspondent: a title or function, not a name."""
        lower = word.lower()
        return (word[:1].isupper() and "-" in word and word.rsplit("-", 1)[-1].islower()) or lower.endswith(self.roles)

    def is_organisation(self, word: str) -> bool:
        """Bureau, Instituut, Studiecommissie: a word that makes a name an organisation's."""
        return word.lower().endswith(tuple(self.org_words))


def _phrase_index(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def phrase_at(lower: Sequence[str], i: int, index: dict[str, tuple[tuple[str, ...], ...]]) -> tuple[str, ...] | None:
    """The longest phrase of the index that starts at lower[i], if any."""
    for phrase in index.get(lower[i], ()):
        if tuple(lower[i : i + len(phrase)]) == phrase:
            return phrase
    return None


def _capitalized(word: str) -> bool:
    return word[:1].isupper()


def _wordlike(word: str) -> bool:
    return any(c.isalnum() for c in word)


NATIONAL_ADJECTIVE_ENDINGS = ("se", "sche")  # Sri Lankaanse, Saoedi-Arabische, Nieuw-Zeelandse


def _adjective_like(word: str) -> bool:
    """Amerikaanse, Britse, militaire: inflected adjectives end in -e, nouns like ministerie, idee and
    ambassade do not count (a guess that needs no tagger)."""
    return len(word) > 4 and word.endswith("e") and not word.endswith(("ie", "ee", "oe", "ade"))


def source_phrase(words: Sequence[str], i: int, lex: SourceLexicon, max_words: int = 12) -> str | None:
    """The source named from words[i] on.

    'de Amerikaanse krant The Wall Street Journal' -> 'The Wall Street Journal' (a name after a role
    or noun is the source); 'het Britse ministerie van Defensie' -> 'Britse ministerie van Defensie';
    'Amerikaanse regeringsfunctionarissen heeft' -> 'Amerikaanse regeringsfunctionarissen'; a pronoun
    ('hij', 'hem') is returned as such for the caller to resolve.
    """
    n = min(len(words), i + max_words)

    def capitalized_at(k: int) -> bool:
        return k < n and _capitalized(words[k])

    while i < n:
        low = words[i].lower()
        if low in lex.pronouns and not (capitalized_at(i + 1) or (i + 1 < n and words[i + 1].lower() not in lex.stop
                                                                  and _wordlike(words[i + 1]))):
            return low  # 'volgens haar is ...' (but 'haar woordvoerder' is a determiner)
        if low not in lex.determiners:
            break
        i += 1
    if i < n and words[i].lower() in lex.tussenvoegsels and not any(capitalized_at(k) for k in (i + 1, i + 2)):
        return None  # 'Van de ondervraagden zegt 71 procent': a preposition, not 'Van der Linden'
    phrase: list[str] = []  # modifiers and a head noun
    names: list[str] = []
    complement_end = 0
    while i < n:
        w = words[i]
        low = w.lower()
        joiners = lex.org_joiners if any(lex.is_organisation(x) for x in names) else lex.name_joiners
        joins_name = low in joiners and any(capitalized_at(k) for k in (i + 1, i + 2))
        if not _wordlike(w) or (low in lex.stop and not (names and (joins_name or _capitalized(w)))):
            break
        has_head = bool(phrase) and (complement_end == len(phrase) or lex.is_role(phrase[-1])
                                     or not _adjective_like(phrase[-1]))
        if names:  # inside a name: more capitals, English joiners, tussenvoegsels after a first name
            first_name_only = sum(1 for x in names if _capitalized(x)) == 1
            if _capitalized(w) or joins_name:
                names.append(w)
            elif low in lex.tussenvoegsels and first_name_only and any(capitalized_at(k) for k in (i + 1, i + 2)):
                names.append(w)
            elif names[-1].endswith(NATIONAL_ADJECTIVE_ENDINGS) and not phrase:
                # 'het Sri Lankaanse ministerie': the capitals were modifiers of a noun
                phrase, names = names + [w], []
            elif len(names) == 1 and not phrase and lex.is_role(w):
                # 'Algemeen directeur Frans Beekman': a capital that opens the sentence, then a title
                phrase, names = names + [w], []
            else:
                break
        elif _capitalized(w) and not lex.is_role(w) and (has_head or not _adjective_like(w) or capitalized_at(i + 1)):
            names.append(w)  # 'Peter Wijninga', 'Verenigde Naties
        elif has_head:
            # after the head noun: a complement with a name ('minister van Defensie', 'ministerie van
            # Buitenlandse Zaken') or the end
            if low not in lex.complement or not capitalized_at(i + 1):
                break
            phrase.append(w)
            while capitalized_at(i + 1):
                i += 1
                phrase.append(words[i])
                if not _adjective_like(words[i]):
                    break
            complement_end = len(phrase)
        else:
            phrase.append(w)
        i += 1
    if names:
        return " ".join(names)
    return " ".join(phrase) or None


def sentence_source(words: Sequence[str], lex: SourceLexicon, skip: set[int] = frozenset()) -> str | None:
    """Who the sentence says states it: 'volgens X', '..., zegt X', 'X meldt dat ...', 'aldus X'.

    `skip` holds word indexes that belong to time expressions ('Vorig jaar zei Rusland dat').
    """
    lower = [w.lower() for w in words]
    for i in range(len(lower)):
        prep = phrase_at(lower, i, lex.prepositions)
        if prep:
            if phrase_at(lower, i + len(prep), lex.self_reference) and i > 0:
                found = source_phrase(words[:i], 0, lex)  # 'Het ministerie betaalt volgens eigen zeggen ...'
            else:
                found = source_phrase(words, i + len(prep), lex)
            if found:
                return found
    for i in range(len(lower)):
        verb = phrase_at(lower, i, lex.verbs)
        if not verb:
            continue
        after = i + len(verb)
        before = words[i - 1] if i else ""
        if before in {",", "zo", "Zo"} or (before and before[-1] in lex.close_quotes):
            found = source_phrase(words, after, lex)  # '..., zegt Akkermans'
            if found:
                return found
        # 'Amerikaanse overheidsbronnen schatten dat ...': the subject stands before the verb;
        # 'Een Sri Lankaan, de 51-jarige Nimal, zegt dat ...': the apposition between commas
        end = i - 1 if before == "," else i
        start = max((k + 1 for k in range(end) if lower[k] in lex.clause_openers or k in skip), default=0)
        found = source_phrase(words[start:end], 0, lex) if start < end else None
        if found:
            return found
        if "dat" in lower[after : after + 8]:
            # 'Vorig jaar zei Rusland dat': after a time phrase the subject follows the verb
            between = [w for k, w in enumerate(words[after : lower.index("dat", after)], start=after)
                       if k not in skip]
            found = source_phrase(between, 0, lex) if between else None
            if found:
                return found
    return None


def quote_spans(text: str, lex: SourceLexicon) -> list[tuple[int, int]]:
    """Character spans of quoted speech. A quote mark opens after a space or line start and closes
    before a space or punctuation; apostrophes inside words (zo'n, Cuba's) do neither. An open quote
    ends at the end of its paragraph."""
    spans, start = [], None
    for p, c in enumerate(text):
        if c == "\n" and start is not None:
            spans.append((start, p))
            start = None
            continue
        prev = text[p - 1] if p else " "
        nxt = text[p + 1] if p + 1 < len(text) else " "
        if start is None and c in lex.open_quotes and (prev.isspace() or prev in "([—–-") and not nxt.isspace():
            start = p
        elif start is not None and p > start + 1 and c in lex.close_quotes and not prev.isspace() and \
                (nxt.isspace() or nxt in ",.;:!?)"):
            spans.append((start, p + 1))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


# ---------------------------------------------------------------------------------------------
# The component


def _interval_of_published(published: str | None) -> tuple[str, str] | None:
    """The publication date as an inclusive interval at its own precision."""
    if not published:
        return None
    parts = [int(p) for p in published.split("-")]
    if len(parts) == 3:
        return published, published
    year = parts[0]
    if len(parts) == 2:
        last = calendar.monthrange(year, parts[1])[1]
        return f"{year:04d}-{parts[1]:02d}-01", f"{year:04d}-{parts[1]:02d}-{last:02d}"
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def _blank(x) -> bool:
    return x is None or x is pd.NA or (isinstance(x, float) and x != x) or x == ""


def is_claim(amount: dict, words_before: Sequence[str]) -> bool:
    """A quantity a reader can check: not a vague word without a number, and not a small count that
    only refers back to something named before ('de twee landen', 'die drie mannen')."""
    if _blank(amount.get("value")) and _blank(amount.get("value_low")):
        return False
    value = amount.get("value")
    if amount.get("unit") == "count" and not _blank(value) and value <= REFERENTIAL_MAX and words_before:
        return words_before[-1].lower() not in DEFINITE
    return True


def claim_date(dates: list[dict], start: int, end: int, at: int,
               article_date: tuple[str, str] | None) -> tuple[str | None, str | None, str | None, str]:
    """(date_start, date_end, date_text, date_source): the resolved date of the sentence nearest the
    amount, else the publication date at its own precision, else nothing."""
    in_sentence = [r for r in dates if start <= r["start_char"] < end and r.get("resolved")
                   and not _blank(r.get("date_start"))]
    if in_sentence:
        near = min(in_sentence, key=lambda r: abs(r["start_char"] - at))
        return near["date_start"], near["date_end"], near["text"], "sentence"
    if article_date:
        return article_date[0], article_date[1], None, "article"
    return None, None, None, "none"


def _codes(rows: list[dict], start: int, end: int) -> list[str]:
    codes = []
    for r in rows:
        code = r.get("country_code")
        if start <= r["start_char"] < end and not _blank(code) and code not in codes:
            codes.append(code)
    return codes


def _stage_rows(module: str, function: str, doc: Doc) -> list[dict]:
    return getattr(importlib.import_module(module), function)(doc)


@Language.factory(
    "claims",
    default_config={"topics_path": str(TOPICS_FILE), "sources_path": str(SOURCES_FILE)},
)
def make_claim_extractor(nlp: Language, name: str, topics_path: str, sources_path: str) -> ClaimExtractor:
    return ClaimExtractor(TopicLexicon.load(Path(topics_path)), SourceLexicon.load(Path(sources_path)))


class ClaimExtractor:
    """Reads the amounts, countries and dates of a Doc and puts one span per claim in doc.spans['claims']."""

    def __init__(self, topics: TopicLexicon, sources: SourceLexicon):
        self.topics = topics
        self.sources = sources

    def __call__(self, doc: Doc) -> Doc:
        amounts = _stage_rows("pipeline.amounts", "amount_rows", doc)
        countries = _stage_rows("pipeline.countries", "country_rows", doc)
        dates = _stage_rows("pipeline.dates", "date_rows", doc)
        words = DocWords(doc, [(r["start_char"], r["end_char"]) for r in dates])
        text = doc.text  # Doc.text joins every token anew on each access
        sources = self._sources(text, words)
        title_end = len(doc._.title) if doc._.title and text.startswith(doc._.title) else 0
        article_date = _interval_of_published(doc._.published)
        spans = []
        for amount in amounts:
            at = words.position(amount["start_char"])
            k = words.sentence_of(at)
            first, last = words.sentences[k]
            if not is_claim(amount, words.text[first:at]):
                continue
            s_start, s_end = words.idx[first], words.end[last - 1]
            codes = _codes(countries, s_start, s_end)
            context = [] if codes else self._context_codes(countries, words, k, title_end)
            date = claim_date(dates, s_start, s_end, amount["start_char"], article_date)
            claim = Claim(
                published=doc._.published, title=doc._.title, sentence=text[s_start:s_end],
                amount_text=text[amount["start_char"]:amount["end_char"]],
                value=amount.get("value"), value_low=amount.get("value_low"),
                value_high=amount.get("value_high"), unit=amount.get("unit"), per=amount.get("per"),
                qualifier=amount.get("qualifier"), counted=amount.get("counted"),
                topic=self.topics.classify(words.text[first:last], at - first, amount.get("unit")),
                countries=";".join(codes), countries_context=";".join(context),
                date_start=date[0], date_end=date[1], date_text=date[2], date_source=date[3],
                source=sources(amount["start_char"], k),
            )
            span = doc.char_span(amount["start_char"], amount["end_char"], label=claim.topic,
                                 alignment_mode="expand")
            if span is not None:
                span._.claim = (amount["start_char"], amount["end_char"], claim)
                spans.append(span)
        doc.spans["claims"] = spans
        return doc

    @staticmethod
    def _context_codes(countries: list[dict], words: DocWords, sentence: int, title_end: int) -> list[str]:
        """Countries of the title and of the previous sentence, for a sentence that names none."""
        codes = _codes(countries, 0, title_end)
        if sentence > 0:
            first, last = words.sentences[sentence - 1]
            codes += [c for c in _codes(countries, words.idx[first], words.end[last - 1]) if c not in codes]
        return codes

    def _sources(self, text: str, words: DocWords):
        """A function (char offset, sentence index) -> source. Quoted speech takes its speaker, else
        the sentence's own source; a pronoun ('vertelt hij') is the last named source before it."""
        lex = self.sources
        quotes = quote_spans(text, lex)
        speakers = [self._speaker(words, qs, qe) for qs, qe in quotes]
        # a quote without its own speaker takes that of the quote before or after it in the paragraph
        for q, (qs, qe) in enumerate(quotes):
            for other in (q - 1, q + 1):
                if not speakers[q] and 0 <= other < len(quotes) and speakers[other] and \
                        "\n" not in text[min(qe, quotes[other][1]):max(qs, quotes[other][0])]:
                    speakers[q] = speakers[other]
        quote_starts = [qs for qs, _ in quotes]

        def quote_at(start: int) -> int | None:
            q = bisect_right(quote_starts, start) - 1
            return q if q >= 0 and start < quotes[q][1] else None

        own, named_before = [], []
        last_named = None
        for first, last in words.sentences:
            named_before.append(last_named)
            skip = {k - first for k in range(first, last) if k in words.in_dates}
            found = sentence_source(words.text[first:last], lex, skip)
            own.append(found)
            # who speaks inside a quote ('dacht iedereen dat ...') is not a source of what follows
            said = [found] if quote_at(words.idx[first]) is None else []
            said += [speakers[q] for q, (qs, qe) in enumerate(quotes)
                     if words.idx[first] <= qe <= words.end[last - 1]]
            last_named = next((s for s in reversed(said) if s and s not in lex.pronouns), last_named)

        def source_of(start: int, sentence: int) -> str | None:
            q = quote_at(start)
            source = own[sentence]
            if q is not None:
                source = speakers[q] or source
            return named_before[sentence] if source in lex.pronouns else source

        return source_of

    def _speaker(self, words: DocWords, qs: int, qe: int) -> str | None:
        """'"...", zegt Akkermans' / '"...", aldus het ministerie' / 'Akkermans: "..."'."""
        lex = self.sources
        start = words.position(qe)
        clause = []
        for k in range(start, len(words.text)):
            w = words.text[k]
            if w in ".!?" or (w[:1] in lex.open_quotes and clause):
                break
            clause.append(w)
            if words.line_end[k]:
                break
        if clause and clause[0] == ",":
            clause = clause[1:]
        lower = [w.lower() for w in clause]
        if clause:
            phrase = phrase_at(lower, 0, lex.verbs) or phrase_at(lower, 0, lex.prepositions)
            if phrase:
                return source_phrase(clause, len(phrase), lex)
        end = words.position(qs)  # the word before the quote
        if end == 0 or words.text[end - 1] != ":":
            return None
        first = end - 1
        while first > 0 and words.text[first - 1] not in ".!?:;\"”’" and not words.line_end[first - 1]:
            first -= 1
        before = words.text[first : end - 1]
        lower = [w.lower() for w in before]
        for k in range(len(before)):
            verb = phrase_at(lower, k, lex.verbs)
            if verb:  # 'Akkermans zegt: "..."'
                return source_phrase(before[:k], 0, lex) or source_phrase(before, k + len(verb), lex)
        subject = source_phrase(before, 0, lex)
        if len(before) <= SPEAKER_MAX_WORDS:  # 'Akkermans: "..."'
            return subject
        if subject and all(_capitalized(w) for w in subject.split()):
            return subject  # 'Morozov ziet het ook in zijn data: "..."': a named subject speaks
        return None


class DocWords:
    """The non-space tokens of a Doc as plain lists (text, offsets, sentences), built once per Doc so
    that the claim rules index words instead of walking the Doc."""

    def __init__(self, doc: Doc, date_spans: list[tuple[int, int]]):
        tokens = [t for t in doc if not t.is_space]
        self.text = [t.text for t in tokens]
        self.idx = [t.idx for t in tokens]
        self.end = [t.idx + len(t.text) for t in tokens]
        self.line_end = ["\n" in t.whitespace_ or (t.i + 1 < len(doc) and "\n" in doc[t.i + 1].text)
                         for t in tokens]
        self.sentences = []  # (first, last + 1) word positions
        for sent in doc.sents:
            first = bisect_left(self.idx, sent.start_char)
            last = bisect_left(self.idx, sent.end_char)
            if last > first:
                self.sentences.append((first, last))
        if not self.sentences:
            self.sentences = [(0, len(tokens))]
        self.sentence_starts = [first for first, _ in self.sentences]
        self.in_dates = {k for s, e in date_spans for k in range(bisect_left(self.idx, s), bisect_left(self.idx, e))}

    def position(self, char: int) -> int:
        """Index of the first word at or after a character offset."""
        return bisect_left(self.idx, char)

    def sentence_of(self, position: int) -> int:
        return max(bisect_right(self.sentence_starts, position) - 1, 0)


def claim_rows(doc: Doc) -> list[dict]:
    """One row per claim, offsets relative to the Doc."""
    rows = []
    for span in doc.spans.get("claims", []):
        start, end, claim = span._.claim
        rows.append({"start_char": start, "end_char": end, **asdict(claim)})
    return rows


# ---------------------------------------------------------------------------------------------
# Claim groups (corpus step)


def claim_id(article_id: str, start: int, end: int) -> str:
    """Stable across re-runs: the article and the amount's offsets."""
    return f"{article_id}:{start}-{end}"


def _counted_key(counted) -> str:
    """'Russen' and 'russen' match; plural and singular of the same noun ('soldaat'/'soldaten') do not
    need to, because a group needs only compatible counted nouns."""
    return "" if _blank(counted) else re.sub(r"[^a-zà-ÿ]", "", str(counted).lower())


def _interval(row) -> tuple[float, float] | None:
    if not _blank(row["value"]):
        low = high = float(row["value"])
    elif not _blank(row["value_low"]) and not _blank(row["value_high"]):
        low, high = float(row["value_low"]), float(row["value_high"])
    else:
        return None
    if row["qualifier"] in APPROXIMATE:
        low, high = low * (1 - APPROX_TOLERANCE), high * (1 + APPROX_TOLERANCE)
    return low, high


def _countries_key(row) -> frozenset[str]:
    codes = row["countries"] if not _blank(row["countries"]) else row["countries_context"]
    return frozenset(c for c in ("" if _blank(codes) else codes).split(";") if c)


def compatible(a, b) -> bool:
    """Two claims about the same thing: same topic, unit and rate; counted nouns equal or one empty
    (for topic 'other' both must be given and equal); countries overlapping, or none on both sides;
    values overlapping (approximate values widened by 10%)."""
    if (a["topic"], a["unit"], _norm(a["per"])) != (b["topic"], b["unit"], _norm(b["per"])):
        return False
    ca, cb = _counted_key(a["counted"]), _counted_key(b["counted"])
    if a["topic"] == "other" and (not ca or ca != cb):
        return False
    if ca and cb and ca != cb:
        return False
    ka, kb = _countries_key(a), _countries_key(b)
    if bool(ka) != bool(kb) or (ka and not ka & kb):
        return False
    ia, ib = _interval(a), _interval(b)
    return ia is not None and ib is not None and ia[0] <= ib[1] and ib[0] <= ia[1]


def _norm(x) -> str:
    return "" if _blank(x) else str(x)


def group_claims(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Give every claim a claim_id and a group_id, and summarize the groups in `claim_groups`."""
    claims = frames["claims"].copy()
    if claims.empty:
        return {"claims": claims, "claim_groups": to_frame("claim_groups", [])}
    claims["claim_id"] = [claim_id(a, s, e) for a, s, e in
                          zip(claims["article_id"], claims["start_char"], claims["end_char"])]
    rows = claims.to_dict("records")
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_key: dict[tuple, list[int]] = {}
    for i, r in enumerate(rows):
        by_key.setdefault((r["topic"], _norm(r["unit"]), _norm(r["per"])), []).append(i)
    for members in by_key.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if rows[i]["article_id"] != rows[j]["article_id"] and compatible(rows[i], rows[j]):
                    parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(rows)):
        groups.setdefault(find(i), []).append(i)
    group_rows = []
    group_of = [""] * len(rows)
    for members in groups.values():
        ids = sorted(rows[i]["claim_id"] for i in members)
        gid = "g" + hashlib.sha1(ids[0].encode("utf-8")).hexdigest()[:10]
        for i in members:
            group_of[i] = gid
        lows = [_interval(rows[i]) for i in members]
        values = [v for i in members for v in (rows[i]["value"], rows[i]["value_low"], rows[i]["value_high"])
                  if not _blank(v)]
        published = sorted(str(rows[i]["published"]) for i in members if not _blank(rows[i]["published"]))
        counted = sorted({rows[i]["counted"] for i in members if not _blank(rows[i]["counted"])})
        codes = []
        for i in members:
            codes += [c for c in sorted(_countries_key(rows[i])) if c not in codes]
        known = [iv for iv in lows if iv is not None]
        consistent = all(a[0] <= b[1] and b[0] <= a[1] for a in known for b in known)
        first = rows[members[0]]
        group_rows.append({
            "group_id": gid, "topic": first["topic"], "unit": first["unit"],
            "counted": ";".join(counted) or None, "countries": ";".join(codes) or None,
            "n_claims": len(members), "n_articles": len({rows[i]["article_id"] for i in members}),
            "value_min": min(values) if values else None, "value_max": max(values) if values else None,
            "first_published": published[0] if published else None,
            "last_published": published[-1] if published else None,
            "consistent": consistent, "claim_ids": ";".join(ids),
        })
    claims["group_id"] = group_of
    return {"claims": to_frame("claims", claims), "claim_groups": to_frame("claim_groups", group_rows)}
