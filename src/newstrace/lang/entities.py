"""Word lists for speakers and attribution: roles, pronouns, honorifics, institutions, media.

Everything language-specific comes from the data files of a language pack (``lang/<code>/``);
a pack that lacks a file simply contributes nothing. The helpers here only look words up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from newstrace.lang import optional_lines, shared_lines

__all__ = [
    "DATIVE_DETERMINERS",
    "NOMINATIVE_DETERMINERS",
    "PASSIVE_AUXILIARIES",
    "PREPOSITIONS",
    "EntityWords",
    "Institution",
    "Pronoun",
    "RoleNoun",
    "adjective_laut",
    "ends_in_any",
    "entity_words",
]

#: Determiners that open a noun phrase in the nominative (or an ambiguous case).
NOMINATIVE_DETERMINERS = frozenset("der die das ein eine dieser diese the a an this that".split())
#: Determiners that mark a dative or genitive noun phrase (never a subject).
DATIVE_DETERMINERS = frozenset("dem den des einem einen einer eines diesem diesen".split())
#: Forms of "werden" that make a participle passive ("wurde berichtet").
PASSIVE_AUXILIARIES = frozenset({"wurde", "wurden", "worden", "wird", "werden"})
#: Prepositions: a noun phrase right after one is no subject.
PREPOSITIONS = frozenset(
    "auf aus an am bei beim mit von vom vor zu zum zur für über gegenüber in im nach laut "
    "gegen ohne durch um unter seit wegen trotz während to of from with at by on in for about "
    "against".split()
)
#: Words after "laut" that make it the adjective ("laut geworden", "laut wurde", "zu laut,").
_AFTER_ADJECTIVE_LAUT = frozenset(
    "geworden werden wurde wurden wird war waren ist sind gewesen , ; : . ! ?".split()
)
#: Inflection endings stripped when a role noun is looked up ("Präsidenten", "Sprechers").
_ROLE_ENDINGS = ("en", "n", "s", "es", "nen")
#: A company noun this long ends compounds ("Stahlkonzern", "Chiphersteller"); "Bank" (4) would
#: take in "Datenbank".
_MIN_COMPANY_SUFFIX = 5
#: Words whose role lookup is remembered before the memory is emptied.
#: Shortest outlet noun that ends a compound ("Wochenzeitung" ends in "Zeitung").
_MIN_MEDIA_HEAD = 5
#: Letters a compound's first part has at least ("Ex" of "Exminister"); "Kinder" is no "Inder".
_MIN_COMPOUND_PREFIX = 2
_ROLE_CACHE_SIZE = 50_000
#: An outlet noun this long ends compounds ("Digitalmagazin", "Boulevardzeitung").
_MIN_MEDIA_SUFFIX = 6
#: An organisation noun this long ends compounds ("Landgericht", "Innenministerium").
_MIN_COMPOUND_HEAD = 4


@dataclass(frozen=True, slots=True)
class RoleNoun:
    """A role noun or epithet head with its semantic class and grammatical gender."""

    noun: str
    role_class: str
    gender: str | None


@dataclass(frozen=True, slots=True)
class Pronoun:
    form: str
    gender: str  # "m", "f", "n", "pl" or "f/pl"
    case: str  # "nom", "dat", "acc", "gen", "poss"


@dataclass(frozen=True, slots=True)
class Institution:
    """A named institution, place or outlet; ``words`` is its surface form split into tokens."""

    words: tuple[str, ...]
    canonical: str
    kind: str
    quoted: bool = False  # also a common word ("Zeit"): only in quotes or after "Zeitung"


@dataclass(frozen=True, slots=True)
class EntityWords:
    """The speaker word lists of one language."""

    language: str
    roles: dict[str, RoleNoun]  # lower-case noun -> role
    company_nouns: frozenset[str]
    company_suffixes: frozenset[str]  # lower case, at least _MIN_COMPANY_SUFFIX letters
    pronouns: dict[str, Pronoun]
    honorifics: dict[str, str | None]  # word -> gender
    org_suffixes: frozenset[str]
    org_compound_heads: frozenset[str]  # lower case: capitalised suffixes that end compounds
    kind_heads: dict[str, tuple[str, ...]]  # kind noun -> organisation nouns it stands for
    disjoint_roles: tuple[frozenset[str], ...]  # groups of role nouns no person shares
    institutions: dict[str, tuple[Institution, ...]]  # first word -> institutions, longest first
    evidential: tuple[tuple[tuple[str, ...], str], ...]  # (phrase tokens, status)
    evidential_words: dict[str, str]  # one-word entries ("msg:wenn") -> status
    media: tuple[tuple[str, str], ...]  # (lower-case prefix, medium)
    stopwords: frozenset[str]
    media_nouns: frozenset[str]
    media_suffixes: frozenset[str]  # lower case, long enough to end compounds ("magazin")
    media_kind_prefixes: tuple[str, ...]  # "lokal", "boulevard": "Lokalzeitung" is a kind
    source_nouns: frozenset[str]
    statement_nouns: frozenset[str]  # lower case: "Vorwürfe", "Begründung" name no speaker
    press_titles: frozenset[str]  # "Nachrichten", "Post": end a newspaper's name
    collective_nouns: frozenset[str]  # "Menschenmenge", "Belegschaft": a group speaks
    told_nouns: tuple[str, ...]  # lower-case endings: "sagte X der Zeitung" (who was told)
    media_staff: tuple[str, ...]  # lower-case endings: "ein Reporter der Zeitung" (its owner)
    family_first: frozenset[str]  # family names written first: "Ban" in "Ban Ki-moon"
    role_cache: dict[str, RoleNoun | None] = field(default_factory=dict, compare=False, repr=False)

    def role(self, word: str) -> RoleNoun | None:
        """The role noun ``word`` is (a compound or an inflected form of), if any."""
        if word in self.role_cache:  # asked for every token, several times
            return self.role_cache[word]
        found = self._role(word)
        if len(self.role_cache) >= _ROLE_CACHE_SIZE:  # bounded: memory stays flat on a corpus
            self.role_cache.clear()
        self.role_cache[word] = found
        return found

    def _role(self, word: str) -> RoleNoun | None:
        lower = word.lower()
        for candidate in (lower, *(lower[: -len(e)] for e in _ROLE_ENDINGS if lower.endswith(e))):
            found = self._role_suffix(candidate)
            if found is not None:
                return found
        return None

    def _role_suffix(self, lower: str) -> RoleNoun | None:
        # A compound ends in its head: "tech-milliardär", "außenminister", "tesla/spacex-ceo".
        for start in range(len(lower) - 2):
            if (
                start == 0
                or lower[start - 1] in "-/"
                or (len(lower) - start >= 4 and start >= _MIN_COMPOUND_PREFIX)
            ):
                found = self.roles.get(lower[start:])
                if found is not None:
                    return found
        return None

    def role_group(self, phrase: str) -> int | None:
        """Which group of ``disjoint_roles`` the phrase's role noun belongs to, if any."""
        for word in phrase.lower().split():
            for number, group in enumerate(self.disjoint_roles):
                if any(word.endswith(noun) for noun in group):
                    return number
        return None

    def company_noun(self, word: str) -> bool:
        """A noun for a company, also inflected or as a compound: "Konzerns", "Stahlkonzern",
        "Mobilfunkanbieter", "Softwareunternehmen"."""
        for stem in {word, *(word.removesuffix(end) for end in ("s", "es", "n", "en"))}:
            if stem in self.company_nouns:
                return True
            if stem[:1].isupper() and ends_in_any(stem, self.company_suffixes):
                return True
        return False

    def media_noun(self, word: str) -> bool:
        """ "Zeitung", "Lokalblatts", "Wochenzeitung": an outlet's kind, also inflected or
        compound."""
        for stem in (word, word.removesuffix("s"), word.removesuffix("es")):
            if stem in self.media_nouns or any(
                len(noun) >= _MIN_MEDIA_HEAD and stem.lower().endswith(noun.lower())
                for noun in self.media_nouns
            ):
                return True
        return False

    def medium(self, word: str) -> str | None:
        lower = word.lower()
        for prefix, medium in self.media:
            if lower.startswith(prefix):
                return medium
        return None


def ends_in_any(word: str, suffixes: frozenset[str]) -> bool:
    """Whether the lower-cased ``word`` ends in one of ``suffixes`` and is longer than it (a
    compound): one set lookup per position instead of a scan of the list."""
    lower = word.lower()
    return any(lower[start:] in suffixes for start in range(1, len(lower)))


def _columns(language: str, name: str) -> list[list[str]]:
    return [line.split("\t") for line in optional_lines(language, name)]


def _gender(code: str) -> str | None:
    return {"m": "male", "f": "female"}.get(code)


@cache
def entity_words(language: str) -> EntityWords:
    roles = {
        row[0].lower(): RoleNoun(row[0], row[1], _gender(row[2]))
        for row in _columns(language, "speaker_roles.tsv")
    }
    pronouns = {
        row[0]: Pronoun(row[0], row[1], row[2]) for row in _columns(language, "pronouns.tsv")
    }
    institutions: dict[str, list[Institution]] = {}
    listed = _columns(language, "institutions.tsv")
    own_names = {row[0] for row in listed}
    outlets = [line.split("\t") for line in shared_lines("outlets.tsv")]
    for row in listed + [[r[0], r[1], "media", *r[2:]] for r in outlets if r[0] not in own_names]:
        entry = Institution(tuple(row[0].split()), row[1], row[2], row[3:4] == ["quoted"])
        institutions.setdefault(entry.words[0], []).append(entry)
        first = entry.words[0]
        if len(entry.words) > 1 and first[:1].isupper() and first.endswith("e"):
            # "der Deutschen Bahn", "der Europäischen Union": the adjective inflected
            inflected = Institution((first + "n", *entry.words[1:]), entry.canonical, entry.kind)
            institutions.setdefault(inflected.words[0], []).append(inflected)
        if entry.kind == "media" and len(entry.words) == 1:
            # An outlet's website is the outlet: "Spiegel-Online", "Spiegel Online"
            for online in ((f"{entry.words[0]}-Online",), (entry.words[0], "Online")):
                site = Institution(online, entry.canonical, "media", False)
                institutions.setdefault(online[0], []).append(site)
    return EntityWords(
        language=language,
        company_nouns=frozenset(optional_lines(language, "company_nouns.txt")),
        company_suffixes=frozenset(
            noun.lower()
            for noun in optional_lines(language, "company_nouns.txt")
            if len(noun) >= _MIN_COMPANY_SUFFIX
        ),
        roles=roles,
        pronouns=pronouns,
        honorifics={row[0]: _gender(row[1]) for row in _columns(language, "honorifics.tsv")},
        org_suffixes=frozenset(optional_lines(language, "org_suffixes.txt")),
        kind_heads={row[0]: tuple(row[1].split()) for row in _columns(language, "kind_nouns.tsv")},
        disjoint_roles=tuple(
            frozenset(line.split()) for line in optional_lines(language, "disjoint_roles.tsv")
        ),
        org_compound_heads=frozenset(
            suffix.lower()
            for suffix in optional_lines(language, "org_suffixes.txt")
            if len(suffix) >= _MIN_COMPOUND_HEAD and suffix[:1].isupper()
        ),
        institutions={
            first: tuple(sorted(entries, key=lambda e: -len(e.words)))
            for first, entries in institutions.items()
        },
        evidential=tuple(
            (tuple(row[0].split()), row[1]) for row in _columns(language, "evidential_markers.tsv")
        ),
        evidential_words={
            row[0]: row[1]
            for row in _columns(language, "evidential_markers.tsv")
            if len(row[0].split()) == 1
        },
        media=tuple((row[0], row[1]) for row in _columns(language, "chain_media.tsv")),
        stopwords=frozenset(optional_lines(language, "name_stopwords.txt")),
        media_nouns=frozenset(optional_lines(language, "media_nouns.txt")),
        media_suffixes=frozenset(
            noun.lower()
            for noun in optional_lines(language, "media_nouns.txt")
            if len(noun) >= _MIN_MEDIA_SUFFIX
        ),
        media_kind_prefixes=optional_lines(language, "media_kind_prefixes.txt"),
        source_nouns=frozenset(optional_lines(language, "source_owner_nouns.txt")),
        statement_nouns=frozenset(optional_lines(language, "statement_nouns.txt")),
        press_titles=frozenset(optional_lines(language, "press_titles.txt")),
        collective_nouns=frozenset(optional_lines(language, "collective_nouns.txt")),
        told_nouns=tuple(
            noun.lower()
            for name in ("told_nouns.txt", "media_nouns.txt")
            for noun in optional_lines(language, name)
        ),
        media_staff=tuple(n.lower() for n in optional_lines(language, "media_staff_nouns.txt")),
        family_first=frozenset(optional_lines(language, "family_first_names.txt")),
    )


def adjective_laut(word: str, following: str) -> bool:
    """ "Kritik, die laut geworden war": "laut" before a verb form or a clause end is the
    adjective, no source ("laut Polizei"); both words in lower case."""
    return word == "laut" and following in _AFTER_ADJECTIVE_LAUT
