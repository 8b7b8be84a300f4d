"""Amounts: every number expression in Dutch news that states a quantity, normalized.

"zo'n 200 tot 300 dollar per maand" -> value_low 200, value_high 300, unit USD, per month,
qualifier approx. The rules run over a small token stream of their own, so that `parse_amount`
works on a phrase without spaCy and the component gives the same answer inside a sentence.
The vocabulary lives in pipeline/data/amounts/. text2num turns Dutch number words into numbers
("vijfentwintig", "honderd tweeëntwintig"); Babel (CLDR) names the currencies ("Zwitserse frank",
"Deense kronen") and says which country pays in which ("500 roepie" in Nepal is NPR).
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.numbers import get_currency_name, get_territory_currencies
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from text_to_num import text2num

from pipeline.config import DATA_DIR

AMOUNT_DATA_DIR = DATA_DIR / "amounts"

if not Span.has_extension("amount"):
    Span.set_extension("amount", default=None)


@dataclass(frozen=True)
class Amount:
    """The normalized quantity of one mention; field names are the amounts table's columns."""

    value: float | None  # a single value; None for a range
    value_low: float | None
    value_high: float | None
    unit: str  # ISO 4217 code, percent, percentage_point, factor, a time or physical unit, or count
    per: str | None  # rate period or base: month, year, day, person...
    qualifier: str  # exact | approx | at_most | at_least | more_than | less_than | vague
    counted: str | None  # the noun being counted: "soldaten" in "12.000 soldaten"


@dataclass(frozen=True)
class AmountMatch:
    """An amount found in a text: character offsets into that text and the normalized value."""

    start: int
    end: int
    amount: Amount


# ---------------------------------------------------------------------------------------------
# Tokens: numbers with their Dutch separators, words (with zo'n, euro's), single symbols.

TOKEN_PATTERN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|\S")
DUTCH_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
ENGLISH_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
DUTCH_DECIMAL = re.compile(r"\d+,\d+")


@dataclass(frozen=True)
class Token:
    text: str
    lower: str  # lowercased, curly apostrophe made straight (zo’n -> zo'n)
    start: int
    end: int
    space_before: bool  # whitespace between this token and the previous one
    line_start: bool

    @property
    def is_num(self) -> bool:
        return self.text[0].isdecimal()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()


def normalize_word(text: str) -> str:
    return text.lower().replace("’", "'")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of text[start:end], with offsets into text."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    prev_end = start
    for m in TOKEN_PATTERN.finditer(text, start, end):
        gap = text[prev_end : m.start()]
        tokens.append(Token(m.group(), normalize_word(m.group()), m.start(), m.end(),
                            bool(gap), not tokens or "\n" in gap))
        prev_end = m.end()
    return tokens


def attached(tokens: list[Token], i: int) -> bool:
    """Token i is written against token i-1 ("10-15", "G7", "2,5%")."""
    return 0 < i < len(tokens) and not tokens[i].space_before


def parse_digits(text: str) -> tuple[float, bool] | None:
    """A digit token in Dutch notation -> (value, is_dutch); is_dutch False for "14.30", "1.5".

    Dutch writes 120.000 for thousands and 2,5 for decimals; "100.000,0" and "0,8" too.
    """
    if "," in text:
        if ENGLISH_THOUSANDS.fullmatch(text):
            return float(text.replace(",", "")), True
        whole, _, frac = text.rpartition(",")
        if "," in whole or not frac.isdigit() or ("." in whole and not DUTCH_THOUSANDS.fullmatch(whole)):
            return None
        return float(whole.replace(".", "") + "." + frac), True
    if "." in text:
        if DUTCH_THOUSANDS.fullmatch(text):
            return float(text.replace(".", "")), True
        return (float(text), False) if text.count(".") == 1 else None
    return float(text), True


# ---------------------------------------------------------------------------------------------
# The vocabulary, loaded from the data files.


@dataclass(frozen=True)
class PhraseMatch:
    end: int  # token index after the phrase
    value: object


class PhraseTable:
    """Phrases of one or more words -> a value; matched token by token, the longest first."""

    def __init__(self, entries: Iterable[tuple[str, object]]):
        self._by_first: dict[str, list[tuple[tuple[str, ...], object]]] = defaultdict(list)
        seen = set()
        for phrase, value in entries:
            key = tuple(t.lower for t in tokenize(phrase))
            if key and key not in seen:
                seen.add(key)
                self._by_first[key[0]].append((key, value))
        for options in self._by_first.values():
            options.sort(key=lambda kv: -len(kv[0]))

    def match(self, tokens: list[Token], i: int) -> PhraseMatch | None:
        if not 0 <= i < len(tokens):
            return None
        for key, value in self._by_first.get(tokens[i].lower, ()):
            end = i + len(key)
            if end <= len(tokens) and all(tokens[i + k].lower == key[k] for k in range(1, len(key))):
                return PhraseMatch(end, value)
        return None

    def __contains__(self, word: str) -> bool:
        return any(len(key) == 1 for key, _ in self._by_first.get(word, ()))

    @property
    def first_words(self) -> set[str]:
        return set(self._by_first)


@dataclass(frozen=True)
class UnitWord:
    unit: str
    factor: float = 1.0
    per: str | None = None
    kind: str = "count"  # money | percent | time | physical | factor | count
    qualifier: str | None = None  # 75-plussers: at_least
    resolve: str = "default"  # currencies: "context" looks for the country in the text


def read_tsv(path: Path) -> list[list[str]]:
    """Rows of a tab-separated data file; '#' lines are comments."""
    with open(path, encoding="utf-8", newline="") as f:
        return [row for row in csv.reader(f, delimiter="\t")
                if row and row[0].strip() and not row[0].startswith("#")]


@dataclass
class AmountLexicon:
    """Everything the rules know about Dutch numbers, units and qualifiers (from data files)."""

    numbers: dict
    context: dict
    units: PhraseTable
    currency_words: PhraseTable
    currency_names: PhraseTable  # CLDR: "Zwitserse frank" -> CHF
    currency_symbols: PhraseTable  # € $ £ US$, and ISO codes in capitals, before a number
    currencies: CurrencyVocabulary  # which codes a bare "frank" can be, and which countries pay in which
    currency_places: PhraseTable  # country names and currency adjectives -> currency codes (without spaCy)
    qualifiers_before: PhraseTable
    qualifiers_after: PhraseTable
    per_after: PhraseTable
    per_before: PhraseTable
    vague_determiners: PhraseTable
    range_connectors: PhraseTable
    range_openers: PhraseTable
    factor_prefix: PhraseTable
    factor_followers: PhraseTable
    half_join: PhraseTable
    not_numbers: PhraseTable
    clock_prefixes: PhraseTable
    iso_codes: frozenset[str] = frozenset()  # ISO 4217 codes (CLDR) that count after a number: "37 SRD"
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # the word lists of the JSON files

    @classmethod
    def load(cls, data_dir: Path = AMOUNT_DATA_DIR) -> AmountLexicon:
        numbers = json.loads((data_dir / "numbers.json").read_text(encoding="utf-8"))
        context = json.loads((data_dir / "context.json").read_text(encoding="utf-8"))
        verbs = json.loads((data_dir / "verbs.json").read_text(encoding="utf-8"))
        units = [(row[0], UnitWord(row[1], float(row[2] or 1), row[3] or None, row[4]))
                 for row in read_tsv(data_dir / "units.tsv")]
        currency_rows = [(row + ["", ""])[:4] for row in read_tsv(data_dir / "currencies.tsv")]
        currency_words = [(row[0], UnitWord(row[1], kind="money", resolve=row[2])) for row in currency_rows]
        names, vocabulary, places, symbols = cldr_currencies(currency_rows)
        qualifiers = read_tsv(data_dir / "qualifiers.tsv")
        per = read_tsv(data_dir / "per.tsv")
        words = {k: frozenset(normalize_word(w) for w in v) for k, v in {**numbers, **context, **verbs}.items()
                 if isinstance(v, list) and all(isinstance(w, str) for w in v)}
        return cls(
            numbers=numbers,
            context=context,
            units=PhraseTable(units),
            currency_words=PhraseTable(currency_words),
            currency_names=PhraseTable(names),
            currency_symbols=PhraseTable(symbols + [(w, UnitWord(w.upper(), kind="money"))
                                                    for w, code, _, _ in currency_rows if w.upper() == code]),
            currencies=vocabulary,
            currency_places=PhraseTable(places),
            qualifiers_before=PhraseTable((p, q) for p, q, pos in qualifiers if pos == "before"),
            qualifiers_after=PhraseTable((p, q) for p, q, pos in qualifiers if pos == "after"),
            per_after=PhraseTable((p, v) for p, v, pos in per if pos in ("after", "both")),
            per_before=PhraseTable((p, v) for p, v, pos in per if pos in ("before", "both")),
            vague_determiners=PhraseTable((p, True) for p in numbers["vague_determiners"]),
            range_connectors=PhraseTable((p, True) for p in numbers["range_connectors"]),
            range_openers=PhraseTable((p, True) for p in numbers["range_openers"]),
            factor_prefix=PhraseTable((p, True) for p in numbers["factor_prefix"]),
            factor_followers=PhraseTable((p, p) for p in context["factor_followers"]),
            half_join=PhraseTable((p, True) for p in numbers["half_join"]),
            not_numbers=PhraseTable((p, True) for p in context["not_numbers"]),
            clock_prefixes=PhraseTable((p, True) for p in context["clock_prefixes"]),
            iso_codes=frozenset(c for c in Locale("nl").currencies if len(c) == 3 and c.isalpha() and c.isupper()
                                and c not in context["iso_code_stoplist"]),
            words=words,
        )


# Former tenders are read from this date on: the Belgian franc (BEF) and the Italian lira (ITL) are in,
# nineteenth-century currencies are not.
FORMER_TENDERS_SINCE = date(1900, 1, 1)


@dataclass(frozen=True)
class CurrencyVocabulary:
    """What the context rule for bare currency nouns needs (from CLDR via Babel and currencies.tsv)."""

    family: dict[str, str]  # word -> its family: franken -> frank, franc -> frank
    codes: dict[str, frozenset[str]]  # family -> every code whose CLDR name ends in it: frank -> {CHF, BEF, FRF, ...}
    by_country: dict[str, tuple[str, ...]]  # ISO country -> its currencies, current ones first: BE -> (EUR, BEF)

    def candidates(self, word: str) -> frozenset[str]:
        return self.codes.get(self.family.get(word, word), frozenset())


def cldr_currencies(currency_rows: list[list[str]]):
    """Currency vocabulary from CLDR's Dutch names (Babel), current and former tenders.

    Returns (full names -> UnitWord, the CurrencyVocabulary, country names and currency adjectives
    -> codes, symbols -> UnitWord). "Nepalese roepie": the name NPR, "roepie" a noun of the family
    whose codes include NPR, and "Nepalese" a hint that a bare "roepie" in the same text is NPR.
    A former tender counts for a country when its code starts with the country's (BEF for BE, not
    the Indian rupee once used in Iraq). A name also reads with the other words of its family:
    CLDR's "Franse franc" is "Franse frank" too. Current currencies win a clash of names.
    """
    nl = Locale("nl")
    family = {normalize_word(word): normalize_word(fam or word) for word, _, _, fam in currency_rows}
    territories = [t for t in nl.territories if t.isalpha() and len(t) == 2]
    by_country: dict[str, tuple[str, ...]] = {}
    for t in territories:
        current = get_territory_currencies(t)
        former = [c for c in get_territory_currencies(t, start_date=FORMER_TENDERS_SINCE, end_date=date.today())
                  if c not in current and c.startswith(t)]
        if current or former:
            by_country[t] = tuple(dict.fromkeys([*current, *former]))
    in_use = list(dict.fromkeys(c for t in territories for c in get_territory_currencies(t)))
    former = [c for codes in by_country.values() for c in codes if c not in in_use]
    names: list[list] = [[], [], [], []]  # current names, their family variants, former names, variants
    places: dict[str, list[str]] = defaultdict(list)
    codes: dict[str, set[str]] = defaultdict(set)
    symbols = []
    for group, code in [(0, c) for c in in_use] + [(2, c) for c in dict.fromkeys(former)]:
        if code not in nl.currencies:
            continue
        for count in (1, 2):
            name = get_currency_name(code, count, "nl")
            tokens = [t.lower for t in tokenize(name)]
            if len(tokens) < 2 or not all(t.isalpha() or t == "-" for t in tokens):
                continue
            head = family.get(tokens[-1], tokens[-1])
            names[group].append((name, UnitWord(code, kind="money")))
            codes[head].add(code)
            if " " in name:  # "Franse franc" -> "Franse frank", "Franse franken"
                stem, noun = name.rsplit(" ", 1)
                stems = [stem] + ([stem + "e"] if stem.endswith(("isch", "s")) and " " not in stem else [])
                # CLDR's neuter "Egyptisch pond" is written "Egyptische pond" too
                names[group + 1] += [(f"{st} {word}", UnitWord(code, kind="money")) for st in stems
                                     for word, fam in family.items() if fam == head and word != tokens[-1]]
                names[group + 1] += [(f"{st} {noun}", UnitWord(code, kind="money")) for st in stems[1:]]
            if tokens[-2].isalpha():
                places[tokens[-2]].append(code)
        symbol = nl.currency_symbols.get(code)
        if group == 0 and symbol and symbol != code and not symbol.isalpha():
            symbols.append((symbol, UnitWord(code, kind="money")))
    for word, code, _, _ in currency_rows:  # bare nouns resolve among the codes of their family
        codes[family[normalize_word(word)]].add(code)
    for territory, currencies in by_country.items():
        places[nl.territories[territory]].extend(currencies)
    vocabulary = CurrencyVocabulary(family, {k: frozenset(v) for k, v in codes.items()}, by_country)
    ordered_places = [(word, tuple(dict.fromkeys(c))) for word, c in places.items()]
    return [n for group in names for n in group], vocabulary, ordered_places, symbols


@lru_cache(maxsize=4)
def default_lexicon(data_dir: Path = AMOUNT_DATA_DIR) -> AmountLexicon:
    return AmountLexicon.load(data_dir)


# ---------------------------------------------------------------------------------------------
# The rules.


@dataclass(frozen=True)
class Skip:
    """Not an amount (a year, a clock time, a code): resume the scan at token `end`."""

    end: int


@dataclass(frozen=True)
class Quantity:
    """The number part of an expression, before units and qualifiers."""

    value: float
    start: int  # token indices
    end: int
    base: float = 0.0  # the value before multiplier words (170 in "170 duizend")
    multiplier: float = 1.0
    kind: str = "number"  # number | vague | approx (een tiental) | fraction (percent) | times (tweemaal) | multiple (het dubbele)
    plain_int: bool = False  # digits without separators: can be a year, a code, a list number
    dutch: bool = True  # False for "14.30" and "1.5": a clock time unless a unit says otherwise
    ratio: bool = False  # "één op de vijf (Nederlanders)": a share whatever noun or currency follows


@dataclass(frozen=True)
class UnitMatch:
    word: UnitWord
    end: int
    text_end: int  # token index where the amount's text ends (after "zo groot" for factors)
    counted: str | None = None


@dataclass(frozen=True)
class Found:
    """An amount found while scanning a segment, with its token span and the kind of its unit."""

    match: AmountMatch
    first: int
    end: int
    kind: str  # money | percent | time | physical | factor | count
    bare: bool = False  # no unit and nothing counted, but a multiplier or decimals: "6,2 miljard", "2,4"
    multiplied: bool = False  # ends in a multiplier word: "6,2 miljard", "3 mln"


@dataclass(frozen=True)
class Prefix:
    """What stands before the number: qualifiers, 'tussen', a currency symbol, 'een factor'."""

    number_at: int  # token index of the number
    qualifiers: list  # (qualifier, first token, end token)
    between: bool = False
    currency: UnitWord | None = None
    factor: bool = False


@dataclass
class ArticleContext:
    """The whole text the segments come from, and the countries named in it (for currency words)."""

    text: str
    countries: list[tuple[int, str]] | None = None  # (start_char, ISO code) from the countries stage
    places: list[tuple[int, tuple[str, ...]]] | None = None  # (start_char, currency codes), when asked
    people: list[int] = field(default_factory=list)  # start_char of demonyms (Belgen, Nederlanders): people
    previous: Amount | None = None  # the last amount of the sentence before: 'Vorig jaar was dat nog 27.'
    currency: str | None = None  # the last currency named outside brackets: bare millions are in it


@dataclass
class Segment:
    """One sentence (or line) being scanned, and the whole text for context."""

    tokens: list[Token]
    text: str
    money: bool | None = None  # does the sentence talk about money (computed once, when asked)
    article: ArticleContext | None = None
    found: list = field(default_factory=list)  # the amounts found so far in this segment (Found)

    def lowers(self) -> set[str]:
        return {t.lower for t in self.tokens}


def clean_float(value: float) -> float:
    """8,3 miljard is 8300000000.0, not 8300000000.000001: twelve significant digits are plenty."""
    return float(f"{value:.12g}")


def format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


class AmountFinder:
    """Finds and normalizes amounts in text; one instance per lexicon."""

    def __init__(self, lexicon: AmountLexicon | None = None):
        self.lex = lexicon or default_lexicon()
        n = self.lex.numbers
        self.extra_numbers = {normalize_word(k): float(v) for k, v in n["number_words"].items()}
        self.multipliers = {normalize_word(k): float(v) for k, v in n["multipliers"].items()}
        self.attached_multipliers = {k: float(v) for k, v in n["attached_multipliers"].items()}
        self.vague_plurals = {k: float(v) for k, v in n["vague_plurals"].items()}
        self.denominators = {k: int(v) for k, v in n["fraction_denominators"].items()}
        self.fraction_words = {k: float(v) for k, v in n["fraction_words"].items()}
        self.double_words = {k: float(v) for k, v in n["double_words"].items()}
        self.signs = {k: float(v) for k, v in n["signs"].items()}
        self.definite_fractions = PhraseTable(n["definite_fractions"].items())
        self.definite_multiples = PhraseTable(n["definite_multiples"].items())
        self.comparison_prefix = n["comparison_prefix"]
        self.below_zero = PhraseTable((p, True) for p in n["below_zero"])
        self.age_suffixes = self.lex.context["age_suffixes"]
        self.rate_against = [tuple(p.split()) for p in self.lex.context["rate_against"]]
        self.age_approx = sorted((tuple(p.split()) for p in self.lex.context["age_approx"]), key=len, reverse=True)
        self.per_prefixes = self.lex.context["per_compound_prefixes"]
        low, high = self.lex.context["year_range"]
        self.year_range = (float(low), float(high))
        self._number_words: dict[str, float | None] = {}
        lex = self.lex
        # words an amount can begin with (besides digits and number words): a cheap test per token
        self.starters = frozenset(
            lex.qualifiers_before.first_words | lex.range_openers.first_words | lex.currency_symbols.first_words
            | lex.units.first_words | lex.factor_prefix.first_words | lex.vague_determiners.first_words
            | set(self.vague_plurals) | set(self.fraction_words) | set(self.signs) | set(self.double_words)
            | set(n["een_words"]) | self.definite_fractions.first_words | self.definite_multiples.first_words | {","})

    def _could_start(self, token: Token) -> bool:
        word = token.lower
        return token.is_num or word in self.starters or token.text in self.lex.iso_codes or self.number_word(
            word) is not None or word.endswith((self.lex.numbers["approx_suffix"], self.lex.numbers["times_suffix"]))

    def w(self, name: str) -> frozenset[str]:
        return self.lex.words[name]

    # -- entry points --------------------------------------------------------------------------

    def find(self, text: str, start: int = 0, end: int | None = None,
             countries: list[tuple[int, str]] | ArticleContext | None = None) -> list[AmountMatch]:
        """Amounts in text[start:end] (one sentence, or a phrase), offsets into text.

        `countries`: (start_char, ISO code) of the countries the countries stage found in text, or an
        ArticleContext shared by the sentences of one text; without them country names are looked up here.
        """
        end = len(text) if end is None else end
        article = countries if isinstance(countries, ArticleContext) else ArticleContext(text, countries)
        found: list[AmountMatch] = []
        for line in re.finditer(r"[^\n]+", text[start:end]):
            tokens = tokenize(text, start + line.start(), start + line.end())
            found += self._scan(Segment(tokens, text, article=article))
        return found

    def _scan(self, seg: Segment) -> list[AmountMatch]:
        found: list[Found] = seg.found
        i = 0
        while i < len(seg.tokens):
            if not self._could_start(seg.tokens[i]):
                i += 1
                continue
            result = self._match_at(seg, i)
            if isinstance(result, Found):
                found.append(result)
                i = result.end
            elif isinstance(result, Skip):
                i = max(result.end, i + 1)
            else:
                i += 1
        matches = self._inherit_conversions(seg, found)
        if seg.article is not None:
            seg.article.previous = matches[-1].amount if matches else None
            for f, m in zip(found, matches):  # the story's currency: not a conversion in brackets
                bracketed = f.first > 0 and seg.tokens[f.first - 1].text == "("
                if self._unit_kind(m.amount.unit) == "money" and not bracketed:
                    seg.article.currency = m.amount.unit
        return matches

    def _inherit_conversions(self, seg: Segment, found: list[Found]) -> list[AmountMatch]:
        """'190 duizend roebel (1.800 euro)': the converted amount has the same period.

        And 'van 3 naar 5 procent': the first number has the unit of the second.
        """
        out = [f.match for f in found]
        for k in range(1, len(found)):
            a, b = found[k - 1], found[k]
            first, second = out[k - 1].amount, out[k].amount
            between = {t.lower for t in seg.tokens[a.end : b.first]}
            from_word, to_word = self.lex.context["from_to"]
            if (between == {to_word} and a.first > 0 and seg.tokens[a.first - 1].lower == from_word
                    and a.kind == "count" and first.counted is None):
                carried = (replace(first, unit=second.unit, per=second.per) if b.kind != "count"
                           else replace(first, counted=second.counted))  # van 1500 naar 2000 soldaten
                out[k - 1] = replace(out[k - 1], amount=carried)
            if (a.kind == b.kind == "money" and between <= self.w("conversion_open")
                    and between & self.w("conversion_marks")):
                out[k] = replace(out[k], amount=replace(
                    second, per=second.per or first.per,
                    qualifier=first.qualifier if second.qualifier == "exact" else second.qualifier))
        return self._carry_units(seg, found, out)

    def _carry_units(self, seg: Segment, found: list[Found], out: list[AmountMatch]) -> list[AmountMatch]:
        """A bare amount in a list takes the unit of the amount before it.

        'Het VK volgt met 8,3 miljard euro, Duitsland met 6,2 miljard': EUR. A bare multiplier with
        no money amount before it is money in a sentence about money ('het tekort is 3 miljard');
        bare decimals only in a parallel phrase ('2,4 procent, tegen 3,1 een maand eerder').
        """
        for k in range(len(found) - 2, -1, -1):  # 'tot acht en tien jaar cel': the unit of the second is the first's
            amount, after = out[k].amount, out[k + 1].amount
            between = [t.lower for t in seg.tokens[found[k].end : found[k + 1].first]]
            if (amount.unit == "count" and amount.counted is None and found[k].kind == "count"
                    and between in (["en"], ["of"]) and after.unit != "count" and found[k + 1].kind != "count"):
                out[k] = replace(out[k], amount=replace(amount, unit=after.unit, per=amount.per or after.per))
        for k, f in enumerate(found):
            amount = out[k].amount
            source = None
            if amount.unit == "count" and amount.counted is None and (rate := self._exchange_rate(seg, found, f)):
                out[k] = replace(out[k], amount=replace(amount, unit=rate, per=None))  # de lira op 35,4 per dollar
                continue
            if amount.unit == "count" and amount.counted is None and self._elliptic(seg, f):
                source = next((out[m].amount for m in range(k - 1, -1, -1) if out[m].amount.unit != "count"),
                              seg.article.previous if seg.article else None)
            if source is not None and source.unit != "count":  # 34 jaar. In de jaren negentig was dat nog 27.
                out[k] = replace(out[k], amount=replace(amount, unit=source.unit, per=amount.per or source.per))
                continue
            if (amount.unit == "count" and amount.counted is None and k and f.first
                    and self._list_item(seg.tokens, found[:k], f.first, f.end)):
                out[k] = replace(out[k], amount=replace(amount, counted=out[k - 1].amount.counted))  # de VHP 17
                continue
            if not f.bare or amount.unit != "count":
                continue
            if k and f.first and seg.tokens[f.first - 1].lower in self.w("partitive_carry"):
                head = k - 1  # "vijf dagen van 25 graden, waarvan drie ...": the part is of the dagen, not the graden
                while head and found[head].first and seg.tokens[found[head].first - 1].lower == self.lex.context[
                        "from_to"][0]:
                    head -= 1
                last = out[head].amount  # 18 maanden, waarvan zes voorwaardelijk; 300 doden, waarvan 50 in Gaza
                out[k] = replace(out[k], amount=replace(amount, unit=last.unit, per=amount.per or last.per,
                                                        counted=last.counted if last.unit == "count" else None))
                continue
            earlier = next((out[m].amount for m in range(k - 1, -1, -1) if out[m].amount.unit != "count"), None)
            multiplied = f.multiplied
            last = out[k - 1].amount if k else None
            if last is not None and last.unit == "count" and last.counted and multiplied and self._listed(seg, found, k):
                out[k] = replace(out[k], amount=replace(amount, counted=last.counted))  # 67 miljoen inwoners, Duitsland 84 miljoen
            elif earlier is not None and self._unit_kind(earlier.unit) in ("money", "percent") and (
                    multiplied and self._unit_kind(earlier.unit) == "money"
                    or (self._parallel(seg, found, k) and not (multiplied and earlier.unit == "percent"))):
                out[k] = replace(out[k], amount=replace(amount, unit=earlier.unit, per=amount.per or earlier.per))
            elif (earlier is None or self._unit_kind(earlier.unit) in ("other", "percent")) and multiplied and (
                    seg.lowers() & self.w("bare_money_context") or self._price(seg, f)):
                # 'Tatarstan betaalt 2,5 miljoen' in a story about roebels: the story's currency
                story = seg.article.currency if seg.article else None
                out[k] = replace(out[k], amount=replace(amount, unit=story or self.lex.context["default_currency"]))
            elif earlier is None and multiplied and self._continues_money(seg, amount):
                out[k] = replace(out[k], amount=replace(amount, unit=seg.article.previous.unit))
        return out

    def _continues_money(self, seg: Segment, amount: Amount) -> bool:
        """'zo'n 210 miljard euro ... Het grootste deel, ongeveer 185 miljard, staat bij Euroclear': a bare
        amount of millions or more right after a sentence that ended on money of that size."""
        previous = seg.article.previous if seg.article else None
        size = self.lex.context["money_continuation_min"]
        value = amount.value if amount.value is not None else amount.value_low
        return (previous is not None and self._unit_kind(previous.unit) == "money" and value is not None
                and value >= size and (previous.value or previous.value_low or 0) >= size
                and not seg.lowers() & self.w("people_context"))

    def _currency_at(self, seg: Segment, k: int) -> tuple[str, int] | None:
        """(code, end) of a currency named at token k: 'Turkse lira', 'peso', 'dollar', '$'."""
        tokens = seg.tokens
        candidates = [m for m in (self.lex.currency_names.match(tokens, k), self.lex.currency_words.match(tokens, k),
                                  self.lex.currency_symbols.match(tokens, k)) if m] if k < len(tokens) else []
        if not candidates:
            return None
        m = max(candidates, key=lambda c: c.end)
        return self._resolved(seg, m, k).unit, m.end

    def _resolved(self, seg: Segment, m: PhraseMatch, k: int) -> UnitWord:
        """The unit word matched at token k, an ambiguous currency noun (frank, kroon, peso) settled by the
        country named nearby."""
        word = m.value
        if word.resolve == "default":
            return word
        return replace(word, unit=self._currency_from_context(seg, seg.tokens[m.end - 1].lower, word, seg.tokens[k].start))

    @staticmethod
    def _phrases_in(tokens: list[Token], phrases: list[tuple[str, ...]]):
        """(start, phrase) of every place a phrase stands, with a token after it: 'ten opzichte van' + ..."""
        for phrase in phrases:
            for i in range(len(tokens) - len(phrase)):
                if tuple(t.lower for t in tokens[i : i + len(phrase)]) == phrase:
                    yield i, phrase

    def _exchange_rate(self, seg: Segment, found: list[Found], f: Found) -> str | None:
        """'De Turkse lira hield stand op circa 35,4 per dollar', 'de yuan ... ten opzichte van de dollar en
        noteerde op 7,33': a bare number against one currency is a price in the other currency the sentence
        names (without a number of its own); the code of that currency, else None."""
        tokens = seg.tokens
        reference = None
        if f.end + 1 < len(tokens) and tokens[f.end].lower == self.lex.context["per_word"]:
            reference = self._currency_at(seg, f.end + 1)  # 35,4 per dollar
        before = tokens[f.first - 1].lower if f.first else ""
        if reference is None and before in self.w("rate_level_words"):  # noteerde op 7,33
            reference = next((ref for i, phrase in self._phrases_in(tokens, self.rate_against)
                              if (ref := self._currency_at(seg, i + len(phrase) + (
                                  tokens[i + len(phrase)].lower in self.w("function_words"))))), None)
        if reference is None:
            return None
        taken = {i for g in found for i in range(g.first, g.end)}
        i = 0
        while i < f.first:
            hit = None if i in taken else self._currency_at(seg, i)
            if hit and hit[0] != reference[0]:
                return hit[0]
            i = hit[1] if hit else i + 1
        return None

    def _elliptic(self, seg: Segment, f: Found) -> bool:
        """'In de jaren negentig was dat nog 27.', 'Een jaar eerder was het 5.': 'dat'/'het' next to a form of
        zijn (bedragen, liggen) before a bare number that ends the clause: it repeats the quantity named before."""
        tokens = seg.tokens
        if f.end < len(tokens) and tokens[f.end].lower not in self.w("age_clause_end"):
            return False
        p = f.first - 1
        while p >= 0 and tokens[p].lower in self.w("age_adverbs"):
            p -= 1
        if p < 1:
            return False
        pair = {tokens[p].lower, tokens[p - 1].lower}
        return bool(pair & self.w("elliptic_subjects")) and bool(pair & self.w("elliptic_verbs"))

    def _price(self, seg: Segment, f: Found) -> bool:
        """'haalde hem voor zo'n 6 miljoen bij Palmeiras weg', 'verkocht voor 2 miljard': 'voor' + a bare
        multiplied amount in a sentence about buying or selling is a price."""
        before = seg.tokens[f.first - 1].lower if f.first > 0 else ""
        return before in self.w("price_prepositions") and bool(seg.lowers() & self.w("trade_context"))

    def _parallel(self, seg: Segment, found: list[Found], k: int) -> bool:
        """'met 8,3 procent, ... met 6,2', '2,4 procent, tegen 3,1': the bare amount repeats the phrase before."""
        tokens = seg.tokens
        first = found[k].first
        before = tokens[first - 1].lower if first > 0 else ""
        prev = next((found[m] for m in range(k - 1, -1, -1)), None)
        prev_before = tokens[prev.first - 1].lower if prev is not None and prev.first > 0 else None
        return before == prev_before or before in self.w("carry_links")

    def _listed(self, seg: Segment, found: list[Found], k: int) -> bool:
        """'67 miljoen inwoners, Duitsland 84 miljoen': a short list item right after the amount before."""
        between = seg.tokens[found[k - 1].end : found[k].first]
        return len(between) <= 4 and any(t.lower in self.w("carry_links") for t in between)

    @staticmethod
    def _unit_kind(unit: str) -> str:
        if unit in ("percent", "percentage_point"):
            return "percent"
        return "money" if len(unit) == 3 and unit.isupper() else "other"

    # -- one expression --------------------------------------------------------------------------

    def _prefix(self, tokens: list[Token], i: int) -> Prefix:
        """Qualifiers and the like from token i on: 'maximaal zo'n', 'tussen de', '€', 'een factor'."""
        lex = self.lex
        j, quals, between, currency, factor = i, [], False, None, False
        while j < len(tokens) and j - i < 6:
            if not between and (m := lex.range_openers.match(tokens, j)):
                between, j = True, m.end
            elif m := lex.qualifiers_before.match(tokens, j):
                quals.append((m.value, j, m.end))
                j = m.end
            elif currency is None and (m := self._currency_prefix(tokens, j)):
                currency, j = m.value, m.end
            elif not factor and (m := lex.factor_prefix.match(tokens, j)):
                factor, j = True, m.end
            else:
                break
        return Prefix(j, quals, between, currency, factor)

    def _match_at(self, seg: Segment, i: int) -> Found | Skip | None:
        """The amount whose text starts at token i, a Skip past something that is not one, or None."""
        tokens = seg.tokens
        lex = self.lex
        prefix = self._prefix(tokens, i)
        j, quals, between, currency = prefix.number_at, prefix.qualifiers, prefix.between, prefix.currency
        quantity = self._quantity(seg, j)
        if not isinstance(quantity, Quantity):
            return quantity
        text_start = i
        prev = tokens[i - 1].lower if i > 0 else ""
        # "gestegen tot 300", "steeg met 12 procent tot 4.500": the value reached, not an upper bound
        window = {t.lower for t in tokens[max(0, i - self.lex.context["result_window"]) : i]}
        bound_word = lex.context["upper_bound_word"]
        if quals and tokens[quals[0][1]].lower == bound_word and (
                window & self.w("result_verbs") or self._from_before(tokens, i)
                or (len(quals) > 1 and quals[1][0] not in ("approx", "exact"))):
            quals.pop(0)  # and in 'beperken tot maximaal 15.000' the bound is 'maximaal'
            text_start = quals[0][1] if quals else j
        if prev == lex.context["per_word"] and not quals:  # "per 100.000 inwoners": the base of a rate
            return Skip(quantity.end)
        low = high = None
        k = quantity.end
        rng = self._range(seg, quantity, between, currency)
        if isinstance(rng, Skip):
            return rng
        both_units = None  # tussen 10 dollar en 20 dollar
        if rng:
            low, high, k = rng
        elif between:
            first_unit = self._unit(seg, k, quantity, prefix.factor, currency)
            both_units = (self._range_after_unit(seg, quantity, first_unit, between)
                          if isinstance(first_unit, UnitMatch) else None)
            if both_units is None:
                return None  # "tussen de twee landen": no range here; the scan goes on at the next token
            low, high, _ = both_units
            rng = (low, high, both_units[2].end)
        if self._is_date_number(seg, quantity, k):
            return Skip(k)
        # "één op de drie roebels": the noun after a share is what is counted, not its unit
        unit = None if quantity.ratio else self._unit(seg, k, quantity, prefix.factor, currency)
        if isinstance(unit, Skip):
            return unit
        if both_units is not None:
            unit = both_units[2]
        if unit is None:
            unit = UnitMatch(currency or UnitWord("count"), k, k)
        elif currency and unit.word.kind != "money":
            unit = replace(unit, word=replace(unit.word, unit=currency.unit, kind="money"))
        if rng is None and unit.end > k and not self._change_by(tokens, i):  # "200 euro tot 300 euro"
            second = self._range_after_unit(seg, quantity, unit, between)
            if second:
                low, high, unit = second
                rng = (low, high, unit.end)
        end, text_end = unit.end, unit.text_end
        word = unit.word
        cents = self._cents(tokens, unit) if rng is None else None
        if cents is not None:  # "3 euro 50"
            quantity = replace(quantity, value=quantity.value + cents)
            end = text_end = end + 1
        qualifier_after = None
        if m := lex.qualifiers_after.match(tokens, end):
            if word.unit == "count" and " ".join(t.lower for t in tokens[end : m.end]) in self.w("age_qualifiers_after"):
                word = UnitWord("year", kind="time")  # 70 en ouder
            qualifier_after, end, text_end = m.value, m.end, m.end
        elif end < len(tokens) and tokens[end].text == "+" and attached(tokens, end):
            qualifier_after, end, text_end = "at_least", end + 1, end + 1  # 18+
        counted = unit.counted
        if counted is None and word.unit == "count":
            hit = (self._counted(tokens, end) or (self._unit_noun(tokens, end) if quantity.ratio else None)
                   or self._partitive_counted(seg, end))
            if hit:
                counted = hit[0]
        if (rng and word.unit == "count" and counted is None and quantity.end < len(tokens)
                and tokens[quantity.end].text in "-–" and (seg.lowers() & self.w("score_context") or (
                    i > 0 and tokens[i - 1].text == "(" and end < len(tokens) and tokens[end].text == ")"))):
            return Skip(rng[2])  # won met 3-6, PSV-Ajax (1-2): a score
        verdict = self._reject(seg, i, j, quantity, quals, word, currency, counted, unit.end, rng)
        if isinstance(verdict, Skip):
            return verdict
        if verdict is not None:  # an age: "boven de 70", "Jansen (35)"
            word = verdict
        if word.unit != "count":
            counted = unit.counted
        scale = lex.context["scales_before"].get(tokens[text_start - 1].lower) if text_start > 0 else None
        if scale and word.unit == "count" and counted is None:  # windkracht 9 tot 10
            word, text_start = UnitWord(scale, kind="physical"), text_start - 1
        value = quantity.value
        if word.unit == "celsius" and prev in self.w("minus_words") and not quals:
            value, text_start = -value, i - 1  # "min 5 graden"
        elif word.unit == "celsius" and (m := self.below_zero.match(tokens, end)):
            value, end, text_end = -value, m.end, m.end  # "vijf graden onder nul"
        if quantity.kind == "fraction" and word.unit == "count":  # een derde: a share, in percent
            word, counted = UnitWord("percent", kind="percent"), counted if quantity.ratio else None
            value, low, high = value * 100, low and low * 100, high and high * 100
        factor = word.factor  # a fraction before a unit is a number: een kwart procentpunt = 0.25
        if factor != 1:
            value, low, high = (clean_float(x * factor) if x is not None else None for x in (value, low, high))
        if word.unit == "tonne" and tokens[k].lower == lex.context["money_ton"] and self._money_ton(seg, unit.end):
            word = UnitWord(lex.context["money_ton_unit"], kind="money")
            value, low, high = (x and x * lex.context["money_ton_value"] for x in (value, low, high))
        qualifier = self._qualifier(quantity, quals, qualifier_after, word)
        per = word.per or self._per(seg, end, counted, text_start)
        amount = Amount(
            value=None if rng else value,
            value_low=low if rng else None,
            value_high=high if rng else None,
            unit=word.unit, per=per, qualifier=qualifier, counted=counted,
        )
        first, last = tokens[text_start], tokens[text_end - 1]
        multiplied = any(t.lower.rstrip(".") in self.multipliers for t in tokens[j:text_end])
        partitive = text_start > 0 and tokens[text_start - 1].lower in self.w("partitive_carry")
        big_vague = quantity.kind == "vague" and quantity.value >= self.lex.context["money_continuation_min"]
        multiplied = multiplied or big_vague  # 'Haven verliest miljoenen': a bare amount like '3 miljoen'
        bare = (word.unit == "count" and word.kind != "measure" and counted is None
                and (quantity.kind == "number" or big_vague)
                and (multiplied or not float(quantity.base).is_integer() or partitive))
        kind = "count" if word.kind == "measure" else word.kind
        return Found(AmountMatch(first.start, last.end, amount), text_start, text_end, kind, bare, multiplied)

    def _change_by(self, tokens: list[Token], i: int) -> bool:
        """'daalde met 5 basispunten tot 63 basispunten': 'met' after a verb of change gives the step, and
        'tot' the level reached; two amounts, not a range."""
        window = {t.lower for t in tokens[max(0, i - self.lex.context["result_window"]) : i]}
        return i > 0 and tokens[i - 1].lower == self.lex.context["change_by_word"] and bool(
            window & self.w("result_verbs"))

    def _from_before(self, tokens: list[Token], i: int) -> bool:
        """'van 17.800 in 2009 tot 39.300 in 2018': 'tot' ends a change from one value to another."""
        from_word = self.lex.context["from_to"][0]
        return any(tokens[b].lower == from_word and tokens[b + 1].is_num
                   for b in range(max(0, i - self.lex.context["from_window"]), i - 1))

    def _qualifier(self, quantity: Quantity, quals, after: str | None, word: UnitWord) -> str:
        """A bound (at_most, more_than, ...) wins over approx: 'maximaal zo'n 12.000' is at_most."""
        names = [q for q, _, _ in quals] + ([after] if after else []) + ([word.qualifier] if word.qualifier else [])
        bound = next((q for q in names if q not in ("approx", "exact")), None)
        if quantity.kind == "vague":
            return "vague"
        if bound:
            return bound
        if "approx" in names or quantity.kind == "approx":
            return "approx"
        return "exact"

    # -- numbers ----------------------------------------------------------------------------------

    def number_word(self, word: str) -> float | None:
        """The value of one Dutch number word ("vijfentwintig", "tweeënhalf"), else None."""
        if word in self._number_words:
            return self._number_words[word]
        value = self.extra_numbers.get(word)
        if value is None and word.isalpha() and not word.endswith(tuple(self.w("ordinal_word_endings"))):
            for suffix in self.lex.numbers["half_suffixes"]:
                if word.endswith(suffix) and (whole := self.number_word(word[: -len(suffix)])):
                    value = whole + 0.5
                    break
            else:
                value = self._text2num(word)
        self._number_words[word] = value
        return value

    def _text2num(self, words: str) -> float | None:
        """text2num, also for spellings it misses: 'tweeentwintig' without the trema."""
        for old, new in [("", "")] + list(self.lex.numbers["spelling_variants"].items()):
            try:
                return float(text2num(words.replace(old, new) if old else words, "nl"))
            except ValueError:
                continue
        return None

    def _is_number_word(self, tokens: list[Token], j: int) -> bool:
        word = tokens[j].lower
        if word in self.w("een_words") and word not in self.w("accented_een"):
            return False  # "een" is the article unless the rules below say otherwise
        return self.number_word(word) is not None

    def _quantity(self, seg: Segment, j: int) -> Quantity | Skip | None:
        tokens = seg.tokens
        if j >= len(tokens):
            return None
        if (fraction := self._fraction(seg, j)) is not None:
            end, multiplier = fraction.end, 1.0
            while end < len(tokens) and tokens[end].lower in self.multipliers:
                multiplier *= self.multipliers[tokens[end].lower]
                end += 1
            if multiplier > 1:  # een kwart miljoen: a number, not a share
                return Quantity(clean_float(fraction.value * multiplier), j, end, base=fraction.value,
                                multiplier=multiplier)
            return fraction
        if vague := self._vague(tokens, j):
            return vague
        core = self._number_core(seg, j)
        if not isinstance(core, Quantity):
            return core
        value, end = core.value, core.end
        if m := self.lex.half_join.match(tokens, end):  # "twee en een half jaar"
            value, end = value + 0.5, m.end
        base, multiplier = value, 1.0
        while end < len(tokens) and tokens[end].lower in self.multipliers:
            if core.kind != "number":
                break
            multiplier *= self.multipliers[tokens[end].lower]
            end += 1
            if (end + 1 < len(tokens) and tokens[end].text == "." and attached(tokens, end)
                    and (self.lex.units.match(tokens, end + 1) or self.lex.currency_words.match(tokens, end + 1))):
                end += 1  # "4,7 mld. euro": the abbreviation's period
        return replace(core, value=clean_float(base * multiplier), base=base, multiplier=multiplier, end=end,
                       plain_int=core.plain_int and multiplier == 1)

    def _vague(self, tokens: list[Token], j: int) -> Quantity | None:
        """tientallen, enkele honderden, een paar duizend, tientallen miljoenen: the order of magnitude."""
        det = self.lex.vague_determiners.match(tokens, j)
        k = det.end if det else j
        value, plural = 1.0, False
        while k < len(tokens) and (tokens[k].lower in self.vague_plurals or
                                   (tokens[k].lower in self.multipliers and (det or plural))):
            word = tokens[k].lower
            plural |= word in self.vague_plurals
            value *= self.vague_plurals.get(word) or self.multipliers[word]
            k += 1
        if k == (det.end if det else j):
            return None
        return Quantity(value, j, k, base=value, kind="vague")

    def _fraction(self, seg: Segment, j: int) -> Quantity | None:
        """de helft, een derde, twee vijfde, driekwart, één op de vijf: a share (later in percent)."""
        tokens = seg.tokens
        word = tokens[j].lower
        if m := self.definite_fractions.match(tokens, j):  # de helft
            return Quantity(m.value, j, m.end, base=m.value, kind="fraction")
        if m := self.definite_multiples.match(tokens, j):  # ruim het dubbele
            return Quantity(float(m.value), j, m.end, base=float(m.value), kind="multiple")
        if word in self.fraction_words:
            return Quantity(self.fraction_words[word], j, j + 1, kind="fraction")
        if word in self.denominators and j >= 1 and tokens[j - 1].lower == self.lex.context["none_word"] and (
                self._qualified(tokens, j)):  # nog geen derde: 'geen' stands for the numerator 'een'
            return Quantity(1 / self.denominators[word], j, j + 1, kind="fraction")
        numerator = self._small_number(tokens, j)
        if numerator is None or j + 1 >= len(tokens):
            return None
        after = tokens[j + 1].lower
        denominator = self.denominators.get(after)
        if denominator and numerator < denominator:
            if numerator == 1 and after in self.w("ordinal_denominators") and self._ordinal_reading(tokens, j):
                return None  # "een derde termijn" is an ordinal
            value = numerator / denominator
            return Quantity(value, j, j + 2, base=value, kind="fraction")
        if after in self.lex.numbers["ratio_words"]:  # één op de vijf
            k = j + 2
            if k < len(tokens) and tokens[k].lower in self.lex.numbers["ratio_determiners"]:
                k += 1
            whole = self._number_core(seg, k)
            if isinstance(whole, Quantity) and whole.kind == "number":
                end, total = whole.end, whole.value
                while end < len(tokens) and tokens[end].lower in self.multipliers:
                    total *= self.multipliers[tokens[end].lower]
                    end += 1
                if total > numerator:
                    return Quantity(numerator / total, j, end, kind="fraction", ratio=True)
        return None

    def _ordinal_reading(self, tokens: list[Token], j: int) -> bool:
        """'een derde termijn/keer/land' is an ordinal; 'van wie een derde kinderen', 'bijna een derde' a share."""
        before = tokens[j - 1].lower if j > 0 else ""
        if self.lex.factor_followers.match(tokens, j + 2):
            return False  # "een vijfde lager", "een derde meer": a share of a difference
        if self._qualified(tokens, j) or before in self.w("fraction_partitive_before"):
            return False
        if j + 2 < len(tokens) and tokens[j + 2].lower in self.lex.numbers["times_words"]:
            return True  # voor een derde keer
        if not self._noun_follows(tokens, j + 2):
            return False
        noun = normalize_word(self._word_at(tokens, j + 2)[0])
        return not (noun.endswith(tuple(self.w("strict_plural_endings"))) and noun not in self.w("singular_en_nouns"))

    def _small_number(self, tokens: list[Token], j: int) -> float | None:
        """A numerator: een, één, twee, 1."""
        word = tokens[j].lower
        if word in self.w("een_words"):
            return 1.0
        if tokens[j].is_num and word.isdigit():
            return float(word)
        value = self.number_word(word)
        return value if value is not None and value < 100 else None

    def _number_core(self, seg: Segment, j: int) -> Quantity | Skip | None:
        tokens = seg.tokens
        if j >= len(tokens):
            return None
        t = tokens[j]
        if t.is_num or (t.text in self.signs and j + 1 < len(tokens) and tokens[j + 1].is_num
                        and attached(tokens, j + 1)) or (t.text == "," and j + 1 < len(tokens)
                                                         and tokens[j + 1].is_num and attached(tokens, j + 1)):
            return self._digits(tokens, j)
        if not t.is_word:
            return None
        word = t.lower
        if self.lex.not_numbers.match(tokens, j) or (j > 0 and (m := self.lex.not_numbers.match(tokens, j - 1))
                                                    and m.end > j):
            return None
        if word in self.w("een_words"):
            return self._een(seg, j)
        if word.endswith(self.lex.numbers["approx_suffix"]):  # tiental, twintigtal
            value = self.number_word(word[: -len(self.lex.numbers["approx_suffix"])])
            after_een = j > 0 and tokens[j - 1].lower in self.w("een_words")
            # "het elftal" (the team), "ons tiental": a group, not about N
            group = word in self.w("group_nouns") or (j > 0 and tokens[j - 1].lower in self.w("group_determiners"))
            if value and not group and (value >= 10 or after_een and value >= 2):  # een tweetal weken; not: het drietal
                return Quantity(value, j, j + 1, base=value, kind="approx")
        suffix = self.lex.numbers["times_suffix"]
        if word.endswith(suffix) and (value := self.number_word(word[: -len(suffix)])) and value > 1:
            return Quantity(value, j, j + 1, base=value, kind="times")  # tweemaal zo groot
        times = {**self.double_words, **{w: self.extra_numbers[w] for w in self.w("half_words")}}
        if word in times and j + 1 < len(tokens) and tokens[j + 1].lower.startswith(self.comparison_prefix):
            return Quantity(times[word], j, j + 1, base=times[word], kind="times")  # dubbel/half zo groot
        if word in self.extra_numbers:
            if word in self.w("half_words") and j + 1 < len(tokens) and self._is_number_word(tokens, j + 1):
                return Skip(j + 2)  # "half negen" is a clock time
            if word in self.w("half_words") and not self._half_alone_ok(tokens, j):
                return None
            return Quantity(self.extra_numbers[word], j, j + 1, base=self.extra_numbers[word])
        if not self._is_number_word(tokens, j):
            return None
        if (j + 4 < len(tokens) and [t.text for t in tokens[j + 1 : j + 4]] in (["-", "en", "-"], ["-", "ën", "-"])
                and all(attached(tokens, k) for k in range(j + 1, j + 5)) and self._is_number_word(tokens, j + 4)):
            value = self.number_word(word + "en" + tokens[j + 4].lower)  # twee-en-veertig
            if value is not None:
                return Quantity(value, j, j + 5, base=value)
        # the longest run of number words text2num reads as one number: "honderd twee en twintig"
        run = [j]
        k = j + 1
        while k < len(tokens):
            if self._is_number_word(tokens, k) and tokens[k].lower not in self.extra_numbers:
                run.append(k)
                k += 1
            elif (tokens[k].lower in self.w("between_connectors") and k + 1 < len(tokens)
                  and self._is_number_word(tokens, k + 1)):  # drie en dertig
                k += 1
            else:
                break
        for last in reversed(run[1:]):
            value = self._text2num(" ".join(x.lower for x in tokens[j : last + 1]))
            if value is not None:
                return Quantity(value, j, last + 1, base=value)
        value = self.number_word(tokens[j].lower)
        return Quantity(value, j, j + 1, base=value)

    def _half_alone_ok(self, tokens: list[Token], j: int) -> bool:
        """'half' counts only in 'een half jaar', 'een half miljoen', 'half zo groot' and before a unit
        after 'geen' ('nog geen halve minuut')."""
        prev = tokens[j - 1].lower if j > 0 else ""
        nxt = tokens[j + 1].lower if j + 1 < len(tokens) else ""
        if prev == self.lex.context["none_word"] and self.lex.units.match(tokens, j + 1):
            return True
        return prev in self.w("een_words") or nxt.startswith(self.comparison_prefix) or len(tokens) == 1

    def _een(self, seg: Segment, j: int) -> Quantity | None:
        """'een' is a number only where it cannot be the article: een miljoen, een half jaar, één."""
        tokens = seg.tokens
        nxt = tokens[j + 1].lower if j + 1 < len(tokens) else None
        accented = tokens[j].lower in self.w("accented_een")
        if nxt in self.w("partitive_after_een"):
            return None  # één van de soldaten
        if nxt in self.w("half_words"):  # een half jaar
            return Quantity(0.5, j, j + 2, base=0.5)
        if nxt in self.extra_numbers and nxt in self.w("een_before"):  # een dozijn
            return Quantity(self.extra_numbers[nxt], j, j + 2, base=self.extra_numbers[nxt])
        if nxt is not None and (nxt in self.multipliers or nxt in self.w("een_before")):  # een miljoen, een ton
            return Quantity(1.0, j, j + 1, base=1.0)
        if nxt is not None and nxt.endswith(self.lex.numbers["approx_suffix"]):
            tal = self._number_core(seg, j + 1)
            if isinstance(tal, Quantity) and tal.kind == "approx":
                return replace(tal, start=j)
        if nxt in self.w("een_range_connectors") and j + 2 < len(tokens) and tokens[j + 2].is_word and (
                (second := self.number_word(tokens[j + 2].lower)) is not None and second > 1):
            return Quantity(1.0, j, j + 1, base=1.0)  # een à twee jaar, een of twee dagen
        if accented or nxt is None or nxt in (".", "!", "?", ";", ":", ",", ")"):
            return Quantity(1.0, j, j + 1, base=1.0)  # "maar een." : a number
        unit = self.lex.units.match(tokens, j + 1) or self.lex.currency_words.match(tokens, j + 1)
        if unit and (unit.value.kind in ("money", "percent") or self._qualified(tokens, j)):
            return Quantity(1.0, j, j + 1, base=1.0)  # een euro; ruim een jaar (not: een jaar)
        if unit and j == 0 and all(not t.is_word and not t.is_num for t in tokens[unit.end:]):
            return Quantity(1.0, j, j + 1, base=1.0)  # the whole text is "een uur": a quantity, no article
        return None

    def _qualified(self, tokens: list[Token], j: int) -> bool:
        """A bound or approximation ends right before token j: 'ruim een jaar', 'bijna een uur'."""
        return any(m.end == j and m.value != "exact" for b in range(max(0, j - 3), j)
                   if (m := self.lex.qualifiers_before.match(tokens, b)))

    def _digits(self, tokens: list[Token], j: int) -> Quantity | Skip | None:
        """A number written in digits, with the checks that make it a year, a code or a phone number."""
        sign, k = 1.0, j
        if tokens[k].text in self.signs:
            if j > 0 and not tokens[j].space_before:
                return None  # "10-15": the '-' is a range, "F-16": a name
            sign, k = self.signs[tokens[k].text], k + 1
            if tokens[j].text == "+" and k + 1 < len(tokens) and tokens[k + 1].is_num:
                return Skip(self._phone_end(tokens, k))  # +31 6 1234: a phone number
        if tokens[k].text == ",":  # ",77"
            k += 1
            text = "0," + tokens[k].text
        else:
            text = tokens[k].text
        first = k
        # a number written against letters is a name or a code: G7, MH17, F-16, COVID-19, '80
        if attached(tokens, first):
            before = tokens[first - 1]
            if before.is_word or before.text in "'’" or before.text in self.w("code_marks") or (
                    before.text in "-–" and first >= 2 and attached(tokens, first - 1) and tokens[first - 2].is_word):
                return Skip(self._chain_end(tokens, first))
        if (len(text) > 1 and text[0] == "0" and text[1].isdigit() and first > 0 and tokens[first - 1].is_word
                and tokens[first - 1].text[:1].isupper()):
            return Skip(self._chain_end(tokens, first))  # Schalke 04, Bel 020-1234567: a name or a code
        groups, k = 1, first
        while (k + 2 < len(tokens) and tokens[k + 1].text in "-–" and tokens[k + 2].is_num
               and attached(tokens, k + 1) and attached(tokens, k + 2)):
            groups, k = groups + 1, k + 2
        if groups >= 3:
            return Skip(k + 1)  # 8-800-100-71-14: a phone number or a code, not a range
        if (first + 2 < len(tokens) and tokens[first + 1].text in "'’" and attached(tokens, first + 1)
                and tokens[first + 2].is_num and attached(tokens, first + 2)):
            return Skip(first + 3)  # 0'12": a running time in a radio script
        parsed = parse_digits(text)
        if parsed is None:
            return Skip(self._chain_end(tokens, first))
        value, dutch = parsed
        end = first + 1
        plain = text.isdigit()
        # leading zero and more numbers: a phone number (06-12345678, 020 123 4567)
        if plain and text.startswith("0") and len(text) >= 2 and end < len(tokens) and (
                tokens[end].is_num or (tokens[end].text in "-–" and attached(tokens, end))):
            return Skip(self._phone_end(tokens, first))
        if plain and len(text) >= 9 and text.startswith("0"):
            return Skip(end)
        # 120 000: thousands separated by a (no-break) space
        while (plain and end < len(tokens) and tokens[end].is_num and len(tokens[end].text) == 3
               and tokens[end].text.isdigit() and len(tokens[end - 1].text) <= 3
               and tokens[end].start - tokens[end - 1].end == 1 and tokens[end].space_before):
            value = value * 1000 + float(tokens[end].text)
            end += 1
        if end < len(tokens) and attached(tokens, end):
            nxt = tokens[end]
            if nxt.text in ":/" and end + 1 < len(tokens) and tokens[end + 1].is_num and attached(tokens, end + 1):
                if nxt.text == "/" and plain:
                    return self._slash_fraction(tokens, first, value)
                return Skip(self._chain_end(tokens, first))  # 14:30, 2:1
            if nxt.text == "," and end + 1 < len(tokens) and tokens[end + 1].text in "-–—":
                end += 2  # € 10,-
                while end < len(tokens) and tokens[end].text in "-–—" and attached(tokens, end):
                    end += 1
            elif nxt.is_word:
                low = nxt.lower
                if low == "x" and end + 1 < len(tokens) and tokens[end + 1].is_num and attached(tokens, end + 1):
                    return Skip(self._chain_end(tokens, first))  # de 4x100 meter estafette: a name
                if low in self.attached_multipliers:
                    return Quantity(clean_float(sign * value * self.attached_multipliers[low]), j, end + 1,
                                    base=sign * value, multiplier=self.attached_multipliers[low])
                if low in self.w("ordinal_suffixes"):
                    return Skip(end + 1)  # 3e, 21ste, 4de: ordinals
                if not (self.lex.units.match(tokens, end) or low in self.lex.numbers["times_words"]
                        or low in self.lex.per_after):
                    return Skip(end + 1)  # 5G, 3D, 14u30: a name or a clock time
        return Quantity(sign * value, j, end, base=sign * value, plain_int=plain and sign > 0 and
                        end == first + 1, dutch=dutch)

    def _slash_fraction(self, tokens: list[Token], first: int, numerator: float) -> Quantity | Skip:
        """1/5 = 0.2 (a fraction); 24/7, 9/11 and dates like 12/3 are not amounts."""
        den_tok = tokens[first + 2]
        chain_end = self._chain_end(tokens, first)
        text = f"{tokens[first].text}/{den_tok.text}"
        if (chain_end != first + 3 or not den_tok.text.isdigit() or text in self.w("code_fractions")):
            return Skip(chain_end)
        denominator = float(den_tok.text)
        if not 0 < numerator < denominator <= 1000:
            return Skip(chain_end)
        return Quantity(numerator / denominator, first, first + 3, base=numerator / denominator)

    @staticmethod
    def _phone_end(tokens: list[Token], k: int) -> int:
        """The end of a phone number: groups of digits with spaces, dashes or (0) between."""
        end = k + 1
        while end < len(tokens) and (tokens[end].is_num or tokens[end].text in "-–()"):
            end += 1
        return end

    @staticmethod
    def _chain_end(tokens: list[Token], k: int) -> int:
        """The end of a run of numbers, letters and - / : . written against each other."""
        end = k + 1
        while end < len(tokens) and attached(tokens, end) and (
                tokens[end].is_num or tokens[end].is_word or tokens[end].text in "-–/:."):
            if tokens[end].text in "-–/:." and not (end + 1 < len(tokens) and attached(tokens, end + 1)
                                                   and not tokens[end + 1].space_before):
                break
            end += 1
        return end

    # -- ranges -----------------------------------------------------------------------------------

    def _range(self, seg: Segment, first: Quantity, between: bool, currency: UnitWord | None = None):
        """'200 tot 300', 'tussen 10 en 20', '170 tot 180 duizend', '10-15', '$2.000 en $3.500': (low, high, end)."""
        tokens = seg.tokens
        k = first.end
        m = self.lex.range_connectors.match(tokens, k)
        if m is None and between and k < len(tokens) and tokens[k].lower in self.lex.numbers["between_connectors"]:
            m = PhraseMatch(k + 1, True)
        if (m is None and k + 1 < len(tokens) and tokens[k].text == "," and tokens[first.start].is_word
                and tokens[k + 1].is_word and self.number_word(tokens[k + 1].lower) == first.value + 1
                and (k + 2 >= len(tokens) or tokens[k + 2].lower not in self.w("list_continuations"))):
            m = PhraseMatch(k + 1, True)  # "zeven, acht jaar": two neighbours, an estimate
        if m is None or m.end >= len(tokens):
            return None
        dash = tokens[k].text in "-–—"
        tight = dash and attached(tokens, k) and attached(tokens, m.end)
        if tokens[k].lower in self.w("loose_range_connectors") and not (
                first.kind == "number" and tokens[m.end].is_word == tokens[first.start].is_word):
            return None  # "a" and "of" only in "twee a drie", "10 a 15", "twee of drie"
        at = m.end
        if currency and (again := self._currency_prefix(tokens, at)) and again.value.unit == currency.unit:
            at = again.end  # tussen de $2.000 en $3.500: the symbol again before the second number
        second = self._quantity(seg, at)
        if isinstance(second, Skip) or second is None:
            if tight and not tokens[m.end].is_word:
                return Skip(self._chain_end(tokens, first.start))
            return None  # 35-jarige: the unit decides
        if second.kind != first.kind and not (first.kind == "number" and second.kind == "times"):
            return None
        low, high = first.value, second.value
        if first.multiplier == 1 and second.multiplier > 1 and first.value <= second.base:
            low = clean_float(first.value * second.multiplier)  # the multiplier applies to both ends
        if not low < high:
            return Skip(second.end) if tight else None  # 2-1 is a score, 2023-12 a month
        return low, high, second.end  # two years (2010-2015) are left to _reject: 1500 tot 2000 soldaten is a range

    def _range_after_unit(self, seg: Segment, first: Quantity, unit: UnitMatch, between: bool = False):
        """'200 euro tot 300 euro', 'tussen 10 dollar en 20 dollar': a range whose ends both carry the unit."""
        tokens = seg.tokens
        m = self.lex.range_connectors.match(tokens, unit.end)
        if m is None and between and unit.end < len(tokens) and tokens[unit.end].lower in self.lex.numbers[
                "between_connectors"]:
            m = PhraseMatch(unit.end + 1, True)
        if m is None:
            return None
        second = self._quantity(seg, m.end)
        if not isinstance(second, Quantity) or second.kind != first.kind:
            return None
        again = self._unit(seg, second.end, second, False, None)
        if not isinstance(again, UnitMatch) or again.word.unit != unit.word.unit or not first.value < second.value:
            return None
        return first.value, second.value, again

    # -- units --------------------------------------------------------------------------------------

    def _currency_prefix(self, tokens: list[Token], j: int) -> PhraseMatch | None:
        """€ 2,5 miljoen, $300, US$ 5, EUR 300, SRD 37 (codes only in capitals)."""
        m = self.lex.currency_symbols.match(tokens, j) or self._iso_code(tokens, j)
        if m is None:
            m = self.lex.units.match(tokens, j)
            if m is None or m.value.kind != "money" or tokens[j].is_word:
                return None
        if m.end < len(tokens) and (tokens[m.end].is_num or tokens[m.end].text in self.signs):
            if tokens[j].is_word and not tokens[j].text.isupper():
                return None
            return m
        return None

    def _unit(self, seg: Segment, k: int, quantity: Quantity, factor_prefix: bool, currency):
        """The unit after the number (and what the amount's text spans), or None for a plain count."""
        tokens = seg.tokens
        lex = self.lex
        if factor_prefix or quantity.kind == "multiple":  # een factor tien, het dubbele
            return UnitMatch(UnitWord("factor", kind="factor"), k, k)
        if quantity.kind == "times" or (k < len(tokens) and tokens[k].lower in lex.numbers["times_words"]
                                        and (tokens[k].lower != "x" or attached(tokens, k))):
            return self._factor(tokens, k if quantity.kind == "times" else k + 1)
        if k >= len(tokens):
            return None
        # 35-jarige, 75-plussers: an age
        if tokens[k].text in "-–" and attached(tokens, k) and k + 1 < len(tokens) and attached(tokens, k + 1) \
                and tokens[k + 1].is_word:
            suffix = tokens[k + 1].lower
            if suffix in self.age_suffixes:
                qualifier = self.age_suffixes[suffix]
                return UnitMatch(UnitWord("year", kind="time", qualifier=None if qualifier == "exact" else qualifier),
                                 k + 2, k + 2)
            if not lex.units.match(tokens, k + 1):
                return Skip(k + 2)  # 3-daagse, twee-staten-oplossing: part of a compound word
        candidates = [m for m in (lex.currency_names.match(tokens, k), lex.units.match(tokens, k),
                                  lex.currency_words.match(tokens, k), self._iso_code(tokens, k)) if m]
        if not candidates:
            return None
        m = max(candidates, key=lambda c: c.end)
        if not tokens[k].is_word and m.end < len(tokens) and tokens[m.end].is_num:
            return None  # "in 2023 € 1,2 mrd": the symbol opens the next amount
        if (m.end + 1 < len(tokens) and tokens[m.end].text in "-–" and attached(tokens, m.end)
                and attached(tokens, m.end + 1) and tokens[m.end + 1].is_word):
            return Skip(m.end + 2)  # 155 mm-granaten, 10 kilometer-grens: part of a compound word
        word = self._resolved(seg, m, k)
        if word.kind == "measure":  # anderhalf miljoen vaten: a count of a measure the spec has no unit for
            return UnitMatch(word, m.end, k, counted=seg.text[tokens[k].start : tokens[m.end - 1].end])
        return UnitMatch(word, m.end, m.end)

    def _iso_code(self, tokens: list[Token], k: int) -> PhraseMatch | None:
        """An ISO 4217 code in capitals after a number is its currency: "zo'n 37 SRD", "1,79 AWG", "500 USD"."""
        text = tokens[k].text
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if text in self.lex.iso_codes and not (nxt and attached(tokens, k + 1) and (nxt.is_word or nxt.text in "-/")):
            return PhraseMatch(k + 1, UnitWord(text, kind="money"))
        return None

    def _cents(self, tokens: list[Token], unit: UnitMatch) -> float | None:
        """'3 euro 50': two digits right after a currency word are its cents, when nothing is counted by them."""
        k = unit.end
        if unit.word.kind != "money" or not tokens[k - 1].is_word or k >= len(tokens):
            return None
        t = tokens[k]
        if not (t.is_num and t.text.isdigit() and len(t.text) == 2):
            return None
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and (nxt.lower in self.lex.numbers["times_words"] or self.lex.units.match(tokens, k + 1)):
            return None  # 20 euro 25 keer, 300 euro 12 maanden
        if nxt is None or not nxt.is_word or nxt.lower in self.w("function_words"):
            return float(t.text) / 100
        return None

    def _factor(self, tokens: list[Token], k: int) -> UnitMatch:
        """After 'drie keer': zoveel, zo groot, modaal, meer -> a factor; else a number of times."""
        m = self.lex.factor_followers.match(tokens, k)
        if m is None and (noun_end := self._factor_noun(tokens, k)):  # drie keer de prijs
            return UnitMatch(UnitWord("factor", kind="factor"), noun_end, noun_end)
        if m is None and self._factor_clause(tokens, k):  # tien keer wat hij thuis verdient
            return UnitMatch(UnitWord("factor", kind="factor"), k, k)
        if m is None and k >= 2 and (DUTCH_DECIMAL.fullmatch(tokens[k - 2].text) or
                                     tokens[k - 2].lower in self.w("fraction_times")):
            return UnitMatch(UnitWord("factor", kind="factor"), k, k)  # 2,6 keer de ebitda: no number of times
        if m is None:
            return UnitMatch(UnitWord("count"), k, k, counted=tokens[k - 1].lower if tokens[k - 1].is_word else None)
        end = m.end
        if m.value == self.comparison_prefix and end < len(tokens) and tokens[end].is_word and \
                tokens[end].lower not in self.w("function_words"):
            end += 1  # "zo groot"
        counted = None
        if m.value in self.w("factor_counts_after"):
            hit = self._counted(tokens, end)
            counted = hit[0] if hit else None
        return UnitMatch(UnitWord("factor", kind="factor"), end, end, counted=counted)

    def _factor_clause(self, tokens: list[Token], k: int) -> bool:
        """'(tien keer) wat hij thuis verdient': a clause about money compares amounts."""
        if k >= len(tokens) or tokens[k].lower not in self.w("factor_clause_openers"):
            return False
        for t in tokens[k + 1 : k + 9]:
            if not t.is_word and t.text in ",.;:!?":
                return False
            if t.lower in self.w("money_context"):
                return True
        return False

    def _factor_noun(self, tokens: list[Token], k: int) -> int | None:
        """'(drie keer) het gemiddelde inkomen', 'een maandsalaris': a determiner and a noun naming a
        quantity (or a compound ending in one); the end of the noun, else None."""
        if k >= len(tokens) or tokens[k].lower not in self.w("factor_determiners"):
            return None
        heads = self.w("factor_nouns_after_een") if tokens[k].lower in self.w("een_words") else self.w("factor_nouns")
        j, found = k + 1, None
        for _ in range(4):  # "het gemiddelde Nederlandse inkomen": the last quantity noun past adjectives
            hit = self._word_at(tokens, j)
            if hit is None:
                return found
            lower = normalize_word(hit[0])
            if lower in self.w("not_factor_nouns"):
                return None
            quantity_noun = lower in heads or any(lower.endswith(head) and len(lower) > len(head) + 2 for head in heads)
            if quantity_noun:
                found = hit[1]
            if lower in self.w("function_words") or not self._is_adjective(lower):
                return found
            j = hit[1]
        return found

    def _currency_from_context(self, seg: Segment, noun: str, word: UnitWord, at: int) -> str:
        """'500 roepie' in a text about Nepal is NPR, 'frank' in one about Belgium BEF.

        The currencies of the countries named in the sentence (the nearest one before the amount
        first, then those after it); then, unless the word resolves by sentence only, the nearest
        country named just before the sentence (not in a "LEES OOK" teaser of another article), else
        the country the article names most often among those the noun can name, the nearest on a tie.
        """
        candidates = self.lex.currencies.candidates(noun)

        def payable(codes: tuple[str, ...]) -> str | None:  # the first of a country's currencies the noun can name
            return next((code for code in codes if code in candidates), None)

        mentions = self._currency_places(seg.article or ArticleContext(seg.text))
        first, last = seg.tokens[0].start, seg.tokens[-1].end
        nearest_first = sorted((m for m in mentions if first <= m[0] < last), key=lambda m: (m[0] > at, abs(m[0] - at)))
        for _, codes in nearest_first:
            if hit := payable(codes):
                return hit
        if word.resolve == "context":
            text = seg.text
            teasers = tuple(self.lex.context["teaser_prefixes"])

            def teaser(at: int) -> bool:  # 'LEES OOK: Nepal stopt ...': another article's headline
                return text[text.rfind("\n", 0, at) + 1 : at + 1].lstrip().lower().startswith(teasers)

            # the sentence before, in the same paragraph: from the end of the sentence before that
            paragraph = text.rfind("\n", 0, first) + 1
            ends = [m.end() for m in re.finditer(r"[.!?][\"'”’]?\s", text[paragraph:first])]
            previous = paragraph + ends[-2] if len(ends) >= 2 else paragraph
            before = sorted((m for m in mentions if previous <= m[0] < first and not teaser(m[0])),
                            key=lambda m: -m[0])
            for _, codes in before:  # '... dat vier Indiërs zijn gesneuveld. Zij dachten 100.000 roepie ...'
                if hit := payable(codes):
                    return hit
            votes: dict[str, list[int]] = defaultdict(list)
            for start, codes in mentions:
                if hit := payable(codes):
                    votes[hit].append(abs(start - at))
            if votes:
                return max(votes, key=lambda code: (len(votes[code]), -min(votes[code])))
        return word.unit

    def _currency_places(self, article: ArticleContext) -> list[tuple[int, tuple[str, ...]]]:
        """Where the text names a country or a currency adjective, with the currencies it points to."""
        if article.places is None:
            if article.countries is not None:  # from the countries stage: Brussel, Belgen, Vlaanderen
                by_country = self.lex.currencies.by_country
                article.places = [(at, by_country[code]) for at, code in article.countries if code in by_country]
            else:  # country names and the adjectives of CLDR's currency names
                tokens = tokenize(article.text)
                article.places = [(tokens[i].start, m.value) for i in range(len(tokens))
                                  if (m := self.lex.currency_places.match(tokens, i))]
        return article.places

    def _money_ton(self, seg: Segment, after: int) -> bool:
        """'twee ton' is 200.000 euro in a sentence about money, '5 miljoen ton staal' is tonnes."""
        noun = self._word_at(seg.tokens, after)
        if noun and normalize_word(noun[0]) not in self.w("function_words"):
            return normalize_word(noun[0]) in self.w("money_context") or bool(
                self.lex.currency_words.match(seg.tokens, after))  # een ton subsidie / een ton staal
        return self._money_context(seg)

    def _money_context(self, seg: Segment) -> bool:
        """The sentence talks about money: a currency, or words like salaris, kost, subsidie."""
        if seg.money is None:
            lowers = seg.lowers()
            seg.money = bool(lowers & self.w("money_context")) or any(
                self.lex.currency_words.match(seg.tokens, i) or self.lex.currency_symbols.match(seg.tokens, i)
                for i in range(len(seg.tokens)))
        return seg.money

    # -- not amounts ----------------------------------------------------------------------------------

    def _year_like(self, quantity: Quantity) -> bool:
        low, high = self.year_range
        return quantity.plain_int and quantity.kind == "number" and low <= quantity.value <= high \
            and quantity.value.is_integer()

    def _is_date_number(self, seg: Segment, quantity: Quantity, k: int) -> bool:
        """3 maart, 3 en 4 mei, 3 tot 5 mei: a day of a month."""
        tokens = seg.tokens
        if not (quantity.kind == "number" and quantity.value <= 31 and quantity.value.is_integer()):
            return False
        if k + 2 < len(tokens) and tokens[k].lower in self.w("date_joiners") and tokens[k + 1].is_num:
            k += 2
        return k < len(tokens) and tokens[k].lower in self.w("months")

    def _reject(self, seg: Segment, i: int, j: int, quantity: Quantity, quals, word: UnitWord,
                currency, counted: str | None, unit_end: int, rng) -> Skip | UnitWord | None:
        """Skip years, clock times, labels, list numbers and relative dates; or the age unit, if one.

        i is the first token of the expression (a qualifier, say), j the first of the number.
        """
        tokens = seg.tokens
        before = tokens[i - 1].lower if i > 0 else ""
        no_unit = word.unit == "count" and currency is None
        frame_before, frame_after = self.lex.context["ordinal_frame"]
        if (before == frame_before and quantity.end + 1 < len(tokens) and tokens[quantity.end].lower == frame_after
                and self._superlative(tokens[quantity.end + 1].lower)):
            return Skip(quantity.end + 1)  # "de op twee na warmste juni": an ordinal; not "op twee na kwamen alle"
        if self._clock_prefix(tokens, j):
            return Skip(unit_end)  # kwart over drie, half negen
        if (clock := self._clock_minutes(tokens, quantity)) is not None:
            return Skip(clock)  # twintig over vier, tien voor half vijf
        if (quantity.kind == "number" and self._year_like(quantity) and no_unit and word.kind != "measure"
                and self._is_year(seg, i, quals, counted, unit_end, quantity.value)):
            low, high = (rng[0], rng[1]) if rng else (quantity.value, quantity.value)
            year_pair = self.year_range[0] <= low and high <= self.year_range[1]
            return Skip(rng[2] if rng and year_pair else quantity.end)  # 2010-2015; but 2009 | tot 39.300
        if word.kind == "time":
            after = tokens[unit_end].lower if unit_end < len(tokens) else ""
            compared = unit_end + 1 < len(tokens) and tokens[unit_end + 1].lower in self.w("relative_time_comparisons")
            sequence_of_one = after in self.w("sequence_time_after") and tokens[j].lower in self.w("een_words")
            period_after = unit_end + 1 < len(tokens) and (
                tokens[unit_end + 1].is_num or tokens[unit_end + 1].lower in self.w("months")
                or tokens[unit_end + 1].lower in self.w("date_shift_words"))
            if before in self.w("leading_sides") and after == self.lex.context["from_to"][0] and period_after and not quals:
                return Skip(unit_end)  # de eerste negen maanden van 2025 / dit jaar: a period (the dates stage's)
            looking_back = after in self.w("sequence_time_before")
            if ((after in self.w("relative_time_after") or sequence_of_one or looking_back) and not compared) or (
                    before in self.w("relative_time_before") and not quals and not self._spread_over(tokens, i - 1, unit_end)):
                return Skip(unit_end)  # twee jaar geleden, over drie weken, een jaar later: a date
            spelled_hour = (tokens[j].is_word and quantity.kind == "number" and quantity.multiplier == 1
                            and float(quantity.value).is_integer())  # om drie uur, acht uur 's avonds
            if word.unit == "hour" and (quantity.plain_int or spelled_hour or not quantity.dutch) and quantity.value <= 24:
                clock_before = tokens[j - 1].lower if j > 0 else ""
                day_part = any(clock_before.endswith(p) and len(clock_before) > len(p)
                               for p in self.w("clock_day_parts"))  # zondagavond 22 uur; not 'die nacht 10 uur'
                if clock_before in self.w("clock_words") or after in self.w("clock_after") or not quantity.dutch \
                        or day_part:
                    return Skip(unit_end)  # om 9 uur, 14.30 uur
        if not quantity.dutch and word.kind not in ("percent", "money", "physical") and quantity.multiplier == 1:
            return Skip(quantity.end)  # 14.30 without a unit: a clock time or a score
        if before in self.w("decade_words") and no_unit and counted is None and quantity.kind == "number":
            return Skip(quantity.end)  # de jaren 80, de jaren negentig
        if before in self.w("call_words") and no_unit and counted is None and not quals and rng is None:
            return Skip(quantity.end)  # bel 14 024, belde 0800-1234
        if (before.endswith(tuple(self.w("label_suffixes"))) and not quantity.plain_int and no_unit
                and counted is None and not quals):
            return Skip(self._phone_end(tokens, j))  # het wervingsnummer 8 800 200 21 22
        if not (quantity.plain_int and no_unit and not quals and rng is None):
            return self._age(seg, i, quantity, quals, word, counted)
        if self._service_number(seg, i, tokens[j].text, counted):
            return Skip(quantity.end)  # belde 112, via 1813, het alarmnummer 112
        label = before in self.w("label_words") or before.endswith(tuple(self.w("label_suffixes")))
        if label and i >= 2 and tokens[i - 2].is_num and self.lex.units.match(tokens, i - 1):
            label = False  # "10 kilometer 3 keer": the unit of the number before, not a label
        if label and not (i >= 2 and tokens[i - 2].lower in self.w("label_not_after") and self._counts(counted)):
            return Skip(quantity.end)  # artikel 5, fase 2, de top 10, rugnummer 10; not: vorige week 1200 besmettingen
        if tokens[j].line_start and quantity.end < len(tokens) and tokens[quantity.end].text in ".)":
            return Skip(quantity.end + 1)  # list numbering: "1. ..."
        name = tokens[i - 1] if i > 0 else None
        if (name is not None and name.is_word and not name.text.islower() and not name.line_start
                and not self._names_country(seg, name) and counted not in self.lex.numbers["times_words"]
                and name.lower not in self.w("function_words") and not self._plural(counted)
                and not (i >= 2 and tokens[i - 2].text in ".!?:")
                and not self._list_item(tokens, seg.found, i, quantity.end)):
            return Skip(quantity.end)  # Boeing 737, Windows 11, RTL 4, iPhone 15; not: '18 zetels, de VHP 17'
        return self._age(seg, i, quantity, quals, word, counted)

    def _superlative(self, word: str) -> bool:
        """warmste, grootste, meest, hoogst, bovenaan: the top of a ranking."""
        return (word.endswith(("ste", "st")) and len(word) > 4) or word in self.w("ranking_words")

    def _service_number(self, seg: Segment, i: int, digits: str, counted: str | None) -> bool:
        """'Ze belde 112', 'bel 911', 'hulp via 1813': a phone or service number, when nothing is counted."""
        if counted is not None:
            return False  # belde 20 mensen, 112 meldingen
        before = seg.tokens[i - 1].lower if i > 0 else ""
        if before in self.w("call_words"):
            return True
        return digits in self.w("service_numbers") and (
            before in self.w("service_number_leads") or bool(seg.lowers() & self.w("service_context")))

    def _copula_age(self, tokens: list[Token], i: int, quantity: Quantity, approx: bool = False) -> bool:
        """'Yusniel was negentien toen ...', 'Toen was hij pas zeventien.', 'toen ze 17 was,': an age.

        A person (hij, zij, a name, 'de man') with a singular form of zijn/worden and a bare number
        at the end of the clause; 'ze', 'we' with a plural form only for an approximate age ('Ze waren
        rond de twintig'; `approx`: the amount has such a qualifier). Not: 'Het waren er twintig',
        'Het aantal doden is nu twintig', 'Ze waren twintig'.
        """
        value, end = quantity.value, quantity.end
        if not (value.is_integer() and 0 < value <= self.lex.context["age_max"] and quantity.multiplier == 1):
            return False
        p = i - 1  # i: the first token of the amount, its qualifier (rond de) if it has one
        for phrase in self.age_approx:  # begin dertig, rond de twintig
            if p - len(phrase) + 1 >= 0 and tuple(t.lower for t in tokens[p - len(phrase) + 1 : p + 1]) == phrase:
                p, approx = p - len(phrase), True
                break
        while p >= 0 and tokens[p].lower in self.w("age_adverbs"):
            p -= 1
        if p < 0:
            return False

        def clause_end(k: int) -> bool:
            return k >= len(tokens) or tokens[k].lower in self.w("age_clause_end")

        copulas, plural = self.w("age_copulas"), self.w("age_plural_copulas")
        if tokens[p].lower in copulas:  # Hij is nu twintig. / Yusniel was negentien toen
            return clause_end(end) and p > 0 and self._person(tokens, p - 1)
        if tokens[p].lower in plural and approx:  # Ze waren rond de twintig. (not: Ze waren twintig, a count)
            return clause_end(end) and p > 0 and tokens[p - 1].lower in self.w("age_plural_subjects")
        if p > 0 and tokens[p - 1].lower in copulas and self._person(tokens, p, after_verb=True):
            return clause_end(end)  # Toen was hij pas zeventien.
        if approx and p > 0 and tokens[p - 1].lower in plural and tokens[p].lower in self.w("age_plural_subjects"):
            return clause_end(end)  # Toen waren ze begin twintig.
        if self._person(tokens, p):
            return end < len(tokens) and tokens[end].lower in copulas and clause_end(end + 1)  # toen ze 17 was
        return False

    def _person(self, tokens: list[Token], k: int, after_verb: bool = False) -> bool:
        """Token k can be a person subject: hij, ze, a name, or 'de man', 'het slachtoffer'.

        A name must open its clause (or follow the verb, or a first name): in 'Het aantal doden in
        Kyiv is 12' Kyiv is no subject.
        """
        t = tokens[k]
        if t.lower in self.w("age_subjects"):
            return True
        if not t.is_word or t.lower in self.w("age_not_subjects") or t.lower in self.w("function_words"):
            return False
        if t.lower in self.w("age_person_nouns"):
            return k > 0 and tokens[k - 1].lower in self.w("age_person_determiners")
        if not (t.text[0].isupper() and t.text[1:].islower()) or t.lower in self.w("months") | self.w("weekdays"):
            return False
        prev = tokens[k - 1] if k > 0 else None
        return (after_verb or prev is None or prev.text in ",;:'\"‘“(" or prev.lower in self.w("age_clause_openers")
                or (prev.is_word and prev.text[0].isupper() and prev.lower not in self.w("function_words")))

    def _plural(self, noun: str | None) -> bool:
        return noun is not None and normalize_word(noun).endswith(tuple(self.w("plural_endings")))

    def _counts(self, noun: str | None) -> bool:
        """A noun that says what is counted: a plural (soldaten, F-16's) or man, stuks; not a verb."""
        if noun is None:
            return False
        lower = normalize_word(noun)
        return (lower in self.w("counting_nouns") or self._plural(lower)) and not self._is_verb(lower)

    def _is_year(self, seg: Segment, i: int, quals, counted: str | None, end: int, year: float) -> bool:
        """A four-digit number `year` without a unit (its expression starts at i) is a year, unless it reads as a count.

        'in 2015', 'sinds 2014', '2023 was': a year. 'zo'n 2000', 'gemiddeld 1500 man per dag',
        'rond 2000 soldaten', 'het leger van 2000 man': an amount.
        """
        tokens = seg.tokens
        before = tokens[i - 1].lower if i > 0 else ""
        qual_words = {" ".join(t.lower for t in tokens[s:e]) for _, s, e in quals}
        if any(q in self.w("strong_qualifiers") for q, _, _ in quals) and not qual_words & self.w(
                "weak_year_qualifiers"):
            return False  # zo'n 2000, ruim 1500, meer dan 1200
        if self._in_change(seg, i, end):
            return False  # steeg van 1500 tot 2000, van 1500 naar 2000 soldaten
        if before in self.w("year_words") or (i >= 2 and before in self.w("date_joiners") and tokens[i - 2].is_num):
            return True  # in 2015, maart 2022, 2015 en 2016
        if (end + 1 < len(tokens) and tokens[end].lower == self.lex.context["from_to"][0]
                and tokens[end + 1].lower in self.w("partitive_pronouns")):
            return False  # bij 1412 van hen: part of a count
        if before == self.lex.context["from_to"][0] and (determiner := self._noun_determiner(tokens, i - 2)):
            # de oorlog van 1967 (a year), een boete van 2000 (an amount), het leger van 2000 man
            if determiner in self.w("indefinite_determiners"):
                return False
            low, high = self.lex.context["recent_year_range"]  # a round number is a count: 'van 2000 gezinnen'
            verb_after_plural = (tokens[i - 2].lower.endswith(tuple(self.w("plural_endings"))) and counted
                                 and normalize_word(counted).endswith("en") and low <= year <= high and year % 100)
            return not ((self._counts(counted) and not verb_after_plural) or self._rate_after(seg, end, counted))
        if self._counts(counted) or self._rate_after(seg, end, counted):
            return False  # 2000 soldaten, 2000 man, 1500 per dag
        announced = before in self.w("amount_words_before") or any(q == "exact" for q, _, _ in quals)
        return not (announced and not qual_words & self.w("weak_year_qualifiers"))

    def _noun_determiner(self, tokens: list[Token], k: int) -> str | None:
        """The determiner of the noun phrase ending at token k ('de [grote] oorlog'); None when k is no
        noun after one ('steeg van 1500', 'in totaal van 2000')."""
        if k < 0 or not tokens[k].is_word or tokens[k].lower in self.w("function_words"):
            return None
        for back in range(k - 1, max(-1, k - 4), -1):
            word = tokens[back].lower
            if word in self.w("noun_determiners"):
                return word
            if not tokens[back].is_word or word in self.w("function_words"):
                return None
        return None

    def _in_change(self, seg: Segment, i: int, end: int) -> bool:
        """'steeg van 1500 tot 2000', 'van 1500 naar 2000 soldaten': the ends of a change are amounts.

        i starts the number, end is after it (or its unit)."""
        tokens = seg.tokens
        from_word = self.lex.context["from_to"][0]
        before = tokens[i - 1].lower if i > 0 else ""
        if before == from_word and i >= 2 and tokens[i - 2].lower in self.w("result_verbs"):
            return True  # steeg van 1500 (tot 2000)
        if (before in self.w("change_links") and i >= 3 and tokens[i - 2].is_num and tokens[i - 3].lower == from_word
                and i >= 4 and tokens[i - 4].lower in self.w("result_verbs")):
            return True  # steeg van 1500 naar 2000
        if (before == from_word and end + 1 < len(tokens) and tokens[end].lower in self.w("change_links")
                and tokens[end + 1].is_num):
            second = self._quantity(seg, end + 1)
            if isinstance(second, Quantity):
                unit = self._unit(seg, second.end, second, False, None)
                noun = self._counted(tokens, second.end)
                return isinstance(unit, UnitMatch) or (noun is not None and self._counts(noun[0]))
        return False

    def _rate_after(self, seg: Segment, end: int, counted: str | None) -> bool:
        """'per dag' right after the number or its counted noun: 1500 (man) per dag, and the base currency of
        an exchange rate: 1038 per dollar. Not an adverb that may belong to what follows: 'tegen 2070
        jaarlijks 4,2 procent'."""
        tokens = seg.tokens
        places = [end]
        if counted and (hit := self._counted(tokens, end)):
            places.append(hit[1])
        per_word = self.lex.context["per_word"]
        return any((self.lex.per_after.match(tokens, p) and not self.lex.per_before.match(tokens, p)) or (
            p + 1 < len(tokens) and tokens[p].lower == per_word  # 1038 (peso) per dollar: an exchange rate
            and bool(self.lex.currency_words.match(tokens, p + 1) or self.lex.currency_symbols.match(tokens, p + 1)))
            for p in places)

    def _spread_over(self, tokens: list[Token], over: int, unit_end: int) -> bool:
        """'te verdelen over vier jaar', 'over vijf jaar uitgesmeerd': 'over' + a time is a duration here."""
        window = self.lex.context["duration_over_window"]
        after = tokens[unit_end].lower if unit_end < len(tokens) else ""
        return after in self.w("duration_over_context") or any(
            t.lower in self.w("duration_over_context") for t in tokens[max(0, over - window) : over])

    def _is_verb(self, word: str) -> bool:
        """A verb form that looks like a plural noun: terugbrengen, probeerden, vertrokken (a small word list)."""
        if word in self.w("not_verbs"):
            return False
        if word in self.w("finite_forms") or word in self.w("infinitives") or word in self.w("participles"):
            return True
        if word.endswith(tuple(self.w("verb_suffixes"))):
            return True  # bezuinigd, verdedigd
        if word.endswith(tuple(self.w("past_plural_suffixes"))) and not word.startswith("ge"):
            return True  # probeerden, annexeerden (but: gedetineerden)
        if word in self.w("past_singulars"):
            return True
        return any(word.startswith(p) and (word[len(p):] in self.w("infinitives") or word[len(p):] in self.w(
            "past_singulars")) for p in self.w("verb_particles"))

    def _clock_minutes(self, tokens: list[Token], quantity: Quantity) -> int | None:
        """'twintig over vier', 'vijf voor half twaalf': minutes before or after an hour; the end, or None."""
        k = quantity.end
        if not (quantity.kind == "number" and quantity.value.is_integer() and 0 < quantity.value < 30
                and k + 1 < len(tokens) and tokens[k].lower in self.w("clock_minute_links")):
            return None
        k += 1
        if tokens[k].lower in self.w("half_words"):
            k += 1
        hour = self.number_word(tokens[k].lower) if k < len(tokens) and tokens[k].is_word else None
        return k + 1 if hour is not None and hour.is_integer() and 1 <= hour <= 12 else None

    def _clock_prefix(self, tokens: list[Token], j: int) -> bool:
        return any(m.end == j for b in range(max(0, j - 2), j)
                   if (m := self.lex.clock_prefixes.match(tokens, b)))

    def _age(self, seg: Segment, i: int, quantity: Quantity, quals, word: UnitWord, counted) -> UnitWord | None:
        """Ages without 'jaar': 'Jansen (35)', 'mensen boven de 70', 'Hij is nu twintig'."""
        tokens = seg.tokens
        if word.unit != "count" or word.kind == "measure" or counted is not None or quantity.kind != "number":
            return None
        approx_only = all(" ".join(t.lower for t in tokens[s:e]) in self.w("age_approx") for _, s, e in quals)
        if approx_only and self._copula_age(tokens, i, quantity, approx=bool(quals)):
            return UnitWord("year", kind="time")
        if not quantity.plain_int or quantity.value > 120:
            return None
        end = quantity.end
        if (i >= 2 and tokens[i - 1].text == "(" and end < len(tokens) and tokens[end].text == ")"
                and tokens[i - 2].is_word and tokens[i - 2].text[0].isupper()
                and not self._names_country(seg, tokens[i - 2])):  # Cuba (96): a count per country
            return UnitWord("year", kind="time")
        qual_words = {" ".join(t.lower for t in tokens[s:e]) for _, s, e in quals}
        if qual_words & self.w("age_qualifiers_always") or (
                qual_words & self.w("age_qualifiers") and (seg.lowers() & self.w("age_context") or self._people(seg))):
            return UnitWord("year", kind="time")
        return None

    @staticmethod
    def _names_country(seg: Segment, token: Token) -> bool:
        """The countries stage found a mention at this token: 'scoorde de Ghanees 26 keer', 'Cuba (96)'."""
        return seg.article is not None and any(at == token.start for at, _ in (seg.article.countries or []))

    @staticmethod
    def _people(seg: Segment) -> bool:
        """The sentence names people by their nationality ('Belgen die boven de 70 ...'), from the countries stage."""
        first, last = seg.tokens[0].start, seg.tokens[-1].end
        return seg.article is not None and any(first <= at < last for at in seg.article.people)

    # -- what is counted, and per what ----------------------------------------------------------------

    def _word_at(self, tokens: list[Token], j: int) -> tuple[str, int] | None:
        """The word at j, with hyphenated parts joined: Noord-Koreaanse, Centraal-Aziatische."""
        if j >= len(tokens) or not tokens[j].is_word:
            return None
        end = j + 1
        while (end + 1 < len(tokens) and tokens[end].text == "-" and attached(tokens, end)
               and attached(tokens, end + 1) and (tokens[end + 1].is_word or tokens[end + 1].is_num)):
            end += 2
        if (end > j + 1 and tokens[end - 1].is_num and end + 1 < len(tokens) and tokens[end].text in "'’"
                and attached(tokens, end) and tokens[end + 1].lower == "s" and attached(tokens, end + 1)):
            end += 2  # 18 F-16's
        return "".join(t.text for t in tokens[j:end]), end

    def _is_adjective(self, word: str) -> bool:
        if word in self.w("adjectives"):
            return True
        if word in self.w("function_words"):
            return False
        return (word.endswith("e") and len(word) > 3) or word.endswith(tuple(self.lex.context["adjective_suffixes"]))

    def _is_participle(self, word: str) -> bool:
        c = self.lex.context
        return len(word) > 4 and word.startswith(tuple(c["participle_prefixes"])) and word.endswith(
            tuple(c["participle_suffixes"]))

    def _nounish(self, word: str) -> bool:
        return not (word in self.w("function_words") or word in self.w("months") or word in self.w("weekdays")
                    or self.number_word(word) is not None or self._is_participle(word) or len(word) < 2
                    or self._is_verb(word))

    def _counted(self, tokens: list[Token], k: int) -> tuple[str, int] | None:
        """The noun after an amount, past adjectives: '12.000 Cubaanse soldaten' -> soldaten."""
        j, last_adjective = k, None
        for _ in range(4):
            hit = self._word_at(tokens, j)
            if hit is None:
                return last_adjective  # "één dode." : the adjective-looking word was the noun
            word, end = hit
            lower = normalize_word(word)
            if lower in self.w("e_nouns"):
                return word, end  # één ziekte: a noun, though it ends in -e
            if lower in self.w("adjectives"):  # 1500 extra grenswachten, 8 gouden medailles
                last_adjective, j = ((word, end) if lower.endswith("e") else None), end
                continue
            if (lower in self.w("function_words") or lower in self.w("months") or lower in self.w("weekdays")
                    or lower in self.lex.factor_followers  # boven de 70 kleiner gaan wonen: a comparative
                    or lower in self.vague_plurals or lower in self.multipliers  # 2008 kostte miljarden
                    or self.lex.units.match(tokens, j) or self.lex.currency_words.match(tokens, j)
                    or self.lex.per_after.match(tokens, j) or lower in self.lex.numbers["times_words"]):
                return None
            if self._is_adjective(lower) and lower not in self.vague_plurals:
                last_adjective = (word, end) if lower.endswith("e") else None
                j = end
                continue
            if not self._nounish(lower):
                return None
            return word, end
        return None

    def _partitive_counted(self, seg: Segment, end: int) -> tuple[str, int] | None:
        """'18 van de 51 zetels', 'drie van de tien Nederlanders': the noun of the whole is what the part counts."""
        tokens = seg.tokens
        k = end + 1
        if k < len(tokens) and tokens[k].lower in self.w("partitive_determiners"):
            k += 1
        if not (end < len(tokens) and tokens[end].lower == self.lex.context["from_to"][0]):
            return None
        whole = self._quantity(seg, k)
        return self._counted(tokens, whole.end) if isinstance(whole, Quantity) and whole.kind == "number" else None

    def _list_item(self, tokens: list[Token], before: list[Found], i: int, end: int) -> bool:
        """'haalde de NDP 18 van de 51 zetels, de VHP 17': after a comma, a name and a number that ends the
        clause repeat the count found before them (the name is what it is about, not a model number)."""
        comma = i - 2 if i >= 2 and tokens[i - 2].text == "," else i - 3
        if comma < 0 or tokens[comma].text != "," or (comma == i - 3 and tokens[i - 2].lower not in self.w(
                "partitive_determiners")):
            return False
        last = before[-1].match.amount if before else None
        return (last is not None and last.unit == "count" and last.counted is not None
                and (end >= len(tokens) or tokens[end].lower in self.w("age_clause_end")))

    def _unit_noun(self, tokens: list[Token], j: int) -> tuple[str, int] | None:
        """A unit or currency word read as a noun: the "euro" of "1 op de 4 euro"."""
        m = self.lex.units.match(tokens, j) or self.lex.currency_words.match(tokens, j)
        return (" ".join(t.text for t in tokens[j : m.end]), m.end) if m and tokens[j].is_word else None

    def _noun_follows(self, tokens: list[Token], j: int) -> bool:
        hit = self._word_at(tokens, j)
        return bool(hit) and self._nounish(normalize_word(hit[0])) and tokens[j].lower not in self.w(
            "fraction_followers")

    def _per(self, seg: Segment, end: int, counted: str | None, text_start: int) -> str | None:
        """per maand, maandelijks, a maandsalaris of ...: the period or base of a rate."""
        tokens = seg.tokens
        places = [end]
        if counted:
            hit = self._counted(tokens, end)
            if hit:
                places.append(hit[1])
        places += [p + 1 for p in places if p < len(tokens) and (  # 30.000 frank (huur) per maand
            tokens[p].lower in self.w("per_gap_words") or tokens[p].lower in self.w("per_compound_heads"))]
        for p in places:
            if m := self.lex.per_after.match(tokens, p):
                return m.value  # 2000 euro (bruto) per maand
            if p < len(tokens) and tokens[p].lower == self.lex.context["per_word"]:  # per 100.000 inwoners
                base = self._quantity(seg, p + 1)
                if isinstance(base, Quantity) and (noun := self._word_at(tokens, base.end)):
                    return f"{format_number(base.value)} {noun[0]}"
        for b in range(text_start - 1, max(-1, text_start - 7), -1):
            t = tokens[b]
            if t.is_num:
                break
            if (m := self.lex.per_before.match(tokens, b)) and m.end >= text_start - 1:
                return m.value  # maandelijks (zo'n) 2000 euro
            if (m := self.lex.per_after.match(tokens, b)) and m.end == text_start:
                return m.value  # per maand 2000 euro
            for prefix, per in self.per_prefixes.items():
                if t.lower.startswith(prefix) and t.lower[len(prefix):] in self.w("per_compound_heads"):
                    return per
        return self._fronted_per(tokens, text_start)

    def _fronted_per(self, tokens: list[Token], text_start: int) -> str | None:
        """'Per dag steken zo'n 1500 migranten over', 'Jaarlijks sterven 10.000 mensen': a rate phrase
        that opens the clause (the verb comes second in Dutch) holds for the amount in it."""
        for b in range(text_start - 2, max(-1, text_start - 9), -1):
            t = tokens[b]
            if t.is_num or t.text in ",;:()":
                return None
            if b > 0 and tokens[b - 1].text not in ",;:\"'“‘(":
                continue
            m = self.lex.per_before.match(tokens, b) or self.lex.per_after.match(tokens, b)
            if m and m.end < text_start and all(tok.is_word for tok in tokens[m.end : text_start]):
                return m.value
        return None


# ---------------------------------------------------------------------------------------------
# Entry points: a pure function for phrases, and the spaCy component.


@lru_cache(maxsize=1)
def default_finder() -> AmountFinder:
    return AmountFinder()


def find_amounts(text: str) -> list[AmountMatch]:
    """Every amount in a text (no spaCy needed), with character offsets into it."""
    return default_finder().find(text)


def parse_amount(text: str) -> Amount | None:
    """The first amount in a phrase: parse_amount("495 duizend roebel").value == 495000.0."""
    found = find_amounts(text)
    return found[0].amount if found else None


@Language.factory("amounts", default_config={"spans_key": "amounts", "date_spans_key": "dates",
                                             "country_spans_key": "countries"})
def make_amount_recognizer(nlp: Language, name: str, spans_key: str, date_spans_key: str,
                           country_spans_key: str) -> AmountRecognizer:
    return AmountRecognizer(name, spans_key=spans_key, date_spans_key=date_spans_key,
                            country_spans_key=country_spans_key)


class AmountRecognizer:
    """Puts every amount of the Doc into doc.spans[spans_key], each with its `Span._.amount`.

    Works sentence by sentence when the Doc has sentences. Numbers inside a date found by the
    dates stage ("3 maart", "2015") are left to it; the countries stage's mentions (Brussel,
    Belgen) say which currency a bare "frank" is; with a trained model, its part-of-speech tags
    pick the counted noun.
    """

    def __init__(self, name: str = "amounts", *, spans_key: str = "amounts", date_spans_key: str = "dates",
                 country_spans_key: str = "countries", finder: AmountFinder | None = None):
        self.name = name
        self.spans_key = spans_key
        self.date_spans_key = date_spans_key
        self.country_spans_key = country_spans_key
        self.finder = finder or default_finder()

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # Doc.text joins every token anew on each access
        tagged = doc.has_annotation("POS")
        if doc.has_annotation("SENT_START"):
            segments = [(s.start_char, s.end_char) for s in doc.sents]
        else:
            segments = [(0, len(text))]
        dates = [(s.start_char, s.end_char) for s in doc.spans.get(self.date_spans_key, [])]
        countries, people = None, []
        if self.country_spans_key in doc.spans:
            found = [s for s in doc.spans[self.country_spans_key] if getattr(s._, "country", None) is not None]
            countries = [(s.start_char, s._.country.country_code) for s in found]
            people = [s.start_char for s in found if getattr(s._.country, "match_type", None) == "demonym"]
        article = ArticleContext(text, countries, people=people)
        spans = []
        for start, end in segments:
            for match in self.finder.find(text, start, end, article):
                amount = match.amount
                if amount.unit == "count" and any(s < match.end and match.start < e for s, e in dates):
                    continue
                span = doc.char_span(match.start, match.end, label=amount.unit, alignment_mode="expand")
                if span is None:
                    continue
                if tagged and (amount.unit == "count" or amount.counted):
                    amount = replace(amount, counted=counted_by_pos(span, amount.counted))
                span._.amount = amount
                spans.append(span)
        doc.spans[self.spans_key] = sorted(filter_spans(spans), key=lambda s: (s.start, s.end))
        return doc


def counted_by_pos(span: Span, by_rules: str | None) -> str | None:
    """With a tagger: the first noun after the amount, past adjectives; the rules' answer otherwise."""
    doc = span.doc
    for token in doc[span.end : span.end + 4]:
        if token.pos_ in ("ADJ", "NUM") or token.is_space:
            continue
        if token.pos_ in ("NOUN", "PROPN"):
            return token.text
        if token.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ", "SCONJ", "DET", "PRON"):
            return None
        break
    return by_rules


def amount_rows(doc: Doc, spans_key: str = "amounts") -> list[dict]:
    """One row per amount: offsets relative to the Doc, the text, and the normalized columns."""
    return [{"start_char": span.start_char, "end_char": span.end_char, "text": span.text, **asdict(span._.amount)}
            for span in doc.spans.get(spans_key, [])]


__all__ = [
    "Amount",
    "AmountFinder",
    "AmountLexicon",
    "AmountMatch",
    "AmountRecognizer",
    "amount_rows",
    "find_amounts",
    "parse_amount",
    "tokenize",
]
