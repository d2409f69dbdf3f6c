"""Entity drafts: which draft a new mention joins (names, bodies, first names), their
mentions and roles, and salience."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from newstrace.lang.mentions import (
    ADJECTIVE,
    Found,
)
from newstrace.lang.names import is_first_name
from newstrace.model import Span
from newstrace.stages.speakers.context import (
    LEAD_BONUS,
    MERGED,
    MIN_SHORT_NAME,
    OBLIQUE_WEIGHT,
    PRONOUN_LOOKBACK_MENTIONS,
    SALIENCE_HALF_LIFE,
    TOPIC_BONUS,
    Draft,
    Text,
)


def starting_in(found: list[Found], indices: list[int]) -> list[Found]:
    """Mentions (sorted by first token) that start at one of the contiguous ``indices``."""
    if not indices:
        return []
    low = bisect.bisect_left(found, indices[0], key=lambda m: m.first)
    high = bisect.bisect_left(found, indices[-1] + 1, key=lambda m: m.first)
    return found[low:high]


def span_tokens(text: Text, span: Span) -> list[int]:
    first = text.token_at(span.start)
    return list(range(first, max(bisect.bisect_left(text.starts, span.end), first)))


def entity_for(mention: Found, drafts: list[Draft]) -> int:
    genitive = (mention.surname or "")[:-1] if (mention.surname or "").endswith("s") else None
    for number in _candidates_by_recency(mention, drafts):
        draft = drafts[number]
        same_person = (
            mention.kind == draft.kind == "person"
            and draft.surname is not None
            and (
                draft.surname in (mention.surname, genitive)
                or _called_by(draft, mention.surname or "")
            )
            and (mention.form != "name" or _same_first_name(draft.name, mention.name))
        )
        # "Wolf" (a speaker span of one word, kind unknown) after "Stefan Wolf" is that person.
        surname_only = mention.kind == "unknown" and (
            draft.surname == mention.name
            or _called_by(draft, mention.name)
            or _company_short_name(draft, mention.name)
        )
        same_body = mention.kind == draft.kind == "organisation" and _same_body(
            draft.name, mention.name
        )
        if (
            same_person
            or surname_only
            or same_body
            or (mention.kind != "person" and draft.name == mention.name)
        ):
            _merge(draft, mention)
            return number
    drafts.append(Draft(mention.kind, mention.name, mention.surname, mention.gender))
    _merge(drafts[-1], mention)
    return len(drafts) - 1


def given_name_alone(name: str) -> str | None:
    """The first word of a two-word name that opens with no first name the list knows
    ("Thaksin Shinawatra", "Qiangba Puncog"): such names are often used by that word alone."""
    words = name.split()
    if len(words) != 2 or is_first_name(words[0]) or not words[0].isalpha():
        return None
    return words[0] if words[0][:1].isupper() and len(words[0]) > 1 else None


def _called_by(draft: Draft, word: str) -> bool:
    """Whether a person is called by ``word`` alone through :func:`given_name_alone`."""
    return draft.kind == "person" and word == given_name_alone(draft.name)


def _company_short_name(draft: Draft, word: str) -> bool:
    """ "Corvane" (a speaker span of one word) after "Corvane AG": the organisation whose
    name opens with it."""
    words = draft.name.split()
    return (
        draft.kind == "organisation"
        and len(words) >= 2
        and words[0] == word
        and len(word) >= MIN_SHORT_NAME
    )


def _same_body(known: str, new: str) -> bool:
    """ "Verfassungsschutz" and "Bundesamt für Verfassungsschutz": one name ends the other
    after "für"/"der" (a short form of the same body), or after the kind noun before a name
    that opens with an abbreviation ("die Lokführergewerkschaft GDL" and "die GDL")."""
    short, long = sorted((known, new), key=len)
    if short == long:
        return False
    first = short.split()[0]
    if len(first) >= 2 and first.isupper() and long.endswith(" " + short):
        return True  # "Lokführergewerkschaft GDL" / "GDL", "Gewerkschaft IG Metall" / "IG Metall"
    if len(short) < MIN_SHORT_NAME:
        return False
    return long.endswith((" für " + short, " der " + short, " des " + short))


def _candidates_by_recency(mention: Found, drafts: list[Draft]) -> list[int]:
    """Entity numbers, the one mentioned last before ``mention`` first ("Bogner" after "Willy
    Bogner" is Willy, after "Bernhard Bogner" Bernhard)."""

    def last_before(number: int) -> int:
        return next((m.first for m in latest_before(drafts[number], mention.first)), -1)

    return sorted(range(len(drafts)), key=lambda number: -last_before(number))


def _same_first_name(known: str, new: str) -> bool:
    """Two full names of one person: same first word, or one of them is a bare surname."""
    known_words, new_words = known.split(), new.split()
    return len(known_words) < 2 or len(new_words) < 2 or known_words[0] == new_words[0]


def add_mention(draft: Draft, mention: Found) -> None:
    """Keep a draft's mentions sorted by position: recency look-ups bisect instead of scanning."""
    bisect.insort(draft.mentions, mention, key=lambda m: m.first)


def latest_before(draft: Draft, index: int) -> Iterator[Found]:
    """The draft's mentions that start before token ``index``, latest first."""
    position = bisect.bisect_left(draft.mentions, index, key=lambda m: m.first)
    return (draft.mentions[i] for i in range(position - 1, -1, -1))


def recent_drafts(found: list[Found], index: int) -> set[int]:
    """Entities mentioned among the last ``PRONOUN_LOOKBACK_MENTIONS`` mentions before token
    ``index``: the only antecedents a pronoun is weighed against, so that resolution stays
    linear on long texts (an article rarely has that many mentions)."""
    position = bisect.bisect_left(found, index, key=lambda m: m.first)
    window = found[max(position - PRONOUN_LOOKBACK_MENTIONS, 0) : position]
    return {m.entity for m in window if m.entity is not None}


def _merge(draft: Draft, mention: Found) -> None:
    add_mention(draft, mention)
    genitive = mention.name == draft.name + "s"  # "Barack Obamas" is Barack Obama
    if mention.form == "name" and len(mention.name) > len(draft.name) and not genitive:
        draft.name = mention.name
    draft.gender = draft.gender or mention.gender
    if mention.role_text:
        add_role(draft, mention.role_text, mention.role_class)


def add_role(draft: Draft, role: str, role_class: str | None) -> None:
    if role not in draft.roles:
        draft.roles.append(role)
    if role_class:
        draft.classes.add(role_class)


def role_label(role: Found) -> str:
    """A role phrase without its leading determiner ("dem Gründer der …" → "Gründer der …")."""
    words = (role.role_text or role.name).split()
    if words and words[0].lower() in ("der", "die", "dem", "den", "des", "ein", "eine", "einem"):
        words = words[1:]
    return " ".join(words)


def nominative_label(text: Text, role: Found, label: str) -> str:
    """A new person's name from an inflected role phrase, in the nominative: "einem ehemaligen
    leitenden Angestellten" → "ehemaliger leitender Angestellter", "einer Sprecherin" stays."""
    words = label.split()
    heads = [i for i, word in enumerate(words) if text.words.role(word) is not None]
    if not heads or role.case == "nom":
        return label
    head = heads[0]
    noun = text.words.role(words[head])
    word, lower = words[head], words[head].lower()
    if noun is None or lower.endswith(noun.noun.lower()):
        return label  # already the nominative ("Jury-Mitglied")
    stem = next(
        (
            word[: len(word) - len(ending)]
            for ending in ("en", "n", "es", "s")
            if lower.endswith(noun.noun.lower() + ending)
        ),
        None,
    )
    if stem is None:
        return label
    female = role.gender == "female"
    adjectival = noun.gender is None and noun.noun.endswith("e")  # "Angestellte(r)"
    nominative = stem + ("r" if adjectival and not female else "")
    adjectives = [
        word[:-2] + ("e" if female else "er")
        if ADJECTIVE.match(word) and word.endswith("en")
        else word
        for word in words[:head]
    ]
    return " ".join([*adjectives, nominative, *words[head + 1 :]])


def salience_of(text: Text, draft: Draft, before: int) -> float:
    """Earlier mentions decayed by sentence distance, plus a topic bonus for the headline's
    people (the headline is metadata, not text, once the cleaner took it out)."""
    sentence = text.sentence_of[before]
    title = text.article.metadata.title or ""
    key = draft.surname or draft.name
    score = TOPIC_BONUS if key and key in re.findall(r"\w+", title) else 0.0
    for mention in draft.mentions:
        if mention.first < before and mention.form != "pronoun":
            distance = sentence - text.sentence_of[mention.first]
            if text.sentence_of[mention.first] == 0 and mention.case == "nom":
                score += LEAD_BONUS  # the lead's subject is what the article is about
            # A subject is more salient than an object ("X warf dem Y vor …. Der 63-Jährige").
            weight = 1.0 if mention.case == "nom" else OBLIQUE_WEIGHT
            score += weight * 0.5 ** (distance / SALIENCE_HALF_LIFE)
    return score


def merge_draft(drafts: list[Draft], source: int, target: int) -> None:
    """Fold draft ``source`` into ``target``: its mentions and roles join, it stays empty."""
    for mention in drafts[source].mentions:
        mention.entity = target
        add_mention(drafts[target], mention)
    for role in drafts[source].roles:
        add_role(drafts[target], role, None)
    drafts[target].used = drafts[target].used or drafts[source].used
    drafts[source].mentions, drafts[source].name, drafts[source].kind = [], "", MERGED


def group_draft(drafts: list[Draft], name: str, first: int, last: int, kind: str = "group") -> int:
    """The draft of ``kind`` called ``name`` (a new one if none is), with a mention at tokens
    ``[first, last)``."""
    number = next(
        (n for n, draft in enumerate(drafts) if draft.kind == kind and draft.name == name),
        None,
    )
    if number is None:
        drafts.append(Draft(kind, name, None, None, [name]))
        number = len(drafts) - 1
    add_mention(drafts[number], Found(first, last, kind, "role", name=name, entity=number))
    return number
