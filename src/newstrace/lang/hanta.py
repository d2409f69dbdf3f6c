"""HanTa's German morphology, one word at a time.

HanTa ships its German model inside the package (offline). A word analysed alone takes a tenth
of a millisecond and is cached; tagging whole sentences in context costs milliseconds per
sentence, so callers analyse single words and keep the context checks themselves.
"""

from __future__ import annotations

from functools import cache, lru_cache

from HanTa import HanoverTagger

__all__ = ["analyse", "nominal"]

#: Words whose analysis is remembered (a corpus repeats its words).
_CACHE_SIZE = 50_000
#: STTS tags of words that can head a subject: nouns, names, nominalised adjectives, personal,
#: demonstrative and indefinite pronouns ("Kritiker", "Moskau", "Angehörige", "Er", "Beide").
_NOMINAL_TAGS = frozenset({"NN", "NE", "NNA", "PPER", "PDS", "PIS"})


@cache
def _tagger() -> HanoverTagger.HanoverTagger:
    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


@lru_cache(maxsize=_CACHE_SIZE)
def analyse(word: str) -> tuple[str, str]:
    """Lemma and STTS tag of a German word out of context."""
    lemma, tag = _tagger().analyze(word, taglevel=1)
    return str(lemma), str(tag)


def nominal(word: str) -> bool:
    """Whether ``word`` alone reads as a noun, a name or a pronoun ("Dagegen", "Heute": no)."""
    return analyse(word)[1] in _NOMINAL_TAGS
