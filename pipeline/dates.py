"""Dates: every time expression in an article, resolved to an inclusive ISO interval.

Two halves that meet in `DateParts`:
- `DateScanner` reads Dutch time expressions ("september van vorig jaar", "eind jaren 80",
  "afgelopen zondag") from text into DateParts, driven by the word lists in
  `pipeline/data/dates/lexicon.json` and Babel's CLDR month and weekday names.
- `resolve_date` places DateParts on the calendar against the publication date P; it is pure
  and needs no spaCy, so the expression tables in tests/test_dates.py call `parse_dates` directly.

The spaCy component `dates` puts the mentions in `doc.spans["dates"]` with a `DateValue` on
`span._.date`; `date_rows` turns them into rows of the `dates` table.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from babel import Locale
from dateutil.easter import easter
from spacy.language import Language
from spacy.tokens import Doc, Span
from text_to_num import alpha2digit

from pipeline.config import DATA_DIR

LEXICON_PATH = DATA_DIR / "dates" / "lexicon.json"
VERBS_PATH = DATA_DIR / "amounts" / "verbs.json"  # verb forms shared with the amounts stage
SPANS_KEY = "dates"

# The `granularity` column, fine to coarse: the unit an expression names ("begin maart" is a month).
GRANULARITIES = ("day", "week", "month", "season", "quarter", "year", "decade", "century")
# How precise the publication date is, and how precise an expression needs it to be.
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


# --------------------------------------------------------------------------------------------
# Values


@dataclass(frozen=True)
class DateValue:
    """The normalized value of one date mention: the `dates` table columns after the offsets."""

    date_start: str | None
    date_end: str | None
    granularity: str
    relative: bool
    resolved: bool
    anchor: str | None


@dataclass(frozen=True)
class DateParts:
    """What one time expression says, before it is placed on the calendar by `resolve_date`.

    Absolute fields (year, month, ...) name a calendar period; `unit` + `offset` move from the
    publication date P (vorige week: unit week, offset -1); `ago` makes the offset a distance
    ("twee jaar geleden" is a month, not a year). Fields left None are not said.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    week: int | None = None  # ISO week number ("week 12")
    season: str | None = None  # lente | zomer | herfst | winter
    quarter: int | None = None
    decade: int | None = None  # first year: 1990 for "de jaren negentig"
    century: int | None = None  # first year: 1800 for "de 19e eeuw"
    weekday: int | None = None  # 0 = maandag
    holiday: str | None = None  # a named day of lexicon.json: kerstmis, pasen, koningsdag
    unit: str | None = None  # unit of `offset`: day|week|weekend|month|quarter|season|year|decade|century
    offset: int | None = None
    ago: bool = False
    story: bool = False  # counted from the previous date of the paragraph ("een week later"), not from P
    part: str | None = None  # begin|midden|eind|first_half|second_half
    direction: str | None = None  # past|previous|future|next: which occurrence of a yearless date or weekday

    @property
    def granularity(self) -> str:
        """The unit the expression names; a part keeps it ("eind 2022" is a year)."""
        if self.ago:
            return self.unit
        if self.day is not None or self.weekday is not None or self.holiday is not None or self.unit == "day":
            return "day"
        if self.week is not None or self.unit in ("week", "weekend"):
            return "week"
        if self.month is not None or self.unit == "month":
            return "month"
        if self.season is not None:
            return "season"
        if self.quarter is not None or self.unit == "quarter":
            return "quarter"
        if self.year is not None or self.unit == "year":
            return "year"
        if self.decade is not None or self.unit == "decade":
            return "decade"
        if self.century is None and self.unit != "century":  # "het eerste halfjaar": a part of a year
            return "year"
        return "century"

    @property
    def relative(self) -> bool:
        """True when the calendar position depends on P (no year, decade or century given)."""
        return self.offset is not None or (self.year is None and self.decade is None and self.century is None)

    @property
    def needed_precision(self) -> str:
        """The precision of P this expression needs to be placed exactly."""
        if self.unit in ("day", "week", "weekend") or (self.weekday is not None and self.day is None):
            return "day"
        if self.unit == "season" and self.offset == 0 and self.season != "winter":
            return "year"  # "dit najaar" is the autumn of P's year; "deze winter" straddles two years
        if self.offset is not None and (self.ago or self.unit in ("month", "quarter", "season")):
            return "month"
        return "year"


@dataclass(frozen=True)
class DateExpression:
    """A mention's meaning: one period, a range (van X tot Y) or a relation to P (sinds X, tot X)."""

    first: DateParts
    last: DateParts | None = None
    relation: str | None = None  # since | until | None


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    expression: DateExpression
    value: DateValue


# --------------------------------------------------------------------------------------------
# Lexicon


@dataclass(frozen=True)
class DateLexicon:
    """The word lists of lexicon.json plus Babel's Dutch month and weekday names, ready for lookup."""

    months: dict[str, int]  # full names: may stand alone ("in maart")
    month_abbreviations: dict[str, int]  # only next to a day or a year ("3 mrt 2022")
    weekdays: dict[str, int]  # with day-part compounds: zondagavond
    words: dict  # lexicon.json as read
    sets: dict[str, frozenset[str]]  # every list of lexicon.json as a set
    openers: tuple[tuple[tuple[str, ...], str], ...]  # words before a date, longest first, and their kind
    connectors: tuple[tuple[str, ...], ...]  # range connectors, longest first
    idioms: tuple[tuple[str, ...], ...]  # phrases with a date word that are not dates
    fractions: dict[tuple[str, ...], float]
    holidays: dict[tuple[str, ...], str]  # words of a holiday's name -> the name
    first_words: dict[str, frozenset[str]]  # first words of the multi-word lists above: a cheap test first

    @classmethod
    def load(cls, path: Path = LEXICON_PATH) -> DateLexicon:
        words = json.loads(Path(path).read_text(encoding="utf-8"))
        cldr = Locale("nl")
        months = {name.lower(): n for n, name in cldr.months["format"]["wide"].items()}
        abbreviations = {name.lower().rstrip("."): n for n, name in cldr.months["format"]["abbreviated"].items()}
        abbreviations.update(words["month_aliases"])
        abbreviations = {k: v for k, v in abbreviations.items() if k not in months}
        weekdays = {name.lower() + suffix: n for n, name in cldr.days["format"]["wide"].items()
                    for suffix in ["", *words["weekday_part_suffixes"]]}
        openers = (
            [(tuple(w.split()), "since") for w in words["since_words"]]
            + [(tuple(w.split()), "from") for w in words["from_words"]]
            + [(tuple(w.split()), "until") for w in words["until_words"]]
            + [(tuple(w.split()), "range") for w in words["range_openers"]]
            + [((w,), "in") for w in words["span_prepositions"]]
        )
        holidays = {tuple(name.split()): name for table in words["holidays"].values()
                    if isinstance(table, dict) for name in table}
        idioms = tuple(tuple(w.split()) for w in words["idioms"])
        fractions = {tuple(k.split()): v for k, v in words["fraction_words"].items()}
        first_words = {"openers": frozenset(w[0] for w, _ in openers), "holidays": frozenset(w[0] for w in holidays),
                       "idioms": frozenset(w[0] for w in idioms), "fractions": frozenset(w[0] for w in fractions)}
        return cls(
            months=months,
            month_abbreviations=abbreviations,
            weekdays=weekdays,
            words=words,
            sets={**{k: frozenset(v) for k, v in words.items() if isinstance(v, list)},
                  # "het niveau van 2015 halen": the amounts stage's verb forms that look like plural nouns
                  "verbs_like_plurals": frozenset(json.loads(VERBS_PATH.read_text(encoding="utf-8"))["infinitives"])},
            openers=tuple(sorted(openers, key=lambda item: -len(item[0]))),
            connectors=tuple(sorted((tuple(w.split()) for w in words["range_connectors"]), key=len, reverse=True)),
            idioms=idioms,
            fractions=fractions,
            holidays=holidays,
            first_words=first_words,
        )

    def __getitem__(self, key: str):
        return self.words[key]


# --------------------------------------------------------------------------------------------
# Calendar arithmetic


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def month_interval(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), month_end(year, month)


def week_interval(day: date) -> tuple[date, date]:
    """The ISO week (Monday to Sunday) that holds `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def season_interval(season: str, year: int, first_month: dict[str, int]) -> tuple[date, date]:
    """Meteorological season; winter Y runs from December Y to February Y+1."""
    start_month = first_month[season]
    end_year, end_month = add_months(year, start_month, 2)
    return date(year, start_month, 1), month_end(end_year, end_month)


def sub_units(start: date, end: date, sub: str) -> list[tuple[date, date]]:
    """Split an interval into days, months or years."""
    pieces = []
    cursor = start
    while cursor <= end:
        if sub == "day":
            piece_end = cursor
        elif sub == "month":
            piece_end = month_end(cursor.year, cursor.month)
        else:
            piece_end = date(cursor.year, 12, 31)
        pieces.append((cursor, min(piece_end, end)))
        cursor = piece_end + timedelta(days=1)
    return pieces


def apply_part(interval: tuple[date, date], granularity: str, part: str | None,
               positions: dict) -> tuple[date, date]:
    """begin/midden/eind or a half of a period, by the positions of lexicon.json (part_positions)."""
    if part and part.startswith("lead:"):  # de eerste negen maanden van 2025, de laatste twee weken van maart
        _, side, unit, n = part.split(":")
        n = int(n)
        if unit == "month":
            if side == "first":
                return interval[0], min(interval[1], month_end(*add_months(interval[0].year, interval[0].month, n - 1)))
            year, month = add_months(interval[1].year, interval[1].month, 1 - n)
            return max(interval[0], date(year, month, 1)), interval[1]
        days = n * (7 if unit == "week" else 1)
        if side == "first":
            return interval[0], min(interval[1], interval[0] + timedelta(days=days - 1))
        return max(interval[0], interval[1] - timedelta(days=days - 1)), interval[1]
    if part and part.startswith("weekday:") and granularity == "month":  # de derde dinsdag van september
        _, weekday, n = part.split(":")
        days = [d for d, _ in sub_units(*interval, "day") if d.weekday() == int(weekday)]
        if int(n) > len(days):
            return interval  # "de vijfde dinsdag van februari" that the month lacks: the month
        day = days[int(n) - 1] if int(n) > 0 else days[-1]
        return day, day
    if part and part.startswith("day") and part[3:].isdigit() and granularity == "month":  # de eerste dag van mei
        day = interval[0] + timedelta(days=int(part[3:]) - 1)
        return day, day
    if part is None or granularity not in positions or part not in positions[granularity]:
        return interval
    table = positions[granularity]
    pieces = sub_units(*interval, table["sub"])
    first, last = table[part]
    if first < 0:  # counted from the end: the last seven days of a month are [-7, -1]
        first, last = len(pieces) + 1 + first, len(pieces) + 1 + last
    first, last = min(first, len(pieces)), min(last, len(pieces))
    return pieces[first - 1][0], pieces[last - 1][1]


def shift_interval(interval: tuple[date, date], unit: str, n: int) -> tuple[date, date]:
    """Move an interval by n days, weeks, months or years; a month's last day stays the last day."""
    if unit in ("day", "week"):
        step = timedelta(days=n * (7 if unit == "week" else 1))
        return interval[0] + step, interval[1] + step
    months = n * 12 if unit == "year" else n

    def move(day: date, at_end: bool) -> date:
        year, month = add_months(day.year, day.month, months)
        last = month_end(year, month)
        if at_end and day == month_end(day.year, day.month):
            return last
        return date(year, month, min(day.day, last.day))

    return move(interval[0], False), move(interval[1], True)


def distance(a: tuple[date, date], b: tuple[date, date], unit: str = "day") -> int:
    """Days (or calendar months) between two intervals, 0 when they overlap."""
    if unit == "month":
        a = (a[0].year * 12 + a[0].month, a[1].year * 12 + a[1].month)
        b = (b[0].year * 12 + b[0].month, b[1].year * 12 + b[1].month)
        return max(0, b[0] - a[1], a[0] - b[1])
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


# --------------------------------------------------------------------------------------------
# Resolution against the publication date


@dataclass(frozen=True)
class Anchor:
    """The publication date P as the interval its precision allows, e.g. 2023-09 -> all of September."""

    text: str
    precision: str  # day | month | year
    start: date
    end: date

    @classmethod
    def parse(cls, published: str | None, granularity: str | None = None) -> Anchor | None:
        """'2023-09' -> September 2023; a stated granularity may only make P coarser; None if unreadable."""
        match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(published or "")[:10])
        if match is None:  # ingest validates `published`; anything else is read as no publication date
            return None
        numbers = [int(n) for n in match.groups() if n]
        precision = ("day", "month", "year")[3 - len(numbers)]
        if PRECISION_RANK.get(granularity, -1) > PRECISION_RANK[precision]:
            precision = granularity
        if precision == "year":
            return cls(published, precision, date(numbers[0], 1, 1), date(numbers[0], 12, 31))
        if precision == "month":
            return cls(published, precision, *month_interval(numbers[0], numbers[1]))
        day = date(*numbers[:3])
        return cls(published, precision, day, day)

    @property
    def middle(self) -> date:
        """The day that stands for P in day arithmetic when P is coarser than an expression needs."""
        return self.start + (self.end - self.start) // 2

    def widen(self, interval: tuple[date, date]) -> tuple[date, date]:
        """Widen an interval to P's precision: what 'gisteren' can say in a month-precision article."""
        start, end = interval
        if self.precision == "month":
            return date(start.year, start.month, 1), month_end(end.year, end.month)
        return date(start.year, 1, 1), date(end.year, 12, 31)


class DateResolver:
    """Turns DateParts into intervals: the word-independent half of the stage."""

    def __init__(self, lexicon: DateLexicon):
        self.positions = lexicon["part_positions"]
        self.season_first_month = lexicon["season_first_month"]
        self.holidays = lexicon["holidays"]
        self.school_year_first_month = lexicon["school_year_first_month"]

    def resolve(self, parts: DateParts, anchor: Anchor | None) -> DateValue:
        """One period. Relative ones need P; with a too coarse P they get P's precision and resolved=false."""
        granularity = parts.granularity
        if parts.part and (parts.part.startswith(("day", "weekday:")) or parts.part == "last_day"):
            granularity = "day"  # de laatste dag van oktober: a part of a month that is one day
        elif parts.part and parts.part.startswith("lead:"):
            granularity = parts.part.split(":")[2]  # de eerste negen maanden van 2025: months
        if parts.story:  # placed by `resolve_mentions` from the date before it
            return DateValue(None, None, granularity, True, False, anchor.text if anchor else None)
        if not parts.relative:
            interval = self.absolute(parts)
            return self._value(interval, granularity, relative=False, resolved=interval is not None, anchor=None)
        if anchor is None:
            return DateValue(None, None, granularity, True, False, None)
        exact = PRECISION_RANK[anchor.precision] <= PRECISION_RANK[parts.needed_precision]
        if exact:
            interval = self.relative_interval(parts, anchor.end, (anchor.start, anchor.end))
        else:
            interval = self.relative_interval(parts, anchor.middle, (anchor.middle, anchor.middle))
            interval = anchor.widen(interval) if interval else None
        return self._value(interval, granularity, True, exact and interval is not None, anchor.text)

    def resolve_expression(self, expression: DateExpression, anchor: Anchor | None) -> DateValue:
        """A period, a range (one interval from the start of X to the end of Y) or sinds/tot."""
        first = self.resolve(expression.first, anchor)
        if expression.relation is not None:
            return self._relation(expression.relation, first, anchor)
        if expression.last is None:
            return first
        last_parts = self._complete_last(expression.last, first)
        last = self.resolve(last_parts, anchor)
        if first.date_start and last.date_end and last.date_end < first.date_start and last.relative:
            last = self.resolve(replace(last_parts, direction="next"), anchor)  # van vrijdag tot maandag
        relative = first.relative or last.relative
        anchor_text = anchor.text if relative and anchor else None
        if not (first.date_start and last.date_end) or last.date_end < first.date_start:
            return DateValue(first.date_start, last.date_end, first.granularity, relative, False, anchor_text)
        return DateValue(first.date_start, last.date_end, first.granularity, relative,
                         first.resolved and last.resolved, anchor_text)

    def resolve_mentions(self, found: list[tuple[int, int, DateExpression]], anchor: Anchor | None,
                         text: str) -> list[DateValue]:
        """The values of an article's mentions in order; "een week later" counts from the date before it."""
        values, story_times = [], []  # story_times: what a later "een jaar later" counts from
        for index, (start, _end, expression) in enumerate(found):
            value = self.resolve_expression(expression, anchor)
            if expression.first.story:
                value = self._from_story(expression.first, value, found[:index], story_times, start, text)
            values.append(value)
            # "Sinds 2014 ... Een jaar later": the story's time is 2014, not 2014 up to P
            story_times.append(self.resolve(expression.first, anchor) if expression.relation else value)
        return values

    @staticmethod
    def _from_story(parts: DateParts, value: DateValue, before: list, values: list[DateValue],
                    start: int, text: str) -> DateValue:
        """Shift the nearest earlier date of the same paragraph; "vandaag" is P, not a story's date
        (a week after P would be "over een week"). Unresolved when the paragraph has no date before it."""
        for (_, previous_end, previous), previous_value in zip(reversed(before), reversed(values)):
            if "\n" in text[previous_end:start]:
                break
            first = previous.first
            if first.unit == "day" and first.offset == 0 and previous.last is None and previous.relation is None:
                continue
            if not previous_value.date_start or not previous_value.date_end:
                break
            if GRANULARITIES.index(parts.unit) < GRANULARITIES.index(previous_value.granularity) and \
                    previous_value.date_start != previous_value.date_end:
                break  # "in oktober ... twee weken later": no interval says which weeks
            interval = (date.fromisoformat(previous_value.date_start), date.fromisoformat(previous_value.date_end))
            shifted = shift_interval(interval, parts.unit, parts.offset)
            granularity = min(value.granularity, previous_value.granularity, key=GRANULARITIES.index)
            return DateValue(shifted[0].isoformat(), shifted[1].isoformat(), granularity, True,
                             previous_value.resolved, previous_value.anchor)
        return value

    @staticmethod
    def _value(interval, granularity: str, relative: bool, resolved: bool, anchor: str | None) -> DateValue:
        if interval is None:
            return DateValue(None, None, granularity, relative, False, anchor)
        return DateValue(interval[0].isoformat(), interval[1].isoformat(), granularity, relative, resolved, anchor)

    @staticmethod
    def _relation(relation: str, value: DateValue, anchor: Anchor | None) -> DateValue:
        """sinds X: start of X to P; without P only X's start is known, and a X after P is X itself.
        tot X: X's own interval (the annotators' convention: "tot 2035", "tot medio 2029")."""
        if relation == "until":
            return value
        p_end = anchor.end.isoformat() if anchor else None
        start, end = value.date_start, p_end
        if start and end and end < start:  # "sinds" a date after P
            return value
        resolved = value.resolved and anchor is not None
        return DateValue(start, end, value.granularity, True, resolved, anchor.text if anchor else None)

    @staticmethod
    def _complete_last(last: DateParts, first: DateValue) -> DateParts:
        """The end of a range takes the start's year when it names none: "van maart 2021 tot mei"."""
        if not last.relative or not first.date_start or last.offset is not None:
            return last
        if last.month is None and last.season is None and last.quarter is None and last.week is None:
            return last
        year = int(first.date_start[:4])
        if last.month is not None and last.month < int(first.date_start[5:7]):
            year += 1
        return replace(last, year=year)

    def absolute(self, parts: DateParts) -> tuple[date, date] | None:
        """The interval of an expression that names its own year, decade or century."""
        try:
            if parts.year is not None:
                interval = self.in_year(parts, parts.year)
            elif parts.decade is not None:
                interval = (date(parts.decade, 1, 1), date(parts.decade + 9, 12, 31))
            else:
                interval = (date(parts.century, 1, 1), date(parts.century + 99, 12, 31))
        except ValueError:  # 31 februari, week 54: not a date
            return None
        return apply_part(interval, parts.granularity, parts.part, self.positions)

    def in_year(self, parts: DateParts, year: int) -> tuple[date, date]:
        """The day, week, month, season, quarter or whole year the parts name inside `year`."""
        if parts.month is not None and parts.day is not None:
            day = date(year, parts.month, parts.day)
            return day, day
        if parts.holiday is not None:
            day = self.holiday(parts.holiday, year)
            return day, day
        if parts.month is not None:
            return month_interval(year, parts.month)
        if parts.week is not None:
            monday = date.fromisocalendar(year, parts.week, 1)
            return monday, monday + timedelta(days=6)
        if parts.season is not None:
            return season_interval(parts.season, year, self.season_first_month)
        if parts.quarter is not None:
            first_month = (parts.quarter - 1) * 3 + 1
            return date(year, first_month, 1), month_end(year, first_month + 2)
        return date(year, 1, 1), date(year, 12, 31)

    def holiday(self, name: str, year: int) -> date:
        """The date of a named day in `year` (Easter-based ones through dateutil)."""
        if name in self.holidays["fixed"]:
            day = date(year, *self.holidays["fixed"][name])
            if name in self.holidays["saturday_if_sunday"] and day.weekday() == 6:
                return day - timedelta(days=1)  # Koningsdag 2014 was on 26 April
            return day
        if name in self.holidays["easter"]:
            return easter(year) + timedelta(days=self.holidays["easter"][name])
        month, weekday, n = self.holidays["nth_weekday"][name]
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))

    def relative_interval(self, parts: DateParts, day: date, here: tuple[date, date]) -> tuple[date, date] | None:
        """The interval of an expression placed against P: `day` stands for P, `here` is P's interval."""
        try:
            interval = self._relative(parts, day, here)
        except ValueError:  # 29 februari in a year without one
            return None
        if interval is None or self.yearless(parts):  # a yearless date's part is applied when it is chosen
            return interval
        return apply_part(interval, parts.granularity, parts.part, self.positions)

    @staticmethod
    def yearless(parts: DateParts) -> bool:
        """A calendar date without a year and without a shift from P: "3 maart", "eind januari", "het eerste
        halfjaar"."""
        return parts.unit is None and parts.weekday is None and parts.relative

    def _relative(self, parts: DateParts, day: date, here: tuple[date, date]) -> tuple[date, date] | None:
        unit, offset = parts.unit, parts.offset
        if parts.ago:
            return self._distance(unit, offset, day)
        if unit == "day":
            shifted = day + timedelta(days=offset)
            return shifted, shifted
        if unit == "week":
            monday = week_interval(day)[0] + timedelta(weeks=offset)
            if parts.weekday is not None:
                target = monday + timedelta(days=parts.weekday)
                return target, target
            return monday, monday + timedelta(days=6)
        if unit == "weekend":
            return self._weekend(day, offset)
        if unit == "month":
            return month_interval(*add_months(day.year, day.month, offset))
        if unit == "quarter":
            year, month = add_months(day.year, (day.month - 1) // 3 * 3 + 1, 3 * offset)
            return date(year, month, 1), month_end(*add_months(year, month, 2))
        if unit == "season":
            return self._shifted_season(parts.season, offset, day, here)
        if unit == "year":
            return self.in_year(parts, day.year + offset)
        if unit == "schoolyear":  # vorig schooljaar: September to August
            first_month = self.school_year_first_month
            start = day.year - (day.month < first_month) + offset
            return date(start, first_month, 1), month_end(*add_months(start + 1, first_month, -1))
        if unit == "decade":
            first = day.year // 10 * 10 + 10 * offset
            return date(first, 1, 1), date(first + 9, 12, 31)
        if unit == "century":
            first = day.year // 100 * 100 + 100 * offset
            return date(first, 1, 1), date(first + 99, 12, 31)
        if parts.weekday is not None:
            return self._weekday(parts.weekday, parts.direction, day)
        return self._yearless(parts, here)

    @staticmethod
    def _distance(unit: str, offset: int, day: date) -> tuple[date, date]:
        """GOLD_SPEC: N jaar/maanden geleden -> that month; N weken -> that ISO week; N dagen -> that day."""
        if unit == "day":
            shifted = day + timedelta(days=offset)
            return shifted, shifted
        if unit == "week":
            return week_interval(day + timedelta(weeks=offset))
        months = offset * 12 if unit == "year" else offset
        return month_interval(*add_months(day.year, day.month, months))

    @staticmethod
    def _weekend(day: date, offset: int) -> tuple[date, date]:
        """dit weekend: the one of this ISO week; afgelopen: the last one over before P; komend: the next."""
        saturday = week_interval(day)[0] + timedelta(days=5)
        if offset < 0:
            while saturday + timedelta(days=1) >= day:
                saturday -= timedelta(weeks=1)
            saturday -= timedelta(weeks=-offset - 1)
        elif offset > 0:
            while saturday <= day:
                saturday += timedelta(weeks=1)
            saturday += timedelta(weeks=offset - 1)
        return saturday, saturday + timedelta(days=1)

    @staticmethod
    def _weekday(weekday: int, direction: str | None, day: date) -> tuple[date, date]:
        """Bare weekday: P itself or the last one before; previous: before P; future: P or the next one;
        next: after P."""
        if direction == "previous":  # "afgelopen vrijdag" said on a Friday is a week ago
            target = day - timedelta(days=(day.weekday() - weekday) % 7 or 7)
        elif direction == "future":
            target = day + timedelta(days=(weekday - day.weekday()) % 7)
        elif direction == "next":
            target = day + timedelta(days=(weekday - day.weekday()) % 7 or 7)
        else:
            target = day - timedelta(days=(day.weekday() - weekday) % 7)
        return target, target

    def _shifted_season(self, season: str, offset: int, day: date, here: tuple[date, date]) -> tuple[date, date]:
        """vorig najaar: the last one over before P; dit najaar: the one of P's year ("deze winter": the
        nearest, it straddles two years); komende winter: the next."""
        candidates = [season_interval(season, year, self.season_first_month)
                      for year in range(day.year - 3, day.year + 3)]
        if offset < 0:
            return [c for c in candidates if c[1] < here[0]][offset]
        if offset > 0:
            return [c for c in candidates if c[0] > here[1]][offset - 1]
        if season != "winter":
            return season_interval(season, day.year, self.season_first_month)
        return min(candidates, key=lambda c: (distance(c, here), c[0]))

    def _yearless(self, parts: DateParts, here: tuple[date, date]) -> tuple[date, date] | None:
        """A date without a year: the occurrence nearest to P, or the one the tense points to.

        In the past tense a period longer than a month is the last one that is mostly over: "lag in het
        eerste halfjaar op 52%" or "groeide in het eerste kwartaal" in January is last year's; a month or
        a day is the last one that has begun ("In september werd ..." on 14 September is this September).
        """
        candidates = []
        for year in (here[0].year - 1, here[0].year, here[0].year + 1):
            try:
                interval = self.in_year(parts, year)
            except ValueError:  # 29 februari in a year without one
                continue
            candidates.append(apply_part(interval, parts.granularity, parts.part, self.positions))
        if not candidates:
            return None
        if parts.direction == "past":
            coarse = GRANULARITIES.index(parts.granularity) > GRANULARITIES.index("month")
            before = [c for c in candidates if (c[0] + (c[1] - c[0]) / 2 if coarse else c[0]) <= here[1]]
            return before[-1] if before else candidates[0]
        if parts.direction in ("future", "next"):
            after = [c for c in candidates if c[1] >= here[0]]
            return after[0] if after else candidates[-1]
        # nearest in days for a day or week, in months for longer periods ("in juni" in a December
        # article is six months either way); a tie goes to the past, which news mostly reports
        unit = "day" if parts.granularity in ("day", "week") else "month"
        return min(candidates, key=lambda c: (distance(c, here, unit), c[0] > here[1]))


# --------------------------------------------------------------------------------------------
# Grammar: Dutch text -> DateExpressions

TOKEN = re.compile(r"\d+(?:,\d+)+|\w+(?:[-/.]\w+)*|[^\w\s]")  # "2,5" is one token
NUMERIC_DATES = (
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"),  # 2022-02-24
    re.compile(r"(?P<day>\d{1,2})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})"),  # 24/2/2022
)
YEAR_PAIR = re.compile(r"(?P<first>\d{4})[-/](?P<second>\d{4}|\d{2})")  # 2014-2016, 2022/23
DAY_PAIR = re.compile(r"(?P<first>\d{1,2})-(?P<second>\d{1,2})")  # 3-5 (maart)
DECIMAL = re.compile(r"\d+,\d+")
ORDINAL = re.compile(r"(?P<n>\d{1,2})(?:e|de|ste)")  # 19e, 19de, 21ste
QUARTER_CODE = re.compile(r"q(?P<q>[1-4])(?:-(?P<year>\d{4}))?")  # Q3, Q3-2023
APOSTROPHES = frozenset("'’‘")
VOWELS = frozenset("aeiouy")
PARTICIPLE_EERDE = re.compile(r"ge\w+eerden?$")  # ge + stem + eerde: (af)gestudeerde; not arrangeerde
VOWEL_PAIRS = frozenset({"aa", "ee", "oo", "uu", "ie", "oe", "ou", "ei", "ij", "ui", "eu", "au"})
SENTENCE_OPENERS = frozenset(".!?:;\"“”'‘’(—–-")
MODEL_NOUN_TAGS = ("NOUN", "PROPN", "NUM", "SYM")
MODEL_YEAR_FOLLOWER_TAGS = ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "ADV", "PUNCT")


@lru_cache(maxsize=4096)
def number_word(word: str) -> str:
    """text2num's reading of one word: 'twee' -> '2', 'negentiende' -> '19e', other words unchanged."""
    return alpha2digit(word, "nl", threshold=0)


@dataclass(frozen=True)
class Token:
    text: str
    lower: str
    start: int
    end: int


@dataclass(frozen=True)
class Match:
    """A piece of grammar found from a token: where it ends (exclusive) and what it says."""

    end: int
    parts: DateParts
    weak: bool = False  # a bare round year that may be an amount ("tot 2000"); needs a range to stand


class DateScanner:
    """Reads the time expressions of one text; every rule takes a token index and returns a Match or None."""

    def __init__(self, lexicon: DateLexicon, text: str, sentences: list[tuple[int, int]] | None = None,
                 tags: dict[int, tuple[str, str]] | None = None):
        self.lex = lexicon
        self.sets = lexicon.sets
        self.text = text
        self.tokens = [Token(m.group(), m.group().lower(), m.start(), m.end()) for m in TOKEN.finditer(text)]
        self.lows = [t.lower for t in self.tokens]
        self.sentences = sentences or simple_sentences(text)
        self.tags = tags or {}  # start_char -> (POS, Tense) from a trained model, if any
        self.year_context: set[int] = set()  # token indices where a number is read as a year leniently

    def find(self) -> list[tuple[int, int, DateExpression]]:
        """(start_char, end_char, expression) of every time expression, left to right, not overlapping."""
        found, i = [], 0
        while i < len(self.tokens):
            idiom = self.low(i) in self.lex.first_words["idioms"] and next(
                (words for words in self.lex.idioms if self.words_at(i, words)), None)
            if idiom:  # "vandaag de dag"
                i += len(idiom)
                continue
            match = self.mention(i)
            if match is None:
                i += 1
                continue
            start, end, expression = match
            if self.low(end) in self.sets["year_joiners"]:  # "in 2022 en 2023": the second is a year too
                self.year_context.add(end + 1)
            found.append((start, end, expression))
            i = end
        return [(self.tokens[i].start, self.tokens[end - 1].end, self.with_tense(expression, *self.joined(found, n)))
                for n, (i, end, expression) in enumerate(found)]

    def joined(self, found: list[tuple[int, int, DateExpression]], n: int) -> tuple[int, int]:
        """Token bounds of mention n with the mentions joined to it by en/of/a comma: "in de maanden mei
        en juni was het droog" share one clause, so one tense."""
        first = last = n
        while first > 0 and found[first - 1][1] + 1 == found[first][0] and self.low(found[first - 1][1]) in \
                self.sets["year_joiners"]:
            first -= 1
        while last + 1 < len(found) and found[last][1] + 1 == found[last + 1][0] and self.low(found[last][1]) in \
                self.sets["year_joiners"]:
            last += 1
        return found[first][0], found[last][1]

    # -- token helpers

    def low(self, i: int) -> str:
        return self.lows[i] if 0 <= i < len(self.lows) else ""

    def words_at(self, i: int, words: tuple[str, ...]) -> bool:
        return all(self.low(i + k) == w for k, w in enumerate(words))

    def tag(self, i: int) -> tuple[str, str]:
        return self.tags.get(self.tokens[i].start, ("", "")) if 0 <= i < len(self.tokens) else ("", "")

    def sentence_initial(self, i: int) -> bool:
        if i == 0:
            return True
        previous = self.tokens[i - 1]
        return previous.text in SENTENCE_OPENERS or "\n" in self.text[previous.end:self.tokens[i].start]

    def integer(self, i: int) -> int | None:
        token = self.low(i)
        return int(token) if token.isdigit() and len(token) <= 4 else None

    def skip_period(self, i: int) -> int:
        """An abbreviation's period ("mrt.", "jl.") belongs to it."""
        if self.low(i) == "." and self.tokens[i].start == self.tokens[i - 1].end:
            return i + 1
        return i

    @staticmethod
    def in_range(number: int, bounds: list[int]) -> bool:
        return bounds[0] <= number <= bounds[1]

    def connector_at(self, i: int, connectors=None) -> tuple[str, ...] | None:
        return next((w for w in connectors or self.lex.connectors if self.words_at(i, w)), None)

    # -- mentions: relations, ranges and prepositions around a period

    def mention(self, i: int) -> tuple[int, int, DateExpression] | None:
        """(first token, end, expression) of the longest mention at token i, with its leading preposition
        if it has one; "tot X" is X alone (the annotators' convention): the mention starts after "tot"."""
        for words, kind in self.lex.openers if self.low(i) in self.lex.first_words["openers"] else ():
            if self.words_at(i, words):
                found = self.after_opener(i + len(words), words, kind)
                if found:
                    return (i + len(words) if kind == "until" else i, *found)
        intro = self.low(i - 1)
        first = self.point(i, intro)
        if pair := self.decade_pair(first):
            return i, *pair
        ranged = self.range_after(i, first, intro)
        if ranged:
            return (i, *ranged)
        if first is None or first.weak or self.dangling_range(first):
            return None
        return i, first.end, DateExpression(first.parts)

    def after_opener(self, k: int, words: tuple[str, ...], kind: str) -> tuple[int, DateExpression] | None:
        intro = words[-1]
        if kind == "range":  # van X tot Y, tussen X en Y
            connectors = [tuple(w.split()) for w in self.lex["range_openers"][" ".join(words)]]
            return self.range_after(k, self.point(k, intro), intro, connectors)
        first = self.point(k, intro)
        if first is None and kind == "since":
            return self.since_event(k)
        if first is None:
            return self.range_after(k, None, intro) if kind == "in" else None  # op 4 en 5 mei
        if kind == "in" and (pair := self.decade_pair(first)):
            return pair
        if kind in ("from", "in"):  # vanaf maart tot mei, in 2014-2016
            ranged = self.range_after(k, first, intro)
            if ranged:
                return ranged
        if (first.weak and not (kind == "until" and self.year_until(k, first.end))) or self.dangling_range(first):
            return None
        parts = first.parts
        if kind == "in":
            return first.end, DateExpression(parts)
        if parts.direction is None and kind != "until":  # sinds maart: the last one; vanaf maart: ahead
            ahead = "next" if parts.weekday is not None else "future"  # vanaf dinsdag: the next one
            if kind == "from" and self.clause_tense(k, first.end) == "past":
                ahead = "past"  # 'zijn per 1 juli omhooggegaan': the last one
            parts = replace(parts, direction="past" if kind == "since" else ahead)
        relation = {"since": "since", "until": "until"}.get(kind)
        return first.end, DateExpression(parts, relation=relation)

    def decade_pair(self, first: Match | None) -> tuple[int, DateExpression] | None:
        """'de jaren zestig en zeventig', 'de jaren 80 tot 90': two decades, one span."""
        if first is None or first.parts != DateParts(decade=first.parts.decade) or self.low(
                first.end) not in self.sets["coordinators"] | self.sets["until_words"]:
            return None
        j = first.end + 1 + (self.low(first.end + 1) in APOSTROPHES)
        second = self.decade_number(self.low(j))
        if second is None or second <= first.parts.decade:
            return None
        return j + 1, DateExpression(first.parts, DateParts(decade=second))

    def since_event(self, k: int) -> tuple[int, DateExpression] | None:
        """'sinds de inval in februari 2022': an event named between 'sinds' and its date is since that date."""
        for j in range(k, min(k + self.lex["since_event_max_words"], len(self.tokens))):
            if not self.tokens[j].text[0].isalpha():
                return None  # a comma, quote or number of its own ends the phrase
            if j > k and self.low(j) in self.lex["since_event_prepositions"]:
                if not self.tokens[j - 1].text.islower():
                    return None  # 'sinds de Sovjet-Unie in de jaren tachtig (...vocht)': a subject, no event
                first = self.point(j + 1, self.low(j))
                if first is not None and not first.weak and not self.dangling_range(first):
                    parts = replace(first.parts, direction=first.parts.direction or "past")
                    return first.end, DateExpression(parts, relation="since")
        return None

    def year_until(self, k: int, end: int) -> bool:
        """'tot 2000' is a year ('Hij regeerde tot 2000.') unless a number stands before it ('van 500 tot 2000')
        or its clause tells of a quantity growing or shrinking ('Het aantal doden steeg tot 2000.')."""
        opener = k - 1
        while opener > 0 and self.low(opener) not in self.lex.first_words["openers"]:
            opener -= 1  # back to the first word of "tot en met"
        if self.integer(opener - 1) is not None or DECIMAL.fullmatch(self.low(opener - 1)):
            return False
        stems = tuple(self.sets["quantity_change_stems"])
        return not any(t.lower.startswith(stems) for t in self.clause(k, end))

    def range_after(self, k: int, first: Match | None, intro: str,
                    connectors=None) -> tuple[int, DateExpression] | None:
        """X tot Y, X - Y, 3 tot 5 maart, 2014-2016 (one token); X borrows what it leaves to Y."""
        pair = self.token_pair(k, intro)
        if pair:
            return pair
        first = first or self.bare_day(k)
        if first is None:
            return None
        j = first.end
        if first.parts == DateParts(day=first.parts.day):  # "4 en 5 mei", "3, 4 en 5 juni"
            connectors = [*(connectors or self.lex.connectors), *[(w,) for w in self.sets["day_list_joiners"]]]
            while self.low(j) == "," and self.day_number(j + 1) is not None:
                j += 2
        words = self.connector_at(j, connectors)
        if words is None:
            return None
        if first.parts.granularity in ("year", "decade"):  # "tussen 2010 en 2020"
            self.year_context.add(j + len(words))
        last = self.point(j + len(words), intro=words[-1])
        if last is None:
            return None
        a, b = first.parts, last.parts
        if a.day is not None and a.month is None:  # "3 tot 5 maart": the day borrows the month
            if b.month is None or b.day is None:
                return None
            a = replace(a, month=b.month)
        if a.relative and a.offset is None and a.weekday is None and (b.year is not None or b.unit == "year"):
            # "van maart tot mei 2022", "van december tot februari vorig jaar"
            wraps = a.month is not None and b.month is not None and a.month > b.month
            if b.year is not None:
                a = replace(a, year=b.year - wraps)
            else:
                a = replace(a, unit="year", offset=b.offset - wraps)
        return last.end, DateExpression(a, b)

    def dangling_range(self, first: Match) -> bool:
        """'2000 tot 3000 euro': a bare year before a range that failed was an amount; so is the first
        number of a change to a count ('van 1950 naar 2100 soldaten', not 'van 2020 naar 2021 verplaatst')."""
        if first.parts != DateParts(year=first.parts.year):
            return False
        words = self.connector_at(first.end)
        if (words is None and self.low(first.end) in self.sets["change_connectors"]
                and self.low(first.end - 2) in self.sets["of_words"]):  # not: "in 2028 naar 67 jaar"
            after = first.end + 1
            return self.integer(after) is not None and (len(self.low(after)) != 4 or self.count_follows(after + 1))
        return words is not None and self.integer(first.end + len(words)) is not None

    def token_pair(self, k: int, intro: str = "") -> tuple[int, DateExpression] | None:
        """One-token ranges: '2014-2016' (years) and '3-5 maart' (days)."""
        token = self.low(k)
        m = YEAR_PAIR.fullmatch(token)
        if m:
            first = int(m["first"])
            second = int(m["second"]) if len(m["second"]) == 4 else first // 100 * 100 + int(m["second"])
            # "in het seizoen 2015-2016 won Ajax": a pair of years is a range unless a counted noun follows;
            # an older pair after a year word or a preposition too: "het gemiddelde over 1850-1900"
            old = self.in_range(first, self.lex["year_range"]) and (
                intro in self.sets["lenient_year_intros"] or intro in self.sets["year_opening_words"])
            if ((self.in_range(first, self.lex["bare_year_range"]) or old) and first < second <= self.lex["year_range"][1]
                    and (self.year_follower_ok(k + 1, strict=intro not in self.sets["lenient_year_intros"])
                         or self.finite_verb_follows(k + 1))):
                return k + 1, DateExpression(DateParts(year=first), DateParts(year=second))
        m = DAY_PAIR.fullmatch(token)
        month = self.month_at(k + 1, abbreviations=True) if m else None
        if month and 1 <= int(m["first"]) < int(m["second"]) <= 31:
            end, number = month
            spec = self.year_spec(end)
            end, extra = spec if spec else (end, {})
            return end, DateExpression(DateParts(day=int(m["first"]), month=number, **extra),
                                       DateParts(day=int(m["second"]), month=number, **extra))
        return None

    # -- periods

    def point(self, i: int, intro: str = "") -> Match | None:
        """The longest period expression starting at token i; `intro` is the word before it."""
        if i >= len(self.tokens) or intro in self.sets["habitual_words"]:  # "elke zondag"
            return None
        best = None
        for rule in (self.numeric_date, self.day_month, self.month_name, self.season_name, self.ordinal_period,
                     self.quarter_code, self.decade, self.week_number, self.year, self.shifted, self.part_of,
                     self.leading_units,
                     self.weekday, self.deictic_day, self.distance, self.holiday):
            found = rule(i, intro)
            if found and (best is None or found.end > best.end):
                best = found
        return best

    def numeric_date(self, i: int, intro: str) -> Match | None:
        """24/2/2022, 24-02-2022, 24.02.2022, 2022-02-24; not the race time 'in 2.05.36' (h.mm.ss)."""
        for pattern in NUMERIC_DATES:
            m = pattern.fullmatch(self.low(i))
            if m and not self.clock_like(m, intro):
                year = int(m["year"])
                if year < 100:  # 24-02-22 is 2022, 31-10-74 is 1974
                    year += 2000 if year < self.lex["two_digit_year_pivot"] else 1900
                parts = DateParts(year=year, month=int(m["month"]), day=int(m["day"]))
                if 1 <= parts.month <= 12 and 1 <= parts.day <= 31:
                    return Match(i + 1, parts)
        return None

    def clock_like(self, m: re.Match, intro: str) -> bool:
        """Dots and a two-digit last group read as a time: 'in 2.05.36', 'de limiet van 2.09.30', 'met een
        tijd van 12.04.36'. Only '24.02.22' (day and month padded) after no time word stays a date."""
        if m.groupdict().get("sep") != "." or len(m["year"]) == 4:
            return False
        padded = len(m["day"]) == 2 and len(m["month"]) == 2
        return not padded or intro in self.sets["time_intros"]

    def month_at(self, i: int, abbreviations: bool) -> tuple[int, int] | None:
        """(end, month number) of a month name, or of an abbreviation when allowed, at token i."""
        token = self.low(i)
        if token in self.lex.months:
            return i + 1, self.lex.months[token]
        if abbreviations and token in self.lex.month_abbreviations:
            return self.skip_period(i + 1), self.lex.month_abbreviations[token]
        return None

    def year_spec(self, j: int, spanning: bool = False) -> tuple[int, dict] | None:
        """The year after a month or season: 2022, '22, (van) vorig jaar, van dit jaar; with `spanning` also the
        first year of a pair that spans a new year (winter 2022/2023, de jaarwisseling 2023-2024)."""
        k = j + 1 if self.low(j) in self.sets["of_words"] else j
        token = self.low(k)
        if token.isdigit() and len(token) == 4 and self.in_range(int(token), self.lex["year_range"]):
            return k + 1, {"year": int(token)}
        pair = YEAR_PAIR.fullmatch(token) if spanning else None
        if pair and (int(pair["second"]) - int(pair["first"])) % 100 == 1:  # winter 2022/2023
            return k + 1, {"year": int(pair["first"])}
        if token in APOSTROPHES and self.low(k + 1).isdigit() and len(self.low(k + 1)) == 2:
            return k + 2, {"year": 2000 + int(self.low(k + 1))}
        if token in self.sets["articles"] and self.low(k + 1) in self.lex["shifts"]:
            k += 1  # "van het vorige jaar"
        if self.low(k) in self.lex["shifts"] and self.low(k + 1) in self.sets["year_nouns"]:
            return k + 2, {"unit": "year", "offset": self.lex["shifts"][self.low(k)]}
        return None

    def tense_after(self, j: int) -> tuple[int, str | None]:
        """'3 maart jl.' (past), 'dinsdag a.s.' (the next one)."""
        if self.low(j) in self.sets["past_after"]:
            return self.skip_period(j + 1), "past"
        if self.low(j) in self.sets["future_after"]:
            return self.skip_period(j + 1), "next"
        return j, None

    def day_number(self, i: int) -> int | None:
        token = self.low(i)
        m = ORDINAL.fullmatch(token)
        number = int(m["n"]) if m else self.integer(i)
        return number if number is not None and 1 <= number <= 31 else None

    def day_month(self, i: int, intro: str) -> Match | None:
        """3 maart, 3 mrt. 2022, 1 januari van dit jaar, 3 maart jl."""
        day = self.day_number(i)
        month = self.month_at(i + 1, abbreviations=True) if day else None
        if not month or day > calendar.monthrange(2000, month[1])[1]:  # 2000: a leap year
            return None
        end, number = month
        spec = self.year_spec(end)
        if spec:
            return Match(spec[0], DateParts(day=day, month=number, **spec[1]))
        end, direction = self.tense_after(end)
        return Match(end, DateParts(day=day, month=number, direction=direction))

    def bare_day(self, i: int) -> Match | None:
        """The '3' of '3 tot 5 maart'; only the start of a range."""
        day = self.integer(i)
        return Match(i + 1, DateParts(day=day)) if day is not None and 1 <= day <= 31 else None

    def month_name(self, i: int, intro: str) -> Match | None:
        """maart, maart 2022, september van vorig jaar, mrt 2022 (an abbreviation only with a year)."""
        month = self.month_at(i, abbreviations=True)
        if not month:
            return None
        end, number = month
        spec = self.year_spec(end)
        if spec:
            return Match(spec[0], DateParts(month=number, **spec[1]))
        token = self.tokens[i]
        if token.lower not in self.lex.months:
            return None
        if token.text[0].isupper() and self.looks_like_name(i, intro):
            return None
        end, direction = self.tense_after(end)
        return Match(end, DateParts(month=number, direction=direction))

    def looks_like_name(self, i: int, intro: str) -> bool:
        """A capitalised month alone is a name ('Augustus de Wit', 'Mei Li') unless it opens a sentence
        or follows a preposition, and no name-like word follows it."""
        if not self.sentence_initial(i) and not self.is_preposition(intro):
            return True
        following = self.tokens[i + 1].text if i + 1 < len(self.tokens) else ""
        return following[:1].isupper() or following in self.sets["name_particles"]

    def is_preposition(self, word: str) -> bool:
        return any(word == words[-1] for words, _ in self.lex.openers) or word in self.lex["parts"]

    def season_name(self, i: int, intro: str) -> Match | None:
        """de zomer van 2022, zomer 2022, het voorjaar van vorig jaar, (in) de winter."""
        k = i + 1 if self.low(i) in self.sets["articles"] else i
        season = self.lex["seasons"].get(self.low(k))
        if season is None:
            return None
        spec = self.year_spec(k + 1, spanning=True)
        if spec:
            return Match(spec[0], DateParts(season=season, **spec[1]))
        if k > i:  # "(in) de zomer": the nearest one
            return Match(k + 1, DateParts(season=season))
        return None

    def ordinal_at(self, i: int) -> int | None:
        """19e, 19de, negentiende, eerste -> the number."""
        token = self.low(i)
        m = ORDINAL.fullmatch(token) or (ORDINAL.fullmatch(number_word(token)) if token.isalpha() else None)
        return int(m["n"]) if m else None

    def ordinal_period(self, i: int, intro: str) -> Match | None:
        """het eerste kwartaal (van 2023), de 19e eeuw, de tweede helft van 2022, de eerste jaarhelft."""
        k = i + 1 if self.low(i) in self.sets["articles"] else i
        noun = self.low(k + 1)
        half = self.lex["half_nouns"].get(noun)
        if noun in self.sets["week_nouns"]:
            return self.week_of_month(k)
        if noun in self.sets["day_nouns"] or noun in self.lex.weekdays:
            return self.day_of_month(k, noun)
        if noun not in self.sets["quarter_nouns"] and noun not in self.sets["century_nouns"] and not half:
            return None
        number = self.ordinal_at(k)
        if number is None:
            return None
        if noun in self.sets["quarter_nouns"] and 1 <= number <= 4:
            spec = self.year_spec(k + 2)
            end, extra = spec if spec else (k + 2, {})
            return Match(end, DateParts(quarter=number, **extra))
        if noun in self.sets["century_nouns"] and 1 <= number <= 30:
            return Match(k + 2, DateParts(century=(number - 1) * 100))
        if half and number in (1, 2):
            part = ("first_half", "second_half")[number - 1]
            if half == "year":  # de eerste jaarhelft (van 2023)
                spec = self.year_spec(k + 2)  # without a year: the nearest, or the one the tense says
                end, extra = spec if spec else (k + 2, {})
                return Match(end, DateParts(part=part, **extra))
            if self.low(k + 2) in self.sets["of_words"]:  # de eerste helft van maart / 2023 / de jaren 90 / het jaar
                inner = self.point(k + 3, intro=noun) or self.current_period(k + 3)
                if (inner and inner.parts.part is None and not inner.parts.ago
                        and inner.parts.granularity in ("month", "year", "decade", "century")):
                    return Match(inner.end, replace(inner.parts, part=part))
        return None

    def leading_units(self, i: int, intro: str) -> Match | None:
        """de eerste negen maanden van 2025, de laatste twee weken van maart: the first or last N units of a period."""
        k = i + 1 if self.low(i) in self.sets["articles"] else i
        side = self.lex["leading_sides"].get(self.low(k))
        count = self.count_at(k + 1) if side else None
        if count is None:
            return None
        j, value = count
        unit = self.lex["count_units"].get(self.low(j))
        if unit not in ("month", "week", "day") or value != int(value) or value < 2 or \
                self.low(j + 1) not in self.sets["of_words"]:
            return None
        inner = self.point(j + 2, intro=self.low(j + 1))
        if inner is None or inner.parts.part is not None or inner.parts.granularity not in ("year", "month", "quarter"):
            return None
        return Match(inner.end, replace(inner.parts, part=f"lead:{side}:{unit}:{int(value)}"))

    def day_of_month(self, k: int, noun: str) -> Match | None:
        """de laatste dag van oktober, de eerste dag van 2025? (months only), de derde dinsdag van september."""
        last = self.low(k) in self.sets["last_words"]
        number = -1 if last else self.ordinal_at(k)
        if number is None or not (number == -1 or 1 <= number <= 5) or self.low(k + 2) not in self.sets["of_words"]:
            return None
        inner = self.month_name(k + 3, intro=self.low(k + 2))
        if inner is None:
            return None
        if noun in self.sets["day_nouns"]:
            part = "last_day" if last else f"day{number}"
        else:
            part = f"weekday:{self.lex.weekdays[noun]}:{number}"
        return Match(inner.end, replace(inner.parts, part=part))

    def week_of_month(self, k: int) -> Match | None:
        """(de) eerste week van januari: days 1-7; de laatste week van maart: its last seven days."""
        part = self.lex["week_of_month"].get(self.low(k)) or self.lex["week_of_month"].get(str(self.ordinal_at(k)))
        if part is None or self.low(k + 2) not in self.sets["of_words"]:
            return None
        inner = self.month_name(k + 3, intro=self.low(k + 2))
        if inner is None:
            return None
        return Match(inner.end, replace(inner.parts, part=part))

    def quarter_code(self, i: int, intro: str) -> Match | None:
        """Q1, Q3 2023, Q2-2023."""
        m = QUARTER_CODE.fullmatch(self.low(i))
        if not m:
            return None
        if m["year"]:
            return Match(i + 1, DateParts(quarter=int(m["q"]), year=int(m["year"])))
        spec = self.year_spec(i + 1)
        end, extra = spec if spec else (i + 1, {})
        return Match(end, DateParts(quarter=int(m["q"]), **extra))

    def decade(self, i: int, intro: str) -> Match | None:
        """de jaren negentig, jaren '90, de jaren 1980, de tachtiger jaren, ... van de negentiende eeuw."""
        k = i + 1 if self.low(i) in self.sets["articles"] else i
        if self.low(k) in self.sets["decade_nouns"]:
            j = k + 2 if self.low(k + 1) in APOSTROPHES else k + 1
            start, end = self.decade_number(self.low(j)), j + 1
        elif self.low(k).endswith("er") and self.low(k + 1) in self.sets["decade_nouns"]:
            start, end = self.decade_number(self.low(k)[:-2]), k + 2  # tachtiger jaren
        else:
            return None
        if start is None or not self.year_follower_ok(end, strict=False):
            return None
        # "van de negentiende eeuw" names the century; "van de vorige eeuw" is the default (1900s)
        if (self.low(end) in self.sets["of_words"] and self.low(end + 1) in self.sets["articles"]
                and self.low(end + 3) in self.sets["century_nouns"]):
            number = self.ordinal_at(end + 2)
            if number is not None:
                return Match(end + 4, DateParts(decade=(number - 1) * 100 + start % 100))
            if self.low(end + 2) in self.lex["shifts"]:
                return Match(end + 4, DateParts(decade=start))
        return Match(end, DateParts(decade=start))

    @staticmethod
    def decade_number(word: str) -> int | None:
        """'90' / 'negentig' -> 1990, '1980' -> 1980, '2000' -> 2000, '10' -> 2010."""
        digits = word if word.isdigit() else number_word(word) if word.isalpha() else ""
        if not digits.isdigit() or int(digits) % 10:
            return None
        number = int(digits)
        if len(digits) == 4:
            return number
        if len(digits) == 2:
            return 2000 + number if number < 20 else 1900 + number
        return None

    def week_number(self, i: int, intro: str) -> Match | None:
        """(in) week 12, week 12 van 2023."""
        if self.low(i) not in self.sets["week_nouns"]:
            return None
        number = self.integer(i + 1)
        if number is None or not 1 <= number <= 53:
            return None
        spec = self.year_spec(i + 2)
        if spec and "year" in spec[1]:
            return Match(spec[0], DateParts(week=number, **spec[1]))
        if self.is_preposition(intro) and self.year_follower_ok(i + 2, strict=False):
            return Match(i + 2, DateParts(week=number))
        return None

    def year_follower_ok(self, j: int, strict: bool) -> bool:
        """Can the word at j follow a year? A unit or counted noun after it makes the number an amount."""
        if j >= len(self.tokens) or "\n" in self.text[self.tokens[j - 1].end:self.tokens[j].start]:
            return True  # end of text or of a line (a headline "Verkiezingen 2023")
        follower = self.low(j)
        if follower in self.sets["not_year_followers"] or self.tag(j)[0] in MODEL_NOUN_TAGS:
            return False
        if not strict:
            return True
        if follower in self.sets["year_joiners"]:
            # "2014 tot 2016", "in 2014 en 2016" yes; "2000 tot 3000 euro" no: a number after it must be a year
            words = self.connector_at(j) or (follower,)
            after = j + len(words)
            return self.integer(after) is None or (len(self.low(after)) == 4
                                                   and self.in_range(self.integer(after), self.lex["year_range"]))
        if not follower[0].isalnum() or follower in self.sets["year_followers"]:
            return True
        return self.tag(j)[0] in MODEL_YEAR_FOLLOWER_TAGS

    def noun_determiner(self, k: int) -> str | None:
        """The determiner of the noun phrase that ends at token k ('de [grote] oorlog', 'de Olympische Spelen'),
        or None when k is no noun after one (a verb: 'steeg van 1500')."""
        if not (0 <= k < len(self.tokens) and self.tokens[k].text.isalpha()) or self.low(k) in self.sets[
                "noun_determiners"] or self.low(k).startswith(tuple(self.sets["quantity_change_stems"])):
            return None
        for back in range(k - 1, max(-1, k - 4), -1):
            word = self.low(back)
            if word in self.sets["noun_determiners"]:
                return word
            if not word.isalpha() or word in self.sets["clause_boundaries"]:
                return None
        return None

    def count_follows(self, j: int, plural_subject: bool = False) -> bool:
        """A counted noun or a unit after a number makes it an amount: '2000 man', '2000 nieuwe woningen'.
        After a plural subject an -en word is its verb ('De Spelen van 2028 vinden plaats')."""
        if j >= len(self.tokens) or "\n" in self.text[self.tokens[j - 1].end:self.tokens[j].start]:
            return False
        follower, tag = self.low(j), self.tag(j)[0]
        if follower in self.sets["not_year_followers"] or tag in ("NOUN", "NUM", "SYM"):
            return True
        if tag or not (follower.isalpha() and self.tokens[j].text.islower()):
            return False
        verbs = (self.sets["year_followers"] | self.sets["past_markers"] | self.sets["not_count_words"]
                 | self.sets["verbs_like_plurals"])
        if follower in verbs or follower in self.sets["year_joiners"]:
            return False
        nxt = self.low(j + 1)
        if follower.endswith("e") and nxt.endswith(("en", "s")) and nxt.isalpha() and nxt not in verbs:
            return True  # "2015 nieuwe banen": an adjective before a plural noun
        return follower.endswith(("en", "s")) and not plural_subject

    def finite_verb_follows(self, j: int) -> bool:
        """'2015 schoot Poetin ...': a year opening a clause is followed by its verb (Dutch verb-second),
        a count by its noun ('1987 huizen', '1950 nieuwe banen'): counts above one take plural nouns, and
        a year as subject takes a singular verb. Without a tagger: a lowercase word that does not end like
        a plural noun (-en, -s) and is not an adjective before one."""
        if j >= len(self.tokens):
            return False
        word, tag = self.tokens[j].text, self.tag(j)[0]
        if tag:
            return tag in ("VERB", "AUX")
        if not (word.isalpha() and word.islower()) or word in self.sets["not_year_followers"]:
            return False
        if word in self.sets["year_joiners"]:  # "van 1999 naar 2400 euro": year_follower_ok decides
            return False
        if word in self.sets["year_followers"] or word in self.sets["past_markers"]:  # "1914-1918 kostte miljoenen"
            return True
        plural = ("en", "s")
        if word.endswith("e") and self.low(j + 1).endswith(plural) and self.low(j + 1) not in self.sets[
                "not_count_words"]:  # "2015 nieuwe banen": an adjective; not "1967 veranderde alles"
            return False
        return not word.endswith(plural)

    def name_before_year(self, i: int) -> bool:
        """A capitalized word (not opening its sentence, not a month or other date word) right before a year
        makes the year part of a name."""
        before = self.tokens[i - 1]
        if not (before.text[:1].isupper() and before.text[1:].islower() and before.text.isalpha()) or (
                before.lower in self.lex.months or before.lower in self.lex.month_abbreviations
                or before.lower in self.lex.weekdays or before.lower in self.sets["year_name_exceptions"]):
            return False
        k = i - 2  # the sentence goes on before it, past an opening quote: "het plan 'Forward 2027'"
        while k >= 0 and self.tokens[k].text in "'\"‘“(":
            k -= 1
        return k >= 0 and self.tokens[k].text not in ".!?:;" and "\n" not in self.text[
            self.tokens[k].end:self.tokens[i - 1].start]

    def year(self, i: int, intro: str) -> Match | None:
        """A bare year: 'in 2015' (lenient context) or '2015' before a verb or punctuation (strict)."""
        token = self.low(i)
        if not (token.isdigit() and len(token) == 4) or self.low(i - 1) in self.sets["not_year_precursors"]:
            return None
        number = int(token)
        if i > 0 and self.name_before_year(i):
            return None  # "het plan 'Forward 2027'", "Euro 2024", "Agenda 2030": a name
        if intro in self.sets["of_words"] and (determiner := self.noun_determiner(i - 2)):
            # "de oorlog van 1967", "het akkoord van 2015": a year; "een boete van 2000": an amount
            plural_subject = (self.low(i - 2).endswith(("en", "s")) and number % 100  # not: 'van 2000 gezinnen'
                              and self.in_range(number, self.lex["bare_year_range"]))
            if (determiner in self.sets["indefinite_determiners"] or not self.in_range(number, self.lex["year_range"])
                    or self.count_follows(i + 1, plural_subject)):
                return None
            return Match(i + 1, DateParts(year=number))
        lenient = (intro in self.sets["lenient_year_intros"] or intro in self.lex["parts"]
                   or i in self.year_context)
        if not self.in_range(number, self.lex["year_range"] if lenient else self.lex["bare_year_range"]):
            return None
        # "in 1648 geboren" is a year, "in 1500 gemeenten" an amount: round old numbers need a year-like follower
        strict = not lenient or (number < self.lex["bare_year_range"][0] and number % 100 == 0)
        # "2015 schoot Poetin ...", "Over 2023 maakte ASML ...", "het verdrag uit 1992 legde ...": a verb
        # after a year that opens its sentence or follows a preposition
        opens = (self.sentence_initial(i) or intro in self.sets["until_words"]
                 or intro in self.sets["year_opening_words"])
        # "ABN Amro verwacht voor 2025 een groei": after a preposition, a determiner cannot be counted by the number
        determiner = intro in self.sets["year_opening_words"] and self.low(i + 1) in self.sets["year_determiners"]
        if not self.year_follower_ok(i + 1, strict) and not determiner and not (
                not lenient and number % 100 and opens and self.finite_verb_follows(i + 1)):
            return None
        return Match(i + 1, DateParts(year=number), weak=not lenient and number % 100 == 0)

    def shifted(self, i: int, intro: str) -> Match | None:
        """vorige week (dinsdag), deze maand, volgend jaar, afgelopen zomer, vorig najaar, afgelopen zondag."""
        offset = self.lex["shifts"].get(self.low(i))
        if offset is None:
            return None
        noun = self.low(i + 1)
        unit = self.lex["shift_units"].get(noun)
        if unit == "week" and self.low(i + 2) in self.lex.weekdays:
            return Match(i + 3, DateParts(weekday=self.lex.weekdays[self.low(i + 2)], unit="week", offset=offset))
        if unit:
            return Match(i + 2, DateParts(unit=unit, offset=offset))
        if noun in self.lex["seasons"]:
            return Match(i + 2, DateParts(season=self.lex["seasons"][noun], unit="season", offset=offset))
        if noun in self.lex.weekdays:
            direction = {-1: "previous", 0: "future", 1: "next"}[offset]
            return Match(i + 2, DateParts(weekday=self.lex.weekdays[noun], direction=direction))
        return None

    def part_of(self, i: int, intro: str) -> Match | None:
        """begin maart, eind 2022, medio volgend jaar, eind jaren 80, eerder dit jaar, later deze maand."""
        token = self.low(i)
        if token in self.sets["before_after"]:  # "eerder deze maand" is the whole month (annotation convention)
            inner = self.shifted(i + 1, token)
            if inner and inner.parts.offset == 0 and inner.parts.weekday is None and inner.parts.season is None:
                return Match(inner.end, inner.parts)
            return None
        part = self.lex["parts"].get(token)
        if part is None:
            return None
        k = i + 2 if self.low(i + 1) in self.sets["of_words"] else i + 1
        inner = self.point(k, intro=token) or self.current_period(k)
        if inner is None or inner.parts.part is not None or inner.parts.ago or inner.parts.weekday is not None:
            return None
        if inner.parts.granularity in ("day",):
            return None
        return Match(inner.end, replace(inner.parts, part=part))

    def current_period(self, k: int) -> Match | None:
        """'(eind van) het jaar', '(de eerste helft van) het jaar', '(begin van) de maand': the current one.
        Only after a part word; 'het jaar 2015' names its year."""
        unit = self.lex["shift_units"].get(self.low(k + 1))
        if self.low(k) not in self.sets["articles"] or unit is None or self.integer(k + 2) is not None:
            return None
        return Match(k + 2, DateParts(unit=unit, offset=0))

    def weekday(self, i: int, intro: str) -> Match | None:
        """zondag, zondagavond, dinsdag vorige week, vrijdag 3 maart, maandag jl., dinsdag a.s."""
        number = self.lex.weekdays.get(self.low(i))
        if number is None:
            return None
        k = i + 2 if self.low(i + 1) == "," else i + 1
        dated = self.day_month(k, intro) or self.numeric_date(k, intro)
        if dated:
            return dated
        # "maandag 11 en dinsdag 12 maart": the day borrows its month from the end of the range
        words = self.day_number(k) and self.connector_at(
            k + 1, [*self.lex.connectors, *[(w,) for w in self.sets["day_list_joiners"]]])
        last = self.point(k + 1 + len(words), intro=words[-1]) if words else None
        if last and last.parts.day is not None and last.parts.month is not None:
            return Match(k + 1, DateParts(day=self.day_number(k)), weak=True)
        week_shift = self.lex["shifts"].get(self.low(i + 1))
        if week_shift is not None and self.low(i + 2) in self.sets["week_nouns"]:
            return Match(i + 3, DateParts(weekday=number, unit="week", offset=week_shift))
        if intro in self.sets["generic_weekday_determiners"] and self.low(i + 1) not in self.sets["weekday_anchors"]:
            return None  # "het gevaarlijkste tijdstip is de vrijdagavond": any Friday; not "de maandag na de verkiezingen"
        end, direction = self.tense_after(i + 1)
        return Match(end, DateParts(weekday=number, direction=direction))

    def holiday(self, i: int, intro: str) -> Match | None:
        """Kerstmis, (met) kerst 2022, Tweede Paasdag, Koningsdag, Prinsjesdag."""
        if self.low(i) not in self.lex.first_words["holidays"]:
            return None
        for words, name in self.lex.holidays.items():
            if self.words_at(i, words):
                end = i + len(words)
                spec = self.year_spec(end, spanning=True)  # "de jaarwisseling 2023-2024"
                end, extra = spec if spec else (end, {})
                return Match(end, DateParts(holiday=name, **extra))
        return None

    def deictic_day(self, i: int, intro: str) -> Match | None:
        """vandaag, gisteren, eergisteren, morgen (not 'de morgen'), vanavond."""
        token = self.low(i)
        offset = self.lex["days_from_publication"].get(token)
        if offset is None:
            return None
        if token in self.sets["morning_words"] and self.low(i - 1) in self.sets["morning_determiners"]:
            return None
        return Match(i + 1, DateParts(unit="day", offset=offset))

    def count_at(self, i: int) -> tuple[int, float] | None:
        """(end, value) of a count: 2, twee, een, anderhalf, een half."""
        for words, value in self.lex.fractions.items() if self.low(i) in self.lex.first_words["fractions"] else ():
            if self.words_at(i, words):
                return i + len(words), value
        token = self.low(i)
        if DECIMAL.fullmatch(token):  # 2,5 jaar geleden
            return i + 1, float(token.replace(",", "."))
        digits = token if token.isdigit() else number_word(token) if token.isalpha() else ""
        return (i + 1, int(digits)) if digits.isdigit() else None

    def distance(self, i: int, intro: str) -> Match | None:
        """twee jaar geleden, een week terug, over drie maanden, anderhalf jaar geleden; een week later."""
        ahead = self.low(i) in self.sets["ahead_words"]
        if not ahead and self.low(i + 1) not in self.lex["count_units"] and self.low(i + 2) not in self.lex["count_units"]:
            return None  # cheap test before reading number words
        count = self.count_at(i + 1 if ahead else i)
        if count is None:
            return None
        j, value = count
        unit = self.lex["count_units"].get(self.low(j))
        if unit is None or not 0 < value <= 500:
            return None
        after = self.low(j + 1)
        if value != int(value):  # anderhalf jaar -> 18 maanden
            unit, factor = self.lex["fraction_units"][unit]
            value *= factor
        story_sign = self.lex["story_shifts"].get(after)
        if not ahead and story_sign and self.low(j + 2) not in self.sets["comparison_words"]:
            return Match(j + 2, DateParts(unit=unit, offset=story_sign * round(value), ago=True, story=True))
        if ahead and after not in self.sets["ago_words"]:
            if self.spread_over(i, j + 1):
                return None
            end, sign = j + 1, 1
        elif not ahead and after in self.sets["ago_words"]:
            end, sign = j + 2, -1
        else:
            return None
        return Match(end, DateParts(unit=unit, offset=sign * round(value), ago=True))

    def spread_over(self, i: int, end: int) -> bool:
        """'te verdelen over vier jaar', 'over drie jaar tijd': 'over' spans a duration (an amount),
        not 'in N years'."""
        if self.low(end) in self.sets["duration_followers"]:
            return True
        stems = tuple(self.sets["spread_stems"])
        return any(t.lower.startswith(stems) for t in self.clause(i, end))

    # -- tense

    def with_tense(self, expression: DateExpression, i: int, end: int) -> DateExpression:
        """A yearless date or bare weekday takes the direction its clause's tense points to.

        "tot X" looks ahead unless the clause is past: "beloofde tot half januari" is the January before P.
        """
        first = expression.first
        if first.direction is not None or not first.relative or first.offset is not None:
            return expression
        tense = self.clause_tense(i, end)
        modifier = next((self.low(k) for k in range(i - 1, max(0, i - 5), -1)
                         if self.low(k) in self.lex["noun_phrase_directions"] and self.low(k - 1) in self.sets["articles"]),
                        None)
        if modifier is not None and self.low(i) in self.sets["span_prepositions"]:
            tense = self.lex["noun_phrase_directions"][modifier]  # 'de vorige betoging op 14 februari'
        elif self.low(i - 1) in self.sets["deadline_words"] or self.low(i) in self.sets["deadline_words"]:
            tense = "future"  # uiterlijk in december: a deadline lies ahead
        elif self.low(i - 1) in self.sets["ahead_prepositions"] and tense != "past":
            tense = "future"  # kondigen voor maandag een actie aan; not 'was voor maandag al vertrokken'
        if expression.relation == "until" and tense != "past":
            tense = "next" if first.weekday is not None else "future"
        if tense is None:
            return expression
        return replace(expression, first=replace(first, direction=tense))

    def clause_bounds(self, i: int, end: int) -> tuple[int, int]:
        """Token bounds of the clause around tokens i..end: up to the nearest clause boundary or sentence end."""
        char = self.tokens[i].start
        bounds = next(((s, e) for s, e in self.sentences if s <= char < e), (char, self.tokens[end - 1].end))
        boundaries = self.sets["clause_boundaries"]
        left = i
        while left > 0 and self.tokens[left - 1].start >= bounds[0] and self.low(left - 1) not in boundaries:
            left -= 1
        right = end
        while (right < len(self.tokens) and self.tokens[right].start < bounds[1]
               and self.low(right) not in boundaries):
            right += 1
        return left, right

    def clause(self, i: int, end: int) -> list[Token]:
        """The tokens around a mention in its clause, without the mention."""
        left, right = self.clause_bounds(i, end)
        return self.tokens[left:i] + self.tokens[end:right]

    def is_past(self, word: str) -> bool:
        """A past-tense verb form: a listed one or a strong past, with or without a prefix (verbood, herstelde;
        not the nouns of not_past: de uitgaven, de voorsprong), a doubled weak ending after a long vowel or
        a consonant (kaartte, meldde, praatten; not: platte, gladde, de grootte) or -eerde(n) without a
        participle's ge- (reageerde, arrangeerde; not: de geïnteresseerden, de afgestudeerde)."""
        if word in self.sets["past_markers"]:
            return True
        if word in self.sets["not_past"] or word.endswith(tuple(self.sets["not_past_endings"])):
            return False
        listed = self.sets["strong_past"] | self.sets["past_markers"]
        if word in listed or any(word.startswith(p) and word[len(p):] in listed for p in self.sets["past_prefixes"]):
            return True
        if word.endswith(("eerde", "eerden")):  # not a participle as adjective: afgestudeerde, gedupeerden
            return PARTICIPLE_EERDE.search(word) is None
        for ending in ("tte", "dde", "tten", "dden"):
            if word.endswith(ending) and len(word) > len(ending) + 2:
                base = word[: -len(ending)]
                return base[-1] not in VOWELS or base[-2:] in VOWEL_PAIRS
        return False

    def clause_tense(self, i: int, end: int) -> str | None:
        """past | future | None, from marker words (and a model's Tense=Past, when there is one).

        A clause without a tense that opens with a preposition after a comma has no verb of its own
        ("De inflatie daalde naar 44%, van een piek van 75% in mei."): the clause before it decides.
        """
        tense = self.tense_of(self.clause(i, end))
        left, right = self.clause_bounds(i, end)
        if tense is None and left >= 2 and self.low(left - 1) == "," and self.low(left) in self.sets[
                "verbless_openers"]:
            before, _ = self.clause_bounds(left - 2, left - 1)
            tense = self.tense_of(self.tokens[before : left - 1])
        if tense is None and right + 1 < len(self.tokens) and self.low(right) in self.sets["coordinators"]:
            # "Na een sterk eerste kwartaal en een redelijk tweede had Nordchem ... verhoogd": a verbless
            # phrase joined by 'en' shares the verb of what follows
            _, after = self.clause_bounds(right + 1, right + 2)
            tense = self.tense_of(self.tokens[right + 1 : after])
        return tense

    def tense_of(self, tokens: list[Token]) -> str | None:
        """past | future | None for the words of one clause."""
        words = {t.lower for t in tokens}
        past = any(self.is_past(w) for w in words) or any(
            self.tags.get(t.start, ("", ""))[1] == "Past" for t in tokens)
        if not past and words & self.sets["perfect_auxiliaries"]:  # heeft ... gemeld, is ... gekomen
            # "is gepland", "is gesloten": after a form of 'zijn' a participle that names a state is no past
            # after 'heeft' a participle without ge- counts too: "heeft in mei besloten/verkocht/ontvangen"
            have = bool(words & self.sets["have_auxiliaries"])
            prefixes = ("ge", *(p + "ge" for p in self.sets["separable_particles"]),
                        *(self.sets["participle_prefixes"] if have else ()))
            past = any(len(w) > 5 and w.startswith(prefixes) and w.endswith(("d", "t", "en"))
                       and (have or w not in self.sets["state_participles"]) for w in words)
        future = bool(words & self.sets["future_markers"])
        if past == future:
            return None
        return "past" if past else "future"


SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]?\s+|\n+")


def simple_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence bounds for text without a spaCy Doc: split after . ! ? and at line breaks."""
    bounds, start = [], 0
    for m in SENTENCE_END.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


# --------------------------------------------------------------------------------------------
# Pure entry points (no spaCy)


@lru_cache(maxsize=4)
def load_stage(path: str = str(LEXICON_PATH)) -> tuple[DateLexicon, DateResolver]:
    lexicon = DateLexicon.load(Path(path))
    return lexicon, DateResolver(lexicon)


def resolve_date(parts: DateParts | DateExpression, published: str | None,
                 granularity: str | None = None) -> DateValue:
    """Place an expression on the calendar against the publication date (ISO YYYY[-MM[-DD]] or None)."""
    resolver = load_stage()[1]
    anchor = Anchor.parse(published, granularity)
    if isinstance(parts, DateExpression):
        return resolver.resolve_expression(parts, anchor)
    return resolver.resolve(parts, anchor)


def parse_dates(text: str, published: str | None = None, granularity: str | None = None,
                sentences: list[tuple[int, int]] | None = None,
                tags: dict[int, tuple[str, str]] | None = None) -> list[DateMention]:
    """Every time expression in `text`, resolved against `published`."""
    lexicon, resolver = load_stage()
    anchor = Anchor.parse(published, granularity)
    found = DateScanner(lexicon, text, sentences, tags).find()
    return [DateMention(start, end, text[start:end], expression, value)
            for (start, end, expression), value in zip(found, resolver.resolve_mentions(found, anchor, text))]


# --------------------------------------------------------------------------------------------
# spaCy component

if not Span.has_extension("date"):
    Span.set_extension("date", default=None)


@Language.factory("dates", default_config={"lexicon_path": ""})
def make_date_recognizer(nlp: Language, name: str, lexicon_path: str) -> DateRecognizer:
    return DateRecognizer(Path(lexicon_path) if lexicon_path else LEXICON_PATH)


class DateRecognizer:
    """Finds time expressions, resolves them against doc._.published and puts them in doc.spans['dates']."""

    def __init__(self, lexicon_path: Path = LEXICON_PATH):
        self.lexicon, self.resolver = load_stage(str(lexicon_path))

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published if Doc.has_extension("published") else None
        precision = doc._.published_granularity if Doc.has_extension("published_granularity") else None
        anchor = Anchor.parse(published, precision)
        sentences = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else None
        spans = []
        text = doc.text  # Doc.text joins every token anew on each access
        found = DateScanner(self.lexicon, text, sentences, model_tags(doc)).find()
        for (start, end, _), value in zip(found, self.resolver.resolve_mentions(found, anchor, text)):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or (spans and span.start < spans[-1].end):
                continue
            span._.date = value
            spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


def model_tags(doc: Doc) -> dict[int, tuple[str, str]]:
    """start_char -> (POS, Tense) when a trained model tagged the Doc; empty on spacy.blank."""
    if not doc.has_annotation("POS"):
        return {}
    return {t.idx: (t.pos_, ",".join(t.morph.get("Tense"))) for t in doc}


def date_rows(doc: Doc) -> list[dict]:
    """One row of the `dates` table per mention (offsets relative to the Doc)."""
    return [{"start_char": span.start_char, "end_char": span.end_char, "text": span.text, **asdict(span._.date)}
            for span in doc.spans.get(SPANS_KEY, [])]
