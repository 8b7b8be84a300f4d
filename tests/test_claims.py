"""Claims: sources, topics, which amounts are claims, and grouping across articles."""

from __future__ import annotations

import pandas as pd
import pytest
import spacy

from pipeline.claims import (SourceLexicon, TopicLexicon, compatible, group_claims, is_claim, quote_spans,
                             sentence_source)
from pipeline.tables import to_frame

SOURCES = SourceLexicon.load()
TOPICS = TopicLexicon.load()
TOKENIZER = spacy.blank("nl")


def words(text: str) -> list[str]:
    return [t.text for t in TOKENIZER(text) if not t.is_space]


@pytest.mark.parametrize("sentence, source", [
    # volgens X
    ("Volgens Amerikaanse regeringsfunctionarissen heeft Rusland behoefte aan 12.000 soldaten.",
     "Amerikaanse regeringsfunctionarissen"),
    ("Volgens RTL-correspondent Jeroen Akkermans duidt dit op een tekort aan mankracht.", "Jeroen Akkermans"),
    ("De campagne richt zich volgens de Britten ook op de 6 miljoen immigranten in Rusland.", "Britten"),
    ("Volgens de Nepalese ambassade zijn zes Nepalezen gesneuveld.", "Nepalese ambassade"),
    ("Volgens minister Mark van der Linden van Defensie kost het 5 miljoen euro.", "Mark van der Linden"),
    ("Volgens de Amerikaanse regering zijn 300.000 Russen gewond geraakt.", "Amerikaanse regering"),
    ("Volgens het Pentagon zijn er 8000 Noord-Koreaanse soldaten in Koersk.", "Pentagon"),
    # ..., zegt X
    ("Rusland heeft moeite met het rekruteren van nieuwe militairen, zegt Akkermans.", "Akkermans"),
    ("Rusland stuurt 500 soldaten per dag naar het front, zegt defensiedeskundige Peter Wijninga van The Hague "
     "Centre for Strategic Studies.", "Peter Wijninga"),
    ("De Syriërs zouden moeten helpen, meldt de Amerikaanse krant The Wall Street Journal.",
     "The Wall Street Journal"),
    ("Rusland zoekt 'suïcidale mannen', zo meldt de Amerikaanse denktank Institute for the Study of War (ISW).",
     "Institute for the Study of War"),
    ("Het gaat om 2000 dollar per maand, schrijft persbureau Reuters.", "Reuters"),
    # aldus X
    ("Het kost 5000 dollar per rekruut, aldus het ministerie.", "ministerie"),
    ("Dat soort bonussen is zachte dwang, aldus Akkermans.", "Akkermans"),
    # X meldt dat ...
    ("Amerikaanse overheidsbronnen schatten dat al 120.000 Russen om het leven zijn gekomen.",
     "Amerikaanse overheidsbronnen"),
    ("Amerikaanse inlichtingendiensten vermoeden dat er 120 duizend Russen zijn gesneuveld.",
     "Amerikaanse inlichtingendiensten"),
    ("Vorig jaar zei Rusland dat het 30 procent meer legerpersoneel wil aantrekken.", "Rusland"),
    ("Afgelopen zondag meldde het Britse ministerie van Defensie dat Rusland soldaten werft in Kazachstan.",
     "Britse ministerie van Defensie"),
    ("Deze week meldde de Cubaanse overheid dat het een netwerk heeft opgerold.", "Cubaanse overheid"),
    ("De Britten vermoeden dat Poetin geen impopulaire maatregelen wil nemen.", "Britten"),
    ("De overheid zegt al 17 procedures te zijn begonnen.", "overheid"),
    # pronouns are returned as such (the component resolves them to the last named source)
    ("Volgens hem vechten er geen massa's buitenlanders mee.", "hem"),
    # no source
    ("Geïnteresseerden kunnen rekenen op een tekenbonus van 495 duizend roebel.", None),
    ("In Rusland wonen tienduizenden Cubanen.", None),
    ("Rusland betaalt 2000 dollar per maand.", None),
])
def test_sentence_source(sentence, source):
    assert sentence_source(words(sentence), SOURCES) == source


def test_time_words_before_the_subject_are_skipped():
    w = words("De Britse militaire inlichtingendienst meldde zondag dat Rusland 5 soldaten werft.")
    assert sentence_source(w, SOURCES, skip={w.index("zondag")}) == "Britse militaire inlichtingendienst"


@pytest.mark.parametrize("text, quoted", [
    ('"Als honderden soldaten per dag afvallen, is het handig", zegt Akkermans.',
     ['"Als honderden soldaten per dag afvallen, is het handig"']),
    ("Het netwerk ronselde onder 'Cubaanse inwoners in Rusland en in Cuba zelf'. Zo'n 5 van hen.",
     ["'Cubaanse inwoners in Rusland en in Cuba zelf'"]),
    ("Rusland geniet 'Cuba's onvoorwaardelijke steun', zei hij.", ["'Cuba's onvoorwaardelijke steun'"]),
    ("Akkermans: “Zijn populariteit is gedaald.” Daarna niets.", ["“Zijn populariteit is gedaald.”"]),
    ("Zo’n 200 tot 300 dollar per maand.", []),
    ("“Een open citaat zonder einde\nDe volgende alinea.", ["“Een open citaat zonder einde"]),
])
def test_quote_spans(text, quoted):
    assert [text[s:e] for s, e in quote_spans(text, SOURCES)] == quoted


@pytest.mark.parametrize("sentence, amount, topic", [
    ("Amerikaanse overheidsbronnen schatten dat al 120.000 Russen om het leven zijn gekomen.", "120.000", "casualties"),
    ("Daarnaast zouden nog eens zo'n 175.000 mensen gewond zijn geraakt.", "175.000", "casualties"),
    ("Zes Nepalezen die met het Russische leger meevochten sneuvelden aan het front.", "Zes", "casualties"),
    ("Rusland heeft al 300.000 reservisten gemobiliseerd.", "300.000", "mobilization"),
    ("De advertenties lokken met een salaris van zo'n 2000 dollar per maand.", "2000", "pay"),
    ("Geïnteresseerden kunnen rekenen op een tekenbonus van 495 duizend roebel.", "495", "pay"),
    ("Rusland heeft 12.000 Cubaanse soldaten gerekruteerd.", "12.000", "recruitment"),
    ("Het netwerk ronselde 200 Cubanen voor het Russische leger.", "200", "recruitment"),
    ("De campagne richt zich op de 6 miljoen Centraal-Aziatische immigranten in Rusland.", "6", "migration"),
    ("In Rusland wonen tienduizenden Cubanen als inwoners met een verblijfsvergunning.", "tienduizenden", "population"),
    ("De prijs van een liter benzine steeg naar 2 euro.", "2", "prices"),
    ("Het toernooi duurde 3 uur.", "3", "other"),
    # beyond the war
    ("Maandagavond kwamen bij een aanval op een markt zeker 56 mensen om.", "56", "casualties"),
    ("In België werden vorig jaar 39.615 asielaanvragen ingediend.", "39.615", "migration"),
    ("Frontex registreerde ruim 25.000 irreguliere grensoverschrijdingen op deze route.", "25.000", "migration"),
    ("De centrale bank verlaagde de beleidsrente met 250 basispunten.", "250", "economy"),
    ("De uitvoer lag in december 10,7 procent hoger dan een jaar eerder.", "10,7", "economy"),
    ("Hij riskeert tot tien jaar cel.", "tien", "justice"),
    ("Zij krijgen elk een schadevergoeding van 15.000 euro.", "15.000", "justice"),
    ("In De Bilt werd dinsdag 34,6 graden gemeten.", "34,6", "weather"),
    ("In Vlaanderen vielen vorig jaar 303 verkeersdoden.", "303", "casualties"),
    ("In de peiling zakt de partij naar 12 zetels.", "12", "politics"),
    ("Patiënten wachten in Tilburg tot 31 weken op een operatie in het ziekenhuis.", "31", "health"),
    ("De militaire operatie kostte 3 miljard euro.", "3", "prices"),
])
def test_topic(sentence, amount, topic):
    w = words(sentence)
    assert TOPICS.classify(w, w.index(amount)) == topic


@pytest.mark.parametrize("amount, before, expected", [
    ({"value": 2.0, "unit": "count"}, ["tussen", "de"], False),  # 'de twee landen' refers back
    ({"value": 3.0, "unit": "count"}, ["Met", "die"], False),
    ({"value": 2.0, "unit": "count"}, ["Volgens", "hem", "zijn", "er"], True),
    ({"value": 6e6, "unit": "count"}, ["op", "de"], True),  # 'de 6 miljoen immigranten' is a claim
    ({"value": 6.0, "unit": "month"}, ["telkens"], True),
    ({"value": None, "value_low": None, "unit": "day"}, ["meerdere"], False),  # vague, no number
    ({"value": None, "value_low": 170e3, "value_high": 180e3, "unit": "count"}, ["en"], True),
])
def test_is_claim(amount, before, expected):
    assert is_claim(amount, before) is expected


def claim(article, start, value=None, low=None, high=None, unit="count", topic="casualties", counted=None,
          countries="", qualifier="exact", per=None, published="2023-09"):
    return {"article_id": article, "start_char": start, "end_char": start + 5, "value": value,
            "value_low": low, "value_high": high, "unit": unit, "topic": topic, "counted": counted,
            "countries": countries, "countries_context": "", "qualifier": qualifier, "per": per,
            "published": published, "sentence_id": 0, "amount_text": "x", "sentence": "x"}


def test_same_claim_in_two_articles_shares_a_group():
    frames = {"claims": to_frame("claims", [
        claim("001", 10, value=120000.0, counted="Russen", countries="US;RU", published="2023-09"),
        claim("004", 20, value=120000.0, counted="Russen", countries="RU;UA", published="2023-09"),
        claim("001", 40, value=175000.0, counted="mensen", qualifier="approx", countries="UA;RU"),
        claim("004", 50, low=170000.0, high=180000.0, counted=None, countries="RU"),
    ])}
    out = group_claims(frames)
    claims = out["claims"].set_index("claim_id")
    assert claims.loc["001:10-15", "group_id"] == claims.loc["004:20-25", "group_id"]
    assert claims.loc["001:40-45", "group_id"] == claims.loc["004:50-55", "group_id"]
    assert claims.loc["001:10-15", "group_id"] != claims.loc["001:40-45", "group_id"]
    groups = out["claim_groups"].set_index("group_id")
    killed = groups.loc[claims.loc["001:10-15", "group_id"]]
    assert (killed.n_claims, killed.n_articles, killed.value_min, killed.value_max) == (2, 2, 120000.0, 120000.0)
    assert killed.countries == "RU;US;UA" and killed.counted == "Russen" and bool(killed.consistent)
    assert killed.claim_ids == "001:10-15;004:20-25"


@pytest.mark.parametrize("a, b", [
    # same number, different topic
    (claim("1", 0, value=12000.0, topic="casualties"), claim("2", 0, value=12000.0, topic="recruitment")),
    # same topic, different country
    (claim("1", 0, value=12000.0, countries="CU", topic="recruitment"),
     claim("2", 0, value=12000.0, countries="SY", topic="recruitment")),
    # one side names countries, the other none
    (claim("1", 0, value=1.2e9, unit="EUR", topic="prices", countries="NL"),
     claim("2", 0, value=1.2e9, unit="EUR", topic="prices")),
    # different counted nouns
    (claim("1", 0, value=6.0, counted="Nepalezen"), claim("2", 0, value=6.0, counted="Cubanen")),
    # values too far apart, even approximately
    (claim("1", 0, value=100000.0, qualifier="approx"), claim("2", 0, value=150000.0, qualifier="approx")),
    # exact values must agree exactly
    (claim("1", 0, value=120000.0), claim("2", 0, value=121000.0)),
    # different unit or rate
    (claim("1", 0, value=2000.0, unit="USD", per="month", topic="pay"),
     claim("2", 0, value=2000.0, unit="USD", topic="pay")),
    (claim("1", 0, value=2000.0, unit="USD", topic="pay"), claim("2", 0, value=2000.0, unit="EUR", topic="pay")),
    # topic 'other' only groups with the same counted noun
    (claim("1", 0, value=2.0, topic="other"), claim("2", 0, value=2.0, topic="other")),
])
def test_not_the_same_claim(a, b):
    assert not compatible(pd.Series(a), pd.Series(b))
    out = group_claims({"claims": to_frame("claims", [a, b])})
    assert out["claims"].group_id.nunique() == 2


def test_chained_group_is_marked_inconsistent():
    rows = [claim("1", 0, value=100.0, qualifier="approx"), claim("2", 0, value=115.0, qualifier="approx"),
            claim("3", 0, value=132.0, qualifier="approx")]
    out = group_claims({"claims": to_frame("claims", rows)})
    assert out["claims"].group_id.nunique() == 1
    group = out["claim_groups"].iloc[0]
    assert not bool(group.consistent) and group.n_articles == 3
    assert (group.first_published, group.last_published) == ("2023-09", "2023-09")


def test_group_ids_are_stable():
    rows = [claim("1", 0, value=5.0, counted="Nepalezen"), claim("2", 7, value=5.0, counted="Nepalezen")]
    first = group_claims({"claims": to_frame("claims", rows)})["claims"].group_id.tolist()
    again = group_claims({"claims": to_frame("claims", rows[::-1])})["claims"].group_id.tolist()
    assert sorted(first) == sorted(again)


@pytest.mark.parametrize("sentence, source", [
    ("In september beval Poetin een mobilisatie en minister van Defensie Sergei Shoigu zei toen dat Moskou "
     "liefst 300.000 reservisten zou opstellen.", "Sergei Shoigu"),
    ("Het Cubaanse ministerie van Buitenlandse Zaken meldt dat 17 mensen zijn opgepakt.",
     "Cubaanse ministerie van Buitenlandse Zaken"),
    ("Integendeel, het aantal stijgt met 10 procent, zo besluit het ISW.", "ISW"),
])
def test_sentence_source_in_longer_clauses(sentence, source):
    assert sentence_source(words(sentence), SOURCES) == source


ARTICLE = (
    "Rusland ronselt Cubanen\n"
    "Amerikaanse inlichtingendiensten vermoeden dat er 120 duizend Russen zijn gesneuveld in Oekraïne. "
    "\"Als honderden soldaten per dag afvallen, is het handig om de aanvoer op peil te houden\", zegt Akkermans. "
    "\"Met drie keer zoveel manschappen heeft Rusland wat speling.\"\n"
    "Volgens Akkermans is het grimmig. \"Je kunt zomaar worden geronseld voor 2000 dollar per maand\", vertelt hij.\n"
    "De advertenties lokken met een tekenbonus van 495 duizend roebel. In oktober werden 200 Cubanen gerekruteerd.\n"
    "In Rusland wonen, vanwege de banden tussen de twee landen, tienduizenden Cubanen."
)


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import build_pipeline

    return build_pipeline("blank")


@pytest.fixture(scope="module")
def article_claims(nlp):
    from pipeline.claims import claim_rows

    doc = nlp.make_doc(ARTICLE)
    doc._.published, doc._.published_granularity, doc._.title = "2023-09", "month", "Rusland ronselt Cubanen"
    return {row["amount_text"]: row for row in claim_rows(nlp(doc))}


def test_claims_of_an_article(article_claims):
    c = article_claims
    assert "twee" not in c  # 'de twee landen' refers back: not a claim
    killed = c["120 duizend"]
    assert (killed["value"], killed["unit"], killed["topic"]) == (120000.0, "count", "casualties")
    assert killed["source"] == "Amerikaanse inlichtingendiensten"
    assert killed["countries"] == "US;RU;UA" and killed["countries_context"] == ""
    assert (killed["date_start"], killed["date_end"], killed["date_source"]) == ("2023-09-01", "2023-09-30", "article")
    assert killed["published"] == "2023-09" and killed["title"] == "Rusland ronselt Cubanen"
    assert killed["sentence"] == ("Amerikaanse inlichtingendiensten vermoeden dat er 120 duizend Russen zijn "
                                  "gesneuveld in Oekraïne.")


def test_quoted_speech_takes_its_speaker(article_claims):
    assert article_claims["honderden"]["source"] == "Akkermans"  # '"...", zegt Akkermans'
    assert article_claims["honderden"]["per"] == "day"
    assert article_claims["drie keer zoveel"]["source"] == "Akkermans"  # the next quote, same paragraph
    pay = article_claims["2000 dollar"]
    assert pay["source"] == "Akkermans"  # 'vertelt hij': the last named source
    assert (pay["unit"], pay["per"], pay["topic"]) == ("USD", "month", "pay")


def test_countries_from_context_and_dates_from_the_sentence(article_claims):
    bonus = article_claims["495 duizend roebel"]
    assert bonus["countries"] == "" and bonus["countries_context"] == "RU;CU"  # title and previous sentence
    assert bonus["topic"] == "pay" and bonus["source"] is None
    recruited = article_claims["200"]
    assert (recruited["date_text"], recruited["date_source"]) == ("In oktober", "sentence")
    assert recruited["topic"] == "recruitment" and recruited["counted"] == "Cubanen"
    assert article_claims["tienduizenden"]["topic"] == "population"


@pytest.mark.parametrize("sentence, source", [
    ("Het Russische ministerie van Defensie betaalt rekruten volgens eigen zeggen een bonus van 195.000 roebel.",
     "Russische ministerie van Defensie"),
    ("Zuid-Korea schat het totale contingent dat Pyongyang wil sturen op 10.000 à 12.000 man.", "Zuid-Korea"),
    ("Volgens de Belgische onderzoeksjournaliste Lien De Wilde hebben al honderden Afrikanen getekend.",
     "Lien De Wilde"),
    ("Het Centraal Bureau voor de Statistiek (CBS) meldde dat de prijzen 5,7 procent hoger lagen.",
     "Centraal Bureau voor de Statistiek"),
    ("Volgens Peter Wijninga van The Hague Centre for Strategic Studies sneuvelen er 500 per dag.",
     "Peter Wijninga"),
])
def test_sentence_source_names_and_self_reference(sentence, source):
    assert sentence_source(words(sentence), SOURCES) == source


@pytest.mark.parametrize("sentence, source", [
    ("Volgens het Sri Lankaanse ministerie van Defensie zijn tussen de 400 en 600 oud-militairen vertrokken.",
     "Sri Lankaanse ministerie van Defensie"),
    ("Daar zitten volgens de Verenigde Naties ruim 1,4 miljoen Palestijnen opeengepakt.", "Verenigde Naties"),
    ("De uitgaven stijgen volgens de Studiecommissie voor de Vergrijzing naar 12,7 procent.",
     "Studiecommissie voor de Vergrijzing"),
    ("Een andere teruggekeerde Sri Lankaan, de 51-jarige Nimal, zegt dat hij pas na drie maanden betaald werd.",
     "Nimal"),
    ("“Na drie weken training lag ik in een loopgraaf”, vertelt een 42-jarige veteraan die anoniem wil blijven.",
     "42-jarige veteraan"),
    ("Officieel erkent de regering in Kathmandu dat zeker 33 Nepalezen zijn gesneuveld.", "regering"),
    ("Via die hotline meldden zich dit jaar gemiddeld 25 buitenlanders per week.", None),
    ("Volgende week wordt het volgens Weeronline opnieuw rond de 30 graden.", "Weeronline"),
    ("Een slachtoffer noemde het vonnis van 12 jaar een begin.", None),
    ("Van de ondervraagden zegt 71 procent zeker te gaan stemmen.", None),
    ("Van der Linden zegt dat het om 300 man gaat.", "Van der Linden"),
    ("Algemeen directeur Frans Beekman zegt dat de club binnen drie jaar winst maakt.", "Frans Beekman"),
    ("In Boerjatië kwamen volgens de analyse minstens 1.100 mannen om.", "analyse"),
])
def test_sentence_source_modifiers_and_appositions(sentence, source):
    assert sentence_source(words(sentence), SOURCES) == source


def test_everyone_is_no_source():
    w = words("Tien jaar geleden dacht iedereen dat de sancties Rusland zouden breken.")
    assert sentence_source(w, SOURCES, skip={0, 1, 2}) is None  # the dates stage marks 'Tien jaar geleden'


def test_speaker_inside_a_long_quote_is_resolved_at_the_quote(nlp):
    from pipeline.claims import claim_rows

    text = ("Volgens Hartmann houdt Rusland het nog zeker twee jaar vol. \"Tien jaar geleden dacht iedereen dat "
            "de sancties Rusland zouden breken. Maar een op de drie roebels gaat nu naar defensie. Dat houdt geen "
            "economie eeuwig vol\", zei ze.\n"
            "Morozov ziet het ook in zijn data: \"De gemiddelde leeftijd steeg naar 35 jaar.\"")
    rows = {r["amount_text"]: r["source"] for r in claim_rows(nlp(text))}
    assert rows["een op de drie"] == "Hartmann"  # 'zei ze': the last named source before the quote
    assert rows["35 jaar"] == "Morozov"
