"""Speaker resolution on texts we wrote: names, surnames, epithets, pronouns, institutions."""

from __future__ import annotations

import time

import pytest

from newstrace.model import Article, EntityKind, Evidential, Quote, QuoteType, Span
from newstrace.options import Options
from newstrace.stages import chains, sentences, speakers
from tests.conftest import REFERENCE_PAGE, require_shared
from tests.stages.speaker_helpers import (
    OPTIONS,
    analysed,
    chain_names,
    quote,
    span_of,
    speaker_name,
)

TEXT = (
    "Bürgermeisterin Karin Albers will das Hallenbad retten. "
    "Frau Albers sagte, die Stadt werde die Kosten tragen. "
    "Der Kämmerer Jens Ohlsen widersprach: „Das Geld fehlt.“ "
    "Die Bürgermeisterin erklärte, sie halte an dem Plan fest. "
    "Er sagte später, man müsse sparen."
)


def test_surname_honorific_epithet_and_pronouns_resolve_to_their_persons() -> None:
    quotes = [
        quote(TEXT, "die Stadt werde die Kosten tragen", "Frau Albers", "sagte"),
        quote(TEXT, "„Das Geld fehlt.“", "Jens Ohlsen", "widersprach", kind=QuoteType.DIRECT),
        quote(TEXT, "sie halte an dem Plan fest", "Die Bürgermeisterin", "erklärte"),
        quote(TEXT, "man müsse sparen", "Er", "sagte", occurrence=1),
    ]
    article = analysed(TEXT, quotes)
    names = [speaker_name(article, q) for q in article.quotes]
    assert names == ["Karin Albers", "Jens Ohlsen", "Karin Albers", "Jens Ohlsen"]
    albers = next(e for e in article.entities if e.name == "Karin Albers")
    assert albers.gender == "female"
    assert any("Bürgermeisterin" in role for role in albers.roles)


@pytest.mark.parametrize(
    ("text", "message", "speaker", "cue", "expected", "role"),
    [
        (  # an apposition gives the role; the epithet goes to the salient compatible person
            "Lena Voss, Sprecherin des Umweltministeriums, verteidigte das Gesetz. "
            "Der Unternehmer Paul Brandt kritisierte es scharf. "
            "Die Sprecherin sagte, das Gesetz sei notwendig.",
            "das Gesetz sei notwendig",
            "Die Sprecherin",
            "sagte",
            "Lena Voss",
            "Sprecherin des Umweltministeriums",
        ),
        (  # "Somchais" is Somchai Wongsawat's (a first name with "-s"): the role titles Kunz
            # after the comma, and the pronoun after him is Kunz, not Somchai
            "Der Oppositionsführer Somchai Wongsawat rief zu Protesten auf. Der ehemalige "
            "Kampfgefährte Somchais, Peter Kunz, stellte sich gegen ihn. Er warnte, die "
            "Proteste seien gefährlich.",
            "die Proteste seien gefährlich",
            "Er",
            "warnte",
            "Peter Kunz",
            "ehemalige Kampfgefährte",
        ),
    ],
    ids=["apposition_then_epithet", "role_owned_by_a_genitive_first_name"],
)
def test_the_speaker_and_the_role_the_text_gives_them(
    text: str, message: str, speaker: str, cue: str, expected: str, role: str
) -> None:
    article = analysed(text, [quote(text, message, speaker, cue)])
    assert speaker_name(article, article.quotes[0]) == expected
    person = next(e for e in article.entities if e.name == expected)
    assert role in person.roles


def test_an_institution_speaks_for_itself() -> None:
    text = "Der Kreml wies die Vorwürfe zurück. Moskau erklärte, es gebe keine Beweise."
    article = analysed(text, [quote(text, "es gebe keine Beweise", "Moskau", "erklärte")])
    (entity,) = [e for e in article.entities if e.id == article.quotes[0].speaker_entity]
    assert entity.name == "Moskau" and entity.kind is EntityKind.PLACE


def test_a_dative_speaker_span_gives_way_to_the_subject_of_its_clause() -> None:
    text = (
        "Anna Roth traf Peter Lang in Bonn. "
        "Dort soll die Ministerin dem Manager gesagt haben, dass der Vertrag platzt."
    )
    article = analysed(
        text, [quote(text, "dass der Vertrag platzt", "dem Manager", "gesagt haben")]
    )
    assert speaker_name(article, article.quotes[0]) == "Anna Roth"


def test_an_unresolvable_pronoun_stays_unresolved() -> None:
    text = "Es regnete den ganzen Tag. Sie sagte, das Fest falle aus."
    article = analysed(text, [quote(text, "das Fest falle aus", "Sie", "sagte")])
    assert article.quotes[0].speaker_entity is None


def test_reference_page_speakers() -> None:
    from newstrace.options import Options
    from newstrace.pipeline import analyze
    from newstrace.stages import chains, quotes, sentences, speakers

    options = Options(language="de")
    article = analyze(require_shared(REFERENCE_PAGE).read_text(encoding="utf-8"))
    for stage in (sentences, quotes, speakers, chains):
        article = stage.run(article, options)
    persons = {e.name: e for e in article.entities if e.kind is EntityKind.PERSON}
    for name in ("Elon Musk", "John Kirby", "Dmitry Peskov", "Ian Bremmer", "Wladimir Putin"):
        assert name in persons, name
    assert any("Selenskyj" in name for name in persons)
    assert not [name for name in persons if "Musk" in name and name != "Elon Musk"]
    musk = persons["Elon Musk"].id
    musk_spans = [
        q
        for q in article.quotes
        if q.speaker and "Musk" in (said := article.span_text(q.speaker)) and "Putin" not in said
    ]
    assert musk_spans and all(q.speaker_entity == musk for q in musk_spans)
    assert any("Sprecher des Nationalen Sicherheitsrates" in r for r in persons["John Kirby"].roles)
    assert any("Gründer" in r for r in persons["Ian Bremmer"].roles)
    assert "Sprecher" in persons["Dmitry Peskov"].roles
    assert any("Präsident" in r for r in persons["Wladimir Putin"].roles)
    epithets = [
        q
        for q in article.quotes
        if q.speaker and article.span_text(q.speaker) == "Der Südafrikaner"
    ]
    assert all(q.speaker_entity == musk for q in epithets)


def test_english_institution_title_and_pronoun() -> None:
    text = (
        "The White House said on Monday that talks would resume. Press secretary Karen Jean "
        'told reporters: "We are hopeful." She added that nothing was agreed.'
    )
    quotes = [
        quote(text, "talks would resume", "The White House", "said"),
        quote(
            text, '"We are hopeful."', "Press secretary Karen Jean", "told", kind=QuoteType.DIRECT
        ),
        quote(text, "nothing was agreed", "She", "added"),
    ]
    article = analysed(text, quotes, options=Options(language="en"))
    names = [speaker_name(article, q) for q in article.quotes]
    assert names == ["White House", "Karen Jean", "Karen Jean"]


def test_organisations_named_by_their_noun_are_mentions_pronouns_can_reach() -> None:
    text = (
        "Die Staatsanwaltschaft Hagen hat Anklage gegen einen Notar erhoben. Sie wirft ihm "
        "Untreue vor. Der Anwalt Tim Roeder und die Notarin Eva Lutz sagten, die Vorwürfe seien "
        "haltlos. Der Vorsitzende Richter George W. Bates sagte, der Prozess beginne im Mai."
    )
    quotes = [
        quote(text, "Untreue", "Sie", "wirft", kind=QuoteType.REPORTED),
        quote(text, "die Vorwürfe seien haltlos", "Der Anwalt Tim Roeder und die Notarin Eva Lutz"),
        quote(text, "der Prozess beginne im Mai", "Der Vorsitzende Richter George W. Bates"),
    ]
    quotes[1].cue = None
    names = [speaker_name(analysed(text, quotes), q) for q in quotes]
    assert names == ["Staatsanwaltschaft Hagen", "Tim Roeder", "George W. Bates"]


def test_a_common_noun_after_an_initial_is_no_surname() -> None:
    text = (
        "Die Anklage wirft Sabine K. Betrug in zwölf Fällen vor. Die 47-Jährige sagte, sie habe "
        "nichts gewusst."
    )
    quotes = [
        quote(text, "Betrug in zwölf Fällen", "Die Anklage", "wirft", kind=QuoteType.REPORTED),
        quote(text, "sie habe nichts gewusst", "Die 47-Jährige"),
    ]
    article = analysed(text, quotes)
    assert "Sabine K." in [entity.name for entity in article.entities]
    assert speaker_name(article, article.quotes[1]) == "Sabine K."


def test_english_organisation_by_a_lower_case_noun() -> None:
    text = (
        "Two men were arrested on Friday, the police said. According to the police, the car had "
        "been stolen in Leeds."
    )
    quotes = [
        quote(text, "Two men were arrested on Friday", "the police", "said"),
        quote(text, "the car had been stolen in Leeds", "the police", "According to"),
    ]
    article = analysed(text, quotes, options=Options(language="en"))
    assert [speaker_name(article, q) for q in article.quotes] == ["police", "police"]


def test_resolution_time_grows_linearly_with_text_length() -> None:
    """Pronoun and mention look-ups must not scan the whole article per quotation."""
    paragraph = (
        "Der Bürgermeister sagte, die Brücke werde im Mai eröffnet. Anna Roth sagte, man sei "
        "stolz. Er betonte, dass alles gut sei. "
    )

    def seconds(repeats: int) -> float:
        text = paragraph * repeats
        quotes = []
        for start in range(0, len(text), len(paragraph)):
            for message, speaker, cue in (
                ("die Brücke werde im Mai eröffnet", "Der Bürgermeister", "sagte"),
                ("man sei stolz", "Anna Roth", "sagte"),
                ("dass alles gut sei", "Er", "betonte"),
            ):
                found = quote(text[start : start + len(paragraph)], message, speaker, cue)
                quotes.append(
                    Quote(
                        id="",
                        message=[m.shifted(start) for m in found.message],
                        type=found.type,
                        speaker=None if found.speaker is None else found.speaker.shifted(start),
                        cue=None if found.cue is None else found.cue.shifted(start),
                    )
                )
        article = sentences.run(Article(text=text, source_text=text), OPTIONS)
        article.quotes = quotes
        started = time.perf_counter()
        chains.run(speakers.run(article, OPTIONS), OPTIONS)
        return time.perf_counter() - started

    seconds(20)  # load the word lists first
    small, large = seconds(100), seconds(800)
    assert large < 20 * small, (small, large)  # 8× the text: ≈ 8× the time; quadratic ≈ 40–64×


ACCUSATION = (
    "Landrat Uwe Kern warf dem Fraktionschef der Linken, Jonas Brink, vor, den Haushalt zu "
    "blockieren. Der 58-Jährige sagte: „Das schadet dem Kreis.“ "
    "Brink wies das zurück. Er sagte, der Haushalt sei unseriös."
)


def test_an_epithet_goes_to_the_subject_not_to_a_named_object() -> None:
    direct = quote(ACCUSATION, "„Das schadet dem Kreis.“", "Der 58-Jährige", "sagte")
    direct.type = QuoteType.DIRECT
    pronoun = quote(ACCUSATION, "der Haushalt sei unseriös", "Er", "sagte", occurrence=2)
    article = analysed(ACCUSATION, [direct, pronoun])
    assert [speaker_name(article, q) for q in article.quotes] == ["Uwe Kern", "Jonas Brink"]


def test_a_generic_company_noun_refers_back_to_the_company_named_earlier() -> None:
    text = (
        "Der Maschinenbauer Kessler Antriebe und der Händler Nordmarkt verhandeln. "
        "Der Hersteller Kessler Antriebe baut 300 Stellen ab. "
        "Nach Angaben des Unternehmens bleibt das Werk in Ulm offen."
    )
    quotes = [quote(text, "bleibt das Werk in Ulm offen", "des Unternehmens", "Nach Angaben")]
    article = analysed(text, quotes)
    assert speaker_name(article, article.quotes[0]) == "Kessler Antriebe"


def test_an_outlet_after_a_source_noun_in_the_cue_is_the_source() -> None:
    text = (
        "Landrat Uwe Kern soll nach Informationen des Lokalblatts Kreisbote Nord den Vertrag "
        "bereits unterschrieben haben."
    )
    quotes = [
        quote(
            text,
            "den Vertrag bereits unterschrieben haben",
            "des Lokalblatts Kreisbote Nord",
            "nach Informationen",
        )
    ]
    article = analysed(text, quotes)
    (entity,) = [e for e in article.entities if e.id == article.quotes[0].speaker_entity]
    assert entity.name == "Kreisbote Nord" and entity.kind is EntityKind.MEDIA


def test_organisations_behind_a_demonym_an_abbreviation_or_an_indefinite_owner() -> None:
    text = (
        "Die Deutsche Rentengesellschaft teilte mit, die Kassen seien leer. "
        "Die EU-Staaten wollen nun beraten. "
        "Nach Auffassung eines polnischen Gerichtes ist das Gesetz nichtig."
    )
    quotes = [
        quote(text, "die Kassen seien leer", "Die Deutsche Rentengesellschaft", "teilte"),
        quote(text, "wollen nun beraten", "Die EU-Staaten", kind=QuoteType.REPORTED),
        quote(text, "ist das Gesetz nichtig", "Auffassung eines polnischen Gerichtes", "Nach"),
    ]
    article = analysed(text, quotes)
    names = [speaker_name(article, q) for q in article.quotes]
    assert names == ["Deutsche Rentengesellschaft", "EU-Staaten", "Gericht"]


def test_kind_nouns_and_kind_prefixes_refer_back_to_the_named_organisation() -> None:
    text = (
        "Die Kessler Antriebe AG schließt ihr Werk in Ulm. Ein Sprecher des Konzerns nannte "
        "keine Gründe. Nach Unternehmensangaben sind 800 Stellen betroffen."
    )
    quotes = [quote(text, "sind 800 Stellen betroffen", "Unternehmensangaben", "Nach")]
    article = analysed(text, quotes)
    assert speaker_name(article, article.quotes[0]) == "Kessler Antriebe AG"
    assert not any(e.name == "Konzern" for e in article.entities)


def test_surnames_that_are_also_nouns_complete_a_name() -> None:
    text = (
        "Wirtschaftsministerin Anna Bergmann (SPD) zeigte sich besorgt. "
        "Herr Hoffmann sagte, er sei enttäuscht. "
        "Michael König sagte, man brauche mehr Geld. "
        "Laut Bergmann soll es bald Gespräche geben."
    )
    article = analysed(
        text,
        [
            quote(text, "er sei enttäuscht", "Herr Hoffmann", "sagte"),
            quote(text, "man brauche mehr Geld", "Michael König", "sagte", occurrence=2),
            quote(text, "soll es bald Gespräche geben", "Bergmann", "Laut"),
        ],
    )
    names = [speaker_name(article, q) for q in article.quotes]
    assert names == ["Hoffmann", "Michael König", "Anna Bergmann"]
    bergmann = next(e for e in article.entities if e.name == "Anna Bergmann")
    assert bergmann.roles == ["Wirtschaftsministerin"] and bergmann.gender == "female"


def test_a_compound_company_noun_names_the_company_and_a_cue_verb_is_no_title() -> None:
    text = (
        "Der Stahlkonzern Nordstahl will 3000 Stellen streichen. "
        "Das teilte das Unternehmen am Dienstag mit. "
        "„Das ist ein Schlag“, sagte Gewerkschaftssekretärin Petra Lindner."
    )
    article = analysed(
        text,
        [
            quote(text, "Das teilte", "das Unternehmen", "teilte", kind=QuoteType.REPORTED),
            quote(text, "„Das ist ein Schlag“", "Petra Lindner", "sagte", kind=QuoteType.DIRECT),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == ["Nordstahl", "Petra Lindner"]
    lindner = next(e for e in article.entities if e.name == "Petra Lindner")
    assert lindner.roles == ["Gewerkschaftssekretärin"]


def test_names_with_lower_case_tails_and_nouns_after_an_article() -> None:
    text = (
        "Die chinesische Marine Schiffe zusammenziehe, hieß es. "
        "Taiwans Präsident Lai Ching-te schrieb, die Insel lasse sich nicht einschüchtern. "
        "Die Sprecherin Mao Ning sagte, China wolle Frieden. "
        "Die Diplomatin betonte, man setze auf Gespräche."
    )
    article = analysed(
        text,
        [
            quote(text, "die Insel lasse sich nicht einschüchtern", "Lai Ching-te", "schrieb"),
            quote(text, "man setze auf Gespräche", "Die Diplomatin", "betonte"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == ["Lai Ching-te", "Mao Ning"]
    assert not any("Marine" in entity.name for entity in article.entities)


def test_owners_of_statement_nouns_and_outlets_written_in_lower_case() -> None:
    text = (
        "Auch lehnte Angela Merkel den Vorschlag des Umweltministers Sigmar Gabriel (SPD) ab, "
        "die Aufsicht zu bündeln. Nach Angaben von n24 sind die Gruppen sehr mobil. "
        "Laut der Website „icelandreview.com“ wird das Schiff bald auslaufen. "
        "Offiziellen Angaben zufolge sind die Vorräte knapp."
    )
    article = analysed(
        text,
        [
            quote(
                text, "die Aufsicht zu bündeln", "den Vorschlag des Umweltministers Sigmar Gabriel"
            ),
            quote(text, "sind die Gruppen sehr mobil", "Angaben von n24", "Nach"),
            quote(
                text, "wird das Schiff bald auslaufen", "der Website „icelandreview.com“", "Laut"
            ),
            quote(text, "sind die Vorräte knapp", "Offiziellen Angaben", "zufolge"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Sigmar Gabriel",
        "n24",
        "icelandreview.com",
        None,
    ]


def test_a_bare_plural_role_is_a_group_that_stays_the_clause_subject() -> None:
    text = (
        "Chinesische Politiker haben dazu aufgerufen, die Kontrollen zu verstärken, und "
        "angekündigt, man werde hart durchgreifen. Kremlsprecher Peskov sagte, das sei gut."
    )
    article = analysed(
        text,
        [
            quote(text, "die Kontrollen zu verstärken", "Chinesische Politiker", "aufgerufen"),
            quote(text, "man werde hart durchgreifen", None, "angekündigt"),
            quote(text, "das sei gut", "Kremlsprecher Peskov", "sagte"),
        ],
    )
    names = [speaker_name(article, q) for q in article.quotes]
    assert names == ["Chinesische Politiker", "Chinesische Politiker", "Peskov"]
    (group,) = [e for e in article.entities if e.name == "Chinesische Politiker"]
    assert group.kind is EntityKind.GROUP and group.gender is None


def test_the_verb_beside_sie_tells_she_from_they() -> None:
    text = (
        "Anwohner protestierten vor dem Rathaus. Bürgermeisterin Karin Albers kam hinzu. "
        "Sie sagte, das Bad bleibe offen. Anwohner forderten Klarheit. "
        "Danach erklärten sie, man werde weiter protestieren."
    )
    article = analysed(
        text,
        [
            quote(text, "Klarheit", "Anwohner", "forderten", kind=QuoteType.REPORTED),
            quote(text, "das Bad bleibe offen", "Sie", "sagte"),
            quote(text, "man werde weiter protestieren", "sie", "erklärten"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Anwohner",
        "Karin Albers",
        "Anwohner",
    ]


def test_an_epithet_continues_the_subject_of_the_sentence_before() -> None:
    text = (
        "Sportdirektor Thomas Brandt gab die Trennung bekannt. „Wir mussten handeln“, so Brandt. "
        "Der 52-Jährige betonte, es sei schwer gewesen. Trainer Jürgen Kessler reagierte "
        "enttäuscht. Er habe es aus der Zeitung erfahren, sagte der frühere Nationalspieler."
    )
    article = analysed(
        text,
        [
            quote(text, "es sei schwer gewesen", "Der 52-Jährige", "betonte"),
            quote(text, "Er habe es aus der Zeitung erfahren", "der frühere Nationalspieler"),
        ],
    )
    names = [speaker_name(article, q) for q in article.quotes]
    assert names == ["Thomas Brandt", "Jürgen Kessler"]


def test_an_outlet_name_that_is_a_common_word_needs_quotes_or_an_outlet_noun() -> None:
    text = (
        "Zur Zeit sei alles ruhig, sagte Anna Roth. "
        "Wie die „Zeit“ berichtete, soll der Plan scheitern. "
        "Dolkun Isa sagte gegenüber der Voice of America, es sei schwierig."
    )
    article = analysed(
        text,
        [
            quote(text, "soll der Plan scheitern", "die „Zeit“", "berichtete"),
            quote(text, "es sei schwierig", "Dolkun Isa", "sagte", occurrence=2),
        ],
    )
    media = sorted(e.name for e in article.entities if e.kind is EntityKind.MEDIA)
    assert media == ["Die Zeit", "Voice of America"]
    assert speaker_name(article, article.quotes[0]) == "Die Zeit"


def test_court_names_demonstratives_and_cue_less_continuations() -> None:
    text = (
        "Frank M. bestritt die Vorwürfe. Als erste Zeugin sagte die 86-jährige Hildegard S. aus. "
        "Sie habe ihm vertraut, sagte sie. Er habe ihr Formulare vorgelegt. "
        "Die Zeitung stützt sich auf einen Berater, Oliver Pratt. Dieser sagte, das Geld sei "
        "verschwunden. Albrechts Berater Kemal Aksoy sieht das anders. Sein Klient fühle sich "
        "hingehalten, sagte er. Trainer Sven Pohlmann versuchte zu beruhigen. Er habe mit "
        "Albrecht gesprochen."
    )
    continuation = QuoteType.INDIRECT_FREE_INDIRECT
    aksoy = quote(text, "Sein Klient fühle sich hingehalten", None, "sagte", occurrence=4)
    said_he = span_of(text, "sagte er")
    aksoy.speaker = Span(said_he.end - 2, said_he.end)
    article = analysed(
        text,
        [
            quote(text, "die Vorwürfe", "Frank M.", "bestritt", kind=QuoteType.REPORTED),
            quote(text, "Sie habe ihm vertraut", "sie", "sagte", occurrence=2),
            quote(text, "Er habe ihr Formulare vorgelegt.", None, kind=continuation),
            quote(text, "das Geld sei verschwunden", "Dieser", "sagte", occurrence=3),
            aksoy,
            quote(text, "Er habe mit Albrecht gesprochen.", None, kind=continuation),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Frank M.",
        "Hildegard S.",
        "Hildegard S.",
        "Oliver Pratt",
        "Kemal Aksoy",
        "Sven Pohlmann",
    ]


def test_kind_nouns_refer_to_the_organisation_named_with_that_kind() -> None:
    text = (
        "Ein Beamter der Luftfahrtbehörde FAA bestätigte den Bericht. Die Behörde habe intern "
        "erklärt, der Start verzögere sich. Ein Forschungsteam des Universitätsklinikums "
        "Freiburg stellte den Test vor. Laut Klinikum laufen Gespräche. Nach Angaben von "
        "Personen, die mit der Sache vertraut sind, wird verkauft. Nach Informationen des "
        "Handelsblatts wird verhandelt. Auch die Deutsche Krebsgesellschaft bleibt vorsichtig."
    )
    article = analysed(
        text,
        [
            quote(text, "der Start verzögere sich", "Die Behörde", "erklärt"),
            quote(text, "laufen Gespräche", "Klinikum", "Laut"),
            quote(text, "wird verkauft", "Personen", "Nach Angaben"),
            quote(text, "wird verhandelt", "des Handelsblatts", "Nach Informationen"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "FAA",
        "Universitätsklinikum Freiburg",
        None,
        "Handelsblatt",
    ]
    assert article.quotes[2].evidential is Evidential.ALLEGED
    assert "Deutsche Krebsgesellschaft" in {e.name for e in article.entities}


def test_a_passive_cue_without_speaker_names_no_one_and_a_bare_message_takes_its_subject() -> None:
    text = (
        "Die Polizei rückte aus. Über einen Kurznachrichtendienst wurden die Anwohner gebeten, "
        "ihr Haus nicht zu verlassen. Bürgermeister Jens Ohlsen warnte vor Panik."
    )
    article = analysed(
        text,
        [
            quote(text, "ihr Haus nicht zu verlassen", None, "wurden"),
            quote(text, "vor Panik", None, kind=QuoteType.REPORTED),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [None, "Jens Ohlsen"]


def test_passive_agents_plural_nouns_quoted_outlets_and_kin() -> None:
    text = (
        "Ihr wird von den Behörden Spionage vorgeworfen. Zudem verlangen die Mönche, dass die "
        "Regierung sich entschuldigt. Das berichtete die „Automobilwoche“ in ihrer "
        "Onlineausgabe. Die Mutter wandte sich an das Forum, da sie befürchtete, man wolle ihr "
        "die Kinder wegnehmen."
    )
    article = analysed(
        text,
        [
            quote(text, "Spionage", "den Behörden", "vorgeworfen", kind=QuoteType.REPORTED),
            quote(text, "dass die Regierung sich entschuldigt", "die Mönche", "verlangen"),
            quote(text, "Das", "die „Automobilwoche“ in ihrer Onlineausgabe", "berichtete"),
            quote(text, "man wolle ihr die Kinder wegnehmen", "sie", "befürchtete"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Behörden",
        "Mönche",
        "Automobilwoche",
        "Mutter",
    ]


def test_name_particles_and_unnamed_circles() -> None:
    text = (
        "Arbeitsministerin Ursula von der Leyen (CDU) stellte das Programm vor. "
        "Von der Leyen betonte, viele Frauen seien geeignet. "
        "Aus Militärkreisen verlautete, 15 Zivilisten seien gestorben. "
        "An der Studie nahmen 4000 Menschen teil, sagte Guido de Marco."
    )
    article = analysed(
        text,
        [
            quote(text, "viele Frauen seien geeignet", "Von der Leyen", "betonte"),
            quote(text, "15 Zivilisten seien gestorben", "Aus Militärkreisen", "verlautete"),
            quote(text, "An der Studie nahmen 4000 Menschen teil", "Guido de Marco", "sagte"),
        ],
    )
    names = [speaker_name(article, q) for q in article.quotes]
    assert names == ["Ursula von der Leyen", None, "Guido de Marco"]
    assert not any("Studie" in entity.name for entity in article.entities)


def test_nationality_adjectives_and_surnames_after_a_title() -> None:
    text = (
        "Der venezolanische Präsident Hugo Chávez traf den brasilianischen Präsidenten Paulo Souza. "
        "Der brasilianische Präsident begründete seine Position. Der venezolanische Staatschef "
        "kündigte einen Vorschlag an. Die deutsche Bundeskanzlerin Merkel erklärte, man sei "
        "offen. Das schrieb die Süddeutsche Zeitung."
    )
    article = analysed(
        text,
        [
            quote(text, "seine Position", "Der brasilianische Präsident", "begründete"),
            quote(text, "einen Vorschlag", "Der venezolanische Staatschef", "kündigte"),
            quote(text, "man sei offen", "Die deutsche Bundeskanzlerin Merkel", "erklärte"),
        ],
    )
    names = [speaker_name(article, q) for q in article.quotes]
    assert names == ["Paulo Souza", "Hugo Chávez", "Merkel"]
    assert "Zeitung" not in {e.name for e in article.entities if e.kind is EntityKind.PERSON}


def test_owners_that_are_groups_outlets_named_after_their_kind_and_particles() -> None:
    text = (
        "Nach Angaben von Kritikern fehlen 200.000 Plätze. Die Stimmung soll nach Meinung "
        "politischer Beobachter kippen. Einige Gewerkschaften wollen zu Streiks aufrufen. "
        "Die russische Nachrichtenagentur RIA Novosti zitiert Kirchner. "
        "John Sifton von Human Rights Watch sagte, das sei ein Verbrechen."
    )
    article = analysed(
        text,
        [
            quote(text, "fehlen 200.000 Plätze", "Angaben von Kritikern", "Nach"),
            quote(text, "kippen", "Meinung politischer Beobachter", "nach"),
            quote(text, "zu Streiks aufrufen", "Einige Gewerkschaften", kind=QuoteType.REPORTED),
            quote(text, "Kirchner", "Die russische Nachrichtenagentur RIA Novosti", "zitiert"),
            quote(text, "das sei ein Verbrechen", "John Sifton", "sagte"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Kritiker",
        "Beobachter",
        "Gewerkschaften",
        "RIA Novosti",
        "John Sifton",
    ]


def test_a_new_person_from_an_inflected_role_phrase_is_named_in_the_nominative() -> None:
    text = (
        "Nach Aussage einem ehemaligen leitenden Angestellten wurde Müll falsch deklariert. "
        "Laut einem Jury-Mitglied fiel die Wahl leicht."
    )
    article = analysed(
        text,
        [
            quote(text, "wurde Müll falsch deklariert", "einem ehemaligen leitenden Angestellten"),
            quote(text, "fiel die Wahl leicht", "einem Jury-Mitglied", "Laut"),
        ],
    )
    names = [speaker_name(article, q) for q in article.quotes]
    assert names == ["ehemaliger leitender Angestellter", "Jury-Mitglied"]


def test_a_ministry_named_by_its_ministers_title_is_mentioned_by_its_noun() -> None:
    text = (
        "Gesundheitsministerin Laura Fiedler kündigte an, den Vorwürfen nachzugehen. Sie habe "
        "die Klinik um einen Bericht gebeten, sagte eine Sprecherin des Ministeriums."
    )
    article = analysed(
        text,
        [quote(text, "Sie habe die Klinik um einen Bericht gebeten", "eine Sprecherin", "sagte")],
    )
    (ministry,) = [e for e in article.entities if e.name == "Gesundheitsministerium"]
    assert article.quotes[0].speaker_entity == ministry.id
    assert {article.span_text(m.span) for m in ministry.mentions} == {
        "eine Sprecherin des Ministeriums",
        "Ministeriums",
    }


def test_kind_nouns_ministries_of_ministers_spokes_compounds_and_demonstratives() -> None:
    text = (
        "Das Bundesamt für Bevölkerungsschutz (BBK) will die App prüfen. Das teilte die Behörde "
        "mit. Bundeslandwirtschaftsminister Kai Roeder soll zugestimmt haben. Das Ministerium "
        "wies das zurück. Die Polizei sperrte ab. Zwölf Menschen wurden festgenommen, wie ein "
        "Polizeisprecher der Nachrichtenagentur AFP bestätigte. Uwe Carstensen habe mit dem "
        "Lotsen Heiko Brammer telefoniert. Dieser habe ihm berichtet, das Ruder sei ausgefallen. "
        "Die Hamburger Reederei Hollmann teilte mit, man arbeite mit."
    )
    article = analysed(
        text,
        [
            quote(text, "Das teilte", "die Behörde", "teilte", kind=QuoteType.REPORTED),
            quote(text, "das", "Das Ministerium", "wies", kind=QuoteType.REPORTED),
            quote(text, "Zwölf Menschen wurden festgenommen", "ein Polizeisprecher", "bestätigte"),
            quote(text, "das Ruder sei ausgefallen", "Dieser", "berichtet"),
            quote(
                text, "man arbeite mit", "Die Hamburger Reederei Hollmann", "teilte", occurrence=2
            ),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Bundesamt für Bevölkerungsschutz",
        "Bundeslandwirtschaftsministerium",
        "Polizei",
        "Heiko Brammer",
        "Hollmann",
    ]


def test_unlisted_titles_are_learnt_and_spokespeople_own_statements() -> None:
    text = (
        "Das Feuer sei unter Kontrolle, sagte Kreisbrandmeister Dietmar Schoch. Die Arbeiten "
        "dauerten an, sagte der Kreisbrandmeister am Mittag. Die Finanznachrichtenagentur "
        "Bloomberg berichtete über ein Angebot. Nach Angaben eines Sprechers der Finanzaufsicht "
        "Bafin ist kein Antrag eingegangen."
    )
    article = analysed(
        text,
        [
            quote(text, "Die Arbeiten dauerten an", "der Kreisbrandmeister", "sagte", occurrence=2),
            quote(
                text,
                "ist kein Antrag eingegangen",
                "eines Sprechers der Finanzaufsicht Bafin",
                "Nach Angaben",
            ),
        ],
    )
    names = [speaker_name(article, q) for q in article.quotes]
    assert names == ["Dietmar Schoch", "Finanzaufsicht Bafin"]


def test_groups_that_pronouns_reach_and_organisations_without_article() -> None:
    text = (
        "Laut Industrie- und Handelskammer Kiel passieren 80 Schiffe am Tag. Die Reedereien "
        "zeigten sich alarmiert. Der Umweg dauere länger, erklärten sie. Mehrere Anwohner "
        "schlossen sich zusammen. Sie wollten klagen, sagten sie."
    )
    article = analysed(
        text,
        [
            quote(text, "passieren 80 Schiffe am Tag", "Industrie- und Handelskammer Kiel", "Laut"),
            quote(text, "Der Umweg dauere länger", "sie", "erklärten"),
            quote(text, "Sie wollten klagen", "sie", "sagten"),
        ],
    )
    for item, speaker in zip(article.quotes[1:], ("erklärten sie", "sagten sie"), strict=True):
        said = span_of(text, speaker)
        item.speaker = Span(said.end - 3, said.end)
    article = analysed(text, article.quotes)
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Industrie- und Handelskammer Kiel",
        "Reedereien",
        "Anwohner",
    ]


def test_spokespeople_pronouns_and_continuations_after_nested_or_direct_quotes() -> None:
    text = (
        "In einer E-Mail bestritt ein Sprecher von Veridian, dass Zahlen geschönt wurden. "
        "„Jede Zahl wird geprüft“, schrieb er. Teresa Galvan sagte, der Finanzchef Alan "
        "Whitcombe habe ihr erzählt, die Firma ziehe sich zurück. Sie habe die Regierung "
        "gewarnt. „Niemand hat zugehört.“"
    )
    told = quote(text, "die Firma ziehe sich zurück", "Alan Whitcombe", "erzählt")
    told.nested_in = "q3"
    continuation = QuoteType.INDIRECT_FREE_INDIRECT
    article = analysed(
        text,
        [
            quote(text, "dass Zahlen geschönt wurden", "ein Sprecher von Veridian", "bestritt"),
            quote(text, "„Jede Zahl wird geprüft“", None, "schrieb", kind=QuoteType.DIRECT),
            quote(text, "der Finanzchef Alan Whitcombe habe", "Teresa Galvan", "sagte"),
            told,
            quote(text, "Sie habe die Regierung gewarnt.", None, kind=continuation),
            quote(text, "„Niemand hat zugehört.“", None, kind=QuoteType.DIRECT),
        ],
    )
    wrote_he = span_of(text, "schrieb er")
    article.quotes[1].speaker = Span(wrote_he.end - 2, wrote_he.end)
    article = analysed(text, article.quotes)
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Veridian",
        "Veridian",
        "Teresa Galvan",
        "Alan Whitcombe",
        "Teresa Galvan",
        "Teresa Galvan",
    ]


def test_pronoun_subjects_without_a_speaker_span_demnach_and_beide() -> None:
    text = (
        "Er bezeichnete das Schreiben als unsensibel und kündigte an, ein Vertreter werde "
        "kommen. Die israelische Regierung stimmte der Resolution zu. Allerdings wurden "
        "Vorbedingungen genannt. Der Abzug soll demnach nur parallel erfolgen. Am Rande traf "
        "sich Al Gore mit Angela Merkel. Beide riefen zum Kampf gegen den Klimawandel auf."
    )
    opener = "Martin Behrsing kritisierte die Behörde. "
    text = opener + text
    article = analysed(
        text,
        [
            quote(text, "ein Vertreter werde kommen", None, "kündigte an"),
            quote(text, "nur parallel erfolgen", "demnach", "demnach"),
            quote(text, "zum Kampf gegen den Klimawandel", "Beide", kind=QuoteType.REPORTED),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Martin Behrsing",
        "Israelische Regierung",
        "Al Gore",
    ]


def test_own_statements_documents_and_first_person_speakers() -> None:
    text = (
        "Das Bundesamt für Verfassungsschutz legte seinen Jahresbericht vor. Die Behörde "
        "zählte mehr Straftaten. Zum Hintergrund führt der Bericht aus, die Gewalt sei "
        "fremdenfeindlich. Nach eigenen Angaben erhielt das Bundesamt mehr Geld. "
        "Renate Künast sagte: „Ich war noch nie dafür, weil ich glaube, dass es nichts löst.“"
    )
    inner = quote(text, "dass es nichts löst", "ich", "glaube", occurrence=1)
    said_i = span_of(text, "ich glaube")
    inner.speaker = Span(said_i.start, said_i.start + 3)
    inner.nested_in = "q3"
    article = analysed(
        text,
        [
            quote(text, "die Gewalt sei fremdenfeindlich", "der Bericht", "führt"),
            quote(text, "erhielt das Bundesamt mehr Geld", "eigenen Angaben", "Nach"),
            quote(
                text,
                "„Ich war noch nie dafür, weil ich glaube, dass es nichts löst.“",
                "Renate Künast",
                "sagte",
                kind=QuoteType.DIRECT,
            ),
            inner,
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Bundesamt für Verfassungsschutz",
        "Bundesamt für Verfassungsschutz",
        "Renate Künast",
        "Renate Künast",
    ]


def test_a_short_form_joins_the_full_name_of_a_body() -> None:
    text = (
        "Das Bundesamt für Verfassungsschutz legte den Bericht vor. "
        "Der Verfassungsschutz warnte, die Gewalt nehme zu."
    )
    article = analysed(
        text, [quote(text, "die Gewalt nehme zu", "Der Verfassungsschutz", "warnte")]
    )
    assert speaker_name(article, article.quotes[0]) == "Bundesamt für Verfassungsschutz"


def test_newcomers_abbreviations_truncated_compounds_and_titles_at_sentence_start() -> None:
    text = (
        "Herr Brandon Lindqvist schrieb, ein Monteur habe ihm berichtet, die Leitung sei alt. "
        "Die WHO hat ihre Helfer verdoppelt. In ihrem Lagebericht schrieb sie, das Risiko sei "
        "hoch. Auch der Heimat- und Wanderverein Ellersberg sieht das kritisch. Der Verein "
        "befürchtet Sperrungen. Ortsvorsteher Egon Lüdtke stimmte dagegen. Der Ortsbeirat sei "
        "nie gehört worden, kritisierte der Ortsvorsteher."
    )
    in_her_report = span_of(text, "schrieb sie")
    report = quote(text, "das Risiko sei hoch", None, "schrieb", occurrence=2)
    report.speaker = Span(in_her_report.end - 3, in_her_report.end)
    article = analysed(
        text,
        [
            quote(text, "die Leitung sei alt", "ein Monteur", "berichtet"),
            report,
            quote(text, "Sperrungen", "Der Verein", "befürchtet", kind=QuoteType.REPORTED),
            quote(text, "Der Ortsbeirat sei nie gehört worden", "der Ortsvorsteher", "kritisierte"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Monteur",
        "WHO",
        "Heimat- und Wanderverein Ellersberg",
        "Egon Lüdtke",
    ]


def test_sports_clubs_and_quoted_outlet_names_after_their_kind() -> None:
    text = (
        "Der SC Hainsfeld gewann das Finale. Laut einem Bericht des Fachmagazins „Steilpass“ "
        "soll die Stürmerin wechseln. Der Verein kündigte einen Empfang an."
    )
    article = analysed(
        text,
        [
            quote(text, "soll die Stürmerin wechseln", "des Fachmagazins „Steilpass“", "Laut"),
            quote(text, "einen Empfang", "Der Verein", "kündigte", kind=QuoteType.REPORTED),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == ["Steilpass", "SC Hainsfeld"]


def test_trial_parties_stay_apart_and_a_title_joins_role_and_name() -> None:
    text = (
        "Die Staatsanwaltschaft wirft dem 52-jährigen Jens P. vor, Warnungen ignoriert zu haben. "
        "Oberstaatsanwalt Jochen Faßbender sagte, der Tod sei vermeidbar gewesen. "
        "Der Angeklagte bestritt, von Schäden gewusst zu haben. Die Vorsitzende Richterin "
        "Katharina Moll kündigte ein Gutachten an. Ein Urteil könnte am Freitag fallen, sagte sie."
    )
    said_she = span_of(text, "sagte sie")
    verdict = quote(text, "Ein Urteil könnte am Freitag fallen", None, "sagte", occurrence=2)
    verdict.speaker = Span(said_she.end - 3, said_she.end)
    article = analysed(
        text,
        [quote(text, "von Schäden gewusst zu haben", "Der Angeklagte", "bestritt"), verdict],
    )
    assert [speaker_name(article, q) for q in article.quotes] == ["Jens P.", "Katharina Moll"]


def test_countries_regnal_names_arabic_articles_and_clause_openers() -> None:
    text = (
        "Der Iran wies die Forderung zurück. Das Staatsoberhaupt, die britische Königin "
        "Elisabeth II., bat um Hilfe. Ahmed al-Assadi sagte, man kämpfe weiter. Wie der "
        "Fernsehsender CBS berichtet, sei die Nachricht echt. Ein WWF-Sprecher schätzte den "
        "Schaden auf Millionen. Das Nobelkomitee im norwegischen Oslo würdigte die Arbeit."
    )
    article = analysed(
        text,
        [
            quote(text, "die Forderung", "Der Iran", "wies", kind=QuoteType.REPORTED),
            quote(
                text,
                "um Hilfe",
                "Das Staatsoberhaupt, die britische Königin Elisabeth II.",
                "bat",
                kind=QuoteType.REPORTED,
            ),
            quote(text, "man kämpfe weiter", "Ahmed al-Assadi", "sagte"),
            quote(text, "sei die Nachricht echt", "der Fernsehsender CBS", "Wie"),
            quote(
                text,
                "den Schaden auf Millionen",
                "Ein WWF-Sprecher",
                "schätzte",
                kind=QuoteType.REPORTED,
            ),
            quote(
                text,
                "die Arbeit",
                "Das Nobelkomitee im norwegischen Oslo",
                "würdigte",
                kind=QuoteType.REPORTED,
            ),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Iran",
        "Elisabeth II.",
        "Ahmed al-Assadi",
        "CBS",
        "WWF",
        "Nobelkomitee",
    ]


def test_the_name_after_an_apposition_comma_is_the_speaker() -> None:
    text = "Der ehemalige Kampfgefährte Thaksins, Newin Chidchob, wandte sich gegen die Proteste."
    article = analysed(
        text,
        [
            quote(
                text,
                "gegen die Proteste",
                "Der ehemalige Kampfgefährte Thaksins, Newin Chidchob",
                "wandte",
                kind=QuoteType.REPORTED,
            )
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "Newin Chidchob"


def test_possessive_and_indefinite_newcomers_are_not_the_organisation_they_belong_to() -> None:
    text = (
        "Der Konzern Corvanta schwieg. Ein ehemaliger Entwickler des Konzerns erzählte, das "
        "Problem sei bekannt gewesen. Der Vorstand habe abgelehnt, habe ihm sein damaliger "
        "Teamleiter gesagt. Ein Londoner Börsenmakler, der anonym bleiben wollte, sagte, die "
        "Vorräte seien knapp."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "das Problem sei bekannt gewesen",
                "Ein ehemaliger Entwickler des Konzerns",
                "erzählte",
            ),
            quote(text, "Der Vorstand habe abgelehnt", "sein damaliger Teamleiter", "gesagt"),
            quote(
                text,
                "die Vorräte seien knapp",
                "Ein Londoner Börsenmakler, der anonym bleiben wollte",
                "sagte",
            ),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "ehemaliger Entwickler",
        "damaliger Teamleiter",
        "Londoner Börsenmakler",
    ]


def test_a_company_noun_prefers_a_body_named_as_a_company() -> None:
    text = (
        "Die Deutsche Schienenverkehrs-AG kritisierte den Streik. Die GTF rief trotzdem dazu auf. "
        "Der Konzern hat nach eigenen Angaben einen Eilantrag eingereicht. Bei der Agentur RIA "
        "hieß es, der Zug stehe."
    )
    article = analysed(
        text,
        [
            quote(
                text, "einen Eilantrag eingereicht", "Der Konzern", "hat", kind=QuoteType.REPORTED
            ),
            quote(text, "der Zug stehe", "der Agentur RIA", "hieß"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Deutsche Schienenverkehrs-AG",
        "RIA",
    ]


def test_a_city_demonym_is_an_epithet() -> None:
    text = (
        "Der Schiedsrichter Robert Hoyzer aus Berlin gestand die Manipulation. Er habe Geld "
        "bekommen, räumte der Berliner ein."
    )
    article = analysed(text, [quote(text, "Er habe Geld bekommen", "der Berliner", "räumte")])
    assert speaker_name(article, article.quotes[0]) == "Robert Hoyzer"


def test_a_regional_demonym_subject_keeps_its_person_salient() -> None:
    text = (
        "Anna Moser gewann den Riesenslalom. Die Tirolerin setzte sich vor der Schwedin Elin "
        "Berg durch. „Ich habe alles riskiert“, sagte die 27-Jährige."
    )
    article = analysed(
        text,
        [
            quote(
                text, "„Ich habe alles riskiert“", "die 27-Jährige", "sagte", kind=QuoteType.DIRECT
            )
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "Anna Moser"


def test_a_sporting_title_is_an_epithet_of_the_athlete() -> None:
    text = (
        "Der Belgier Wout Lemaire stürzte in der Abfahrt. Die Strecke sei zu nass gewesen, "
        "sagte der Weltmeister von 2022."
    )
    article = analysed(
        text, [quote(text, "Die Strecke sei zu nass gewesen", "der Weltmeister von 2022", "sagte")]
    )
    assert speaker_name(article, article.quotes[0]) == "Wout Lemaire"


def test_a_nationality_goes_to_the_subject_with_an_office_not_to_another_nation() -> None:
    text = (
        "Der Belgier Wout Lemaire sprach von einer Rutschbahn. "
        "Renndirektor Thierry Gasquet wies die Kritik zurück. Die Strecke sei sicher gewesen, "
        "sagte der Franzose."
    )
    article = analysed(
        text, [quote(text, "Die Strecke sei sicher gewesen", "der Franzose", "sagte")]
    )
    assert speaker_name(article, article.quotes[0]) == "Thierry Gasquet"


def test_crediting_cues_nationality_nouns_and_three_level_continuations() -> None:
    text = (
        "Nach Angaben von Finanzvorstand Ralf Degenhart lag der Verlust bei 84 Millionen. "
        "Trainer Goran Pavlović stellte die Mannschaft infrage. „Wir haben nicht gespielt“, "
        "sagte der Kroate. Nach Angaben eines Gerichtssprechers am Landgericht Fulda könnte ein "
        "Urteil fallen."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "lag der Verlust bei 84 Millionen",
                "Finanzvorstand Ralf Degenhart",
                "Nach Angaben",
            ),
            quote(text, "„Wir haben nicht gespielt“", "der Kroate", "sagte", kind=QuoteType.DIRECT),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Ralf Degenhart",
        "Goran Pavlović",
    ]


def test_a_role_of_a_named_person_in_the_genitive_is_someone_else() -> None:
    text = (
        "Ali Samani war im Januar verhaftet worden. Die Anwältin Samanis bestritt jede "
        "Beteiligung. Die Anwältin erklärte, sie sei gehindert worden. Wladimir Putin reiste ab. "
        "Ein Sprecher Putins sagte, der Präsident sei zufrieden."
    )
    article = analysed(
        text,
        [
            quote(text, "jede Beteiligung", "Die Anwältin Samanis", "bestritt"),
            quote(text, "sie sei gehindert worden", "Die Anwältin", "erklärte"),
            quote(text, "der Präsident sei zufrieden", "Ein Sprecher Putins", "sagte"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Anwältin Samanis",
        "Anwältin Samanis",
        "Wladimir Putin",
    ]


def test_a_role_owned_in_the_genitive_titles_the_name_after_the_comma() -> None:
    text = (
        "Der Prozess gegen den Unternehmer Karl Müller hat in Kassel begonnen. Der Anwalt "
        "Müllers, Tom Berger, zeigte sich zuversichtlich. Er sagte, sein Mandant sei unschuldig."
    )
    article = analysed(text, [quote(text, "sein Mandant sei unschuldig", "Er", "sagte")])
    assert speaker_name(article, article.quotes[0]) == "Tom Berger"
    lawyer = next(entity for entity in article.entities if entity.name == "Tom Berger")
    assert "Anwalt" in lawyer.roles


def test_own_statements_genitive_owners_and_a_lone_body_after_a_preposition() -> None:
    text = (
        "Tesla Motors will eine Kampagne starten. Nach eigenen Angaben hat das Unternehmen "
        "einen Partner gefunden. Wolfgang Grupp kritisierte die Manager. Nach Grupps Meinung "
        "werden Fehler gemacht. Kritik kommt vom Berliner Fahrgastverband IGEB, der die "
        "Maßnahme als Kapitulation sieht. Eine Agentur von Al Gore hatte verlangt, dass nur "
        "kurz berichtet werde."
    )
    article = analysed(
        text,
        [
            quote(text, "hat das Unternehmen einen Partner gefunden", "eigenen Angaben", "Nach"),
            quote(text, "werden Fehler gemacht", "Grupps Meinung", "Nach"),
            quote(text, "die Maßnahme", "Berliner Fahrgastverband IGEB", "als"),
            quote(text, "dass nur kurz berichtet werde", "Eine Agentur von Al Gore", "verlangt"),
        ],
    )
    names = [speaker_name(article, q) for q in article.quotes]
    assert names[:3] == ["Tesla Motors", "Wolfgang Grupp", "Berliner Fahrgastverband IGEB"]
    assert names[3] != "Al Gore"


def test_academic_titles_are_no_names() -> None:
    text = (
        "„Der Effekt war groß“, sagte Studienleiterin Prof. Dr. Henrike Vogelsang. Laut Dr. "
        "Maier ist das übertrieben. Amtsrichterin Dr. Friederike Haas-Olbrich schwieg. "
        "„Es geht um einen Baum“, sagte die Richterin."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "„Der Effekt war groß“",
                "Studienleiterin Prof. Dr. Henrike Vogelsang",
                "sagte",
                kind=QuoteType.DIRECT,
            ),
            quote(text, "ist das übertrieben", "Dr. Maier", "Laut"),
            quote(
                text,
                "„Es geht um einen Baum“",
                "die Richterin",
                "sagte",
                kind=QuoteType.DIRECT,
                occurrence=2,
            ),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Henrike Vogelsang",
        "Maier",
        "Friederike Haas-Olbrich",
    ]
    assert not any(entity.name in ("Dr", "Prof") for entity in article.entities)


def test_inflected_listed_names_kind_noun_spans_and_counted_groups() -> None:
    text = (
        "Nach Angaben der Deutschen Bahn bleibt die Strecke gesperrt. Ein Bahnsprecher sagte, "
        "die Reparatur dauere. Nach Angaben der Polizeidirektion Görlitz wurde niemand verletzt. "
        "Der Autozulieferer Kellermann Automotive will sein Werk schließen. Betroffen seien 1.150 "
        "Beschäftigte, teilte das Unternehmen mit Sitz in Stuttgart mit. Drei frühere Spieler "
        "werfen dem Trainer vor, er habe gelogen."
    )
    article = analysed(
        text,
        [
            quote(text, "die Reparatur dauere", "Ein Bahnsprecher", "sagte"),
            quote(
                text,
                "wurde niemand verletzt",
                "Polizeidirektion Görlitz",
                "Nach Angaben",
                occurrence=2,
            ),
            quote(
                text,
                "Betroffen seien 1.150 Beschäftigte",
                "das Unternehmen mit Sitz in Stuttgart",
                "teilte",
            ),
            quote(text, "er habe gelogen", "Drei frühere Spieler", "werfen"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Deutsche Bahn",
        "Polizeidirektion Görlitz",
        "Kellermann Automotive",
        "frühere Spieler",
    ]


def test_a_named_apposition_beats_a_genitive_noun_phrase_in_the_span() -> None:
    text = (
        "Die Regierung in Tokio ist besorgt. Der Betreiber des havarierten Kernkraftwerks "
        "Fukushima Daiichi, der Energieversorger TEPCO, begann heute damit, Wasser abzulassen. "
        "Es soll sich um zehn Millionen Liter handeln."
    )
    speaker = (
        "Der Betreiber des havarierten Kernkraftwerks Fukushima Daiichi, der Energieversorger TEPCO"
    )
    article = analysed(text, [quote(text, "Es soll sich um zehn Millionen Liter handeln", speaker)])
    assert speaker_name(article, article.quotes[0]) == "TEPCO"


def test_any_body_kind_noun_and_an_unnamed_source() -> None:
    text = (
        "Ein Mitarbeiter des Hilfswerks Misereor ist entführt worden. Das bestätigte die "
        "Organisation in Bonn. Nach Angaben einer russischen Quelle soll der Sprengsatz klein "
        "gewesen sein."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "Ein Mitarbeiter des Hilfswerks Misereor ist entführt worden",
                "die Organisation in Bonn",
                "bestätigte",
            ),
            quote(
                text,
                "soll der Sprengsatz klein gewesen sein",
                "Angaben einer russischen Quelle",
                "Nach",
            ),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == ["Hilfswerk Misereor", None]


def test_a_crowd_and_a_court_its_place_identifies_are_speakers() -> None:
    text = (
        "Ein Bezirksgericht in Virginia hat Twitter aufgefordert, Daten herauszugeben. Die "
        "Polizei war vor Ort. Die Menschenmenge skandierte Parolen wie „Thaksin raus!“ vor dem "
        "Zentrum. Twitter rät ihm, Rechtsmittel einzulegen."
    )
    article = analysed(
        text,
        [
            quote(text, "Daten herauszugeben", "Ein Bezirksgericht in Virginia", "aufgefordert"),
            quote(
                text, "„Thaksin raus!“", "Die Menschenmenge", "skandierte", kind=QuoteType.DIRECT
            ),
            quote(text, "Rechtsmittel einzulegen", "Twitter", "rät", occurrence=1),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Bezirksgericht",
        "Menschenmenge",
        "Twitter",
    ]


def test_a_plain_role_of_a_country_is_someone_new() -> None:
    text = (
        "Muammar al-Gaddafi regiert seit Jahren. Der Vertreter Libyens nannte die Sanktionen "
        "eine Unterstützung seines Volkes."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "die Sanktionen eine Unterstützung seines Volkes",
                "Der Vertreter Libyens",
                "nannte",
            )
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "Vertreter Libyens"


def test_ordinal_titles_outlet_kind_nouns_and_bodies_of_two_countries() -> None:
    text = (
        "Die chinesische Küstenwache hat ein Boot beschossen. Nach Angaben der philippinischen "
        "Küstenwache wurden drei Menschen verletzt. Lea Marquardt sagte das dem NDR. Dem Sender "
        "zufolge sollen zwei Notausgänge verschlossen gewesen sein. Ein Matrose sagte, der "
        "Zweite Offizier habe ihm erzählt, das Radar sei kaputt."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "wurden drei Menschen verletzt",
                "der philippinischen Küstenwache",
                "Nach Angaben",
            ),
            quote(
                text, "sollen zwei Notausgänge verschlossen gewesen sein", "Dem Sender", "zufolge"
            ),
            quote(text, "das Radar sei kaputt", "der Zweite Offizier", "erzählt"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Philippinische Küstenwache",
        "NDR",
        "Zweite Offizier",
    ]


def test_one_of_a_group_named_after_a_comma_and_listed_bodies_after_an_article() -> None:
    text = (
        "Die Putschisten wandten sich an die Demonstranten. Einer der Putschisten, Harouna "
        "Djibrilla Adamou, dankte den Menschen und ergänzte, der Staatsstreich sei richtig. Das "
        "Auswärtige Amt verurteilte den Putsch als gefährlich."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "der Staatsstreich sei richtig",
                "Einer der Putschisten, Harouna Djibrilla Adamou",
                "ergänzte",
            ),
            quote(text, "den Putsch als gefährlich", "Das Auswärtige Amt", kind=QuoteType.REPORTED),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Harouna Djibrilla Adamou",
        "Auswärtiges Amt",
    ]


def test_a_shortened_surname_keeps_its_full_stop() -> None:
    text = (
        "Die Polizei sucht den 37-jährigen Steve St. aus Cleveland. Der Tatverdächtige "
        "behauptet, weitere Menschen getötet zu haben."
    )
    article = analysed(
        text,
        [quote(text, "weitere Menschen getötet zu haben", "Der Tatverdächtige", "behauptet")],
    )
    assert speaker_name(article, article.quotes[0]) == "Steve St."


def test_a_poll_share_is_a_group_that_borrows_its_people() -> None:
    text = (
        "Zwar sind 62 Prozent der Bundesbürger mit der Demokratie zufrieden, 37 Prozent sind "
        "jedoch der Auffassung, dass sie schlecht funktioniert. Es ziehen 47 Prozent der "
        "Befragten den Schluss, nicht zur Wahl zu gehen."
    )
    article = analysed(
        text,
        [
            quote(text, "dass sie schlecht funktioniert", "37 Prozent", "sind", occurrence=2),
            quote(text, "nicht zur Wahl zu gehen", "47 Prozent der Befragten", "Es ziehen"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "37 Prozent der Bundesbürger",
        "47 Prozent der Befragten",
    ]


def test_a_crediting_cue_without_a_speaker_span_governs_the_mention_beside_it() -> None:
    text = (
        "Die Staatsanwaltschaft Nürnberg-Fürth hat Anklage erhoben. Überhaupt sei der Mann laut "
        "der Staatsanwaltschaft sehr autoritär gewesen."
    )
    article = analysed(text, [quote(text, "sei der Mann", None, "laut")])
    assert speaker_name(article, article.quotes[0]) == "Staatsanwaltschaft Nürnberg-Fürth"


def test_a_spokesman_from_a_city_and_unnamed_media() -> None:
    text = (
        "Der IWF prüft die Lage. „Wir sind besorgt“, ließ ein IWF-Sprecher aus Washington "
        "wissen. Medien berichten, der Trainer sei entlassen."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "„Wir sind besorgt“",
                "ein IWF-Sprecher aus Washington",
                "ließ",
                kind=QuoteType.DIRECT,
            ),
            quote(text, "der Trainer sei entlassen", "Medien", "berichten"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == ["IWF", None]
    assert article.quotes[1].evidential is Evidential.ALLEGED


def test_a_nationality_adjective_before_a_source_noun_is_the_country() -> None:
    text = "Kuba und die USA streiten. Nach kubanischen Aussagen sei der Mann ein Spion."
    article = analysed(
        text, [quote(text, "sei der Mann ein Spion", "kubanischen Aussagen", "Nach")]
    )
    assert speaker_name(article, article.quotes[0]) == "Kuba"


@pytest.mark.parametrize(
    ("opening", "short", "name"),
    [
        ("Die Gewerkschaft der Polizei (GdP) warnt.", "Die GdP", "Gewerkschaft der Polizei"),
        ("Der „Chaos Computer Club“ (CCC) warnt.", "Der CCC", "Chaos Computer Club"),
    ],
)
def test_an_abbreviation_in_parentheses_names_the_same_body(
    opening: str, short: str, name: str
) -> None:
    text = f"{opening} {short} sagte, es fehlten Beamte."
    article = analysed(text, [quote(text, "es fehlten Beamte", short, "sagte")])
    assert speaker_name(article, article.quotes[0]) == name
    (body,) = [e for e in article.entities if e.name == name]
    assert len(body.mentions) >= 2
    assert not any(e.name == short.split()[-1] for e in article.entities)


def test_a_body_noun_before_a_quoted_name_is_called_by_the_name() -> None:
    text = "Die Organisation „Reporter ohne Grenzen“ weist darauf hin, dass Journalisten fliehen."
    article = analysed(
        text,
        [
            quote(
                text,
                "dass Journalisten fliehen",
                "Die Organisation „Reporter ohne Grenzen“",
                "weist darauf hin",
            )
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "Reporter ohne Grenzen"


def test_a_quoted_name_in_the_speaker_span_is_the_speaker() -> None:
    text = (
        "Die Kirche schweigt. Wie die in Oberösterreich erscheinende „Rundschau am Sonntag“ "
        "berichtete, wollen Pfarrer protestieren."
    )
    span = "die in Oberösterreich erscheinende „Rundschau am Sonntag“"
    article = analysed(text, [quote(text, "wollen Pfarrer protestieren", span, "berichtete")])
    assert speaker_name(article, article.quotes[0]) == "Rundschau am Sonntag"
    assert chain_names(article, "q1") == ["Rundschau am Sonntag"]


def test_an_age_adjective_before_a_role_noun_keeps_the_noun() -> None:
    text = "Der Kläger Gerhard K. wohnt in Bretten. Der 72-jährige Kläger verlangte, den Baum zu kürzen."
    article = analysed(
        text, [quote(text, "den Baum zu kürzen", "Der 72-jährige Kläger", "verlangte")]
    )
    assert speaker_name(article, article.quotes[0]) == "Gerhard K."


def test_an_indefinite_role_opening_a_sentence_introduces_someone_later_epithets_reach() -> None:
    text = (
        "Zoodirektorin Anna Vollmer wies die Vorwürfe zurück. Ein ehemaliger Tierpfleger sieht "
        "das ganz anders. Der Tierarzt habe das Jungtier trotz Atemproblemen geimpft, sagte der "
        "Mann, der anonym bleiben möchte."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "Der Tierarzt habe das Jungtier trotz Atemproblemen geimpft",
                "der Mann, der anonym bleiben möchte",
                "sagte",
            ),
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "ehemaliger Tierpfleger"


def test_one_of_a_group_introduced_by_an_apposition() -> None:
    text = (
        "Die Bergwacht rettete zwei Männer. Einer der beiden Wanderer, ein Student aus Bielefeld, "
        "räumte Fehler ein. „Wir haben den Berg unterschätzt“, sagte der 27-Jährige dem WDR."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "„Wir haben den Berg unterschätzt“",
                "der 27-Jährige",
                "sagte",
                kind=QuoteType.DIRECT,
            )
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "Student"


def test_a_group_named_by_its_members() -> None:
    text = "Die Kirche schweigt. Eine Gruppe liberaler Pfarrer kündigte an, sie werde protestieren."
    article = analysed(
        text, [quote(text, "sie werde protestieren", "Eine Gruppe liberaler Pfarrer", "kündigte")]
    )
    assert speaker_name(article, article.quotes[0]) == "Gruppe liberaler Pfarrer"


def test_outlets_in_the_plural_name_no_one() -> None:
    text = "Der Prinz schweigt. Nach Berichten britischer Tageszeitungen soll er erkrankt sein."
    article = analysed(
        text, [quote(text, "soll er erkrankt sein", "Berichten britischer Tageszeitungen", "Nach")]
    )
    assert speaker_name(article, article.quotes[0]) is None
    assert article.quotes[0].evidential is Evidential.ALLEGED


def test_a_relative_of_a_named_person_and_a_lower_case_quoted_outlet() -> None:
    text = (
        "John Demjanjuk soll ausgeliefert werden. Es wurde bekannt, dass Demjanjuks Sohn einen "
        "Eilantrag gestellt hat. Laut der aktuellen Ausgabe des Wochenmagazines „profil“ wurde "
        "ein Verkauf erwogen."
    )
    article = analysed(
        text,
        [
            quote(text, "einen Eilantrag gestellt hat", "Demjanjuks Sohn", "Es wurde"),
            quote(
                text,
                "wurde ein Verkauf erwogen",
                "der aktuellen Ausgabe des Wochenmagazines „profil“",
                "Laut",
            ),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == ["Demjanjuks Sohn", "profil"]


def test_a_relative_named_as_the_agent_of_a_passive_speech_verb() -> None:
    text = (
        "John Demjanjuk soll ausgeliefert werden. Von Demjanjuks Tochter wurde die Vermutung "
        "geäußert, man suche nur einen Schuldigen."
    )
    article = analysed(
        text, [quote(text, "man suche nur einen Schuldigen", "Demjanjuks Tochter", "geäußert")]
    )
    assert speaker_name(article, article.quotes[0]) == "Demjanjuks Tochter"


def test_a_full_name_after_an_article_and_an_adjective_is_a_person() -> None:
    text = "Der kranke John Demjanjuk sagte, er sei unschuldig."
    article = analysed(text, [quote(text, "er sei unschuldig", "Der kranke John Demjanjuk")])
    assert speaker_name(article, article.quotes[0]) == "John Demjanjuk"
    assert article.entities[0].kind == "person"


def test_a_role_complement_stops_at_the_verb_and_roles_are_not_found_inside_longer_nouns() -> None:
    text = (
        "Die Schwester des Fahrers hatte Streit mit ihm. Sie sagte, er sei müde gewesen. "
        "Das wurde von einem Repräsentanten der Firma bestätigt."
    )
    article = analysed(
        text,
        [
            quote(text, "er sei müde gewesen", "Sie", "sagte"),
            quote(text, "Das", "von einem Repräsentanten der Firma", "bestätigt"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Schwester des Fahrers",
        "Repräsentant der Firma",
    ]


def test_an_article_after_a_relative_pronoun_is_no_adjective_of_a_role() -> None:
    text = (
        "Es gibt auch Stimmen, die dem früheren Minister Karl Huber vorwerfen, "
        "geschwiegen zu haben."
    )
    article = analysed(text, [quote(text, "geschwiegen zu haben", "Stimmen", "vorwerfen")])
    huber = next(e for e in article.entities if e.name == "Karl Huber")
    mentioned = [text[m.span.start : m.span.end] for m in huber.mentions]
    assert "dem früheren Minister" in mentioned
    assert "die dem früheren Minister" not in mentioned


def test_the_owner_of_an_idea_or_an_information_is_the_source() -> None:
    text = (
        "Wolfgang Brenner will die Steuern senken. Nach Brenners Idee soll die Steuer sinken. "
        "Laut einer Information des Bundeskriminalamtes in Wiesbaden sei die Lage ernst."
    )
    article = analysed(
        text,
        [
            quote(text, "soll die Steuer sinken", "Brenners Idee", "Nach"),
            quote(
                text,
                "sei die Lage ernst",
                "einer Information des Bundeskriminalamtes in Wiesbaden",
                "Laut",
            ),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Wolfgang Brenner",
        "Bundeskriminalamt",
    ]


def test_bodies_in_the_plural_keep_their_plural_name() -> None:
    text = (
        "In Japan bebte die Erde. Die japanischen Behörden haben mitgeteilt, die Lage sei "
        "stabil. Die Regierung sagte, sie helfe."
    )
    article = analysed(
        text,
        [
            quote(text, "die Lage sei stabil", "Die japanischen Behörden", "haben mitgeteilt"),
            quote(text, "sie helfe", "Die Regierung", "sagte"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Japanische Behörden",
        "Regierung",
    ]


def test_an_outlet_called_by_a_compound_of_an_outlet_noun() -> None:
    text = (
        "Die Studie kam heraus. Wie die Apothekenzeitung in ihrer Onlineausgabe berichtet, ist das "
        "Mittel gefährlich. Ein Arzt sagte der Lokalzeitung, er sei besorgt."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "ist das Mittel gefährlich",
                "die Apothekenzeitung in ihrer Onlineausgabe",
                "Wie",
            ),
            quote(text, "er sei besorgt", "Ein Arzt", "sagte"),
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "Apothekenzeitung"
    assert "Lokalzeitung" not in {e.name for e in article.entities}


def test_an_office_of_another_place_is_someone_new() -> None:
    text = (
        "Gouverneur Rick Holloway sprach von einer Katastrophe. Der Bürgermeister von Port Adley "
        "sagte, die Stadt sei leer. Der Gouverneur sagte, er helfe."
    )
    article = analysed(
        text,
        [
            quote(text, "die Stadt sei leer", "Der Bürgermeister von Port Adley", "sagte"),
            quote(text, "er helfe", "Der Gouverneur", "sagte", occurrence=2),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Bürgermeister von Port Adley",
        "Rick Holloway",
    ]


def test_a_relative_or_demonstrative_pronoun_after_an_unnamed_role_is_someone_new() -> None:
    text = (
        "Kurt Fehling bestreitet alles. Die Firmen prüfen die Angaben eines Hackers, der "
        "behauptet, den Code gecrackt zu haben. Anlass war die Anzeige eines Privatdetektivs. "
        "Dieser behauptete, dass Fehling gelogen habe."
    )
    relative = quote(text, "den Code gecrackt zu haben", None, "behauptet")
    start = text.index("Hackers, der") + len("Hackers, ")
    relative.speaker = Span(start, start + len("der"))
    article = analysed(
        text, [relative, quote(text, "dass Fehling gelogen habe", "Dieser", "behauptete")]
    )
    assert [speaker_name(article, q) for q in article.quotes] == ["Hacker", "Privatdetektiv"]


def test_a_share_of_a_group_speaks_and_plural_pronouns_reach_it() -> None:
    text = (
        "Einige der bekanntesten walisischen Imker haben Tom Hale einen Brief "
        "geschrieben. In der Notiz teilten sie mit, dass das Gift die Bienen töte."
    )
    article = analysed(text, [quote(text, "dass das Gift die Bienen töte", "sie", "teilten")])
    assert speaker_name(article, article.quotes[0]) == "bekannteste walisische Imker"


def test_offices_named_by_a_compound_of_amt() -> None:
    text = "Die Polizei ermittelt. Das Bundeskriminalamt (BKA) bestätigte, dass es Festnahmen gab."
    article = analysed(
        text,
        [quote(text, "dass es Festnahmen gab", "Das Bundeskriminalamt (BKA)", "bestätigte")],
    )
    assert speaker_name(article, article.quotes[0]) == "Bundeskriminalamt"


def test_the_known_holder_of_an_office_owns_a_view() -> None:
    text = (
        "UN-Generalsekretär Luis Ferreira legte einen Bericht vor. Nach Ansicht des "
        "UN-Generalsekretärs sei die Lage ernst."
    )
    article = analysed(
        text, [quote(text, "sei die Lage ernst", "Ansicht des UN-Generalsekretärs", "Nach")]
    )
    assert speaker_name(article, article.quotes[0]) == "Luis Ferreira"


def test_a_document_speaks_for_its_author() -> None:
    text = (
        "UN-Generalsekretär Luis Ferreira legte dem Rat einen Bericht vor. Dem Bericht zufolge ist "
        "die Lage ernst. Die OSZE hat die Wahl beobachtet. Der OSZE-Bericht kritisiert die "
        "Medien. Das Parlament verabschiedete eine Resolution, welche die Regierung auffordert, "
        "das Gesetz zurückzunehmen. Laut einem internen Papier sollen Fehler bekannt gewesen sein."
    )
    article = analysed(
        text,
        [
            quote(text, "ist die Lage ernst", "Dem Bericht", "zufolge"),
            quote(text, "die Medien", "Der OSZE-Bericht", "kritisiert"),
            quote(text, "das Gesetz zurückzunehmen", "eine Resolution, welche", "auffordert"),
            quote(text, "sollen Fehler bekannt gewesen sein", "einem internen Papier", "Laut"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Luis Ferreira",
        "OSZE",
        "Parlament",
        None,
    ]


def test_an_aside_in_parentheses_is_no_author() -> None:
    text = (
        "Der Bischof war umstritten (Wikinews berichtete). In dem Schreiben heißt es, er trete "
        "zurück."
    )
    article = analysed(text, [quote(text, "er trete zurück", "In dem Schreiben", "heißt es")])
    assert speaker_name(article, article.quotes[0]) is None


def test_pronominal_adverbs_are_no_names_and_initiators_speak() -> None:
    text = (
        "Der Senat plant eine Schülerdatei. Darunter sind Angaben zur Sprache. Die Initiatoren "
        "sagten, die Datei sei sicher."
    )
    article = analysed(
        text,
        [
            quote(text, "sind Angaben zur Sprache", "Darunter"),
            quote(text, "die Datei sei sicher", "Die Initiatoren", "sagten"),
        ],
    )
    assert "Darunter" not in {e.name for e in article.entities}
    assert speaker_name(article, article.quotes[1]) == "Initiatoren"


def test_a_document_introduced_long_before_or_by_a_passive_agent() -> None:
    text = (
        "In einem gestern veröffentlichten Bericht fordert UN-Generalsekretär Luis Ferreira ein "
        "Ende der Gewalt. Die Lage sei ernst. Hilfe komme kaum an. Im Bericht heißt es, die "
        "Kinder litten. Die Resolution 1612 ist älter. In dieser Resolution, die vom "
        "Sicherheitsrat der Vereinten Nationen angenommen wurde, heißt es, Kinder seien zu "
        "schützen."
    )
    report = quote(text, "die Kinder litten", None, "heißt es")
    start = text.index("Im Bericht") + len("Im ")
    report.speaker = Span(start, start + len("Bericht"))
    resolution = quote(
        text, "Kinder seien zu schützen", "dieser Resolution", "heißt es", occurrence=2
    )
    article = analysed(text, [report, resolution])
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Luis Ferreira",
        "Sicherheitsrat der Vereinten Nationen",
    ]


def test_a_motion_speaks_for_the_party_that_filed_it() -> None:
    text = (
        "Die Linkspartei hat einen Antrag im Bundestag eingebracht. In dem Antrag heißt es, "
        "die Truppen müssten abziehen."
    )
    article = analysed(
        text, [quote(text, "die Truppen müssten abziehen", "dem Antrag", "heißt es")]
    )
    assert speaker_name(article, article.quotes[0]) == "Linkspartei"


def test_a_spokes_compound_names_the_body_it_speaks_for() -> None:
    text = (
        "Bei Gefechten starben Talibankämpfer. Ein Talibansprecher kündigte an, die Kämpfer würden "
        "die Stadt angreifen."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "die Kämpfer würden die Stadt angreifen",
                "Ein Talibansprecher",
                "kündigte",
            )
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "Taliban"


def test_a_document_named_with_its_owner_speaks_for_the_owner_later() -> None:
    text = (
        "Die Nachrichtenagentur dpa meldete, ihr liege die Studie des Bundesbildungsministeriums "
        "vor. Laut dieser Studie brechen viele Studenten ab."
    )
    article = analysed(text, [quote(text, "brechen viele Studenten ab", "dieser Studie", "Laut")])
    assert speaker_name(article, article.quotes[0]) == "Bundesbildungsministerium"


def test_names_hyphenated_first_names_and_particles_only_after_first_names() -> None:
    text = (
        "Karl-Theodor zu Weilburg, Obmann der Fraktion im Auswärtigen Ausschuss, sagte, die "
        "Lage sei ernst. Laut Hauptmann Abraham Verhoek von der US-Marineinfanterie ist es ruhig."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "die Lage sei ernst",
                "Karl-Theodor zu Weilburg, Obmann der Fraktion im Auswärtigen Ausschuss",
                "sagte",
            ),
            quote(
                text,
                "ist es ruhig",
                "Hauptmann Abraham Verhoek von der US-Marineinfanterie",
                "Laut",
            ),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Karl-Theodor zu Weilburg",
        "Abraham Verhoek",
    ]


def test_a_person_named_in_the_span_beats_the_body_of_the_role() -> None:
    text = (
        "Frank Wiltberg, Vorsitzender der Deutschen Journalistinnen- und Journalisten-Union, "
        "sagte, die Schließung sei ein Skandal. Die Sichtweise von Minister Heribert Lohse (CDU), "
        "wonach das Gesetz ausgewogen sei, teilt Biermann nicht."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "die Schließung sei ein Skandal",
                "Frank Wiltberg, Vorsitzender der Deutschen Journalistinnen- und "
                "Journalisten-Union",
                "sagte",
            ),
            quote(text, "das Gesetz ausgewogen sei", "wonach", "wonach"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Frank Wiltberg",
        "Heribert Lohse",
    ]


def test_a_publisher_by_its_kind_and_a_presidency_is_a_body() -> None:
    text = (
        "Die Verlagsgruppe Lensing besitzt die Zeitung. Der Verlag schlug vor, die Redaktion zu "
        "schließen. Die Deutsche EU-Ratspräsidentschaft nannte als Ziel, den Frieden zu sichern."
    )
    article = analysed(
        text,
        [
            quote(text, "die Redaktion zu schließen", "Der Verlag", "schlug"),
            quote(
                text,
                "den Frieden zu sichern",
                "Die Deutsche EU-Ratspräsidentschaft",
                "nannte als",
            ),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Lensing",
        "Deutsche EU-Ratspräsidentschaft",
    ]


def test_a_crediting_cue_without_a_speaker_reads_the_source_phrase_after_it() -> None:
    text = (
        "Die Gefahr ist groß. Nach Angaben des Schweizer Bundesamts für Umwelt bleibt die "
        "Gefahr bestehen."
    )
    article = analysed(text, [quote(text, "bleibt die Gefahr bestehen", None, "Nach")])
    assert speaker_name(article, article.quotes[0]) == "Schweizer Bundesamt für Umwelt"


def test_a_document_noun_in_the_span_names_no_one_but_its_owner_does() -> None:
    text = (
        "Die Truppen zogen ab. Wie aus einer Verlautbarung der Internationalen "
        "Sicherheitsunterstützungstruppe (ISAF) hervorgeht, starben drei Soldaten. Der "
        "Chefredakteur Arthur Rutishauser sprach in seinem Bericht von einem „Steuerpranger“."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "starben drei Soldaten",
                "einer Verlautbarung der Internationalen Sicherheitsunterstützungstruppe (ISAF)",
                "hervorgeht",
            ),
        ],
    )
    names = {e.name for e in article.entities}
    assert (
        speaker_name(article, article.quotes[0]) == "Internationale Sicherheitsunterstützungstruppe"
    )
    assert "Verlautbarung" not in names


def test_a_possessive_relative_owns_the_statement() -> None:
    text = (
        "Die Polizei fasste einen Mann. Er trug eine Tasche, die nach dessen Angaben eine Bombe "
        "enthielt."
    )
    relative = quote(text, "eine Bombe enthielt", None, "nach")
    start = text.index("dessen Angaben")
    relative.speaker = Span(start, start + len("dessen Angaben"))
    article = analysed(text, [relative])
    assert speaker_name(article, article.quotes[0]) == "Mann"


def test_an_association_named_by_a_genitive_plural() -> None:
    text = (
        "Der Bundesverband der Industrie begrüßte das Gesetz. Der Verband regionaler "
        "Brauereien bedauerte, dass die Steuer steige."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "dass die Steuer steige",
                "Der Verband regionaler Brauereien",
                "bedauerte",
            )
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "Verband regionaler Brauereien"


def test_a_web_address_speaks_as_an_outlet() -> None:
    text = (
        "Auch Positives ist zu berichten. Wie Stadtblog.at berichtete, wurden die Bedingungen "
        "geändert. „Es ist ein Erfolg“, zitiert news.example.co.uk einen Sprecher."
    )
    article = analysed(
        text,
        [quote(text, "wurden die Bedingungen geändert", "Stadtblog.at", "Wie")],
    )
    assert speaker_name(article, article.quotes[0]) == "Stadtblog.at"
    assert {"Stadtblog.at", "news.example.co.uk"} <= {e.name for e in article.entities}


def test_a_possessive_before_an_adjective_and_a_source_noun() -> None:
    text = (
        "Christian Falkner hat ein Buch geschrieben. Seine zentrale Aussage ist, dass die "
        "Schule versagt habe."
    )
    article = analysed(
        text,
        [quote(text, "dass die Schule versagt habe", "Seine zentrale Aussage")],
    )
    assert speaker_name(article, article.quotes[0]) == "Christian Falkner"


def test_joined_initials_neither_end_a_sentence_nor_a_name() -> None:
    text = (
        "Laut dem Direktor K.P. Varma soll der Test bald stattfinden. H.T. Kowan, der in "
        "Guandong war, sagte, dass er hoffe."
    )
    article = analysed(
        text,
        [
            quote(text, "soll der Test bald stattfinden", None, "Laut"),
            quote(text, "dass er hoffe", "H.T. Kowan", "sagte"),
        ],
    )
    assert len(article.sentences) == 2
    assert [speaker_name(article, q) for q in article.quotes] == ["K.P. Varma", "H.T. Kowan"]


def test_an_unnamed_owner_in_the_genitive_or_named_by_an_apposition() -> None:
    text = (
        "Der Strom fiel aus. Nach Angaben des französischen Stromnetzbetreibers waren zwei "
        "Millionen betroffen. Nach Angaben des Hauptsponsors der Show, dem Getränkehersteller "
        "Quellbrunn, sahen 100 Millionen zu. Nach Angaben der Organisation Ärzte ohne Grenzen fehlt "
        "Wasser."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "waren zwei Millionen betroffen",
                "Angaben des französischen Stromnetzbetreibers",
                "Nach",
            ),
            quote(
                text,
                "sahen 100 Millionen zu",
                "Angaben des Hauptsponsors der Show, dem Getränkehersteller Quellbrunn",
                "Nach",
                occurrence=2,
            ),
            quote(
                text,
                "fehlt Wasser",
                "Angaben der Organisation Ärzte ohne Grenzen",
                "Nach",
                occurrence=3,
            ),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Stromnetzbetreiber",
        "Quellbrunn",
        "Ärzte ohne Grenzen",
    ]


def test_the_press_as_a_whole_names_no_source() -> None:
    text = "Der Minister trat zurück. Nach Berichten der bulgarischen Presse war er krank."
    article = analysed(
        text, [quote(text, "war er krank", "Berichten der bulgarischen Presse", "Nach")]
    )
    assert speaker_name(article, article.quotes[0]) is None


def test_a_person_in_the_span_keeps_other_name_runs_out_and_english_institutions() -> None:
    text = (
        "Der Planet ist klein. Nach Meinung von Dan Miller, Professor am Oregon Institute "
        "of Science, ist der Komet zerfallen. Das teilte die zur Morgan University gehörende "
        "Kessler Institution mit."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "ist der Komet zerfallen",
                "Meinung von Dan Miller, Professor am Oregon Institute of Science",
                "Nach",
            ),
            quote(
                text,
                "Das",
                "die zur Morgan University gehörende Kessler Institution",
                "teilte",
                occurrence=1,
            ),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Dan Miller",
        "Kessler Institution",
    ]


def test_a_military_leadership_is_a_body_and_attackers_are_a_group() -> None:
    text = (
        "Die Kirche brannte. Die Militärführung hatte erklärt, die Täter zu belangen. Die "
        "Angreifer sagten, sie würden wiederkommen."
    )
    article = analysed(
        text,
        [
            quote(text, "die Täter zu belangen", "Die Militärführung", "hatte erklärt"),
            quote(text, "sie würden wiederkommen", "Die Angreifer", "sagten"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == ["Militärführung", "Angreifer"]


def test_parties_speak_but_a_party_in_parentheses_is_an_affiliation() -> None:
    text = (
        "Der Landtag stimmte ab. CDU und FDP setzten sich für das Gesetz ein. Nach Aussagen von "
        "Klaus Wendlandt (SPD) ist das Gesetz falsch."
    )
    article = analysed(
        text,
        [
            quote(text, "für das Gesetz ein", "CDU und FDP", "setzten"),
            quote(text, "ist das Gesetz falsch", "Aussagen von Klaus Wendlandt (SPD)", "Nach"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == ["CDU", "Klaus Wendlandt"]


def test_bodies_in_the_plural_placed_by_an_adjective_without_article() -> None:
    text = "Die Lage ist ernst. Afghanischen Behörden zufolge starben zehn Menschen."
    article = analysed(
        text, [quote(text, "starben zehn Menschen", "Afghanischen Behörden", "zufolge")]
    )
    assert speaker_name(article, article.quotes[0]) == "afghanische Behörden"


def test_a_military_spokesman_speaks_for_the_army_named_before() -> None:
    text = "Die US-Armee kämpft im Irak. Ein Militärsprecher sagte, die Lage sei ruhig."
    article = analysed(text, [quote(text, "die Lage sei ruhig", "Ein Militärsprecher", "sagte")])
    assert speaker_name(article, article.quotes[0]) == "US-Armee"


def test_a_group_with_coordinated_adjectives_named_in_the_nominative() -> None:
    text = (
        "Die Lage ist ruhig. Die afghanischen und ausländischen Soldaten waren davon "
        "ausgegangen, dass es ruhig bleibe."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "dass es ruhig bleibe",
                "Die afghanischen und ausländischen Soldaten",
                "waren",
            )
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "afghanische und ausländische Soldaten"


def test_a_name_after_a_relative_pronoun_and_leaderships_of_bodies() -> None:
    text = (
        "Die Arbeitslosigkeit hat die Marke unterschritten, die Gerhard Lindqvist zum Ziel "
        "erklärt hatte. Die Armeeleitung sprach von einem normalen Absturz. Seit Beginn der "
        "Flut sagte der Bürgermeister, die Stadt sei leer."
    )
    article = analysed(
        text,
        [
            quote(text, "zum Ziel", "Gerhard Lindqvist", "erklärt hatte"),
            quote(text, "von einem normalen Absturz", "Die Armeeleitung", "sprach"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Gerhard Lindqvist",
        "Armeeleitung",
    ]
    assert "Seit Beginn" not in {e.name for e in article.entities}


def test_a_homepage_speaks_for_the_body_its_compound_names() -> None:
    text = (
        "Die Stiftung Warentest prüfte Helme. Auf der Warentest-Homepage heißt es, jeder "
        "zweite Helm sei mangelhaft."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "jeder zweite Helm sei mangelhaft",
                "Auf der Warentest-Homepage",
                "heißt es",
            )
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "Stiftung Warentest"


def test_informed_circles_name_no_one_and_observers_in_the_dative_plural() -> None:
    text = (
        "Die Fusion ist nah. Nach Angaben informierter Kreise ist der Vertrag fertig. Nach "
        "Ansicht von Beobachtern ist das ein Erfolg."
    )
    article = analysed(
        text,
        [
            quote(text, "ist der Vertrag fertig", "Angaben informierter Kreise", "Nach"),
            quote(text, "ist das ein Erfolg", "Ansicht von Beobachtern", "Nach", occurrence=2),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [None, "Beobachter"]


def test_an_unknown_definite_noun_phrase_speaks_for_itself_unless_it_names_nobody() -> None:
    text = (
        "Der Prozess beginnt im Mai. Warum die Wahl auf den Fall fiel, begründete das "
        "Schiedstribunal mit dem Hinweis, die Beweislage sei klar. Die Rede hatte Aufsehen "
        "unter den Delegierten erregt. Sie soll die Wahl entschieden haben. Der Termin steht. "
        "Dies bestätigte der Ältestenkreis."
    )
    article = analysed(
        text,
        [
            quote(text, "die Beweislage sei klar", "das Schiedstribunal", "begründete"),
            quote(text, "Sie soll die Wahl entschieden haben", "den Delegierten", None),
            quote(text, "Der Termin steht", "der Ältestenkreis", "bestätigte"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Schiedstribunal",
        None,
        "Ältestenkreis",
    ]


def test_a_plural_dative_pronoun_is_no_name() -> None:
    text = "Die Listen kursieren anonym. Ihnen zufolge hat die Opposition gewonnen."
    article = analysed(text, [quote(text, "hat die Opposition gewonnen", "Ihnen", "zufolge")])
    assert speaker_name(article, article.quotes[0]) is None
    assert not [entity for entity in article.entities if entity.name == "Ihnen"]


def test_names_in_capitals_and_hyphenated_names_speak() -> None:
    text = (
        "Die Lage bleibt unklar. Laut TAGESPOST DIGITAL sollen Kämpfer geflohen sein. "
        "Al-Masira meldete, ein Team sei ausgewiesen worden. Nach ONU-Angaben ist es ruhig."
    )
    article = analysed(
        text,
        [
            quote(text, "sollen Kämpfer geflohen sein", "TAGESPOST DIGITAL", "Laut"),
            quote(text, "ein Team sei ausgewiesen worden", "Al-Masira", "meldete"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "TAGESPOST DIGITAL",
        "Al-Masira",
    ]


def test_an_outlet_kind_noun_refers_to_the_outlet_named_before() -> None:
    text = (
        "Die Nachrichtenagentur Lenta meldete 13 Tote. Die Agentur bestätigte, dass Mönche "
        "marschierten. Die Mönche beschrieb die Nachrichtenagentur unter Berufung auf den "
        "Gouverneur als aggressiv. Der Sender teilte mit, dass die Rundfunk- und "
        "Fernsehsignale gestört würden."
    )
    article = analysed(
        text,
        [
            quote(text, "dass Mönche marschierten", "Die Agentur", "bestätigte"),
            quote(text, "als aggressiv", "die Nachrichtenagentur", None),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == ["Lenta", "Lenta"]
    assert "-" not in [entity.name for entity in article.entities]


def test_a_kind_noun_refers_to_the_body_named_last_even_when_listed() -> None:
    text = (
        "Die Regierung von Karelien verbot die Kundgebung. Auch Vertreter von Amnesty "
        "International verurteilten den Einsatz. Die Organisation verlangte, dass die Gewalt "
        "untersucht werde."
    )
    article = analysed(
        text, [quote(text, "dass die Gewalt untersucht werde", "Die Organisation", "verlangte")]
    )
    assert speaker_name(article, article.quotes[0]) == "Amnesty International"


def test_media_described_by_several_adjectives_speak_as_one_group() -> None:
    text = (
        "Die Lage ist angespannt. Die staatlich gelenkten mongolischen Medien sprachen von "
        "Verrat. Dänische und norwegische Medien werfen ihm Untätigkeit vor."
    )
    article = analysed(
        text,
        [
            quote(text, "von Verrat", "Die staatlich gelenkten mongolischen Medien", "sprachen"),
            quote(text, "Untätigkeit", "Dänische und norwegische Medien", "werfen"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "staatlich gelenkte mongolische Medien",
        "dänische und norwegische Medien",
    ]


def test_a_neuter_subject_pronoun_refers_to_a_neuter_body() -> None:
    text = (
        "Das Schiedsgericht begründete sein Urteil ausführlich. Es weist den Vorwurf zurück, "
        "man habe zu lange verhandelt. Die Klägerin Jana Roth schwieg. Es regnete."
    )
    article = analysed(text, [quote(text, "man habe zu lange verhandelt", "Es", "weist")])
    assert speaker_name(article, article.quotes[0]) == "Schiedsgericht"


def test_a_country_after_an_office_is_no_persons_name() -> None:
    text = (
        "Auch der als gemäßigt geltende frühere Präsident Irans zwischen 1997 und 2005, Abbas "
        "Karimi, unterstützte den Protest. Er nannte die Proteste rechtmäßig."
    )
    article = analysed(text, [quote(text, "die Proteste rechtmäßig", "Er", "nannte")])
    assert speaker_name(article, article.quotes[0]) == "Abbas Karimi"
    assert "Irans" not in [entity.name for entity in article.entities]


def test_long_and_lower_case_names_in_quotation_marks_speak() -> None:
    text = (
        "Die Proteste wuchsen. Die „Initiative für ein Freies Grönland“ berichtete über einen "
        "Marsch. Wie „netzpost online“ berichtet, sperrten Behörden den Zugang."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "über einen Marsch",
                "Die „Initiative für ein Freies Grönland“",
                "berichtete",
            ),
            quote(text, "sperrten Behörden den Zugang", "„netzpost online“", "berichtet"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Initiative für ein Freies Grönland",
        "netzpost online",
    ]


@pytest.mark.parametrize(
    ("text", "message", "speaker", "cue", "expected"),
    [
        (  # the subject around the source phrase, also inside the message
            "Der Papst trat zurück. Der ältere Bruder des Papstes, Anton Keller, war nach "
            "eigenem Bekunden seit langem eingeweiht.",
            "Der ältere Bruder des Papstes, Anton Keller, war nach eigenem Bekunden seit langem",
            "eigenem Bekunden",
            "nach",
            "Anton Keller",
        ),
        (  # the pronoun right after the verb, not a later noun that looks nominative
            "Der Chef der Raumfahrtbehörde, Michael Griffin, ist nach China aufgebrochen. Nach "
            "eigener Aussage will er die Ziele Chinas im Weltraum ergründen.",
            "will er die Ziele Chinas im Weltraum ergründen",
            "eigener Aussage",
            "Nach",
            "Michael Griffin",
        ),
        (
            "Die BASF will weitere Anträge stellen. Wie eine Sprecherin des Ludwigshafener "
            "Konzerns sagte, plant der Chemieriese weitere Anträge.",
            "plant der Chemieriese weitere Anträge",
            "eine Sprecherin des Ludwigshafener Konzerns",
            "sagte",
            "BASF",
        ),
        (
            "Die Regierungskoalition will das Gesetz ändern. Einige Abgeordnete aus der "
            "Koalition sagten, sie würden nicht zustimmen.",
            "sie würden nicht zustimmen",
            "Einige Abgeordnete aus der Koalition",
            "sagten",
            "Abgeordnete",
        ),
        (
            "Ein Sprecher des bayerischen Gesundheitsministeriums sagte, die Lage sei ernst.",
            "die Lage sei ernst",
            "Ein Sprecher des bayerischen Gesundheitsministeriums",
            "sagte",
            "Gesundheitsministerium",
        ),
        (
            "Nach Angaben des Robert Koch-Instituts stieg die Zahl der Fälle.",
            "stieg die Zahl der Fälle",
            "des Robert Koch-Instituts",
            "Nach Angaben",
            "Robert Koch-Institut",
        ),
        (  # a possessive owning the source noun: someone new, named in the nominative
            "Der Sänger Ivan Rebroff ist tot. Nach Angaben seines Impresarios starb er am "
            "Montag in Frankfurt.",
            "starb er am Montag in Frankfurt",
            "Angaben seines Impresarios",
            "Nach",
            "Impresario",
        ),
        (
            "Der Politiker Paul Roth ist zurückgetreten. Aussagen seines Kollegen zufolge ist "
            "er krank.",
            "ist er krank",
            "Aussagen seines Kollegen",
            "zufolge",
            "Kollege",
        ),
        (  # "das" is the object and the verb follows: the role after it is the subject
            "Im Delta sind erste Cholerafälle aufgetreten. Das berichteten Mitarbeiter des "
            "Roten Kreuzes aus der Stadt Labutta.",
            "Im Delta sind erste Cholerafälle aufgetreten",
            "Mitarbeiter des Roten Kreuzes aus der Stadt Labutta",
            "berichteten",
            "Mitarbeiter des Roten Kreuzes",
        ),
        (  # "Forschende" names people, not the journal they wrote in
            "Kinder schlafen schlechter. Das berichten Forschende der Universität Jena im "
            "Fachjournal „Sleep Medicine“.",
            "Kinder schlafen schlechter",
            "Forschende der Universität Jena im Fachjournal „Sleep Medicine“",
            "berichten",
            "Forschende der Universität Jena",
        ),
        (  # no roles: the message is the whole sentence, its subject pronoun included
            "Die Wahl soll am Sonntag stattfinden. Damit rechnet Innenminister Karl Brenner. "
            "Er gehe davon aus, dass die Beteiligung hoch sein werde.",
            "Er gehe davon aus, dass die Beteiligung hoch sein werde.",
            None,
            None,
            "Karl Brenner",
        ),
        (  # "Deutschen" opens several listed names: all words of one must follow
            "Der Konzern streicht Stellen. Ein Sprecher der Deutschen Bank sagte, der Abbau "
            "sei nötig.",
            "der Abbau sei nötig",
            "Ein Sprecher der Deutschen Bank",
            "sagte",
            "Deutsche Bank",
        ),
        (  # after "der" an adjective in "-en" is feminine: the body's nominative name
            "Migranten senden mehr Geld nach Hause. Nach Angaben der Interamerikanischen "
            "Entwicklungsbank stieg die Summe um zehn Prozent.",
            "stieg die Summe um zehn Prozent",
            "Angaben der Interamerikanischen Entwicklungsbank",
            None,
            "Interamerikanische Entwicklungsbank",
        ),
        (  # a dative group is named in the nominative: "den Einsatzkräften" → "Einsatzkräfte"
            "Ein Haus ist eingestürzt. Zwei Menschen seien noch verschüttet, hieß es von den "
            "Einsatzkräften.",
            "Zwei Menschen seien noch verschüttet",
            "den Einsatzkräften",
            "hieß es",
            "Einsatzkräfte",
        ),
        (  # "Beobachter" is a role noun: a group of observers, not a person named "Vielen …"
            "Der Minister trat zurück. Vielen Beobachtern zufolge kam der Schritt zu spät.",
            "kam der Schritt zu spät",
            "Vielen Beobachtern",
            "zufolge",
            "Viele Beobachter",
        ),
        (  # no speaker span: the bare role opening the cue's sentence is its subject
            "Die Wahl verlief ruhig. Internationale Wahlbeobachter dokumentierten Mängel, "
            "kamen aber zu dem Ergebnis, dass die Wahl frei gewesen sei.",
            "dass die Wahl frei gewesen sei",
            None,
            "kamen aber zu dem Ergebnis",
            "Internationale Wahlbeobachter",
        ),
        (  # no speaker span: a name after a comparing "wie" is not the subject
            "Hugo Chávez vertritt wie Fidel Castro die Ansicht, dass Bioethanol den Hunger "
            "vergrößern werde.",
            "dass Bioethanol den Hunger vergrößern werde",
            None,
            "die Ansicht",
            "Hugo Chávez",
        ),
    ],
    ids=[
        "nach_eigenem_bekunden",
        "pronoun_after_the_verb",
        "company_noun_after_place_adjective",
        "body_after_aus_behind_a_role",
        "genitive_ministry_in_the_nominative",
        "genitive_institute_in_the_nominative",
        "possessive_owner_of_angaben",
        "possessive_owner_weak_noun",
        "das_then_verb_then_role",
        "forschende_not_their_journal",
        "subject_pronoun_inside_a_reported_message",
        "listed_institution_by_all_its_words",
        "feminine_body_after_der_in_the_nominative",
        "dative_plural_group_in_the_nominative",
        "observers_are_a_group",
        "bare_role_subject_without_a_speaker_span",
        "compared_name_is_no_subject",
    ],
)
def test_the_speaker_of_one_framed_quotation(
    text: str, message: str, speaker: str | None, cue: str | None, expected: str
) -> None:
    article = analysed(text, [quote(text, message, speaker, cue)])
    assert speaker_name(article, article.quotes[0]) == expected


def test_an_epithet_far_from_any_holder_goes_to_the_leads_subject() -> None:
    text = (
        "Bischof Wendelin Roth will im März sein Amt niederlegen. Das Ordensrecht sieht den Schritt "
        "vor. Zuletzt war 1415 Bischof Gregor Senn zurückgetreten, um einen Streit zu beenden. Der "
        "Orden tagte seither oft. Die Brüder beteten. Die Gäste reisten an. Die Glocken "
        "läuteten. Der Chor sang. „Meine Kräfte reichen nicht mehr“, sagte der Bischof."
    )
    article = analysed(
        text, [quote(text, "Meine Kräfte reichen nicht mehr", "der Bischof", "sagte")]
    )
    assert speaker_name(article, article.quotes[0]) == "Wendelin Roth"


def test_a_definite_plural_role_names_the_group_introduced_before_it() -> None:
    text = (
        "Kinder schlafen schlechter. Das berichten Forschende der Universität Jena im "
        "Fachjournal „Sleep“. Die Forschenden empfehlen, Bildschirme früher auszuschalten."
    )
    article = analysed(
        text,
        [
            quote(
                text, "Kinder schlafen schlechter", "Forschende der Universität Jena", "berichten"
            ),
            quote(text, "Bildschirme früher auszuschalten", "Die Forschenden", "empfehlen"),
        ],
    )
    first, second = (speaker_name(article, q) for q in article.quotes)
    assert first == second == "Forschende der Universität Jena"


def test_a_plural_relative_pronoun_speaks_for_the_group_before_it() -> None:
    names = []
    for text, message, cue in (
        (
            "Am Abend kamen tausende von Demonstranten, die skandierten: „Gebt uns die "
            "Stimmen zurück!“",
            "Gebt uns die Stimmen zurück!",
            "skandierten",
        ),
        (
            "Später kamen Bauern, die forderten, Preise müssten steigen.",
            "Preise müssten",
            "forderten",
        ),
    ):
        article = analysed(text, [quote(text, message, "die", cue)])
        names.append(speaker_name(article, article.quotes[0]))
    assert names == ["Demonstranten", "Bauern"]


def test_genitive_plural_bodies_and_romance_particles_in_names() -> None:
    text = (
        "Die Polizei räumte das Lager. Dort lebten nach Schätzungen belgischer Behörden bis zu "
        "800 Menschen. Wie die Banca d'Abruzzo in Rom bekannt gab, soll der Chef gehen."
    )
    article = analysed(
        text,
        [
            quote(text, "Dort lebten", "Schätzungen belgischer Behörden", "nach"),
            quote(text, "soll der Chef gehen", "die Banca d'Abruzzo in Rom", "bekannt gab"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "belgische Behörden",
        "Banca d'Abruzzo",
    ]


def test_a_genitive_owner_of_several_words_is_named_in_the_nominative() -> None:
    text = (
        "Der Minister trat zurück. Nach einem Bericht des Sächsischen Rundfunks gibt es dort "
        "häufig Unfälle."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "gibt es dort häufig Unfälle",
                "einem Bericht des Sächsischen Rundfunks",
                "Nach",
            )
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "Sächsische Rundfunk"


def test_a_titles_gender_outweighs_the_first_name_list() -> None:
    text = (
        "Die Regelung war umstritten. Der Italiener Nicola Ferrante gehört zu ihren "
        "Unterstützern. Er erklärte, das Gesetz helfe gegen die Mafia."
    )
    article = analysed(text, [quote(text, "das Gesetz helfe gegen die Mafia", "Er", "erklärte")])
    assert speaker_name(article, article.quotes[0]) == "Nicola Ferrante"


def test_a_role_complement_stops_before_the_holders_name() -> None:
    text = (
        "Die Vorsitzende der Linken Gesine Albers hat die Kritik zurückgewiesen. Dabei verteidigte "
        "sie die Erfolge der Partei. Sie schlug vor, die Ziele beizubehalten. Ein Reporter des "
        "Senders Sky News aus Kent schrieb, es sei ruhig."
    )
    article = analysed(
        text,
        [
            quote(text, "die Ziele beizubehalten", "Sie", "schlug vor"),
            quote(text, "es sei ruhig", "Ein Reporter des Senders Sky News aus Kent", "schrieb"),
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "Gesine Albers"
    assert speaker_name(article, article.quotes[1]) == "Reporter des Senders Sky News"


def test_an_agency_nobody_names_is_no_source() -> None:
    text = "Die Lage an der Grenze ist gespannt. Agenturmeldungen zufolge wurden Truppen verlegt."
    article = analysed(text, [quote(text, "wurden Truppen verlegt", "Agenturmeldungen", "zufolge")])
    assert speaker_name(article, article.quotes[0]) is None
    assert article.quotes[0].evidential is Evidential.ALLEGED


def test_hearsay_nouns_are_no_speakers() -> None:
    text = (
        "Der Verein sucht einen Trainer. Spekulationen zufolge soll ein Brasilianer kommen. "
        "Dem Vernehmen nach ist der Vertrag fertig."
    )
    article = analysed(
        text,
        [
            quote(text, "soll ein Brasilianer kommen", "Spekulationen", "zufolge"),
            quote(text, "ist der Vertrag fertig", "Dem Vernehmen", "nach"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [None, None]


def test_a_place_where_something_was_said_is_no_speaker() -> None:
    text = "Das Komitee tagte. Auf einer Pressekonferenz in Oslo wurde der Preisträger genannt."
    article = analysed(
        text,
        [quote(text, "der Preisträger genannt", "einer Pressekonferenz in Oslo", "Auf")],
    )
    assert speaker_name(article, article.quotes[0]) is None


def test_the_agent_of_an_elliptic_wie_clause_speaks() -> None:
    text = (
        "Die Kürzung ist rechtswidrig. Die Kürzung verstoße, wie schon vom Bundesgerichtshof "
        "vorab festgestellt, gegen das Gesetz."
    )
    article = analysed(text, [quote(text, "Die Kürzung verstoße", "Bundesgerichtshof", "wie")])
    assert speaker_name(article, article.quotes[0]) == "Bundesgerichtshof"


def test_a_medium_described_by_adjectives_is_the_broadcaster() -> None:
    text = (
        "Der Krieg geht weiter. Das staatliche malische Fernsehen meldete, die Truppen seien "
        "abgezogen."
    )
    article = analysed(
        text,
        [
            quote(
                text, "die Truppen seien abgezogen", "Das staatliche malische Fernsehen", "meldete"
            )
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "staatliche malische Fernsehen"
    assert article.entities[0].kind is EntityKind.MEDIA


def test_a_body_described_by_adjectives_without_article_speaks() -> None:
    text = (
        "Die Preise stiegen. Laut nationalem statistischen Institut lag die Rate bei vier Prozent."
    )
    article = analysed(
        text,
        [quote(text, "lag die Rate bei vier Prozent", "nationalem statistischen Institut", "Laut")],
    )
    assert speaker_name(article, article.quotes[0]) == "nationale statistische Institut"


def test_nach_eigener_aussage_is_the_subjects_own_word_too() -> None:
    text = (
        "Raumfahrtchef Karl Brenner reist nach China. Es ist der erste Besuch. Nach eigener "
        "Aussage will er die Verantwortlichen kennenlernen."
    )
    article = analysed(
        text, [quote(text, "will er die Verantwortlichen kennenlernen", "eigener Aussage", "Nach")]
    )
    assert speaker_name(article, article.quotes[0]) == "Karl Brenner"


def test_a_pronoun_continues_an_unnamed_role_that_was_the_last_subject() -> None:
    text = (
        "Pfarrer Otto Lenz eröffnete das Fest. Am Abend meldete sich ein Augenzeuge bei der "
        "Polizei. Er sagte, der Brand sei gelegt worden."
    )
    article = analysed(text, [quote(text, "der Brand sei gelegt worden", "Er", "sagte")])
    assert speaker_name(article, article.quotes[0]) == "Augenzeuge"


def test_a_lower_case_abbreviation_of_a_bodys_initials_is_its_alias() -> None:
    text = (
        "Forscher entdeckten einen Planeten. Dies berichtete die Katholische Nachrichten-Agentur "
        "(kna). Die Universität Jena teilte mit, der Planet sei groß."
    )
    article = analysed(
        text,
        [
            quote(text, "Dies", "die Katholische Nachrichten-Agentur (kna)", "berichtete"),
            quote(text, "der Planet sei groß", "Die Universität Jena", "teilte mit"),
        ],
    )
    assert [chain_names(article, q.id) for q in article.quotes] == [
        ["Katholische Nachrichten-Agentur"],
        ["Universität Jena"],
    ]


def test_a_german_pronoun_on_an_english_page_is_no_pronoun() -> None:
    from newstrace.options import Options

    # no subject opens the sentence, so only "sie" could be taken for one
    text = "The band played in Berlin. Holding signs reading sie lebe hoch, all cheered the show."
    article = analysed(
        text,
        [quote(text, "the show", None, "cheered")],
        options=Options(language="en"),
    )
    assert speaker_name(article, article.quotes[0]) is None


def test_a_plural_role_before_a_name_is_that_persons_group_not_a_title() -> None:
    text = (
        "Vor dem Gericht standen viele Menschen. Einige Anhänger Karl Brenners riefen, der Prozess "
        "sei illegal."
    )
    article = analysed(
        text, [quote(text, "der Prozess sei illegal", "Einige Anhänger Karl Brenners", "riefen")]
    )
    assert speaker_name(article, article.quotes[0]) == "Anhänger"


def test_a_relative_clause_after_the_verb_refers_to_the_role_before_it() -> None:
    text = "Im Programm wurde ein Prediger aus London zugeschaltet, der alle aufforderte, ruhig zu bleiben."
    article = analysed(text, [quote(text, "ruhig zu bleiben", "der", "aufforderte")])
    assert speaker_name(article, article.quotes[0]) == "Prediger"


def test_reporters_named_berichterstatter_are_a_role_not_a_report() -> None:
    text = "Der Prozess war lang. Er dauerte 43 Tage; die Berichterstatter sind sich nicht einig."
    article = analysed(text, [quote(text, "Er dauerte 43 Tage", "die Berichterstatter", None)])
    assert speaker_name(article, article.quotes[0]) == "Berichterstatter"


def test_a_lone_surname_speaker_joins_the_titled_person_named_after_it() -> None:
    text = (
        "Der Minister sprach zuerst. Die Staatssekretärin Brandauer lobte den Beschluss. "
        "Den Streit verglich Brandauer mit einem Sturm. Dabei griff sie die Opposition an: "
        "„Sie hat keinen Plan.“"
    )
    pronoun = quote(text, "„Sie hat keinen Plan.“", None, "griff", kind=QuoteType.DIRECT)
    pronoun.speaker = span_of(text, "sie die")
    pronoun.speaker = Span(pronoun.speaker.start, pronoun.speaker.start + 3)
    lone = quote(text, "mit einem Sturm", None, "verglich")
    lone.speaker = span_of(text, "Brandauer", 2)
    article = analysed(text, [lone, pronoun])
    assert [speaker_name(article, q) for q in article.quotes] == ["Brandauer", "Brandauer"]
    assert len([e for e in article.entities if e.name == "Brandauer"]) == 1


def test_a_pronoun_goes_back_over_sentences_opened_by_the_same_pronoun() -> None:
    text = (
        "Am Ortsrand wurde ein junger Landwirt von einem Stein getroffen. Er war gerade bei "
        "seinen Bienenstöcken. Er sagte später: „Ich habe nur einen Knall gehört.“"
    )
    told = quote(text, "„Ich habe nur einen Knall gehört.“", None, "sagte", kind=QuoteType.DIRECT)
    told.speaker = span_of(text, "Er", 2)
    article = analysed(text, [told])
    assert speaker_name(article, article.quotes[0]) == "junger Landwirt"


def test_an_adjective_made_of_a_body_names_that_body_as_the_source() -> None:
    text = (
        "Bei dem Sturm starben behördlichen Angaben zufolge drei Menschen. Nach polizeilichen "
        "Angaben wurden zwölf Häuser beschädigt."
    )
    article = analysed(
        text,
        [
            quote(text, "drei Menschen", "behördlichen Angaben", "zufolge"),
            quote(text, "wurden zwölf Häuser beschädigt", "polizeilichen Angaben", "Nach"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == ["Behörden", "Polizei"]


def test_a_counted_group_is_a_speaker_and_a_plural_demonstrative_refers_to_it() -> None:
    text = (
        "Mehr als 40 ehemalige Beschäftigte erklärten, sie seien nie bezahlt worden. "
        "Am Abend standen drei Unbekannte vor dem Tor. Diese forderten, das Werk zu schließen."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "sie seien nie bezahlt worden",
                "Mehr als 40 ehemalige Beschäftigte",
                "erklärten",
            ),
            quote(text, "das Werk zu schließen", "Diese", "forderten"),
        ],
    )
    names = [speaker_name(article, q) for q in article.quotes]
    assert names == ["ehemalige Beschäftigte", "Unbekannte"]


def test_a_full_name_with_an_unlisted_first_name_after_a_title_is_that_person() -> None:
    text = (
        "Der König empfing den Premierminister Somchai Wongsakul im Palast. "
        "Wongsakul bemühte sich, die Sorgen zu zerstreuen. Er betonte, das Kabinett entscheide."
    )
    article = analysed(text, [quote(text, "das Kabinett entscheide", "Er", "betonte")])
    assert speaker_name(article, article.quotes[0]) == "Somchai Wongsakul"


def test_a_pronoun_after_an_unresolved_spokesperson_is_the_spokespersons_body() -> None:
    text = (
        "Ein Sprecher der Küstenwache wollte die Zahl der Opfer nicht bestätigen. "
        "Er sagte aber, dass alle Passagiere Touristen gewesen seien."
    )
    article = analysed(
        text, [quote(text, "dass alle Passagiere Touristen gewesen seien", "Er", "sagte")]
    )
    assert speaker_name(article, article.quotes[0]) == "Küstenwache"


def test_a_span_naming_what_was_said_leaves_the_speaker_to_the_clause_subject() -> None:
    text = (
        "Geschäftsführerin Dragana Petrović wies Vorwürfe zurück, die Firma habe Kosten "
        "verschwiegen. Der Anwalt Uwe Kranz zog die Klage mit der Begründung zurück, die "
        "Frist sei abgelaufen."
    )
    quotes = [
        quote(text, "die Firma habe Kosten verschwiegen", "Vorwürfe", "zurück"),
        quote(text, "die Frist sei abgelaufen", "der Begründung", "zurück", occurrence=2),
    ]
    article = analysed(text, quotes)
    names = [speaker_name(article, q) for q in article.quotes]
    assert names == ["Dragana Petrović", "Uwe Kranz"]


def test_an_indirect_sentence_without_roles_continues_the_quotation_before() -> None:
    # The tagger may call such a sentence indirect rather than free indirect; it still goes on.
    text = (
        "Die Bewohner seien in Sicherheit, sagte Polizeichefin Anna Berg im Radio. "
        "Es bestehe keine Gefahr für Menschenleben."
    )
    quotes = [
        quote(text, "Die Bewohner seien in Sicherheit", "Polizeichefin Anna Berg", "sagte"),
        quote(text, "Es bestehe keine Gefahr für Menschenleben.", None, None),
    ]
    article = analysed(text, quotes)
    assert [speaker_name(article, q) for q in article.quotes] == ["Anna Berg", "Anna Berg"]


def test_a_company_by_its_first_name_word_a_subject_before_own_statements_and_a_statement() -> None:
    text = (
        "Der Zahlungsdienstleister Norvaldo Payments streicht 300 Stellen. Norvaldo wickelt "
        "nach eigenen Angaben Zahlungen in elf Ländern ab. Die Bürgerinitiative „Grünes Tal“ "
        "kündigte an, gegen die Genehmigung zu klagen. Sie hat nach eigenen Angaben 900 Unterschriften gesammelt. "
        "Die Wahlkommission forderte das Verbot nach einer Erklärung, in der es hieß, die "
        "Partei habe die Wahl manipuliert."
    )
    second_own_statement = quote(
        text, "900 Unterschriften gesammelt", "eigenen Angaben", "nach", occurrence=2
    )
    second_own_statement.speaker = span_of(text, "eigenen Angaben", 2)
    article = analysed(
        text,
        [
            quote(text, "Zahlungen in elf Ländern ab", "eigenen Angaben", "nach"),
            quote(text, "gegen die Genehmigung zu klagen", "Die Bürgerinitiative", "kündigte an"),
            second_own_statement,
            quote(text, "die Partei habe die Wahl manipuliert", "einer Erklärung", "nach"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Norvaldo Payments",
        "Grünes Tal",
        "Grünes Tal",
        "Wahlkommission",
    ]


def test_a_whole_sentence_message_without_roles_goes_to_the_subject_that_opens_it() -> None:
    text = (
        "Der Senat berät heute über den Haushalt. Petra Lindqvist, Abgeordnete der Grünen, "
        "spricht von einem Skandal und einer Täuschung der Wähler. Der Haushalt sei nicht "
        "gedeckt."
    )
    whole = quote(text, "Petra Lindqvist, Abgeordnete der Grünen, spricht von einem Skandal", None)
    whole.type = QuoteType.REPORTED
    inside = quote(text, "einem Skandal und einer Täuschung der Wähler", None)
    inside.message = [span_of(text, "Skandal und einer Täuschung der Wähler")]
    article = analysed(text, [whole, inside])
    # the subject that opens the message speaks; a message opening mid-sentence has no subject
    assert [speaker_name(article, q) for q in article.quotes] == ["Petra Lindqvist", None]


def test_a_definite_role_opening_the_story_is_someone_later_epithets_reach() -> None:
    text = (
        "Der 72-jährige Kläger, ein pensionierter Lehrer, hatte verlangt, den Baum zu kürzen. "
        "Ihr Mann Tobias Becker warf ihm vor, die Familie zu schikanieren. Der Kläger wies das "
        "zurück: Er habe nur zweimal angerufen."
    )
    article = analysed(text, [quote(text, "Er habe nur zweimal angerufen", "Der Kläger", None)])
    assert speaker_name(article, article.quotes[0]) == "72-jährige Kläger"


def test_a_definite_role_with_its_holder_named_after_it_is_no_one_new() -> None:
    text = (
        "Der Abgeordnete Tom Hale sagte, er habe nichts falsch gemacht. Die Vorsitzende des "
        "Ausschusses des Repräsentantenhauses, Frau Renee Castillo, erklärte, man werde die "
        "Vorwürfe prüfen. Wenn sich die Berichte bestätigten, wäre das ein schwerer Fall, sagte sie."
    )
    article = analysed(text, [quote(text, "wäre das ein schwerer Fall", "sie", "sagte")])
    assert speaker_name(article, article.quotes[0]) == "Renee Castillo"
    assert not any("Vorsitzende" in entity.name for entity in article.entities)


def test_a_publisher_named_press_is_an_organisation_and_a_work_title_no_person() -> None:
    text = (
        "Der Roman „The Quiet Harbour Keeper“ erschien im März. Ein Lektor von Millbrook Press "
        "sagte, die Programmleiterin habe das Manuskript gekannt. Millbrook Press teilte mit, "
        "man prüfe die Vorwürfe."
    )
    article = analysed(
        text,
        [
            quote(text, "die Programmleiterin habe das Manuskript gekannt", "Ein Lektor", "sagte"),
            quote(text, "man prüfe die Vorwürfe", "Millbrook Press", "teilte mit", occurrence=1),
        ],
    )
    kinds = {entity.name: entity.kind for entity in article.entities}
    assert kinds["Millbrook Press"] is EntityKind.ORGANISATION
    assert not any("Harbour" in name for name in kinds)


def test_a_masculine_role_noun_after_genitive_der_is_a_group_and_no_title() -> None:
    # A masculine singular genitive takes "des", so "der Ermittler" after a noun is several
    # investigators, neither the salient man nor a title of the name after it.
    text = (
        "Der Schüler Tim Berger wurde am Abend verletzt. Die Jugendlichen, unter denen sich nach "
        "Einschätzung der Ermittler der Angreifer des Schülers Tim Berger befinden soll, sind frei."
    )
    message = "der Angreifer des Schülers Tim Berger befinden soll"
    article = analysed(text, [quote(text, message, "Einschätzung der Ermittler", "nach")])
    assert speaker_name(article, article.quotes[0]) == "Ermittler"
    (berger,) = [e for e in article.entities if e.name == "Tim Berger"]
    assert all("Ermittler" not in role for role in berger.roles)


def test_a_middle_initial_after_an_organisation_name_keeps_the_holder_a_person() -> None:
    text = (
        "Der Präsident der Firma Amtrak George D. Warrington ist gestorben. "
        "Warrington hatte erklärt, die Bahn brauche Geld."
    )
    article = analysed(text, [quote(text, "die Bahn brauche Geld", "Warrington", "erklärt")])
    assert speaker_name(article, article.quotes[0]) == "George D. Warrington"


def test_er_after_the_verb_continues_a_pronoun_chain_back_to_its_named_subject() -> None:
    # Every sentence between is his ("1993 wurde er …"); the man named in them only in
    # prepositional phrases is no antecedent however recent.
    text = (
        "Der Ingenieur Paul Hartmann begann 1975 bei der Bahn. Ab 1980 war er bei der Post tätig. "
        "1993 wurde er durch den Direktor Tom Berger befördert. 1997 wurde er nach dem Rücktritt "
        "von Tom Berger Chef. Im Januar 2007 legte er sein Amt nieder und verkündete, er wolle "
        "Berater werden."
    )
    pronoun = text.index("legte er") + len("legte ")
    said = quote(text, "er wolle Berater werden", None, "verkündete")
    said.speaker = Span(pronoun, pronoun + 2)
    article = analysed(text, [said])
    assert speaker_name(article, article.quotes[0]) == "Paul Hartmann"


def test_a_role_with_a_complement_before_the_comma_titles_the_name_after_it() -> None:
    text = (
        "Die Abgeordnete für den Bezirk Nord, Frau Helga Brandstetter, sagte, der Verkehr sei "
        "zu laut. Die Anwohner stimmten zu."
    )
    article = analysed(text, [quote(text, "der Verkehr sei zu laut", "Frau Helga Brandstetter")])
    (person,) = [e for e in article.entities if e.name == "Helga Brandstetter"]
    mentions = [mention.span.of(text) for mention in person.mentions]
    assert "Die Abgeordnete" in mentions


def test_a_role_before_a_comma_and_a_second_title_names_the_same_person() -> None:
    text = (
        "Ein Matrose sagte, der Steuermann habe gewarnt. Der Steuermann, der 48-jährige Däne "
        "Herr Lars Holm, wird befragt."
    )
    article = analysed(
        text,
        [
            quote(text, "der Steuermann habe gewarnt", "Ein Matrose", "sagte"),
            quote(text, "gewarnt", "der Steuermann"),
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "Matrose"
    assert speaker_name(article, article.quotes[1]) == "Lars Holm"
    (holm,) = [e for e in article.entities if e.name == "Lars Holm"]
    assert "Der Steuermann" in [mention.span.of(text) for mention in holm.mentions]


def test_a_kind_noun_refers_back_to_an_organisation_with_the_english_head() -> None:
    text = (
        "Die World Sailing Integrity Agency hatte Ermittlungen aufgenommen. Der Segler schwieg. "
        "Die Agentur teilte mit, das Verfahren sei eingestellt."
    )
    article = analysed(text, [quote(text, "das Verfahren sei eingestellt", "Die Agentur")])
    assert speaker_name(article, article.quotes[0]) == "World Sailing Integrity Agency"


def test_a_name_spelled_out_before_its_abbreviation_keeps_its_listed_words() -> None:
    text = (
        "Die Gewerkschaft Holz, Kunststoff, Möbel (GHM) rief zum Streik auf. Nach Angaben der "
        "Gewerkschaft beteiligten sich 900 Beschäftigte."
    )
    article = analysed(
        text,
        [quote(text, "beteiligten sich 900 Beschäftigte", "Angaben der Gewerkschaft", "Nach")],
    )
    assert speaker_name(article, article.quotes[0]) == "Gewerkschaft Holz, Kunststoff, Möbel"


def test_a_list_item_without_roles_is_spoken_by_the_subject_after_its_heading() -> None:
    text = (
        "Die Grünen haben am Montag ihr Wahlprogramm vorgestellt.\n\n"
        "Bildung: Die Grünen wollen 5.000 zusätzliche Lehrer einstellen.\n\n"
        "Verkehr: Die Grünen wollen den Nahverkehr kostenlos machen."
    )
    quotes = [
        quote(text, "Die Grünen wollen 5.000 zusätzliche Lehrer einstellen.", None, None),
        quote(text, "Die Grünen wollen den Nahverkehr kostenlos machen.", None, None),
    ]
    article = analysed(text, [*quotes])
    for item in article.quotes:
        assert item.type is QuoteType.INDIRECT
        assert speaker_name(article, item) == "Grüne"


def test_die_partei_refers_back_to_a_party_known_by_its_short_name() -> None:
    text = (
        "Die Grünen haben am Montag ihr Wahlprogramm vorgestellt. "
        "Die Partei will den Nahverkehr kostenlos machen."
    )
    article = analysed(
        text, [quote(text, "Die Partei will den Nahverkehr kostenlos machen.", "Die Partei")]
    )
    assert speaker_name(article, article.quotes[0]) == "Grüne"
    assert [entity.name for entity in article.entities] == ["Grüne"]


def test_a_chief_of_a_company_is_in_business_and_a_manager_epithet_reaches_them() -> None:
    for text, title in (
        ("Die Chefin des Energiekonzerns, Maria Schenk, warnte vor Engpässen. ", "Maria Schenk"),
        ("Konzernchefin Maria Schenk warnte vor Engpässen. ", "Maria Schenk"),
    ):
        text += "Der Winter könne hart werden, sagte die Managerin."
        article = analysed(
            text, [quote(text, "Der Winter könne hart werden", "die Managerin", "sagte")]
        )
        assert speaker_name(article, article.quotes[0]) == title


def test_a_family_name_written_first_is_used_alone_for_the_person() -> None:
    text = (
        "Der Südkoreaner Ban Ki-moon wurde zum Generalsekretär gewählt. Ban löst Kofi Annan im "
        "Januar ab. In einem Interview erklärte er, er wolle die Vereinten Nationen reformieren."
    )
    article = analysed(text, [quote(text, "er wolle die Vereinten Nationen reformieren", "er")])
    assert speaker_name(article, article.quotes[0]) == "Ban Ki-moon"


def test_a_name_opening_with_no_known_first_name_is_used_by_that_word_alone() -> None:
    text = (
        "Der Regierungschef Thaksin Shinawatra verteidigte das Dekret. Der Oppositionsführer "
        "Abhisit Vejjajiva widersprach. Thaksin wies das zurück. Er sagte, das Dekret gelte nur "
        "drei Monate."
    )
    article = analysed(text, [quote(text, "das Dekret gelte nur drei Monate", "Er", "sagte")])
    assert speaker_name(article, article.quotes[0]) == "Thaksin Shinawatra"


def test_an_unowned_statement_is_the_last_subjects_and_an_unowned_paper_nobodys() -> None:
    text = (
        "Die Deutsche Bahn erhöht die Preise. Wie das Unternehmen am Dienstag mitteilte, steigen "
        "die Fahrpreise um fünf Prozent. In einer Mitteilung hieß es, die Erhöhung sei "
        "unvermeidlich. Laut einem internen Papier soll der Vorstand gespalten sein."
    )
    article = analysed(
        text,
        [
            quote(text, "steigen die Fahrpreise um fünf Prozent", "das Unternehmen", "mitteilte"),
            quote(text, "die Erhöhung sei unvermeidlich", "einer Mitteilung", "hieß es"),
            quote(text, "soll der Vorstand gespalten sein", "einem internen Papier", "Laut"),
        ],
    )
    names = [speaker_name(article, q) for q in article.quotes]
    assert names == ["Deutsche Bahn", "Deutsche Bahn", None]


def test_a_pronoun_after_a_spokesperson_in_a_reported_sentence_is_theirs() -> None:
    text = (
        "Wirtschaftsminister Robert Habeck wies die Kritik zurück. Ein Regierungssprecher "
        "dementierte den Bericht. Er sagte, es gebe keine solchen Pläne."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "Wirtschaftsminister Robert Habeck wies die Kritik zurück.",
                "Wirtschaftsminister Robert Habeck",
                kind=QuoteType.REPORTED,
            ),
            quote(
                text,
                "Ein Regierungssprecher dementierte den Bericht.",
                "Ein Regierungssprecher",
                kind=QuoteType.REPORTED,
            ),
            quote(text, "es gebe keine solchen Pläne", "Er", "sagte"),
        ],
    )
    names = [speaker_name(article, q) for q in article.quotes]
    assert names[0] == "Robert Habeck"
    assert names[2] == names[1] != "Robert Habeck"


def test_hiess_es_weiter_goes_on_with_the_source_before() -> None:
    text = (
        "Das sei notwendig, sagte Konzernchef Oliver Blume. Kündigungen solle es nicht geben, "
        "hieß es weiter. Aus Betriebsratskreisen hieß es, man sei empört."
    )
    article = analysed(
        text,
        [
            quote(text, "Das sei notwendig", "Konzernchef Oliver Blume", "sagte"),
            quote(text, "Kündigungen solle es nicht geben", None, "hieß es"),
            quote(text, "man sei empört", None, "hieß es", occurrence=2),
        ],
    )
    names = [speaker_name(article, q) for q in article.quotes]
    assert names[:2] == ["Oliver Blume", "Oliver Blume"]
    assert names[2] != "Oliver Blume"


def test_a_report_mentioned_again_and_again_keeps_its_author_over_a_long_article() -> None:
    filler = "Im Norden regnet es. " * 8
    text = (
        "In einem Bericht fordert UN-Generalsekretär Luis Ferreira ein Ende der Gewalt. "
        + filler
        + "Der Bericht nennt viele Fälle. "
        + filler
        + "Im Bericht heißt es, dass die Lage ernst sei."
    )
    article = analysed(text, [quote(text, "dass die Lage ernst sei", "Im Bericht", "heißt es")])
    assert speaker_name(article, article.quotes[0]) == "Luis Ferreira"


@pytest.mark.parametrize(
    ("text", "message", "cue", "speaker"),
    [
        (  # a party at court is a body, and "sie" its pronoun
            "Der Prozess begann am Montag. Die Verteidigung zweifelt das Gutachten an. Sie "
            "argumentiert, die Brüche könnten später entstanden sein.",
            "die Brüche könnten später entstanden sein",
            "argumentiert",
            "Verteidigung",
        ),
        (  # nobody named fits: a role of the pronoun's gender, though not a subject
            "Von der Bundeskanzlerin liegt eine Stellungnahme vor. Sie sagte, die Auszeichnung "
            "sei ein Ansporn.",
            "die Auszeichnung sei ein Ansporn",
            "sagte",
            "Bundeskanzlerin",
        ),
    ],
)
def test_a_feminine_pronoun_finds_a_body_or_a_role(
    text: str, message: str, cue: str, speaker: str
) -> None:
    pronoun = text.index(". Sie ") + 2
    article = analysed(text, [quote(text, message, text[pronoun : pronoun + 3], cue)])
    assert speaker_name(article, article.quotes[0]) == speaker


def test_a_feminine_pronoun_goes_on_with_a_group_named_by_a_feminine_noun() -> None:
    text = "Die Belegschaft protestierte und sagte, sie sei wütend. Sie fordert, dass die Löhne steigen."
    article = analysed(
        text,
        [
            quote(text, "sie sei wütend", "Die Belegschaft", "sagte"),
            quote(text, "dass die Löhne steigen", "Sie", "fordert"),
        ],
    )
    assert speaker_name(article, article.quotes[1]) == "Belegschaft"


def test_own_statement_of_a_clause_opened_by_a_role_noun_without_article() -> None:
    text = (
        "Die Hilfsorganisation rechnet mit mehr Opfern. Helfer konnten nach eigenen Angaben "
        "6.000 Menschen retten."
    )
    article = analysed(
        text,
        [quote(text, "6.000 Menschen retten", "eigenen Angaben", "nach", kind=QuoteType.REPORTED)],
    )
    assert speaker_name(article, article.quotes[0]) == "Helfer"


def test_a_noun_for_an_outlet_and_a_body_alike_is_the_one_mentioned_last() -> None:
    text = (
        "Ferri sagte gegenüber der Nachrichtenagentur Reuters, die Verletzung sei schlimm. Die "
        "International Tennis Integrity Agency hatte ermittelt. Die Agentur teilte mit, das "
        "Verfahren sei eingestellt."
    )
    article = analysed(
        text,
        [
            quote(text, "die Verletzung sei schlimm", "Ferri", "sagte"),
            quote(text, "das Verfahren sei eingestellt", "Die Agentur", "teilte mit"),
        ],
    )
    assert speaker_name(article, article.quotes[1]) == "International Tennis Integrity Agency"


def test_a_source_noun_of_a_bare_outlet_noun_is_the_outlet_named_before() -> None:
    text = (
        "Das berichtet der „Sydney Morning Herald“. Nach Angaben der Zeitung traf sich der "
        "Minister mit einem Lobbyisten."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "traf sich der Minister mit einem Lobbyisten",
                "Angaben der Zeitung",
                "Nach",
                kind=QuoteType.REPORTED,
            )
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "Sydney Morning Herald"


def test_a_spokes_compound_names_the_body_mentioned_before_it_even_inside_a_quotation() -> None:
    text = (
        "Die Gewerkschaft hat der Deutschen Bahn mit Streik gedroht. Ein Bahnsprecher sagte, "
        "man wolle weiter verhandeln. Nach Angaben des Verbands Pro Bahn sind viele betroffen."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "Die Gewerkschaft hat der Deutschen Bahn mit Streik gedroht.",
                "Die Gewerkschaft",
                kind=QuoteType.REPORTED,
            ),
            quote(text, "man wolle weiter verhandeln", "Ein Bahnsprecher", "sagte"),
        ],
    )
    assert speaker_name(article, article.quotes[1]) == "Deutsche Bahn"


def test_a_body_named_with_its_kind_and_by_its_abbreviation_alone_is_one_entity() -> None:
    text = "Die Lokführergewerkschaft GDL droht mit Streik. Die GDL sagte, sie sei bereit."
    article = analysed(text, [quote(text, "sie sei bereit", "Die GDL", "sagte")])
    (body,) = [e for e in article.entities if "GDL" in e.name]
    assert len(body.mentions) == 2


def test_the_management_of_a_body_speaks_as_one() -> None:
    text = "Der Verbund schließt zwei Stationen. Grund sei der Mangel an Personal, teilte die Geschäftsführung mit."
    article = analysed(
        text, [quote(text, "Grund sei der Mangel an Personal", "die Geschäftsführung", "teilte")]
    )
    assert speaker_name(article, article.quotes[0]) == "Geschäftsführung"


def test_a_supervisory_authority_is_a_body_that_speaks_for_itself() -> None:
    text = (
        "Die Kommunalaufsicht prüft den Fall nach eigenen Angaben seit Wochen. Die "
        "Finanzaufsicht Bafin teilte mit, sie prüfe den Fall."
    )
    article = analysed(
        text,
        [
            quote(text, "Die Kommunalaufsicht prüft den Fall", "eigenen Angaben", "nach"),
            quote(text, "sie prüfe den Fall", "Die Finanzaufsicht Bafin", "teilte"),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == [
        "Kommunalaufsicht",
        "Finanzaufsicht Bafin",
    ]


def test_a_spokesperson_is_not_the_participant_an_epithet_names() -> None:
    text = (
        "Feuerwehrsprecher Jan Kober sagte, der Wagen sei sichergestellt. Der Fahrer erklärte "
        "später, er habe die Kurve unterschätzt."
    )
    article = analysed(
        text,
        [
            quote(text, "der Wagen sei sichergestellt", "Feuerwehrsprecher Jan Kober", "sagte"),
            quote(text, "er habe die Kurve unterschätzt", "Der Fahrer", "erklärte"),
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "Jan Kober"
    assert speaker_name(article, article.quotes[1]) != "Jan Kober"


def test_a_genitive_body_after_a_file_number_is_the_speaker() -> None:
    text = (
        "Die Kasse verlor vor Gericht. Mit dem Aktenzeichen S 12 KR 407/21 des Sozialgerichts "
        "Leipzig hat die Kammer den Beitrag für nichtig erklärt, weil die Kasse ihre Mitglieder "
        "nicht informiert habe."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "weil die Kasse ihre Mitglieder nicht informiert habe",
                "des Sozialgerichts Leipzig",
                "erklärt",
            )
        ],
    )
    assert speaker_name(article, article.quotes[0]) == "Sozialgericht Leipzig"


def test_a_group_named_in_the_dative_plural_is_named_in_the_nominative() -> None:
    text = "Der Landtag stimmte am Abend ab. Von den Parlamentariern wird das als Erfolg gewertet."
    article = analysed(
        text, [quote(text, "das als Erfolg gewertet", "den Parlamentariern", "gewertet")]
    )
    assert speaker_name(article, article.quotes[0]) == "Parlamentarier"


def test_an_age_known_from_an_object_mention_keeps_an_other_age_away() -> None:
    text = (
        "Sportdirektor Frank Osterkamp vermied ein Bekenntnis zu Trainer Mirko Stahl. Stahl gab "
        "sich kämpferisch. Osterkamp hielt zu dem 49-Jährigen. Stahl sagte, er bleibe. "
        "Der 56-Jährige sagte, man werde in Ruhe analysieren."
    )
    article = analysed(
        text,
        [
            quote(text, "er bleibe", "Stahl", "sagte"),
            quote(text, "man werde in Ruhe analysieren", "Der 56-Jährige", "sagte", occurrence=2),
        ],
    )
    assert [speaker_name(article, q) for q in article.quotes] == ["Mirko Stahl", "Frank Osterkamp"]


def test_the_speaker_inside_a_report_sentence_is_the_subject_an_epithet_continues() -> None:
    text = (
        "Trainer Anton Wendt wirkte müde. „Wir haben Fehler gemacht“, sagte Wendt. "
        "Kapitän Peter Quast wies die Kritik am Dienstag zurück. „Es gibt keinen Streit“, sagte "
        "der frühere Torwart."
    )
    report = quote(text, "Kapitän Peter Quast wies die Kritik am Dienstag zurück.", "Peter Quast")
    report.type = QuoteType.REPORTED
    direct = quote(text, "„Es gibt keinen Streit“", "der frühere Torwart", "sagte", occurrence=2)
    direct.type = QuoteType.DIRECT
    article = analysed(text, [report, direct])
    assert speaker_name(article, article.quotes[1]) == "Peter Quast"


def test_a_role_with_an_adjective_in_its_complement_is_the_title_of_the_name_after_it() -> None:
    text = (
        "Es kam zum Streit mit dem litauischen Staatssekretär für digitale Angelegenheiten, "
        "Jonas Petraitis. Auch der Minister Karl Huber griff die Regierung an. Der litauische "
        "Staatssekretär sagte, das sei unfair."
    )
    article = analysed(text, [quote(text, "das sei unfair", "Der litauische Staatssekretär")])
    assert speaker_name(article, article.quotes[0]) == "Jonas Petraitis"


def test_an_age_in_years_before_a_role_noun_and_skilled_workers_are_persons() -> None:
    text = (
        "Eine Zeugin sagte am Dienstag aus. Die 38 Jahre alte Lehrkraft sagte, ihr Chef habe "
        "gelogen. Der 61 Jahre alte Inhaber wies das zurück. Die 38-Jährige bleibe bei ihrer "
        "Aussage, sagte ihr Anwalt."
    )
    article = analysed(
        text,
        [
            quote(
                text, "ihr Chef habe gelogen", "Die 38 Jahre alte Lehrkraft", "sagte", occurrence=2
            ),
        ],
    )
    names = {entity.name: entity for entity in article.entities}
    assert speaker_name(article, article.quotes[0]) == "38 Jahre alte Lehrkraft"
    assert names["38 Jahre alte Lehrkraft"].kind == "person"
    assert "61 Jahre alte Inhaber" in names


@pytest.mark.parametrize(
    ("noun", "owner"),
    [
        ("einer Hochrechnung des Senders Radio Nordwest", "Radio Nordwest"),
        ("einer Prognose der Bundesbank", "Bundesbank"),
        ("Recherchen des Magazins Stadtblick", "Stadtblick"),
    ],
)
def test_the_owner_of_a_forecast_or_research_is_the_source(noun: str, owner: str) -> None:
    text = f"Die Wahl ist vorbei. Nach {noun} liegt die Partei vorn."
    article = analysed(text, [quote(text, "liegt die Partei vorn", noun, "Nach")])
    assert [speaker_name(article, q) for q in article.quotes] == [owner]


@pytest.mark.parametrize("time", ["vom späten Abend", "vom Wochenende", "von Montag"])
def test_a_time_after_a_source_noun_is_no_source(time: str) -> None:
    text = f"Ein Lager brannte. Nach Informationen {time} wurden drei Personen verletzt."
    article = analysed(
        text, [quote(text, "wurden drei Personen verletzt", f"Informationen {time}", "Nach")]
    )
    assert [speaker_name(article, q) for q in article.quotes] == [None]


def test_a_role_a_copula_equates_with_a_named_person_is_that_person() -> None:
    text = (
        "Die Vorsitzende Richterin Hanna Sell sagte, das Urteil sei gerecht. Ein anderer Richter "
        "des Senats ist der frühere Staatsanwalt Ralf Dornbusch, der an dem Verfahren nicht "
        "teilnimmt. Er sagte, das Gericht sei unabhängig."
    )
    article = analysed(
        text,
        [
            quote(text, "das Urteil sei gerecht", "Die Vorsitzende Richterin Hanna Sell", "sagte"),
            quote(text, "das Gericht sei unabhängig", "Er", "sagte", occurrence=2),
        ],
    )
    assert speaker_name(article, article.quotes[1]) == "Ralf Dornbusch"


def test_a_passive_agent_is_not_equated_with_the_subject_role() -> None:
    text = (
        "Die Vorsitzende Richterin Hanna Sell sagte, das Urteil sei gerecht. Der Sprecher wurde "
        "von Peter Müller entlassen. Er sagte, die Entlassung sei falsch."
    )
    article = analysed(
        text,
        [
            quote(text, "das Urteil sei gerecht", "Die Vorsitzende Richterin Hanna Sell", "sagte"),
            quote(text, "die Entlassung sei falsch", "Er", "sagte", occurrence=2),
        ],
    )
    assert speaker_name(article, article.quotes[1]) != "Peter Müller"


def test_a_quoted_title_after_the_speaker_head_is_no_person() -> None:
    text = (
        "Ein Besatzungsmitglied der „Nordlicht Star“, das anonym bleiben wollte, sagte der "
        "Zeitung, der Kapitän habe gewarnt."
    )
    speaker = "Ein Besatzungsmitglied der „Nordlicht Star“"
    article = analysed(text, [quote(text, "der Kapitän habe gewarnt", speaker, "sagte")])
    assert speaker_name(article, article.quotes[0]) == "Besatzungsmitglied"
    assert all(
        entity.name != "Nordlicht Star" or entity.kind != "person" for entity in article.entities
    )


def test_an_unlisted_definite_phrase_in_the_first_field_beats_a_later_known_object() -> None:
    text = "Die Gemeinde hat die Anwohner informiert, dass die Straße gesperrt wird."
    article = analysed(
        text, [quote(text, "dass die Straße gesperrt wird", "Die Gemeinde", "informiert")]
    )
    assert speaker_name(article, article.quotes[0]) == "Gemeinde"


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        (
            "Mayor John Smith opened the new pool. The mayor said the city had no money left.",
            "The mayor",
            "John Smith",
        ),
        (
            "A police spokesman said three people were injured.",
            "A police spokesman",
            "police spokesman",
        ),
    ],
)
def test_an_english_role_noun_in_lower_case_is_a_speaker_mention(
    text: str, speaker: str, name: str
) -> None:
    message = text.split(" said ")[1].rstrip(".")
    article = analysed(
        text, [quote(text, message, speaker, "said")], options=Options(language="en")
    )
    assert speaker_name(article, article.quotes[0]) == name


@pytest.mark.parametrize("kind_noun", ["The company", "The firm", "The corporation"])
def test_an_english_company_noun_refers_back_to_a_company_named_by_its_legal_form(
    kind_noun: str,
) -> None:
    text = f"Acme Corp cut 500 jobs on Tuesday. {kind_noun} said sales had fallen by a fifth."
    article = analysed(
        text,
        [quote(text, "sales had fallen by a fifth", kind_noun, "said")],
        options=Options(language="en"),
    )
    assert speaker_name(article, article.quotes[0]) == "Acme Corp"
    assert len([e for e in article.entities if e.kind is EntityKind.ORGANISATION]) == 1


def test_an_english_age_epithet_resolves_to_the_person_just_named() -> None:
    text = (
        "Chief executive Mark Ellison announced the closure. "
        '"We looked at every option," the 58-year-old said.'
    )
    article = analysed(
        text,
        [
            quote(
                text,
                '"We looked at every option,"',
                "the 58-year-old",
                "said",
                kind=QuoteType.DIRECT,
            )
        ],
        options=Options(language="en"),
    )
    assert speaker_name(article, article.quotes[0]) == "Mark Ellison"


@pytest.mark.parametrize(
    ("source", "name"),
    [("Augenzeugenberichten", "Augenzeugen"), ("Korrespondentenberichten", None)],
)
def test_eyewitness_reports_are_the_witnesses_but_correspondents_reports_are_hearsay(
    source: str, name: str | None
) -> None:
    text = f"In der Stadt kam es zu Unruhen. {source} zufolge schossen Soldaten in die Menge."
    article = analysed(text, [quote(text, "schossen Soldaten in die Menge", source, "zufolge")])
    quote_ = article.quotes[0]
    found = None if quote_.speaker_entity is None else speaker_name(article, quote_)
    assert found == name


def test_english_kind_nouns_refer_back_to_the_body_of_their_kind() -> None:
    text = (
        "Westmoor Hospitals NHS Trust will close its maternity unit. The trust rejected the "
        "claim. Brisa Air Holdings plc cancelled 214 flights. The airline said more would "
        "follow. The Ministry of Transport met both sides. The transport ministry said it would "
        "appoint a mediator."
    )
    quotes = [
        quote(text, "the claim", "The trust", "rejected", kind=QuoteType.REPORTED),
        quote(text, "more would follow", "The airline", "said"),
        quote(text, "it would appoint a mediator", "The transport ministry", "said"),
    ]
    article = analysed(text, quotes, options=Options(language="en"))
    names = [speaker_name(article, q) for q in article.quotes]
    assert names == [
        "Westmoor Hospitals NHS Trust",
        "Brisa Air Holdings plc",
        "Ministry of Transport",
    ]


def test_english_newspaper_title_is_an_outlet_the_newspaper_refers_back_to() -> None:
    text = (
        "The Sunday Courier reported the story on its front page. The newspaper said it "
        "stood by its story."
    )
    article = analysed(
        text,
        [quote(text, "it stood by its story", "The newspaper", "said")],
        options=Options(language="en"),
    )
    assert speaker_name(article, article.quotes[0]) == "Sunday Courier"
    assert [e.kind for e in article.entities if e.name == "Sunday Courier"] == [EntityKind.MEDIA]


@pytest.mark.parametrize(
    ("text", "speaker", "message", "language"),
    [
        (
            "Das Mittel wird von der Corvane AG verkauft. Corvane wies die Ergebnisse zurück.",
            "Corvane",
            "die Ergebnisse",
            "de",
        ),
        (
            "The pesticide is sold by Corvane AG of Basel. Corvane rejected the findings.",
            "Corvane",
            "the findings",
            "en",
        ),
    ],
)
def test_a_company_called_by_the_first_word_of_its_name(
    text: str, speaker: str, message: str, language: str
) -> None:
    quotes = [quote(text, message, speaker, kind=QuoteType.REPORTED)]
    article = analysed(text, quotes, options=Options(language=language))
    assert speaker_name(article, article.quotes[0]) == "Corvane AG"


@pytest.mark.parametrize("role", ["cue", "speaker"])
def test_demnach_goes_on_with_the_source_of_the_quotation_before(role: str) -> None:
    # The sentence before opens with another subject (the coach); "Demnach" still means
    # "according to the magazine", whether the tagger marks it as the cue or as the speaker.
    text = (
        "Der Trainer Max Roth soll gehen, wie das Fachmagazin „Kicker“ berichtet. Demnach "
        "sollen sich einzelne Profis beschwert haben."
    )
    demnach = {"cue": "Demnach", "speaker": None} if role == "cue" else {"speaker": "Demnach"}
    article = analysed(
        text,
        [
            quote(text, "Der Trainer Max Roth soll gehen", "das Fachmagazin „Kicker“", "berichtet"),
            quote(text, "sollen sich einzelne Profis beschwert haben", **demnach),
        ],
    )
    assert speaker_name(article, article.quotes[1]) == "Kicker"
