"""Attribution chains and evidential status on texts we wrote, and the reference page's chain."""

from __future__ import annotations

import pytest

from newstrace.model import Article, Credit, CreditKind, Evidential, Metadata, QuoteType, Span
from newstrace.options import Options
from newstrace.stages import chains, quotes, sentences, speakers
from tests.conftest import REFERENCE_PAGE, require_shared
from tests.stages.speaker_helpers import OPTIONS, analysed, chain_names, quote, span_of

RELAY = (
    "Die Analystin Mara Lind schrieb in einem Newsletter, dass der Minister Tom Berg ihr gesagt "
    "habe, dass die Steuer steigen werde. "
    "Berg soll dem Finanzchef Ole Kamp gesagt haben, dass der Haushalt nicht reiche."
)


def test_publication_credit_reporter_and_speaker_in_order() -> None:
    metadata = Metadata(
        site_name="Nordkurier Online",
        credits=[Credit("dpa", CreditKind.AGENCY, Span(0, 3))],
    )
    text = "Die Polizeisprecherin Eva Stein sagte, die Straße bleibe gesperrt."
    article = analysed(
        text,
        [quote(text, "die Straße bleibe gesperrt", "Die Polizeisprecherin Eva Stein", "sagte")],
        metadata,
    )
    assert chain_names(article, "q1") == ["Nordkurier Online", "dpa", "Eva Stein"]
    assert article.quotes[0].evidential is Evidential.STATED


def test_a_source_heard_by_a_reporter_sits_between_them() -> None:
    article = analysed(
        RELAY,
        [
            quote(
                RELAY,
                "dass der Minister Tom Berg ihr gesagt habe, dass die Steuer steigen werde",
                "Die Analystin Mara Lind",
                "schrieb",
            ),
            quote(RELAY, "dass der Haushalt nicht reiche", "Berg", "gesagt haben"),
        ],
    )
    assert chain_names(article, "q1") == ["Mara Lind"]
    assert chain_names(article, "q2") == ["Mara Lind", "Tom Berg"]
    assert article.quotes[1].evidential is Evidential.ALLEGED
    (chain,) = [c for c in article.chains if c.quote_id == "q2"]
    assert chain.links[0].medium == "newsletter"


def test_nested_quotation_passes_through_the_outer_speaker() -> None:
    text = "Jan Ritter sagte, seine Mutter habe ihn gewarnt: „Lass das.“"
    outer = quote(text, "seine Mutter habe ihn gewarnt: „Lass das.“", "Jan Ritter", "sagte")
    inner = quote(text, "„Lass das.“", "seine Mutter", kind=QuoteType.DIRECT, nested_in="q1")
    inner.cue = None
    article = analysed(text, [outer, inner])
    assert chain_names(article, "q2")[0] == "Jan Ritter"


def test_evidential_markers() -> None:
    text = (
        "Laut Polizei wurde niemand verletzt. "
        "Der Konzern dementierte, dass Stellen wegfallen. "
        "Angeblich sagte Klaus Hoff, er trete zurück. "
        "Maria Stern sagte, sie komme morgen."
    )
    article = analysed(
        text,
        [
            quote(text, "wurde niemand verletzt", None, "Laut", kind=QuoteType.REPORTED),
            quote(text, "dass Stellen wegfallen", "Der Konzern", "dementierte"),
            quote(text, "er trete zurück", "Klaus Hoff", "sagte"),
            quote(text, "sie komme morgen", "Maria Stern", "sagte", occurrence=2),
        ],
    )
    statuses = [q.evidential for q in article.quotes]
    assert statuses == [
        Evidential.REPORTED,
        Evidential.DENIED,
        Evidential.ALLEGED,
        Evidential.STATED,
    ]
    assert all(q.page_asserts is False for q in article.quotes)


def test_reference_page_chain() -> None:
    from newstrace.options import Options
    from newstrace.pipeline import analyze
    from newstrace.stages import chains, quotes, sentences, speakers

    options = Options(language="de")
    article = analyze(require_shared(REFERENCE_PAGE).read_text(encoding="utf-8"))
    for stage in (sentences, quotes, speakers, chains):
        article = stage.run(article, options)
    (target,) = [
        q
        for q in article.quotes
        if any("Atomschlag auf dem Tisch liege" in article.span_text(s) for s in q.message)
    ]
    names = chain_names(article, target.id)
    assert names == [
        "Welt Nachrichten",
        "The Telegraph",
        "Ian Bremmer",
        "Elon Musk",
        "Wladimir Putin",
    ]
    (chain,) = [c for c in article.chains if c.quote_id == target.id]
    assert chain.links[2].medium == "e-mail"
    assert target.evidential is Evidential.ALLEGED


def test_a_hypothesis_with_its_condition_is_conditional_indirect_speech_alone_is_not() -> None:
    text = (
        "Ein Sprecher der Gewerkschaft sagte, sollte der Vorstand festhalten, würde man streiken. "
        "Die Chefin Ina Wolf sagte, die Preise würden steigen."
    )
    article = analysed(
        text,
        [
            quote(text, "sollte der Vorstand festhalten, würde man streiken", None, "sagte"),
            quote(text, "die Preise würden steigen", "Die Chefin Ina Wolf", "sagte", occurrence=2),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.CONDITIONAL, Evidential.STATED]


def test_a_plural_konjunktiv_ii_of_a_modal_with_a_premise_is_conditional() -> None:
    text = (
        "Die Rektorin Ina Wolf sagte, ohne die Halle müssten die Schulen den Sport streichen. "
        "Der Kämmerer Tom Berg sagte, die Kosten müssten sinken."
    )
    article = analysed(
        text,
        [
            quote(text, "ohne die Halle müssten die Schulen den Sport streichen", None, "sagte"),
            quote(
                text, "die Kosten müssten sinken", "Der Kämmerer Tom Berg", "sagte", occurrence=2
            ),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.CONDITIONAL, Evidential.STATED]


def test_a_condition_stays_in_its_sentence_the_continuation_is_stated() -> None:
    text = (
        "Die Ministerin Ina Wolf sagte, sobald der Rat zugestimmt habe, könnten die Schiffe "
        "auslaufen. Als sie im Herbst nach Rabat gereist sei, habe sie nicht an eine Einigung "
        "geglaubt."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "sobald der Rat zugestimmt habe, könnten die Schiffe auslaufen",
                "Die Ministerin Ina Wolf",
                "sagte",
            ),
            quote(
                text,
                "Als sie im Herbst nach Rabat gereist sei, habe sie nicht an eine Einigung "
                "geglaubt.",
                None,
                kind=QuoteType.INDIRECT_FREE_INDIRECT,
            ),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.CONDITIONAL, Evidential.STATED]


def test_a_condition_of_a_dass_message_is_its_own_one_of_a_clause_inside_it_is_not() -> None:
    text = (
        "Die Ärztin Ina Wolf sagte, dass der Unterricht bis zum Mai ruhe, wenn weitere Fälle "
        "auftreten. Der Arzt Tom Berg sagte, keiner wisse, was passiere, wenn die Zahlen steigen."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "dass der Unterricht bis zum Mai ruhe, wenn weitere Fälle auftreten",
                "Die Ärztin Ina Wolf",
                "sagte",
            ),
            quote(
                text,
                "keiner wisse, was passiere, wenn die Zahlen steigen",
                "Der Arzt Tom Berg",
                "sagte",
                occurrence=2,
            ),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.CONDITIONAL, Evidential.STATED]


def test_a_verb_after_a_fronted_question_clause_is_no_condition() -> None:
    text = (
        "Der Generalvikar Stefan Lauterbach sagte, welche Kirchen geschlossen würden, sollten "
        "die Pfarreien selbst festlegen. Die Sprecherin Ina Wolf sagte, man werde klagen, "
        "sollte der Rat zustimmen."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "welche Kirchen geschlossen würden, sollten die Pfarreien selbst festlegen",
                "Der Generalvikar Stefan Lauterbach",
                "sagte",
            ),
            quote(
                text,
                "man werde klagen, sollte der Rat zustimmen",
                "Die Sprecherin Ina Wolf",
                "sagte",
                occurrence=2,
            ),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.STATED, Evidential.CONDITIONAL]


def test_a_concession_is_no_condition() -> None:
    text = (
        "Die Ministerin Ina Wolf sagte, die Reform komme, auch wenn die Länder sie ablehnten. "
        "Der Trainer Ole Kamp sagte: „Wir haben gewonnen, wenn auch knapp.“ "
        "Der Sprecher Tom Berg sagte, wenn die Länder zustimmten, komme die Reform."
    )
    article = analysed(
        text,
        [
            quote(text, "die Reform komme, auch wenn die Länder sie ablehnten", None, "sagte"),
            quote(text, "„Wir haben gewonnen, wenn auch knapp.“", None, "sagte", occurrence=2),
            quote(
                text, "wenn die Länder zustimmten, komme die Reform", None, "sagte", occurrence=3
            ),
        ],
    )
    statuses = [q.evidential for q in article.quotes]
    assert statuses == [Evidential.STATED, Evidential.STATED, Evidential.CONDITIONAL]


def test_unnamed_hedged_sources_are_alleged_and_their_continuations_too() -> None:
    text = (
        "Korrespondentenberichten zufolge sind viele Menschen verletzt. "
        "Behandelt würden vor allem Schusswunden. "
        "Die Zahlen wurden korrigiert, und es heißt nun, dass 22 Menschen starben. "
        "In dem Schreiben heißt es, man prüfe den Fall."
    )
    article = analysed(
        text,
        [
            quote(text, "sind viele Menschen verletzt", "Korrespondentenberichten", "zufolge"),
            quote(
                text,
                "Behandelt würden vor allem Schusswunden.",
                "Korrespondentenberichten",
                kind=QuoteType.INDIRECT_FREE_INDIRECT,
            ),
            quote(text, "dass 22 Menschen starben", None, "heißt"),
            quote(text, "man prüfe den Fall", "dem Schreiben", "heißt", occurrence=2),
        ],
    )
    statuses = [q.evidential for q in article.quotes]
    assert statuses[:3] == [Evidential.ALLEGED] * 3
    assert statuses[3] is not Evidential.ALLEGED


def test_a_continuation_of_unnamed_insiders_stays_alleged() -> None:
    text = (
        "Eine Einigung könnte bald kommen, sagten zwei mit den Gesprächen vertraute Personen. "
        "Der Kaufpreis solle bei 800 Millionen Euro liegen."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "Eine Einigung könnte bald kommen",
                "zwei mit den Gesprächen vertraute Personen",
                "sagten",
            ),
            quote(
                text,
                "Der Kaufpreis solle bei 800 Millionen Euro liegen.",
                None,
                kind=QuoteType.INDIRECT_FREE_INDIRECT,
            ),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.ALLEGED] * 2


def test_a_report_nested_with_its_own_cue_is_stated_quoted_words_stay_reported() -> None:
    text = (
        "Die Leiterin Birgit Sommer berichtete von dramatischen Szenen. Eine Helferin habe ihr "
        "erzählt, ein Mann habe um Reste gebeten, die Lage sei „dramatisch“."
    )
    outer = (
        "Eine Helferin habe ihr erzählt, ein Mann habe um Reste gebeten, die Lage sei „dramatisch“."
    )
    article = analysed(
        text,
        [
            quote(text, "von dramatischen Szenen", "Die Leiterin Birgit Sommer", "berichtete"),
            quote(text, outer, None, kind=QuoteType.INDIRECT_FREE_INDIRECT),
            quote(
                text, "ein Mann habe um Reste gebeten", "Eine Helferin", "erzählt", nested_in="q2"
            ),
            quote(text, "„dramatisch“", None, kind=QuoteType.DIRECT, nested_in="q2"),
        ],
    )
    assert [q.evidential for q in article.quotes] == [
        Evidential.REPORTED,
        Evidential.REPORTED,
        Evidential.STATED,
        Evidential.REPORTED,
    ]


def test_unowned_talk_in_the_frame_is_alleged_when_no_cue_was_marked() -> None:
    text = (
        "Kurzzeitig war die Rede, dass zwei Täter beteiligt waren. "
        "Seit Jahren gab es Hinweise, dass Geld verschwand. "
        "Der Bericht erschien im Mai. So heißt es, die Behörde habe geschwiegen."
    )
    article = analysed(
        text,
        [
            quote(text, "dass zwei Täter beteiligt waren", None),
            quote(text, "dass Geld verschwand", None),
            quote(text, "die Behörde habe geschwiegen", None),
        ],
    )
    statuses = [q.evidential for q in article.quotes]
    assert statuses == [Evidential.ALLEGED, Evidential.ALLEGED, Evidential.STATED]


def test_a_condition_can_open_with_its_verb() -> None:
    text = (
        "Der Bürgermeister forderte alle zum Rückzug auf. Kämen sie dem nicht nach, so "
        "drohten ihnen Strafen."
    )
    message = "Kämen sie dem nicht nach, so drohten ihnen Strafen."
    article = analysed(
        text, [quote(text, message, "Der Bürgermeister", None, kind=QuoteType.FREE_INDIRECT)]
    )
    assert article.quotes[0].evidential is Evidential.CONDITIONAL


def test_a_verb_in_second_place_is_no_condition_and_a_nested_quote_keeps_its_own_mood() -> None:
    text = (
        "Die Vereinten Nationen teilten mit, es gebe Tote. Demnach hätten sich die Menschen "
        "in eine Kirche geflüchtet. Außerdem hätte der Sender ihm „die Gelegenheit gegeben“, "
        "sagte Suttner."
    )
    outer = quote(text, "hätte der Sender ihm „die Gelegenheit gegeben“", "Suttner", "sagte")
    inner = quote(text, "„die Gelegenheit gegeben“", "Suttner", "sagte", kind=QuoteType.DIRECT)
    inner.nested_in = "q2"
    article = analysed(
        text,
        [
            quote(text, "hätten sich die Menschen in eine Kirche geflüchtet", None, "Demnach"),
            outer,
            inner,
        ],
    )
    statuses = [q.evidential for q in article.quotes]
    assert statuses == [Evidential.REPORTED, Evidential.CONDITIONAL, Evidential.STATED]


def test_hearsay_sollen_relayed_reports_nouns_and_anaphoric_allegations() -> None:
    text = (
        "Lokale Medien berichteten, dass in dessen Verlauf Matratzen angezündet worden sein "
        "sollen. Der Abgeordnete soll Aktien gekauft haben. Das berichtete das Portal Politico. "
        "Nach Angaben der Behörde soll eine Entscheidung bis zum Herbst fallen. Die Richterin "
        "ermahnte alle, die Würde der Zeugen zu achten. Laut Presseberichten ist er 24 Jahre "
        "alt; demnach wäre er damals 16 gewesen."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "dass in dessen Verlauf Matratzen angezündet worden sein sollen",
                "Lokale Medien",
                "berichteten",
            ),
            quote(text, "Das", "das Portal Politico", "berichtete", kind=QuoteType.REPORTED),
            quote(
                text, "soll eine Entscheidung bis zum Herbst fallen", "der Behörde", "Nach Angaben"
            ),
            quote(text, "die Würde der Zeugen zu achten", "Die Richterin", "ermahnte"),
            quote(text, "ist er 24 Jahre alt", "Presseberichten", "Laut"),
            quote(text, "wäre er damals 16 gewesen", None, "demnach"),
        ],
    )
    assert [q.evidential for q in article.quotes] == [
        Evidential.ALLEGED,
        Evidential.ALLEGED,
        Evidential.REPORTED,
        Evidential.STATED,
        Evidential.ALLEGED,
        Evidential.ALLEGED,
    ]


def test_a_date_with_an_ordinal_does_not_hide_the_hearsay_perfect() -> None:
    text = (
        "Die Staatsanwaltschaft erhob Anklage gegen einen 49-Jährigen. Er soll am 11. Dezember "
        "1981 eine Schülerin getötet haben, wie eine Sprecherin mitteilte."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "Er soll am 11. Dezember 1981 eine Schülerin getötet haben",
                "eine Sprecherin",
                "mitteilte",
            )
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.ALLEGED]


def test_unnamed_media_are_alleged_and_hiess_es_darin_is_the_documents_author() -> None:
    text = (
        "Türkische Medien berichteten, Ankara erwäge eine Mauer. Die Fluggesellschaft Skyvale wies "
        "die Vorwürfe in "
        "einer Erklärung zurück. Die Sicherheit habe Priorität, hieß es darin."
    )
    article = analysed(
        text,
        [
            quote(text, "Ankara erwäge eine Mauer", "Türkische Medien", "berichteten"),
            quote(text, "Die Sicherheit habe Priorität", None, "hieß"),
        ],
    )
    assert article.quotes[0].evidential is Evidential.ALLEGED
    assert article.quotes[1].evidential is Evidential.STATED
    assert chain_names(article, article.quotes[1].id) == ["Skyvale"]


def test_what_a_source_found_out_is_alleged_only_in_a_wie_frame() -> None:
    text = (
        "Wie der Kurier aus Regierungskreisen erfuhr, plant das Land neue Schulden. "
        "Im Prozess erfuhr man, dass der Zeuge gelogen hatte."
    )
    article = analysed(
        text,
        [
            quote(text, "plant das Land neue Schulden", "der Kurier", "erfuhr"),
            quote(text, "dass der Zeuge gelogen hatte", None, "erfuhr", occurrence=2),
        ],
    )
    assert article.quotes[0].evidential is Evidential.ALLEGED
    assert article.quotes[1].evidential is Evidential.STATED


def test_a_condition_after_the_cue_comma_and_hedging_circles() -> None:
    text = (
        "Die Politikerin Imogen Tallis sagte, sollte sich der Bericht bestätigen, müsse er "
        "zurücktreten. Branchenkreisen zufolge sollen erste Hersteller Pausen erwägen. "
        "Pflugbeil vergleicht die Lage mit der DDR, wo es als unpatriotisch galt, wenn ein Kind "
        "sich weigerte."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "sollte sich der Bericht bestätigen, müsse er zurücktreten",
                "Imogen Tallis",
                "sagte",
            ),
            quote(text, "sollen erste Hersteller Pausen erwägen", "Branchenkreisen", "zufolge"),
            quote(
                text,
                "wo es als unpatriotisch galt, wenn ein Kind sich weigerte",
                "Pflugbeil",
                "vergleicht",
            ),
        ],
    )
    assert [q.evidential for q in article.quotes] == [
        Evidential.CONDITIONAL,
        Evidential.ALLEGED,
        Evidential.STATED,
    ]


def test_a_continuation_with_its_own_hearsay_is_alleged() -> None:
    text = (
        "Die Polizei spricht von weniger Auseinandersetzungen. In Yvelines seien Busse zerstört "
        "worden. Im Département Seine-Saint-Denis sollen drei Lagerhallen abgebrannt sein."
    )
    continuation = QuoteType.FREE_INDIRECT
    article = analysed(
        text,
        [
            quote(text, "von weniger Auseinandersetzungen", "Die Polizei", "spricht"),
            quote(
                text, "In Yvelines seien Busse zerstört worden.", "Die Polizei", kind=continuation
            ),
            quote(
                text,
                "Im Département Seine-Saint-Denis sollen drei Lagerhallen abgebrannt sein.",
                "Die Polizei",
                kind=continuation,
            ),
        ],
    )
    assert [q.evidential for q in article.quotes][1:] == [Evidential.STATED, Evidential.ALLEGED]


def test_a_continuation_opened_by_an_allegation_word_is_alleged() -> None:
    text = (
        "Die Opposition wirft ihm vor, er habe Aufträge vergeben. Angeblich soll es um Millionen "
        "gehen."
    )
    continuation = QuoteType.FREE_INDIRECT
    article = analysed(
        text,
        [
            quote(text, "er habe Aufträge vergeben", "Die Opposition", "wirft"),
            quote(text, "Angeblich soll es um Millionen gehen.", None, kind=continuation),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.STATED, Evidential.ALLEGED]


def test_an_outlet_quoting_someone_is_the_outer_link_and_makes_it_reported() -> None:
    text = (
        "Der Schiedsrichter sprach von Bestechung. „Das war der Normalfall“, zitiert die "
        "Nachrichtenagentur Reuters Kevin Lynch."
    )
    message = "„Das war der Normalfall“"
    person = quote(text, message, "Kevin Lynch", kind=QuoteType.DIRECT)
    outlet = quote(text, message, "Nachrichtenagentur Reuters", "zitiert", kind=QuoteType.DIRECT)
    # The dataset marks the two items of one message as nested in each other.
    person.nested_in, outlet.nested_in = "q2", "q1"
    article = analysed(text, [person, outlet])
    assert chain_names(article, "q1") == ["Reuters", "Kevin Lynch"]
    assert chain_names(article, "q2") == ["Reuters"]
    assert [q.evidential for q in article.quotes] == [Evidential.REPORTED, Evidential.REPORTED]


def test_talking_to_the_credited_outlet_gives_one_link() -> None:
    metadata = Metadata(
        site_name="Globus24",
        credits=[Credit("The Guardian", CreditKind.SOURCE, Span(0, 3))],
    )
    text = "Frau Chiamaka Okonkwo sagte dem Guardian, sie habe das Manuskript eingereicht."
    article = analysed(
        text,
        [quote(text, "sie habe das Manuskript eingereicht", "Frau Chiamaka Okonkwo", "sagte")],
        metadata,
    )
    assert chain_names(article, "q1") == ["Globus24", "The Guardian", "Chiamaka Okonkwo"]


def test_the_outlet_the_outer_speaker_talked_to_reaches_nested_and_roleless_quotes() -> None:
    metadata = Metadata(credits=[Credit("PA Media", CreditKind.AGENCY, Span(0, 3))])
    text = (
        "Herr Marcus Delaney sagte dem Sender ESPN, der Arzt Tom Reed habe ihm erzählt, der "
        "Trainer habe Druck gemacht. „Ich hatte Kopfschmerzen.“ Ein früherer Schichtleiter "
        "sagte der Nachrichtenagentur PA, die Werte seien gefälscht worden."
    )
    doctor = quote(text, "der Trainer habe Druck gemacht", "der Arzt Tom Reed", "erzählt")
    outer = quote(
        text,
        "der Arzt Tom Reed habe ihm erzählt, der Trainer habe Druck gemacht",
        "Herr Marcus Delaney",
        "sagte",
    )
    doctor.nested_in = "q1"
    article = analysed(
        text,
        [
            outer,
            doctor,
            quote(text, "„Ich hatte Kopfschmerzen.“", None, kind=QuoteType.DIRECT),
            quote(
                text,
                "die Werte seien gefälscht worden",
                "Ein früherer Schichtleiter",
                "sagte",
                occurrence=2,
            ),
        ],
        metadata,
    )
    assert chain_names(article, "q2") == ["PA Media", "ESPN", "Marcus Delaney", "Tom Reed"]
    assert chain_names(article, "q3") == ["PA Media", "ESPN", "Marcus Delaney"]
    assert chain_names(article, "q4")[:1] == ["PA Media"]
    assert len(chain_names(article, "q4")) == 2


def test_a_later_reference_to_the_interview_keeps_its_outlet() -> None:
    text = (
        "Verteidigungsminister Franz Jung nannte in einem Interview mit dem Deutschlandfunk vier "
        "Bedingungen. Im gleichen Interview sagte der Minister, Europa habe ein Interesse am Kongo."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "vier Bedingungen",
                "Verteidigungsminister Franz Jung",
                kind=QuoteType.REPORTED,
            ),
            quote(text, "Europa habe ein Interesse am Kongo", "der Minister", "sagte"),
        ],
    )
    assert chain_names(article, "q1") == ["Deutschlandfunk", "Franz Jung"]
    assert chain_names(article, "q2") == ["Deutschlandfunk", "Franz Jung"]


def test_a_newspaper_named_by_place_and_title_speaks_and_is_told() -> None:
    text = (
        "Während die Bangkok Post von 100.000 Demonstranten sprach, blieb es ruhig. Die "
        "Bürgermeisterin Isabell Fetzer war zufrieden. Gegenüber den Stuttgarter Nachrichten "
        "erklärte sie, man stehe hinter dem Angebot."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "von 100.000 Demonstranten",
                "die Bangkok Post",
                "sprach",
                kind=QuoteType.REPORTED,
            ),
            quote(text, "man stehe hinter dem Angebot", "sie", "erklärte"),
        ],
    )
    assert chain_names(article, "q1") == ["Bangkok Post"]
    assert chain_names(article, "q2") == ["Stuttgarter Nachrichten", "Isabell Fetzer"]


def test_it_is_said_to_be_and_unnamed_voices_are_alleged() -> None:
    text = (
        "Das Wasser wird abgelassen. Es soll sich um zehn Millionen Liter handeln. Innerhalb der "
        "Partei melden sich kritische Stimmen zu Wort, die von Verrat sprechen."
    )
    article = analysed(
        text,
        [
            quote(text, "Es soll sich um zehn Millionen Liter handeln", None),
            quote(text, "von Verrat", "kritische Stimmen", "sprechen"),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.ALLEGED, Evidential.ALLEGED]


def test_denials_by_idiom_and_what_is_said_of_someone() -> None:
    text = (
        "Die Zeitung meldete Entlassungen. Die Chefin sprach von einer Zeitungsente, die Zahlen "
        "stimmten nicht. Dem Orden wird nachgesagt, Extremisten nahe zu stehen. Die Firma hat "
        "abgestritten, dass es Mängel gebe."
    )
    article = analysed(
        text,
        [
            quote(text, "die Zahlen stimmten nicht", "Die Chefin", "sprach"),
            quote(text, "Extremisten nahe zu stehen", None, "wird nachgesagt"),
            quote(text, "dass es Mängel gebe", "Die Firma", "hat abgestritten"),
        ],
    )
    assert [q.evidential for q in article.quotes] == [
        Evidential.DENIED,
        Evidential.ALLEGED,
        Evidential.DENIED,
    ]


def test_a_noun_of_speech_relays_nothing_and_a_speaker_named_anew_is_not_a_continuation() -> None:
    text = (
        "Nach Ansicht des Anwalts Karl Huber ist das Gesetz falsch. Der Anwalt kritisierte "
        "es scharf: Das Gesetz beschränke den Handel. Nach Ansicht von Minister Ernst Lang ist "
        "mit der Empfehlung von Huber keine Entscheidung gefallen."
    )
    quotes = [
        quote(text, "ist das Gesetz falsch", "Ansicht des Anwalts Karl Huber", "Nach"),
        quote(text, "Das Gesetz beschränke den Handel", "Der Anwalt", kind=QuoteType.FREE_INDIRECT),
        quote(
            text,
            "ist mit der Empfehlung von Huber keine Entscheidung gefallen",
            "Ansicht von Minister Ernst Lang",
            "Nach",
            occurrence=2,
        ),
    ]
    article = analysed(text, quotes)
    assert [q.evidential for q in article.quotes] == [
        Evidential.REPORTED,
        Evidential.STATED,
        Evidential.REPORTED,
    ]
    assert [chain_names(article, q.id) for q in article.quotes] == [
        ["Karl Huber"],
        ["Karl Huber"],
        ["Ernst Lang"],
    ]


def test_a_statement_credited_with_so_to_a_document_is_reported() -> None:
    text = (
        "Der Junge lebt in Den Haag, so eine Information des Bundeskriminalamtes. Die Lage sei "
        "schwierig, so Frank Olmes, Leiter der Abteilung Information."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "Der Junge lebt in Den Haag",
                "eine Information des Bundeskriminalamtes",
                "so",
            ),
            quote(
                text,
                "Die Lage sei schwierig",
                "Frank Olmes, Leiter der Abteilung Information",
                "so",
                occurrence=2,
            ),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.REPORTED, Evidential.STATED]


def test_a_named_sources_continuation_after_its_hearsay_sentence_is_reported() -> None:
    text = (
        "Durch den Sturm soll laut der Agentur Tanjug auch das Stromnetz beschädigt worden "
        "sein. In drei Tagen hätten Techniker den Schaden behoben. Nach Angaben einer Quelle "
        "soll der Damm gebrochen sein. Dort seien Häuser überflutet worden."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "auch das Stromnetz beschädigt worden sein",
                "der Agentur Tanjug",
                None,
                kind=QuoteType.INDIRECT,
            ),
            quote(
                text,
                "In drei Tagen hätten Techniker den Schaden behoben",
                "der Agentur Tanjug",
                None,
                kind=QuoteType.INDIRECT_FREE_INDIRECT,
            ),
            quote(text, "soll der Damm gebrochen sein", "Angaben einer Quelle", "Nach"),
            quote(
                text,
                "Dort seien Häuser überflutet worden",
                "Angaben einer Quelle",
                None,
                kind=QuoteType.INDIRECT_FREE_INDIRECT,
            ),
        ],
    )
    assert [q.evidential for q in article.quotes] == [
        Evidential.ALLEGED,
        Evidential.REPORTED,
        Evidential.ALLEGED,
        Evidential.ALLEGED,
    ]


def test_an_accusation_nobody_makes_is_alleged() -> None:
    text = (
        "Der Anführer der Bande wurde festgenommen. Er wird unter anderem beschuldigt, eine "
        "Entführung geplant zu haben. Ihm wird auch vorgeworfen, Geld gewaschen zu haben."
    )
    article = analysed(
        text,
        [
            quote(text, "eine Entführung geplant zu haben", None, "wird"),
            quote(text, "Geld gewaschen zu haben", None, "wird", occurrence=2),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.ALLEGED, Evidential.ALLEGED]


def test_an_outlet_named_after_its_kind_noun_is_the_one_told() -> None:
    text = (
        "Die Proteste gingen weiter. Amir Haddad sagte gegenüber der Nachrichtenagentur dpa: "
        "„Wir kehren nicht zurück.“"
    )
    article = analysed(text, [quote(text, "Wir kehren nicht zurück.", "Amir Haddad", "sagte")])
    assert chain_names(article, article.quotes[0].id) == ["dpa", "Amir Haddad"]


def test_an_outlets_factual_account_is_reported_its_judgement_stated() -> None:
    text = (
        "Die Proteste weiteten sich aus. Die Nachrichtenagentur Tanjug bestätigte, in Novi Sad "
        "seien Studenten in den Streik getreten. Die Agentur bezeichnete die Lage als ernst."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "in Novi Sad seien Studenten in den Streik getreten",
                "Die Nachrichtenagentur Tanjug",
                "bestätigte",
            ),
            quote(text, "die Lage als ernst", "Die Agentur", "bezeichnete"),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.REPORTED, Evidential.STATED]


def test_wonach_danach_and_hervorgehen_relay_a_report() -> None:
    text = (
        "Es gibt eine Schätzung des Verbands, wonach der Schaden gering sei. Der Verband legte "
        "eine Studie vor. Danach seien 30 Betriebe betroffen. Dies geht aus einer Mitteilung "
        "der Kammer hervor."
    )
    article = analysed(
        text,
        [
            quote(text, "der Schaden gering sei", None, "wonach"),
            quote(text, "seien 30 Betriebe betroffen", None, "Danach"),
            quote(text, "Dies", "einer Mitteilung der Kammer", "geht"),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.REPORTED] * 3


def test_a_singular_konjunktiv_ii_of_a_strong_verb_is_hypothetical() -> None:
    text = (
        "Die Gutachter prüften die Krone. Die Experten kamen zu dem Ergebnis, dass es keine "
        "Beweise dafür gäbe. Der Anwalt sagte, ein Flug käme einer Folter gleich."
    )
    article = analysed(
        text,
        [
            quote(
                text, "dass es keine Beweise dafür gäbe", "Die Experten", "kamen zu dem Ergebnis"
            ),
            quote(text, "ein Flug käme einer Folter gleich", "Der Anwalt", "sagte"),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.CONDITIONAL] * 2


def test_media_nobody_names_are_alleged_also_after_laut() -> None:
    text = (
        "Ein Bus explodierte. Laut israelischen Medien gab es zehn Tote. In den Medien war von "
        "einem Anschlag die Rede."
    )
    article = analysed(text, [quote(text, "gab es zehn Tote", "israelischen Medien", "Laut")])
    assert article.quotes[0].evidential is Evidential.ALLEGED


def test_newspapers_and_stations_nobody_names_are_alleged() -> None:
    text = (
        "Der Arzt schwieg. Zeitungen berichteten, es sei gegen ihn ermittelt worden. "
        "Wie die lokalen Fernsehsender berichteten, sind zwei Polizisten gestorben. "
        "Der Sender Radio Nord berichtete, die Straße sei gesperrt."
    )
    article = analysed(
        text,
        [
            quote(text, "es sei gegen ihn ermittelt worden", "Zeitungen", "berichteten"),
            quote(
                text,
                "sind zwei Polizisten gestorben",
                "die lokalen Fernsehsender",
                "berichteten",
                occurrence=2,
            ),
            quote(text, "die Straße sei gesperrt", "Der Sender Radio Nord", "berichtete"),
        ],
    )
    statuses = [q.evidential for q in article.quotes]
    assert statuses == [Evidential.ALLEGED, Evidential.ALLEGED, Evidential.REPORTED]


def test_a_report_by_nobody_is_alleged() -> None:
    text = "Gestern war berichtet worden, dass die beiden Politiker streiten. Heute ist es still."
    article = analysed(
        text, [quote(text, "dass die beiden Politiker streiten", None, "war berichtet worden")]
    )
    assert article.quotes[0].evidential is Evidential.ALLEGED


def test_soll_with_a_state_is_hearsay() -> None:
    text = (
        "Der Manager wurde verhaftet. Laut „Morgenpost“ soll er sich in der Anstalt Moabit "
        "befinden. Die Brücke soll im Mai fertig werden."
    )
    article = analysed(
        text,
        [
            quote(text, "soll er sich in der Anstalt Moabit befinden", "„Morgenpost“", "Laut"),
            quote(text, "Die Brücke soll im Mai fertig werden", None, None),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.ALLEGED, Evidential.STATED]


@pytest.mark.parametrize(
    ("message", "status"),
    [
        ("soll der Verlag erwägen, die Auslieferung zu stoppen", Evidential.ALLEGED),
        (
            "soll der Mann in einem Café in der Nähe der Hauptstadt auf der Insel Java nach "
            "einem Hinweis aus der Bevölkerung bei einer Razzia der Polizei entdeckt worden sein",
            Evidential.ALLEGED,
        ),
        ("soll die Auslieferung im Mai gestoppt werden", Evidential.REPORTED),
    ],
)
def test_soll_with_a_process_of_mind_or_a_late_perfect_is_hearsay(
    message: str, status: Evidential
) -> None:
    text = f"Laut dem Branchendienst {message}."
    article = analysed(text, [quote(text, message, "dem Branchendienst", "Laut")])
    assert article.quotes[0].evidential is status


@pytest.mark.parametrize(
    ("frame", "cue", "status"),
    [
        ("Im April wurde dann bekannt", "wurde dann bekannt", Evidential.REPORTED),
        # the tagger may mark only the auxiliary as the cue
        ("Zuvor war schon bekannt geworden", "war", Evidential.REPORTED),
        ("Im April wurde dann bekannt gegeben", "wurde", Evidential.STATED),
    ],
)
def test_news_that_became_known_is_reported(frame: str, cue: str, status: Evidential) -> None:
    text = f"Im Januar trat er zurück. {frame}, dass er schwer erkrankt war."
    article = analysed(text, [quote(text, "dass er schwer erkrankt war", None, cue)])
    assert article.quotes[0].evidential is status


def test_a_relay_passes_on_only_what_comes_after_it() -> None:
    text = (
        "Laut Anna Keller bleibt die Schule offen. Der Rat tagte. Die Eltern warteten. Es "
        "regnete. Der Bus kam spät. Die Kinder spielten. Später sagte Bürgermeister Max Lang, Keller "
        "habe ihm gesagt, es gebe Geld."
    )
    article = analysed(
        text,
        [
            quote(text, "bleibt die Schule offen", "Anna Keller", "Laut"),
            quote(text, "Keller habe ihm gesagt, es gebe Geld", "Bürgermeister Max Lang", "sagte"),
        ],
    )
    assert chain_names(article, article.quotes[0].id) == ["Anna Keller"]


def test_a_source_that_claims_to_know_is_alleged_a_question_is_not() -> None:
    text = (
        "Der Minister schweigt. Der Sender will aber wissen, dass er zurücktreten werde. "
        "„Wo ist mein Geld?“, wollen die Sparer wissen."
    )
    article = analysed(
        text,
        [
            quote(text, "dass er zurücktreten werde", "Der Sender", "will"),
            quote(text, "„Wo ist mein Geld?“", "die Sparer", "wollen", kind=QuoteType.DIRECT),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.ALLEGED, Evidential.STATED]


def test_an_outlet_citing_unnamed_sources_relays_an_allegation() -> None:
    text = (
        "Die Regierung ist zurückgetreten. Unter Berufung auf nicht genannte Quellen gab die "
        "Lagos Post an, dem Richter sei das Amt angeboten worden."
    )
    article = analysed(
        text, [quote(text, "dem Richter sei das Amt angeboten worden", "die Lagos Post", "gab")]
    )
    assert article.quotes[0].evidential is Evidential.ALLEGED


def test_a_named_speakers_presumption_is_stated_an_unsourced_one_alleged() -> None:
    text = (
        "Die Ursache ist unklar. Die Forscher vermuten, dass ein Sturm schuld ist. In einem "
        "Bericht des Senders wurde vermutet, dass niemand überlebt hat. Es wird vermutet, dass "
        "der Brand gelegt wurde."
    )
    article = analysed(
        text,
        [
            quote(text, "dass ein Sturm schuld ist", "Die Forscher", "vermuten"),
            quote(text, "dass niemand überlebt hat", "einem Bericht des Senders", "wurde vermutet"),
            quote(text, "dass der Brand gelegt wurde", None, "wird vermutet"),
        ],
    )
    assert [q.evidential for q in article.quotes] == [
        Evidential.STATED,
        Evidential.ALLEGED,
        Evidential.ALLEGED,
    ]


def test_the_outlet_citing_a_source_sits_between_page_and_source() -> None:
    metadata = Metadata(site_name="Globus24")
    text = (
        "Die Bank will Aktien kaufen, berichtete die Nachrichtenagentur Bloomberg am Montag "
        "unter Berufung auf Insider."
    )
    article = analysed(
        text, [quote(text, "Die Bank will Aktien kaufen", "Insider", "berichtete")], metadata
    )
    assert chain_names(article, "q1") == ["Globus24", "Bloomberg", "Insider"]


def test_an_indirect_sentence_without_roles_keeps_the_status_of_the_quotation_before() -> None:
    text = (
        "Laut Polizeisprecher Jan Vogt wurde niemand verletzt. "
        "Die Feuerwehr sei schnell vor Ort gewesen."
    )
    article = analysed(
        text,
        [
            quote(text, "wurde niemand verletzt", "Polizeisprecher Jan Vogt", "Laut"),
            quote(text, "Die Feuerwehr sei schnell vor Ort gewesen.", None),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.REPORTED, Evidential.REPORTED]


def test_a_source_the_frame_or_the_statement_names_makes_it_reported() -> None:
    text = (
        "Die Staatsanwaltschaft gab das Ergebnis bekannt. Demnach hat der Mann allein gehandelt. "
        "Nach Einschätzung der Ermittler war das Feuer gelegt. "
        "Ein Sprecher sagte, nach Erkenntnissen der Polizei habe niemand überlebt. "
        "Eine Sprecherin sagte, seiner Meinung nach sei das falsch."
    )
    article = analysed(
        text,
        [
            quote(text, "hat der Mann allein gehandelt", "Demnach"),
            quote(text, "war das Feuer gelegt", "der Ermittler"),
            quote(
                text,
                "nach Erkenntnissen der Polizei habe niemand überlebt",
                "Ein Sprecher",
                "sagte",
            ),
            quote(
                text, "seiner Meinung nach sei das falsch", "Eine Sprecherin", "sagte", occurrence=2
            ),
        ],
    )
    statuses = [q.evidential for q in article.quotes]
    assert statuses == [
        Evidential.REPORTED,
        Evidential.REPORTED,
        Evidential.REPORTED,
        Evidential.STATED,  # an opinion inside the statement is no source of it
    ]


def test_an_accusation_in_the_passive_is_alleged_whoever_the_tagger_marked() -> None:
    text = "Die beiden Männer werden beschuldigt, den Brand gelegt zu haben."
    article = analysed(
        text,
        [quote(text, "den Brand gelegt zu haben", "Die beiden Männer", "werden beschuldigt")],
    )
    assert article.quotes[0].evidential is Evidential.ALLEGED


def test_a_sollte_clause_after_a_comma_is_a_condition_unless_a_relative_clause_ends_there() -> None:
    text = (
        "Die Anwältin kündigte an, eine Klage einzureichen, sollte die Firma nicht zahlen. "
        "Der Sprecher sagte, alle Mitglieder, die das wollen, sollten abstimmen."
    )
    article = analysed(
        text,
        [
            quote(text, "eine Klage einzureichen, sollte die Firma nicht zahlen", "Die Anwältin"),
            quote(text, "alle Mitglieder, die das wollen, sollten abstimmen", "Der Sprecher"),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.CONDITIONAL, Evidential.STATED]


def test_a_denial_in_the_frame_counts_when_no_cue_was_marked() -> None:
    text = "Herr Haines bestritt später, mit dem Richter gesprochen zu haben."
    article = analysed(text, [quote(text, "mit dem Richter gesprochen zu haben", None)])
    assert article.quotes[0].evidential is Evidential.DENIED


def test_circles_credited_with_zufolge_are_an_unnamed_hedged_source() -> None:
    text = "Konzernkreisen zufolge hatte es zwischen den beiden Managern Streit gegeben."
    article = analysed(
        text,
        [
            quote(
                text,
                "hatte es zwischen den beiden Managern Streit gegeben",
                "Konzernkreisen",
                "zufolge",
            )
        ],
    )
    assert article.quotes[0].evidential is Evidential.ALLEGED


@pytest.mark.parametrize(
    ("source", "cue", "status"),
    [
        ("Einer Quelle", "zufolge", Evidential.ALLEGED),
        ("inoffiziellen Angaben", "Nach", Evidential.ALLEGED),
        ("Angaben informierter Kreise", "Nach", Evidential.ALLEGED),
        ("offiziellen Angaben", "Nach", Evidential.REPORTED),
    ],
)
def test_a_source_that_is_only_a_source_or_hedged_is_alleged(
    source: str, cue: str, status: Evidential
) -> None:
    phrase = f"{cue} {source}" if cue == "Nach" else f"{source} {cue}"
    text = f"{phrase} betrug das Lösegeld drei Millionen Dollar."
    message = "betrug das Lösegeld drei Millionen Dollar"
    article = analysed(text, [quote(text, message, source, cue)])
    assert article.quotes[0].evidential is status


def test_a_particle_nach_in_a_verb_cue_reports_nothing() -> None:
    # "nachlegen" and "sprechen … nach der Abstimmung": no source phrase "nach Angaben"
    text = (
        "Die Ministerin legte am Montag nach: Der Plan sei „ein Fehler“, schrieb sie. "
        "Nach Angaben der Polizei blieb es ruhig."
    )
    article = analysed(
        text,
        [
            quote(text, "Der Plan sei „ein Fehler“", "Die Ministerin", "legte am Montag nach"),
            quote(text, "blieb es ruhig", "Angaben der Polizei", "Nach Angaben"),
        ],
    )
    statuses = [q.evidential for q in article.quotes]
    assert statuses == [Evidential.STATED, Evidential.REPORTED]


def test_an_outlet_link_takes_the_medium_named_in_the_frame() -> None:
    text = (
        "In einem Gastbeitrag für die Zeitung Nordkurier widersprach der Ökonom Marcel Fratzscher: "
        "„Die Bundesbank ist zu pessimistisch.“ Im Interview mit dem Sender Radio Nord sagte "
        "Joachim Nagel, die Inflation sinke."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "„Die Bundesbank ist zu pessimistisch.“",
                "der Ökonom Marcel Fratzscher",
                "widersprach",
                kind=QuoteType.DIRECT,
            ),
            quote(text, "die Inflation sinke", "Joachim Nagel", "sagte"),
        ],
    )
    media = [[link.medium for link in chain.links] for chain in article.chains]
    assert media[0][0] == "guest article"
    assert media[1][0] == "interview"


def test_a_document_source_gives_its_medium_and_the_dpa_told_is_a_link() -> None:
    text = (
        "Laut einer Mitteilung des Verkehrsministeriums wurde der Aufsichtsrat informiert. "
        "Verbandssprecher Karl-Peter Naumann sagte der Deutschen Presse-Agentur, die Bahn "
        "verprelle ihre Kunden."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "wurde der Aufsichtsrat informiert",
                "einer Mitteilung des Verkehrsministeriums",
                "Laut",
            ),
            quote(
                text,
                "die Bahn verprelle ihre Kunden",
                "Verbandssprecher Karl-Peter Naumann",
                "sagte",
            ),
        ],
    )
    assert [link.medium for link in article.chains[0].links] == ["statement"]
    assert chain_names(article, "q2") == ["dpa", "Karl-Peter Naumann"]


def test_a_statement_emerging_from_a_document_is_reported_an_emphasis_is_stated() -> None:
    text = (
        "Die Vorsitzende Eva Horn hob hervor, der Schutz sei wichtig. "
        "Aus dem Bericht geht hervor, dass die Lage ernst sei."
    )
    article = analysed(
        text,
        [
            quote(text, "der Schutz sei wichtig", "Die Vorsitzende Eva Horn", "hob hervor"),
            quote(text, "dass die Lage ernst sei", "dem Bericht", "geht hervor"),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.STATED, Evidential.REPORTED]


def test_a_quotation_sharing_the_speaker_span_without_a_cue_keeps_the_told_outlet() -> None:
    text = (
        "„Das ist erfunden“, sagte Herr Kling gegenüber Sky News. „Ich habe nichts zu verbergen.“"
    )
    first = quote(text, "„Das ist erfunden“", "Herr Kling", "sagte", kind=QuoteType.DIRECT)
    second = quote(text, "„Ich habe nichts zu verbergen.“", "Herr Kling", kind=QuoteType.DIRECT)
    article = analysed(text, [first, second])
    assert chain_names(article, "q1") == ["Sky News", "Kling"]
    assert chain_names(article, "q2") == ["Sky News", "Kling"]


def test_the_outlet_told_comes_from_the_shared_outlet_list_and_the_addressee_span() -> None:
    text = (
        "„Es gab keinen Streit“, sagte Herr Brooks gegenüber CNBC. „Das Risiko ist zu hoch“, "
        "sagte die Chefin von Sunward, Frau Ada Reyes, in einem Interview mit dem Sender Fox "
        "Business."
    )
    first = quote(text, "„Es gab keinen Streit“", "Herr Brooks", "sagte", kind=QuoteType.DIRECT)
    second = quote(
        text,
        "„Das Risiko ist zu hoch“",
        "die Chefin von Sunward, Frau Ada Reyes",
        "sagte",
        kind=QuoteType.DIRECT,
        occurrence=2,
    )
    second.addressee = span_of(text, "dem Sender Fox Business")
    article = analysed(text, [first, second])
    assert chain_names(article, "q1") == ["CNBC", "Brooks"]
    assert chain_names(article, "q2") == ["Fox Business", "Ada Reyes"]


def test_a_denial_in_the_infinitive_is_a_denial() -> None:
    text = "Herr Hale ließ die Vorwürfe über seinen Anwalt zurückweisen."
    article = analysed(text, [quote(text, text.rstrip("."), "Herr Hale", kind=QuoteType.REPORTED)])
    assert article.quotes[0].evidential is Evidential.DENIED


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue", "status"),
    [
        (
            "Nach Informationen aus Bankenkreisen plant die Firma einen Verkauf.",
            "Bankenkreisen",
            "Nach Informationen",
            Evidential.ALLEGED,
        ),
        (
            "Wie die Zeitung unter Berufung auf mit dem Vorgang vertraute Personen berichtet, plant "
            "die Firma einen Verkauf.",
            "die Zeitung",
            "berichtet",
            Evidential.ALLEGED,
        ),
        (
            "Wie Vertraute der Familie berichten, plant die Firma einen Verkauf.",
            "Vertraute der Familie",
            "berichten",
            Evidential.REPORTED,
        ),
    ],
)
def test_circles_and_people_familiar_with_it_are_unnamed_sources(
    sentence: str, speaker: str, cue: str, status: Evidential
) -> None:
    article = analysed(sentence, [quote(sentence, "plant die Firma einen Verkauf", speaker, cue)])
    assert article.quotes[0].evidential is status


def test_weist_von_sich_is_a_denial() -> None:
    text = "Der Bürgermeister weist die Vorwürfe entschieden von sich."
    message = "die Vorwürfe"
    article = analysed(
        text, [quote(text, message, "Der Bürgermeister", "weist", kind=QuoteType.REPORTED)]
    )
    assert article.quotes[0].evidential is Evidential.DENIED


def test_a_separable_denial_verb_keeps_its_particle_across_a_comma_clause() -> None:
    text = "Frau Kern wies den Vorwurf, zu spät reagiert zu haben, zurück. Sie wies darauf hin."
    message = "den Vorwurf, zu spät reagiert zu haben"
    article = analysed(text, [quote(text, message, "Frau Kern", "wies", kind=QuoteType.REPORTED)])
    assert article.quotes[0].evidential is Evidential.DENIED


@pytest.mark.parametrize(
    ("frame", "speaker", "status"),
    [
        ("Inzwischen wird dem Geschäftsführer vorgeworfen", "dem Geschäftsführer", "alleged"),
        ("Von Seiten der Liga wird dem Geschäftsführer vorgeworfen", "der Liga", "stated"),
    ],
)
def test_a_passive_accusation_with_no_accuser_is_alleged(
    frame: str, speaker: str, status: str
) -> None:
    text = f"{frame}, er habe seine Anhänger nicht im Griff."
    article = analysed(
        text, [quote(text, "er habe seine Anhänger nicht im Griff", speaker, "wird")]
    )
    assert article.quotes[0].evidential is Evidential(status)


def test_words_that_call_the_claim_untrue_deny_it_even_in_direct_speech() -> None:
    text = (
        "Die Zeitung berichtete über Absprachen. „Das ist frei erfunden“, sagte die Chefin. "
        "Der Sprecher nannte die Berichte „aus der Luft gegriffen“. „Wir wachsen“, sagte er."
    )
    article = analysed(
        text,
        [
            quote(text, "„Das ist frei erfunden“", "die Chefin", "sagte", kind=QuoteType.DIRECT),
            quote(
                text, "„aus der Luft gegriffen“", "Der Sprecher", "nannte", kind=QuoteType.DIRECT
            ),
            quote(text, "„Wir wachsen“", "er", "sagte", kind=QuoteType.DIRECT),
        ],
    )
    assert [q.evidential for q in article.quotes] == [
        Evidential.DENIED,
        Evidential.DENIED,
        Evidential.STATED,
    ]


def test_the_one_an_outlet_quotes_speaks_and_the_outlet_relays() -> None:
    text = "Die Frankfurter Rundschau zitierte den Minister Jan Kurz mit den Worten: „Wir bleiben.“"
    article = analysed(
        text,
        [
            quote(
                text,
                "„Wir bleiben.“",
                "den Minister Jan Kurz",
                "mit den Worten",
                kind=QuoteType.DIRECT,
            )
        ],
    )
    assert chain_names(article, "q1") == ["Frankfurter Rundschau", "Jan Kurz"]


def test_a_hedge_qualifying_a_noun_phrase_does_not_hedge_the_statement() -> None:
    text = (
        "Der Verteidiger Jonas Elberfeld widersprach. Viele der angeblich nicht ausgeführten "
        "Arbeiten seien erledigt worden."
    )
    message = "Viele der angeblich nicht ausgeführten Arbeiten seien erledigt worden."
    continued = quote(
        text, message, "Der Verteidiger Jonas Elberfeld", kind=QuoteType.INDIRECT_FREE_INDIRECT
    )
    article = analysed(text, [continued])
    assert article.quotes[0].evidential is Evidential.STATED


def test_a_source_cited_with_a_numeral_before_it_is_relayed_by_the_citing_outlet() -> None:
    text = (
        "Die Washington Post hatte unter Berufung auf zwei Geheimdienstmitarbeiter berichtet, "
        "dass Soldaten verlegt worden seien."
    )
    article = analysed(
        text,
        [quote(text, "dass Soldaten verlegt worden seien", "Geheimdienstmitarbeiter", "berichtet")],
    )
    assert chain_names(article, "q1") == ["Washington Post", "Geheimdienstmitarbeiter"]
    (chain,) = article.chains
    assert chain.links[0].medium == "report"  # it reported, it was not interviewed


def test_circles_cited_by_an_outlet_are_unnamed_and_the_outlet_carries_the_report() -> None:
    text = (
        "Wie das Manager Magazin unter Berufung auf Unternehmenskreise berichtet, erwägt der "
        "Konzern den Verkauf seiner Cloud-Sparte."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "erwägt der Konzern den Verkauf seiner Cloud-Sparte",
                "Unternehmenskreise",
                "berichtet",
            )
        ],
    )
    assert article.quotes[0].evidential is Evidential.ALLEGED
    assert chain_names(article, "q1") == ["Manager Magazin"]


def test_a_reporter_speaks_through_the_outlet_named_after_the_reporter() -> None:
    text = (
        "Ein Reporter des Fernsehsenders n-tv sagte, jedes Jahr würden 600 Autos zerstört. "
        "Ein Sprecher des Senders Sky News sagte, man prüfe den Fall. "
        "Ein Mitarbeiter der Firma Nordwind sagte, man sei überrascht."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "jedes Jahr würden 600 Autos zerstört",
                "Ein Reporter des Fernsehsenders n-tv",
                "sagte",
            ),
            quote(text, "man prüfe den Fall", "Ein Sprecher des Senders Sky News", "sagte"),
            quote(text, "man sei überrascht", "Ein Mitarbeiter der Firma Nordwind", "sagte"),
        ],
    )
    assert chain_names(article, "q1") == ["n-tv", "Reporter des Fernsehsenders n-tv"]
    assert chain_names(article, "q2") == ["Sky News"]  # a spokesperson is the outlet's voice
    assert chain_names(article, "q3")[0] != "Nordwind"


def test_present_tense_reports_are_reported() -> None:
    text = (
        "Mehrere Anwohner berichten, seit Wochen streife ein Wolf durch den Ort. "
        "Die Wetterbehörde meldet, der Sturm ziehe nach Norden."
    )
    article = analysed(
        text,
        [
            quote(
                text, "seit Wochen streife ein Wolf durch den Ort", "Mehrere Anwohner", "berichten"
            ),
            quote(text, "der Sturm ziehe nach Norden", "Die Wetterbehörde", "meldet"),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.REPORTED] * 2


def test_a_suspect_named_mutmasslich_does_not_hedge_what_he_says() -> None:
    text = "Der mutmaßliche Täter sagte, er sei unschuldig. Mutmaßlich soll er Geld genommen haben."
    article = analysed(
        text,
        [
            quote(text, "er sei unschuldig", "Der mutmaßliche Täter", "sagte"),
            quote(text, "Mutmaßlich soll er Geld genommen haben.", None),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.STATED, Evidential.ALLEGED]


def test_a_continuation_with_no_speaker_keeps_the_status_of_an_act_without_one() -> None:
    text = (
        "Dem Bürgermeister wird vorgeworfen, Aufträge an Freunde vergeben zu haben. Er habe "
        "dafür Geld bekommen."
    )
    article = analysed(
        text,
        [
            quote(text, "Aufträge an Freunde vergeben zu haben", None, "wird vorgeworfen"),
            quote(
                text, "Er habe dafür Geld bekommen.", None, kind=QuoteType.INDIRECT_FREE_INDIRECT
            ),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.ALLEGED, Evidential.ALLEGED]


def test_a_source_relaying_a_speech_act_comes_before_its_speaker() -> None:
    text = (
        "Die Schule bleibt zu. Laut dem Radiosender Welle Nord sagte die Rektorin Jana Wirth, "
        "dass der Unterricht erst im Mai wieder beginnen könne."
    )
    article = quotes.run(sentences.run(Article(text=text), OPTIONS), OPTIONS)
    article = chains.run(speakers.run(article, OPTIONS), OPTIONS)
    (inner,) = [q for q in article.quotes if q.nested_in is not None]
    assert chain_names(article, inner.id) == ["Welle Nord", "Jana Wirth"]


def test_the_adjective_laut_does_not_make_a_report() -> None:
    text = (
        "Die Kritik, die vor der Abstimmung laut geworden war, mündete in die Andeutung, dass "
        "einige Gruppen mit ausländischen Geldgebern zusammenarbeiteten."
    )
    article = analysed(text, [quote(text, "dass einige Gruppen", None)])
    assert article.quotes[0].evidential is Evidential.STATED


def test_a_view_credited_with_fuer_is_reported() -> None:
    text = (
        "Täglich kommen neue Fälle hinzu. Für die Ärztin Anna Roth ist die Lage in Hamburg "
        "„sehr ernst“."
    )
    article = quotes.run(sentences.run(Article(text=text), OPTIONS), OPTIONS)
    article = chains.run(speakers.run(article, OPTIONS), OPTIONS)
    (serious,) = article.quotes
    assert chain_names(article, serious.id) == ["Anna Roth"]
    assert serious.evidential is Evidential.REPORTED


def test_fuer_before_someone_other_than_the_speaker_credits_nothing() -> None:
    text = (
        "Für die Stadtwerke bedauerte der Verband kommunaler Unternehmen, dass die Regierung "
        "sich auf die Seite der Konzerne gestellt habe. "
        "Für die Sängerin, so schrieb diese in einer Stellungnahme, sei es eine Ehre."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "dass die Regierung sich auf die Seite der Konzerne gestellt habe",
                "der Verband kommunaler Unternehmen",
                "bedauerte",
            ),
            quote(text, "sei es eine Ehre", "diese", "schrieb"),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.STATED, Evidential.STATED]


def test_a_possessive_sein_after_soll_is_no_hearsay() -> None:
    text = (
        "Nach Angaben der Polizei soll der Mann so bald wie möglich in sein Heimatland "
        "abgeschoben werden. Laut der Polizei soll der Mann in sein altes Haus eingebrochen sein."
    )
    article = analysed(
        text,
        [
            quote(
                text,
                "soll der Mann so bald wie möglich in sein Heimatland abgeschoben werden",
                "der Polizei",
                "Nach",
            ),
            quote(
                text, "soll der Mann in sein altes Haus eingebrochen sein", "der Polizei", "Laut"
            ),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.REPORTED, Evidential.ALLEGED]


def test_a_condition_of_the_frame_verb_leaves_the_statement_unconditional() -> None:
    text = (
        "Die Ärztin warnte vor einer Hungersnot, wenn die Hilfe nicht weitergehe: „Das Land "
        "steht unter Wasser.“ "
        "Nach dem Abschluss des Falls sagte der Richter: „Mehr kommt nicht nach.“ "
        "Falls das Gericht anders entscheide, werde man in Revision gehen, sagte der Anwalt. "
        "Erlaubt sei das nur, wenn ein „erhebliches öffentliches Interesse“ bestehe, sagte sie."
    )
    article = analysed(
        text,
        [
            quote(text, "„Das Land steht unter Wasser.“", "Die Ärztin", "warnte"),
            quote(text, "„Mehr kommt nicht nach.“", "der Richter", "sagte"),
            quote(text, "werde man in Revision gehen", "der Anwalt", "sagte"),
            quote(text, "„erhebliches öffentliches Interesse“", "sie", "sagte"),
        ],
    )
    assert [q.evidential for q in article.quotes] == [
        Evidential.STATED,
        Evidential.STATED,  # "des Falls" is a noun
        Evidential.CONDITIONAL,
        Evidential.CONDITIONAL,  # the quoted words stand inside the condition
    ]


def test_a_statement_made_citing_a_source_is_reported() -> None:
    text = (
        "Unter Berufung auf die Behörden teilte die Organisation mit, bei dem Sturm seien "
        "40 Menschen gestorben."
    )
    article = analysed(
        text,
        [quote(text, "bei dem Sturm seien 40 Menschen gestorben", "die Organisation", "teilte")],
    )
    assert article.quotes[0].evidential is Evidential.REPORTED


def test_a_verb_particle_cue_is_no_source_preposition() -> None:
    text = (
        "Der Stadtrat Gunther Rosskopf legte am Sonntag nach: „Das ist eine Provokation.“ "
        "Die Intendantin Eva Lorenz sprach von Zensur. Ihrer Ansicht nach „ist das ein Angriff“."
    )
    article = analysed(
        text,
        [
            quote(text, "„Das ist eine Provokation.“", "Der Stadtrat Gunther Rosskopf", "nach"),
            quote(text, "„ist das ein Angriff“", "Ihrer", "Ansicht nach"),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.STATED, Evidential.REPORTED]


def test_reports_in_the_plural_are_hearsay_unless_they_are_a_named_speakers() -> None:
    text = (
        "Laut Berichten der litauischen Presse ist der Fahrer geflohen. "
        "Berichten mehrerer US-Medien zufolge wurde der Vertrag bereits unterschrieben. "
        "Nach Berichten des Verkehrsministeriums bleibt die Brücke gesperrt."
    )
    article = analysed(
        text,
        [
            quote(text, "ist der Fahrer geflohen", "Berichten der litauischen Presse", "Laut"),
            quote(
                text,
                "wurde der Vertrag bereits unterschrieben",
                "Berichten mehrerer US-Medien",
                "zufolge",
            ),
            quote(text, "bleibt die Brücke gesperrt", "Berichten des Verkehrsministeriums", "Nach"),
        ],
    )
    assert [q.evidential for q in article.quotes] == [
        Evidential.ALLEGED,
        Evidential.ALLEGED,
        Evidential.REPORTED,
    ]


def test_rumours_a_clause_follows_are_hearsay_but_not_when_someone_else_speaks() -> None:
    text = (
        "Es gibt Gerüchte, nach denen der Sänger schwer erkrankt sei. "
        "Nach Gerüchten über eine Festnahme teilte sein Sprecher Olaf Brink mit: "
        "„Er kommt morgen zurück.“"
    )
    article = analysed(
        text,
        [
            quote(text, "der Sänger schwer erkrankt sei", "Gerüchte", "nach denen"),
            quote(text, "„Er kommt morgen zurück.“", "sein Sprecher Olaf Brink", "teilte"),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.ALLEGED, Evidential.STATED]


def test_eyewitness_reports_name_their_kind_of_source() -> None:
    text = (
        "Augenzeugenberichten zufolge rannten Menschen auf die Straße. "
        "Medienberichten zufolge stürzte ein Haus ein."
    )
    article = analysed(
        text,
        [
            quote(text, "rannten Menschen auf die Straße", "Augenzeugenberichten", "zufolge"),
            quote(text, "stürzte ein Haus ein", "Medienberichten", "zufolge", occurrence=2),
        ],
    )
    assert [q.evidential for q in article.quotes] == [Evidential.REPORTED, Evidential.ALLEGED]


@pytest.mark.parametrize(
    "clause",
    [
        "He is alleged to have stolen two cars",
        "The two men were accused of fraud",
        "The board is said to have discussed the closure",
    ],
)
def test_an_english_allegation_inside_the_message_is_alleged(clause: str) -> None:
    text = f"{clause}, officials said."
    article = analysed(
        text,
        [quote(text, clause, "officials", "said")],
        options=Options(language="en"),
    )
    assert article.quotes[0].evidential is Evidential.ALLEGED
