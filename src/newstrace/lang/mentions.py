"""Finding mentions of people, organisations, places and outlets in tokenised text.

A small name grammar over capitalised tokens: first name + surname ("Elon Musk"), honorific +
surname ("Herr Bremmer"), title + name ("Präsident Vlodomyr Selenskyj"), organisation names
ending in a suffix ("Eurasia Group"), listed institutions and outlets ("der Kreml", "Moskau"),
and role phrases ("der russische Präsident", "der CEO von Tesla", "der 51-Jährige"). Linear in
the number of tokens: every rule looks at a bounded window.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from newstrace.lang.entities import (
    DATIVE_DETERMINERS,
    NOMINATIVE_DETERMINERS,
    PREPOSITIONS,
    EntityWords,
    RoleNoun,
    ends_in_any,
)
from newstrace.lang.hanta import analyse
from newstrace.lang.names import JOINED_INITIALS, first_name_gender, is_first_name
from newstrace.lang.speech import lexicon

__all__ = [
    "ADJECTIVE",
    "ARTICLES",
    "INDEFINITE_ARTICLES",
    "Found",
    "TokenView",
    "apposition_at",
    "complement_organisation",
    "find_mentions",
    "looks_like_brand",
    "looks_like_name",
    "nominative_adjective",
    "nominative_plural",
    "organisation_head",
    "role_phrase_at",
]

_NAME_PART = re.compile(
    r"^(?:[A-Z]['’])?[A-ZÄÖÜ][a-zäöüßéèáàóòíìúùçñëïć'’]+(?:-[A-ZÄÖÜ][a-zäöüß'’]+)*$"
)
#: An all-capitals word inside an organisation's name ("PNE Wind AG", "BMW Group").
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,5}$")
_PARTICLES = frozenset({"von", "van", "der", "de", "du", "da", "di", "zu", "bin", "al"})
#: Most tokens a name (after its first name) or a role complement may take.
_MAX_NAME_PARTS = 3
_MAX_COMPLEMENT = 6
#: Most adjectives (and "und" between them) before a role noun.
_MAX_ROLE_ADJECTIVES = 4
_QUOTE_MARKS = frozenset("„“”‚‘»«\"'")
_COMPLEMENT_LINKS = frozenset(("der", "des", "von", "the"))
INDEFINITE_ARTICLES = frozenset("ein eine einem einen einer eines a an".split())
#: An inflected adjective ("russische", "neuen"); the articles and pronouns that end alike
#: ("dem", "die", "diese") are none.
ADJECTIVE = re.compile(
    r"^(?!(?:der|die|dem|den|des|eine|einem|einen|einer|eines|sie|wie|diese|diesem|diesen"
    r"|dieser|dieses|jene|jenem|jenen|jener|jenes|welche|welchem|welchen|welcher|welches)$)"
    r"[a-zäöüß][a-zäöüß-]*(?:e|en|er|es|em)$"
)
_DEFINITE_FORMS = frozenset("der die das dem den des the".split())
ARTICLES = _DEFINITE_FORMS | INDEFINITE_ARTICLES
#: Longest shortened surname before its full stop ("St.", "Sch.").
_MAX_SHORTENED_SURNAME = 3
#: Tokens looked back over for an earlier use of a name part after an honorific.
_NEW_PAIR_LOOKBACK = 3000
#: Abbreviated academic titles before a name; never a name themselves ("Prof. Dr. Vogelsang").
_ACADEMIC_TITLES = frozenset({"Dr", "Prof", "Dipl", "Ing", "PD", "Dres"})
#: Preposition + article in one word before a body that is a source ("Kritik kommt vom
#: Verband"); "beim"/"zum" are left out: a court one goes to is rarely the one who speaks.
_CONTRACTED_ARTICLES = frozenset({"vom"})
#: Endings of German abstract nouns, never of a surname of this length ("Jung" is shorter).
_NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "tät", "ismus")
_MIN_SUFFIXED_NOUN = 6
_QUANTIFIERS = frozenset("einige mehrere viele zahlreiche manche beide alle".split())
_NUMERALS = frozenset(
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dutzende hunderte tausende".split()
)
#: A nationality adjective, inflected: its stem names the body's country ("philippinischen").
_NATIONAL_ADJECTIVE = re.compile(r"^([a-zäöü]+isch)(?:e|en|er|es|em)$")
_ORDINALS = frozenset(
    "erste erster ersten zweite zweiter zweiten dritte dritter dritten "
    "stellvertretende stellvertretender stellvertretenden leitende leitender leitenden".split()
)
#: Articles that open names of works and outlets ("The Orchard Keeper’s Daughter"), never a
#: person's name.
_TITLE_ARTICLES = frozenset({"The"})
#: Longest abbreviation in capitals taken for an organisation ("WHO", "UNHCR").
_MAX_ABBREVIATION = 6
#: Abbreviations that open a German sports club's name ("FC", "SC", "TSV", "VfL").
_CLUB_PREFIXES = frozenset(
    "FC SC SV TSV VfB VfL SpVgg TuS BSC SG TSG SSV FSV HSC THW SpVg ESV SCC".split()
)
#: Capitalised words that open a clause: a noun phrase after them is no genitive attribute.
_CLAUSE_OPENERS = frozenset(
    "Wie Als Da Dass Weil Wenn Ob Obwohl Nachdem Während Bevor Seit Damit Doch Aber Und Denn "
    "Auch So Dann Nun Jetzt Zudem Außerdem Deshalb Daher Inzwischen Bereits Nur Noch".split()
)
_REGNAL = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{1,3}|V|X)$")
_SINGULAR_DETERMINERS = frozenset("ein eine einem einer eines dem des a an".split())
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", "“", '"', "»"})
#: Endings of feminine heads: after "der" such a head is dative/genitive ("der Polizei").
_FEMININE_ENDINGS = ("schaft", "ung", "ei", "ion", "ee", "de", "tät", "ur")
#: Endings of common nouns, which never continue an organisation's name ("die Polizei
#: Ermittlungen …"), unlike a place ("die Staatsanwaltschaft München I").
_NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "ion", "ionen", "ismus", "tät", "nis", "e", "te")
_ROMAN = frozenset({"I", "II", "III", "IV", "V"})
#: Shortest organisation suffix that a compound may end in ("Landgericht" → "Gericht").


def nominative_adjective(adjective: str) -> str:
    """An adjective of a genitive or dative phrase as it stands in a name or a plural group's
    label: "britischen" → "britische", "Internationalen" → "Internationale"."""
    lowered = adjective[:1].lower() + adjective[1:]
    return adjective[:-1] if adjective.endswith("en") and ADJECTIVE.match(lowered) else adjective


def nominative_plural(noun: str) -> str:
    """A dative plural's noun as the group is named: "den Parlamentariern" → "Parlamentarier",
    "den Einsatzkräften" → "Einsatzkräfte", "den Kindern" → "Kinder". The dative "-n" goes from
    a noun in "-er"/"-el", an "-er" plural and an umlaut plural of the lemma ("Väter", "Kräfte");
    "den Konzern" and "den Menschen" (a weak noun: "-en" is its plural) stay."""
    lemma = analyse(noun)[0]
    if lemma.endswith(("er", "el")) and lemma + "n" == noun:
        return lemma
    plural = noun.removesuffix("n")
    plain = plural.translate(_WITHOUT_UMLAUT)
    if plural in (noun, lemma):
        return noun
    if plain == lemma + "er" or (plain in (lemma, lemma + "e") and plain != plural):
        return plural
    return noun


_WITHOUT_UMLAUT = str.maketrans("äöüÄÖÜ", "aouAOU")


class TokenView(Protocol):
    """What the mention grammar needs of a token: its text and character range."""

    @property
    def text(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@dataclass(slots=True)
class Found:
    """A mention candidate in token indices ``[first, last)``.

    ``kind`` is person, organisation, place, media or role; ``surname`` keys persons;
    ``role_text`` is a title or role phrase found with it; ``case`` is "nom" when the phrase can
    be a subject and "obl" when its determiner or a preposition says it cannot.
    """

    first: int
    last: int
    kind: str
    form: str
    name: str = ""
    surname: str | None = None
    gender: str | None = None
    role_text: str | None = None
    role_class: str | None = None
    complement: tuple[str, ...] = ()
    case: str = "nom"
    definite: bool = True
    plural: bool = False
    entity: int | None = field(default=None)


def looks_like_name(word: str) -> bool:
    """Capitalised letters-only word ("Şükrü", "D'Alema", "Ramos-Horta", "al-Assadi"), not all
    capitals."""
    if word[:3] in ("al-", "el-", "ad-", "as-") and len(word) > 4:
        word = word[3:]  # Arabic article: "al-Assadi" is a surname
    if not word[:1].isupper() or not any(c.islower() for c in word):
        return False
    first, *rest = word.split("-")
    # "UN-überwachte" is no name; "Lai Ching-te", "Kim Jong-un" have short lower-case tails.
    short_tail_ok = not first.isupper()
    if not all(
        part[:1].isupper() or (short_tail_ok and part.isalpha() and len(part) <= 4) for part in rest
    ):
        return False
    return bool(_NAME_PART.match(word)) or all(c.isalpha() or c in "-'’" for c in word)


def looks_like_brand(word: str) -> bool:
    """A name written in lower case: a broadcaster ("n-tv", "n24"), a web site
    ("icelandreview.com"), a brand with inner capitals ("eBay")."""
    if not word[:1].islower() or not any(c.isalpha() for c in word):
        return False
    if any(c.isdigit() for c in word) or any(c.isupper() for c in word[1:]):
        return True
    if _DOMAIN.match(word):
        return True
    return "-" in word and min(len(part) for part in word.split("-")) <= 2


def _is_name_part(word: str, words: EntityWords) -> bool:
    """A surname or middle part; an initial ("George W. Bush") counts too; a word with a noun
    suffix ("Verfilmung", "Gesellschaft") is none."""
    if len(word) == 2 and word[0].isupper() and word[1] == ".":
        return True
    if len(word) >= _MIN_SUFFIXED_NOUN and word.lower().endswith(_NOUN_SUFFIXES):
        return False
    if word in _ACADEMIC_TITLES:
        return False
    return looks_like_name(word) and word not in words.stopwords and words.role(word) is None


def _surname_like_role(word: str, words: EntityWords) -> bool:
    """A "-mann" compound ("Hoffmann", "Bergmann", "Neumann") is a surname more often than a
    role when it stands where a surname goes."""
    role = words.role(word)
    return (
        role is not None
        and role.noun == "Mann"
        and word.lower() != "mann"
        and looks_like_name(word)
        and word not in words.stopwords
    )


def _final_surname(tokens: Sequence[TokenView], index: int, words: EntityWords) -> bool:
    """After a first name, a capitalised word that closes the run is its surname even when it
    is also a noun ("Anna Richter", "Michael König"): nothing else stands there."""
    word = tokens[index].text
    if not looks_like_name(word) or word in words.stopwords or words.role(word) is None:
        return False
    after = index + 1
    return after >= len(tokens) or not _is_name_part(tokens[after].text, words)


def _case_before(tokens: Sequence[TokenView], index: int) -> str:
    """ "obl" after a preposition or a dative/genitive determiner, also "von der X" and the
    genitive "Gewerkschaft der X"; else "nom" (a possible subject)."""
    if index <= 0:
        return "nom"
    before = tokens[index - 1].text.lower()
    if before in PREPOSITIONS or before in DATIVE_DETERMINERS:
        return "obl"
    if before in ("der", "des") and index >= 2:
        earlier = tokens[index - 2].text
        noun = earlier[:1].isupper() and earlier.isalpha() and earlier not in _CLAUSE_OPENERS
        if earlier.lower() in PREPOSITIONS or noun:  # "Gewerkschaft der Polizei", not "Wie der"
            return "obl"
    if before[:1].isalpha() and tokens[index - 1].text[:1].isupper() and index >= 2:
        earlier = tokens[index - 2].text.lower()  # "des Al-Qaida-Führers Abu Musab"
        if earlier in DATIVE_DETERMINERS or earlier in PREPOSITIONS:
            return "obl"
    back = index - 1
    while back > 0 and ADJECTIVE.match(tokens[back].text) and index - back <= 2:
        back -= 1  # "im norwegischen Oslo": past the adjectives to the preposition
    if back < index - 1 and tokens[back].text.lower() in PREPOSITIONS | DATIVE_DETERMINERS:
        return "obl"
    return "nom"


def _initial_at(tokens: Sequence[TokenView], index: int, words: EntityWords) -> bool:
    """A middle initial "W" "." between name parts."""
    word = tokens[index].text
    return (
        ((len(word) == 1 and word.isupper()) or JOINED_INITIALS.match(word) is not None)
        and index + 2 < len(tokens)
        and tokens[index + 1].text == "."
        and tokens[index + 1].start == tokens[index].end
        and _is_name_part(tokens[index + 2].text, words)
        and not _tagged_common_noun(tokens[index + 2].text)
    )


def _tagged_common_noun(word: str) -> bool:
    """ "Die Anklage wirft Renate W. Untreue vor": a noun the tagger knows as it stands is no
    surname after an initial, which then shortens one. An unknown name is guessed a noun with
    an ending taken off ("Warrington" → "Warringto"), so the lemma must be the word itself."""
    lemma, tag = analyse(word)
    return tag == "NN" and lemma.lower() == word.lower()


def _name_run(tokens: Sequence[TokenView], start: int, words: EntityWords) -> int:
    """End of the run of surname parts that starts at ``start`` (``start`` if none)."""
    end = start
    initials = 0  # an initial takes two tokens but counts as one part
    while end < len(tokens) and end - start - initials < _MAX_NAME_PARTS:
        word = tokens[end].text
        if end > start and _genitive_of_earlier_name(tokens, end):
            break  # "Mirko Sommer Kesslers Nachfolger": a genitive owner ends the name
        if _is_name_part(word, words) or _surname_like_role(word, words):
            end += 1
            if _genitive_of_earlier_name(tokens, end - 1):
                break  # "Barack Obamas Wunsch": the genitive is the name's last part
        elif (end > start or (start > 0 and is_first_name(tokens[start - 1].text))) and (
            _final_surname(tokens, end, words)
        ):
            end += 1
            break
        elif _initial_at(tokens, end, words):
            end += 2  # "George W. Bush": the tokenizer splits "W" and "."
            initials += 1
        elif word in _PARTICLES and (end > start or _after_first_name(tokens, start, words)):
            # "Ursula von der Leyen", "Guido de Marco": particles inside a name, never at its
            # start ("von Berlin").
            after = end
            while after < len(tokens) and after - end < 2 and tokens[after].text in _PARTICLES:
                after += 1
            following = tokens[after + 1].text if after + 1 < len(tokens) else ""
            # "John Sifton von Human Rights Watch": an organisation follows, not a surname;
            # "Abraham Sipe von der US-Marineinfanterie": a surname came already (particles
            # follow first names only: "Johann Wolfgang von Goethe").
            surname_before = any(not is_first_name(t.text) for t in tokens[start:end])
            if (
                after < len(tokens)
                and _is_name_part(tokens[after].text, words)
                and not following[:1].isupper()
                and not (surname_before and end - start >= 1)
            ):
                end = after + 1
            else:
                break
        else:
            break
    return end


def _after_first_name(tokens: Sequence[TokenView], index: int, words: EntityWords) -> bool:
    if index == 0:
        return False
    before = tokens[index - 1].text
    return is_first_name(before) and words.role(before) is None and before not in words.stopwords


#: How far back a genitive surname ("Kesslers") looks for its bare form.
_GENITIVE_LOOKBACK_TOKENS = 2000


def _genitive_of_earlier_name(tokens: Sequence[TokenView], index: int) -> bool:
    word = tokens[index].text
    if len(word) < 4 or not word.endswith("s"):
        return False
    bare = word[:-1]
    start = max(index - _GENITIVE_LOOKBACK_TOKENS, 0)
    return any(token.text == bare for token in tokens[start:index])


def _person_at(tokens: Sequence[TokenView], index: int, words: EntityWords) -> Found | None:
    word = tokens[index].text
    if word in _ACADEMIC_TITLES and index + 1 < len(tokens) and tokens[index + 1].text == ".":
        # "Dr. Peter Maier", "Prof. Dr. Vogelsang": the title and its period open the mention
        start = _after_academic_titles(tokens, index)
        hit = _person_at(tokens, start, words)
        if hit is None and looks_like_name(tokens[start].text) if start < len(tokens) else False:
            end = _name_run(tokens, start, words)
            hit = (
                _person(tokens, (start, end), "surname", None, start, words)
                if end > start
                else None
            )
        if hit is not None:
            hit.first = index
            hit.case = hit.case if hit.case == "gen" else _case_before(tokens, index)
        return hit
    if word in words.honorifics:
        start = _after_academic_titles(tokens, index + 1)  # "Frau Dr. Müller"
        end = _name_run(tokens, start, words)
        if end == start:
            return None
        first = tokens[start].text
        full = end - start >= 2 and (is_first_name(first) or _new_pair(tokens, start))
        if not full:  # "Herr Musk Putin": one surname, then the next phrase
            end = start + 1
        gender = words.honorifics[word] or (first_name_gender(first) if full else None)
        return _person(tokens, (index, end), "name" if full else "surname", gender, start, words)
    if JOINED_INITIALS.match(word) and _initial_at(tokens, index, words):
        end = _name_run(tokens, index, words)  # "C.Y. Leung", "B.N. Suresh": initials first
        return (
            _person(tokens, (index, end), "name", None, index, words) if end > index + 2 else None
        )
    if not _is_name_part(word, words) or not is_first_name(word.split("-")[0]):
        return None
    if word in _TITLE_ARTICLES:  # the list knows "The" as a first name
        return None
    if _after_article(tokens, index):  # "die chinesische Marine Schiffe …" is no "Marine"
        return None
    end = _name_run(tokens, index + 1, words)
    if end == index + 1 and _abbreviated_surname(tokens, index + 1):
        end = index + 3  # "Frank M.", "Hildegard S.": court reports shorten the surname
    if end == index + 2 and _shortened_surname_stop(tokens, end):
        end += 1  # "Steve St. aus Cleveland": the full stop belongs to the surname
    if end == index + 1 and _regnal_number(tokens, index + 1):
        end = index + 3  # "Elisabeth II.", "Benedikt XVI."
    if end == index + 1:
        return None
    return _person(
        tokens, (index, end), "name", first_name_gender(word.split("-")[0]), index, words
    )


def _after_article(tokens: Sequence[TokenView], index: int) -> bool:
    """An article, perhaps with one adjective, before ``index``: a noun follows, not a first
    name ("die Marine", "die chinesische Marine"); after an adjective only a word that reads as
    a noun ("der kranke John Demjanjuk" is a name)."""
    before = [token.text for token in tokens[max(index - 2, 0) : index]]
    if before and before[-1].lower() in ARTICLES:
        # "die Marke, die Gerhard Schröder erklärt hatte": after a comma a relative pronoun
        return not (len(before) == 2 and before[0] == ",")
    return (
        len(before) == 2
        and before[0].lower() in ARTICLES
        and bool(ADJECTIVE.match(before[1]))
        and analyse(tokens[index].text)[1] == "NN"
    )


def _regnal_number(tokens: Sequence[TokenView], index: int) -> bool:
    return (
        index + 1 < len(tokens)
        and _REGNAL.match(tokens[index].text) is not None
        and tokens[index + 1].text == "."
    )


def _abbreviated_surname(tokens: Sequence[TokenView], index: int) -> bool:
    """A capital letter and its full stop right after a first name."""
    return (
        index + 1 < len(tokens)
        and len(tokens[index].text) == 1
        and tokens[index].text.isupper()
        and tokens[index + 1].text == "."
        and tokens[index + 1].start == tokens[index].end
    )


def _shortened_surname_stop(tokens: Sequence[TokenView], end: int) -> bool:
    """A full stop right after a surname of two or three letters, with the sentence going on
    in lower case after it ("Steve St. aus Cleveland", "Mohammed Sch. soll")."""
    short = tokens[end - 1].text
    return (
        end + 1 < len(tokens)
        and 2 <= len(short) <= _MAX_SHORTENED_SURNAME
        and tokens[end].text == "."
        and tokens[end].start == tokens[end - 1].end
        and tokens[end + 1].text[:1].islower()
    )


def _new_pair(tokens: Sequence[TokenView], start: int) -> bool:
    """Two name parts after an honorific that the text has not used before: one person with
    an unlisted first name ("Frau Chiamaka Okonkwo"), not "Herr Musk Putin"."""
    pair = {tokens[start].text, tokens[start + 1].text}
    earlier = tokens[max(start - _NEW_PAIR_LOOKBACK, 0) : start]
    return not any(token.text in pair for token in earlier)


def _after_academic_titles(tokens: Sequence[TokenView], index: int) -> int:
    """The first token after "Prof. Dr." and the like (the tokenizer splits off the period)."""
    while (
        index + 1 < len(tokens)
        and tokens[index].text in _ACADEMIC_TITLES
        and tokens[index + 1].text == "."
    ):
        index += 2
    return index


def _person(
    tokens: Sequence[TokenView],
    span: tuple[int, int],
    form: str,
    gender: str | None,
    name_at: int,
    words: EntityWords,
) -> Found:
    first, last = span
    parts = [token.text for token in tokens[name_at:last]]
    following = tokens[last].text if last < len(tokens) else ""
    owns_noun = (  # "Johanna Wielandts Verfilmung", "Angela Merkels Regierung"
        parts[-1].endswith("s")
        and not parts[-1].endswith("ss")
        and following[:1].isupper()
        and following.isalpha()
        and not is_first_name(following)
    )
    genitive = len(parts) > 1 and (owns_noun or _genitive_of_earlier_name(tokens, last - 1))
    if genitive:  # "Barack Obamas Wunsch": the person is Barack Obama, owning something
        parts[-1] = parts[-1][:-1]
    return Found(
        first,
        last,
        "person",
        form,
        name=" ".join(parts).replace(" .", "."),
        surname=_surname(parts, words),
        gender=gender,
        case="gen" if genitive else _case_before(tokens, first),
    )


def _surname(parts: list[str], words: EntityWords) -> str:
    """The family name: the last part, or the first of an East Asian name that puts it first
    ("Ban Ki-moon", "Hu Jia"), which the text then uses alone."""
    if 2 <= len(parts) <= 3 and parts[0] in words.family_first:
        return parts[0]
    return next(part for part in reversed(parts) if part != ".")


def _titled_at(tokens: Sequence[TokenView], index: int, words: EntityWords) -> Found | None:
    """A title without determiner before a name: "Präsident Vlodomyr Selenskyj"."""
    role = words.role(tokens[index].text)
    # A demonym before capitals is an adjective in a name ("Deutschen Klimakongress").
    if role is None or role.role_class == "people" or not tokens[index].text[0].isupper():
        return None
    if index > 0 and tokens[index - 1].text.lower() in NOMINATIVE_DETERMINERS | DATIVE_DETERMINERS:
        return None
    start = _after_academic_titles(tokens, index + 1)
    end = _name_run(tokens, start, words)
    if end == start:
        return None
    if end == start + 1 and _abbreviated_surname(tokens, end):
        end += 2  # "Mitangeklagten Dennis W."
    if end == start + 1 and any(
        e.kind == "place" for e in words.institutions.get(tokens[start].text, ())
    ):
        return None  # "Präsident Irans": the country the office is of
    # the first name says more than the title's grammatical gender ("Professor Anna Weber")
    gender = first_name_gender(tokens[start].text.split("-")[0]) or role.gender
    found = _person(tokens, (index + 1, end), "name", gender, start, words)
    found.role_text = _title_before(tokens, index + 1, words)
    found.role_class = _role_class(tokens[index].text, role, (), words)
    return found


def _title_before(tokens: Sequence[TokenView], name_start: int, words: EntityWords) -> str | None:
    """The title (with its adjectives) right before a name: "russischer Präsident"; a cue verb
    before it is no adjective ("sagte Gewerkschaftssekretärin Petra Lindner")."""
    start = name_start - 1
    if start < 0 or not tokens[start].text[:1].isupper():
        return None
    while start > 0 and _title_adjective(tokens[start - 1].text, words):
        start -= 1
    return " ".join(token.text for token in tokens[start:name_start])


def _title_adjective(word: str, words: EntityWords) -> bool:
    if not ADJECTIVE.match(word):
        return False
    # A present participle is an adjective ("stellvertretende"), even of a speech verb.
    participle = word.endswith(("nde", "nden", "nder", "ndes", "ndem"))
    return participle or lexicon(words.language).verb_medium(word) is None


def _institution_at(tokens: Sequence[TokenView], index: int, words: EntityWords) -> Found | None:
    for entry in words.institutions.get(tokens[index].text, ()):
        end = index + len(entry.words)
        if entry.quoted and not _marked_as_outlet(tokens, index, words):
            continue
        if tuple(token.text for token in tokens[index:end]) == entry.words:
            start = (
                index - 1
                if index > 0
                and tokens[index - 1].text.lower()
                in ("der", "das", "die", "dem", "den", "des", "vom")
                else index
            )
            found = Found(start, end, entry.kind, "institution", name=entry.canonical)
            # "vom Kreml", "Gewerkschaft der Polizei": oblique; "Der Kreml sagte": a subject.
            oblique = start != index and tokens[start].text.lower() not in NOMINATIVE_DETERMINERS
            found.case = "obl" if oblique else _case_before(tokens, index)
            return found
    return None


def _marked_as_outlet(tokens: Sequence[TokenView], index: int, words: EntityWords) -> bool:
    """ "die „Zeit“", "der Zeitung Welt", "dem Magazin Stern": quotation marks or an outlet noun
    say that a common word is an outlet's name."""
    if index == 0:
        return False
    before = tokens[index - 1].text
    stem = before.removesuffix("es").removesuffix("s")
    return before in _QUOTE_MARKS or before in words.media_nouns or stem in words.media_nouns


def _organisation_at(tokens: Sequence[TokenView], index: int, words: EntityWords) -> Found | None:
    """An organisation name ending in a suffix word: "Eurasia Group", "Tesla Inc"."""
    word = tokens[index].text
    is_outlet = word in words.media_nouns  # "Rheinische Zeitung"
    if not _ends_in_suffix(word, words) and not is_outlet:
        return None
    start = index
    while (
        start > 0
        and index - start < _MAX_NAME_PARTS
        and (_NAME_PART.match(tokens[start - 1].text) or _ACRONYM.match(tokens[start - 1].text))
    ):
        before = tokens[start - 1].text
        if before in words.stopwords or before.lower() in words.pronouns:  # "Ihrer Gruppe"
            break
        start -= 1
    if start == index:
        return None
    name = " ".join(token.text for token in tokens[start : index + 1])
    kind = "media" if is_outlet else "organisation"
    return Found(start, index + 1, kind, "name", name=name, case=_case_before(tokens, start))


def _ends_in_suffix(word: str, words: EntityWords) -> bool:
    """ "AG", "Bank", and compounds like "Journalisten-Verband": an organisation's last word."""
    last = word.rsplit("-", 1)[-1]
    return word in words.org_suffixes or ("-" in word and last in words.org_suffixes)


def organisation_head(word: str, words: EntityWords) -> str | None:
    """The nominative of an organisation noun: "Staatsanwaltschaft", "Landgericht",
    "Innenministeriums" → "Innenministerium"; None for other words."""
    if word in words.org_suffixes and word.islower():  # English "the police", "the ministry"
        return word
    if not word[:1].isupper() or not word.replace("-", "").isalpha():  # "US-Militär"
        return None
    # Genitive ("Ministeriums") and plural ("Behörden", "Gewerkschaften") forms too.
    for stem in (word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("n")):
        if stem in words.org_suffixes or ends_in_any(stem, words.org_compound_heads):
            return stem
    return None


def _collective_at(tokens: Sequence[TokenView], index: int, words: EntityWords) -> Found | None:
    """An organisation named by its noun in running text: "die Staatsanwaltschaft München I",
    "das Landgericht Münster", "die israelische Armee" (so pronouns and "demnach" can reach
    it); the name is the head noun and the place names after it."""
    determiner = tokens[index].text.lower()
    # "Ein Bezirksgericht in Virginia hat … aufgefordert": a body introduced as a subject
    introduced = determiner in ("ein", "eine") and (index == 0 or tokens[index - 1].text == ".")
    definite = determiner in _DEFINITE_FORMS or determiner in _CONTRACTED_ARTICLES
    if not definite and not introduced:
        return None
    if index + 1 < len(tokens) and _institution_at(tokens, index + 1, words) is not None:
        return None  # "Das Auswärtige Amt": the listed name, found at the next word
    abbreviation = _abbreviation_after(tokens, index, words)
    if abbreviation is not None:
        return abbreviation
    head = index + 1
    if _truncated_pair(tokens, head):
        head += 3  # "der Heimat- und Wanderverein": the compound's last part is the head
    proper: list[str] = []  # "die Deutsche Krebsgesellschaft": a capitalised adjective names it
    while (
        head < len(tokens)
        and head - index <= 2
        and ADJECTIVE.match(tokens[head].text[:1].lower() + tokens[head].text[1:])
        and tokens[head].text.lower() not in ARTICLES  # "Das bestätigte die Organisation"
        and lexicon(words.language).verb_medium(tokens[head].text) is None
        and organisation_head(tokens[head].text, words) is None  # "the police"
        and _adjective_not_role(tokens[head].text, words)
        # a capitalised adjective stands before a capitalised noun ("Deutsche Krebsgesellschaft")
        and (
            not tokens[head].text[:1].isupper()
            or (head + 1 < len(tokens) and tokens[head + 1].text[:1].isupper())
        )
    ):
        if tokens[head].text[:1].isupper():
            proper.append(tokens[head].text)
        elif (national := _NATIONAL_ADJECTIVE.match(tokens[head].text)) is not None:
            # "der philippinischen Küstenwache" is not "die chinesische Küstenwache"
            proper.append(national.group(1).title() + "e")
        head += 1
    if head >= len(tokens):
        return None
    stem = organisation_head(tokens[head].text, words)
    word = tokens[head].text
    if stem is None and determiner == "die" and word.endswith("n") and words.company_noun(word):
        stem = word  # "Die Reedereien zeigten sich alarmiert": companies, together
    if stem is None or words.role(tokens[head].text) is not None:
        return None
    located = head + 2 < len(tokens) and tokens[head + 1].text in ("in", "im", "aus")
    if introduced and not (located and tokens[head + 2].text[:1].isupper()):
        return None  # only a body its place identifies, not "Eine Agentur von Al Gore"
    if words.company_noun(tokens[head].text) and _company_at(tokens, head, words) is not None:
        return None  # "der Stahlkonzern Nordstahl" is called Nordstahl
    if _outlet_at(tokens, head, words) is not None:
        return None  # "die russische Nachrichtenagentur RIA Novosti" is called RIA Novosti
    listed_after = _institution_at(tokens, head + 1, words) if head + 1 < len(tokens) else None
    if listed_after is not None and listed_after.kind != "place":
        return None  # "der Organisation Ärzte ohne Grenzen": called by the listed name
    quoted = _quoted_after(tokens, head + 1)
    if quoted is not None:  # "Die Organisation „Reporter ohne Grenzen“": called by its name
        name, end = quoted
        found = Found(index, end, "organisation", "name", name=name, definite=not introduced)
        found.case = "obl" if determiner in ("dem", "den", "des") else _case_before(tokens, index)
        return found
    end = head + 1
    while end < len(tokens) and end - head <= 2 and _continues_name(tokens[end].text, words):
        end += 1
    if end == head + 1 and listed_after is not None:  # a place: "die Staatsanwaltschaft Berlin"
        end = listed_after.last
    if end == head + 1 and end < len(tokens) and _abbreviation(tokens[end].text, words):
        end += 1  # "das UN-Flüchtlingshilfswerk UNHCR"
        if end < len(tokens) and _continues_name(tokens[end].text, words):
            end += 1  # "die Gewerkschaft IG Metall"
    end = _genitive_attribute(tokens, end, words)  # "Dachverband der Fanclubs"
    end = _purpose_attribute(tokens, end, words)  # "Bundesamt für Verfassungsschutz"
    end = _spelled_out_until_abbreviation(tokens, head, end)
    # "die japanischen Behörden" are several bodies, called so; "der Behörde" is one
    noun = word if word == stem + "n" else stem
    if determiner == "der":
        # "-en" after "der" is feminine or plural: "der Interamerikanischen Entwicklungsbank"
        proper = [nominative_adjective(word) for word in proper]
    name = " ".join([*proper, noun, *(token.text for token in tokens[head + 1 : end])])
    name = name.replace(" - und ", "- und ").replace(" ,", ",")  # "Informations- und …"
    if head - index == 4 and _truncated_pair(tokens, index + 1):
        name = f"{tokens[index + 1].text}- und {name}"
    found = Found(index, end, "organisation", "name", name=name, definite=not introduced)
    feminine = stem.lower().endswith(_FEMININE_ENDINGS)
    oblique = determiner in ("dem", "den", "des", *_CONTRACTED_ARTICLES) or (
        determiner == "der" and feminine
    )
    # "der Fanclubs" after a noun is a genitive attribute, no subject.
    after_noun = index > 0 and tokens[index - 1].text[:1].isupper() and determiner in ("der", "des")
    # "des" outside a prepositional phrase is always genitive ("Aktenzeichen S 73 KR 1635/10
    # des Sozialgerichts")
    genitive = determiner == "des" and (
        index == 0 or tokens[index - 1].text.lower() not in PREPOSITIONS
    )
    found.case = (
        "gen" if after_noun or genitive else "obl" if oblique else _case_before(tokens, index)
    )
    return found


#: Most tokens between a name's end and the bracketed abbreviation that spells it out.
_MAX_SPELLED_OUT = 8


def _spelled_out_until_abbreviation(tokens: Sequence[TokenView], head: int, end: int) -> int:
    """ "die Gewerkschaft Papier, Pappe, Verpackung (GPV)": a list of capitalised words whose
    initials the bracketed abbreviation after it spells belongs to the name; ``end`` otherwise."""
    for close in range(end, min(len(tokens), end + _MAX_SPELLED_OUT)):
        word = tokens[close].text
        if word == "(":
            break
        if not (word[:1].isupper() or word in (",", "und", "&")):
            return end
    else:
        return end
    if close == end or close + 2 >= len(tokens) or tokens[close + 2].text != ")":
        return end
    abbreviation = tokens[close + 1].text
    initials = [t.text[0] for t in tokens[head:close] if t.text[:1].isupper()]
    if not (abbreviation.isupper() and abbreviation.isalpha()) or tokens[close - 1].text == ",":
        return end
    if abbreviation[0] != initials[0] or abbreviation[-1] != initials[-1]:
        return end
    letters = iter(initials)
    return close if all(letter in letters for letter in abbreviation) else end


def _quoted_after(tokens: Sequence[TokenView], start: int) -> tuple[str, int] | None:
    """A capitalised name in quotation marks at ``start`` and the index after its closing
    mark: "„Reporter ohne Grenzen“"."""
    if start >= len(tokens) or tokens[start].text not in ("„", "»", '"'):
        return None
    closing = _closing_quote(tokens, start, _MAX_NAME_PARTS + 2)
    inner = [] if closing is None else [token.text for token in tokens[start + 1 : closing]]
    if closing is None or not inner or not inner[0][:1].isupper():
        return None
    return " ".join(inner), closing + 1


def _closing_quote(tokens: Sequence[TokenView], opening: int, reach: int) -> int | None:
    """The first quotation mark within ``reach`` tokens after the one at ``opening``."""
    last = min(opening + reach, len(tokens) - 1)
    return next((i for i in range(opening + 1, last + 1) if tokens[i].text in _QUOTE_MARKS), None)


#: Prepositions that join an organisation noun to its field: "Bundesamt für Verfassungsschutz",
#: "Department for Infrastructure", "Ministry of Transport".
_PURPOSE_PREPOSITIONS = frozenset({"für", "for", "of"})


def _purpose_attribute(tokens: Sequence[TokenView], end: int, words: EntityWords) -> int:
    """Past "für" ("for", "of") + capitalised nouns joined by "und": "Bundesamt für
    Bevölkerungsschutz und Katastrophenhilfe", "Institut für Wirtschaftsforschung"."""
    if end + 1 >= len(tokens) or tokens[end].text not in _PURPOSE_PREPOSITIONS:
        return end
    last = end + 1
    if not tokens[last].text[:1].isupper() or not tokens[last].text.isalpha():
        return end
    if tokens[last].text in words.stopwords or words.role(tokens[last].text) is not None:
        return end
    if _truncated_pair(tokens, last):  # "für Informations- und Kommunikationstechnologie"
        last += 3
    while (
        last + 2 < len(tokens)
        and tokens[last + 1].text == "und"
        and tokens[last + 2].text[:1].isupper()
        and tokens[last + 2].text.isalpha()
    ):
        last += 2
    return last + 1


def _genitive_attribute(tokens: Sequence[TokenView], end: int, words: EntityWords) -> int:
    """Past a genitive "der/des" + one capitalised noun that names no one ("Verband der
    Automobilindustrie", "Gewerkschaft der Polizei"), or a genitive plural adjective + noun
    ("Verband kommunaler Unternehmen"); ``end`` when there is none."""
    if end + 1 >= len(tokens):
        return end
    adjective, noun = tokens[end].text, tokens[end + 1].text
    # "Verband kommunaler Unternehmen"; "unter" ("unter Berufung auf") is no adjective
    genitive_plural = adjective.islower() and adjective not in PREPOSITIONS
    if genitive_plural and adjective.endswith("er") and ADJECTIVE.match(adjective):
        if noun[:1].isupper() and noun.isalpha() and words.role(noun) is None:
            return end + 2
        return end
    if tokens[end].text not in ("der", "des"):
        return end
    noun = tokens[end + 1].text
    if not noun[:1].isupper() or not noun.isalpha() or words.role(noun) is not None:
        return end
    if noun in words.stopwords or is_first_name(noun) or words.company_noun(noun):
        return end  # "Aufsichtsrat des Heizungsbauers Velmont": the company has its own name
    listed = _institution_at(tokens, end + 1, words)
    if listed is not None and listed.last > end + 2:
        return listed.last  # "Außenministerium der Vereinigten Staaten"
    return end + 2


def _adjective_not_role(word: str, words: EntityWords) -> bool:
    """ "Deutsche" before a noun is an adjective although "die Deutsche" is a person."""
    role = words.role(word)
    return role is None or role.role_class == "people"


def _truncated_pair(tokens: Sequence[TokenView], at: int) -> bool:
    """ "Heimat" "-" "und" "Wanderverein": a truncated first compound joined by "und"."""
    return (
        at + 3 < len(tokens)
        and tokens[at].text[:1].isupper()
        and tokens[at + 1].text == "-"
        and tokens[at + 2].text == "und"
        and tokens[at + 3].text[:1].isupper()
    )


def _abbreviation(word: str, words: EntityWords) -> bool:
    return (
        word.isupper()
        and word.isalpha()
        and 2 <= len(word) <= _MAX_ABBREVIATION
        and word not in words.stopwords
        and words.role(word) is None
    )


def _abbreviation_after(
    tokens: Sequence[TokenView], index: int, words: EntityWords
) -> Found | None:
    """ "die WHO", "der IWF", "die SPD": an abbreviation in capitals after an article is an
    organisation."""
    if index + 1 >= len(tokens):
        return None
    word = tokens[index + 1].text
    if not (word.isupper() and word.isalpha() and 2 <= len(word) <= _MAX_ABBREVIATION):
        return None
    if word in words.institutions or word in words.stopwords or words.role(word) is not None:
        return None  # "die CEO von Sunward" is a person
    following = tokens[index + 2].text if index + 2 < len(tokens) else ""
    if following[:1].isupper() and following.isalpha():
        return None  # "die AfD Sachsen-Anhalt", "der SPD Fraktion": part of a longer name
    found = Found(index, index + 2, "organisation", "name", name=word)
    determiner = tokens[index].text.lower()
    found.case = "obl" if determiner in ("dem", "den", "des") else _case_before(tokens, index)
    return found


def _continues_name(word: str, words: EntityWords) -> bool:
    if word in _ROMAN:
        return True
    if not looks_like_name(word) or word in words.stopwords or words.role(word) is not None:
        return False
    return not word.lower().endswith(_NOUN_ENDINGS)


def _lowered(tokens: Sequence[TokenView], at: int, start: int, words: EntityWords) -> str:
    """The word at ``at``; the phrase's first word in lower case unless it is a noun itself,
    since it may open a sentence ("Chinesische Politiker haben …")."""
    word = tokens[at].text
    lower = word[:1].lower() + word[1:]
    if lower in _ORDINALS:  # "der Zweite Offizier", "Erster Bürgermeister": part of a title
        return lower
    opens = start == 0 or tokens[start - 1].text in _SENTENCE_ENDS
    if at != start or not opens or words.role(word) is not None or lower in words.pronouns:
        return word  # "Seine Sprecherin" is no group of "seine" ones; "die Würde" a noun
    return lower


def _bare_role(tokens: Sequence[TokenView], index: int, words: EntityWords) -> Found | None:
    """Adjectives + role noun + complement at ``index``: "russische Präsident", "CEO von Tesla"."""
    head = index
    while head < len(tokens) and head - index < _MAX_ROLE_ADJECTIVES:
        if _age_in_years(tokens, head):  # "Die 41 Jahre alte Pflegefachkraft"
            head += 3
        elif ADJECTIVE.match(_lowered(tokens, head, index, words)):
            head += 1
        elif (  # "die afghanischen und ausländischen Soldaten"
            head > index
            and tokens[head].text == "und"
            and head + 1 < len(tokens)
            and ADJECTIVE.match(tokens[head + 1].text)
        ):
            head += 2
        else:
            break
    initial = tokens[head].text[:1] if head < len(tokens) else ""
    # German capitalises every noun ("Präsident", "51-Jährige"); English role nouns are lower
    # case ("the mayor"), so there the role list alone decides
    if not (initial.isupper() or initial.isdigit() or (words.language == "en" and initial)):
        return None
    following = tokens[head + 1].text if head + 1 < len(tokens) else ""
    if "-jährig" in tokens[head].text and following[:1].isupper() and words.role(following):
        head += 1  # "Der 72-jährige Kläger": the age is an adjective of the role noun
    role = words.role(tokens[head].text)
    following = tokens[head + 1].text if head + 1 < len(tokens) else ""
    if role is None or _ends_in_suffix(following, words):  # "die Deutsche Bank" is no role
        return None
    if role.role_class == "people" and organisation_head(following, words) is not None:
        return None  # "Deutsche Behörden": a demonym before a body is its adjective
    end, complement = _complement(tokens, head + 1, words)
    if not complement and (place := _genitive_place(tokens, head + 1, words)) is not None:
        end, complement = head + 2, (place,)  # "Der Vertreter Libyens"
    text = " ".join(token.text for token in tokens[index:end])
    return Found(
        index,
        end,
        "role",
        "apposition",
        name=text,
        gender=None if _plural(tokens[head].text, role.noun) else role.gender,
        plural=_plural(tokens[head].text, role.noun),
        role_text=text,
        role_class=_role_class(tokens[head].text, role, complement, words),
        complement=complement,
    )


def _age_in_years(tokens: Sequence[TokenView], at: int) -> bool:
    """An age written out before a role noun: "41 Jahre alte", "56 Jahre alten"."""
    words = [token.text for token in tokens[at : at + 3]]
    return (
        len(words) == 3
        and words[0].isdigit()
        and words[1] == "Jahre"
        and words[2] in ("alte", "alter", "alten", "altem", "altes")
    )


def _role_class(word: str, role: RoleNoun, complement: tuple[str, ...], words: EntityWords) -> str:
    """The role's class; a general one ("Chefin") heading a company is business: "Chefin des
    Energiekonzerns", "Konzernchefin"."""
    if role.role_class != "other":
        return role.role_class
    prefix = word[: max(word.lower().rfind(role.noun.lower()), 0)].rstrip("-")
    owners = [*complement[:1], *([prefix] if len(prefix) > 2 else [])]
    return "business" if any(words.company_noun(owner) for owner in owners) else "other"


def _plural(word: str, noun: str) -> bool:
    """ "Politikern", "Experten" for "Politiker", "Experte": a group, no gendered person."""
    if word.lower() == noun.lower() + "nen":  # "Autorinnen": women, several
        return True
    return word.endswith("n") and not noun.endswith("n") and word.lower() != noun.lower()


def _subject_after_verb(
    tokens: Sequence[TokenView], index: int, words: EntityWords
) -> Found | None:
    """ "Das berichteten | Mitarbeiter des Hilfsdienstes": "das" is a pronoun and the verb
    follows it, so the role phrase after the verb is a group, the sentence's subject."""
    phrase = _bare_role(tokens, index, words) if index < len(tokens) else None
    if phrase is None:
        return None
    phrase.form = "role"
    phrase.plural = True
    phrase.gender = None
    phrase.case = "nom"
    phrase.definite = False
    return phrase


def role_phrase_at(tokens: Sequence[TokenView], index: int, words: EntityWords) -> Found | None:
    """A determiner + adjectives + role noun (+ "von X" / genitive complement) at ``index``."""
    determiner = tokens[index].text.lower()
    # "Mehrere Anwohner", "Viele Experten"; "Drei frühere Spieler", "25 Ärzte" opening a sentence
    numeral = determiner in _NUMERALS or (determiner.isdigit() and determiner != "1")
    opening = index == 0 or tokens[index - 1].text in _SENTENCE_ENDS
    quantified = determiner in _QUANTIFIERS or (numeral and opening)
    if determiner not in NOMINATIVE_DETERMINERS | DATIVE_DETERMINERS and not quantified:
        return None
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if determiner == "das" and lexicon(words.language).verb_medium(following) is not None:
        return _subject_after_verb(tokens, index + 2, words)  # "Das sagen Ermittler des …"
    phrase = _bare_role(tokens, index + 1, words)
    if phrase is None or _names_organisation_after(tokens, phrase, words):
        return None
    if numeral and phrase.last < len(tokens) and tokens[phrase.last].text == ",":
        return None  # "Zwei Abgeordnete, Werner Schulz und …": the names are the speakers
    nominative = (determiner in NOMINATIVE_DETERMINERS or quantified) and not (
        determiner == "der" and phrase.gender == "female"
    )
    phrase.first = index
    phrase.form = "role"
    if determiner == "die" and phrase.gender == "male":
        phrase.plural = True  # "die Anwohner", "die Politiker": a masculine noun after "die"
    if determiner == "der" and _genitive_plural(tokens, phrase, words):
        phrase.plural = True
        phrase.gender = None
    if determiner in _SINGULAR_DETERMINERS:
        phrase.plural = False  # "einem Angestellten", "des Präsidenten": one person
    if quantified:
        phrase.plural = True
        phrase.gender = None
    if not phrase.plural:  # "die Vorsitzende" is a woman, "die Vorsitzenden" a group
        phrase.gender = phrase.gender or _gender_of_determiner(determiner)
    phrase.case = "nom" if nominative and _case_before(tokens, index) == "nom" else "obl"
    phrase.definite = determiner not in INDEFINITE_ARTICLES
    return phrase


#: Endings of masculine nouns whose plural is the same word ("Ermittler", "Politiker").
_UNCHANGED_PLURAL_ENDINGS = ("er", "el")


def _genitive_plural(tokens: Sequence[TokenView], phrase: Found, words: EntityWords) -> bool:
    """ "nach Einschätzung der Ermittler": a masculine role noun whose plural looks the same,
    after "der" and a noun for what a source produced, is a genitive plural (a masculine
    genitive singular takes "des")."""
    index = phrase.first
    if phrase.gender != "male" or index < 2 or tokens[index - 2].text in _SENTENCE_ENDS:
        return False
    if tokens[index - 1].text not in words.source_nouns:
        return False
    roles = (t.text for t in tokens[index + 1 : phrase.last] if words.role(t.text) is not None)
    head = next(roles, "")
    return head.endswith(_UNCHANGED_PLURAL_ENDINGS)


def _names_organisation_after(
    tokens: Sequence[TokenView], phrase: Found, words: EntityWords
) -> bool:
    """ "Die Deutsche Krankenhausgesellschaft", "die Deutsche Bank": a demonym before an
    organisation noun is an adjective of its name, no person."""
    if phrase.role_class != "people" or phrase.last >= len(tokens):
        return False
    if _institution_at(tokens, phrase.last - 1, words) is not None:
        return True  # "der Deutschen Bahn": a listed name opens with the demonym
    return organisation_head(tokens[phrase.last].text, words) is not None


def apposition_at(tokens: Sequence[TokenView], index: int, words: EntityWords) -> Found | None:
    """A role apposition after a name and its comma: "Sprecher des …", "dem Gründer der …"."""
    return role_phrase_at(tokens, index, words) or _bare_role(tokens, index, words)


def _gender_of_determiner(determiner: str) -> str | None:
    return {"der": "male", "ein": "male", "dem": "male", "die": "female", "eine": "female"}.get(
        determiner
    )


def _genitive_place(tokens: Sequence[TokenView], at: int, words: EntityWords) -> str | None:
    """A listed place in the genitive right after a role noun ("Libyens", "Frankreichs")."""
    word = tokens[at].text if at < len(tokens) else ""
    if len(word) < 4 or not word.endswith("s") or not word[:1].isupper():
        return None
    entries = words.institutions.get(word[:-1], ())
    return word[:-1] if any(e.kind == "place" and len(e.words) == 1 for e in entries) else None


def _name_part_follows(tokens: Sequence[TokenView], index: int, words: EntityWords) -> bool:
    """A surname or a middle initial follows the word at ``index`` ("… Amtrak George
    Warrington", "… Amtrak George D. Warrington"): that word is a first name."""
    following = index + 1
    return following < len(tokens) and (
        looks_like_name(tokens[following].text) or _initial_at(tokens, following, words)
    )


def _complement(
    tokens: Sequence[TokenView], start: int, words: EntityWords
) -> tuple[int, tuple[str, ...]]:
    """The "von Tesla Inc" / "des Nationalen Sicherheitsrates" after a role noun."""
    if start >= len(tokens) or tokens[start].text.lower() not in ("von", "des", "der", "vom", "of"):
        return start, ()
    end = start + 1
    names: list[str] = []
    while end < len(tokens) and end - start <= _MAX_COMPLEMENT:
        word = tokens[end].text
        person_follows = _name_part_follows(tokens, end, words)
        if names and is_first_name(word) and person_follows and not _names_a_body(names[-1], words):
            break  # "Die Vorsitzende der Linken Gesine Lötzsch": the holder's name follows
        if names and _known_noun(names[-1], words) and _unlisted_holder(tokens, end, words):
            break  # "Der Vorsitzende der Selbstverwaltung Istvan Kovacs": an unlisted first name
        if word[:1].isupper() or looks_like_brand(word):  # "des Fernsehsenders n-tv"
            names.append(word)
        elif word.lower() not in _COMPLEMENT_LINKS and not ADJECTIVE.match(word):
            break
        elif word.lower() not in _COMPLEMENT_LINKS and names and names[-1] == tokens[end - 1].text:
            break  # "Die Mutter des Mannes hatte Kontakt": after a noun comes a verb
        end += 1
    if not names:
        return start, ()
    while end > start and not (
        tokens[end - 1].text[:1].isupper() or looks_like_brand(tokens[end - 1].text)
    ):
        end -= 1
    return end, tuple(names)


def told_outlet(tokens: Sequence[TokenView], at: int, words: EntityWords) -> bool:
    """Whether "der" at ``at``, after a person's noun behind a speech verb, names the outlet
    or audience told ("sagte die Managerin | der Zeitung", "… der Presse"); after media staff it
    is the owner ("ein Reporter der Agentur"). The caller knows the verb comes first."""
    if at < 1 or tokens[at].text != "der" or not tokens[at - 1].text[:1].isupper():
        return False
    if tokens[at - 1].text.lower().endswith(words.media_staff):
        return False
    noun = next((i for i in range(at + 1, len(tokens)) if tokens[i].text[:1].isupper()), None)
    return noun is not None and tokens[noun].text.lower().endswith(words.told_nouns)


def _unlisted_holder(tokens: Sequence[TokenView], index: int, words: EntityWords) -> bool:
    """Two name-like words at ``index`` and no third, neither a noun the packs know nor the
    first a genitive: a person's name after a body's common noun, though its first name is
    not listed ("Istvan Kovacs")."""
    if index + 1 >= len(tokens):
        return False
    pair = [tokens[index].text, tokens[index + 1].text]
    if index + 2 < len(tokens) and looks_like_name(tokens[index + 2].text):
        return False
    return not pair[0].endswith("s") and all(
        looks_like_name(part)
        and part.isalpha()
        and part not in words.stopwords
        and part not in words.institutions
        and words.role(part) is None
        and not _known_noun(part, words)
        for part in pair
    )


def _names_a_body(word: str, words: EntityWords) -> bool:
    """ "des Senders", "der Zeitung": a kind noun whose own name comes next ("Sky News")."""
    stem = word.removesuffix("s")
    return stem in words.media_nouns or _media_compound(word, words) or words.company_noun(word)


def complement_organisation(
    tokens: Sequence[TokenView], role: Found, words: EntityWords
) -> Found | None:
    """The organisation a role phrase's complement names: "Beamter der Luftfahrtbehörde FAA"
    → FAA (a Luftfahrtbehörde), "Forschungsteam des Universitätsklinikums Freiburg" →
    Universitätsklinikum Freiburg. A genitive mention inside the role phrase."""
    for index in range(role.first + 1, role.last):
        stem = organisation_head(tokens[index].text, words)
        if stem is None or words.role(tokens[index].text) is not None:
            continue
        if tokens[index - 1].text.lower() not in ("der", "des", "von", "vom"):
            continue
        after = tokens[index + 1].text if index + 1 < role.last else ""
        if after.isupper() and after.isalpha() and len(after) >= 2:  # "Luftfahrtbehörde FAA"
            found = Found(index, index + 2, "organisation", "name", name=after, case="gen")
            found.role_text = stem
            return found
        end = index + 1
        while end < role.last and _continues_name(tokens[end].text, words):
            end += 1
        if end == index + 1 and stem in words.org_suffixes:
            return None  # "Sprecher der Behörde": a kind, no name
        name = " ".join([stem, *(token.text for token in tokens[index + 1 : end])])
        return Found(index, end, "organisation", "name", name=name, case="gen")
    return None


def _outlet_at(tokens: Sequence[TokenView], index: int, words: EntityWords) -> Found | None:
    """An outlet named after its kind: "der Zeitung Kyiv Post", "dem Sender n-tv", "das
    Digitalmagazin „Bitwerk“" (a compound of an outlet noun)."""
    word = tokens[index].text
    if word not in words.media_nouns and not _media_compound(word, words):
        return None
    named = _named_after_kind(tokens, index, words, "media")
    if named is not None or not _outlet_by_compound(tokens, index, words):
        return named
    # "Wie die Ärztezeitung berichtet": a compound of an outlet noun is the outlet's own name
    name = word if ends_in_any(word, words.media_suffixes) else word.removesuffix("s")
    return Found(index, index + 1, "media", "name", name=name, case=_case_before(tokens, index))


def _outlet_by_compound(tokens: Sequence[TokenView], index: int, words: EntityWords) -> bool:
    """ "die Ärztezeitung" with no name after it is an outlet called so; "der Lokalzeitung",
    "des Nachrichtenmagazins „Der Spiegel“" are not."""
    word = tokens[index].text
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return (
        index > 0
        and tokens[index - 1].text.lower() in _DEFINITE_FORMS
        and word not in words.media_nouns
        and not word.lower().startswith(words.media_kind_prefixes)
        and following not in _QUOTE_MARKS
        and not following[:1].isupper()
    )


def _media_compound(word: str, words: EntityWords) -> bool:
    """A capitalised compound of an outlet noun, also in the genitive ("des Wochenmagazines")."""
    if not word[:1].isupper():
        return False
    if ends_in_any(word, words.media_suffixes):
        return True
    if not word.endswith("s"):
        return False
    forms = (word[:-1], word.removesuffix("es"))
    return any(
        form in words.media_nouns or ends_in_any(form, words.media_suffixes) for form in forms
    )


def _club_at(tokens: Sequence[TokenView], index: int, words: EntityWords) -> Found | None:
    """A sports club by its abbreviation and place: "SC Hainsfeld", "1. FC Köln", "TSV 1860
    München" (so that "der Verein" can refer back to it)."""
    start = index
    if tokens[index].text.isdigit() and index + 2 < len(tokens) and tokens[index + 1].text == ".":
        index += 2  # "1. FC Köln"
    if tokens[index].text not in _CLUB_PREFIXES:
        return None
    end = index + 1
    while end < len(tokens) and end - index <= 3:
        word = tokens[end].text
        if not (looks_like_name(word) or word.isdigit()) or word in words.stopwords:
            break
        end += 1
    if end == index + 1:
        return None
    name = " ".join(token.text for token in tokens[start:end]).replace(" .", ".")
    found = Found(start, end, "organisation", "name", name=name, case=_case_before(tokens, start))
    found.role_text = "Verein"
    return found


def _company_at(tokens: Sequence[TokenView], index: int, words: EntityWords) -> Found | None:
    """A company named after its kind: "Der Autozulieferer Brenntag Motion" (so that "des
    Unternehmens" later has something to refer back to)."""
    if not words.company_noun(tokens[index].text):
        return None
    found = _named_after_kind(tokens, index, words, "organisation")
    if (
        found is None
        or any(
            words.role(t.text) and not _surname_like_role(t.text, words)  # "Reederei Hollmann"
            for t in tokens[index + 1 : found.last]
        )
    ):
        return None
    return found


def _named_after_kind(
    tokens: Sequence[TokenView], index: int, words: EntityWords, kind: str
) -> Found | None:
    if index + 1 >= len(tokens):
        return None
    start = index + 1
    if start < len(tokens) and tokens[start].text in _QUOTE_MARKS:  # der Sender „Silverbird“
        start += 1
    if start > index + 1:  # "Wochenmagazin „profil“": any words up to the closing mark
        closing = _closing_quote(tokens, index + 1, _MAX_NAME_PARTS + 1)
        inner = [] if closing is None else [t.text for t in tokens[start:closing]]
        plain = inner and inner[0].lower() not in ARTICLES  # "„Die Zeit“": a listed name
        if closing is not None and plain and all(w[:1].isalnum() for w in inner):
            name = " ".join(inner)
            return Found(
                index, closing + 1, kind, "name", name=name, case=_case_before(tokens, index)
            )
    end = start
    while end < len(tokens) and end - start < _MAX_NAME_PARTS:
        word = tokens[end].text
        hyphenated = "-" in word and any(c.isalpha() for c in word)  # not "Rundfunk- und …"
        if not (word[:1].isupper() or hyphenated or looks_like_brand(word)):
            break
        if word in words.stopwords:
            break
        person_follows = _name_part_follows(tokens, end, words)
        if end > start and is_first_name(word) and person_follows:
            break  # "zitiert die Nachrichtenagentur Reuters Kevin Lynch": a person follows
        end += 1
    if end == start:
        return None
    name = " ".join(token.text for token in tokens[start:end])
    if end < len(tokens) and tokens[end].text in _QUOTE_MARKS and start > index + 1:
        end += 1
    return Found(index, end, kind, "name", name=name, case=_case_before(tokens, index))


def _press_title_at(tokens: Sequence[TokenView], index: int, words: EntityWords) -> Found | None:
    """A newspaper named by place and title: "den Stuttgarter Nachrichten", "der Süddeutschen
    Zeitung", "die Bangkok Post"."""
    start = index
    if tokens[index].text.lower() in ARTICLES:
        index += 1  # "die Bangkok Post": the article opens the mention
    if index + 1 >= len(tokens) or tokens[index + 1].text not in words.press_titles:
        return None
    place = tokens[index].text
    if not place[:1].isupper() or not place.replace("-", "").isalpha() or place.isupper():
        return None
    if place in words.stopwords or place.lower() in ARTICLES or words.role(place) is not None:
        return None
    named = place.endswith(("er", "e", "en")) or place in words.institutions
    if not named and not looks_like_name(place):
        return None
    first = place[:-1] if place.endswith("en") and not place.endswith("ern") else place
    name = f"{first} {tokens[index + 1].text}"  # "Süddeutschen Zeitung" → "Süddeutsche Zeitung"
    if start == index:  # "Los Angeles Times", "Sydney Morning Herald": the place's other words
        while start > 0 and index - start < 2 and looks_like_name(tokens[start - 1].text):
            if (
                tokens[start - 1].text in words.stopwords
                or tokens[start - 1].text in _CLAUSE_OPENERS
            ):
                break
            start -= 1
        name = " ".join([*(t.text for t in tokens[start:index]), name])
        if start > 0 and tokens[start - 1].text.lower() in ARTICLES:
            start -= 1
    opening = start + 1 if tokens[start].text.lower() in ARTICLES else start
    return Found(start, index + 2, "media", "name", name=name, case=_case_before(tokens, opening))


#: A web address used as an outlet's name ("GGG.at", "CNN.com", "ndr.de").
_DOMAIN = re.compile(
    r"^[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:de|at|ch|com|org|net|eu|info|tv|fm|uk)$"
)


def _domain_at(tokens: Sequence[TokenView], index: int, words: EntityWords) -> Found | None:
    """ "Wie GGG.at berichtete", "zitiert ndr.de X": a site speaks as an outlet."""
    word = tokens[index].text
    if "." not in word or not _DOMAIN.match(word):  # asked of every token: test the dot first
        return None
    return Found(index, index + 1, "media", "name", name=word, case=_case_before(tokens, index))


def _partitive_group_at(
    tokens: Sequence[TokenView], index: int, words: EntityWords
) -> Found | None:
    """ "Einige der einflussreichsten britischen Moslems", "Zwei der Abgeordneten": a share of
    a group named by its plural noun, a group that can speak (and that "sie" can refer to)."""
    quantifier = tokens[index].text.lower()
    if quantifier not in _QUANTIFIERS - {"alle", "beide"} and quantifier not in _NUMERALS:
        return None
    if index + 2 >= len(tokens) or tokens[index + 1].text not in ("der", "dieser"):
        return None
    head = index + 2
    while head < len(tokens) and head - index <= 4 and ADJECTIVE.match(tokens[head].text):
        head += 1
    noun = tokens[head].text if head < len(tokens) else ""
    if not (noun[:1].isupper() and noun.isalpha()) or noun in words.stopwords:
        return None
    if organisation_head(noun, words) is not None or words.company_noun(noun):
        return None  # "Einige der Unternehmen": companies, each one with a name
    adjectives = [nominative_adjective(token.text) for token in tokens[index + 2 : head]]
    opens = index == 0 or tokens[index - 1].text in _SENTENCE_ENDS
    found = Found(index, head + 1, "group", "name", name=" ".join([*adjectives, noun]))
    found.plural = True
    found.case = "nom" if opens else _case_before(tokens, index)
    return found


#: Words before a number that make it a rough count ("mehr als 30", "rund 200").
_ROUGHLY = frozenset({"rund", "etwa", "über", "knapp", "fast", "mindestens", "circa", "ca."})


#: Endings of a noun made of a participle or adjective ("Unbekannten", "Verletzte",
#: "Geschworenen", "Verdächtigen"), unlike plain plurals ("Monate", "Seiten").
_NOUN_OF_ADJECTIVE = re.compile(r"(?:[^aeiouäöü]ten?|enen?|igen?)$")


def _count_end(tokens: Sequence[TokenView], index: int) -> int | None:
    """The token after a number opening at ``index``: "vier", "30", "mehr als 30", "die zwölf"."""
    position = index
    lower = tokens[position].text.lower()
    if lower in _DEFINITE_FORMS and position + 1 < len(tokens):  # "die zwölf Geschworenen"
        position += 1
    elif lower == "mehr" and position + 2 < len(tokens) and tokens[position + 1].text == "als":
        position += 2
    elif lower in _ROUGHLY and position + 1 < len(tokens):
        position += 1
    word = tokens[position].text.lower()
    # Numbers only: "Einige Anhänger Karl Brenners" is his group, found as a role phrase.
    return position + 1 if word in _NUMERALS or word.isdigit() else None


def _counted_group_at(tokens: Sequence[TokenView], index: int, words: EntityWords) -> Found | None:
    """ "vier Unbekannte", "die zwölf Geschworenen", "Mehr als 30 frühere Mitarbeiter": a
    counted group of people named by a role noun or a noun made of an adjective."""
    head = _count_end(tokens, index)
    if head is None:
        return None
    start = head
    while head < len(tokens) and head - start < 2 and ADJECTIVE.match(tokens[head].text):
        head += 1
    noun = tokens[head].text if head < len(tokens) else ""
    if not (noun[:1].isupper() and noun.isalpha()) or noun in words.stopwords:
        return None
    role = words.role(noun)
    if role is not None and role.role_class in ("people", "kin"):
        return None  # "drei Kinder", "zwei Frauen": people talked about, rarely a source
    if role is None:
        singulars = (noun, noun.removesuffix("n"), noun.removesuffix("en"))
        if not _NOUN_OF_ADJECTIVE.search(noun) or any(
            organisation_head(singular, words) is not None for singular in singulars
        ):
            return None  # "Einige Gewerkschaften": bodies, each one with a name
        noun = noun.removesuffix("n")  # "Unbekannten" → "Unbekannte"
    adjectives = [nominative_adjective(token.text) for token in tokens[start:head]]
    found = Found(index, head + 1, "group", "name", name=" ".join([*adjectives, noun]))
    found.plural = True
    opens = index == 0 or tokens[index - 1].text in _SENTENCE_ENDS
    found.case = "nom" if opens else _case_before(tokens, index)
    return found


_FINDERS = (
    _domain_at,
    _club_at,
    _institution_at,
    _press_title_at,
    _outlet_at,
    _company_at,
    _person_at,
    _titled_at,
    _organisation_at,
    _collective_at,
    _partitive_group_at,
    _counted_group_at,
    role_phrase_at,
)


def find_mentions(tokens: Sequence[TokenView], words: EntityWords) -> list[Found]:
    """Name, institution and role-phrase mentions in text order, none overlapping."""
    found: list[Found] = []
    index = 0
    while index < len(tokens):
        hit = next(
            (m for m in (finder(tokens, index, words) for finder in _FINDERS) if m is not None),
            None,
        )
        if hit is None or hit.last <= index:
            index += 1
            continue
        found.append(hit)
        index = hit.last
        if hit.kind == "role" and not hit.complement:
            surname = _surname_after_role(tokens, index, words)
            if surname is not None:  # "Die deutsche Bundeskanzlerin Merkel erklärte"
                found.append(surname)
                index = surname.last
    return found


def _surname_after_role(
    tokens: Sequence[TokenView], index: int, words: EntityWords
) -> Found | None:
    """A bare surname right after a role phrase; not a genitive ("der Präsident Frankreichs")."""
    if tokens[index].text in _ACADEMIC_TITLES:  # "Studienleiterin Prof. Dr. Henrike Vogelsang"
        return _person_at(tokens, index, words)
    end = _name_run(tokens, index, words)
    if _initial_at(tokens, index, words) and end > index + 2:  # "dem Direktor B.N. Suresh"
        return _person(tokens, (index, end), "name", None, index, words)
    if end - index > 1 and _unknown_full_name(tokens, index, end, words):
        # "den Premierminister Thaksin Shinawatra": a full name of an unlisted first name
        return _person(tokens, (index, end), "name", None, index, words)
    if end == index or end - index > 1:
        return None
    word = tokens[index].text
    if (word.endswith("s") and not word.endswith("ss")) or word in words.institutions:
        return None
    if _known_noun(word, words):  # "Zeitung"
        return None
    # A listed first name alone after a role is a surname ("der Präsident Mubarak"), unless a
    # shortened surname or a regnal number follows ("die Zeugin Hildegard S.", "König Rama IX.").
    if is_first_name(word) and (_abbreviated_surname(tokens, end) or _regnal_number(tokens, end)):
        return None
    return _person(tokens, (index, end), "surname", None, index, words)


def _unknown_full_name(
    tokens: Sequence[TokenView], first: int, last: int, words: EntityWords
) -> bool:
    """Two or three name-like words no pack knows as a noun, none a genitive ("Thaksin
    Shinawatra", not "Zeitung Le Monde" nor "Frankreichs Botschafter")."""
    parts = [token.text for token in tokens[first:last]]
    if is_first_name(parts[0]):
        return False  # a listed first name is found as a person at its own word
    return len(parts) <= 3 and all(
        part.isalpha()
        and not (part.endswith("s") and not part.endswith("ss"))
        and part not in words.institutions
        and part not in words.stopwords
        and not _known_noun(part, words)
        for part in parts
    )


def _known_noun(word: str, words: EntityWords) -> bool:
    """A capitalised word the packs know as a common noun: outlet, organisation, company or
    source nouns ("Zeitung", "Behörde", "Konzern", "Hinweise")."""
    return (
        word in words.media_nouns
        or organisation_head(word, words) is not None
        or words.company_noun(word)
        or word in words.source_nouns
    )
