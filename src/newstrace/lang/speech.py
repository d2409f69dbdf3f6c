"""Speech, thought and writing cue words of a language pack: verbs (by stem, with their medium),
separable particles, nouns, reported-speech markers and Konjunktiv forms.

Used by the quotation stage to find cues and by the chains stage to read media of relays.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newstrace.lang import load_lines

__all__ = ["Lexicon", "lexicon"]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Cue words of one language, loaded from the data files of its language pack."""

    verb_stems: dict[str, str]  # stem -> medium code
    particles: frozenset[str]
    nouns: frozenset[str]
    markers: frozenset[str]
    konjunktiv: frozenset[str]

    def verb_medium(self, word: str) -> str | None:
        """Medium of the speech verb ``word`` is a form of, if any (``word`` in lower case)."""
        for candidate in self._verb_candidates(word):
            for length in range(min(len(candidate), 14), 2, -1):
                medium = self.verb_stems.get(candidate[:length])
                if medium is not None:
                    return medium
        return None

    def _verb_candidates(self, word: str) -> list[str]:
        candidates = [word]
        for particle in self.particles:
            if word.startswith(particle) and len(word) > len(particle) + 3:
                candidates.append(word[len(particle) :])
        for candidate in list(candidates):
            if candidate.startswith("ge") and len(candidate) > 5:
                candidates.append(candidate[2:])
        return candidates


@cache
def lexicon(language: str) -> Lexicon:
    stems: dict[str, str] = {}
    for line in load_lines(language, "speech_verbs.tsv"):
        columns = line.split("\t")
        for stem in columns[2].split(","):
            stems.setdefault(stem.strip().lower(), columns[1])
    return Lexicon(
        verb_stems=stems,
        particles=frozenset(load_lines(language, "cue_particles.txt")),
        nouns=frozenset(load_lines(language, "speech_nouns.txt")),
        markers=frozenset(load_lines(language, "reported_markers.txt")),
        konjunktiv=frozenset(load_lines(language, "konjunktiv_forms.txt")),
    )
