"""Countries stage: Dutch phrases and the country mentions (text, ISO code) they must give."""

from __future__ import annotations

import pytest

from pipeline.countries import (COUNTRY_DATA, MATCH_TYPES, CountryMention, country_rows, data_lines, dutch_spelling,
                                load_lexicon, read_transliteration)
from pipeline.nlp import build_pipeline
from pipeline.stages import Stage
from pipeline.tables import SCHEMAS

STAGE = Stage("countries", "countries", "pipeline.countries", "country_rows")


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline("blank", stages=(STAGE,))


def mentions(nlp, text: str) -> list[tuple[str, str]]:
    return [(row["text"], row["country_code"]) for row in country_rows(nlp(text))]


# (sentence, every mention it must give as (text, code)); an empty list: nothing may be found.
PHRASES = [
    # names and their common variants
    ("Rusland valt Oekraïne aan.", [("Rusland", "RU"), ("Oekraïne", "UA")]),
    ("De spanningen met Noord-Korea lopen op.", [("Noord-Korea", "KP")]),
    ("Zuid-Korea houdt een militaire oefening.", [("Zuid-Korea", "KR")]),
    ("De Verenigde Staten sturen wapens.", [("Verenigde Staten", "US")]),
    ("Volgens de VS is dat onacceptabel.", [("VS", "US")]),
    ("Hij vertrok naar de VS.", [("VS", "US")]),
    ("Amerika en Europa praten over handel.", [("Amerika", "US")]),
    ("Groot-Brittannië stapte uit de EU.", [("Groot-Brittannië", "GB")]),
    ("Het Verenigd Koninkrijk zegt steun toe.", [("Verenigd Koninkrijk", "GB")]),
    ("Het VK voert sancties in.", [("VK", "GB")]),
    ("Wit-Rusland is een bondgenoot van Moskou.", [("Wit-Rusland", "BY"), ("Moskou", "RU")]),
    ("Belarus laat Russische troepen toe.", [("Belarus", "BY"), ("Russische", "RU")]),
    ("Tsjechië levert munitie.", [("Tsjechië", "CZ")]),
    ("In Ivoorkust wordt cacao verbouwd.", [("Ivoorkust", "CI")]),
    ("De Democratische Republiek Congo is rijk aan kobalt.", [("Democratische Republiek Congo", "CD")]),
    ("Congo-Brazzaville ligt aan de overkant van de rivier.", [("Congo-Brazzaville", "CG")]),
    ("In Congo zijn rebellen actief.", [("Congo", "CD")]),
    ("Saoedi-Arabië verhoogt de olieproductie.", [("Saoedi-Arabië", "SA")]),
    ("De Verenigde Arabische Emiraten investeren fors.", [("Verenigde Arabische Emiraten", "AE")]),
    ("Nederland en België spelen gelijk.", [("Nederland", "NL"), ("België", "BE")]),
    ("Duitsland, Frankrijk en Italië overleggen.", [("Duitsland", "DE"), ("Frankrijk", "FR"), ("Italië", "IT")]),
    ("Kazachstan, Armenië en Kirgizië zijn lid van de EAEU.",
     [("Kazachstan", "KZ"), ("Armenië", "AM"), ("Kirgizië", "KG")]),
    ("Cuba kampt met stroomuitval.", [("Cuba", "CU")]),
    ("Nepal, Servië en Polen.", [("Nepal", "NP"), ("Servië", "RS"), ("Polen", "PL")]),
    ("Letland en Finland sluiten de grens.", [("Letland", "LV"), ("Finland", "FI")]),
    ("De Filipijnen protesteren.", [("Filipijnen", "PH")]),
    ("Myanmar, vroeger Birma, is een dictatuur.", [("Myanmar", "MM"), ("Birma", "MM")]),
    ("Palestina wil erkenning.", [("Palestina", "PS")]),
    ("Taiwan vreest een invasie.", [("Taiwan", "TW")]),
    ("Kosovo en Servië praten weer.", [("Kosovo", "XK"), ("Servië", "RS")]),
    ("Zuid-Afrika organiseert de top.", [("Zuid-Afrika", "ZA")]),
    ("Oost-Timor werd in 2002 onafhankelijk.", [("Oost-Timor", "TL")]),
    ("Noord-Macedonië wil bij de EU.", [("Noord-Macedonië", "MK")]),
    ("Bosnië-Herzegovina herdenkt Srebrenica.", [("Bosnië-Herzegovina", "BA")]),
    ("Guinee-Bissau en Equatoriaal-Guinea.", [("Guinee-Bissau", "GW"), ("Equatoriaal-Guinea", "GQ")]),
    ("Papoea-Nieuw-Guinea ligt ten noorden van Australië.", [("Papoea-Nieuw-Guinea", "PG"), ("Australië", "AU")]),
    ("Tsjaad en Niger sluiten een akkoord.", [("Tsjaad", "TD"), ("Niger", "NE")]),
    ("Jordanië opent de grens.", [("Jordanië", "JO")]),
    ("Georgië wil bij de NAVO.", [("Georgië", "GE")]),
    ("Het Vaticaan reageert niet.", [("Vaticaan", "VA")]),
    ("Oekraine vraagt om meer wapens.", [("Oekraine", "UA")]),  # typed without the trema
    # genitives and possessives
    ("Ruslands imago is beschadigd.", [("Ruslands", "RU")]),
    ("Cuba's economie krimpt.", [("Cuba's", "CU")]),
    ("Amerika’s bondgenoten twijfelen.", [("Amerika", "US")]),  # the tokenizer splits off ’s
    ("Odessa's haven ligt stil, meldt Oekraïne.", [("Odessa's", "UA"), ("Oekraïne", "UA")]),
    ("De Paus bezocht Frankrijk.", [("Frankrijk", "FR")]),  # not a genitive of the city Pau
    # demonyms, singular and plural
    ("Een Rus en twee Oekraïners raakten gewond.", [("Rus", "RU"), ("Oekraïners", "UA")]),
    ("Russen vluchten naar Georgië.", [("Russen", "RU"), ("Georgië", "GE")]),
    ("De Syriërs zouden moeten helpen.", [("Syriërs", "SY")]),
    ("Een Syriër werd opgepakt.", [("Syriër", "SY")]),
    ("Zes Nepalezen sneuvelden.", [("Nepalezen", "NP")]),
    ("Een Oekraïner vertelt zijn verhaal.", [("Oekraïner", "UA")]),
    ("Noord-Koreanen vechten mee.", [("Noord-Koreanen", "KP")]),
    ("Cubanen worden geronseld.", [("Cubanen", "CU")]),
    ("Kazachen en Oezbeken werken in de bouw.", [("Kazachen", "KZ"), ("Oezbeken", "UZ")]),
    ("Armeniërs demonstreren in Jerevan.", [("Armeniërs", "AM"), ("Jerevan", "AM")]),
    ("Amerikanen gaan stemmen.", [("Amerikanen", "US")]),
    ("De Britten zijn sceptisch.", [("Britten", "GB")]),
    ("Een Nederlander is ontvoerd.", [("Nederlander", "NL")]),
    ("Nederlanders reizen graag.", [("Nederlanders", "NL")]),
    ("Afghanen, Serviërs en Libiërs vechten mee.", [("Afghanen", "AF"), ("Serviërs", "RS"), ("Libiërs", "LY")]),
    ("De Fransen staken weer.", [("Fransen", "FR")]),
    ("Duitsers kopen minder auto's.", [("Duitsers", "DE")]),
    ("Belgen en Polen werken samen.", [("Belgen", "BE"), ("Polen", "PL")]),
    ("Twee Marokkanen en een Turk.", [("Marokkanen", "MA"), ("Turk", "TR")]),
    ("Israëli's en Palestijnen praten.", [("Israëli's", "IL"), ("Palestijnen", "PS")]),
    ("Chinezen investeren in Afrika.", [("Chinezen", "CN")]),
    ("Een Japanner won goud.", [("Japanner", "JP")]),
    ("Iraniërs protesteren.", [("Iraniërs", "IR")]),
    ("Irakezen keren terug.", [("Irakezen", "IQ")]),
    ("Spanjaarden en Portugezen.", [("Spanjaarden", "ES"), ("Portugezen", "PT")]),
    ("De Russin werd vrijgelaten.", [("Russin", "RU")]),
    # adjectives and their inflections
    ("Het Russische leger rukt op.", [("Russische", "RU")]),
    ("Hij kreeg een Russisch paspoort.", [("Russisch", "RU")]),
    ("Noord-Koreaanse soldaten.", [("Noord-Koreaanse", "KP")]),
    ("De Amerikaanse krant The Wall Street Journal.", [("Amerikaanse", "US")]),
    ("Syrische strijders.", [("Syrische", "SY")]),
    ("Een Cubaanse man woont illegaal in Moskou.", [("Cubaanse", "CU"), ("Moskou", "RU")]),
    ("De Nepalese ambassadeur.", [("Nepalese", "NP")]),
    ("Britse inlichtingendiensten.", [("Britse", "GB")]),
    ("Franse boeren.", [("Franse", "FR")]),
    ("Duitse tanks.", [("Duitse", "DE")]),
    ("Het Oekraïense leger.", [("Oekraïense", "UA")]),
    ("Een Turks bedrijf.", [("Turks", "TR")]),
    ("Chinese exporteurs.", [("Chinese", "CN")]),
    ("Iraanse drones.", [("Iraanse", "IR")]),
    ("Israëlische aanvallen.", [("Israëlische", "IL")]),
    ("Poolse vrachtwagenchauffeurs.", [("Poolse", "PL")]),
    ("Zweedse en Finse toetreding.", [("Zweedse", "SE"), ("Finse", "FI")]),
    ("De Zuid-Afrikaanse president.", [("Zuid-Afrikaanse", "ZA")]),
    ("Een Wit-Russische opposant.", [("Wit-Russische", "BY")]),
    ("Saoedische prinsen.", [("Saoedische", "SA")]),
    ("Indiase olieraffinaderijen.", [("Indiase", "IN")]),
    ("De Nederlandse regering.", [("Nederlandse", "NL")]),
    ("Vlaamse media.", [("Vlaamse", "BE")]),
    ("Het Congolese leger.", [("Congolese", "CD")]),
    ("Koreaanse chips.", [("Koreaanse", "KR")]),
    # hyphenated and closed compounds
    ("De Russisch-Oekraïense oorlog.", [("Russisch", "RU"), ("Oekraïense", "UA")]),
    ("De VS-president sprak.", [("VS", "US")]),
    ("De Frans-Duitse as.", [("Frans", "FR"), ("Duitse", "DE")]),
    ("Pro-Russische separatisten.", [("Russische", "RU")]),
    ("Anti-Amerikaanse sentimenten.", [("Amerikaanse", "US")]),
    ("De Oekraïne-oorlog duurt voort.", [("Oekraïne", "UA")]),
    ("Rusland/Oekraïne: de stand van zaken.", [("Rusland", "RU"), ("Oekraïne", "UA")]),
    ("Ruslandkenner Hubert Smeets.", [("Ruslandkenner", "RU")]),
    ("Kremlingezinde bloggers.", [("Kremlingezinde", "RU")]),
    ("Een Nederlandstalige krant.", []),  # a language community, not a country
    ("De Franstalige scholen in Wallonië doen het slechter.", [("Wallonië", "BE")]),
    ("Kenia Rodríguez uit Cali hoorde het eergisteren.", [("Cali", "CO")]),  # a first name
    ("Het Chinabeleid van de regering.", [("Chinabeleid", "CN")]),
    # capitals and large cities, mapped to their country
    ("Moskou ontkent alles.", [("Moskou", "RU")]),
    ("In Kiev klonk luchtalarm.", [("Kiev", "UA")]),
    ("In Kyiv klonk luchtalarm.", [("Kyiv", "UA")]),
    ("Damascus ligt in puin.", [("Damascus", "SY")]),
    ("Havana kampt met tekorten.", [("Havana", "CU")]),
    ("Kathmandu ligt in een vallei.", [("Kathmandu", "NP")]),
    # Dutch exonyms that CLDR gives (GeoNames lacks them or they are also Dutch words)
    ("De Filipijnse regering in Manilla protesteerde.", [("Filipijnse", "PH"), ("Manilla", "PH")]),
    ("De top vond plaats in Istanboel.", [("Istanboel", "TR")]),
    ("Het akkoord werd in Wenen gesloten.", [("Wenen", "AT")]),
    ("Ze wenen om hun doden.", []),
    # a city's own name beats an old name of a bigger city (Engels was once called Pokrovsk)
    ("In Oekraïne rukken de Russen op naar Pokrovsk.", [("Oekraïne", "UA"), ("Russen", "RU"), ("Pokrovsk", "UA")]),
    # adjectives of cities imply their country
    ("Olie komt via de Rotterdamse haven binnen.", [("Rotterdamse", "NL")]),
    ("Het Stockholmse instituut SIPRI telde de wapens.", [("Stockholmse", "SE")]),
    ("De Moskouse rechtbank veroordeelde hem.", [("Moskouse", "RU")]),
    ("Het Romeinse Rijk viel.", []),
    # a city that shares a person's name counts with its country in the article
    ("Eenmaal in Tula, ten zuiden van Moskou in Rusland, bleek het om een contract te gaan.",
     [("Tula", "RU"), ("Moskou", "RU"), ("Rusland", "RU")]),
    ("Tula en Charlotte gingen samen naar school.", []),
    ("NEW DELHI. In een reeks invallen zijn tien mannen opgepakt.", [("NEW DELHI", "IN")]),
    # datelines of wire reports: a place in capitals opens the line
    ("KIEV (ANP/RTR) - Oekraïne en Rusland hebben gevangenen geruild.",
     [("KIEV", "UA"), ("Oekraïne", "UA"), ("Rusland", "RU")]),
    ("PARAMARIBO - Wie in Paramaribo naar zee kijkt, ziet de stijging.", [("PARAMARIBO", "SR"), ("Paramaribo", "SR")]),
    ("BRUSSEL (Belga) - Het aantal migranten stijgt.", [("BRUSSEL", "BE")]),
    ("NOS (ANP) - De omroep meldt het.", []),
    ("Volgens de NAVO - en de EU - is dat onjuist.", []),
    ("De Irakese regering en Sint Maarten.", [("Irakese", "IQ"), ("Sint Maarten", "SX")]),
    ("Wenen helpt niet. Ze wenen om hun doden.", []),
    ("Washington en Manilla sloten een verdrag. Manilla reageerde woedend.",
     [("Washington", "US"), ("Manilla", "PH"), ("Manilla", "PH")]),
    ("Pyongyang lanceert een raket.", [("Pyongyang", "KP")]),
    ("Sint-Petersburg is de tweede stad.", [("Sint-Petersburg", "RU")]),
    ("In Marioepol en Bachmoet wordt gevochten, meldt Oekraïne.",
     [("Marioepol", "UA"), ("Bachmoet", "UA"), ("Oekraïne", "UA")]),
    # Dutch spellings made from GeoNames' romanization (transliteration_nl.tsv), front-line towns of Ukraine
    ("Oekraïne verloor Tsjasiv Jar en Vovtsjansk.", [("Oekraïne", "UA"), ("Tsjasiv Jar", "UA"), ("Vovtsjansk", "UA")]),
    ("Firdavs uit Koelob werkte in Nizjni Novgorod.", [("Koelob", "TJ"), ("Nizjni Novgorod", "RU")]),
    ("Een marinebasis in Tartus, aan de Syrische kust.", [("Tartus", "SY"), ("Syrische", "SY")]),
    ("Peking en Washington praten.", [("Peking", "CN"), ("Washington", "US")]),
    ("Londen en Parijs steunen het plan.", [("Londen", "GB"), ("Parijs", "FR")]),
    ("Een aanslag in Istanbul.", [("Istanbul", "TR")]),
    ("Bagdad en Teheran.", [("Bagdad", "IQ"), ("Teheran", "IR")]),
    ("Ze woont in Amsterdam.", [("Amsterdam", "NL")]),
    ("De burgemeester van Ede.", [("Ede", "NL")]),  # the Dutch town, not the Nigerian one
    ("Tripoli ligt in Libanon.", [("Tripoli", "LB"), ("Libanon", "LB")]),  # the article says otherwise
    ("Gevechten in Tripoli.", [("Tripoli", "LY")]),  # largest population wins
    # seats of power (metonyms)
    ("Het Kremlin reageerde woedend.", [("Kremlin", "RU")]),
    ("Het Witte Huis ontkent.", [("Witte Huis", "US")]),
    ("Volgens het Pentagon zijn de Russen gefrustreerd.", [("Pentagon", "US"), ("Russen", "RU")]),
    ("Downing Street wil geen commentaar geven.", [("Downing Street", "GB")]),
    ("Het Élysée bevestigt het bezoek.", [("Élysée", "FR")]),
    # regions inside one country
    ("De Tsjetsjeense leider Ramzan Kadyrov.", [("Tsjetsjeense", "RU")]),
    ("Tsjetsjenië is een deelrepubliek.", [("Tsjetsjenië", "RU")]),
    ("Gevechten in de Donbas.", [("Donbas", "UA")]),
    ("De Krim werd in 2014 geannexeerd.", [("Krim", "UA")]),
    ("Bombardementen op Gaza.", [("Gaza", "PS")]),
    ("Catalonië wil onafhankelijkheid.", [("Catalonië", "ES")]),
    ("Luchtaanvallen in Oost-Oekraïne.", [("Oost-Oekraïne", "UA")]),
    ("Schotland wil een nieuw referendum.", [("Schotland", "GB")]),
    ("Een schietpartij in Texas.", [("Texas", "US")]),
    ("Verkiezingen in Georgia en Arizona.", [("Georgia", "US"), ("Arizona", "US")]),
    ("Via Lampedusa komen migranten aan.", [("Lampedusa", "IT")]),
    ("Aanval op Moskou\nPoetin zegt dat het leger terugslaat.", [("Moskou", "RU")]),
    # headlines in capitals
    ("RUSLAND VALT AAN", [("RUSLAND", "RU")]),
    # must not be found: person names
    ("Frans Timmermans is lijsttrekker.", []),
    ("Volgens Frans Timmermans is dat onzin.", []),
    ("Dat zegt de Belgische onderzoeker Frans De Smet.", [("Belgische", "BE")]),  # a Flemish surname particle
    ("Mijn buurman Frans (81) woont in een oud huis.", []),  # a name with an age in brackets
    ("Politicoloog Maarten Holland ziet een patroon. Volgens Holland speelt de woningnood.", []),  # one sense
    ("Patiënten gaan naar ziekenhuizen in Breda en Eindhoven.", [("Breda", "NL"), ("Eindhoven", "NL")]),
    # small Dutch towns, a place of two names, a surname with a capitalized particle
    ("Het KNMI in De Bilt meldt 34 graden; in Arcen viel 40 millimeter.", [("De Bilt", "NL"), ("Arcen", "NL")]),
    ("Het record uit 2019 in Gilze-Rijen staat nog.", [("Gilze-Rijen", "NL")]),
    ("De trein Amsterdam-Rotterdam rijdt niet.", [("Amsterdam", "NL"), ("Rotterdam", "NL")]),  # a route
    ("De haven, Port of Antwerp-Bruges, ligt stil.", []),  # an English name
    ("Rusland betaalt de vlucht via Belarus of Servië.", [("Rusland", "RU"), ("Belarus", "BY"), ("Servië", "RS")]),
    ("\"Het waren volwassen mannen,\" zei Van Damme na de uitspraak.", []),
    ("Dat zegt wethouder Jolanda de Wit van Zwolle.", [("Zwolle", "NL")]),  # the city of an office
    # curated Dutch names that are Dutch words too: mid-sentence only
    ("Wie over de Duitse grens in Kleef woont, betaalt minder.", [("Duitse", "DE"), ("Kleef", "DE")]),
    ("De trein naar Aken rijdt weer.", [("Aken", "DE")]), ("Namen worden niet genoemd.", []),
    ("Zo herinnert Frans Van den Bossche (58) het zich.", []),  # a surname with a capitalized particle
    ("Zolang Den Haag niet zegt wat het wil, blijft het vaag.", [("Den Haag", "NL")]),
    ("Sahel keert Europa de rug toe: ‘De Russen beloven veiligheid.", [("Russen", "RU")]),
    ("In Hasselt staakten de leraren, meldt de Belgische vakbond.", [("Hasselt", "BE"), ("Belgische", "BE")]),
    ("Michael Jordan speelde basketbal.", []),
    ("Chad Smith is drummer.", []),
    ("Noor de Vries won de race.", []),
    ("Friedrich Engels schreef met Marx.", []),
    ("Hamilton won de race voor Verstappen.", []),
    ("Burgemeester Frans van Houten opende de brug.", []),
    ("Abraham Lincoln was president.", []),
    # must not be found: organisations and media
    ("De NAVO en de EU overleggen.", []),
    ("De VN-Veiligheidsraad vergadert.", []),
    ("Huurlingen van Wagner vechten mee.", []),
    ("Hamas en Hezbollah dreigen.", []),
    ("Ajax won van PSV.", []),
    ("The New York Times schrijft erover.", []),
    ("Real Madrid wint de finale.", []),
    # must not be found: supranational and historic areas
    ("Het Westen steunt Kiev.", [("Kiev", "UA")]),
    ("Zijn invloed in het Midden-Oosten.", []),
    ("De hoogtijdagen van de Sovjet-Unie.", []),
    ("Landen in Centraal-Azië.", []),
    ("Centraal-Aziatische immigranten.", []),
    ("Zuid-Amerikaanse landen.", []),
    ("Latijns-Amerika en Noord-Amerika.", []),
    ("Oost-Europese lidstaten.", []),
    ("Het voormalige Joegoslavië.", []),
    ("De val van de muur scheidde Oost-Duitsland en West-Duitsland.", []),
    ("Nederlands-Indië werd Indonesië.", [("Indonesië", "ID")]),
    ("Westerse steun neemt af.", []),
    ("Europese leiders in Afrika en Azië.", []),
    # must not be found: common words and lower case
    ("Best is het om te wachten.", []),
    ("Echt waar, zei hij.", []),
    ("Hij spreekt vloeiend frans.", []),
    ("Ze aten een chilipeper.", []),
    ("Let op: de weg is glad.", []),
    ("Indianen in Noord-Amerika.", []),
]


@pytest.mark.parametrize("text,expected", PHRASES, ids=[p[0][:40] for p in PHRASES])
def test_phrase(nlp, text, expected):
    assert mentions(nlp, text) == expected


@pytest.mark.parametrize("text,match_type", [
    ("Rusland", "name"),
    ("Syriërs", "demonym"),
    ("Russische", "adjective"),
    ("Moskou", "city"),
    ("Kremlin", "metonym"),
    ("Donbas", "region"),
    ("Oost-Oekraïne", "region"),
])
def test_match_type(nlp, text, match_type):
    assert match_type in MATCH_TYPES
    doc = nlp(f"Het gaat om {text} vandaag.")
    assert [s._.country.match_type for s in doc.spans["countries"]] == [match_type]


def test_ambiguous_form_follows_the_article(nlp):
    """'Korea' is South Korea, unless the article is about North Korea."""
    assert mentions(nlp, "Korea test een raket.") == [("Korea", "KR")]
    assert mentions(nlp, "Noord-Korea test een raket. Korea dreigt.") == [("Noord-Korea", "KP"), ("Korea", "KP")]
    assert mentions(nlp, "Brazzaville ligt in Congo.")[-1] == ("Congo", "CG")


def test_row_columns_are_the_schema(nlp):
    rows = country_rows(nlp("De Russische president bezocht Cuba."))
    expected = set(SCHEMAS["countries"]) - {"article_id", "sentence_id"}
    assert [set(r) for r in rows] == [expected, expected]
    assert rows[0] == {"start_char": 3, "end_char": 12, "text": "Russische", "country_code": "RU",
                       "country_alpha3": "RUS", "country_name": "Rusland", "match_type": "adjective"}


def test_span_extension_and_order(nlp):
    doc = nlp("De Russisch-Oekraïense oorlog raakt ook Polen en de VS.")
    spans = doc.spans["countries"]
    assert [(s.text, s._.country) for s in spans] == [
        ("Russisch", CountryMention("RU", "RUS", "Rusland", "adjective")),
        ("Oekraïense", CountryMention("UA", "UKR", "Oekraïne", "adjective")),
        ("Polen", CountryMention("PL", "POL", "Polen", "name")),
        ("VS", CountryMention("US", "USA", "Verenigde Staten", "name")),
    ]
    spans = list(spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_component_alone_on_make_doc(nlp):
    """The component works on a Doc without sentence boundaries."""
    doc = nlp.get_pipe("countries")(nlp.make_doc("Moskou en Kiev"))
    assert [(s.text, s._.country.country_code) for s in doc.spans["countries"]] == [("Moskou", "RU"), ("Kiev", "UA")]


# Every UN member state (ISO 3166-1 alpha-2): the curated file must give each a demonym and an adjective.
UN_MEMBERS = (
    "AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI "
    "CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR "
    "GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR "
    "LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA "
    "PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH "
    "TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW"
).split()


def test_every_un_member_has_a_name_and_forms():
    assert len(UN_MEMBERS) == 193
    lexicon = load_lexicon()
    rows = {line.split("\t")[0]: line.split("\t") for line in data_lines(COUNTRY_DATA / "countries_nl.tsv")[1:]}
    # the Central African Republic and Micronesia have no adjective of their own that is not a region's
    no_forms = {"CF", "FM"}
    for code in UN_MEMBERS:
        assert code in lexicon.countries, code
        assert code in rows, code
        if code not in no_forms:
            assert rows[code][2] and rows[code][3], f"{code}: adjectives and demonyms"


def test_abbreviation_full_stop_is_split_off_and_ends_the_sentence(nlp):
    """The tokenizer keeps "VS." together; the mention is "VS" and the sentence ends at the stop."""
    doc = nlp("Hij vertrok naar de VS. Daarna kwam hij terug.")
    assert [s.text for s in doc.spans["countries"]] == ["VS"]
    assert [s.text for s in doc.sents] == ["Hij vertrok naar de VS.", "Daarna kwam hij terug."]


def test_every_data_file_form_is_found_alone(nlp):
    """Each curated demonym and adjective is found as a whole word with its own country."""
    missing = []
    for line in data_lines(COUNTRY_DATA / "countries_nl.tsv")[1:]:
        code, _, adjectives, demonyms = (line.split("\t") + ["", "", ""])[:4]
        for form in (adjectives + "|" + demonyms).split("|"):
            if form and not form.startswith("?"):
                found = mentions(nlp, f"Dat zei een woordvoerder over de {form} gisteren.")
                if found != [(form, code)]:
                    missing.append((form, code, found))
    assert missing == []


def test_model_entities_are_an_extra_signal(nlp):
    """With a trained model's entities (here set by hand), a PER entity is no place."""
    from spacy.tokens import Span

    text = "Ik sprak Houston gisteren over Amerika."
    assert mentions(nlp, text) == [("Houston", "US"), ("Amerika", "US")]
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, 2, 3, label="PER")]
    doc = nlp.get_pipe("countries")(doc)
    assert [s.text for s in doc.spans["countries"]] == ["Amerika"]


@pytest.mark.parametrize("romanized,dutch", [
    ("Kherson", "Cherson"), ("Nizhniy Novgorod", "Nizjni Novgorod"), ("Kulob", "Koelob"), ("Chasiv Yar", "Tsjasiv Jar"),
    ("Kupiansk", "Koepjansk"), ("Mykolayiv", "Mykolajiv"), ("Izium", "Izjoem"), ("Kropyvnytskyi", "Kropyvnytskyj"),
    ("Khodzhent", "Chodzjent"), ("Chelyabinsk", "Tsjeljabinsk"), ("Shakhtarsk", "Sjachtarsk"),
])
def test_dutch_spelling_of_romanized_names(romanized, dutch):
    _, rules = read_transliteration()
    assert dutch_spelling(romanized, rules) == dutch
