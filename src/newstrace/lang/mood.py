"""Grammatical mood of finite verbs: whether a German word is a Konjunktiv I.

Konjunktiv I is the mood of reported speech ("verbringe", "werde", "schließe … aus"): a finite
verb whose form is its infinitive minus the final "n". HanTa's analysis of the word alone
(``lang.hanta``) gives lemma and STTS tag, which tells such verbs from look-alikes in -e
("große", "lange", "diese"); the caller keeps the context checks. The first
person singular indicative looks the same ("ich habe"), so callers skip sentences with "ich".
Other languages have no Konjunktiv here.
"""

from __future__ import annotations

from newstrace.lang.hanta import analyse
from newstrace.lang.speech import lexicon

__all__ = ["konjunktiv_one", "konjunktiv_two", "modal_konjunktiv_two", "reported_speech_form"]

_FINITE_TAGS = frozenset({"VV(FIN)", "VA(FIN)", "VM(FIN)"})
#: Konjunktiv I of "sein", which does not follow the infinitive-minus-n rule.
_SEIN_FORMS = frozenset({"sei", "seien", "seiest"})


def konjunktiv_one(word: str, language: str) -> bool:
    """Whether lower-case ``word`` is a finite verb in Konjunktiv I (third person)."""
    if language != "de" or not word.islower():
        return False
    if word in _SEIN_FORMS:
        return True
    if not word.endswith("e"):
        return False
    lemma, tag = analyse(word)
    if tag not in _FINITE_TAGS:
        return False
    if lemma.endswith(("eln", "ern")):  # "handeln": "handele" or "handle", not "handelt"
        return word in (lemma[:-1] + "e", lemma[:-3] + lemma[-2] + "e")
    return lemma.endswith("en") and word == lemma[:-1]


_UMLAUTS = {"ä": "a", "ö": "o", "ü": "u"}


def konjunktiv_two(word: str, language: str) -> bool:
    """Whether lower-case ``word`` is a Konjunktiv II that no indicative shares: a strong full
    verb's past stem with an umlaut the infinitive lacks, ending in -e or -en ("gälten",
    "trügen", "käme"). Reported speech uses it where Konjunktiv I would read as indicative
    ("sie gelten" → "sie gälten"). "hätte", "wäre", "würde" are left out: they also tell
    hypotheses in the page's own voice. Without an umlaut, a strong past stem with -e ("bliebe",
    "ginge", "hieße"): the indicative past has no -e in the singular."""
    if language != "de" or not word.islower() or not word.endswith(("e", "en")):
        return False
    umlaut = next((char for char in word if char in _UMLAUTS), None)
    if umlaut is None:
        return _strong_past_with_e(word)
    lemma, tag = analyse(word)
    return tag == "VV(FIN)" and umlaut not in lemma.lower()


def _strong_past_with_e(word: str) -> bool:
    """ "bliebe": "blieb" is a past form of the same verb and not its present stem ("finde",
    "sage" are present); weak pasts ("machte") end in -te and stay out."""
    if not word.endswith("e") or word.endswith("te"):
        return False
    lemma, tag = analyse(word)
    if tag != "VV(FIN)" or not lemma.endswith("n"):
        return False
    stem = word[:-1]
    present = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    return stem != present and analyse(stem) == (lemma, "VV(FIN)")


def modal_konjunktiv_two(word: str, language: str) -> bool:
    """Whether lower-case ``word`` is a modal's Konjunktiv II ("könnten", "müsste", "dürften"):
    its umlaut sets it apart from the past ("konnten"). The page's own speculation uses it
    too ("Sollte …, könnte …"), so callers take it only after a frame ("X verwies auf die
    Zinsen: Investoren könnten …"), never alone. "möchte" is today's polite present."""
    if language != "de" or not word.islower() or not word.endswith(("te", "ten")):
        return False
    if word.startswith("möcht") or not any(char in _UMLAUTS for char in word):
        return False
    return analyse(word)[1] == "VM(FIN)"


def reported_speech_form(word: str, language: str) -> bool:
    """Whether ``word`` is a verb form of reported speech: a Konjunktiv I or one of the
    language's frequent reported-speech forms ("hätte", "wäre"; English "would")."""
    return word.islower() and (
        word in lexicon(language).konjunktiv or konjunktiv_one(word, language)
    )
