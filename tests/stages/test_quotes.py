"""Quotation extraction on hand-written German and English texts, bad input and the reference page."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newstrace.lang.speech import lexicon
from newstrace.model import Article, Quote, QuoteType, Span
from newstrace.options import Options
from newstrace.stages import quotes, sentences
from newstrace.stages.quote_features import Document, make_document
from newstrace.stages.quotes.clauses import (
    _before_trailing_frame,
    _fragments_quoted,
    _with_framed_clauses,
)
from newstrace.stages.quotes.continuations import (
    _with_continued_reports,
    _with_infinitive_complements,
    _with_leading_conditions,
    _with_reported_rest,
)
from newstrace.stages.quotes.drafts import _Draft, _Run, _run_labels, _runs
from newstrace.stages.quotes.grammar import _second_place
from newstrace.stages.quotes.labels import (
    _joined_one_word_runs,
    _with_first_halves,
    _with_framed_direct,
    _without_attached_clauses,
    _without_heading_labels,
    _without_trailing_frames,
)
from newstrace.stages.quotes.roles import _heading_run
from newstrace.stages.quotes.sources import _source_drafts, _with_sentence_around_inner_sources
from newstrace.stages.quotes.subjects import _pronoun_after_verb, _subject_before_verb

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
REFERENCE = SHARED / "reference" / "000_a69e3d46af2a930c.txt"


def _chosen_then(rule: Callable[[Document, _Run], _Run | None], text: str, chosen: str) -> str:
    """The words ``rule`` puts in place of the speaker span ``chosen`` ("" when it keeps it)."""
    doc = make_document(text, [Span(0, len(text))], "de")
    start = next(i for i, t in enumerate(doc.tokens) if t.start == text.index(chosen))
    end = next(i for i, t in enumerate(doc.tokens) if t.end == text.index(chosen) + len(chosen))
    found = rule(doc, _Run(start, end + 1, "SPK"))
    if found is None:
        return ""
    return text[doc.tokens[found.start].start : doc.tokens[found.end - 1].end]


def _sentence_doc(text: str) -> Document:
    """German text as the taggers' document, split into sentences by the stage."""
    options = Options(language="de")
    return make_document(text, sentences.run(Article(text=text), options).sentences, "de")


def analyse(text: str, language: str = "de") -> Article:
    options = Options(language=language)
    return quotes.run(sentences.run(Article(text=text), options), options)


def speaker_of(article: Article, quote: Quote) -> str:
    return "" if quote.speaker is None else quote.speaker.of(article.text)


def message_of(article: Article, quote: Quote) -> str:
    return " ".join(span.of(article.text) for span in quote.message)


def only(article: Article, kind: QuoteType) -> Quote:
    (quote,) = [q for q in article.quotes if q.type is kind]
    return quote


def test_direct_quotation_after_a_colon_frame() -> None:
    article = analyse(
        "Die Stadt plant einen neuen Bahnhof. Bürgermeisterin Anna Berger sagte am Montag: "
        "„Wir werden den Bau noch in diesem Jahr beginnen.“"
    )
    quote = only(article, QuoteType.DIRECT)
    assert message_of(article, quote) == "„Wir werden den Bau noch in diesem Jahr beginnen.“"
    assert "Anna Berger" in speaker_of(article, quote)
    assert quote.cue is not None and quote.cue.of(article.text) == "sagte"


def test_direct_quotation_with_trailing_frame() -> None:
    article = analyse(
        "„Die Lage ist ernst, aber wir haben einen Plan“, erklärte der Landrat Peter Hahn."
    )
    quote = article.quotes[0]
    assert quote.type is QuoteType.DIRECT
    assert "Peter Hahn" in speaker_of(article, quote)
    assert quote.frame is not None and "erklärte" in quote.frame.of(article.text)


def test_indirect_quotation_with_dass_and_separable_cue() -> None:
    article = analyse(
        "Die Polizei teilte am Abend mit, dass der Verdächtige in Köln festgenommen worden sei."
    )
    quote = article.quotes[0]
    assert quote.type is QuoteType.INDIRECT
    assert message_of(article, quote).startswith("dass der Verdächtige")
    assert speaker_of(article, quote) == "Die Polizei"
    assert quote.cue is not None and quote.cue.of(article.text) == "teilte"
    assert quote.cue_particle is not None and quote.cue_particle.of(article.text) == "mit"


def test_indirect_quotation_in_konjunktiv_without_dass() -> None:
    article = analyse(
        "Der Sprecher der Regierung sagte, die Verhandlungen seien am Freitag gescheitert."
    )
    quote = article.quotes[0]
    assert quote.type is QuoteType.INDIRECT
    assert "Verhandlungen seien" in message_of(article, quote)
    assert "Sprecher" in speaker_of(article, quote)


def test_nested_fragment_inside_indirect_speech() -> None:
    article = analyse(
        "Der Minister sagte, die Reform sei „ein großer Schritt nach vorn“ für das ganze Land."
    )
    nested = [quote for quote in article.quotes if quote.nested_in is not None]
    assert nested, [q.to_dict() for q in article.quotes]
    parent_ids = {quote.id for quote in article.quotes}
    assert nested[0].nested_in in parent_ids
    assert message_of(article, nested[0]) == "„ein großer Schritt nach vorn“"


@pytest.mark.parametrize(
    ("text", "speaker", "message"),
    [
        (
            "Nach ersten Angaben der Polizei wurden bei dem Unfall drei Menschen verletzt.",
            "ersten Angaben der Polizei",
            "wurden bei dem Unfall drei Menschen verletzt",
        ),
        (
            "Den jüngsten Meldungen zufolge ist der Minister am Abend zurückgetreten.",
            "Den jüngsten Meldungen",
            "ist der Minister am Abend zurückgetreten",
        ),
        ("Laut Reuters hat die Regierung neue Sanktionen beschlossen.", "Reuters", None),
        (  # the owner after "von" belongs to the speaker
            "Nach Einschätzung von Experten ist das Verhalten des Wolfes nicht typisch.",
            "Einschätzung von Experten",
            "ist das Verhalten des Wolfes nicht typisch",
        ),
        (  # a quoted newspaper name ends the phrase
            "Laut einem Bericht der „Kieler Nachrichten“ soll Vorstand Jens Ohlsen bereits mit der "
            "früheren Ministerin Anna Brandt über eine Nachfolge gesprochen haben.",
            "einem Bericht der „Kieler Nachrichten“",
            "soll Vorstand Jens Ohlsen bereits mit der früheren Ministerin Anna Brandt über eine "
            "Nachfolge gesprochen haben",
        ),
        (
            "Nach Recherchen des Senders sollen die Gelder nie angekommen sein.",
            "Recherchen des Senders",
            "sollen die Gelder nie angekommen sein",
        ),
    ],
)
def test_source_phrase_opening_a_sentence(text: str, speaker: str, message: str | None) -> None:
    article = analyse(text)
    (quote,) = article.quotes
    assert quote.type is QuoteType.INDIRECT
    assert speaker_of(article, quote) == speaker
    assert message is None or message_of(article, quote) == message


@pytest.mark.parametrize(
    ("text", "speaker", "message"),
    [
        (
            "Das Gewitter soll nach ersten Meldungen große Schäden angerichtet haben.",
            "ersten Meldungen",
            ["Das Gewitter soll", "große Schäden angerichtet haben"],
        ),
        (
            "Die Wellen waren Berichten des Senders Radio Nord zufolge bis Kiel zu sehen.",
            "Berichten des Senders Radio Nord",
            ["Die Wellen waren", "bis Kiel zu sehen"],
        ),
        (
            "Im Wasser sind nach Angaben der Behörde keine Keime gefunden worden.",
            "Angaben der Behörde",
            ["Im Wasser sind", "keine Keime gefunden worden"],
        ),
        (
            "Dort lebten nach Schätzungen städtischer Behörden bis zu 800 Menschen.",
            "Schätzungen städtischer Behörden",
            ["Dort lebten", "bis zu 800 Menschen"],
        ),
        (
            "Die Soldaten sollen laut „Reuters“ Warnschüsse abgegeben haben.",
            "„Reuters“",
            ["Die Soldaten sollen", "Warnschüsse abgegeben haben"],
        ),
    ],
)
def test_source_phrase_inside_a_sentence(text: str, speaker: str, message: list[str]) -> None:
    # The rule alone, on a sentence no tagger has claimed.
    doc = make_document(text, [Span(0, len(text))], "de")
    (draft,) = _source_drafts(doc, [], "de")

    def words(run: _Run) -> str:
        return text[doc.tokens[run.start].start : doc.tokens[run.end - 1].end]

    assert draft.type is QuoteType.INDIRECT
    assert draft.speaker is not None and words(draft.speaker) == speaker
    assert [words(run) for run in draft.runs] == message


@pytest.mark.parametrize(
    ("text", "tagged", "message"),
    [
        (  # the tagger took the second clause only
            "Die Böen sollen nach ersten Meldungen Dächer abgedeckt haben, in einem Hafen soll "
            "ein Boot gesunken sein.",
            "in einem Hafen soll ein Boot gesunken sein",
            [
                "Die Böen sollen",
                "Dächer abgedeckt haben, in einem Hafen soll ein Boot gesunken sein",
            ],
        ),
        (  # … or the words before the phrase only; a relative clause after it is no message
            "Die Polizisten sollen laut Zeugen, die alles filmten, einige Demonstranten geschlagen "
            "haben.",
            "Die Polizisten sollen",
            ["Die Polizisten sollen", "einige Demonstranten geschlagen haben"],
        ),
    ],
)
def test_an_inner_source_vouches_for_its_whole_clause(
    text: str, tagged: str, message: list[str]
) -> None:
    doc = make_document(text, [Span(0, len(text))], "de")
    start = next(i for i, token in enumerate(doc.tokens) if token.start == text.index(tagged))
    end = next(
        i for i, token in enumerate(doc.tokens) if token.end == text.index(tagged) + len(tagged)
    )
    cue = next(i for i, word in enumerate(doc.lower) if word in ("nach", "laut"))
    draft = _Draft(
        [_Run(start, end + 1, "I")],
        QuoteType.INDIRECT,
        cue=_Run(cue, cue + 1, "CUE"),
        sentences=frozenset({0}),
    )
    _with_sentence_around_inner_sources(doc, [draft], "de")

    def words(run: _Run) -> str:
        return text[doc.tokens[run.start].start : doc.tokens[run.end - 1].end]

    assert [words(run) for run in draft.runs] == message
    assert draft.speaker is not None and words(draft.speaker) in ("ersten Meldungen", "Zeugen")


def test_source_phrase_inside_a_sentence_end_to_end() -> None:
    article = analyse("Das Gewitter soll nach ersten Meldungen große Schäden angerichtet haben.")
    (quote,) = article.quotes
    assert speaker_of(article, quote) == "ersten Meldungen"
    pieces = [span.of(article.text) for span in quote.message]
    assert pieces == ["Das Gewitter soll", "große Schäden angerichtet haben"]


def test_a_preposition_nach_without_a_source_noun_is_no_source() -> None:
    assert not analyse("Der Minister sah nach dem Rechten und fuhr am Abend nach Hause.").quotes


def test_a_trailing_wie_frame_may_hold_an_apposition() -> None:
    text = "Der Umbau wird zwei Jahre dauern, wie Jana Roth, Direktorin des Museums, erklärte."
    article = analyse(text)
    (quote,) = article.quotes
    assert message_of(article, quote) == "Der Umbau wird zwei Jahre dauern"
    assert speaker_of(article, quote).startswith("Jana Roth")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Wie es aus Ermittlerkreisen hieß, war Alkohol im Spiel.", "war Alkohol im Spiel"),
        (  # "es" several words before the verb
            "Wie es aus dem Umfeld des Vereins heißt, will der Trainer notfalls klagen.",
            "will der Trainer notfalls klagen",
        ),
        (
            "Offenbar war der Fahrer zu schnell, wie es aus Ermittlerkreisen hieß.",
            "Offenbar war der Fahrer zu schnell",
        ),
    ],
)
def test_an_impersonal_wie_es_hiess_frame_reports(text: str, message: str) -> None:
    article = analyse(text)
    (quote,) = article.quotes
    assert message_of(article, quote) == message
    assert not speaker_of(article, quote)  # "es" is nobody


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Wie Reuters von zwei mit den Plänen vertrauten Personen erfuhr, prüft der Konzern "
            "den Verkauf seiner Sparte.",
            "prüft der Konzern den Verkauf seiner Sparte",
        ),
        (
            "Der Trainer steht vor dem Aus, wie die Zeitung aus dem Umfeld des Vereins erfuhr.",
            "Der Trainer steht vor dem Aus",
        ),
    ],
)
def test_a_wie_frame_with_a_verb_of_learning_reports(text: str, message: str) -> None:
    article = analyse(text)
    (quote,) = article.quotes
    assert message_of(article, quote) == message


def test_a_verb_of_learning_outside_a_wie_frame_reports_nothing() -> None:
    assert not analyse("Als der Trainer davon erfuhr, war es für eine Reaktion zu spät.").quotes


def test_heissen_without_es_reports_nothing() -> None:
    assert not analyse("Der neue Trainer heißt Peter Maier, er kommt aus Bremen.").quotes


def test_a_trailing_frame_takes_no_speaker_from_the_message() -> None:
    text = (
        "Die Preise steigen um drei Prozent. Das sei der stärkste Anstieg seit Jahren, "
        "hieß es aus dem Ministerium."
    )
    article = analyse(text)
    for quote in article.quotes:
        assert speaker_of(article, quote) != "der stärkste Anstieg"


@pytest.mark.parametrize(
    ("text", "speaker", "message"),
    [
        (
            "Bürgermeisterin Eva Brandt warf dem Sprecher der Linken, Uwe Sommer, vor, den "
            "Neubau zu verzögern.",
            "Bürgermeisterin Eva Brandt",
            "den Neubau zu verzögern",
        ),
        (
            "Die Polizei bat Spaziergänger, ihre Hunde vorerst an der Leine zu führen.",
            "Die Polizei",
            "ihre Hunde vorerst an der Leine zu führen",
        ),
        (
            "Die Landesregierung hatte öffentlich darüber spekuliert, über eine Beteiligung "
            "der Staatsbank ihren Einfluss zu erhöhen.",
            "Die Landesregierung",
            "über eine Beteiligung der Staatsbank ihren Einfluss zu erhöhen",
        ),
        (  # an initial's full stop inside the apposition ends no clause
            "Der Prozess begann am Montag. Die Anklage wirft dem früheren Leiter der Klinik in "
            "Celle, Martin K., und seiner Stellvertreterin vor, Gutachten gefälscht zu haben.",
            "Die Anklage",
            "Gutachten gefälscht zu haben",
        ),
        (  # a relative clause after the infinitive belongs to the message
            "Die Opposition warf dem Minister am Dienstag im Landtag vor, Gutachten "
            "zurückgehalten zu haben, die seine Pläne in Frage stellen.",
            "Die Opposition",
            "Gutachten zurückgehalten zu haben, die seine Pläne in Frage stellen",
        ),
        # the comma before an infinitive group is optional
        (
            "Nach den Krawallen wurden große Teile der Innenstadt abgesperrt. Mehrere "
            "Abgeordnete haben dazu aufgerufen die Kontrollen in der Region deutlich zu "
            "verstärken. Die Opposition lehnt das ab.",
            "Mehrere Abgeordnete",
            "die Kontrollen in der Region deutlich zu verstärken",
        ),
        (
            "Polizisten und Anhänger der Regierung gingen mit Knüppeln gegen die Demonstranten "
            "vor.\n\nRensing, der seit dem Putsch von 1998 im Land mit Notverordnungen "
            "regiert, hatte am Donnerstag angekündigt bei der Präsidentenwahl im Oktober erneut "
            "anzutreten. Bei der Wahl werden erstmals Gegenkandidaten zugelassen.",
            "",
            "bei der Präsidentenwahl im Oktober erneut anzutreten",
        ),
        # words of intention, offer and confidence frame their infinitive clause too
        (
            "Das Ministerium plant, die Befugnisse der Aufsicht zu erweitern.",
            "Das Ministerium",
            "die Befugnisse der Aufsicht zu erweitern",
        ),
        (  # the subject after the word of intention may be long
            "Im kommenden Jahr plant die Stadtverwaltung von Oberhausen gemeinsam mit dem Land, "
            "die Schulen zu sanieren.",
            "die Stadtverwaltung von Oberhausen",
            "die Schulen zu sanieren",
        ),
        (
            "Der Verkäufer bot an, die Karten bei einem Treffen zu übergeben.",
            "Der Verkäufer",
            "die Karten bei einem Treffen zu übergeben",
        ),
        (  # "schlagen zu können" is an infinitive group, though "schlagen" may read as finite
            "Die Trainerin ist zuversichtlich, die Gegnerinnen mit diesem Kader schlagen zu "
            "können.",
            "Die Trainerin",
            "die Gegnerinnen mit diesem Kader schlagen zu können",
        ),
        # a noun of speech frames its dass-clause or zu-infinitive
        (
            "Die Prüfer kamen zu dem Ergebnis, dass die Abrechnung fehlerhaft war.",
            "Die Prüfer",
            "dass die Abrechnung fehlerhaft war",
        ),
        (
            "Eine Agentur des Sängers hatte die Vorgabe gemacht, dass nur zehn Minuten gefilmt "
            "werden durften.",
            "Eine Agentur des Sängers",
            "dass nur zehn Minuten gefilmt werden durften",
        ),
        (  # the noun's owner speaks, not the sentence subject
            "Der Betriebsrat unterstützt die Forderung von Politikern der SPD, die Bank zu "
            "boykottieren.",
            "Politikern der SPD",
            "die Bank zu boykottieren",
        ),
    ],
)
def test_the_clause_a_speech_verb_or_noun_governs_is_indirect_speech(
    text: str, speaker: str, message: str
) -> None:
    article = analyse(text)
    (quote,) = article.quotes
    assert quote.type is QuoteType.INDIRECT
    assert (speaker_of(article, quote), message_of(article, quote)) == (speaker, message)


def test_a_clause_of_another_kind_after_a_noun_of_speech_keeps_the_subject() -> None:
    text = (
        "Die Verbände erwarten keine schnelle Entscheidung des Gerichts, weil die Abgeordneten "
        "keinen Eilantrag gestellt hätten."
    )
    article = analyse(text)
    assert [speaker_of(article, quote) for quote in article.quotes] == ["Die Verbände"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Präsident kündigte die Auflösung des Parlaments an, um den Weg zu Neuwahlen "
        "freizumachen.",
        "Die Direktorin bezeichnete die Sperre als einen Versuch, den Sender an seiner Arbeit "
        "zu hindern.",
        # "bieten" without its particle offers nothing said
        "Der Verein bietet Kurse, um den Sender an seiner Arbeit zu hindern.",
    ],
)
def test_purpose_and_noun_infinitives_are_no_quotation_of_their_own(text: str) -> None:
    article = analyse(text)
    assert all(
        not message_of(article, quote).startswith(("um", "den Sender")) for quote in article.quotes
    )


def test_reported_speech_is_the_whole_sentence_with_its_subject() -> None:
    text = (
        "Der Streik dauert an. Die Gewerkschaft der Lokführer forderte am Montag eine schnellere "
    )
    article = analyse(text + "Entscheidung der Bahn. Die Bahn lehnte ab.")
    reported = only(article, QuoteType.REPORTED)
    assert speaker_of(article, reported) == "Die Gewerkschaft der Lokführer"
    assert message_of(article, reported).endswith("schnellere Entscheidung der Bahn.")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Er kündigte eine Klage an.", "Er"),
        ("Die Angeklagte wies die Vorwürfe zurück.", "Die Angeklagte"),
        ("Der Kreml hat Berichte über einen Austausch dementiert.", "Der Kreml"),
        ("Dagegen protestierte auch der Verband der Lehrer.", "der Verband der Lehrer"),
        (
            "Im Streit um das Gesetz hat Minister Thomas Berger die Kritik zurückgewiesen.",
            "Minister Thomas Berger",
        ),
        (
            "Der Chef von Nexora, Daniel Brooks, hat den Bericht bestätigt.",
            "Der Chef von Nexora, Daniel Brooks",
        ),
        # a particle between subject and verb
        ("Lindholm selbst dementierte das.", "Lindholm"),
        ("Der Verein wiederum wies die Vorwürfe zurück.", "Der Verein"),
        # a bracketed party or abbreviation belongs to the subject
        (
            "Bürgermeister Andreas Fendt (Freie Wähler) mahnte zur Sachlichkeit.",
            "Bürgermeister Andreas Fendt (Freie Wähler)",
        ),
        # a stance held, with the word the verb governs, also before the verb
        ("Die Reederei erwartet zum Stapellauf rund 8.000 Gäste.", "Die Reederei"),
        ("Beobachter halten den Rücktritt für überfällig.", "Beobachter"),
        ("Die Forscherin sieht darin einen Beleg für ihre These.", "Die Forscherin"),
        ("Mit einer Entspannung rechnet der Verband erst im Herbst.", "der Verband"),
        ("Bis Freitag sagte sie einen Temperatursturz voraus.", "sie"),
        ("Die Intendantin verteidigte die Inszenierung gegen Kritik.", "Die Intendantin"),
        # the act before a causative in the substitute infinitive
        ("Der Angeklagte hatte die Vorwürfe zurückweisen lassen.", "Der Angeklagte"),
    ],
)
def test_a_speech_act_verb_makes_its_sentence_reported_speech(sentence: str, speaker: str) -> None:
    article = analyse("Der Streit hält an. " + sentence)
    reported = only(article, QuoteType.REPORTED)
    assert message_of(article, reported) == sentence
    assert speaker_of(article, reported) == speaker


def test_a_stretch_tagged_without_speaker_or_cue_leaves_its_sentence_to_a_speech_act() -> None:
    text = (
        "Die Abgeordnete Maria Lopez sagte in ihrem Podcast, der frühere Finanzchef des "
        "Versicherers, Herr Paul Grant, habe ihr schon im Frühjahr erzählt, dass die Firma den "
        "Rückzug plane. Sie habe damals die Regierung gewarnt, aber niemand habe zugehört.\n\n"
        "Herr Grant, der die Firma im Sommer verlassen hat, bestritt das am Mittwoch. „Ich habe "
        "mit der Abgeordneten nie über den Markt gesprochen“, schrieb er."
    )
    article = analyse(text)
    reported = only(article, QuoteType.REPORTED)
    assert message_of(article, reported).startswith("Herr Grant, der die Firma")
    assert speaker_of(article, reported) == "Herr Grant"
    assert all(q.speaker is not None for q in article.quotes if q.type is QuoteType.INDIRECT)


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Firma gab ihre Pläne für das Werk auf.",  # "auf" is no particle of "zugeben"
        "Die Nachricht schlug hohe Wellen.",
        "Heute kündigte sich ein Gewitter an.",  # the adverb is no subject, none follows
        "Es ging um einen Betrag von einer Million Euro.",
        "Die Mannschaft hält den Ball in den eigenen Reihen.",  # "halten" without "für"
        "Der Bürgermeister sah den Umzug vom Balkon aus.",  # "sehen" without "als"/"darin"
        "Mit dem Auto rechnete sie die Strecke nach.",  # "mit" and the particle "nach"
    ],
)
def test_sentences_without_a_speech_act_are_no_reported_speech(sentence: str) -> None:
    assert analyse("Der Streit hält an. " + sentence).quotes == []


def test_a_dative_source_after_a_source_preposition_is_the_speaker() -> None:
    text = "In einem Positionspapier des Ministeriums heißt es, die Regelung habe sich bewährt."
    article = analyse(text)
    assert [speaker_of(article, q) for q in article.quotes] == [
        "einem Positionspapier des Ministeriums"
    ]


def test_a_quoted_name_inside_indirect_speech_is_no_nested_quotation() -> None:
    text = "Der Minister sagte, die „Washington Post“ habe die Lage „völlig falsch dargestellt“."
    article = analyse(text)
    nested = [message_of(article, q) for q in article.quotes if q.nested_in is not None]
    assert nested == ["„völlig falsch dargestellt“"]


def test_a_temporal_nach_is_no_source() -> None:
    assert analyse("Nach dem Spiel gingen alle Zuschauer nach Hause.").quotes == []


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (  # the subject of the sentence introducing it
            "Im Hafen von Kiel ist am Morgen ein Frachter auf Grund gelaufen. Die Reederei Brandt "
            "äußerte Zweifel an der Darstellung der Behörden. Der Lotse habe das Schiff korrekt "
            "geführt, und die Karten seien veraltet gewesen.",
            "Der Lotse habe",
            "Die Reederei Brandt",
        ),
        (  # a short one: the mood says enough
            "Ein Sprecher des Ministeriums sagte: „Wir sind zuversichtlich, dass die Banken das "
            "schaffen.“ Zur Panik bestehe keine Veranlassung.",
            "Zur Panik bestehe keine Veranlassung",
            "Ein Sprecher des Ministeriums",
        ),
        (  # the subject answering a rumour, not the rumour
            "Der Landrat stellte am Montag den Haushalt vor. Gerüchte, wonach auch die Gebühren "
            "für Abwasser steigen sollen, wies er zurück. Darüber sei nie gesprochen worden.",
            "Darüber sei nie",
            "er",
        ),
        (
            "Die Ermittlungen dauern an. Berichte, wonach der Täter ein Komplize gewesen sein "
            "könnte, wollte die Sprecherin der Polizei nicht bestätigen. Man prüfe alle Spuren.",
            "Man prüfe alle",
            "die Sprecherin der Polizei",
        ),
        (  # after a speech act without a message of its own
            "Die Gewerkschaft kritisierte den Beschluss des Vorstands am Montag scharf. Damit "
            "handele die Firma gegen die Interessen der Beschäftigten.",
            "Damit handele die Firma",
            "Die Gewerkschaft",
        ),
    ],
)
def test_a_konjunktiv_continuation_belongs_to_the_speaker_before_it(
    text: str, opening: str, speaker: str
) -> None:
    article = analyse(text)
    quote = only(article, QuoteType.INDIRECT_FREE_INDIRECT)
    assert message_of(article, quote).startswith(opening)
    assert speaker_of(article, quote) == speaker


def test_a_sentence_pointing_back_with_dies_credits_the_one_before() -> None:
    article = analyse(
        "Die Kürzung der Zulage für Pendler ist rechtswidrig. Dies urteilte heute das "
        "Landgericht Neuberg."
    )
    quote = article.quotes[0]
    # the pointer is a piece of the message, as the quotes-de annotators mark it
    pieces = [span.of(article.text) for span in quote.message]
    assert pieces == ["Die Kürzung der Zulage für Pendler ist rechtswidrig", "Dies"]
    assert speaker_of(article, quote) == "das Landgericht Neuberg"
    assert quote.cue is not None and quote.cue.of(article.text) == "urteilte"


@pytest.mark.parametrize(
    ("text", "message", "speaker"),
    [
        (
            "Die Schauspielerin Lena Hart spielt in dem neuen Film eine Richterin. Sie habe sich "
            "wochenlang mit Juristen getroffen, erzählte sie.",
            "Sie habe sich wochenlang mit Juristen getroffen",
            "sie",
        ),
        (
            "Die Anwohner wollen notfalls vor Gericht ziehen. Man habe bereits einen Anwalt "
            "eingeschaltet, erklärten sie am Mittwoch.",
            "Man habe bereits einen Anwalt eingeschaltet",
            "sie",
        ),
        (  # "mein" is no form of "meinen": the comma inside the quotation is no frame
            "„Ich habe damit nichts zu tun, mein Berater trifft alle Entscheidungen allein“, "
            "sagte er.",
            "„Ich habe damit nichts zu tun, mein Berater trifft alle Entscheidungen allein“",
            "er",
        ),
    ],
)
def test_a_trailing_frame_is_no_part_of_the_message(text: str, message: str, speaker: str) -> None:
    article = analyse(text)
    quote = article.quotes[-1]
    assert message_of(article, quote) == message
    assert speaker_of(article, quote) == speaker


@pytest.mark.parametrize(
    ("text", "message", "speaker"),
    [
        (  # leading frame: subject, cue, comma, a clause in Konjunktiv
            "Die Botschaft schwieg. Madrid erklärte am Abend, Hoffmann habe seine persönliche "
            "Meinung geäußert.",
            "Hoffmann habe seine persönliche Meinung geäußert",
            "Madrid",
        ),
        (  # an apposition before the cue
            "Der Rat tagte lange. Die Sprecherin, Frau Lisa Brand, erklärte am Abend, der "
            "Bürgermeister habe seine persönliche Meinung geäußert.",
            "der Bürgermeister habe seine persönliche Meinung geäußert",
            "Die Sprecherin, Frau Lisa Brand",
        ),
        (  # trailing frame after a clause in Konjunktiv II
            "Der Vertrag des Stürmers läuft bis 2027. Sollte ein Klub 25 Millionen Euro bieten, "
            "würde man verhandeln, sagte Trainer Jonas Berg.",
            "Sollte ein Klub 25 Millionen Euro bieten, würde man verhandeln",
            "Trainer Jonas Berg",
        ),
        (  # "wie" + subject + cue at the end
            "Der Stürmer fehlte am Montag beim Training. Offiziell fehlte der 29-Jährige wegen "
            "muskulärer Probleme, wie der Verein mitteilte.",
            "Offiziell fehlte der 29-Jährige wegen muskulärer Probleme",
            "der Verein",
        ),
        (  # the next sentence points back: "Das kündigte … an.", its "Das" a piece
            "Tuttlingen – Der Hersteller Norvatec streicht wegen der schwachen Nachfrage rund "
            "1200 Stellen. Das kündigte Vorstandschefin Dagmar Haverkamp am Dienstag an.",
            "Tuttlingen – Der Hersteller Norvatec streicht wegen der schwachen Nachfrage rund "
            "1200 Stellen Das",
            "Vorstandschefin Dagmar Haverkamp",
        ),
        (  # a cue verb inside a condition ("bestätigten") is no leading frame
            "Die Vorsitzende erklärte, der Ausschuss werde alles prüfen. Wenn sich die Berichte "
            "bestätigten, wäre das ein schwerer Verstoß, sagte sie später.",
            "Wenn sich die Berichte bestätigten, wäre das ein schwerer Verstoß",
            "sie",
        ),
        (  # trailing frame, one quoted fragment inside the reported clause
            "Das Ministerium verfolge die Entwicklung „mit großem Interesse“, sagte eine "
            "Sprecherin. Ob die Kasse zahlt, ist offen.",
            "Das Ministerium verfolge die Entwicklung „mit großem Interesse“",
            "eine Sprecherin",
        ),
        (  # leading frame, one quoted fragment
            "Auf der Plattform schrieb der Amerikaner, man arbeite „mit Hochdruck“ an der "
            "Aufklärung.",
            "man arbeite „mit Hochdruck“ an der Aufklärung",
            "der Amerikaner",
        ),
        (  # leading frame, a main clause in the indicative (subject, finite verb)
            "Der Gipfel begann am Morgen. Bei einem Treffen in Brüssel sagte Rice, die USA "
            "hielten sich an die Konvention gegen Folter.",
            "die USA hielten sich an die Konvention gegen Folter",
            "Rice",
        ),
        (  # a colon before the clause: what precedes it is the frame's, not the message's
            "Herr Kalb reagierte am Abend auf X: Er werde sich „nicht erpressen lassen“, "
            "schrieb er.",
            "Er werde sich „nicht erpressen lassen“",
            "er",
        ),
        (  # a perfect-tense trailing frame: auxiliary, subject, …, participle
            "Die Gespräche in Genf blieben ohne Ergebnis. Es drohe ein neuer Wettlauf um "
            "Raketen, hatte die Kanzlerin bei ihrem Besuch in der polnischen Hauptstadt "
            "Warschau vor drei Wochen gesagt.",
            "Es drohe ein neuer Wettlauf um Raketen",
            "die Kanzlerin",
        ),
    ],
)
def test_a_framed_clause_the_tagger_missed_is_indirect_speech(
    text: str, message: str, speaker: str
) -> None:
    article = analyse(text)
    (quote,) = [q for q in article.quotes if message_of(article, q) == message]
    assert quote.type is QuoteType.INDIRECT
    assert speaker_of(article, quote) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Die Forscher beschrieben den Fund, der mehr als zehn Knochen umfasst.",  # relative
        "Die Studie zeigte Bilder, Karten und Tabellen aus dem Jahr 2020.",  # a list
    ],
)
def test_an_indicative_clause_after_a_comma_needs_a_subject_and_a_verb(text: str) -> None:
    assert [q for q in analyse(text).quotes if q.type is QuoteType.INDIRECT] == []


@pytest.mark.parametrize(
    ("cited", "speaker"),
    [
        ("Insider", "Insider"),  # the one cited speaks, the agency relays
        ("einen Beamten des Ministeriums", "einen Beamten des Ministeriums"),
        ("interne Handelsdokumente", "die Nachrichtenagentur Bloomberg"),  # papers do not speak
    ],
)
def test_the_source_an_outlet_cites_is_the_speaker(cited: str, speaker: str) -> None:
    article = analyse(
        "Die Bank wolle ihre Aktien verkaufen, berichtete die Nachrichtenagentur Bloomberg "
        f"am Montag unter Berufung auf {cited}."
    )
    assert [speaker_of(article, q) for q in article.quotes] == [speaker]


def test_the_source_a_report_relies_on_in_a_relative_clause_is_the_speaker() -> None:
    article = analyse(
        "Laut einem Bericht der Zeitung Tagesspiegel, die sich auf den Minister Jan Holt "
        "beruft, wird das Bad im Mai geschlossen."
    )
    (quote,) = article.quotes
    assert message_of(article, quote) == "wird das Bad im Mai geschlossen"
    assert speaker_of(article, quote) == "den Minister Jan Holt"


def test_ids_are_sequential_in_text_order() -> None:
    article = analyse(
        "„Wir bleiben“, sagte Meier. Später erklärte Schulz, er werde nicht zurücktreten."
    )
    assert [quote.id for quote in article.quotes] == [
        f"q{number}" for number in range(1, len(article.quotes) + 1)
    ]
    starts = [quote.message[0].start for quote in article.quotes]
    assert starts == sorted(starts)


def test_text_without_quotations() -> None:
    assert analyse("Der Fluss trat über die Ufer. Die Straße wurde gesperrt.").quotes == []


def test_empty_text() -> None:
    assert analyse("").quotes == []


def test_english_direct_quotation_by_rule() -> None:
    article = analyse("“We will win the final next week,” said coach Maria Lopez.", "en")
    (quote,) = article.quotes
    assert quote.type is QuoteType.DIRECT
    assert "Maria Lopez" in speaker_of(article, quote)


def test_english_indirect_speech_by_rule_with_nesting_and_addressee() -> None:
    text = (
        'Elon Musk told Ian Bremmer that Vladimir Putin had said a nuclear strike was "on the '
        'table", according to an email. "I have not spoken to Putin," Mr Musk wrote on Twitter. '
        "A Kremlin spokesman, Dmitry Peskov, said the conversation never took place. "
        "The company said in a statement that it was reviewing the claims."
    )
    article = analyse(text, "en")
    found = {
        article.text[q.message[0].start : q.message[0].end]: (speaker_of(article, q), q)
        for q in article.quotes
    }
    told, putin = found['Vladimir Putin had said a nuclear strike was "on the table"']
    assert told == "Elon Musk" and putin.addressee is not None
    said, inner = found['a nuclear strike was "on the table"']
    assert said == "Vladimir Putin" and inner.nested_in == putin.id
    assert found['"I have not spoken to Putin,"'][0] == "Mr Musk"
    assert found["the conversation never took place"][0] == "Dmitry Peskov"
    assert found["it was reviewing the claims"][0] == "The company"


def test_english_bare_plural_role_noun_is_a_trailing_speaker() -> None:
    article = analyse("He is alleged to have stolen two cars, officials said.", "en")
    (quote,) = article.quotes
    assert speaker_of(article, quote) == "officials"
    assert message_of(article, quote) == "He is alleged to have stolen two cars"


def test_english_plural_noun_of_no_role_is_no_bare_speaker() -> None:
    article = analyse("The shares fell sharply, markets said.", "en")
    assert article.quotes == []


def test_english_closing_frame_holds_the_reported_clause_before_it() -> None:
    text = "The firm denied that it had ignored the workers, a spokesman said."
    article = analyse(text, "en")
    by_message = {message_of(article, q): q for q in article.quotes}
    outer = by_message["The firm denied that it had ignored the workers"]
    inner = by_message["it had ignored the workers"]
    assert speaker_of(article, outer) == "a spokesman"
    assert speaker_of(article, inner) == "The firm"
    assert inner.nested_in == outer.id


@pytest.mark.parametrize(
    "text",
    [
        'Er sagte: „Das ist „falsch und „nie wieder“ sagte er. »Gut« ist «anders» "so',
        "„" * 5_000 + "“" * 5_000,
        '„“"»«‚‘' * 3_000,
        ("Der Sprecher sagte, die Lage sei „ruhig, " * 2_000) + "sehr ruhig.",
    ],
    ids=["unbalanced-mixed", "only-quote-marks", "all-kinds-of-marks", "long-unbalanced"],
)
def test_bad_input_finishes_quickly_with_valid_spans(text: str) -> None:
    started = time.perf_counter()
    article = analyse(text)
    assert time.perf_counter() - started < 20
    for quote in article.quotes:
        for span in quote.message:
            assert 0 <= span.start < span.end <= len(text)


def test_two_megabyte_single_paragraph_finishes() -> None:
    text = "Die Polizei sagte, die Straße sei gesperrt, und der Verkehr werde umgeleitet. " * 26_000
    assert len(text) > 2_000_000
    started = time.perf_counter()
    article = analyse(text.replace(". ", ", "))
    assert time.perf_counter() - started < 120
    assert isinstance(article.quotes, list)


def tidied(text: str, speaker: str, cue: str | None = None) -> tuple[str, str]:
    """``tidy_speaker`` on the tokens of ``speaker`` in ``text``: (speaker, addressee) texts."""
    doc = make_document(text, [Span(0, len(text))], "de")
    begin = text.index(speaker)
    start = next(i for i, t in enumerate(doc.tokens) if t.start == begin)
    end = next(i for i, t in enumerate(doc.tokens) if t.end == begin + len(speaker)) + 1
    cue_index = None if cue is None else next(i for i, t in enumerate(doc.tokens) if t.text == cue)
    kept, rest = quotes.tidy_speaker(doc, start, end, cue_index)

    def words(run: tuple[int, int] | None) -> str:
        return "" if run is None else text[doc.tokens[run[0]].start : doc.tokens[run[1] - 1].end]

    return words(kept), words(rest)


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "expected"),
    [
        (
            "Der Plan wurde vom Senat gebilligt, Senatorin Eva Roth sagte, er sei gut.",
            "Der Plan wurde vom Senat gebilligt, Senatorin Eva Roth",
            "sagte",
            ("Senatorin Eva Roth", ""),
        ),
        (
            "Gestern erklärte Frau Weber Schulz, dass die Frist ende.",
            "Frau Weber Schulz",
            "erklärte",
            ("Frau Weber", "Schulz"),
        ),
        (
            "Gestern erklärte Frau Anna Weber, dass die Frist ende.",
            "Frau Anna Weber",
            "erklärte",
            ("Frau Anna Weber", ""),
        ),
        (
            "Wie eine Sprecherin des Konzerns gegenüber der Zeitung Nordkurier sagte, steigen "
            "die Preise.",
            "eine Sprecherin des Konzerns gegenüber der Zeitung Nordkurier",
            "sagte",
            ("eine Sprecherin des Konzerns", "der Zeitung Nordkurier"),
        ),
        (
            "Damals berichtete der Reporter Jan Ott dem Sender, die Brücke sei gesperrt.",
            "der Reporter Jan Ott dem Sender",
            "berichtete",
            ("der Reporter Jan Ott", "dem Sender"),
        ),
        (
            "Die Preise waren Schätzungen der Bank Nord zufolge gestiegen.",
            "Die Preise waren Schätzungen der Bank Nord",
            "zufolge",
            ("Schätzungen der Bank Nord", ""),
        ),
        (
            "Nach ersten Berichten wurde der Firma Geld angeboten.",
            "ersten Berichten wurde der Firma",
            "Nach",
            ("ersten Berichten", ""),
        ),
        ("„Frau Lang sagte, es gehe voran.", "„Frau Lang", "sagte", ("Frau Lang", "")),
        (
            "Laut einer gestern veröffentlichten Studie der Universität sinken die Preise.",
            "einer gestern veröffentlichten Studie der Universität",
            "Laut",
            ("einer gestern veröffentlichten Studie der Universität", ""),
        ),
        (
            "„Nein“, so beschrieb ihn der Trainer Max Bauer.",
            "beschrieb ihn der Trainer Max Bauer",
            "beschrieb",
            ("der Trainer Max Bauer", ""),
        ),
        (
            "Es gebe Probleme, teilte das Unternehmen am Donnerstag mit.",
            "das Unternehmen am Donnerstag",
            "teilte",
            ("das Unternehmen", ""),
        ),
        (
            "Es eile, sagte der Minister bereits im Mai.",
            "der Minister bereits im Mai",
            "sagte",
            ("der Minister", ""),
        ),
        (
            "Es eile, sagte der erst kürzlich ernannte Bischof.",
            "der erst kürzlich ernannte Bischof",
            "sagte",
            ("der erst kürzlich ernannte Bischof", ""),
        ),
        (
            "Rensing, der seit dem Putsch von 1998 im Land regiert, hatte angekündigt, "
            "erneut anzutreten.",
            "Rensing, der seit dem Putsch von 1998 im Land",
            "hatte",
            ("Rensing", ""),
        ),
        (
            "Pohl, der für das Ressort zuständige Minister, hatte angekündigt, erneut anzutreten.",
            "Pohl, der für das Ressort zuständige Minister",
            "hatte",
            ("Pohl, der für das Ressort zuständige Minister", ""),
        ),
        ("Er hatte am Donnerstag angekündigt, zu gehen.", "am Donnerstag", "hatte", ("", "")),
        (
            "Der Vorsitzende, der die Wahl als „Fest“ bezeichnete, ordnete eine Prüfung an.",
            "Der Vorsitzende, der die Wahl als",
            "ordnete",
            ("Der Vorsitzende", ""),
        ),
    ],
    ids=[
        "clause-comma",
        "two-names",
        "first-name",
        "gegenueber",
        "dative",
        "verb",
        "source",
        "mark",
        "adj",
        "lead-verb",
        "time-after-noun",
        "adverb-after-noun",
        "adverb-in-attribute",
        "relative-clause",
        "apposition-with-attribute",
        "only-a-time",
        "relative-clause-with-quoted-word",
    ],
)
def test_speaker_spans_are_one_noun_phrase(
    text: str, speaker: str, cue: str, expected: tuple[str, str]
) -> None:
    assert tidied(text, speaker, cue) == expected


def test_an_age_apposition_stays_with_the_speaker() -> None:
    text = "Herr Roth, 64, hatte gestern angekündigt, dass er aufhöre."
    assert tidied(text, "Roth", "angekündigt") == ("Herr Roth, 64", "")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Herr Keller hatte am Montag im Interview angekündigt, dass er im Herbst "
            "zurücktreten werde.",
            "Herr Keller",
        ),
        (
            "Frau Keller hatte im Mai in einer Rede gesagt, dass sie mit der Opposition "
            "gesprochen habe.",
            "Frau Keller",
        ),
    ],
)
def test_a_prepositional_phrase_is_no_speaker_when_the_clause_has_a_subject(
    text: str, speaker: str
) -> None:
    article = analyse(text)
    assert [speaker_of(article, q) for q in article.quotes] == [speaker]


def test_the_asker_of_a_question_is_its_speaker_and_the_answer_is_not() -> None:
    article = analyse(
        "Auf die Frage eines Reporters, ob er mit der Opposition verhandelt habe, sagte der "
        "Minister: „Das werden wir sehen.“"
    )
    found = {message_of(article, q)[:2]: q for q in article.quotes}
    assert speaker_of(article, found["ob"]) == "eines Reporters"
    assert found["ob"].cue is not None and found["ob"].cue.of(article.text) == "Frage"
    assert speaker_of(article, found["„D"]) == "der Minister"


@pytest.mark.skipif(not REFERENCE.is_file(), reason="../shared/reference is absent")
def test_reference_page_quotations_and_speakers() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    article = analyse(text)
    found = [(message_of(article, q), speaker_of(article, q)) for q in article.quotes]

    def speaker_for(fragment: str) -> str:
        for message, speaker in found:
            if fragment in message:
                return speaker
        raise AssertionError(f"no quotation contains {fragment!r}: {found}")

    assert "Bremmer" in speaker_for("Ich hatte nicht vor, darüber zu schreiben")
    assert speaker_for("Musk schien auch besorgt") in ("er", "Herr Bremmer")
    assert "Bremmer" in speaker_for("dass der CEO von Tesla ihm vor zwei Wochen")
    assert "Kirby" in speaker_for("Offensichtlich vertritt er die Regierung")
    assert speaker_for("sehr positiv, dass jemand wie Elon Musk") == "Sprecher Dmitry Peskov"
    assert speaker_for("alles getan werden müsse") == "Herr Musk"
    # Age appositions belong to the speaker in the dataset ("Alice Kakamara, 30").
    assert speaker_for("mit russischen Beamten wegen der Spende") == "Herr Musk, 51"
    assert speaker_for("in regelmäßigem Kontakt mit anderen") == "eines Twitter-Followers"
    assert speaker_for("er habe Herrn Musk gesagt") == "Herr Bremmer"
    assert speaker_for("Nimm Putin nicht") == "Herr Bremmer"
    assert speaker_for("Ich habe keine Lust, mich in Kriege zu verwickeln") == "Der Südafrikaner"
    assert speaker_for("Nicht wenige") == "er"
    assert "Präsident" in speaker_for("dass ein Atomschlag auf dem Tisch liege")


@pytest.mark.parametrize(
    ("text", "speaker", "addressee"),
    [
        (  # "der" + feminine noun after a full name: who was told, not a genitive
            "Das Werk werde geschlossen, sagte Konzernchef Lorenzo Brivio der Zeitung.",
            "Konzernchef Lorenzo Brivio",
            "der Zeitung",
        ),
        (  # a dative article after an age noun ("27-Jährige") ends the speaker too
            "Die Ernte falle schlecht aus, berichtete der 27-Jährige dem Sender.",
            "der 27-Jährige",
            "dem Sender",
        ),
    ],
)
def test_the_one_told_is_cut_off_the_speaker(text: str, speaker: str, addressee: str) -> None:
    article = analyse(text)
    quote = article.quotes[0]
    assert speaker_of(article, quote) == speaker
    assert quote.addressee is not None and quote.addressee.of(article.text) == addressee


def test_der_and_a_feminine_noun_right_after_the_cue_verb_is_no_speaker() -> None:
    article = analyse(
        "Ein früherer Schichtleiter des Klärwerks, der anonym bleiben wollte, sagte der "
        "Nachrichtenagentur PA, Manager hätten die Mitarbeiter angewiesen, Messwerte zu fälschen."
    )
    quote = article.quotes[0]
    assert speaker_of(article, quote).startswith("Ein früherer Schichtleiter")


def test_a_quoted_fragment_in_a_framed_clause_stays_nested() -> None:
    article = analyse("Sein Klient fühle sich sehr „hingehalten“, sagte der Anwalt.")
    indirect = only(article, QuoteType.INDIRECT)
    assert message_of(article, indirect) == "Sein Klient fühle sich sehr „hingehalten“"
    assert only(article, QuoteType.DIRECT).nested_in == indirect.id


def test_an_unframed_sentence_in_konjunktiv_continues_the_quotation_before_it() -> None:
    article = analyse(
        "„Wer spät isst, schläft schlechter“, sagte die Forscherin Eva Lorenz. Wer spät esse, "
        "verbringe im Schnitt weniger Zeit im Tiefschlaf. Die Studie erscheint im Mai."
    )
    continuation = only(article, QuoteType.INDIRECT_FREE_INDIRECT)
    assert message_of(article, continuation).startswith("Wer spät esse, verbringe")
    assert speaker_of(article, continuation) == "die Forscherin Eva Lorenz"
    # the indicative sentence after it is the page's own voice
    assert not any("erscheint" in message_of(article, q) for q in article.quotes)


def test_a_konjunktiv_sentence_continues_a_report_two_plain_sentences_back() -> None:
    article = analyse(
        "„Wir haben zu spät reagiert“, sagte die Bürgermeisterin Anna Roth. Der Damm wurde 1970 "
        "gebaut. Er ist vier Kilometer lang. Eine gründliche Sanierung koste rund zehn Millionen "
        "Euro."
    )
    continuation = only(article, QuoteType.INDIRECT_FREE_INDIRECT)
    assert message_of(article, continuation).startswith("Eine gründliche Sanierung koste")
    assert speaker_of(article, continuation) == "die Bürgermeisterin Anna Roth"


def test_a_capitalised_surname_read_as_an_adjective_ends_the_subject() -> None:
    # HanTa reads "Kleiner" as an adjective; after a first name it is a surname, not the
    # opening of a genitive plural ("Angaben libanesischer Sicherheitskreise")
    article = analyse(
        "Der Verkehrsexperte Jonas Kleiner sieht darin einen Rückschritt für die Stadt."
    )
    reported = only(article, QuoteType.REPORTED)
    assert speaker_of(article, reported) == "Der Verkehrsexperte Jonas Kleiner"


@pytest.mark.parametrize(("person", "continued"), [("Er", True), ("Ich", False)])
def test_the_first_person_indicative_is_no_konjunktiv(person: str, continued: bool) -> None:
    text = f"Berg sagte, es sei knapp gewesen. {person} habe die Partie im Stadion verfolgt."
    doc = _sentence_doc(text)
    second = doc.sentence_starts[1]
    labels = ["B-I"] + ["I-I"] * (second - 1) + ["O"] * (len(doc.tokens) - second)
    relabelled = _with_continued_reports(doc, labels, "de")
    assert (relabelled[second] != "O") is continued


@pytest.mark.parametrize(
    ("second_sentence", "continued"),
    [
        # a passive speech verb frames nothing: the mood still says who is reported
        ("Ein endgültiger Bericht werde im Herbst erwartet.", True),
        ("Die Ermittler erwarten, dass ein Bericht im Herbst komme.", False),
        # nor does a speech verb in a zu-infinitive of purpose
        ("Die Firma übertreibe die Gefahr, um die Kontrollen zu begründen.", True),
    ],
)
def test_a_passive_speech_verb_does_not_stop_a_continued_report(
    second_sentence: str, continued: bool
) -> None:
    text = f"„Alle Spuren führen zur Leitung“, sagte der Feuerwehrchef. {second_sentence}"
    doc = _sentence_doc(text)
    second = doc.sentence_starts[1]
    labels = ["B-D"] + ["I-D"] * 5 + ["O"] * (len(doc.tokens) - 6)
    relabelled = _with_continued_reports(doc, labels, "de")
    assert (relabelled[second] != "O") is continued


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("Die Polizisten forderten die Schüler auf, das Gebäude nicht zu verlassen.", True),
        ("Allerdings sei es weiter geboten, die großen Konzerne genau zu beobachten.", False),
    ],
)
def test_a_sentence_taken_whole_gives_its_zu_infinitive_to_the_frame(
    text: str, split: bool
) -> None:
    doc = make_document(text, [Span(0, len(text))], "de")
    labels = ["B-I"] + ["I-I"] * (len(doc.tokens) - 1)
    relabelled = _with_infinitive_complements(doc, labels, frozenset({"sei"}))
    comma = doc.lower.index(",")
    if split:
        assert set(relabelled[: comma + 1]) == {"O"}
        assert relabelled[comma + 1] == "B-I" and relabelled[-1] == "O"  # full stop left out
    else:
        assert relabelled == labels


def test_a_trailing_frame_inside_a_run_of_sentences_splits_it() -> None:
    text = (
        "Die Regierung habe Hilfsgüter geschickt, sagte Minister Tomas Brandl am Freitag. "
        "Weitere Lieferungen seien unterwegs."
    )
    doc = _sentence_doc(text)
    labels = ["B-IF"] + ["I-IF"] * (len(doc.tokens) - 1)  # both sentences, frame and all
    relabelled = _without_trailing_frames(doc, labels)
    comma, second = doc.lower.index(","), doc.sentence_starts[1]
    assert set(relabelled[:comma]) == {"B-I", "I-I"}  # framed: indirect speech
    assert set(relabelled[comma:second]) == {"O"}
    assert set(relabelled[second:]) == {"I-IF"}


def test_a_report_of_a_report_nests_one_quotation_in_the_other() -> None:
    article = analyse(
        "Herr Lindqvist schrieb in einer E-Mail an die Aufsicht, ein Monteur habe ihm im Sommer "
        "berichtet, sein Vorgesetzter habe erklärt, eine Abschaltung der Leitung sei zu teuer."
    )
    found = {message_of(article, q): (speaker_of(article, q), q.nested_in) for q in article.quotes}
    ids = {message_of(article, q): q.id for q in article.quotes}
    outer = "ein Monteur habe ihm im Sommer berichtet, sein Vorgesetzter habe erklärt, eine "
    middle = "sein Vorgesetzter habe erklärt, eine Abschaltung der Leitung sei zu teuer"
    inner = "eine Abschaltung der Leitung sei zu teuer"
    assert found[outer + "Abschaltung der Leitung sei zu teuer"][0] == "Herr Lindqvist"
    assert found[middle] == ("ein Monteur", ids[outer + "Abschaltung der Leitung sei zu teuer"])
    assert found[inner] == ("sein Vorgesetzter", ids[middle])


@pytest.mark.parametrize(
    "text",
    [
        "Sein Anwalt Jan Keller erklärte, sein Mandant habe nichts gewusst. Falls das Gericht "
        "anders entscheide, werde man in Revision gehen, sagte Keller.",
        "Ferner habe die Studie festgestellt, dass eine Abwanderung nicht stattfinde.",
        "Sie wisse, dass ihre Arbeit nicht frei von Schwächen sei, hatte Koch damals gesagt.",
        "Es werde oft behauptet, die Firma sei längst zahlungsunfähig, sagte der Sprecher.",
    ],
)
def test_a_clause_opening_a_message_is_no_nested_report(text: str) -> None:
    article = analyse(text)
    assert not any(q.nested_in for q in article.quotes if q.type is not QuoteType.DIRECT)


@pytest.mark.parametrize(
    ("text", "speaker", "message"),
    [
        (  # a noun before the Konjunktiv is the speaker, the phrase after it an object
            "Ein früherer Schichtleiter sagte, Manager hätten die Mitarbeiter angewiesen, "
            "Messwerte „nur bei Regen“ zu melden.",
            "Manager",
            "Messwerte „nur bei Regen“ zu melden",
        ),
        (  # an order is a speech act that frames its zu-infinitive
            "Ein Ingenieur sagte dem Sender, Vorstandschef Nathan Kessler habe angeordnet, "
            "mehrere Tests „bis nach dem Start“ auszusetzen.",
            "Vorstandschef Nathan Kessler",
            "mehrere Tests „bis nach dem Start“ auszusetzen",
        ),
        (  # after "doch" a clause of its own opens, with its own frame
            "Der Pfleger erzählte, eine Kollegin habe den Tierarzt auf die flache Atmung "
            "hingewiesen, doch dieser habe nur gesagt, das Tier sei „topfit“.",
            "dieser",
            "das Tier sei „topfit“",
        ),
    ],
)
def test_a_nested_report_opens_with_its_speaker(text: str, speaker: str, message: str) -> None:
    article = analyse(text)
    (nested,) = [q for q in article.quotes if q.nested_in and q.type is QuoteType.INDIRECT]
    assert speaker_of(article, nested) == speaker
    assert message_of(article, nested) == message


def test_a_later_sentence_of_a_message_can_report_someone_else() -> None:
    article = analyse(
        "Der Betriebsratschef Jonas Weber sagte, die Lage sei ernst. Ein Manager habe ihm am "
        "Freitag berichtet, das Werk in Kassel werde Ende des Jahres geschlossen."
    )
    (nested,) = [q for q in article.quotes if q.nested_in]
    outer = next(q for q in article.quotes if q.id == nested.nested_in)
    assert speaker_of(article, outer) == "Der Betriebsratschef Jonas Weber"
    assert speaker_of(article, nested) == "Ein Manager"
    assert message_of(article, nested) == "das Werk in Kassel werde Ende des Jahres geschlossen"


def test_an_adverb_opening_a_later_sentence_is_no_nested_speaker() -> None:
    article = analyse(
        "Die Lage sei ernst, sagte Müller. Er sei am Montag in Berlin gewesen. Dort habe ihm "
        "ein Beamter gesagt, man könne nichts mehr tun."
    )
    assert "Dort" not in {speaker_of(article, q) for q in article.quotes}


def test_a_subject_with_a_relative_clause_is_no_message_of_its_own() -> None:
    article = analyse(
        "Eine Hebamme aus Herat, die aus Angst vor Repressalien anonym bleiben wollte, schilderte "
        "dem epd am Telefon die Lage in ihrer Klinik. Ein Vertreter des Tugendministeriums habe "
        "ihr und ihren Kolleginnen gesagt, sie dürften das Gebäude „nur noch als Patientinnen“ "
        "betreten."
    )
    messages = [message_of(article, q) for q in article.quotes]
    assert not any(m.startswith("Eine Hebamme") and m.endswith("wollte") for m in messages)
    assert not any(m.startswith(", schilderte") for m in messages)


def test_a_subject_with_a_relative_clause_opens_a_message_in_konjunktiv() -> None:
    article = analyse("Der Mann, der am Montag verhaftet wurde, sei unschuldig, sagte sein Anwalt.")
    (found,) = article.quotes
    assert message_of(article, found).startswith("Der Mann, der am Montag verhaftet wurde")


def test_a_quotation_the_tagger_misses_is_direct_when_a_frame_follows_it() -> None:
    article = analyse("„Der Hafen ist das Herz der Stadt“, betonte die 48-Jährige.")
    (found,) = article.quotes
    assert found.type is QuoteType.DIRECT
    assert message_of(article, found) == "„Der Hafen ist das Herz der Stadt“"
    assert speaker_of(article, found) == "die 48-Jährige"
    # a short quoted name with a frame after it is no quotation of its own
    title = analyse("Er las „Faust“, sagte sie.")
    assert all(message_of(title, q) != "„Faust“" for q in title.quotes)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Verdi hält an der Kritik fest. „Wer Tausende Stellen streicht, handelt nicht im Sinne "
            "der Verfassung“, so der Gewerkschaftsvorstand Uwe Foullong.",
            "„Wer Tausende Stellen streicht, handelt nicht im Sinne der Verfassung“",
        ),
        (
            "Auf die Frage, ob er Kontakt gehabt habe, antwortete er: „Nicht wenige. Der Versuch, "
            "das Richtige zu tun, ist nicht immer klar.“",
            "„Nicht wenige. Der Versuch, das Richtige zu tun, ist nicht immer klar.“",
        ),
    ],
)
def test_quoted_stretches_framed_by_so_or_a_colon_are_direct_speech(
    text: str, message: str
) -> None:
    article = analyse(text)
    assert [q.type for q in article.quotes if message_of(article, q) == message] == [
        QuoteType.DIRECT
    ]


def test_an_addressee_never_swallows_the_speaker() -> None:
    article = analyse(
        "Während des Gesprächs soll der russische Präsident dem Tech-Milliardär gesagt haben, "
        "dass ein Atomschlag auf dem Tisch liege."
    )
    (quote,) = article.quotes
    assert speaker_of(article, quote) == "der russische Präsident"
    assert quote.addressee is None or article.span_text(quote.addressee) == "dem Tech-Milliardär"


def test_a_speaker_opening_its_sentence_runs_up_to_the_cue_verb() -> None:
    article = analyse(
        "Der CDU-Abgeordnete aus dem Wahlkreis Harburg-Land, Tom Brandt, schrieb auf X, der "
        "Betreiber habe den Fluss verschmutzt."
    )
    (quote,) = article.quotes
    assert speaker_of(article, quote) == (
        "Der CDU-Abgeordnete aus dem Wahlkreis Harburg-Land, Tom Brandt"
    )


def test_a_subordinate_speaker_keeps_its_phrase() -> None:
    article = analyse("Wie der Minister am Montag sagte, sei die Lage ernst.")
    (quote,) = article.quotes
    assert speaker_of(article, quote) == "der Minister"


def test_a_speech_verb_in_a_leading_condition_frames_nothing() -> None:
    article = analyse(
        "Die Ministerin sagte, man prüfe den Fall. Sollte sich der Verdacht bestätigen, drohe "
        "dem Konzern eine hohe Strafe."
    )
    continued = [q for q in article.quotes if message_of(article, q).startswith("Sollte")]
    assert [speaker_of(article, q) for q in continued] == ["Die Ministerin"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Gewerkschaft sprach von einem großen Erfolg für die Beschäftigten.",
        "Der Verband bezeichnete die Pläne als Angriff auf den Mittelstand.",
    ],
)
def test_speech_act_verbs_make_a_sentence_reported_speech(text: str) -> None:
    article = analyse(text)
    assert [(q.type, message_of(article, q)) for q in article.quotes] == [
        (QuoteType.REPORTED, text)
    ]


def test_a_one_word_run_goes_on_into_the_run_after_it() -> None:
    labels = _joined_one_word_runs(["B-R", "B-R", "I-R", "O", "B-I"])
    assert _runs(labels) == [
        _Run(0, 3, "R"),
        _Run(4, 5, "I"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Frank M. bestritt die Vorwürfe.", "Frank M."),
        (  # a separable verb's particle closes its own verb phrase, before "und"
            "Die Opposition wies die Änderungen strikt zurück und nannte sie einen Eingriff.",
            "Die Opposition",
        ),
        (
            "Ihr Kollege Dr. Jan Ostrowski warnte vor voreiligen Schlüssen.",
            "Ihr Kollege Dr. Jan Ostrowski",
        ),
        (
            "Der 49-jährige Konservative wies die Vorwürfe am Montag zurück.",
            "Der 49-jährige Konservative",
        ),
        (
            "Der Landrat, der seit 2019 im Amt ist, kündigte eine Klage gegen das Land an.",
            "Der Landrat",
        ),
        (
            "Der Betreiber der Anlage, das Kieler Unternehmen Nordwerk, wies jede Schuld zurück.",
            "Der Betreiber der Anlage, das Kieler Unternehmen Nordwerk",
        ),
        (
            "Der Deutsche Alpenverein (DAV) wies den Bericht als „haltlos“ zurück.",
            "Der Deutsche Alpenverein (DAV)",
        ),
        (  # a broadcaster's name in lower case ends the phrase
            "Ein Reporter von n-tv sprach von mehr als 300 Festnahmen in der Nacht.",
            "Ein Reporter von n-tv",
        ),
        (  # a short prepositional phrase before the verb belongs to the subject
            "Die Ermittler vor Ort schlossen einen Brandanschlag bislang aus.",
            "Die Ermittler vor Ort",
        ),
        (  # an ordinal's full stop ends no clause; the particle stands before the participle
            "Die Bürgermeisterin hat am Abend des 3. März ihren Rückzug bekannt gegeben.",
            "Die Bürgermeisterin",
        ),
        (  # "androhen": "drohen" with its particle at the end
            "Am Freitag drohte die Gewerkschaft den Arbeitgebern weitere Streiks an.",
            "die Gewerkschaft",
        ),
    ],
)
def test_speech_acts_find_their_subject_past_initials_ages_and_clauses(
    text: str, speaker: str
) -> None:
    article = analyse(text)
    reported = [q for q in article.quotes if q.type is QuoteType.REPORTED]
    assert [(message_of(article, q), speaker_of(article, q)) for q in reported] == [(text, speaker)]
    # A quoted word inside comes back nested in the reported speech, with its speaker.
    assert all(speaker_of(article, q) == speaker for q in article.quotes)


def test_a_leading_condition_belongs_to_the_message() -> None:
    labels = ["O"] * 6 + ["B-I"] + ["I-I"] * 3
    doc = make_document(
        "Sollte sich der Verdacht bestätigen, werde man reagieren.",
        [Span(0, 57)],
        "de",
    )
    assert [t.text for t in doc.tokens][5:7] == [",", "werde"]
    assert _with_leading_conditions(doc, labels[: len(doc.tokens)]) == (
        ["B-I"] + ["I-I"] * (len(doc.tokens) - 1)
    )


@pytest.mark.parametrize(
    ("text", "taken_in"),
    [
        ("Was die Bürger wollten, sei das freie Wahlrecht.", True),
        ("Weil die Mittel fehlten, müsse die Stadt sparen.", True),
        # an indicative main clause is the page's own: the clause before it stays outside
        ("Was die Bürger wollten, ist das freie Wahlrecht.", False),
        ("Wie der Sprecher sagte, sei die Lage ernst.", False),
    ],
)
def test_a_reported_main_clause_takes_in_the_dependent_clause_before_it(
    text: str, taken_in: bool
) -> None:
    doc = make_document(text, [Span(0, len(text))], "de")
    main = [t.text for t in doc.tokens].index(",") + 1
    labels = ["O"] * main + ["B-I"] + ["I-I"] * (len(doc.tokens) - main - 1)
    relabelled = _with_leading_conditions(doc, labels)
    assert (relabelled[0] == "B-I") is taken_in


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Die Lage sei ernst, hat er am Montag gesagt.", "gesagt"),
        (
            "Die Äste hingen über seine Terrasse, hatte er in seiner Klage geschrieben.",
            "geschrieben",
        ),
        ("Die Lage sei ernst, sagte er am Montag.", "sagte"),
    ],
)
def test_the_cue_of_a_perfect_tense_frame_is_its_participle(text: str, cue: str) -> None:
    (quote,) = analyse(text).quotes
    assert quote.cue is not None and quote.cue.of(text) == cue


def test_a_trailing_condition_does_not_stop_a_continued_report() -> None:
    text = (
        "„Die Entscheidung fiel uns schwer“, sagte die Vorstandschefin Dana Kreis. Einen Verkauf "
        "des Werks schließe sie nicht aus, sollte sich ein geeigneter Investor finden."
    )
    article = analyse(text)
    (quote,) = [q for q in article.quotes if message_of(article, q).startswith("Einen")]
    assert message_of(article, quote).endswith("Investor finden")
    assert speaker_of(article, quote) == "die Vorstandschefin Dana Kreis"


def test_the_subject_of_a_reported_verb_is_no_speaker_without_a_cue() -> None:
    text = (
        "„Diese Entscheidung ist uns nicht leichtgefallen“, sagte Vorstandschefin Dr. Annette "
        "Vogt-Reimers. Man habe alle Alternativen geprüft, die Nachfrage breche jedoch schneller "
        "ein als erwartet. Einen Verkauf des Werks schließe sie nicht aus, sollte sich ein "
        "geeigneter Investor finden."
    )
    article = analyse(text)
    speakers = {speaker_of(article, q) for q in article.quotes}
    assert not any(speaker and "Nachfrage" in speaker for speaker in speakers)


def test_a_message_begun_inside_an_opening_source_phrase_starts_after_it() -> None:
    article = analyse(
        "Die Kakaobauern in Ghana steuern auf die schlechteste Ernte zu. Nach Angaben der "
        "staatlichen Kakaobehörde Cocobod dürften in der laufenden Saison nur rund 480.000 "
        "Tonnen Kakaobohnen zusammenkommen, fast 40 Prozent weniger als vor drei Jahren."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert message_of(article, quote).startswith("dürften in der laufenden Saison")
    assert speaker_of(article, quote) == "Angaben der staatlichen Kakaobehörde Cocobod"
    assert quote.cue is not None and quote.cue.of(article.text) == "Nach"


def test_an_opening_source_vouches_for_the_indicative_clause_after_it() -> None:
    article = analyse(
        "Die Feuerwehr war die ganze Nacht im Einsatz. Laut dem Stadtanzeiger hat ein Unbekannter "
        "am Wochenende drei Autos angezündet, die Polizei gehe von Brandstiftung aus."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert message_of(article, quote).startswith("hat ein Unbekannter am Wochenende")
    assert speaker_of(article, quote) == "dem Stadtanzeiger"
    assert quote.cue is not None and quote.cue.of(article.text) == "Laut"


def test_an_opening_source_phrase_runs_over_an_adverbial_to_its_noun() -> None:
    article = analyse(
        "Der Winter war hart. Laut einer am Montag veröffentlichten Mitteilung der Stadtwerke "
        "wurden im Januar doppelt so viele Rohrbrüche gemeldet wie im Vorjahr."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert speaker_of(article, quote) == (
        "einer am Montag veröffentlichten Mitteilung der Stadtwerke"
    )
    assert message_of(article, quote).startswith("wurden im Januar")


def test_demnach_is_the_speaker_and_cue_of_a_report_that_has_none() -> None:
    for second, message in (
        (
            "Demnach seien die Ausgaben für Schulen um zwölf Prozent gestiegen.",
            "seien die Ausgaben für Schulen um zwölf Prozent gestiegen",
        ),
        (
            "Die Ausgaben für Schulen seien demnach um zwölf Prozent gestiegen.",
            "Die Ausgaben für Schulen seien um zwölf Prozent gestiegen",
        ),
    ):
        article = analyse(
            "Die Stadtverwaltung hat am Montag ihren Jahresbericht vorgelegt. " + second
        )
        quote = only(article, QuoteType.INDIRECT)
        assert message_of(article, quote).rstrip(".") == message
        assert speaker_of(article, quote).lower() == "demnach"
        assert quote.cue is not None and quote.cue.of(article.text).lower() == "demnach"


def test_a_wie_frame_with_its_particle_written_apart_frames_the_main_clause() -> None:
    article = analyse(
        "Der Hafen war am Morgen gesperrt. Wie die norwegische Küstenwache heute bekannt gab, "
        "wird die Fähre nach Bergen den Betrieb am Freitag wieder aufnehmen."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert message_of(article, quote).startswith("wird die Fähre nach Bergen")
    assert speaker_of(article, quote) == "die norwegische Küstenwache"


def test_a_trailing_so_frame_credits_an_indicative_clause() -> None:
    article = analyse(
        "Die Lage im Hafen bleibt angespannt. Mehrere Container wurden in der Nacht aufgebrochen, "
        "so Zoll- und Polizeikreise."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert message_of(article, quote) == "Mehrere Container wurden in der Nacht aufgebrochen"
    assert speaker_of(article, quote) == "Zoll- und Polizeikreise"
    assert quote.cue is not None and quote.cue.of(article.text) == "so"


def test_a_linking_adverb_before_a_speech_act_is_no_speaker_the_pronoun_after_is() -> None:
    article = analyse(
        "Der Minister war am Dienstag im Landtag. Dabei bezeichnete er die geplante "
        "Polizeireform als längst überfällig."
    )
    quote = only(article, QuoteType.REPORTED)
    assert speaker_of(article, quote) == "er"


def test_a_subject_phrase_runs_over_the_linking_words_of_a_foreign_name() -> None:
    article = analyse(
        "Die Wahl ist vorbei. Die Bürgerbewegung Alliance for Fair Elections (AFE), die am "
        "Sonntag den Sieg für sich beanspruchte, beschuldigte die Regierung der Vorbereitung "
        "eines Wahlbetrugs, um die eigene Niederlage zu verschleiern."
    )
    quote = only(article, QuoteType.REPORTED)
    assert speaker_of(article, quote) == "Die Bürgerbewegung Alliance for Fair Elections (AFE)"


def test_an_inverted_frame_between_commas_reports_the_clause_before_it_too() -> None:
    article = analyse(
        "Der Streit um den Haushalt geht weiter. Die Lage ist ernst, sagte der Minister, man "
        "müsse jetzt sparen."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert message_of(article, quote) == "Die Lage ist ernst man müsse jetzt sparen"
    assert speaker_of(article, quote) == "der Minister"


def test_a_frame_whose_subject_stands_before_it_reports_only_the_clause_after() -> None:
    article = analyse(
        "Der Streit um den Haushalt geht weiter. Der Minister, der seit 2019 im Amt ist, sagte, "
        "man müsse jetzt sparen."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert message_of(article, quote) == "man müsse jetzt sparen"


def test_a_konjunktiv_sentence_continues_a_report_across_one_plain_sentence() -> None:
    article = analyse(
        "Der Richter sagte, die Band habe feste Strukturen gehabt. Die CDs wurden im Ausland "
        "gepresst und konspirativ vertrieben. Eine gewisse Struktur zur Verbreitung reiche aus."
    )
    (continued,) = [q for q in article.quotes if "reiche aus" in message_of(article, q)]
    assert continued.type is QuoteType.INDIRECT_FREE_INDIRECT
    assert speaker_of(article, continued) == "Der Richter"


@pytest.mark.parametrize(
    ("follow_up", "continues"),
    [
        # a strong verb's Konjunktiv II stands in for a Konjunktiv I that reads as indicative
        ("Sollte der Trainer gehen müssen, trügen die Spieler eine Mitschuld.", True),
        ("Als Interessenten gälten zwei Finanzinvestoren aus den USA.", True),
        # a past indicative is no reported speech
        ("Die Spieler trugen danach schwarze Trikots.", False),
    ],
)
def test_a_konjunktiv_two_without_indicative_twin_continues_a_report(
    follow_up: str, continues: bool
) -> None:
    article = analyse(
        "Kapitän Lukas Brenner schrieb am Abend, das Team stehe hinter dem Trainer. " + follow_up
    )
    continued = [q for q in article.quotes if follow_up.rstrip(".") in message_of(article, q)]
    assert bool(continued) is continues


def test_sollen_with_a_perfect_infinitive_is_free_indirect_hearsay() -> None:
    article = analyse("Der Sturm zog über die Küste. In Husum soll ein Dach eingestürzt sein.")
    quote = only(article, QuoteType.FREE_INDIRECT)
    assert message_of(article, quote) == "In Husum soll ein Dach eingestürzt sein"


def test_a_speech_participle_inside_the_hearsay_claim_is_no_frame() -> None:
    article = analyse(
        "Die Staatsanwaltschaft wirft dem 52-Jährigen und seinem Bruder Tim K. vor, seit 2022 "
        "mindestens 19 Rentner in Nordhessen um rund 230.000 Euro gebracht zu haben. Die Männer "
        "sollen an Haustüren vor angeblich gefährlichen Schäden am Dach gewarnt und anschließend "
        "nie ausgeführte Arbeiten abgerechnet haben. Am Nachmittag sagte eine Zeugin aus."
    )
    quote = only(article, QuoteType.FREE_INDIRECT)
    assert message_of(article, quote).startswith("Die Männer sollen an Haustüren")


def test_sollen_with_a_plain_infinitive_is_a_plan_not_hearsay() -> None:
    article = analyse("Der Sturm zog über die Küste. 2026 sollen es dann 350.000 Fahrzeuge sein.")
    assert not [q for q in article.quotes if q.type is QuoteType.FREE_INDIRECT]


def test_a_passive_speech_act_is_reported_speech_of_its_von_agent() -> None:
    article = analyse(
        "Die Journalistin sitzt seit Mai in Haft. Ihr wird von den iranischen Behörden Spionage "
        "vorgeworfen."
    )
    quote = only(article, QuoteType.REPORTED)
    assert message_of(article, quote).startswith("Ihr wird von den iranischen Behörden")
    assert speaker_of(article, quote) == "den iranischen Behörden"


def test_a_passive_agent_may_open_the_sentence_but_not_follow_a_noun() -> None:
    opening = analyse("Der Plan liegt vor. Von der Opposition wurde der Plan scharf kritisiert.")
    quote = only(opening, QuoteType.REPORTED)
    assert speaker_of(opening, quote) == "der Opposition"
    owner = analyse("Der Plan liegt vor. Der Chef von Siemens wurde scharf kritisiert.")
    assert not [q for q in owner.quotes if q.type is QuoteType.REPORTED]


def test_a_passive_without_an_agent_names_no_speaker() -> None:
    article = analyse("Die Journalistin sitzt seit Mai in Haft. Ihr wird Spionage vorgeworfen.")
    assert not [q for q in article.quotes if q.type is QuoteType.REPORTED]


def test_a_message_tagged_after_an_inner_source_phrase_takes_the_clause_before_it() -> None:
    article = analyse(
        "Der Verein trennt sich von seinem Trainer. Die Mannschaft soll Medienberichten zufolge "
        "gegen ihn gespielt haben."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert message_of(article, quote) == "Die Mannschaft soll gegen ihn gespielt haben"
    assert speaker_of(article, quote) == "Medienberichten"


def test_a_speech_verb_opening_the_sentence_frames_over_a_nach_phrase() -> None:
    article = analyse(
        "Die Firma ist insolvent. Hartmann sagte am Freitag nach einer Betriebsversammlung, der "
        "Betrieb laufe vorerst weiter."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert speaker_of(article, quote) == "Hartmann"
    assert quote.cue is not None and quote.cue.of(article.text) == "sagte"


def test_the_subject_after_a_speech_act_verb_speaks_after_an_als_phrase() -> None:
    article = analyse(
        "Die Ernte bricht ein. Als Ursachen nannte die Behörde anhaltende Trockenheit und den "
        "illegalen Goldabbau, der ganze Anbauflächen zerstöre."
    )
    assert speaker_of(article, only(article, QuoteType.REPORTED)) == "die Behörde"


def test_words_quoted_in_a_speech_act_are_its_subjects_and_not_the_last_speakers() -> None:
    article = analyse(
        "Der Trainer der Gäste, Henrik Albers, sagte, eine Entlassung stehe nicht zur Debatte. "
        "Turbines Trainer Dirk Sandmeier lobte sein Team für eine „nahezu perfekte erste "
        "Halbzeit“. Man habe den Gegner früh unter Druck gesetzt."
    )
    praise = only(article, QuoteType.DIRECT)
    assert speaker_of(article, praise) == "Turbines Trainer Dirk Sandmeier"
    assert praise.cue is not None and praise.cue.of(article.text) == "lobte"
    continued = only(article, QuoteType.INDIRECT_FREE_INDIRECT)
    assert speaker_of(article, continued) == "Turbines Trainer Dirk Sandmeier"


def test_a_long_leading_perfect_tense_frame_gives_its_subject_and_participle() -> None:
    article = analyse(
        "Der 72-jährige Kläger, ein pensionierter Lehrer aus dem Ortsteil Gölshausen, hatte von "
        "seinen Nachbarn verlangt, den alten Baum an der Grundstücksgrenze zurückzuschneiden."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert speaker_of(article, quote).startswith("Der 72-jährige Kläger")
    assert quote.cue is not None and quote.cue.of(article.text) == "verlangt"


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Steuern: Die Partei will hohe Einkommen stärker belasten.", True),
        ("Sprecherin: Wir prüfen den Fall.", False),  # a role noun speaks
        ("Die Partei sagte: Wir prüfen den Fall.", False),
    ],
)
def test_a_list_heading_before_a_colon_is_no_speaker_and_no_message(
    line: str, heading: bool
) -> None:
    text = "Die Partei stellte ihr Programm vor.\n\n" + line
    doc = make_document(text, [Span(0, 36), Span(38, len(text))], "de")
    first = next(i for i, t in enumerate(doc.tokens) if t.start == 38)
    labels = ["O"] * first + ["B-R"] + ["I-R"] * (len(doc.tokens) - first - 1)
    unlabelled = _without_heading_labels(doc, labels)
    assert (unlabelled[first : first + 2] == ["O", "O"]) is heading
    assert _heading_run(doc, _Run(first, first + 1, "SPK")) is heading


def test_a_statement_noun_before_the_verb_is_its_object() -> None:
    article = analyse("Der Streit hält an. Die Vorwürfe wies der Minister am Montag zurück.")
    reported = only(article, QuoteType.REPORTED)
    assert speaker_of(article, reported) == "der Minister"


@pytest.mark.parametrize(
    ("text", "chosen", "speaker"),
    [
        (  # a name before the verb of speech, a common noun after it: the name speaks
            "Die SPD fordert die Tarifvertragsparteien auf, Mindestlöhne zu vereinbaren.",
            "die Tarifvertragsparteien",
            "Die SPD",
        ),
        ("Der Verband bat den Minister um eine Antwort.", "den Minister", "Der Verband"),
        (  # a name whose unknown surname the tagger reads as a common noun still opens it
            "Mayra Veliz bezeichnete die Opferangaben als vorläufig, da noch gesucht werde.",
            "die Opferangaben",
            "Mayra Veliz",
        ),
        # no verb of speech in second place, or a source after a preposition: left alone
        ("Das Buch ist laut einem Jury-Mitglied eine kluge Geschichte.", "einem Jury-Mitglied", ""),
        ("Die Vorwürfe wies der Minister zurück.", "der Minister", ""),
    ],
)
def test_the_subject_before_a_verb_of_speech_beats_a_phrase_after_it(
    text: str, chosen: str, speaker: str
) -> None:
    assert _chosen_then(_subject_before_verb, text, chosen) == speaker


@pytest.mark.parametrize(
    ("text", "chosen", "speaker"),
    [
        (
            "In einer Nachricht würdigte er den Toten: „Er war ein Vorbild.“",
            "einer Nachricht",
            "er",
        ),
        (
            "Die Anhänger, die sich versammelt hatten, warnte er, man benutze sie nur.",
            "Die Anhänger",
            "er",
        ),
        ("Zu den Vorwürfen äußerte sie sich nicht, sie sei im Urlaub.", "den Vorwürfen", "sie"),
        # a source before the verb stays the speaker; "sie" after a subject may be its object
        ("Laut „Welt“ soll er sich in Landsberg befinden.", "„Welt“", ""),
        ("Nach Angaben der Polizei soll er geflohen sein.", "Angaben der Polizei", ""),
        ("Die Polizei warnte sie, das Haus sei einsturzgefährdet.", "Die Polizei", ""),
    ],
)
def test_a_subject_pronoun_after_the_verb_beats_a_phrase_before_it(
    text: str, chosen: str, speaker: str
) -> None:
    assert _chosen_then(_pronoun_after_verb, text, chosen) == speaker


@pytest.mark.parametrize(
    ("text", "message", "speaker"),
    [
        (
            "Der Spieler leide an einer Entzündung, teilte sein Management mit.",
            "Der Spieler leide an einer Entzündung",
            "sein Management",
        ),
        (
            "Ein Frachter ist vor Kiel gesunken. Drei Seeleute werden vermisst, wie die "
            "Wasserschutzpolizei mitteilte. Die Suche dauert an.",
            "Drei Seeleute werden vermisst",
            "die Wasserschutzpolizei",
        ),
    ],
)
def test_trailing_frames_with_a_possessive_subject_or_wie_credit_their_clause(
    text: str, message: str, speaker: str
) -> None:
    article = analyse(text)
    (quote,) = article.quotes
    assert (message_of(article, quote), speaker_of(article, quote)) == (message, speaker)


def test_a_trailing_frame_goes_on_over_its_subjects_relative_clause_and_adjunct() -> None:
    # The relative clause and "im Gespräch mit …" are the frame's; an adjective after the
    # article does not make "Der zuständige Arzt" a relative pronoun.
    text = (
        "Ein früherer Pfleger sieht das anders. Der zuständige Arzt soll die Patientin zu früh "
        "entlassen haben, sagte die Frau, die anonym bleiben möchte, im Gespräch mit dieser "
        "Zeitung."
    )
    article = analyse(text)
    (quote,) = article.quotes
    assert message_of(article, quote) == (
        "Der zuständige Arzt soll die Patientin zu früh entlassen haben"
    )
    assert speaker_of(article, quote) == "die Frau"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a time after "nach": the subject after the verb speaks
            "Aktivisten von Greenpeace blockierten das Kraftwerk. Nach dem Störfall am "
            "Wochenende fordern sie, dem Betreiber die Lizenz zu entziehen.",
            "sie",
        ),
        (  # a source noun after "nach": the phrase is the source
            "Die Koalition streitet. Nach dem Willen der Regierung sollen die Steuern sinken.",
            "dem Willen der Regierung",
        ),
    ],
)
def test_nach_governs_a_speaker_only_with_a_source_noun(text: str, speaker: str) -> None:
    article = analyse(text)
    assert [speaker_of(article, q) for q in article.quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "clause_first", "free"),
    [
        # a quoted name in the frame counts for nothing
        ("Es stehe nur ein Liter Wasser bereit, sagte er dem Sender „Al Jazeera“.", True, True),
        ("Das Blatt „Bild“ schrieb, es stehe nur ein Liter Wasser bereit.", False, True),
        # a quoted sentence is direct speech
        ("„Es steht nur ein Liter Wasser bereit“, sagte er dem Sender.", True, False),
    ],
)
def test_quote_marks_in_a_frame_do_not_make_its_clause_quoted(
    text: str, clause_first: bool, free: bool
) -> None:
    doc = make_document(text, [Span(0, len(text))], "de")
    comma = doc.lower.index(",")
    span = (0, comma) if clause_first else (comma + 1, len(doc.tokens) - 1)
    assert _fragments_quoted(doc, span, most=1) is free


@pytest.mark.parametrize(
    ("text", "free"),
    [
        (  # two quoted fragments inside the clause, together less than half of it
            "Meier kritisierte, der Schiedsrichter habe „keine Linie gefunden“ und sei für die "
            "Spieler „ein Rätsel“ gewesen.",
            True,
        ),
        ("Meier kritisierte, der Schiedsrichter habe „keine Linie gefunden“.", True),
        # a quoted stretch opening the clause, or most of it quoted: direct speech
        ("Meier kritisierte, „der Schiedsrichter hat keine Linie“ und „war ein Rätsel“.", False),
        ("Meier kritisierte, er habe „keine Linie“ und „kein Gespür für das Spiel“.", False),
    ],
)
def test_a_framed_clause_may_hold_several_quoted_fragments(text: str, free: bool) -> None:
    doc = make_document(text, [Span(0, len(text))], "de")
    clause = (doc.lower.index(",") + 1, len(doc.tokens) - 1)
    assert _fragments_quoted(doc, clause) is free


def test_a_frame_labels_its_clause_with_two_quoted_fragments_as_indirect_speech() -> None:
    text = (
        "Meier kritisierte, der Schiedsrichter habe „keine Linie gefunden“ und sei für die "
        "Spieler „ein Rätsel“ gewesen."
    )
    doc = make_document(text, [Span(0, len(text))], "de")
    labels = _with_framed_clauses(doc, ["O"] * len(doc.tokens), lexicon("de").konjunktiv)
    labelled = [doc.tokens[i].text for i, label in enumerate(labels) if label != "O"]
    assert labelled[0] == "der" and labelled[-1] == "gewesen"


def test_a_frame_before_a_colon_frames_what_follows_the_colon() -> None:
    text = "Auf die Frage, ob er „mit allen Parteien“ gesprochen habe, antwortete er: „Mit vielen.“"
    doc = make_document(text, [Span(0, len(text))], "de")
    assert _before_trailing_frame(doc, 0, len(doc.tokens) - 2) is None


@pytest.mark.parametrize(
    ("text", "first_words"),
    [
        # a common noun heading a list item is a sentence of its own
        ("Arbeitswelt: Die SPD fordert Mindestlöhne.", ["Arbeitswelt", "Die"]),
        # a name or a role noun before the colon may be the speaker and stays
        ("Merkel: Die Lage ist ernst.", ["Merkel"]),
        ("Sprecher: Die Lage ist ernst.", ["Sprecher"]),
    ],
)
def test_a_list_heading_opening_a_line_is_its_own_sentence(
    text: str, first_words: list[str]
) -> None:
    doc = make_document("Vorweg.\n" + text, [Span(0, 7), Span(8, 8 + len(text))], "de")
    assert [doc.tokens[start].text for start in doc.sentence_starts[1:]] == first_words


def test_the_subject_after_a_list_heading_speaks() -> None:
    article = analyse(
        "Das Programm steht.\nArbeitswelt: Die SPD fordert die Tarifparteien auf "
        "bundesweite Mindestlöhne zu vereinbaren."
    )
    assert [speaker_of(article, q) for q in article.quotes] == ["Die SPD"]


def test_a_trailing_frame_whose_subject_closes_with_an_apposition() -> None:
    article = analyse(
        "Die Lage ist ernst. Wenn die Vorwürfe stimmten, müsse gehandelt werden, erklärte der "
        "Vorsitzende des Sozialausschusses, Jens Ohlsen. Er ist seit 2019 im Amt."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert message_of(article, quote) == "Wenn die Vorwürfe stimmten, müsse gehandelt werden"
    assert speaker_of(article, quote) == "der Vorsitzende des Sozialausschusses, Jens Ohlsen"


def test_a_quotation_the_tagger_begins_with_a_sentence_is_not_joined_to_the_one_before() -> None:
    article = analyse(
        "Die Lage ist ernst. Nach Angaben des Verbands wurden 2023 rund 400 Heime kontrolliert. "
        "Die Ministerin habe die Daten selbst angefordert, hieß es aus Kassenkreisen."
    )
    assert [message_of(article, quote) for quote in article.quotes] == [
        "wurden 2023 rund 400 Heime kontrolliert",
        "Die Ministerin habe die Daten selbst angefordert",
    ]


def test_the_outlet_told_after_a_speaker_behind_the_verb_is_no_part_of_the_speaker() -> None:
    article = analyse(
        "Die Versorgung ist knapp. Der Winter könne hart werden, sagte die Managerin der Zeitung. "
        "Es sei ruhig, sagte ein Reporter der Agentur."
    )
    first, second = article.quotes
    assert speaker_of(article, first) == "die Managerin"
    assert first.addressee is not None and first.addressee.of(article.text) == "der Zeitung"
    assert speaker_of(article, second) == "ein Reporter der Agentur"  # staff own their outlet


@pytest.mark.parametrize(
    ("text", "message", "speaker"),
    [
        (
            "The mayor stayed. According to the Springfield Herald, the council will vote next week.",
            "the council will vote next week",
            "the Springfield Herald",
        ),
        (
            "The mayor stayed. The bill was paid in cash, according to two people in the office.",
            "The bill was paid in cash",
            "two people in the office",
        ),
        (
            "The mayor stayed. Her opponents claim she accepted gifts from a developer.",
            "she accepted gifts from a developer",
            "Her opponents",
        ),
    ],
)
def test_english_sources_after_according_to_and_plural_subjects(
    text: str, message: str, speaker: str
) -> None:
    article = analyse(text, "en")
    (quote,) = article.quotes
    assert message_of(article, quote) == message
    assert speaker_of(article, quote) == speaker


def test_reported_speech_does_not_run_on_into_a_plain_sentence_after_it() -> None:
    article = analyse(
        "Forscher der Universität Göttingen haben einen neuen Impfstoff gegen Malaria entwickelt. "
        "Die Ergebnisse seien vielversprechend, sagte Studienleiterin Prof. Dr. Ines Hartmann am "
        "Mittwoch. In ersten Tests habe der Impfstoff bei 80 Prozent der Probanden gewirkt. "
        "Unabhängige Experten mahnen zur Vorsicht. „Die Studie ist klein“, gab der Epidemiologe "
        "Tom Berger von der Charité zu bedenken."
    )
    continuation = only(article, QuoteType.INDIRECT_FREE_INDIRECT)
    assert "Experten" not in message_of(article, continuation)


def test_a_das_pointing_back_at_a_whole_sentence_is_a_piece_of_its_message() -> None:
    article = analyse(
        "Der FC Bayern hat sich von Trainer Thomas Tuchel getrennt. Das teilte der Verein am "
        "Sonntag mit. Sportvorstand Max Eberl sagte, man danke Tuchel."
    )
    first = article.quotes[0]
    assert [span.of(article.text) for span in first.message] == [
        "Der FC Bayern hat sich von Trainer Thomas Tuchel getrennt",
        "Das",
    ]
    assert speaker_of(article, first) == "der Verein"
    assert len(article.quotes) == 2


def test_a_passive_das_pointer_credits_its_agent() -> None:
    article = analyse(
        "Das Hallenbad in Neustadt bleibt bis Ende Mai wegen eines Wasserschadens geschlossen. "
        "Das wurde am Montag von der Stadtverwaltung in Neustadt mitgeteilt. Der Bürgermeister "
        "sagte, man bedauere das."
    )
    first = article.quotes[0]
    assert message_of(article, first).startswith("Das Hallenbad in Neustadt bleibt")
    assert speaker_of(article, first) == "der Stadtverwaltung"
    assert first.cue is not None and first.cue.of(article.text) == "mitgeteilt"


def test_a_passive_pointer_after_a_framed_statement_leaves_its_speaker() -> None:
    article = analyse(
        "Mehrere Anwohner berichteten am Abend von lauten Schüssen am Hafen. Das wurde von der "
        "Polizei jedoch bestritten. Die Ermittlungen dauern an."
    )
    first = article.quotes[0]
    assert speaker_of(article, first) == "Mehrere Anwohner"  # the police answer, not credit
    assert "Das" not in message_of(article, first)


def test_quoted_words_before_a_verb_final_speech_verb_are_its_speakers() -> None:
    article = analyse(
        "Die Intendantin verteidigte das Stück. Der Stadtrat Karl Berger hatte schon vor der "
        "Premiere von einer „Verhöhnung der Klassiker“ gesprochen und angekündigt, die Mittel "
        "für das Theater zu kürzen."
    )
    fragment = only(article, QuoteType.DIRECT)
    assert message_of(article, fragment) == "„Verhöhnung der Klassiker“"
    assert fragment.cue is not None and fragment.cue.of(article.text) == "gesprochen"
    assert speaker_of(article, fragment) == "Der Stadtrat Karl Berger"
    plan = only(article, QuoteType.INDIRECT)
    assert speaker_of(article, plan) == "Der Stadtrat Karl Berger"  # not "der Klassiker"


def test_the_speech_verb_of_a_colon_frame_is_the_cue() -> None:
    article = analyse(
        "Die Bundesbank rechnet mit einer Rezession. In einem Gastbeitrag für die FAZ widersprach "
        "der Ökonom Marcel Fratzscher: „Die Bundesbank ist zu pessimistisch.“ Die Lage bleibt "
        "unklar."
    )
    quote = only(article, QuoteType.DIRECT)
    assert quote.cue is not None and quote.cue.of(article.text) == "widersprach"


def test_a_short_framed_clause_in_konjunktiv_is_indirect_speech() -> None:
    article = analyse(
        "Kiew begrüßte die Sanktionen. Präsident Selenskyj sagte, Europa zeige Stärke. Peking "
        "rief zur Zurückhaltung auf."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert message_of(article, quote) == "Europa zeige Stärke"
    assert speaker_of(article, quote) == "Präsident Selenskyj"


def test_a_trailing_so_frame_is_given_back_and_frames_indirect_speech() -> None:
    article = analyse(
        "Der Autobauer Volkswagen streicht 5.000 Stellen. Das sei schmerzhaft, aber notwendig, so "
        "Konzernchef Oliver Blume. Die IG Metall reagierte empört."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert message_of(article, quote) == "Das sei schmerzhaft, aber notwendig"
    assert speaker_of(article, quote) == "Konzernchef Oliver Blume"
    assert quote.cue is not None and quote.cue.of(article.text) == "so"


def test_a_verbless_piece_of_a_relative_clause_is_no_message() -> None:
    article = analyse(
        "Herr Musk forderte eine Abstimmung. Der Milliardär schlug UN-überwachte Wahlen in vier "
        "besetzten Gebieten vor, die Moskau letzte Woche nach so genannten Referenden annektieren "
        "wollte. Die Abstimmungen wurden von Kiew als illegal angeprangert."
    )
    assert not [q for q in article.quotes if message_of(article, q).startswith("die Moskau")]


@pytest.mark.parametrize(
    ("second_sentence", "split"),
    [
        ("Wenn er jetzt spiele, riskiere er eine Pause, sagte der Coach.", True),  # framed anew
        ("Wenn er jetzt spiele, riskiere er eine lange Pause.", False),  # goes on
    ],
)
def test_a_later_sentence_with_a_frame_of_its_own_is_a_quotation_of_its_own(
    second_sentence: str, split: bool
) -> None:
    text = f"Ferri sagte, die Verletzung habe sich verschlimmert. {second_sentence}"
    doc = _sentence_doc(text)
    first, second = doc.lower.index("die"), doc.sentence_starts[1]
    frame = doc.lower.index("sagte", second) - 1 if split else len(doc.tokens) - 1
    labels = ["O"] * first + ["B-I"] + ["I-I"] * (frame - first - 1)
    labels += ["O"] * (len(doc.tokens) - len(labels))
    relabelled = _without_trailing_frames(doc, labels)
    assert relabelled[second] == ("B-I" if split else "I-I")


def test_a_framed_clause_may_close_with_a_quoted_fragment() -> None:
    article = analyse(
        "Der Rechnungshof prüft den Fall. Dessen Präsident Uwe Brand sagte der "
        "Deutschen Presse-Agentur, er erwarte „vollständige Transparenz“."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert message_of(article, quote) == "er erwarte „vollständige Transparenz“"
    assert quote.cue is not None and quote.cue.of(article.text) == "sagte"


def test_the_outlet_told_behind_a_hearsay_modal_is_no_speaker() -> None:
    article = analyse(
        "Die Zeitung hatte über das Papier berichtet. Ein Mitarbeiter der Stadt soll der Zeitung "
        "gesagt haben, die Bürgermeisterin habe das Papier versteckt."
    )
    (quote,) = [q for q in article.quotes if "versteckt" in message_of(article, q)]
    assert speaker_of(article, quote) == "Ein Mitarbeiter der Stadt"


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Die Gewerkschaft will am Streik festhalten.", True),  # a declared intention
        ("Als Ersatz wollen die Staaten sich in Brüssel treffen.", True),  # subject after it
        ("Man will den Bären lebend fangen.", False),  # nobody declares it
        ("Die Gewerkschaft kann am Streik festhalten.", False),  # no intention
    ],
)
def test_a_declared_intention_is_reported_speech(text: str, reported: bool) -> None:
    article = analyse(text)
    assert any(q.type is QuoteType.REPORTED for q in article.quotes) is reported


def test_a_condition_after_a_zu_infinitive_belongs_to_the_message() -> None:
    article = analyse(
        "Im Parlament war das Echo geteilt. Mehrere Abgeordnete kündigten an, gegen den Entwurf "
        "zu stimmen, sollte er keine Hilfen für den Handel vorsehen."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert message_of(article, quote) == (
        "gegen den Entwurf zu stimmen, sollte er keine Hilfen für den Handel vorsehen"
    )


@pytest.mark.parametrize(
    ("rest", "extended"),
    [
        ("die Nachfrage breche jedoch schneller ein als erwartet", True),  # reported as well
        ("die Nachfrage bricht jedoch ein", False),  # the page's own voice
        ("sagte sie am Abend", False),  # a frame
    ],
)
def test_a_message_opening_its_sentence_takes_a_reported_rest(rest: str, extended: bool) -> None:
    text = f"Die Chefin sprach. Man habe alle Wege geprüft, {rest}."
    doc = _sentence_doc(text)
    second = doc.sentence_starts[1]
    comma = doc.lower.index(",", second)
    labels = ["O"] * second + ["B-I"] + ["I-I"] * (comma - second - 1)
    labels += ["O"] * (len(doc.tokens) - len(labels))
    relabelled = _with_reported_rest(doc, labels)
    assert (relabelled[len(doc.tokens) - 2] != "O") is extended


@pytest.mark.parametrize(
    ("opening", "extended"),
    [
        ("Wenn die Firma festhalte, müsse sie die Gelder zurückzahlen", True),
        ("Der Kandidat hat im Interview angeregt, sie müsse die Gelder zurückzahlen", False),
        ("Die Richterin stellte in Aussicht, sie müsse die Gelder zurückzahlen", False),
    ],
)
def test_a_message_closing_its_sentence_takes_a_reported_opening(
    opening: str, extended: bool
) -> None:
    text = f"Die Ministerin sprach. {opening}, die sie erhalten habe."
    doc = _sentence_doc(text)
    second = doc.sentence_starts[1]
    relative = doc.lower.index("die", doc.lower.index(",", len(doc.tokens) - 8))
    labels = ["O"] * relative + ["B-I"] * 1 + ["I-I"] * (len(doc.tokens) - relative - 2) + ["O"]
    relabelled = _with_reported_rest(doc, labels)
    assert (relabelled[second] == "B-I") is extended


def test_a_continuation_opened_by_a_pronoun_takes_the_new_subject_before_it() -> None:
    article = analyse(
        "Falls sich die Vorwürfe bestätigten, werde das Land handeln, sagte die Ministerin. "
        "Der Bürgermeister der Stadt, Tom Weber, zeigte sich erschüttert. Er habe von dem Unfall "
        "erst aus dem Radio erfahren."
    )
    (quote,) = [q for q in article.quotes if "Radio" in message_of(article, q)]
    assert speaker_of(article, quote) == "Der Bürgermeister der Stadt, Tom Weber"


def test_a_speech_act_told_in_the_page_voice_ends_a_continued_run() -> None:
    text = "Der Sender berichtete, die Anlage sei defekt gewesen. Das Unternehmen dementierte dies."
    doc = _sentence_doc(text)
    comma = doc.lower.index(",")
    labels = ["O"] * (comma + 1) + ["B-I"] + ["I-I"] * (len(doc.tokens) - comma - 3) + ["O"]
    relabelled = _without_trailing_frames(doc, labels)
    second = doc.sentence_starts[1]
    assert set(relabelled[second:]) == {"O"} and relabelled[comma + 1] == "B-I"


def test_an_allegation_adverb_is_no_frame_verb() -> None:
    article = analyse(
        "Der Abgeordnete Max Born hat angeblich Aktien eines Konzerns gekauft, nur wenige Tage "
        "bevor das Ministerium dem Konzern einen Auftrag gab. Das berichtete das Portal Politico."
    )
    (quote,) = [q for q in article.quotes if "Aktien" in message_of(article, q)]
    assert message_of(article, quote).startswith("Der Abgeordnete Max Born hat angeblich")


def test_a_speech_act_had_done_by_another_is_the_subjects() -> None:
    article = analyse(
        "Die Zeitung hatte berichtet. Herr Hale ließ die Vorwürfe über seinen Anwalt zurückweisen."
    )
    quote = only(article, QuoteType.REPORTED)
    assert speaker_of(article, quote) == "Herr Hale"


def test_english_indirect_speech_after_an_adverb_between_subject_and_verb() -> None:
    article = analyse(
        "The weather was bad. Blake reportedly told investors that the plant in Ohio would close.",
        language="en",
    )
    quote = only(article, QuoteType.INDIRECT)
    assert speaker_of(article, quote) == "Blake"
    assert message_of(article, quote) == "the plant in Ohio would close"


def test_the_one_an_outlet_quotes_with_the_words_is_the_speaker() -> None:
    article = analyse(
        "Die Zeitung zitiert einen Gewerkschafter mit den Worten: „Ohne Einigung gibt es keinen "
        "Abschluss.“"
    )
    quote = only(article, QuoteType.DIRECT)
    assert speaker_of(article, quote) == "einen Gewerkschafter"


def test_a_framed_clause_opened_by_a_possessive_shows_its_mood_in_konjunktiv_one() -> None:
    article = analyse(
        "Die Polizei ermittelt. Der Anwalt des Beschuldigten, Jonas Richter, erklärte, sein "
        "Mandant bestreite die Tat."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert message_of(article, quote) == "sein Mandant bestreite die Tat"


def test_a_sentence_pointed_back_at_is_one_quotation_with_its_pointer() -> None:
    article = analyse(
        "Nach dem Angriff in einem Zug sitzt ein Mann in Untersuchungshaft. Das teilte die "
        "Staatsanwaltschaft Kassel am Donnerstag mit."
    )
    (quote,) = article.quotes  # no second, Reported quotation of the pointer sentence
    assert [span.of(article.text) for span in quote.message][-1] == "Das"
    assert speaker_of(article, quote) == "die Staatsanwaltschaft Kassel"


def test_a_condition_after_a_frame_verb_is_no_reported_clause() -> None:
    article = analyse(
        "Der Preis wird am Mittwoch verliehen. China hatte der EU mit Konsequenzen gedroht, "
        "sollte das Parlament den Preis an Hu vergeben."
    )
    assert not any(message_of(article, q).startswith("sollte") for q in article.quotes)


def test_a_noun_from_a_speech_verb_does_not_end_a_leading_frame() -> None:
    article = analyse(
        "Der Landrat will sich einsetzen. Das Sozialministerium in Stuttgart erklärte auf "
        "Anfrage, man prüfe die Lage."
    )
    (quote,) = [q for q in article.quotes if "prüfe" in message_of(article, q)]
    assert message_of(article, quote) == "man prüfe die Lage"
    assert quote.cue is not None and quote.cue.of(article.text) == "erklärte"


def test_a_clause_its_frame_reports_is_indirect_whatever_the_recall_pass_guessed() -> None:
    article = analyse(
        "Finnlands Präsident Alexander Stubb äußerte sich zurückhaltend. Er habe keine Hinweise "
        "auf eine unmittelbare Bedrohung, sagte Stubb dem Rundfunksender Yle. Zugleich betonte "
        "er, Finnland sei als Nato-Mitglied gut geschützt.\n\nDer ukrainische Präsident "
        "Wolodymyr Selenskyj schrieb auf der Plattform X, Russland teste die Geduld des Westens. "
        "Nach Angaben aus Kiew sollen zudem in der Nacht erneut Drohnen auf Odessa abgefeuert "
        "worden sein."
    )
    (quote,) = [q for q in article.quotes if "Russland teste" in message_of(article, q)]
    assert quote.type is QuoteType.INDIRECT
    assert message_of(article, quote) == "Russland teste die Geduld des Westens"
    assert speaker_of(article, quote) == "Der ukrainische Präsident Wolodymyr Selenskyj"


def test_a_sentence_with_its_own_speech_act_is_no_continuation_of_the_speaker_before() -> None:
    article = analyse(
        "Eine Pflegekraft, die anonym bleiben möchte, berichtete von chaotischen Zuständen. "
        "Patienten lägen teilweise stundenlang auf den Fluren. Angeblich sollen im Oktober zwei "
        "Notfälle zu spät behandelt worden sein. Das Klinikum bestreitet dies."
    )
    (quote,) = [q for q in article.quotes if "bestreitet" in message_of(article, q)]
    assert quote.type is QuoteType.REPORTED
    assert speaker_of(article, quote) == "Das Klinikum"


def test_a_sentence_credited_by_the_next_one_is_one_indirect_quotation_with_its_pointer() -> None:
    article = analyse(
        "Der Softwarekonzern Aventis Digital will weltweit rund 3.000 Stellen streichen. Das "
        "teilte das Unternehmen am Donnerstag in Walldorf mit. Betroffen seien vor allem der "
        "Vertrieb und die Verwaltung."
    )
    first = article.quotes[0]
    assert first.type is QuoteType.INDIRECT
    assert [span.of(article.text) for span in first.message] == [
        "Der Softwarekonzern Aventis Digital will weltweit rund 3.000 Stellen streichen",
        "Das",
    ]
    assert speaker_of(article, first) == "das Unternehmen"


def test_messages_of_two_sentences_with_a_source_between_stay_two_quotations() -> None:
    article = analyse(
        "Die Sparkasse erklärte in einer Mitteilung, man habe allen Geschädigten den Schaden "
        "ersetzt. Nach Angaben eines Sprechers wurden die internen Kontrollen inzwischen "
        "verschärft."
    )
    speakers = [speaker_of(article, q) for q in article.quotes]
    assert speakers == ["Die Sparkasse", "Angaben eines Sprechers"]
    assert message_of(article, article.quotes[1]).startswith("wurden die internen Kontrollen")


def test_a_report_after_a_wie_frame_that_opens_with_its_auxiliary_nests_the_speaker_named_in_it() -> (
    None
):
    article = analyse(
        "Wie die britische Zeitung „The Guardian“ berichtet, hat der frühere Premierminister "
        "Boris Johnson in einer privaten Nachricht an Parteifreunde geschrieben, Premierminister "
        "Keir Starmer habe ihm persönlich versichert, dass es keine Neuwahlen geben werde."
    )
    by_speaker = {speaker_of(article, q): q for q in article.quotes}
    johnson = by_speaker["der frühere Premierminister Boris Johnson"]
    starmer = by_speaker["Premierminister Keir Starmer"]
    assert message_of(article, johnson).startswith("Premierminister Keir Starmer habe ihm")
    assert starmer.nested_in == johnson.id
    assert johnson.nested_in == by_speaker["die britische Zeitung „The Guardian“"].id


def test_a_colon_frame_gives_the_subject_of_its_speech_verb_also_after_the_verb() -> None:
    article = analyse(
        "Lula verteidigt Ethanol. In seiner wöchentlichen Radioansprache begründete der "
        "brasilianische Präsident seine Position folgendermaßen: „Alle Staaten können "
        "Pflanzenöle produzieren.“"
    )
    quote = only(article, QuoteType.DIRECT)
    assert speaker_of(article, quote) == "der brasilianische Präsident"


def test_a_pronominal_adverb_opening_a_report_is_no_speaker_the_subject_after_the_verb_is() -> None:
    article = analyse(
        "Davon geht Slobodan Samardzic, der zuständige serbische Minister, aus. Er gehe davon "
        "aus, dass Hashim Thaçi die Unabhängigkeit am Sonntag ausrufen werde."
    )
    assert [speaker_of(article, q) for q in article.quotes] == ["Slobodan Samardzic"] * 2


def test_a_subject_after_the_speech_verb_stays_in_the_frame_and_a_trailing_frame_after_a_noun() -> (
    None
):
    article = analyse(
        "IAEA-Chef Rafael Grossi twitterte, er sei „tief besorgt“. Seine Inspektoren hätten "
        "bislang aber keine Sprengsätze gefunden. In einem Interview mit dem US-Sender CNN "
        "sagte der frühere Nato-Generalsekretär Anders Fogh Rasmussen, der Westen müsse "
        "vorbereitet sein. Putin habe ihm einmal persönlich gesagt, er halte sich an keine "
        "Abmachung, berichtete der Däne."
    )
    by_message = {message_of(article, q): q for q in article.quotes}
    west = by_message["der Westen müsse vorbereitet sein"]
    assert speaker_of(article, west) == "der frühere Nato-Generalsekretär Anders Fogh Rasmussen"
    putin = "Putin habe ihm einmal persönlich gesagt, er halte sich an keine Abmachung"
    assert by_message[putin].type is QuoteType.INDIRECT
    assert speaker_of(article, by_message[putin]) == "der Däne"


def test_english_indirect_speech_with_trailing_frames_told_addressees_and_noun_subjects() -> None:
    article = analyse(
        "Russia threatens no one at all, he said. The plan will cost millions, the mayor said on "
        "Tuesday. The vote was rigged, said Peskov. A Pentagon official told the paper the "
        "situation was being watched closely. The newspaper, citing two officials, reported that "
        "several thousand soldiers had been moved. The Washington Post has the story.",
        language="en",
    )
    found = {
        message_of(article, q): (
            speaker_of(article, q),
            q.addressee and q.addressee.of(article.text),
        )
        for q in article.quotes
    }
    assert found == {
        "Russia threatens no one at all": ("he", None),
        "The plan will cost millions": ("the mayor", None),
        "The vote was rigged": ("Peskov", None),
        "the situation was being watched closely": ("A Pentagon official", "the paper"),
        "several thousand soldiers had been moved": ("The newspaper", None),
    }


def test_a_sentence_a_document_credits_with_geht_aus_hervor_is_indirect_with_its_pointer() -> None:
    article = analyse(
        "Forscher der Universität Tübingen haben in fast allen Proben Mikroplastik gefunden. Das "
        "geht aus einer Studie hervor, die am Donnerstag erschienen ist."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert [span.of(article.text) for span in quote.message] == [
        "Forscher der Universität Tübingen haben in fast allen Proben Mikroplastik gefunden",
        "Das",
    ]


def test_being_asked_is_no_part_of_the_speaker() -> None:
    article = analyse(
        "Die Bahn streicht Verbindungen. Wie ein Bahnsprecher auf Anfrage mitteilte, fehlen dem "
        "Unternehmen Lokführer."
    )
    assert [speaker_of(article, q) for q in article.quotes] == ["ein Bahnsprecher"]


@pytest.mark.parametrize(
    ("second", "continued"),
    [
        ("Der Fahrer soll am Montag befragt werden.", True),  # the spokesman's plan
        ("Ein Gutachter soll die Bremsen des Wagens prüfen.", True),
        ("Offen ist, welche Behörden Zugriff haben sollen.", False),  # a clause's modal
        ("Der Fahrer soll am Montag vom Staatsanwalt befragt werden, sagte er.", False),
    ],
)
def test_a_sollen_sentence_right_after_a_quotation_continues_it(
    second: str, continued: bool
) -> None:
    article = analyse(
        "„Wir haben den Wagen sichergestellt“, teilte Feuerwehrsprecher Jan Kober mit. " + second
    )
    found = [q for q in article.quotes if q.type is QuoteType.FREE_INDIRECT]
    assert bool(found) is continued
    if continued:
        assert message_of(article, found[0]) == second.rstrip(".")


def test_a_sollen_sentence_after_the_pages_own_words_is_no_quotation() -> None:
    article = analyse(
        "Die Feuerwehr war mit 40 Kräften im Einsatz. Der Fahrer soll befragt werden."
    )
    assert not article.quotes


def test_a_late_clauses_speech_verb_governs_the_infinitive_closing_the_sentence() -> None:
    article = analyse(
        "Im Mittelpunkt der Debatte am Donnerstag stand die Arbeit der Aufsichtsbehörde für die "
        "Banken des Landes, der unter anderem der Abgeordnete Karl Weber vorwirft, die "
        "Warnungen der Prüfer jahrelang ignoriert zu haben."
    )
    quote = only(article, QuoteType.INDIRECT)
    assert message_of(article, quote) == "die Warnungen der Prüfer jahrelang ignoriert zu haben"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the object right after a verb joined by "und" gives way to the shared subject
            "Die Landräte des Kreises sprachen von Willkür und forderten die Regierung auf, "
            "den Plan zu prüfen.",
            "Die Landräte des Kreises",
        ),
        (  # "und laut …" joins a source, not a verb
            "Er soll geschossen haben und laut Zeugen auch geflohen sein.",
            "Zeugen",
        ),
        (  # an object between the two verbs is no speaker
            "Pressesprecher Tom Berger spielte die Idee jedoch herunter und ist der Meinung, "
            "dass sie nicht umgesetzt werde.",
            "Pressesprecher Tom Berger",
        ),
        (  # joined by a comma, with a particle after the second verb
            "Die Prüfer fanden Mängel in drei Bezirken, kamen aber zum Ergebnis, dass die Wahl "
            "frei war.",
            "Die Prüfer",
        ),
        (  # the sentence opens with an object: the name after the first verb is the subject
            "Die Pläne des Senats bezeichnete Berger als Unsinn und glaubt, dass die Politik sie "
            "ernst nehmen müsse.",
            "Berger",
        ),
    ],
)
def test_a_verb_joined_to_the_first_shares_its_subject(text: str, speaker: str) -> None:
    article = analyse(text)
    assert speaker_of(article, only(article, QuoteType.INDIRECT)) == speaker


def test_quoted_words_a_speech_verb_takes_up_in_another_quotations_frame_are_direct() -> None:
    article = analyse(
        "Die Klinik soll schließen. Der Landrat des Kreises Nordheide, Peter Olsen, und seine "
        "Stellvertreterin Anna Keller sprachen von einem „schwarzen Tag für die Region“ und "
        "forderten die Landesregierung auf, die Schließung der Klinik noch einmal zu überdenken."
    )
    quote = only(article, QuoteType.DIRECT)
    assert message_of(article, quote) == "„schwarzen Tag für die Region“"
    assert "Peter Olsen" in speaker_of(article, quote)
    assert quote.cue is not None and quote.cue.of(article.text) == "sprachen"


def test_a_speech_act_told_in_konjunktiv_one_continues_the_reported_speech() -> None:
    # The rule alone: the tagger saw only the quoted words two sentences before.
    text = (
        "Betriebsrätin Jana Voss sprach von „Verrat“. Erst vor zwei Jahren hatte die Belegschaft "
        "verzichtet. Der Vorstand habe damals eine Standortgarantie zugesagt."
    )
    doc = make_document(
        text, sentences.run(Article(text=text), Options(language="de")).sentences, "de"
    )
    labels = ["O"] * len(doc.tokens)
    opening = doc.lower.index("„")
    labels[opening : opening + 3] = ["B-D", "I-D", "I-D"]
    result = _with_continued_reports(doc, labels, "de")
    last = doc.sentence_starts[-1]
    assert result[last] == "B-IF" and set(result[last + 1 : len(doc.tokens) - 1]) == {"I-IF"}


def test_a_quotation_the_tagger_typed_otherwise_is_direct_speech_as_a_whole() -> None:
    article = analyse(
        "Der Kurier zitiert den Bürgermeister mit den Worten „Wir sagen den Bürgern klar, dass "
        "wir die Brücke noch in diesem Jahr sanieren werden.“"
    )
    quote = only(article, QuoteType.DIRECT)
    assert message_of(article, quote).startswith("„Wir sagen den Bürgern klar")
    assert message_of(article, quote).endswith("werden.“")
    assert speaker_of(article, quote) == "den Bürgermeister"


@pytest.mark.parametrize(
    ("text", "direct"),
    [
        ("Das Blatt zitiert den Pfarrer mit den Worten „Die Kirche bleibt lange offen.“", True),
        ("Er zitiert den Pfarrer mit folgenden Worten „Die Kirche bleibt lange offen.“", True),
        # a title after a noun of another kind stays the author's
        ("Das Blatt nennt die Reihe mit dem Titel „Die Kirche bleibt lange offen.“", False),
    ],
)
def test_a_quotation_after_mit_den_worten_is_framed(text: str, direct: bool) -> None:
    doc = make_document(text, [Span(0, len(text))], "de")
    relabelled = _with_framed_direct(doc, ["O"] * len(doc.tokens))
    opening = doc.lower.index("„")
    assert (relabelled[opening] == "B-D") is direct


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a zu-infinitive with more after its comma is no relative clause
        (
            "Sie unterstützt die Forderungen der Grünen, die Bahn zu verklagen, allerdings nicht.",
            True,
        ),
        ("Sie lobte den Plan, der nun endlich vorliegt, ausdrücklich.", False),
    ],
)
def test_a_zu_infinitive_after_a_comma_is_no_attached_clause(text: str, kept: bool) -> None:
    doc = make_document(text, [Span(0, len(text))], "de")
    opening = doc.lower.index(",") + 1
    labels = ["O"] * opening + ["B-I"] + ["I-I"] * (len(doc.tokens) - opening - 2) + ["O"]
    relabelled = _without_attached_clauses(doc, labels, "de")
    assert (relabelled == labels) is kept


def test_a_source_fronted_before_the_cue_verb_is_a_frame_not_a_continuation() -> None:
    article = analyse(
        "Nach Angaben von Kämmerin Petra Vogt sollen rund drei Millionen Euro aus einem "
        "Förderprogramm des Bundes kommen. Sollte der Bescheid nicht bis zum Sommer vorliegen, "
        "müsse der Rat neu beraten, sagte Vogt. Aus Verwaltungskreisen hieß es allerdings, das "
        "zuständige Ministerium sehe den Antrag bislang kritisch."
    )
    last = article.quotes[-1]
    assert message_of(article, last).startswith("das zuständige Ministerium sehe den Antrag")
    assert last.type is QuoteType.INDIRECT
    assert speaker_of(article, last) == "Verwaltungskreisen"


@pytest.mark.parametrize(
    ("text", "speaker", "message"),
    [
        (
            "Rosskopf schrieb, die Stadt finanziere eine Provokation. Dieser reagierte gelassen: "
            "Er freue sich über jeden, der über Schiller streite.",
            "Dieser",
            "Er freue sich über jeden, der über Schiller streite",
        ),
        (
            "Lund sagte, der Preis sei zu hoch. Marsh verwies dagegen auf die hohen Zinsen: "
            "Finanzinvestoren könnten derzeit kaum Kredite aufnehmen.",
            "Marsh",
            "Finanzinvestoren könnten derzeit kaum Kredite aufnehmen.",
        ),
    ],
)
def test_a_clause_in_the_indicative_before_a_colon_frames_the_konjunktiv_after_it(
    text: str, speaker: str, message: str
) -> None:
    article = analyse(text)
    second = text.index(". ") + 2
    (quote,) = [q for q in article.quotes if q.message[0].start >= second]
    assert quote.type is QuoteType.INDIRECT
    assert speaker_of(article, quote) == speaker
    assert message_of(article, quote) == message


def test_a_heading_before_a_colon_is_no_speaker_of_a_direct_quotation() -> None:
    article = analyse("Das Buch trägt einen langen Titel: „Sie befinden sich hier“.")
    assert all(speaker_of(article, q) != "Das Buch" for q in article.quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a name with its role labels the quotation
            "Die Gewerkschaft reagierte umgehend. Bezirksleiterin Petra Lindner: „Wenn der "
            "Vorstand festhält, legen wir die Werke lahm.“",
            "Bezirksleiterin Petra Lindner",
        ),
        (  # a named subject of the clause before the colon, not the speaker before
            "„Die Familien leiden“, sagte Frau Pike. Herr Castellano reagierte am Abend auf "
            "der Plattform X: „Die Senatorin muss mit den Familien reden.“",
            "Herr Castellano",
        ),
    ],
)
def test_a_colon_before_a_direct_quotation_names_its_speaker(text: str, speaker: str) -> None:
    article = analyse(text)
    second = text.index(". ") + 2
    (quote,) = [q for q in article.quotes if q.message[0].start >= second]
    assert speaker_of(article, quote) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the subject of a passive speech verb is whom the act concerns
            "Am Abend wurden die Gäste des Hotels gebeten, ihre Zimmer nicht zu verlassen.",
            "",
        ),
        ("Die Kassiererin wurde gefragt, ob sie den Mann gesehen habe.", ""),
        (  # the "von" agent speaks
            "Die Bewohner wurden am Morgen von der Feuerwehr aufgefordert, die Fenster "
            "geschlossen zu halten.",
            "der Feuerwehr",
        ),
        (  # quoting is the exception: the one quoted speaks
            "Der Bürgermeister wird in der Zeitung mit den Worten zitiert, er sei enttäuscht.",
            "Der Bürgermeister",
        ),
    ],
)
def test_the_subject_of_a_passive_speech_verb_is_no_speaker(text: str, speaker: str) -> None:
    article = analyse(text)
    assert speaker_of(article, only(article, QuoteType.INDIRECT)) == speaker


@pytest.mark.parametrize(
    "text",
    [
        (  # the noun is the cue verb's object; a party in brackets does not count as words
            "Der Kanzler lehnte den Vorschlag der Ministerin Anna Keller (SPD) ab, die "
            "Aufsicht über die Kliniken dem Bund zu übertragen."
        ),
        "Der Kanzler unterstützt den Vorschlag der Ministerin Anna Keller (SPD), die "
        "Aufsicht über die Kliniken dem Bund zu übertragen.",
    ],
)
def test_a_noun_of_speech_after_the_cue_verb_gives_the_clause_its_owner(text: str) -> None:
    article = analyse(text)
    quote = only(article, QuoteType.INDIRECT)
    assert "Anna Keller" in speaker_of(article, quote)
    assert quote.cue is not None and quote.cue.of(article.text) == "Vorschlag"


def test_a_pronoun_takes_up_a_subject_that_follows_a_fronted_phrase() -> None:
    text = "Den Entwurf verteidigte auch die Ministerin. Sie halte die Reform für vertretbar."
    article = analyse(text)
    second = text.index("Sie halte")
    (quote,) = [q for q in article.quotes if q.message[0].start == second]
    assert speaker_of(article, quote) == "die Ministerin"


def test_an_adverb_opening_the_sentence_before_is_no_speaker() -> None:
    text = (
        "Die Saison ist vorbei. Jetzt äußerte der Trainer scharfe Kritik. Er sei enttäuscht "
        "von der Mannschaft."
    )
    article = analyse(text)
    (quote,) = [q for q in article.quotes if q.message[0].start == text.index("Er sei")]
    assert speaker_of(article, quote) == "der Trainer"


def test_a_speech_act_behind_a_source_is_nested_in_the_source_report() -> None:
    article = analyse(
        "Die Schule bleibt zu. Laut dem Lokalsender sagte die Rektorin Jana Wirth, dass der "
        "Unterricht erst im Mai wieder beginnen könne."
    )
    (inner,) = [q for q in article.quotes if q.nested_in is not None]
    outer = next(q for q in article.quotes if q.id == inner.nested_in)
    assert message_of(article, inner) == "dass der Unterricht erst im Mai wieder beginnen könne"
    assert speaker_of(article, inner) == "die Rektorin Jana Wirth"
    assert inner.cue is not None and inner.cue.of(article.text) == "sagte"
    assert "Lokalsender" in speaker_of(article, outer)


@pytest.mark.parametrize(
    "text",
    [
        "Laut Polizei hat der Mann die Tat inzwischen gestanden.",
        "Der Neubau rechtfertige sich laut dem Gutachter durch die Gefahr, die vom Altbau ausgehe.",
    ],
)
def test_no_nested_speech_act_behind_a_source_without_a_framed_clause(text: str) -> None:
    assert not any(q.nested_in for q in analyse(text).quotes)


def test_the_adjective_laut_is_no_source_cue() -> None:
    article = analyse(
        "Die Kritik, die vor der Abstimmung laut geworden war, mündete in die Andeutung, dass "
        "einige Gruppen mit ausländischen Geldgebern zusammenarbeiteten."
    )
    assert all(q.cue is None or q.cue.of(article.text) != "laut" for q in article.quotes)


def test_a_hearsay_frame_opening_a_report_nests_the_speaker_quoted() -> None:
    article = analyse(
        "Wie die Lokalzeitung berichtete, soll der Trainer nach dem Spiel in der Kabine gesagt "
        "haben, er werde den Verein im Sommer verlassen."
    )
    (inner,) = [q for q in article.quotes if q.nested_in is not None]
    assert speaker_of(article, inner) == "der Trainer"
    assert inner.cue is not None and inner.cue.of(article.text) == "gesagt"
    assert message_of(article, inner) == "er werde den Verein im Sommer verlassen"


def test_an_adverbial_clause_after_a_hearsay_frame_is_no_nested_message() -> None:
    article = analyse(
        "Nach dem Bericht der Helfer sollen die Milizen Gerüchte verbreitet haben, sodass "
        "Hetzjagden auf Fremde entstanden seien."
    )
    assert not any(q.nested_in for q in article.quotes)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Die Bürgermeisterin rief die Anwohner dazu auf, ihre Keller sofort zu räumen.",
            "ihre Keller sofort zu räumen",
        ),
        (
            "Die Forscher folgern daraus, dass die Art sich schneller ausbreitet.",
            "dass die Art sich schneller ausbreitet",
        ),
    ],
)
def test_appeals_and_conclusions_are_speech_acts(text: str, message: str) -> None:
    article = analyse(text)
    (quote,) = article.quotes
    assert message_of(article, quote) == message
    assert speaker_of(article, quote).startswith("Die ")


def test_a_calculation_set_out_is_a_speech_act() -> None:
    article = analyse(
        "Kämmerer Uwe Stallbaum rechnete vor, eine Sanierung würde rund zwei Millionen Euro kosten."
    )
    (quote,) = article.quotes
    assert quote.cue is not None and quote.cue.of(article.text) == "rechnete vor"
    assert speaker_of(article, quote) == "Kämmerer Uwe Stallbaum"


@pytest.mark.parametrize(
    ("text", "speaker", "message"),
    [
        (
            "Zu den Investoren gehört der Chipkonzern Nexion, dessen Chef Paul Ferrante am Dienstag "
            "in einer E-Mail an Mitarbeiter schrieb, man stehe weiterhin hinter dem Projekt.",
            "Chef Paul Ferrante",
            "man stehe weiterhin hinter dem Projekt",
        ),
        (
            "Die Partei, deren langjähriger Vorsitzender Hans Meier sagte, er wolle nicht mehr "
            "kandidieren, verliert an Zustimmung.",
            "langjähriger Vorsitzender Hans Meier",
            "er wolle nicht mehr kandidieren",
        ),
    ],
)
def test_a_frame_in_a_relative_clause_of_an_owner(text: str, speaker: str, message: str) -> None:
    article = analyse(text)
    (quote,) = article.quotes
    assert speaker_of(article, quote) == speaker
    assert message_of(article, quote) == message


@pytest.mark.parametrize(
    ("text", "speaker", "message"),
    [
        (
            "Die Hamburger Reederei Hollmann, die das Schiff gechartert hat, teilte mit, man "
            "arbeite eng mit den Behörden zusammen.",
            "Die Hamburger Reederei Hollmann",
            "man arbeite eng mit den Behörden zusammen",
        ),
        (
            "Ein Besatzungsmitglied der „Nordlicht Star“, das anonym bleiben wollte, sagte der "
            "BBC, der Kapitän habe vor dem Zusammenstoß gewarnt.",
            "Ein Besatzungsmitglied der „Nordlicht Star“",
            "der Kapitän habe vor dem Zusammenstoß gewarnt",
        ),
    ],
)
def test_a_subject_with_a_relative_clause_before_its_frame_verb(
    text: str, speaker: str, message: str
) -> None:
    article = analyse(text)
    (quote,) = article.quotes
    assert speaker_of(article, quote) == speaker
    assert message_of(article, quote) == message


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nach Zählung des Verbands haben seit 2015 im Land 23 Kreißsäle geschlossen.",
            "Zählung des Verbands",
        ),
        (
            "Nach Überzeugung der Ermittler hat der Mann allein gehandelt.",
            "Überzeugung der Ermittler",
        ),
    ],
)
def test_counts_and_convictions_are_sources(text: str, speaker: str) -> None:
    article = analyse(text)
    (quote,) = article.quotes
    assert speaker_of(article, quote) == speaker
    assert quote.cue is not None and quote.cue.of(article.text) == "Nach"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Gewerkschaft hat ihren Streik gegen die Bahn angekündigt, falls kein Angebot "
            "komme.",
            "Die Gewerkschaft",
        ),
        ("Die Bahn hat die Fahrgäste gestern gebeten, auf Busse auszuweichen.", "Die Bahn"),
        (
            "Der Bürgermeister will die Anwohner am Montag auffordern, ihre Keller zu räumen.",
            "Der Bürgermeister",
        ),
        ("Gestern hat das Gericht mitgeteilt, dass die Klage scheitere.", "das Gericht"),
    ],
)
def test_the_subject_before_a_finite_auxiliary_speaks_for_its_participle_cue(
    text: str, speaker: str
) -> None:
    article = analyse(text)
    (quote,) = article.quotes
    assert speaker_of(article, quote) == speaker


def test_a_frame_verb_before_the_message_names_its_speaker_before_a_guessed_phrase() -> None:
    article = analyse("Die Polizei hat die Bevölkerung gewarnt, die Türen nicht zu öffnen.")
    (quote,) = article.quotes
    assert speaker_of(article, quote) == "Die Polizei"
    assert quote.cue is not None and quote.cue.of(article.text) == "gewarnt"


def test_a_framed_message_s_speaker_never_reaches_into_the_message() -> None:
    article = analyse("Die Stadt bat die Anwohner, Wasser zu sparen.")
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert all(quote.speaker.end <= span.start for span in quote.message)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Der Angeklagte erklärte am Montag, er sei unschuldig.", "Der Angeklagte", "erklärte"),
        ("Die Stadt bat die Anwohner, Wasser zu sparen.", "Die Stadt", "bat"),
    ],
)
def test_a_verb_second_frame_with_circumstances_before_the_comma_names_speaker_and_cue(
    text: str, speaker: str, cue: str
) -> None:
    article = analyse(text)
    (quote,) = article.quotes
    assert speaker_of(article, quote) == speaker
    assert quote.cue is not None and quote.cue.of(article.text) == cue


def test_a_clause_no_speech_verb_governs_gets_no_cue_from_the_verb_before() -> None:
    article = analyse(
        "Der Minister bestritt die Pläne jedoch, indem er sagte, eine Reform sei nicht nötig."
    )
    assert all(
        quote.cue is None or quote.cue.of(article.text) != "bestritt" for quote in article.quotes
    )


def test_a_causative_frame_the_tagger_took_with_its_message_is_given_back() -> None:
    article = analyse("Der Minister ließ am Montag erklären, er werde nicht zurücktreten.")
    (quote,) = article.quotes
    assert quote.type is QuoteType.INDIRECT
    assert message_of(article, quote) == "er werde nicht zurücktreten"
    assert speaker_of(article, quote) == "Der Minister"


def test_a_verb_after_the_subject_is_finite_whatever_form_it_has_alone() -> None:
    # "beschreiben" alone reads as an infinitive, "beschrieben" as a participle; after the
    # subject, in second place, each is the finite verb of a reported main clause
    for text, message in [
        (
            "Die Gedichte beschreiben Gewalt, sagte die Autorin.",
            "Die Gedichte beschreiben Gewalt",
        ),
        (
            "Ihre neuen Gedichte beschrieben Gewalt, sagte die Autorin.",
            "Ihre neuen Gedichte beschrieben Gewalt",
        ),
    ]:
        article = analyse(text)
        (found,) = article.quotes
        assert message_of(article, found) == message
        assert speaker_of(article, found) == "die Autorin"


def test_a_plural_modal_konjunktiv_two_continues_only_right_after_reported_speech() -> None:
    said = "Die Regeln würden verschärft, sagte die Ministerin am Montag. "
    continued = analyse(said + "Ältere Geräte könnten aber weiter verkauft werden.")
    assert [message_of(continued, q) for q in continued.quotes][1:] == [
        "Ältere Geräte könnten aber weiter verkauft werden"
    ]
    for rest in (
        "Ein älteres Gerät könnte aber weiter verkauft werden.",  # singular: a hypothesis
        "Der Handel reagierte gelassen. Ältere Geräte könnten aber weiter verkauft werden.",
    ):
        assert len(analyse(said + rest).quotes) == 1


def test_whole_reported_sentences_in_a_row_are_one_continuation_within_a_paragraph() -> None:
    said = "Der Minister sagte am Montag, die Lage sei ernst. Die Vorräte seien fast aufgebraucht."
    rest = "Die Regierung habe deshalb Hilfe angefordert."
    joined = analyse(f"{said} {rest}")
    assert [message_of(joined, q) for q in joined.quotes][1:] == [
        "Die Vorräte seien fast aufgebraucht. Die Regierung habe deshalb Hilfe angefordert."
    ]
    assert joined.quotes[1].type is QuoteType.INDIRECT_FREE_INDIRECT
    apart = analyse(f"{said}\n\n{rest}")  # a new paragraph starts a statement of its own
    assert len(apart.quotes) == 3


@pytest.mark.parametrize(
    ("text", "speaker", "message"),
    [
        (
            "Halvern Corp will close its plant in Derby, the company announced on Monday.",
            "the company",
            "Halvern Corp will close its plant in Derby",
        ),
        (
            '"We looked at every option," the 58-year-old said.',
            "the 58-year-old",
            '"We looked at every option,"',
        ),
        ('He added: "Nobody wanted this."', "He", '"Nobody wanted this."'),
        (
            "Sarah Quinn, a regional organiser for the GMB union, said workers had been misled.",
            "Sarah Quinn",
            "workers had been misled",
        ),
        (
            "According to the Financial Times, the board is said to have discussed the closure.",
            "the Financial Times",
            "the board is said to have discussed the closure",
        ),
    ],
)
def test_english_frames_by_rule(text: str, speaker: str, message: str) -> None:
    article = analyse(text, "en")
    (quote,) = article.quotes
    assert (speaker_of(article, quote), message_of(article, quote)) == (speaker, message)


@pytest.mark.parametrize(
    ("text", "speaker", "message", "kind"),
    [
        (
            "City Hall rejected the accusation on Wednesday.",
            "City Hall",
            "the accusation",
            QuoteType.REPORTED,
        ),
        (
            "Oakes denies 14 counts of fraud and false accounting.",
            "Oakes",
            "14 counts of fraud and false accounting",
            QuoteType.REPORTED,
        ),
        (
            "The company rejected Ms. Castellanos’s account.",
            "The company",
            "Ms. Castellanos’s account",
            QuoteType.REPORTED,
        ),
        (
            "Okafor, 61, also accused the mayor of hiding the true cost from voters.",
            "Okafor",
            "hiding the true cost from voters",
            QuoteType.INDIRECT,
        ),
        (
            "The 61-year-old councilman warned that the vote would only delay a decision.",
            "The 61-year-old councilman",
            "the vote would only delay a decision",
            QuoteType.INDIRECT,
        ),
        (
            "The tech news site Circuitline reported that about 2.3 million records had leaked.",
            "The tech news site Circuitline",
            "about 2.3 million records had leaked",
            QuoteType.INDIRECT,
        ),
        (
            "Analysts at Korvin Bank estimated that each day of the strike could cost millions.",
            "Analysts at Korvin Bank",
            "each day of the strike could cost millions",
            QuoteType.INDIRECT,
        ),
        (
            "Bee numbers may have halved, researchers at the University of Harrowgate reported.",
            "researchers at the University of Harrowgate",
            "Bee numbers may have halved",
            QuoteType.INDIRECT,
        ),
        (
            "Two men were arrested on suspicion of looting a pharmacy, police said.",
            "police",
            "Two men were arrested on suspicion of looting a pharmacy",
            QuoteType.INDIRECT,
        ),
        (
            "A wildfire destroyed at least 40 homes on Tuesday, fire officials said.",
            "fire officials",
            "A wildfire destroyed at least 40 homes on Tuesday",
            QuoteType.INDIRECT,
        ),
        (
            "A former coach was sentenced to six years, the Harlan County Prosecutor’s Office said.",
            "the Harlan County Prosecutor’s Office",
            "A former coach was sentenced to six years",
            QuoteType.INDIRECT,
        ),
        (
            "Rachel Ostrowski, whose daughter is in second grade, told KBFO News that the school "
            "had not warned parents.",
            "Rachel Ostrowski",
            "the school had not warned parents",
            QuoteType.INDIRECT,
        ),
        (
            "Martin Crewe accused the council of wasting £480,000 on a scheme nobody wanted.",
            "Martin Crewe",
            "wasting £480,000 on a scheme nobody wanted",
            QuoteType.INDIRECT,
        ),
        (
            "Howard Pell accused the board of acting “in haste” after a series of articles.",
            "Howard Pell",
            "acting “in haste” after a series of articles",
            QuoteType.INDIRECT,
        ),
        (
            "Orrin also denied a report in the Sunday Ledger that it had approached a rival.",
            "Orrin",
            "a report in the Sunday Ledger that it had approached a rival",
            QuoteType.REPORTED,
        ),
        (
            '"We would have delayed the round," Mr. Vance, 36, told MarketLine TV.',
            "Mr. Vance",
            '"We would have delayed the round,"',
            QuoteType.DIRECT,
        ),
    ],
)
def test_english_acts_objects_and_described_subjects_by_rule(
    text: str, speaker: str, message: str, kind: QuoteType
) -> None:
    article = analyse(text, "en")
    (quote,) = article.quotes
    assert (speaker_of(article, quote), message_of(article, quote)) == (speaker, message)
    assert quote.type is kind


@pytest.mark.parametrize(
    ("text", "speaker", "message"),
    [
        (
            "Orrin Group rejected a takeover proposal on Wednesday, saying it significantly "
            "undervalued the company.",
            "Orrin Group",
            "it significantly undervalued the company",
        ),
        (
            "Eastmere captain Tom Ashworth has stepped down after four seasons, saying he wants "
            "to concentrate on his batting.",
            "Eastmere captain Tom Ashworth",
            "he wants to concentrate on his batting",
        ),
    ],
)
def test_english_participle_of_saying_reports_the_main_subject(
    text: str, speaker: str, message: str
) -> None:
    article = analyse(text, "en")
    (saying,) = [q for q in article.quotes if q.cue and q.cue.of(article.text) == "saying"]
    assert (speaker_of(article, saying), message_of(article, saying)) == (speaker, message)


def test_english_denial_of_a_clause_stays_reported_speech() -> None:
    article = analyse("Hale, 63, denied the meeting had taken place.", "en")
    assert [q.type for q in article.quotes if q.type is QuoteType.REPORTED] == []


def test_english_told_plural_noun_is_the_addressee_of_a_closing_frame() -> None:
    article = analyse(
        "Should anyone approach them about the case, they must tell court staff immediately, "
        "Judge Peter Haldane told jurors at the end of the first day.",
        "en",
    )
    (quote,) = article.quotes
    assert speaker_of(article, quote) == "Judge Peter Haldane"
    assert message_of(article, quote).startswith("Should anyone approach them")
    assert quote.addressee is not None and quote.addressee.of(article.text) == "jurors"


def test_english_quoted_sentence_without_a_verb_goes_on_from_the_one_before() -> None:
    article = analyse(
        '"Please turn around," Sheriff Dwight Amundsen said. '
        '"It takes less than a foot of moving water to float a car."',
        "en",
    )
    first, second = article.quotes
    assert speaker_of(article, first) == "Sheriff Dwight Amundsen"
    assert (second.type, second.speaker, second.cue) == (QuoteType.DIRECT, None, None)
    assert message_of(article, second).startswith('"It takes less than a foot')


def test_english_quoted_phrase_inside_a_sentence_needs_a_verb() -> None:
    article = analyse('The plan was called a "vanity scheme for the rich" by opponents.', "en")
    assert article.quotes == []


def test_the_second_half_of_an_interrupted_direct_quotation_is_kept() -> None:
    article = analyse(
        "„Wir haben bis zur letzten Minute gekämpft“, sagte die Kapitänin am Sonntag im ZDF, "
        "„am Ende fehlte uns einfach die Kraft.“"
    )
    (quote,) = article.quotes
    assert quote.type is QuoteType.DIRECT
    assert message_of(article, quote).endswith("„am Ende fehlte uns einfach die Kraft.“")


def _two_sentences(first: str, second: str) -> Document:
    text = f"{first} {second}"
    return make_document(text, [Span(0, len(first)), Span(len(first) + 1, len(text))], "de")


def _labelled_words(doc: Document, labels: list[str]) -> str:
    return " ".join(
        token.text for token, label in zip(doc.tokens, labels, strict=True) if label != "O"
    )


def test_a_reported_modal_with_a_speech_verb_infinitive_continues_the_report() -> None:
    # "vorschreiben" reads as a verb of writing; under a Konjunktiv I modal it frames nothing
    doc = _two_sentences(
        "Der Bürgermeister forderte die Vermieter auf, die Mieten zu senken.",
        "Wenn sie weiter zögerten, müsse die Stadt eine Obergrenze vorschreiben.",
    )
    labels = _with_continued_reports(doc, ["O"] * len(doc.tokens), "de")
    assert _labelled_words(doc, labels).startswith("Wenn sie weiter zögerten , müsse")


def test_a_focused_leading_condition_belongs_to_the_message() -> None:
    doc = _two_sentences(
        "Die Feuerwehr warnte am Montag vor neuen Bränden.",
        "Erst wenn der Wind nachlasse, sei die Lage unter Kontrolle.",
    )
    main = doc.lower.index("sei")
    labels = ["O"] * len(doc.tokens)
    labels[main : len(labels) - 1] = _run_labels("I", main, len(labels) - 1)
    labels = _with_leading_conditions(doc, labels)
    assert _labelled_words(doc, labels).startswith("Erst wenn der Wind nachlasse")


def test_a_quoted_name_after_a_noun_belongs_to_the_speech_act_subject() -> None:
    article = analyse("Die Initiative „Saubere Luft“ kündigte eine Klage gegen den Bau an.")
    quote = only(article, QuoteType.REPORTED)
    assert speaker_of(article, quote) == "Die Initiative „Saubere Luft“"


def test_a_frame_after_a_message_is_no_quotation_of_its_own() -> None:
    article = analyse(
        "Der Trainer wies die Kritik von sich. Er habe nie jemanden beleidigt, sagte er."
    )
    assert all(not message_of(article, q).startswith(",") for q in article.quotes)
    assert [q.type for q in article.quotes] == [QuoteType.REPORTED, QuoteType.INDIRECT]


def test_a_frame_inserted_between_two_halves_of_indirect_speech() -> None:
    article = analyse(
        "Die Rektorin sagte, die Eltern seien verärgert. Ein Vater habe geschrieben, seine "
        "Tochter verpasse „wichtige Prüfungen“. Sie verstehe die Sorge, sagte die Rektorin, "
        "halte die Schließung aber für nötig. Allerdings fehle es an Räumen."
    )
    framed = [q for q in article.quotes if q.cue is not None and q.cue.of(article.text) == "sagte"]
    assert message_of(article, framed[-1]).startswith("Sie verstehe die Sorge halte die Schließung")
    assert any(message_of(article, q) == "Allerdings fehle es an Räumen." for q in article.quotes)


def test_the_first_half_before_an_inserted_frame_joins_the_tagged_second_half() -> None:
    text = "Er verstehe die Kritik, sagte der Minister, halte den Plan aber für richtig."
    doc = make_document(text, [Span(0, len(text))], "de")
    second = doc.lower.index("halte")
    labels = ["O"] * len(doc.tokens)
    labels[second : len(labels) - 1] = _run_labels("I", second, len(labels) - 1)
    labels = _with_first_halves(doc, labels)
    assert _labelled_words(doc, labels) == "Er verstehe die Kritik halte den Plan aber für richtig"


def test_a_focus_particle_before_a_pronoun_keeps_the_pronoun_the_subject() -> None:
    doc = _sentence_doc("Auch sie forderten den Rücktritt der Regierung.")
    placed = _second_place(doc, 0, len(doc.tokens))
    assert placed is not None
    finite, subject = placed
    assert doc.lower[finite] == "forderten"
    assert subject is not None and doc.lower[subject.start : subject.end] == ["sie"]


def test_a_framed_direct_quotation_the_tagger_broke_off_takes_in_the_rest() -> None:
    doc = _sentence_doc(
        "Der Analyst sagte dazu: „Solche Zahlungen gab es auch anderswo. Man muss das nicht "
        "verniedlichen – aber es ist kein Skandal.“"
    )
    opening = doc.lower.index("„")
    dash = doc.lower.index("–")
    closing = len(doc.tokens) - 1 if doc.lower[-1] == "“" else doc.lower.index("“")
    labels = ["O"] * len(doc.tokens)
    labels[opening:dash] = ["B-D"] + ["I-D"] * (dash - opening - 1)
    relabelled = _with_framed_direct(doc, labels)
    assert relabelled[opening] == "B-D"
    assert all(label == "I-D" for label in relabelled[opening + 1 : closing + 1])


def test_demnach_in_a_sentence_the_taggers_left_empty_credits_the_source_before() -> None:
    text = "Die Studie liegt seit Montag vor. Demnach sollen die Mieten weiter steigen."
    doc = _sentence_doc(text)
    (draft,) = _source_drafts(doc, [], "de")
    assert draft.type is QuoteType.INDIRECT
    assert draft.speaker is not None
    assert doc.tokens[draft.speaker.start].text == "Demnach"
    words = [doc.tokens[i].text for run in draft.runs for i in range(run.start, run.end)]
    assert words == "sollen die Mieten weiter steigen".split()
