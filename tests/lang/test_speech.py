"""The speech-act verbs of the German language pack."""

from __future__ import annotations

import pytest

from newstrace.lang.speech import derived_adjective, lexicon


@pytest.mark.parametrize(
    ("verb", "clause"),
    [
        ("wies", "die vorwürfe zurück"),
        ("zurückgewiesen", "zurückgewiesen"),
        ("kündigte", "eine klage an"),
        ("dementiert", "dementiert"),
        ("forderte", "ein neues gutachten"),
        ("sprach", "von einem erfolg"),  # "sprechen" reports only with "von"
        ("nannte", "die entscheidung einen fehler"),
        ("wies", "auf die kosten hin"),
        ("berichteten", "über erste landnahmen"),
        ("begründete", "sein verhalten mit dem druck"),
    ],
)
def test_speech_acts_report(verb: str, clause: str) -> None:
    assert lexicon("de").reports(verb, clause.split())


@pytest.mark.parametrize(
    ("verb", "clause"),
    [
        ("kündigte", "neue wellen"),  # "ankündigen" without its particle
        ("forderte", "sie an"),  # another verb's particle closes the clause
        ("sagte", "am montag"),  # plain saying reports nothing alone
        ("sprach", "mit journalisten"),  # "sprechen" without "von"
        ("wies", "den weg"),  # "weisen" without a particle
        ("berichtete", "am montag ausführlich"),  # "berichten" only with "über"/"von"
        ("begründete", "seine entscheidung"),  # "begründen" only with "mit"
    ],
)
def test_other_verbs_do_not_report(verb: str, clause: str) -> None:
    assert not lexicon("de").reports(verb, clause.split())


def test_english_has_no_speech_act_list() -> None:
    assert not lexicon("en").reports("denied", ["claims"])


@pytest.mark.parametrize(
    ("word", "later", "medium"),
    [
        ("sagte", [], "S"),
        ("teilte", ["am", "montag", "mit"], "SW"),  # "teilte … mit": mitteilen
        ("mitgeteilt", [], "SW"),  # particle attached
        ("angegeben", [], "S"),
        ("bekanntgab", [], "SW"),  # a three-letter stem after its particle
        ("gab", ["an"], "S"),
        ("gab", ["er", "zu", "bedenken"], "S"),  # "gab er zu bedenken"
        ("wies", ["die", "vorwürfe", "zurück"], "S"),
        ("vorgeworfen", [], "S"),  # participle stems with a new vowel
        ("gesprochen", [], "S"),
        ("ausgegangen", [], "ST"),
        ("anvertraut", [], "S"),
        ("vertraute", ["ihm", "an"], "S"),
        ("schilderte", [], "SW"),
    ],
)
def test_speech_verbs_with_their_particles(word: str, later: list[str], medium: str) -> None:
    assert lexicon("de").verb_medium(word, later) == medium


@pytest.mark.parametrize(
    ("word", "later"),
    [
        ("führe", ["mitten", "durch", "das", "land"]),  # führen, not ausführen
        ("gibt", ["keinen", "grund"]),  # "es gibt", not angeben
        ("teilte", ["das", "zimmer"]),
        ("aufgab", []),  # another verb's particle is attached
    ],
)
def test_bare_separable_forms_without_their_particle_are_other_verbs(
    word: str, later: list[str]
) -> None:
    assert lexicon("de").verb_medium(word, later) is None


def test_without_context_any_form_counts() -> None:
    assert lexicon("de").verb_medium("teilte") == "SW"


@pytest.mark.parametrize(
    ("word", "derived"),
    [("angeblich", True), ("fraglichen", True), ("erklärbar", True), ("angegeben", False)],
)
def test_adjectives_derived_from_speech_verbs_are_told_apart(word: str, derived: bool) -> None:
    assert derived_adjective(word) is derived
