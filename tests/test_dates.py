"""Dates: Dutch time expressions and the intervals they mean against a publication date P.

Most tables run the pure `parse_dates` (no spaCy). P is Thursday 14 September 2023 (ISO week 37,
11-17 September) unless a row says otherwise.
"""

from __future__ import annotations

import json
from dataclasses import fields

import pytest

from pipeline.config import PROJ_ROOT
from pipeline.dates import (GRANULARITIES, DateExpression, DateParts, DateRecognizer, DateValue, date_rows, parse_dates,
                            resolve_date)
from pipeline.ingest import read_articles
from pipeline.nlp import build_pipeline
from pipeline.process import make_doc
from pipeline.stages import Stage
from pipeline.tables import MENTION_KEYS, SCHEMAS

P = "2023-09-14"


def only_mention(text: str, published: str | None = P):
    mentions = parse_dates(text, published)
    assert len(mentions) == 1, [m.text for m in mentions]
    return mentions[0]


# (text, mention text or None for the whole text, start, end, granularity); relative=False, resolved=True
ABSOLUTE = [
    ("2015", None, "2015-01-01", "2015-12-31", "year"),
    ("in 2015", None, "2015-01-01", "2015-12-31", "year"),
    ("In 2015 schoot Poetin Assad te hulp.", "In 2015", "2015-01-01", "2015-12-31", "year"),
    ("tieners geboren in 2006 geregistreerd", "in 2006", "2006-01-01", "2006-12-31", "year"),
    ("Hij werd in 1648 geboren.", "in 1648", "1648-01-01", "1648-12-31", "year"),
    ("2015 was een rampjaar.", "2015", "2015-01-01", "2015-12-31", "year"),
    ("maart 2022", None, "2022-03-01", "2022-03-31", "month"),
    ("in mei 2021", None, "2021-05-01", "2021-05-31", "month"),
    ("september 2022", None, "2022-09-01", "2022-09-30", "month"),
    ("sept. 2022", None, "2022-09-01", "2022-09-30", "month"),
    ("mrt 2022", None, "2022-03-01", "2022-03-31", "month"),
    ("3 maart 2022", None, "2022-03-03", "2022-03-03", "day"),
    ("3 mrt. 2022", None, "2022-03-03", "2022-03-03", "day"),
    ("1 jan. 2024", None, "2024-01-01", "2024-01-01", "day"),
    ("1 januari 2024", None, "2024-01-01", "2024-01-01", "day"),
    ("31 december 2023", None, "2023-12-31", "2023-12-31", "day"),
    ("29 februari 2024", None, "2024-02-29", "2024-02-29", "day"),
    ("op 24 februari 2022", None, "2022-02-24", "2022-02-24", "day"),
    ("zondag 3 maart 2024", None, "2024-03-03", "2024-03-03", "day"),
    ("op maandag 2 oktober 2023", None, "2023-10-02", "2023-10-02", "day"),
    ("24/2/2022", None, "2022-02-24", "2022-02-24", "day"),
    ("24-02-2022", None, "2022-02-24", "2022-02-24", "day"),
    ("24.02.2022", None, "2022-02-24", "2022-02-24", "day"),
    ("Op 24.02.22 viel Rusland Oekraïne binnen.", "Op 24.02.22", "2022-02-24", "2022-02-24", "day"),
    ("De termijn liep af op 1.12.2023.", "op 1.12.2023", "2023-12-01", "2023-12-01", "day"),
    ("Op 3/4/22 viel de beslissing.", "Op 3/4/22", "2022-04-03", "2022-04-03", "day"),
    ("2022-02-24", None, "2022-02-24", "2022-02-24", "day"),
    ("begin maart 2022", None, "2022-03-01", "2022-03-10", "month"),
    ("half mei 2022", None, "2022-05-11", "2022-05-20", "month"),
    ("medio mei 2022", None, "2022-05-11", "2022-05-20", "month"),
    ("eind februari 2023", None, "2023-02-21", "2023-02-28", "month"),
    ("eind februari 2024", None, "2024-02-21", "2024-02-29", "month"),
    ("begin 2022", None, "2022-01-01", "2022-04-30", "year"),
    ("medio 2021", None, "2021-05-01", "2021-08-31", "year"),
    ("halverwege 2021", None, "2021-05-01", "2021-08-31", "year"),
    ("eind 2022", None, "2022-09-01", "2022-12-31", "year"),
    ("aan het einde van 2022", "einde van 2022", "2022-09-01", "2022-12-31", "year"),
    ("het begin van 2020", "begin van 2020", "2020-01-01", "2020-04-30", "year"),
    ("de eerste helft van 2023", None, "2023-01-01", "2023-06-30", "year"),
    ("de tweede helft van 2022", None, "2022-07-01", "2022-12-31", "year"),
    ("de eerste helft van maart 2022", None, "2022-03-01", "2022-03-15", "month"),
    ("de tweede helft van de jaren negentig", None, "1995-01-01", "1999-12-31", "decade"),
    ("de jaren negentig", None, "1990-01-01", "1999-12-31", "decade"),
    ("de jaren 90", None, "1990-01-01", "1999-12-31", "decade"),
    ("de jaren '90", None, "1990-01-01", "1999-12-31", "decade"),
    ("de jaren ’80", None, "1980-01-01", "1989-12-31", "decade"),
    ("de jaren 1970", None, "1970-01-01", "1979-12-31", "decade"),
    ("de jaren 2000", None, "2000-01-01", "2009-12-31", "decade"),
    ("de tachtiger jaren", None, "1980-01-01", "1989-12-31", "decade"),
    ("begin jaren 80", None, "1980-01-01", "1982-12-31", "decade"),
    ("eind jaren 80", None, "1987-01-01", "1989-12-31", "decade"),
    ("midden jaren 70", None, "1973-01-01", "1976-12-31", "decade"),
    ("de jaren zestig van de negentiende eeuw", None, "1860-01-01", "1869-12-31", "decade"),
    ("de jaren zestig van de vorige eeuw", None, "1960-01-01", "1969-12-31", "decade"),
    ("de 19e eeuw", None, "1800-01-01", "1899-12-31", "century"),
    ("de 19de eeuw", None, "1800-01-01", "1899-12-31", "century"),
    ("de negentiende eeuw", None, "1800-01-01", "1899-12-31", "century"),
    ("de 21ste eeuw", None, "2000-01-01", "2099-12-31", "century"),
    ("eind 19e eeuw", None, "1870-01-01", "1899-12-31", "century"),
    ("het eerste kwartaal van 2023", None, "2023-01-01", "2023-03-31", "quarter"),
    ("het vierde kwartaal van 2022", None, "2022-10-01", "2022-12-31", "quarter"),
    ("Q3 2023", None, "2023-07-01", "2023-09-30", "quarter"),
    ("Q2-2023", None, "2023-04-01", "2023-06-30", "quarter"),
    ("de zomer van 2022", None, "2022-06-01", "2022-08-31", "season"),
    ("zomer 2022", None, "2022-06-01", "2022-08-31", "season"),
    ("zomer '22", None, "2022-06-01", "2022-08-31", "season"),
    ("de lente van 2020", None, "2020-03-01", "2020-05-31", "season"),
    ("het voorjaar van 2021", None, "2021-03-01", "2021-05-31", "season"),
    ("de herfst van 2019", None, "2019-09-01", "2019-11-30", "season"),
    ("het najaar van 2019", None, "2019-09-01", "2019-11-30", "season"),
    ("de winter van 2022", None, "2022-12-01", "2023-02-28", "season"),
    ("de winter van 2023/2024", None, "2023-12-01", "2024-02-29", "season"),
    ("in de zomer van 2021", None, "2021-06-01", "2021-08-31", "season"),
    ("week 12 van 2023", None, "2023-03-20", "2023-03-26", "week"),
    ("van 2014 tot 2016", None, "2014-01-01", "2016-12-31", "year"),
    ("van 2014 tot en met 2016", None, "2014-01-01", "2016-12-31", "year"),
    ("tussen 2014 en 2016", None, "2014-01-01", "2016-12-31", "year"),
    ("Tussen 2010 en 2020 verdubbelde het aantal.", "Tussen 2010 en 2020", "2010-01-01", "2020-12-31", "year"),
    ("2014-2016", None, "2014-01-01", "2016-12-31", "year"),
    ("2014 - 2016", None, "2014-01-01", "2016-12-31", "year"),
    ("van maart tot mei 2022", None, "2022-03-01", "2022-05-31", "month"),
    ("van december 2021 tot februari 2022", None, "2021-12-01", "2022-02-28", "month"),
    ("van december tot februari 2022", None, "2021-12-01", "2022-02-28", "month"),
    ("van 3 tot 5 maart 2022", None, "2022-03-03", "2022-03-05", "day"),
    ("3-5 maart 2022", None, "2022-03-03", "2022-03-05", "day"),
    ("4 en 5 mei 2022", None, "2022-05-04", "2022-05-05", "day"),
    ("van 1 januari tot en met 31 maart 2024", None, "2024-01-01", "2024-03-31", "day"),
    ("Kerstmis 2022", None, "2022-12-25", "2022-12-25", "day"),
    ("Pasen 2024", None, "2024-03-31", "2024-03-31", "day"),
    ("Tweede Pinksterdag 2023", None, "2023-05-29", "2023-05-29", "day"),
    ("Prinsjesdag 2023", None, "2023-09-19", "2023-09-19", "day"),
    ("vanaf 2025", None, "2025-01-01", "2025-12-31", "year"),
    # a bare year opening a sentence before its (singular) verb; a year pair before a verb or after "seizoen"
    ("2015 schoot Poetin Assad te hulp.", "2015", "2015-01-01", "2015-12-31", "year"),
    ("2022 bracht een ommekeer.", "2022", "2022-01-01", "2022-12-31", "year"),
    ("Hij zei: 2016 werd een rampjaar.", "2016", "2016-01-01", "2016-12-31", "year"),
    ("Het jaar 2015 was een rampjaar.", "2015", "2015-01-01", "2015-12-31", "year"),
    ("In het seizoen 2015-2016 won Ajax.", "2015-2016", "2015-01-01", "2016-12-31", "year"),
    ("De begroting voor de periode 2021-2027 is rond.", "2021-2027", "2021-01-01", "2027-12-31", "year"),
    ("2015-2016 was een moeilijk seizoen.", "2015-2016", "2015-01-01", "2016-12-31", "year"),
    # an older pair of years after a year word or a preposition; a year after a preposition before an article
    ("1,3 graden warmer dan het gemiddelde over 1850-1900.", "1850-1900", "1850-01-01", "1900-12-31", "year"),
    ("In de periode 1850-1900 was het koeler.", "1850-1900", "1850-01-01", "1900-12-31", "year"),
    ("Het klimaat van 1961-1990 dient als maat.", "van 1961-1990", "1961-01-01", "1990-12-31", "year"),
    ("ABN Amro verwacht voor 2025 een groei van 5%.", "2025", "2025-01-01", "2025-12-31", "year"),
    ("De EU wil tegen 2030 de uitstoot halveren.", "2030", "2030-01-01", "2030-12-31", "year"),
    ("Na 2026 het einde van de subsidie.", "2026", "2026-01-01", "2026-12-31", "year"),
    # "tot X" is X's own interval, and the mention is X without "tot" (the annotators' convention)
    ("Hij regeerde tot 2000.", "2000", "2000-01-01", "2000-12-31", "year"),
    ("Tot 2000 was het verboden.", "2000", "2000-01-01", "2000-12-31", "year"),
    ("De wet gold tot en met 2000.", "2000", "2000-01-01", "2000-12-31", "year"),
    ("Tot 2014 hoorde de Krim bij Oekraïne.", "2014", "2014-01-01", "2014-12-31", "year"),
    ("Argentijnse staatsobligaties met looptijd tot 2035 stegen ruim 100%.", "2035", "2035-01-01",
     "2035-12-31", "year"),
    ("Hij tekent een contract tot medio 2029.", "medio 2029", "2029-05-01", "2029-08-31", "year"),
    ("De sancties blijven van kracht tot en met 2026.", "2026", "2026-01-01", "2026-12-31", "year"),
    ("Het verdrag loopt tot eind 2030.", "eind 2030", "2030-09-01", "2030-12-31", "year"),
]


@pytest.mark.parametrize("text, mention, start, end, granularity", ABSOLUTE)
def test_absolute_expressions(text, mention, start, end, granularity):
    assert granularity in GRANULARITIES
    found = only_mention(text)
    assert found.text == (mention or text)
    assert found.value == DateValue(start, end, granularity, relative=False, resolved=True, anchor=None)


# (text, mention text or None, start, end, granularity); relative=True, resolved=True, anchor=P
RELATIVE = [
    ("vandaag", None, "2023-09-14", "2023-09-14", "day"),
    ("gisteren", None, "2023-09-13", "2023-09-13", "day"),
    ("eergisteren", None, "2023-09-12", "2023-09-12", "day"),
    ("morgen", None, "2023-09-15", "2023-09-15", "day"),
    ("overmorgen", None, "2023-09-16", "2023-09-16", "day"),
    ("vanavond", None, "2023-09-14", "2023-09-14", "day"),
    ("gisteravond", None, "2023-09-13", "2023-09-13", "day"),
    ("deze week", None, "2023-09-11", "2023-09-17", "week"),
    ("vorige week", None, "2023-09-04", "2023-09-10", "week"),
    ("afgelopen week", None, "2023-09-04", "2023-09-10", "week"),
    ("volgende week", None, "2023-09-18", "2023-09-24", "week"),
    ("komende week", None, "2023-09-18", "2023-09-24", "week"),
    ("dit weekend", None, "2023-09-16", "2023-09-17", "week"),
    ("afgelopen weekend", None, "2023-09-09", "2023-09-10", "week"),
    ("komend weekend", None, "2023-09-16", "2023-09-17", "week"),
    ("deze maand", None, "2023-09-01", "2023-09-30", "month"),
    ("vorige maand", None, "2023-08-01", "2023-08-31", "month"),
    ("volgende maand", None, "2023-10-01", "2023-10-31", "month"),
    ("dit jaar", None, "2023-01-01", "2023-12-31", "year"),
    ("vorig jaar", None, "2022-01-01", "2022-12-31", "year"),
    ("Vorig jaar", None, "2022-01-01", "2022-12-31", "year"),
    ("afgelopen jaar", None, "2022-01-01", "2022-12-31", "year"),
    ("volgend jaar", None, "2024-01-01", "2024-12-31", "year"),
    ("komend jaar", None, "2024-01-01", "2024-12-31", "year"),
    ("het vorige jaar", "vorige jaar", "2022-01-01", "2022-12-31", "year"),
    ("dit kwartaal", None, "2023-07-01", "2023-09-30", "quarter"),
    ("vorig kwartaal", None, "2023-04-01", "2023-06-30", "quarter"),
    ("volgend kwartaal", None, "2023-10-01", "2023-12-31", "quarter"),
    ("deze eeuw", None, "2000-01-01", "2099-12-31", "century"),
    ("vorige eeuw", None, "1900-01-01", "1999-12-31", "century"),
    ("begin deze eeuw", None, "2000-01-01", "2029-12-31", "century"),
    ("afgelopen zomer", None, "2023-06-01", "2023-08-31", "season"),
    ("deze zomer", None, "2023-06-01", "2023-08-31", "season"),
    ("vorig najaar", None, "2022-09-01", "2022-11-30", "season"),
    ("dit najaar", None, "2023-09-01", "2023-11-30", "season"),
    ("komende winter", None, "2023-12-01", "2024-02-29", "season"),
    ("volgend voorjaar", None, "2024-03-01", "2024-05-31", "season"),
    # eerder/later/begin/eind + this unit: the whole period named (the annotators' convention)
    ("eerder dit jaar", None, "2023-01-01", "2023-12-31", "year"),
    ("later dit jaar", None, "2023-01-01", "2023-12-31", "year"),
    ("eerder deze maand", None, "2023-09-01", "2023-09-30", "month"),
    ("later deze maand", None, "2023-09-01", "2023-09-30", "month"),
    ("eerder deze week", None, "2023-09-11", "2023-09-17", "week"),
    ("later deze week", None, "2023-09-11", "2023-09-17", "week"),
    ("begin deze week", None, "2023-09-11", "2023-09-17", "week"),
    ("eind volgende week", None, "2023-09-18", "2023-09-24", "week"),
    ("begin dit jaar", None, "2023-01-01", "2023-04-30", "year"),
    ("eind vorig jaar", None, "2022-09-01", "2022-12-31", "year"),
    ("medio volgend jaar", None, "2024-05-01", "2024-08-31", "year"),
    ("eind deze maand", None, "2023-09-21", "2023-09-30", "month"),
    ("begin volgende maand", None, "2023-10-01", "2023-10-10", "month"),
    ("in september van vorig jaar", None, "2022-09-01", "2022-09-30", "month"),
    ("september van vorig jaar", None, "2022-09-01", "2022-09-30", "month"),
    ("september vorig jaar", None, "2022-09-01", "2022-09-30", "month"),
    ("in maart van dit jaar", None, "2023-03-01", "2023-03-31", "month"),
    ("begin maart vorig jaar", None, "2022-03-01", "2022-03-10", "month"),
    ("de zomer van vorig jaar", None, "2022-06-01", "2022-08-31", "season"),
    ("het eerste kwartaal van dit jaar", None, "2023-01-01", "2023-03-31", "quarter"),
    ("de eerste helft van vorig jaar", None, "2022-01-01", "2022-06-30", "year"),
    ("zondag", None, "2023-09-10", "2023-09-10", "day"),
    ("donderdag", None, "2023-09-14", "2023-09-14", "day"),
    ("afgelopen zondag", None, "2023-09-10", "2023-09-10", "day"),
    ("zaterdagavond", None, "2023-09-09", "2023-09-09", "day"),
    ("vanaf dinsdag", None, "2023-09-19", "2023-09-19", "day"),
    ("komende dinsdag", None, "2023-09-19", "2023-09-19", "day"),
    ("volgende week dinsdag", None, "2023-09-19", "2023-09-19", "day"),
    ("vorige week dinsdag", None, "2023-09-05", "2023-09-05", "day"),
    ("dinsdag vorige week", None, "2023-09-05", "2023-09-05", "day"),
    ("maandag jl.", None, "2023-09-11", "2023-09-11", "day"),
    ("dinsdag a.s.", None, "2023-09-19", "2023-09-19", "day"),
    ("van maandag tot woensdag", None, "2023-09-11", "2023-09-13", "day"),
    ("een jaar geleden", None, "2022-09-01", "2022-09-30", "year"),
    ("twee jaar geleden", None, "2021-09-01", "2021-09-30", "year"),
    ("tien jaar geleden", None, "2013-09-01", "2013-09-30", "year"),
    ("2 jaar geleden", None, "2021-09-01", "2021-09-30", "year"),
    ("drie maanden geleden", None, "2023-06-01", "2023-06-30", "month"),
    ("twee weken geleden", None, "2023-08-28", "2023-09-03", "week"),
    ("drie dagen geleden", None, "2023-09-11", "2023-09-11", "day"),
    ("een week terug", None, "2023-09-04", "2023-09-10", "week"),
    ("anderhalf jaar geleden", None, "2022-03-01", "2022-03-31", "month"),
    ("een half jaar geleden", None, "2023-03-01", "2023-03-31", "month"),
    ("2,5 jaar geleden", None, "2021-03-01", "2021-03-31", "month"),
    ("over drie weken", None, "2023-10-02", "2023-10-08", "week"),
    ("over een maand", None, "2023-10-01", "2023-10-31", "month"),
    ("over twee jaar", None, "2025-09-01", "2025-09-30", "year"),
    ("sinds 2014", None, "2014-01-01", "2023-09-14", "year"),
    ("Al sinds 2014 bezet Rusland de Krim.", "sinds 2014", "2014-01-01", "2023-09-14", "year"),
    ("sinds maart", None, "2023-03-01", "2023-09-14", "month"),
    ("sinds 1 januari", None, "2023-01-01", "2023-09-14", "day"),
    ("sinds vorig jaar", None, "2022-01-01", "2023-09-14", "year"),
    ("sinds gisteren", None, "2023-09-13", "2023-09-14", "day"),
    ("sinds de jaren negentig", None, "1990-01-01", "2023-09-14", "decade"),
    ("Sinds begin dit jaar", None, "2023-01-01", "2023-09-14", "year"),
    ("tot eind dit jaar", "eind dit jaar", "2023-09-01", "2023-12-31", "year"),
    ("tot volgend jaar", "volgend jaar", "2024-01-01", "2024-12-31", "year"),
    ("t/m 31 december", "31 december", "2023-12-31", "2023-12-31", "day"),
    ("Het loket is tot vrijdag open.", "vrijdag", "2023-09-15", "2023-09-15", "day"),
    ("De korting geldt tot eind deze maand.", "eind deze maand", "2023-09-21", "2023-09-30", "month"),
    ("in oktober", None, "2023-10-01", "2023-10-31", "month"),
    ("in mei", None, "2023-05-01", "2023-05-31", "month"),
    ("in december", None, "2023-12-01", "2023-12-31", "month"),
    ("in januari", None, "2024-01-01", "2024-01-31", "month"),
    ("3 maart", None, "2024-03-03", "2024-03-03", "day"),
    ("1 oktober", None, "2023-10-01", "2023-10-01", "day"),
    ("per 1 oktober", None, "2023-10-01", "2023-10-01", "day"),
    ("begin oktober", None, "2023-10-01", "2023-10-10", "month"),
    ("eind augustus", None, "2023-08-21", "2023-08-31", "month"),
    ("in het voorjaar", None, "2023-03-01", "2023-05-31", "season"),
    ("in de winter", None, "2023-12-01", "2024-02-29", "season"),
    ("in het derde kwartaal", None, "2023-07-01", "2023-09-30", "quarter"),
    ("in week 38", None, "2023-09-18", "2023-09-24", "week"),
    ("van juni tot augustus", None, "2023-06-01", "2023-08-31", "month"),
    ("tussen januari en maart", None, "2024-01-01", "2024-03-31", "month"),
    ("met kerst", "kerst", "2023-12-25", "2023-12-25", "day"),
    ("op Koningsdag", None, "2023-04-27", "2023-04-27", "day"),
    ("op Prinsjesdag", None, "2023-09-19", "2023-09-19", "day"),
]


@pytest.mark.parametrize("text, mention, start, end, granularity", RELATIVE)
def test_relative_expressions(text, mention, start, end, granularity):
    found = only_mention(text)
    assert found.text == (mention or text)
    assert found.value == DateValue(start, end, granularity, relative=True, resolved=True, anchor=P)


# A date without a year takes the year nearest to P, unless the tense says otherwise.
TENSE = [
    ("In december werd bekend dat het bedrijf failliet ging.", P, "2022-12-01", "2022-12-31"),
    ("In december zal het kabinet beslissen.", P, "2023-12-01", "2023-12-31"),
    ("In maart werd de wet aangenomen.", P, "2023-03-01", "2023-03-31"),
    ("In maart gaat de nieuwe wet in.", P, "2024-03-01", "2024-03-31"),
    ("In januari heeft de regering het plan gepresenteerd.", P, "2023-01-01", "2023-01-31"),
    ("Op 3 maart meldde het ministerie dat de troepen vertrokken.", P, "2023-03-03", "2023-03-03"),
    ("Op 3 maart zal de rechter uitspraak doen.", P, "2024-03-03", "2024-03-03"),
    ("Het gebeurde op 3 juni jl. in Rotterdam.", P, "2023-06-03", "2023-06-03"),
    ("Zondag meldde het Britse ministerie dat Rusland soldaten werft.", P, "2023-09-10", "2023-09-10"),
    ("Zondag gaan de Polen naar de stembus.", P, "2023-09-17", "2023-09-17"),
    ("In de winter werd het gas duur.", P, "2022-12-01", "2023-02-28"),
    ("In oktober publiceerden we deze video.", "2023-12", "2023-10-01", "2023-10-31"),
    ("In november werd de campagne gestart.", "2023-03", "2022-11-01", "2022-11-30"),
    ("In augustus werd de campagne gestart.", "2023-03", "2022-08-01", "2022-08-31"),
    ("In augustus zal de campagne starten.", "2023-03", "2023-08-01", "2023-08-31"),
    ("Beloofde Rusland in mei steun?", "2023-09", "2023-05-01", "2023-05-31"),
    ("In juni gebeurde het.", "2023-12", "2023-06-01", "2023-06-30"),  # six months either way: the past
    ("De zomer was heet.", P, "2023-06-01", "2023-08-31"),
    # the tense of the clause that holds the date counts, not the reporting verb's
    ("De krant meldde dat het kabinet op dinsdag 24 oktober besluit.", "2023-10-20", "2023-10-24", "2023-10-24"),
    # "tot X" is X; a yearless X lies ahead of P, unless the clause is past ("beloofde tot half januari")
    ("Volgens het Kiel Institut beloofde Washington tot half januari 73,1 miljard euro.", "2023-02-24",
     "2023-01-11", "2023-01-20"),
    ("Tot maart zijn er 500 doden gevallen.", P, "2023-03-01", "2023-03-31"),
    ("De maatregelen gelden tot half januari.", "2023-02-24", "2024-01-11", "2024-01-20"),
    ("De winkels blijven tot maart dicht.", P, "2024-03-01", "2024-03-31"),
    ("Tot dinsdag kan iedereen reageren.", P, "2023-09-19", "2023-09-19"),
    ("In de nacht van 3 op 4 maart brak brand uit.", P, "2023-03-03", "2023-03-04"),
    # present tense of a scheduled event looks ahead; a reporting verb does not
    ("Het Nederlandse elftal speelt zaterdag tegen België.", P, "2023-09-16", "2023-09-16"),
    ("Het rapport wordt dinsdag gepresenteerd.", P, "2023-09-19", "2023-09-19"),
    ("Dinsdag werd het rapport gepresenteerd.", P, "2023-09-12", "2023-09-12"),
    ("Dat zegt minister Hoekstra dinsdag in een interview.", P, "2023-09-12", "2023-09-12"),
    ("De minister komt dinsdag met een brief.", "2024-06-15", "2024-06-18", "2024-06-18"),
    ("De cijfers komen uit het eerste kwartaal.", "2024-06-15", "2024-01-01", "2024-03-31"),
    ("Dat komt doordat in januari de prijzen stegen.", "2024-06-15", "2024-01-01", "2024-01-31"),
    ("De stemming is gepland op 12 december.", "2024-03-15", "2024-12-12", "2024-12-12"),
    ("Op tweede paasdag is de winkel gesloten.", "2024-03-15", "2024-04-01", "2024-04-01"),
    ("De winkel heeft in februari de deuren gesloten.", "2024-03-15", "2024-02-01", "2024-02-29"),
    ("In de nacht van zaterdag op zondag werd een aanval uitgevoerd.", P, "2023-09-09", "2023-09-10"),
    ("De nacht van zaterdag op zondag gaat de klok een uur terug.", P, "2023-09-16", "2023-09-17"),
    ("Akkermans zei in december dat de oorlog lang zou duren.", "2023-10-20", "2022-12-01", "2022-12-31"),
    # past forms without a list entry: a strong verb after a prefix, a doubled weak ending, -eerde, 'heeft ontvangen'
    ("Kathmandu verbood in januari werkvergunningen voor Rusland.", "2024-09", "2024-01-01", "2024-01-31"),
    ("De regering ontving in juli 300 aanvragen.", "2024-03", "2023-07-01", "2023-07-31"),
    ("Toch kaartte premier Modi de kwestie in juli aan.", "2024-03", "2023-07-01", "2023-07-31"),
    ("De vakbonden praatten in juli urenlang met de minister.", "2024-03", "2023-07-01", "2023-07-31"),
    ("De minister reageerde in juni verrast.", "2024-02", "2023-06-01", "2023-06-30"),
    ("Het ministerie heeft in juli 300 aanvragen ontvangen.", "2024-02-15", "2023-07-01", "2023-07-31"),
    # must not: nouns and adjectives that look like past forms leave the nearest occurrence
    ("De uitgaven in juli stijgen.", "2024-03", "2024-07-01", "2024-07-31"),
    ("De geïnteresseerden kunnen in juli terecht.", "2024-03", "2024-07-01", "2024-07-31"),
    ("Met een voorsprong in juli op de rest.", "2024-03", "2024-07-01", "2024-07-31"),
    ("De platte daken in juli.", "2024-03", "2024-07-01", "2024-07-31"),
    ("De omstreden wet in juli.", "2024-03", "2024-07-01", "2024-07-31"),
    ("De afgestudeerden krijgen in juli hun diploma.", "2024-03", "2024-07-01", "2024-07-31"),
    ("De aandacht voor de bijlagen in juli.", "2024-03", "2024-07-01", "2024-07-31"),
    # a verbless phrase after a comma takes the tense of the clause before it
    ("De Turkse inflatie daalde naar 44,4%, van een piek van 75,5% in mei.", "2025-01-14",
     "2024-05-01", "2024-05-31"),
    ("De werkloosheid steeg naar 4 procent, na een dieptepunt in juni.", "2025-01-14", "2024-06-01", "2024-06-30"),
    ("De koers herstelde zich snel, met een piek in mei.", "2025-01-14", "2024-05-01", "2024-05-31"),
    ("De rente gaat omlaag, met een eerste stap in juni.", "2025-01-14", "2025-06-01", "2025-06-30"),
    ("Hij zei dat de rente in mei daalt.", "2025-01-14", "2025-05-01", "2025-05-31"),
    # in the past tense a period longer than a month is the last one that is mostly over
    ("Het armoedecijfer lag in het eerste halfjaar nog op 52,9%.", "2025-01-14", "2024-01-01", "2024-06-30"),
    ("In het eerste kwartaal groeide de economie met 0,5 procent.", "2025-02-01", "2024-01-01", "2024-03-31"),
    ("In het eerste kwartaal groeide de economie met 0,5 procent.", "2025-04-30", "2025-01-01", "2025-03-31"),
    ("In de tweede jaarhelft zal de rente dalen.", "2025-01-14", "2025-07-01", "2025-12-31"),
    ("In september werd de campagne gestart.", P, "2023-09-01", "2023-09-30"),
    # present tense of travel and appointments looks ahead
    ("Souza vliegt dinsdag naar Lissabon voor de medische keuring.", "2025-04-14", "2025-04-15", "2025-04-15"),
    ("De premier reist maandag naar Brussel.", P, "2023-09-18", "2023-09-18"),
    ("De rechtbank doet vrijdag uitspraak.", P, "2023-09-15", "2023-09-15"),
    ("De koning ontvangt maandag de informateur.", P, "2023-09-18", "2023-09-18"),
    ("Het boek verschijnt zaterdag.", P, "2023-09-16", "2023-09-16"),
    ("De premier reisde maandag naar Brussel.", P, "2023-09-11", "2023-09-11"),
]


@pytest.mark.parametrize("text, published, start, end", TENSE)
def test_tense_picks_the_year(text, published, start, end):
    value = only_mention(text, published).value
    assert (value.date_start, value.date_end, value.resolved) == (start, end, True)


# P with month or year precision: what needs a finer P gets P's period and resolved=false.
PRECISION = [
    ("gisteren", "2023-09", "2023-09-01", "2023-09-30", False),
    ("vandaag", "2023-09", "2023-09-01", "2023-09-30", False),
    ("deze week", "2023-09", "2023-09-01", "2023-09-30", False),
    ("vorige week", "2023-09", "2023-09-01", "2023-09-30", False),
    ("zondag", "2023-09", "2023-09-01", "2023-09-30", False),
    ("afgelopen zondag", "2023-09", "2023-09-01", "2023-09-30", False),
    ("dit weekend", "2023-09", "2023-09-01", "2023-09-30", False),
    ("drie dagen geleden", "2023-09", "2023-09-01", "2023-09-30", False),
    ("vorige maand", "2023-09", "2023-08-01", "2023-08-31", True),
    # "dit najaar" is the autumn of P's year: a year is enough; "deze winter" straddles two years
    ("dit najaar", "2025", "2025-09-01", "2025-11-30", True),
    ("Deze zomer was het droog.", "2025", "2025-06-01", "2025-08-31", True),
    ("dit voorjaar", "2025-11-20", "2025-03-01", "2025-05-31", True),
    ("dit najaar", "2025-07", "2025-09-01", "2025-11-30", True),
    ("deze winter", "2025", "2024-01-01", "2025-12-31", False),
    ("vorig najaar", "2025", "2024-01-01", "2024-12-31", False),
    ("deze maand", "2023-09", "2023-09-01", "2023-09-30", True),
    ("twee maanden geleden", "2023-09", "2023-07-01", "2023-07-31", True),
    ("een jaar geleden", "2023-09", "2022-09-01", "2022-09-30", True),
    ("vorig jaar", "2023-09", "2022-01-01", "2022-12-31", True),
    ("volgend jaar", "2023-12", "2024-01-01", "2024-12-31", True),
    ("in mei", "2023-09", "2023-05-01", "2023-05-31", True),
    ("in oktober", "2023-12", "2023-10-01", "2023-10-31", True),
    ("vorig najaar", "2023-09", "2022-09-01", "2022-11-30", True),
    ("eerder dit jaar", "2023-09", "2023-01-01", "2023-12-31", True),
    ("later dit jaar", "2023-09", "2023-01-01", "2023-12-31", True),
    ("sinds 2014", "2023-09", "2014-01-01", "2023-09-30", True),
    ("september van vorig jaar", "2023-03", "2022-09-01", "2022-09-30", True),
    ("vorig jaar", "2023", "2022-01-01", "2022-12-31", True),
    ("dit jaar", "2023", "2023-01-01", "2023-12-31", True),
    ("in oktober", "2023", "2023-10-01", "2023-10-31", True),
    ("sinds 2014", "2023", "2014-01-01", "2023-12-31", True),
    ("vorige maand", "2023", "2023-01-01", "2023-12-31", False),
    ("gisteren", "2023", "2023-01-01", "2023-12-31", False),
    ("twee jaar geleden", "2023", "2021-01-01", "2021-12-31", False),
    ("gisteren", "2023-09-01", "2023-08-31", "2023-08-31", True),
    ("vorige maand", "2023-01-15", "2022-12-01", "2022-12-31", True),
]


@pytest.mark.parametrize("text, published, start, end, resolved", PRECISION)
def test_precision_of_the_publication_date(text, published, start, end, resolved):
    value = only_mention(text, published).value
    assert (value.date_start, value.date_end, value.resolved, value.anchor) == (start, end, resolved, published)


# Without P absolute expressions are resolved; relative ones get empty dates and resolved=false.
WITHOUT_PUBLICATION_DATE = [
    ("In 2015", "2015-01-01", "2015-12-31", False, True),
    ("de jaren negentig", "1990-01-01", "1999-12-31", False, True),
    ("3 maart 2022", "2022-03-03", "2022-03-03", False, True),
    ("van 2014 tot 2016", "2014-01-01", "2016-12-31", False, True),
    ("vorig jaar", None, None, True, False),
    ("gisteren", None, None, True, False),
    ("in oktober", None, None, True, False),
    ("een jaar geleden", None, None, True, False),
    ("Afgelopen zondag", None, None, True, False),
    ("Deze week", None, None, True, False),
    ("het eerste kwartaal", None, None, True, False),
    ("sinds 2014", "2014-01-01", None, True, False),
]


@pytest.mark.parametrize("text, start, end, relative, resolved", WITHOUT_PUBLICATION_DATE)
def test_without_publication_date(text, start, end, relative, resolved):
    value = only_mention(text, None).value
    assert (value.date_start, value.date_end, value.relative, value.resolved, value.anchor) == (
        start, end, relative, resolved, None)


MUST_NOT = [
    # a difference in time before 'dan'/'met' is a duration (an amount), not a story date
    "De trein kwam twee uur later dan gepland.", "Hij ging drie jaar eerder met pensioen.",
    "Hij wil twee jaar eerder stoppen met werken.",
    "Brussel wil 50 miljard reserveren, te verdelen over vier jaar.",  # 'over' spreading over a duration
    "Het geld wordt uitgesmeerd over drie jaar.",
    "De kosten worden gespreid over vijf jaar.",
    "Het bedrag wordt over vijf jaar verdeeld.",
    "De lening moet over tien jaar worden afgelost.",
    "Over drie jaar tijd verdubbelde de omzet.",
    "Het project was twee jaar later dan gepland klaar.",  # a delay, not a story's date
    "Nu is de situatie anders.",  # vague present words (optional in the gold)
    "Momenteel wachten nog 300 mensen.",
    "Inmiddels zijn er 40 doden.",
    "Op dit moment is het rustig.",
    "Tegenwoordig werkt hij thuis.",
    "De komende weken wordt het spannend.",  # vague plural periods
    "De afgelopen dagen regende het.",
    "1987 huizen werden gesloopt.",  # a count opening a sentence: its noun follows
    "1950 kinderen kregen een prik.",
    "2019 soldaten kwamen om.",
    "2015 euro moest hij betalen.",
    "Er werden 1500-2000 soldaten gestuurd.",
    "Het salaris van 1500-2000 euro is laag.",
    "Er staken 2015 de grens over.",
    # race times (h.mm.ss), not dates
    "De marathon is gewonnen door de Keniaan Amos Kiprotich in 2.05.36.",
    "De Ethiopiër Haile Desta werd derde in 2.06.50.",
    "Daarmee liep hij ruim onder de limiet van 2.09.30 voor het WK.",
    "Ze finishte met een tijd van 12.04.36 als eerste.",
    "De winnares klokte 1.02.15 op de halve marathon.",
    "Het kost 1950-2000 euro.",
    "Dat kan oplopen tot 2000.",  # 'tot 2000' as the level a quantity reaches
    "De boetes lopen van 500 tot 2000.",
    "Het maximum werd verhoogd tot 2000.",
    "Het aantal is beperkt tot 2000.",
    "Er kwamen 2015 nieuwe banen bij.",  # counts before adjectives, units and plural nouns
    "Een tekort van 2015 miljard.",
    "Hij kocht voor 2015 aandelen.",
    "Ongeveer 1950 gram goud werd gestolen.",
    "De 2015 deelnemers kregen een medaille.",
    "Ruim 2015 mensen kwamen.",
    "Hij scoorde in de 89ste minuut.",
    "Het duurde 1000 dagen.",
    "Hij kreeg 3 jaar cel, waarvan 1 jaar voorwaardelijk.",
    "De weg is tot nader order afgesloten.",
    "Tot nu toe zijn er 300 aanvragen.",
    "Tot voor kort was dat anders.",
    "Om 8.00 uur gaan de stembureaus open.",
    "De brand brak rond 03.00 uur uit.",
    "Na drie maanden onderhandelen kwam er een akkoord.",
    "Op 3, 4 en 5 wordt gestemd.",
    "Hij kreeg 3, 4 en 5 punten.",
    "De eerste week was zwaar.",
    "Het loon steeg van 1999 naar 2400 euro.",
    "Mensen met een zwaar beroep kunnen drie jaar eerder stoppen met werken.",  # a difference, not a story date
    "Hij ging twee jaar eerder met pensioen.",
    "een periode van telkens zes maanden",  # durations are amounts
    "Al bijna twee jaar gaat hij zo min mogelijk de straat op.",
    "vijf jaar lang",
    "binnen vijf jaar",
    "al maandenlang",
    "meerdere dagen achter elkaar",
    "de komende jaren",
    "de afgelopen maanden",
    "per maand",
    "voor zo’n 200 tot 300 dollar per maand",
    "2000 dollar",  # numbers that only look like years
    "1500 soldaten",
    "Ze verdient 2000 dollar per maand.",
    "Er vochten 1500 soldaten mee.",
    "Het kost 2000 euro.",
    "Het kost € 2000.",
    "Het aantal doden steeg tot 2000.",
    "Het aantal steeg van 2000 tot 3000.",
    "Er kwamen 2000 en 3000 mensen.",
    "In 1500 gemeenten wordt gestemd.",
    "Nummer 2015 en artikel 1500.",
    "al 120.000 Russen",
    "De 3 mannen kregen 3,5 miljoen.",
    "Om 20.00 uur begint de uitzending.",  # clock times
    "om 15:30 uur",
    "De 75-jarige man",  # ages
    "mensen boven de 70",
    "75-plussers",
    "Hij is 45 jaar oud.",
    "Mensen tussen 18 en 65 jaar.",
    "van 18 tot 65 jaar",
    "het 2000 jaar oude beeld",
    "de volgende morgen",  # 'morgen' as the morning
    "'s morgens vroeg",
    "de volgende dag",  # relative to the story, not to P
    "Augustus de Wit werd burgemeester.",  # month names as names
    "Het plan van Mei Li kreeg steun.",
    "Tijdens de Koude Oorlog",
    "1/5 van de mensen",
    "Elke zondag gaat hij naar de kerk.",  # habitual
    "iedere maandag werkt hij thuis",
    "Vandaag de dag is dat anders.",  # idioms
    "Tot op heden is er niets gebeurd.",
    "2,5 procent",
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_not_a_date(text):
    assert [m.text for m in parse_dates(text, P)] == []


SPANS = [
    ("In 2022 en 2023 stegen de prijzen.", ["In 2022", "2023"]),
    ("In 2014, 2015 en 2016 groeide de economie.", ["In 2014", "2015", "2016"]),
    ("Poetin heeft zich vrijdag kandidaat gesteld voor de presidentsverkiezingen van volgend jaar.",
     ["vrijdag", "volgend jaar"]),
    ("In september van vorig jaar beval president Poetin een mobilisatie.", ["In september van vorig jaar"]),
    ("Op 4 en 5 mei herdenken we de oorlog.", ["Op 4 en 5 mei"]),
    ("Verkiezingen 2023\nDe partij won.", ["2023"]),
    ("Het Kremlin meldde op 3 maart dat de troepen zich terugtrokken.", ["op 3 maart"]),
    ("De inflatie daalde in augustus naar 3 procent, meldde het CBS donderdag.", ["in augustus", "donderdag"]),
    ("Volgens de prognose stijgt het aantal tot 2050 met 20 procent.", ["2050"]),
    ("Het bedrijf maakte in het derde kwartaal 2 miljard euro winst.", ["in het derde kwartaal"]),
]


@pytest.mark.parametrize("text, mentions", SPANS)
def test_mention_spans(text, mentions):
    found = parse_dates(text, P)
    assert [m.text for m in found] == mentions
    assert all(text[m.start:m.end] == m.text for m in found)


# Whole news sentences (live blogs, interviews, court cases, economic quarters, Belgian usage) and every
# mention in them, against Friday 15 March 2024 (ISO week 11: 11-17 March).
P_NEWS = "2024-03-15"
NEWS = [
    ("14.05 uur: Het Russische leger heeft vannacht opnieuw Kyiv aangevallen met drones.",
     [("vannacht", "2024-03-15", "2024-03-15")]),
    ("14.32 uur: Volgens de burgemeester vielen gisteravond drie doden bij een raketaanval op Odesa.",
     [("gisteravond", "2024-03-14", "2024-03-14")]),
    ("Live: de Tweede Kamer debatteert vandaag over de stikstofplannen.",
     [("vandaag", "2024-03-15", "2024-03-15")]),
    ("\"Ik ben in 1998 begonnen als verpleegkundige\", vertelt Jansen. \"Toen was alles anders.\"",
     [("in 1998", "1998-01-01", "1998-12-31")]),
    ("\"Sinds mijn pensioen in 2019 heb ik geen dag stilgezeten\", zegt ze.",
     [("Sinds mijn pensioen in 2019", "2019-01-01", "2024-03-15")]),
    ("\"Vorige week hoorde ik pas dat mijn contract niet wordt verlengd.\"",
     [("Vorige week", "2024-03-04", "2024-03-10")]),
    ("De rechtbank in Den Haag doet op 28 maart uitspraak in de zaak.",
     [("op 28 maart", "2024-03-28", "2024-03-28")]),
    ("Hij werd in 2017 veroordeeld tot zes jaar cel en in hoger beroep in 2019 vrijgesproken.",
     [("in 2017", "2017-01-01", "2017-12-31"), ("in 2019", "2019-01-01", "2019-12-31")]),
    ("Het gerechtshof Amsterdam behandelt de zaak vanaf 2 april.",
     [("vanaf 2 april", "2024-04-02", "2024-04-02")]),
    ("De verdachte zit sinds 12 januari vast.",
     [("sinds 12 januari", "2024-01-12", "2024-03-15")]),
    ("Het Openbaar Ministerie eiste dinsdag twaalf jaar cel tegen de hoofdverdachte.",
     [("dinsdag", "2024-03-12", "2024-03-12")]),
    ("De economie kromp in het vierde kwartaal van 2023 met 0,3 procent.",
     [("in het vierde kwartaal van 2023", "2023-10-01", "2023-12-31")]),
    ("In het derde kwartaal groeide de Belgische economie met 0,4 procent ten opzichte van het tweede kwartaal.",
     [("In het derde kwartaal", "2023-07-01", "2023-09-30"), ("het tweede kwartaal", "2023-04-01", "2023-06-30")]),
    ("Het CBS meldde woensdag dat de werkloosheid in februari 3,6 procent bedroeg.",
     [("woensdag", "2024-03-13", "2024-03-13"), ("in februari", "2024-02-01", "2024-02-29")]),
    ("Over heel 2023 maakte ASML een winst van 7,8 miljard euro.",
     [("2023", "2023-01-01", "2023-12-31")]),
    ("De inflatie kwam in januari uit op 3,1 procent, tegen 2,7 procent in december.",
     [("in januari", "2024-01-01", "2024-01-31"), ("in december", "2023-12-01", "2023-12-31")]),
    ("Eind vorig jaar telde Nederland 17,9 miljoen inwoners.",
     [("Eind vorig jaar", "2023-09-01", "2023-12-31")]),
    ("De Vlaamse regering keurde vorige vrijdag het nieuwe decreet goed.",
     [("vorige vrijdag", "2024-03-08", "2024-03-08")]),
    ("Op 9 juni trekken de Belgen naar de stembus.",
     [("Op 9 juni", "2024-06-09", "2024-06-09")]),
    ("De federale verkiezingen van 9 juni 2024 worden spannend.",
     [("9 juni 2024", "2024-06-09", "2024-06-09")]),
    ("Maandagavond kwam de ministerraad samen.",
     [("Maandagavond", "2024-03-11", "2024-03-11")]),
    ("Zaterdagochtend werd in Brussel betoogd tegen de besparingen.",
     [("Zaterdagochtend", "2024-03-09", "2024-03-09")]),
    ("Afgelopen weekend kwamen duizenden mensen op straat.",
     [("Afgelopen weekend", "2024-03-09", "2024-03-10")]),
    ("Het afgelopen jaar stegen de huurprijzen met 5 procent.",
     [("afgelopen jaar", "2023-01-01", "2023-12-31")]),
    ("Vorige maand werden 1200 asielaanvragen ingediend.",
     [("Vorige maand", "2024-02-01", "2024-02-29")]),
    ("Begin dit jaar kondigde het kabinet nieuwe maatregelen aan.",
     [("Begin dit jaar", "2024-01-01", "2024-04-30")]),
    ("Sinds februari 2022 zijn miljoenen Oekraïners gevlucht.",
     [("Sinds februari 2022", "2022-02-01", "2024-03-15")]),
    ("Tussen 2019 en 2021 verdubbelde het aantal meldingen.",
     [("Tussen 2019 en 2021", "2019-01-01", "2021-12-31")]),
    ("Op 7 oktober viel Hamas Israël binnen.",
     [("Op 7 oktober", "2023-10-07", "2023-10-07")]),
    ("In de jaren tachtig was de werkloosheid hoog.",
     [("In de jaren tachtig", "1980-01-01", "1989-12-31")]),
    ("De 20e eeuw was de eeuw van de wereldoorlogen.",
     [("De 20e eeuw", "1900-01-01", "1999-12-31")]),
    ("Veertien dagen geleden werd de brug gesloten.",
     [("Veertien dagen geleden", "2024-03-01", "2024-03-01")]),
    ("De brug gaat over drie weken weer open.",
     [("over drie weken", "2024-04-01", "2024-04-07")]),
    ("Het kabinet wil de maatregel eind 2025 evalueren.",
     [("eind 2025", "2025-09-01", "2025-12-31")]),
    ("De werkzaamheden duren tot en met 30 juni.",
     [("30 juni", "2024-06-30", "2024-06-30")]),
    ("Het museum is van 1 april tot 31 oktober geopend.",
     [("van 1 april tot 31 oktober", "2024-04-01", "2024-10-31")]),
    ("In de zomer van 2022 brak een hittegolf records.",
     [("In de zomer van 2022", "2022-06-01", "2022-08-31")]),
    ("Dit voorjaar wordt een nieuw plan verwacht.",
     [("Dit voorjaar", "2024-03-01", "2024-05-31")]),
    ("Volgend najaar moet het wetsvoorstel in de Kamer liggen.",
     [("Volgend najaar", "2024-09-01", "2024-11-30")]),
    ("Komende zondag wordt de marathon gelopen.",
     [("Komende zondag", "2024-03-17", "2024-03-17")]),
    ("Minister De Jonge zei donderdag dat de plannen uiterlijk 1 juli klaar moeten zijn.",
     [("donderdag", "2024-03-14", "2024-03-14"), ("1 juli", "2024-07-01", "2024-07-01")]),
    ("De Europese Commissie presenteerde op 12 maart haar voorstel.",
     [("op 12 maart", "2024-03-12", "2024-03-12")]),
    ("Het nieuwe schooljaar begint op 1 september.",
     [("op 1 september", "2024-09-01", "2024-09-01")]),
    ("Het aantal faillissementen steeg in 2023 met 50 procent.",
     [("in 2023", "2023-01-01", "2023-12-31")]),
    ("In 2022 en 2023 daalde de koopkracht.",
     [("In 2022", "2022-01-01", "2022-12-31"), ("2023", "2023-01-01", "2023-12-31")]),
    ("2023 was het warmste jaar ooit gemeten.",
     [("2023", "2023-01-01", "2023-12-31")]),
    ("In het begrotingsjaar 2024-2025 is 3 miljard extra uitgetrokken.",
     [("2024-2025", "2024-01-01", "2025-12-31")]),
    ("Rond de eeuwwisseling woonden er nog 5000 mensen.",
     []),
    ("Midden jaren negentig ontstond de eerste webwinkel.",
     [("Midden jaren negentig", "1993-01-01", "1996-12-31")]),
    ("Sinds de Russische inval op 24 februari 2022 is alles anders.",
     [("Sinds de Russische inval op 24 februari 2022", "2022-02-24", "2024-03-15")]),
    ("Sinds de inval in februari 2022 zijn tienduizenden migranten genaturaliseerd.",
     [("Sinds de inval in februari 2022", "2022-02-01", "2024-03-15")]),
    # a longer phrase between 'sinds' and the date: the date belongs to the event
    ("Het was de 58e ruil sinds het begin van de oorlog in februari 2022.",
     [("in februari 2022", "2022-02-01", "2022-02-28")]),
    ("Sinds de oorlog, in 2022, is alles anders.",
     [("in 2022", "2022-01-01", "2022-12-31")]),
    ("Het conflict duurt inmiddels ruim twee jaar.",
     []),
    ("De staking begon vorige week woensdag en duurt voort.",
     [("vorige week woensdag", "2024-03-06", "2024-03-06")]),
    ("Op tweede paasdag is de winkel gesloten.",
     [("Op tweede paasdag", "2024-04-01", "2024-04-01")]),
    ("Het hof oordeelde in hoger beroep op 14 februari dat de straf te laag was.",
     [("op 14 februari", "2024-02-14", "2024-02-14")]),
    ("De eerste helft van het jaar was voor de horeca moeilijk.",
     [("De eerste helft van het jaar", "2024-01-01", "2024-06-30")]),
    ("Sinds begin deze maand geldt een nieuw tarief.",
     [("Sinds begin deze maand", "2024-03-01", "2024-03-15")]),
    ("Halverwege volgend jaar moet de nieuwe wet ingaan.",
     [("Halverwege volgend jaar", "2025-05-01", "2025-08-31")]),
    ("De verkiezingen zijn op woensdag 22 november 2023 gehouden.",
     [("op woensdag 22 november 2023", "2023-11-22", "2023-11-22")]),
    ("De Nationale Bank verwacht dat de inflatie tegen eind dit jaar daalt tot 2 procent.",
     [("eind dit jaar", "2024-09-01", "2024-12-31")]),
    ("De rente blijft voorlopig tot de zomer op 4 procent.",
     [("de zomer", "2024-06-01", "2024-08-31")]),
    ("Vrijdag 15 maart, 09.12 uur: de Russische presidentsverkiezingen zijn begonnen.",
     [("Vrijdag 15 maart", "2024-03-15", "2024-03-15")]),
    ("Om 8.00 uur gaan de stembureaus open.",
     []),
    ("De brand brak rond 03.00 uur uit.",
     []),
    ("\"We hebben dit jaar al drie keer moeten evacueren\", zegt Petrenko.",
     [("dit jaar", "2024-01-01", "2024-12-31")]),
    ("\"In 2014 ben ik gevlucht, en sindsdien woon ik in Kyiv.\"",
     [("In 2014", "2014-01-01", "2014-12-31")]),
    ("\"Toen ik twintig jaar geleden begon, was er niets\", vertelt ze.",
     [("twintig jaar geleden", "2004-03-01", "2004-03-31")]),
    ("Sinds 1 januari 2024 is de minimumleeftijd verhoogd.",
     [("Sinds 1 januari 2024", "2024-01-01", "2024-03-15")]),
    ("Het kabinet-Rutte IV viel op 7 juli 2023.",
     [("op 7 juli 2023", "2023-07-07", "2023-07-07")]),
    ("De Kamer stemt volgende week dinsdag over de motie.",
     [("volgende week dinsdag", "2024-03-19", "2024-03-19")]),
    ("De rechter bepaalde vorig jaar dat de staat moet betalen.",
     [("vorig jaar", "2023-01-01", "2023-12-31")]),
    ("Het vonnis werd op 3 maart 2021 uitgesproken.",
     [("op 3 maart 2021", "2021-03-03", "2021-03-03")]),
    ("De zaak dient op 18 april voor het gerechtshof in Arnhem.",
     [("op 18 april", "2024-04-18", "2024-04-18")]),
    ("In eerste aanleg kreeg hij in 2020 vier jaar cel.",
     [("in 2020", "2020-01-01", "2020-12-31")]),
    ("In 2023 kwamen er 22 procent meer asielzoekers dan in 2022.",
     [("In 2023", "2023-01-01", "2023-12-31"), ("in 2022", "2022-01-01", "2022-12-31")]),
    ("De omzet steeg in het eerste halfjaar van 2023 met 12 procent.",
     [("in het eerste halfjaar van 2023", "2023-01-01", "2023-06-30")]),
    ("Het begrotingstekort liep in het tweede kwartaal op tot 3 procent.",
     [("in het tweede kwartaal", "2023-04-01", "2023-06-30")]),
    ("Q4 was het beste kwartaal ooit voor het bedrijf.",
     [("Q4", "2023-10-01", "2023-12-31")]),
    ("Het CBS publiceert op 28 maart de cijfers over het vierde kwartaal van 2023.",
     [("op 28 maart", "2024-03-28", "2024-03-28"), ("het vierde kwartaal van 2023", "2023-10-01", "2023-12-31")]),
    ("Deze winter was de zachtste ooit gemeten.",
     [("Deze winter", "2023-12-01", "2024-02-29")]),
    ("De voorbije maanden waren er meerdere aanslagen.",
     []),
    ("Het Belgische parlement keurde op 29 februari de wet goed.",
     [("op 29 februari", "2024-02-29", "2024-02-29")]),
    ("De NMBS-staking van vorige week kostte miljoenen.",
     [("vorige week", "2024-03-04", "2024-03-10")]),
    ("Eind januari werd bekend dat het bedrijf failliet was.",
     [("Eind januari", "2024-01-21", "2024-01-31")]),
    ("Dinsdagavond laat landde het toestel in Zaventem.",
     [("Dinsdagavond", "2024-03-12", "2024-03-12")]),
    ("In de nacht van dinsdag op woensdag werden drie mannen opgepakt.",
     [("In de nacht van dinsdag op woensdag", "2024-03-12", "2024-03-13")]),
    ("Tussen 1940 en 1945 werd Nederland bezet.",
     [("Tussen 1940 en 1945", "1940-01-01", "1945-12-31")]),
    ("De Tweede Wereldoorlog eindigde in 1945.",
     [("in 1945", "1945-01-01", "1945-12-31")]),
    ("In de 17e eeuw was Amsterdam de rijkste stad ter wereld.",
     [("In de 17e eeuw", "1600-01-01", "1699-12-31")]),
    ("Het verdrag geldt sinds 1 januari.",
     [("sinds 1 januari", "2024-01-01", "2024-03-15")]),
    ("De regels gelden vanaf 1 juli 2024.",
     [("vanaf 1 juli 2024", "2024-07-01", "2024-07-01")]),
    ("Tot eind april kunnen inwoners bezwaar maken.",
     [("eind april", "2024-04-21", "2024-04-30")]),
    ("Van maandag tot en met vrijdag is de weg afgesloten.",
     [("Van maandag tot en met vrijdag", "2024-03-11", "2024-03-15")]),
    ("Na drie maanden onderhandelen kwam er een akkoord.",
     []),
    ("Drie maanden na de aanslag is de stad nog steeds in rouw.",
     []),
    ("Het kost 2030 euro.",
     []),
    ("Hij liep de marathon in 2 uur en 3 minuten.",
     []),
    ("Sinds eind vorig jaar zijn de prijzen gedaald.",
     [("Sinds eind vorig jaar", "2023-09-01", "2024-03-15")]),
    ("Gisteren, op de dag dat de oorlog twee jaar duurde, sprak Zelensky de natie toe.",
     [("Gisteren", "2024-03-14", "2024-03-14")]),
    ("Het congres vindt plaats van 3 tot 5 april in Gent.",
     [("van 3 tot 5 april", "2024-04-03", "2024-04-05")]),
    ("De inflatie zakte in februari naar 2,7 procent, van 3,1 procent een maand eerder.",
     [("in februari", "2024-02-01", "2024-02-29"), ("een maand eerder", "2024-01-01", "2024-01-31")]),
    ("In het weekend van 23 en 24 maart is de A2 dicht.",
     [("van 23 en 24 maart", "2024-03-23", "2024-03-24")]),
    ("Vorig weekend vielen er twee doden.",
     [("Vorig weekend", "2024-03-09", "2024-03-10")]),
    ("Met oud en nieuw werden drie agenten aangevallen.",
     [("oud en nieuw", "2023-12-31", "2023-12-31")]),
    ("Op oudejaarsavond ging het mis.",
     [("Op oudejaarsavond", "2023-12-31", "2023-12-31")]),
    ("In de loop van de jaren zeventig veranderde dat.",
     [("de jaren zeventig", "1970-01-01", "1979-12-31")]),
    ("In 2024/2025 moet de bouw beginnen.",
     [("In 2024/2025", "2024-01-01", "2025-12-31")]),
    ("Hij was van 2010 tot 2017 burgemeester van Gent.",
     [("van 2010 tot 2017", "2010-01-01", "2017-12-31")]),
    ("Het WK van 2026 wordt in Amerika gespeeld.",
     [("2026", "2026-01-01", "2026-12-31")]),
    ("Ruim een jaar geleden begon de oorlog.",
     [("een jaar geleden", "2023-03-01", "2023-03-31")]),
    ("Bijna twee jaar geleden viel Rusland Oekraïne binnen.",
     [("twee jaar geleden", "2022-03-01", "2022-03-31")]),
    ("Sinds 2015 en opnieuw sinds 2018 is de situatie verslechterd.",
     [("Sinds 2015", "2015-01-01", "2024-03-15"), ("sinds 2018", "2018-01-01", "2024-03-15")]),
    ("De stemming vindt plaats op woensdag 20 maart.",
     [("op woensdag 20 maart", "2024-03-20", "2024-03-20")]),
    ("Het kabinet maakte woensdag 13 maart bekend dat het stopt.",
     [("woensdag 13 maart", "2024-03-13", "2024-03-13")]),
    ("De Raad van State adviseerde op 13-03-2024 negatief.",
     [("op 13-03-2024", "2024-03-13", "2024-03-13")]),
    ("Nog deze week komt de minister met een brief.",
     [("deze week", "2024-03-11", "2024-03-17")]),
    ("Uiterlijk 1 mei moet het rapport er liggen.",
     [("1 mei", "2024-05-01", "2024-05-01")]),
    ("Vanaf volgend jaar gaat de huurprijs omhoog.",
     [("Vanaf volgend jaar", "2025-01-01", "2025-12-31")]),
    ("Op Valentijnsdag werd het record gebroken.",
     [("Op Valentijnsdag", "2024-02-14", "2024-02-14")]),
    ("In het najaar van 2023 werden de verkiezingen gehouden.",
     [("In het najaar van 2023", "2023-09-01", "2023-11-30")]),
    ("In januari van dit jaar werden de eerste rapporten gepubliceerd.",
     [("In januari van dit jaar", "2024-01-01", "2024-01-31")]),
    ("Het aantal werklozen bereikte in 2009 een hoogtepunt.",
     [("in 2009", "2009-01-01", "2009-12-31")]),
    ("De oorlog van 1914-1918 kostte miljoenen levens.",
     [("van 1914-1918", "1914-01-01", "1918-12-31")]),
    ("Het Verdrag van Maastricht uit 1992 legde de basis.",
     [("1992", "1992-01-01", "1992-12-31")]),
    ("Ze is geboren op 12 mei 1985 in Utrecht.",
     [("op 12 mei 1985", "1985-05-12", "1985-05-12")]),
    ("In 1985 geboren Nederlanders kregen een brief.",
     [("In 1985", "1985-01-01", "1985-12-31")]),
    ("In mei vorig jaar trad de wet in werking.",
     [("In mei vorig jaar", "2023-05-01", "2023-05-31")]),
    ("De zomer van 2023 was de natste ooit.",
     [("De zomer van 2023", "2023-06-01", "2023-08-31")]),
    ("Sinds vorige zomer zijn de prijzen gestegen.",
     [("Sinds vorige zomer", "2023-06-01", "2024-03-15")]),
    ("Tot de jaren zestig was dat normaal.",
     [("de jaren zestig", "1960-01-01", "1969-12-31")]),
    ("Van oktober tot en met december daalden de prijzen.",
     [("Van oktober tot en met december", "2023-10-01", "2023-12-31")]),
    ("Rusland viel op 24 februari 2022 Oekraïne binnen.",
     [("op 24 februari 2022", "2022-02-24", "2022-02-24")]),
    ("Rond 2015 kwamen de eerste vluchtelingen.",
     [("2015", "2015-01-01", "2015-12-31")]),
    ("Uit 2016 stamt het eerste rapport.",
     [("2016", "2016-01-01", "2016-12-31")]),
    ("Voor 2030 moet alles klaar zijn.",
     [("2030", "2030-01-01", "2030-12-31")]),
    ("Tijdens de jaarwisseling 2023-2024 ging het mis.",
     [("jaarwisseling 2023-2024", "2023-12-31", "2023-12-31")]),
    ("Op tweede paasdag is de winkel gesloten.",
     [("Op tweede paasdag", "2024-04-01", "2024-04-01")]),
    ("De stemming is gepland op 12 december.",
     [("op 12 december", "2024-12-12", "2024-12-12")]),
    ("De Vlaamse regering keurde afgelopen vrijdag het decreet goed.",
     [("afgelopen vrijdag", "2024-03-08", "2024-03-08")]),
    ("Aan het einde van het jaar moet het plan klaar zijn.",
     [("einde van het jaar", "2024-09-01", "2024-12-31")]),
    ("Halverwege het jaar kwam de omslag.",
     [("Halverwege het jaar", "2024-05-01", "2024-08-31")]),
    ("Begin van de maand werd het tarief verhoogd.",
     [("Begin van de maand", "2024-03-01", "2024-03-10")]),
    # lists of days share their month, lists of dates share their clause's tense
    ("Op 3, 4 en 5 juni wordt gestemd.", [("Op 3, 4 en 5 juni", "2024-06-03", "2024-06-05")]),
    ("Op maandag 11 en dinsdag 12 maart werd gestaakt.",
     [("Op maandag 11 en dinsdag 12 maart", "2024-03-11", "2024-03-12")]),
    ("Van maandag 11 tot en met vrijdag 15 maart is de weg dicht.",
     [("Van maandag 11 tot en met vrijdag 15 maart", "2024-03-11", "2024-03-15")]),
    ("Maandag 3 en 4 maart gingen de scholen dicht.", [("Maandag 3 en 4 maart", "2024-03-03", "2024-03-04")]),
    ("In de maanden mei en juni was het droog.",
     [("mei", "2023-05-01", "2023-05-31"), ("juni", "2023-06-01", "2023-06-30")]),
    ("In juli en augustus is het museum dicht.",
     [("In juli", "2024-07-01", "2024-07-31"), ("augustus", "2024-08-01", "2024-08-31")]),
    # weeks of a month
    ("In de eerste week van januari was het koud.", [("In de eerste week van januari", "2024-01-01", "2024-01-07")]),
    ("De laatste week van februari 2024 was zacht.",
     [("De laatste week van februari 2024", "2024-02-23", "2024-02-29")]),
    ("In de tweede week van april gaan de scholen dicht.",
     [("In de tweede week van april", "2024-04-08", "2024-04-14")]),
    ("Sinds 2014 is de Krim bezet. Een jaar later volgden sancties.",
     [("Sinds 2014", "2014-01-01", "2024-03-15"), ("Een jaar later", "2015-01-01", "2015-12-31")]),
    ("Over vijf jaar is de gemiddelde temperatuur twee graden hoger.",
     [("Over vijf jaar", "2029-03-01", "2029-03-31")]),
    ("Van 2015 naar 2016 steeg het aantal.",
     [("2015", "2015-01-01", "2015-12-31"), ("2016", "2016-01-01", "2016-12-31")]),
]


# Belgian and Dutch economy, pensions, energy, war budgets, sports and court cases, with amounts beside the
# dates (the amounts tests hold the same sentences)
MIXED_NEWS = [
    ("De Belgische staatsschuld liep in 2023 op tot 105 procent van het bbp.",
     [("in 2023", "2023-01-01", "2023-12-31")]),
    ("De AOW stijgt op 1 januari met 3,7 procent.",
     [("op 1 januari", "2024-01-01", "2024-01-01")]),
    ("De energierekening van een gemiddeld huishouden verdubbelde in 2022 tot ruim 3600 euro per jaar.",
     [("in 2022", "2022-01-01", "2022-12-31")]),
    ("De gasprijs was in augustus 2022 tien keer zo hoog als een jaar eerder.",
     [("in augustus 2022", "2022-08-01", "2022-08-31"), ("een jaar eerder", "2021-08-01", "2021-08-31")]),
    ("Rusland trekt volgend jaar 10,8 biljoen roebel uit voor defensie, bijna 70 procent meer dan in 2023.",
     [("volgend jaar", "2025-01-01", "2025-12-31"), ("in 2023", "2023-01-01", "2023-12-31")]),
    ("België gaf in 2023 slechts 1,13 procent van het bbp uit aan defensie.",
     [("in 2023", "2023-01-01", "2023-12-31")]),
    ("Nederland koopt voor 1,2 miljard euro aan nieuwe F-35's, twee keer de prijs van vijf jaar geleden.",
     [("vijf jaar geleden", "2019-03-01", "2019-03-31")]),
    ("Ajax betaalde in 2022 zo'n 20 miljoen euro voor de Braziliaan.",
     [("in 2022", "2022-01-01", "2022-12-31")]),
    ("De zaak loopt al sinds 2019 en kan nog zeker een à twee jaar duren.",
     [("sinds 2019", "2019-01-01", "2024-03-15")]),
    ("Na de crisis van 2008 duurde het herstel bijna tien jaar.",
     [("2008", "2008-01-01", "2008-12-31")]),
    ("In België betaalde men in de jaren negentig gemiddeld 30.000 frank huur per maand.",
     [("in de jaren negentig", "1990-01-01", "1999-12-31")]),
    ("Het minimumloon stijgt per 1 januari naar 13,27 euro per uur.",
     [("per 1 januari", "2025-01-01", "2025-01-01")]),
    ("Sinds de invoering van de euro in 2002 zijn de prijzen met bijna 60 procent gestegen.",
     [("in 2002", "2002-01-01", "2002-12-31")]),
    ("De pensioenleeftijd gaat in 2028 naar 67 jaar en drie maanden.",
     [("in 2028", "2028-01-01", "2028-12-31")]),
    ("De inflatie in België kwam in maart uit op 3,2 procent, tegen 4,1 procent een maand eerder.",
     [("in maart", "2024-03-01", "2024-03-31"), ("een maand eerder", "2024-02-01", "2024-02-29")]),
    ("De rente staat nu op 4 procent, het hoogste niveau sinds 2001.",
     [("sinds 2001", "2001-01-01", "2024-03-15")]),
    ("Na het akkoord van 2015 beloofden de landen de opwarming te beperken tot 1,5 graad.",
     [("2015", "2015-01-01", "2015-12-31")]),
    ("Twee dagen later kwam het bericht dat de man was overleden.",
     [("Twee dagen later", None, None)]),
    ("De verdachte werd in 2021 al eens veroordeeld tot een taakstraf van 240 uur.",
     [("in 2021", "2021-01-01", "2021-12-31")]),
    ("Vier jaar eerder had Evenepoel de wereldtitel al gewonnen.",
     [("Vier jaar eerder", None, None)]),
    ("De schade van de overstromingen van juli 2021 in Wallonië bedraagt ruim 2 miljard euro.",
     [("juli 2021", "2021-07-01", "2021-07-31")]),
    ("Het verdrag van 1992 legde de basis voor de euro.",
     [("1992", "1992-01-01", "1992-12-31")]),
    ("De Spelen van 2024 in Parijs kostten bijna 9 miljard euro.",
     [("2024", "2024-01-01", "2024-12-31")]),
    ("Volgens het Planbureau kost de vergrijzing tegen 2070 jaarlijks 4,2 procent van het bbp extra.",
     [("2070", "2070-01-01", "2070-12-31")]),
    ("In 2001 kostte een liter benzine in België zo'n 40 frank.",
     [("In 2001", "2001-01-01", "2001-12-31")]),
    ("Sinds de Russische inval in februari 2022 heeft Nederland voor ruim 3 miljard euro aan wapens geleverd.",
     [("Sinds de Russische inval in februari 2022", "2022-02-01", "2024-03-15")]),
    ("De gemiddelde huurprijs steeg vorig jaar met 5,4 procent tot 1.148 euro per maand.",
     [("vorig jaar", "2023-01-01", "2023-12-31")]),
    ("Tussen 2015 en 2020 verdubbelde het aantal asielaanvragen tot bijna 50.000.",
     [("Tussen 2015 en 2020", "2015-01-01", "2020-12-31")]),
    ("De Rijksbegroting voor 2024 telt een tekort van 17 miljard euro.",
     [("2024", "2024-01-01", "2024-12-31")]),
    ("De Belgische index sprong in januari 2023 met 11 procent.",
     [("in januari 2023", "2023-01-01", "2023-01-31")]),
    ("Het Nederlandse leger telt ruim 40.000 militairen, de helft van het aantal in 1990.",
     [("in 1990", "1990-01-01", "1990-12-31")]),
    ("Het aantal faillissementen was in maart 40 procent hoger dan een jaar eerder.",
     [("in maart", "2024-03-01", "2024-03-31"), ("een jaar eerder", "2023-03-01", "2023-03-31")]),
    ("Vanaf 2025 mogen nieuwe woningen niet meer op gas worden aangesloten.",
     [("Vanaf 2025", "2025-01-01", "2025-12-31")]),
    ("Het pensioenakkoord van 2019 moet in 2027 volledig zijn ingevoerd.",
     [("2019", "2019-01-01", "2019-12-31"), ("in 2027", "2027-01-01", "2027-12-31")]),
    ("Rusland gaf in 2023 ongeveer 109 miljard dollar uit aan defensie, tegen 86 miljard een jaar eerder.",
     [("in 2023", "2023-01-01", "2023-12-31"), ("een jaar eerder", "2022-01-01", "2022-12-31")]),
    ("De Zweedse kroon verloor dit jaar 8 procent van haar waarde.",
     [("dit jaar", "2024-01-01", "2024-12-31")]),
    ("Na de oorlog van 1940-1945 werd de gulden opnieuw ingevoerd.",
     [("van 1940-1945", "1940-01-01", "1945-12-31")]),
    ("De stemming in de Kamer is op 1 of 2 mei, daarna volgt een debat van twee of drie dagen.",
     [("op 1 of 2 mei", "2024-05-01", "2024-05-02")]),
]


@pytest.mark.parametrize("text, expected", NEWS + MIXED_NEWS)
def test_news_sentences(text, expected):
    found = parse_dates(text, P_NEWS)
    assert [(m.text, m.value.date_start, m.value.date_end) for m in found] == expected


# A number after 'van' and a noun with a definite determiner is a year ("de oorlog van 1967"); a counted
# noun, a unit, an indefinite determiner or a change to a count makes it an amount (the amounts stage's).
YEAR_AFTER_NOUN = [
    ("Na de piek van 2022 daalden de prijzen.", [("2022", "2022-01-01", "2022-12-31")]),
    ("De oorlog van 1967 veranderde alles.", [("1967", "1967-01-01", "1967-12-31")]),
    ("Sinds de verkiezingen van 2021 is er veel veranderd.", [("2021", "2021-01-01", "2021-12-31")]),
    ("Het akkoord van 2015 is niet gehaald.", [("2015", "2015-01-01", "2015-12-31")]),
    ("De crisis van 2008 kostte miljarden.", [("2008", "2008-01-01", "2008-12-31")]),
    ("De crisis van 2008 raakte miljoenen mensen.", [("2008", "2008-01-01", "2008-12-31")]),
    ("De oorlog van 1967 tussen Israël en zijn buren duurde zes dagen.", [("1967", "1967-01-01", "1967-12-31")]),
    ("De vrede van 1648 maakte een einde aan de oorlog.", [("1648", "1648-01-01", "1648-12-31")]),
    ("De Olympische Spelen van 2028 vinden plaats in Los Angeles.", [("2028", "2028-01-01", "2028-12-31")]),
    ("De grote overstroming van 1953 trof Zeeland.", [("1953", "1953-01-01", "1953-12-31")]),
    ("De begroting van 2024 telt een tekort.", [("2024", "2024-01-01", "2024-12-31")]),
    ("De watersnood van 1953 kostte 1836 levens.", [("1953", "1953-01-01", "1953-12-31")]),
    ("De oorlog van 1914 tot 1918 kostte miljoenen levens.", [("van 1914 tot 1918", "1914-01-01", "1918-12-31")]),
    ("Het toernooi werd van 2020 naar 2021 verplaatst.",
     [("2020", "2020-01-01", "2020-12-31"), ("2021", "2021-01-01", "2021-12-31")]),
    # must not: amounts
    ("Er was een stijging van 2022 euro.", []), ("Het leger groeide van 1500 naar 2000 soldaten.", []),
    ("Het leger groeide van 1950 naar 2100 soldaten.", []), ("Een boete van 2000 is fors.", []),
    ("Het leger van 2000 man trok zich terug.", []), ("Er is een tekort van 2000 agenten.", []),
    ("De schade aan 1500 huizen is groot.", []), ("De lonen van 1500 werknemers stegen.", []),
    ("De families van 1998 slachtoffers eisen excuses.", []), ("Het aantal steeg van 1500 tot 2000.", []),
    ("Het leger van 2000 soldaten trok zich terug.", []), ("De huizen van 2000 gezinnen liepen onder water.", []),
]


@pytest.mark.parametrize("text, expected", YEAR_AFTER_NOUN)
def test_a_year_after_a_noun_and_van(text, expected):
    found = parse_dates(text, P)
    assert [(m.text, m.value.date_start, m.value.date_end) for m in found] == expected
    assert all(m.value.granularity == "year" and not m.value.relative and m.value.resolved for m in found)


# "een week later", "een jaar eerder": counted from the previous date of the paragraph, not from P;
# unresolved when there is none ("vandaag" is P, not a date of the story).
STORY = [
    ("Op 3 maart 2022 werd hij gearresteerd. Een week later kwam hij vrij.",
     [("Op 3 maart 2022", "2022-03-03", "2022-03-03"), ("Een week later", "2022-03-10", "2022-03-10")]),
    ("In het eerste kwartaal van 2023 kregen schuldhulpverleners 15 procent meer aanvragen dan in dezelfde periode "
     "een jaar eerder.", [("In het eerste kwartaal van 2023", "2023-01-01", "2023-03-31"),
                          ("een jaar eerder", "2022-01-01", "2022-03-31")]),
    ("De prijzen lagen in juni 5,7 procent hoger dan een jaar eerder.",
     [("in juni", "2023-06-01", "2023-06-30"), ("een jaar eerder", "2022-06-01", "2022-06-30")]),
    ("In 2016 stemden de Britten voor de brexit. Vier jaar later stapte het land uit de EU.",
     [("In 2016", "2016-01-01", "2016-12-31"), ("Vier jaar later", "2020-01-01", "2020-12-31")]),
    ("In 2019 trouwde ze; drie jaar daarna scheidde ze.",
     [("In 2019", "2019-01-01", "2019-12-31"), ("drie jaar daarna", "2022-01-01", "2022-12-31")]),
    ("Eind februari 2024 viel de stad. Twee maanden later volgde de volgende.",
     [("Eind februari 2024", "2024-02-21", "2024-02-29"), ("Twee maanden later", "2024-04-21", "2024-04-30")]),
    ("Een week later werd hij opgepakt.", [("Een week later", None, None)]),
    ("Vandaag meldde de politie de inval. Twee dagen later volgt de uitspraak.",
     [("Vandaag", "2023-09-14", "2023-09-14"), ("Twee dagen later", None, None)]),
    ("In 2019 trouwde ze.\nDrie jaar later scheidde ze.", [("In 2019", "2019-01-01", "2019-12-31"),
                                                          ("Drie jaar later", None, None)]),
    # the dates stage owns "N dagen/weken/maanden/jaar later" (the amounts stage leaves it): a story date
    ("Pas twee dagen later kwam er een brief.", [("twee dagen later", None, None)]),
    ("Op 3 maart 2022 viel het leger aan. Pas twee dagen later kwam er een brief.",
     [("Op 3 maart 2022", "2022-03-03", "2022-03-03"), ("twee dagen later", "2022-03-05", "2022-03-05")]),
    ("In mei 2023 kondigde hij zijn vertrek aan. Een maand later was hij weg.",
     [("In mei 2023", "2023-05-01", "2023-05-31"), ("Een maand later", "2023-06-01", "2023-06-30")]),
]


@pytest.mark.parametrize("text, expected", STORY)
def test_dates_counted_from_the_story(text, expected):
    found = parse_dates(text, P)
    assert [(m.text, m.value.date_start, m.value.date_end) for m in found] == expected
    assert found[-1].value.resolved == (expected[-1][1] is not None)


# A whole article (published Tuesday 16 January 2024): every mention, in order.
ARTICLE = (
    "Rusland werft duizenden buitenlanders voor oorlog in Oekraïne\n"
    "Rusland heeft sinds het begin van de oorlog in februari 2022 naar schatting 15.000 Nepalezen "
    "gerekruteerd. Dat meldde het Nepalese ministerie van Buitenlandse Zaken dinsdag. Vorig jaar kwamen "
    "minstens 200 van hen om het leven.\n"
    "De mannen krijgen een tekenbonus van 200.000 roebel en een maandsalaris van zo'n 2000 dollar. \"Ik "
    "ben in oktober 2023 vertrokken\", zegt Ram (32). \"Twee weken later stond ik al aan het front.\"\n"
    "Sinds 1 december mogen Nepalezen niet meer naar Rusland reizen voor werk. De regering in Kathmandu "
    "kondigde dat eind vorig jaar aan, nadat in de zomer van 2023 tientallen doden waren gevallen.\n"
    "In 2024 verwacht het Kremlin nog eens 50.000 buitenlanders te werven. Poetin tekende in september "
    "een decreet dat buitenlanders na een jaar dienst een Russisch paspoort geeft. Het decreet geldt tot "
    "eind 2025.\n"
    "De Verenigde Naties riepen Rusland vorige maand op de rekrutering te stoppen. Volgens Human Rights "
    "Watch zijn sinds 2022 meer dan 1000 buitenlanders gesneuveld. 2023 was het dodelijkste jaar.\n"
    "Over twee weken praat de Veiligheidsraad opnieuw over de zaak. Tot die tijd blijft de grens dicht.\n"
)
ARTICLE_DATES = [
    ("in februari 2022", "2022-02-01", "2022-02-28"), ("dinsdag", "2024-01-16", "2024-01-16"),
    ("Vorig jaar", "2023-01-01", "2023-12-31"), ("in oktober 2023", "2023-10-01", "2023-10-31"),
    ("Twee weken later", None, None),  # two weeks after a month: no interval says which weeks
    ("Sinds 1 december", "2023-12-01", "2024-01-16"), ("eind vorig jaar", "2023-09-01", "2023-12-31"),
    ("in de zomer van 2023", "2023-06-01", "2023-08-31"), ("In 2024", "2024-01-01", "2024-12-31"),
    ("in september", "2023-09-01", "2023-09-30"), ("eind 2025", "2025-09-01", "2025-12-31"),
    ("vorige maand", "2023-12-01", "2023-12-31"), ("sinds 2022", "2022-01-01", "2024-01-16"),
    ("2023", "2023-01-01", "2023-12-31"), ("Over twee weken", "2024-01-29", "2024-02-04"),
]


def test_a_whole_article():
    found = parse_dates(ARTICLE, "2024-01-16")
    assert [(m.text, m.value.date_start, m.value.date_end) for m in found] == ARTICLE_DATES


# The resolver alone: parts in, interval out.
RESOLVER = [
    (DateParts(unit="year", offset=-1), "2023-09", ("2022-01-01", "2022-12-31", "year", True, True)),
    (DateParts(month=9, unit="year", offset=-1), "2023-03", ("2022-09-01", "2022-09-30", "month", True, True)),
    (DateParts(weekday=6), P, ("2023-09-10", "2023-09-10", "day", True, True)),
    (DateParts(weekday=1, direction="next"), P, ("2023-09-19", "2023-09-19", "day", True, True)),
    (DateParts(decade=1980, part="eind"), None, ("1987-01-01", "1989-12-31", "decade", False, True)),
    (DateParts(season="winter", year=2023), None, ("2023-12-01", "2024-02-29", "season", False, True)),
    (DateParts(unit="day", offset=-1), "2023-09", ("2023-09-01", "2023-09-30", "day", True, False)),
    (DateParts(unit="year", offset=-2, ago=True), P, ("2021-09-01", "2021-09-30", "year", True, True)),
    (DateParts(month=2, day=30, year=2023), None, (None, None, "day", False, False)),
    (DateExpression(DateParts(year=2014), relation="since"), P, ("2014-01-01", P, "year", True, True)),
    (DateExpression(DateParts(year=2014), DateParts(year=2016)), P, ("2014-01-01", "2016-12-31", "year", False, True)),
]


@pytest.mark.parametrize("parts, published, expected", RESOLVER)
def test_resolve_date(parts, published, expected):
    value = resolve_date(parts, published)
    assert (value.date_start, value.date_end, value.granularity, value.relative, value.resolved) == expected


# --- the spaCy component


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline("blank", stages=(Stage("dates", "dates", "pipeline.dates", "date_rows"),))


def test_value_fields_are_the_table_columns():
    assert [f.name for f in fields(DateValue)] == [c for c in SCHEMAS["dates"] if c not in MENTION_KEYS]


def test_component_spans_and_rows(nlp):
    doc = nlp.make_doc("Vorig jaar zei Rusland dat. In oktober publiceerden we deze video, zondag niet.")
    doc._.published, doc._.published_granularity = "2023-12", "month"
    doc = nlp(doc)
    spans = doc.spans["dates"]
    assert [s.text for s in spans] == ["Vorig jaar", "In oktober", "zondag"]
    assert spans[0]._.date == DateValue("2022-01-01", "2022-12-31", "year", True, True, "2023-12")
    rows = date_rows(doc)
    assert set(rows[0]) == set(SCHEMAS["dates"]) - {"article_id", "sentence_id"}
    assert rows[1] == {"start_char": 28, "end_char": 38, "text": "In oktober", "date_start": "2023-10-01",
                       "date_end": "2023-10-31", "granularity": "month", "relative": True, "resolved": True,
                       "anchor": "2023-12"}
    assert (rows[2]["date_start"], rows[2]["date_end"], rows[2]["resolved"]) == ("2023-12-01", "2023-12-31", False)


def test_component_alone_on_a_bare_doc(nlp):
    doc = DateRecognizer()(nlp.make_doc("Sinds 2014 en tot eind dit jaar."))
    assert [(s.text, s._.date.date_start, s._.date.date_end, s._.date.resolved) for s in doc.spans["dates"]] == [
        ("Sinds 2014", "2014-01-01", None, False), ("eind dit jaar", None, None, False)]


def gold_dates():
    gold = PROJ_ROOT / "data" / "gold" / "seeds.jsonl"
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["kind"] == "date" and not r["optional"]]


@pytest.fixture(scope="module")
def seed_rows(nlp):
    """Date rows of the seed articles, offsets in the article files."""
    rows = {}
    for article in read_articles(PROJ_ROOT / "data" / "raw", 1_000_000):
        doc = nlp(make_doc(nlp, article))
        rows[article.article_id] = (article.text, [dict(r, start_char=r["start_char"] + article.body_start,
                                                        end_char=r["end_char"] + article.body_start)
                                                   for r in date_rows(doc)])
    return rows


@pytest.mark.parametrize("gold", gold_dates(), ids=lambda g: f"{g['article'][:3]}-{g['text']}")
def test_seed_gold_dates(seed_rows, gold):
    text, rows = seed_rows[gold["article"]]
    start = -1
    for _ in range(gold["occurrence"]):
        start = text.find(gold["text"], start + 1)
    end = start + len(gold["text"])
    found = [r for r in rows if r["start_char"] < end and start < r["end_char"]]
    assert len(found) == 1
    assert (found[0]["date_start"], found[0]["date_end"]) == (gold["start"], gold["end"])
    assert found[0]["relative"] == gold["relative"]


# the clause's verbs point a bare weekday or a 'per'/'vanaf' date ahead or back (P: Monday 9 February 2026)
TENSE_POINTS = [  # P: Monday 9 February 2026
    ("Donderdag praten ze verder in Istanbul.", [("Donderdag", "2026-02-12", "2026-02-12")]),
    ("Woensdagnacht kan het in het oosten vriezen.", [("Woensdagnacht", "2026-02-11", "2026-02-11")]),
    ("Maandag moet de Kamer beslissen.", [("Maandag", "2026-02-09", "2026-02-09")]),
    ("Zondag kon hij niet komen.", [("Zondag", "2026-02-08", "2026-02-08")]),
    ("De huren zijn per 1 juli met gemiddeld 5,8 procent omhooggegaan.", [("per 1 juli", "2025-07-01", "2025-07-01")]),
    ("Vanaf maart stijgen de huren.", [("Vanaf maart", "2026-03-01", "2026-03-31")]),
    ("Het aantal asielaanvragen is sinds januari opgelopen.", [("sinds januari", "2026-01-01", "2026-02-09")]),
    ("Het kabinet wil het aantal verkeersdoden tegen 2030 halveren.", [("2030", "2030-01-01", "2030-12-31")]),
    ("Dertien regio's sloten 2024 af met een tekort.", [("2024", "2024-01-01", "2024-12-31")]),
    ("De energieprijzen zijn sinds de piek van 2022 fors gedaald.", [("2022", "2022-01-01", "2022-12-31")]),
    ("Ze moeten hun wachtlijsten uiterlijk in december verkleinen.", [("in december", "2026-12-01", "2026-12-31")]),
    ("De vakbonden kondigen voor woensdag een eerste actie aan.", [("woensdag", "2026-02-11", "2026-02-11")]),
    # a verbless phrase joined by 'en' takes the tense of what follows
    ("Na een sterk eerste kwartaal en een zwak tweede kwartaal had het bedrijf zijn prognose verlaagd.",
     [("eerste kwartaal", "2025-01-01", "2025-03-31"), ("tweede kwartaal", "2025-04-01", "2025-06-30")]),
    ("Hij was voor zondag al vertrokken.", [("zondag", "2026-02-08", "2026-02-08")]),
    # a weekday after 'de' is any such day; a year after a capitalized word is part of a name
    ("Het gevaarlijkste tijdstip blijft de vrijdagavond.", []),
    ("Op de maandag na de verkiezingen viel het kabinet.", [("maandag", "2026-02-09", "2026-02-09")]),
    ("Het strategieplan 'Forward 2027' blijft overeind.", []), ("Het EK Euro 2024 was een succes.", []),
    ("Met Kerst 2022 was het koud.", [("Kerst 2022", "2022-12-25", "2022-12-25")]),
    # a capitalized name before the date is the subject of its own clause, not an event
    ("Dat kende Moskou niet sinds de Sovjet-Unie in de jaren tachtig in Afghanistan vocht.",
     [("in de jaren tachtig", "1980-01-01", "1989-12-31")]),
]


# two-digit years, holidays by rule, compound day parts
YEARS_HOLIDAYS_PARTS = [
    ("Hij werd geboren op 31-10-74.", "2024-01-10", [("op 31-10-74", "1974-10-31", "1974-10-31")]),
    ("Op 24-02-22 viel Rusland aan.", "2024-01-10", [("Op 24-02-22", "2022-02-24", "2022-02-24")]),
    ("Op Koningsdag 2014 was het druk.", "2024-01-10", [("Op Koningsdag 2014", "2014-04-26", "2014-04-26")]),
    ("Met Moederdag 2024 waren de bloemen duur.", "2024-01-10", [("Moederdag 2024", "2024-05-12", "2024-05-12")]),
    ("Gisterenavond kwam hij aan.", "2024-03-05", [("Gisterenavond", "2024-03-04", "2024-03-04")]),
    # a day of a month: the first or last day, the nth weekday
    ("Op de laatste dag van februari 2024 viel het besluit.", "2024-03-05",
     [("Op de laatste dag van februari 2024", "2024-02-29", "2024-02-29")]),
    ("De troonrede is op de derde dinsdag van september 2025.", "2024-03-05",
     [("op de derde dinsdag van september 2025", "2025-09-16", "2025-09-16")]),
    ("De laatste maandag van maart 2013 was koud.", "2024-03-05",
     [("De laatste maandag van maart 2013", "2013-03-25", "2013-03-25")]),
    ("De eerste dagen van de oorlog waren zwaar.", "2024-03-05", []),
    # 'de vorige X op ...' points back, 'de volgende X in ...' ahead, whatever the clause's tense
    ("Ze verwachten 80.000 betogers, het dubbele van de vorige grote betoging op 14 februari.", "2025-10-13",
     [("op 14 februari", "2025-02-14", "2025-02-14")]),
    ("De volgende top in juni moet duidelijkheid geven.", "2025-10-13", [("in juni", "2026-06-01", "2026-06-30")]),
    # the first or last N units of a period
    ("In de eerste negen maanden van 2025 sneuvelden er 900.", "2025-10-13",
     [("In de eerste negen maanden van 2025", "2025-01-01", "2025-09-30")]),
    ("De laatste twee weken van maart 2025 waren koud.", "2025-10-13",
     [("De laatste twee weken van maart 2025", "2025-03-18", "2025-03-31")]),
    ("Op de vijfde dinsdag van februari 2025 gebeurde niets.", "2025-10-13",  # a day the month lacks: the month
     [("Op de vijfde dinsdag van februari 2025", "2025-02-01", "2025-02-28")]),
    # school years run September to August; two decades joined are one span
    ("De inspectie bezocht vorig schooljaar 412 scholen.", "2025-03-10",
     [("vorig schooljaar", "2023-09-01", "2024-08-31")]),
    ("Volgend schooljaar komt er geld bij.", "2025-10-01", [("Volgend schooljaar", "2026-09-01", "2027-08-31")]),
    ("In de jaren zestig en zeventig studeerden er duizenden.", "2025-10-01",
     [("In de jaren zestig en zeventig", "1960-01-01", "1979-12-31")]),
    ("Leerlingen moeten weer het niveau van 2015 halen.", "2025-10-01", [("2015", "2015-01-01", "2015-12-31")]),
    ("In maart verlengde het parlement een wet waarmee grenswachten mensen mogen terugsturen.", "2025-06",
     [("In maart", "2025-03-01", "2025-03-31")]),
]


@pytest.mark.parametrize("text, published, expected",
                         [(t, "2026-02-09", e) for t, e in TENSE_POINTS] + YEARS_HOLIDAYS_PARTS)
def test_dates_in_context(text, published, expected):
    found = parse_dates(text, published)
    assert [(m.text, m.value.date_start, m.value.date_end) for m in found] == expected
