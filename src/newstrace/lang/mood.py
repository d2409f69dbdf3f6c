"""Grammatical mood of finite verbs: whether a German word is a Konjunktiv I.

Konjunktiv I is the mood of reported speech ("verbringe", "werde", "schließe … aus"): a finite
verb whose form is its infinitive minus the final "n". HanTa's bundled German model (offline)
analyses a word into lemma and STTS tag, which tells such verbs from look-alikes in -e ("große",
"lange", "diese"). Words are analysed alone (a tenth of a millisecond, cached) rather than
tagged in context (milliseconds per sentence); the caller keeps the context checks. The first
person singular indicative looks the same ("ich habe"), so callers skip sentences with "ich".
Other languages have no Konjunktiv here.
"""

from __future__ import annotations

from functools import cache, lru_cache

from HanTa import HanoverTagger

__all__ = ["konjunktiv_one"]

_FINITE_TAGS = frozenset({"VV(FIN)", "VA(FIN)", "VM(FIN)"})
#: Konjunktiv I of "sein", which does not follow the infinitive-minus-n rule.
_SEIN_FORMS = frozenset({"sei", "seien", "seiest"})
#: Words whose analysis is remembered (a corpus repeats its verbs).
_CACHE_SIZE = 50_000


@cache
def _tagger() -> HanoverTagger.HanoverTagger:
    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


@lru_cache(maxsize=_CACHE_SIZE)
def konjunktiv_one(word: str, language: str) -> bool:
    """Whether lower-case ``word`` is a finite verb in Konjunktiv I (third person)."""
    if language != "de" or not word.islower():
        return False
    if word in _SEIN_FORMS:
        return True
    if not word.endswith("e"):
        return False
    lemma, tag = _tagger().analyze(word, taglevel=1)
    return tag in _FINITE_TAGS and lemma.endswith("en") and word == lemma[:-1]
