"""Speech, thought and writing cue words of a language pack: verbs (by stem, with their medium),
separable particles, nouns, reported-speech markers and Konjunktiv forms.

Used by the quotation stage to find cues and by the chains stage to read media of relays.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from newstrace.lang import load_lines, optional_lines

__all__ = ["IMPERSONAL_REPORT_VERBS", "Lexicon", "lexicon"]

#: Forms of "heißen" that report only beside an impersonal "es" ("hieß es", "wie es … heißt";
#: "Er heißt Peter" reports nothing).
IMPERSONAL_REPORT_VERBS = frozenset({"heißt", "hieß", "hiess"})

#: Words whose medium lookup is remembered before the memory is emptied.
_MEDIUM_CACHE_SIZE = 50_000


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Cue words of one language, loaded from the data files of its language pack."""

    verb_stems: dict[str, str]  # stem -> medium code
    particles: frozenset[str]
    nouns: frozenset[str]
    markers: frozenset[str]
    konjunktiv: frozenset[str]
    reporting_stems: dict[str, frozenset[str]] = field(default_factory=dict)  # stem -> particles
    citing: tuple[tuple[str, ...], ...] = ()  # "unter Berufung auf", word by word
    documents: tuple[str, ...] = ()  # endings of nouns that name papers, not people
    medium_cache: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def verb_medium(self, word: str) -> str | None:
        """Medium of the speech verb ``word`` is a form of, if any (``word`` in lower case)."""
        if word in self.medium_cache:  # asked for every token of every article
            return self.medium_cache[word]
        found = self._verb_medium(word)
        if len(self.medium_cache) >= _MEDIUM_CACHE_SIZE:  # bounded: memory stays flat
            self.medium_cache.clear()
        self.medium_cache[word] = found
        return found

    def reports(self, word: str, clause_last: str) -> bool:
        """Whether ``word`` is a speech-act verb whose clause is reported speech by itself;
        ``clause_last`` is the clause's last word, where a separable particle stands ("wies …
        zurück"); a particle there that the verb does not take makes it another verb."""
        for candidate in self._verb_candidates(word):
            for length in range(min(len(candidate), 14), 2, -1):
                particles = self.reporting_stems.get(candidate[:length], frozenset())
                if any(
                    word.startswith(particle) or clause_last == particle for particle in particles
                ):
                    return True
                if "-" in particles and clause_last not in self.particles:
                    return True
        return False

    def _verb_medium(self, word: str) -> str | None:
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
        reporting_stems=_reporting_stems(language),
        citing=tuple(
            tuple(line.split()) for line in optional_lines(language, "citing_phrases.txt")
        ),
        documents=optional_lines(language, "document_nouns.txt"),
    )


def _reporting_stems(language: str) -> dict[str, frozenset[str]]:
    stems: dict[str, set[str]] = {}
    for line in optional_lines(language, "reporting_verbs.tsv"):
        _lemma, stem_list, particle = line.split("\t")
        for stem in stem_list.split(","):
            stems.setdefault(stem.strip().lower(), set()).add(particle.strip())
    return {stem: frozenset(particles) for stem, particles in stems.items()}
