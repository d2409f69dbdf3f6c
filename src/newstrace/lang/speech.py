"""Speech, thought and writing cue words of a language pack: verbs (by stem, with their medium),
separable particles, nouns, reported-speech markers and Konjunktiv forms.

Used by the quotation stage to find cues and by the chains stage to read media of relays.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cache

from newstrace.lang import load_lines, optional_lines

__all__ = [
    "CLAUSE_ENDS",
    "IMPERSONAL_REPORT_VERBS",
    "SOLLEN_FORMS",
    "Lexicon",
    "derived_adjective",
    "lexicon",
]

#: Forms of "heißen" that report only beside an impersonal "es" ("hieß es", "wie es … heißt";
#: "Er heißt Peter" reports nothing).
IMPERSONAL_REPORT_VERBS = frozenset({"heißt", "hieß", "hiess"})

#: Finite forms of "sollen" that tell hearsay ("soll … haben") or a condition ("Sollte …").
SOLLEN_FORMS = frozenset({"soll", "sollen", "sollte", "sollten"})

#: Adjectives and adverbs derived from verbs ("angeblich", "erklärbar", "mitteilsam",
#: "sagenhaft", "berichtenswert"), inflected or not: they share a speech verb's stem.
_DERIVED_ADJECTIVE = re.compile(r"^\w+(?:lich|bar|sam|haft|wert|isch)(?:e|en|er|es|em)?$")

#: Words whose medium lookup is remembered before the memory is emptied.
_MEDIUM_CACHE_SIZE = 50_000
#: Tokens looked back from a verb of learning for the "wie" that opens its clause.
_WIE_CLAUSE_REACH = 16
#: Punctuation that ends a clause.
CLAUSE_ENDS = frozenset(",;:.!?")

#: A word's speech-verb medium when its form settles it, else the particles (with their media)
#: that make its bare separable form a speech verb.
_Forms = tuple[str | None, dict[str, str]]
#: A reporting verb's reading: its separable particle ("-": none) and the words one of which
#: its clause must hold (empty: none needed), "von" for "sprach von einem Erfolg".
_Reading = tuple[str, frozenset[str]]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Cue words of one language, loaded from the data files of its language pack."""

    verb_stems: dict[str, str]  # stem -> medium code, verbs without a separable particle
    particles: frozenset[str]
    #: separable particles of other verbs, which rule out a particle-less speech-act reading.
    verb_particles: frozenset[str]
    nouns: frozenset[str]
    markers: frozenset[str]
    konjunktiv: frozenset[str]
    #: stem -> readings (separable particle or "-", words one of which the clause must hold).
    reporting_stems: dict[str, tuple[_Reading, ...]] = field(default_factory=dict)
    citing: tuple[tuple[str, ...], ...] = ()  # "unter Berufung auf", word by word
    #: stems of "sich berufen/stützen auf" in a relative clause after a source
    relying: tuple[str, ...] = ()
    #: forms of verbs of learning that report only in a "wie" frame ("wie Reuters erfuhr")
    learned: frozenset[str] = frozenset()
    documents: tuple[str, ...] = ()  # endings of nouns that name papers, not people
    #: stem -> {particle: medium} of separable verbs ("teil" -> {"mit": …} for "mitteilen").
    separable_stems: dict[str, dict[str, str]] = field(default_factory=dict)
    medium_cache: dict[str, _Forms] = field(default_factory=dict, compare=False, repr=False)

    def verb_medium(self, word: str, later: Collection[str] | None = None) -> str | None:
        """Medium of the speech verb ``word`` is a form of, if any (``word`` in lower case).

        A separable verb's bare form counts only with its particle among ``later``, the words
        after it in its clause ("teilte … mit" reports, "teilte das Zimmer" does not; "gibt",
        "führt", "nimmt" alone are other verbs). Without ``later`` (context unknown) any form
        counts."""
        plain, separable = self._forms(word)
        if plain is not None or not separable:
            return plain
        if later is None:
            return next(iter(separable.values()))
        return next((separable[particle] for particle in later if particle in separable), None)

    def _forms(self, word: str) -> _Forms:
        if word in self.medium_cache:  # asked for every token of every article
            return self.medium_cache[word]
        found = self._read_forms(word)
        if len(self.medium_cache) >= _MEDIUM_CACHE_SIZE:  # bounded: memory stays flat
            self.medium_cache.clear()
        self.medium_cache[word] = found
        return found

    def found_out(self, lower: Sequence[str], index: int) -> bool:
        """Whether ``lower[index]`` is a verb of learning in a "wie" clause, which credits the
        source with what it found out ("Wie Reuters von Insidern erfuhr, …"); "Als er davon
        erfuhr, …" reports nothing."""
        if lower[index] not in self.learned:
            return False
        for before in range(index - 1, max(-1, index - _WIE_CLAUSE_REACH), -1):
            if lower[before] in CLAUSE_ENDS:
                return False
            if lower[before] == "wie":
                return True
        return False

    def reports(self, word: str, clause: Sequence[str]) -> bool:
        """Whether ``word`` is a speech-act verb whose clause is reported speech by itself;
        ``clause`` is the words after it in its clause (lower case). The last of them is where a
        separable particle stands ("wies … zurück"); a particle there that the verb does not
        take makes it another verb, and a verb read only with a governed word needs it there
        ("sprach von einem Erfolg", not "sprach mit Journalisten")."""
        last = clause[-1] if clause else ""
        for candidate, _ in self._verb_candidates(word):
            for length in range(min(len(candidate), 14), 2, -1):
                for particle, governed in self.reporting_stems.get(candidate[:length], ()):
                    if governed and governed.isdisjoint(clause):
                        continue
                    if particle == "-":
                        if last not in self.particles and last not in self.verb_particles:
                            return True
                    elif word.startswith(particle) or last == particle:
                        return True
                    elif last == word and len(clause) > 1 and clause[-2] == particle:
                        return True  # "hat seinen Rücktritt bekannt gegeben"
        return False

    def _read_forms(self, word: str) -> _Forms:
        """The medium of a plain or particle-attached speech verb form ("sagte",
        "mitgeteilt"), else the particles that would make the bare form one ("teilte")."""
        waiting: dict[str, str] = {}
        for candidate, particle in self._verb_candidates(word):
            for length in range(min(len(candidate), 14), 2, -1):
                stem = candidate[:length]
                medium = self.verb_stems.get(stem)
                if medium is not None:
                    return medium, {}
                by_particle = self.separable_stems.get(stem)
                if by_particle is not None:
                    if particle in by_particle:
                        return by_particle[particle], {}
                    if not particle:
                        waiting = waiting or by_particle
        return None, waiting

    def _verb_candidates(self, word: str) -> list[tuple[str, str]]:
        """The word, without each separable particle it starts with, and without "ge-";
        with the particle taken off ("" for none)."""
        candidates = [(word, "")]
        for particle in self.particles:
            if word.startswith(particle) and len(word) >= len(particle) + 3:  # bekannt|gab
                candidates.append((word[len(particle) :], particle))
        for candidate, particle in list(candidates):
            if candidate.startswith("ge") and len(candidate) > 5:
                candidates.append((candidate[2:], particle))
        return candidates


@cache
def lexicon(language: str) -> Lexicon:
    stems: dict[str, str] = {}
    separable: dict[str, dict[str, str]] = {}
    for line in load_lines(language, "speech_verbs.tsv"):
        _lemma, medium, stem_list, particle = line.split("\t")
        for stem in stem_list.split(","):
            if particle.strip() == "-":
                stems.setdefault(stem.strip().lower(), medium)
            else:
                separable.setdefault(stem.strip().lower(), {}).setdefault(particle.strip(), medium)
    return Lexicon(
        verb_stems=stems,
        separable_stems={stem: by for stem, by in separable.items() if stem not in stems},
        particles=frozenset(load_lines(language, "cue_particles.txt")),
        verb_particles=frozenset(optional_lines(language, "verb_particles.txt")),
        nouns=frozenset(load_lines(language, "speech_nouns.txt")),
        markers=frozenset(load_lines(language, "reported_markers.txt")),
        konjunktiv=frozenset(load_lines(language, "konjunktiv_forms.txt")),
        reporting_stems=_reporting_stems(language),
        citing=tuple(
            tuple(line.split()) for line in optional_lines(language, "citing_phrases.txt")
        ),
        documents=optional_lines(language, "document_nouns.txt"),
        relying=optional_lines(language, "relying_verbs.txt"),
        learned=frozenset(optional_lines(language, "learned_verbs.txt")),
    )


def _reporting_stems(language: str) -> dict[str, tuple[_Reading, ...]]:
    stems: dict[str, list[_Reading]] = {}
    for line in optional_lines(language, "reporting_verbs.tsv"):
        _lemma, stem_list, particle, *governed = line.split("\t")
        words = {word.strip() for column in governed for word in column.split(",")} - {"-"}
        reading = (particle.strip(), frozenset(words))
        for stem in stem_list.split(","):
            stems.setdefault(stem.strip().lower(), []).append(reading)
    return {stem: tuple(readings) for stem, readings in stems.items()}


def derived_adjective(word: str) -> bool:
    """Whether the lower-case ``word`` is an adjective or adverb derived from a verb
    ("angeblich", "fraglich"), which the speech-verb lexicon reads by its stem as a verb form.
    The quotation taggers were trained on that reading, so only the rules ask this."""
    return bool(_DERIVED_ADJECTIVE.match(word))
