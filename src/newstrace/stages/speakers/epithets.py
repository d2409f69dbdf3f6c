"""Epithets ("der Tech-Milliardär", "der russische Präsident") to the most salient
compatible person."""

from __future__ import annotations

from newstrace.lang.mentions import (
    Found,
)
from newstrace.stages.speakers.context import (
    AGE,
    CLAUSE_BREAKS,
    CONTINUING_SUBJECT_BONUS,
    KNOWN_ROLE_BONUS,
    MIN_SALIENCE_UNKNOWN_ROLE,
    NATIONALITY,
    NEUTRAL_HEADS,
    NOT_NATIONALITIES,
    STRICT_CLASSES,
    Draft,
    Text,
)
from newstrace.stages.speakers.drafts import (
    add_mention,
    add_role,
    latest_before,
    role_label,
    salience_of,
)
from newstrace.stages.speakers.owners import (
    entity_for_role,
    spokes_compound_owner,
)


def _compatible(text: Text, epithet: Found, draft: Draft) -> bool:
    if draft.kind != "person" or epithet.plural:  # "die Anwohner" are no one person
        return False
    if epithet.role_class == "kin":  # "die Mutter" is someone's mother, not that someone
        return False
    if epithet.gender and draft.gender and epithet.gender != draft.gender:
        return False
    group = text.words.role_group(epithet.role_text or epithet.name)
    if group is not None and any(
        other not in (None, group) for other in (text.words.role_group(r) for r in draft.roles)
    ):
        return False  # "der Angeklagte" is not the one known as "Oberstaatsanwalt"
    mine = _nationalities(epithet.role_text or epithet.name)
    known = {n for role in draft.roles for n in _nationalities(role)}
    if mine and known and not mine & known:
        return False  # "der brasilianische Präsident" is not the one known as venezolanisch
    age = AGE.search(epithet.role_text or epithet.name)
    if age is not None and any(known != age.group(1) for known in _ages(draft)):
        return False  # "der 51-Jährige" is not the one known as "der 29-Jährige"
    if _unnamed(draft) and not _head_match(epithet, draft) and not _describes_anyone(epithet):
        return False  # "der Kapitän" is not the one known only as "ein Besatzungsmitglied"
    if "spokes" in draft.classes - {epithet.role_class} and not _describes_anyone(epithet):
        return False  # the spokesman who told of the crash is not "der Fahrer"
    strict = epithet.role_class in STRICT_CLASSES
    return not (strict and draft.classes and epithet.role_class not in draft.classes)


def _ages(draft: Draft) -> set[str]:
    """The ages the person is known by, from roles and from role mentions in any case
    ("ein Bekenntnis zu dem 49-Jährigen" adds no role, but the age is known)."""
    phrases = [*draft.roles, *(m.role_text or m.name for m in draft.mentions if m.kind == "role")]
    return {known.group(1) for phrase in phrases for known in AGE.finditer(phrase)}


def _unnamed(draft: Draft) -> bool:
    """A person the text knows only by role phrases ("Ein Besatzungsmitglied")."""
    return bool(draft.mentions) and all(mention.kind == "role" for mention in draft.mentions)


def _named_in_clause(text: Text, draft: Draft, mention: Found) -> bool:
    """Whether the person is already mentioned in the epithet's clause (then it is someone else)."""
    sentence = text.sentence_of[mention.first]
    for other in draft.mentions:
        if other is mention or text.sentence_of[other.first] != sentence:
            continue
        low, high = sorted((other.first, mention.first))
        if not any(text.tokens[index].text in CLAUSE_BREAKS for index in range(low, high)):
            return True
    return False


def _head_match(epithet: Found, draft: Draft) -> bool:
    """The epithet's role noun is one the person is known by ("der Sprecher" / "Sprecher X")."""
    head = (epithet.role_text or "").split()
    nouns = [w for w in head if w[:1].isupper()]
    return bool(nouns) and any(nouns[0].lower() in role.lower() for role in draft.roles)


def _nationalities(phrase: str) -> set[str]:
    """Stems of nationality adjectives: "venezolanische Staatschef" → {"venezolanisch"}."""
    found = {match.group(1) for match in NATIONALITY.finditer(phrase.lower())}
    return found - NOT_NATIONALITIES


def _complement_match(epithet: Found, draft: Draft) -> bool:
    mine = _nationalities(epithet.role_text or epithet.name)
    if mine and mine & {n for role in draft.roles for n in _nationalities(role)}:
        return True  # "der venezolanische Staatschef" / "venezolanischer Präsident Chávez"
    roles = " ".join(draft.roles)
    return any(word in roles for word in epithet.complement if len(word) > 2)


def resolve_epithets(text: Text, found: list[Found], drafts: list[Draft]) -> None:
    genitive_owners = {
        m.first: m for m in found if m.kind == "person" and m.form == "surname" and m.case == "obl"
    }
    for mention in found:
        if mention.kind == "role" and mention.entity is None and _introduces(text, mention):
            # "Ein ehemaliger Tierpfleger sieht das anders. …, sagte der Mann": someone new,
            # whom later epithets and pronouns can reach
            mention.entity = entity_for_role(text, mention, drafts)
            continue
        if mention.kind != "role" or mention.entity is not None or not mention.definite:
            continue  # an indefinite phrase ("ein Zeuge") introduces someone new
        owner = genitive_owners.get(mention.last)
        if owner is not None and mention.role_class != "spokes" and not mention.plural:
            # "Die Anwältin Samanis": Samani's lawyer, someone new; a spokesman speaks for
            # his master ("Ein Sprecher Putins") and stays with the owner.
            mention.entity = _owned_role(text, mention, owner, drafts)
            continue
        mention.entity = best_person(text, mention, drafts)
        if mention.entity is None:
            mention.entity = _titled_later(text, mention, drafts)
        if (
            mention.entity is None
            and _opening_subject(text, mention)
            and not _named_after(text, found, mention)
        ):
            # "Der 72-jährige Kläger, … hatte verlangt, …" with no one before: someone
            # unnamed, whom later epithets ("Der Kläger wies das zurück") reach
            mention.entity = entity_for_role(text, mention, drafts)
            continue
        if mention.entity is not None and _someone_of_place(text, mention, drafts[mention.entity]):
            # "Der Vertreter Libyens" after "Gaddafi": Libya's representative, someone new
            mention.entity = entity_for_role(text, mention, drafts)
            continue
        spokes_for_named = mention.role_class == "spokes" and (
            bool(mention.complement) or spokes_compound_owner(text, mention) is not None
        )
        if (
            mention.entity is None
            and mention.case == "nom"
            and (mention.plural or mention.role_class == "kin" or spokes_for_named)
        ):
            # "Die Mutter wandte sich …, da sie …", "Die Anwohner …. Sie fordern …": someone
            # new whom pronouns can refer to; "Der Sprecher des Weißen Hauses": its house.
            mention.entity = entity_for_role(text, mention, drafts)
            continue
        if mention.entity is not None:
            draft = drafts[mention.entity]
            add_mention(draft, mention)
            strict = mention.role_class in STRICT_CLASSES
            if mention.case == "nom" and mention.role_text:
                add_role(draft, _nominative_role(mention), mention.role_class if strict else None)


def _titled_later(text: Text, epithet: Found, drafts: list[Draft]) -> int | None:
    """ "…, der Kapitän habe gesagt, … Der Kapitän, Herr Arvid Solberg, …": no one before
    fits, and exactly one person named later bears the role as a title."""
    holders = [
        number
        for number, draft in enumerate(drafts)
        if not _unnamed(draft)
        and _head_match(epithet, draft)
        and _modifiers_known(epithet, draft)
        and _compatible(text, epithet, draft)
        and all(mention.first > epithet.first for mention in draft.mentions)
    ]
    return holders[0] if len(holders) == 1 else None


def _modifiers_known(epithet: Found, draft: Draft) -> bool:
    """Every adjective and complement word of the epithet is in the person's roles: "der
    brasilianische Präsident" is not "Präsident Tabaré Vázquez"."""
    roles = " ".join(draft.roles).lower()
    words = [*(epithet.role_text or "").split()[:-1], *epithet.complement]
    return all(word.lower()[:5] in roles for word in words if len(word) > 2)


def _someone_of_place(text: Text, epithet: Found, draft: Draft) -> bool:
    """A plain role of a listed place ("Vertreter Libyens") that the salient person is not
    known by, or an office of a place or body when the person is known by other roles ("Der
    Bürgermeister von New Orleans" after "Gouverneur Rick Perry"): it names a new person."""
    if not epithet.complement or epithet.case != "nom":
        return False
    if _head_match(epithet, draft) or _complement_match(epithet, draft):
        return False
    if epithet.role_class == "office":
        return bool(draft.roles)
    if epithet.role_class != "other" or len(epithet.complement) != 1:
        return False
    place = text.words.institutions.get(epithet.complement[0], ())
    return any(entry.kind == "place" for entry in place)


def best_person(text: Text, epithet: Found, drafts: list[Draft]) -> int | None:
    """The most salient earlier-mentioned compatible person; a known role decides first, then
    whether the person is the subject the text is talking about right now."""
    scored: list[tuple[float, int, int]] = []
    continuing = _continuing_subject(text, epithet, drafts) if epithet.case == "nom" else None
    for number, draft in enumerate(drafts):
        if not _compatible(text, epithet, draft) or _named_in_clause(text, draft, epithet):
            continue
        score = salience_of(text, draft, epithet.first)
        if score <= 0:
            continue  # an epithet points back to someone already mentioned
        known_role = _head_match(epithet, draft) or _complement_match(epithet, draft)
        bonus = (KNOWN_ROLE_BONUS if known_role else 0.0) + (
            CONTINUING_SUBJECT_BONUS if continuing == number else 0.0
        )
        scored.append((score + bonus, -number, number))
    public_office = epithet.role_class in ("office", "spokes")
    if public_office and not (len(scored) == 1 and _last_as_subject(drafts[scored[0][2]], epithet)):
        # A public office nobody is known to hold ("Der Staatsanwalt") goes only to a clearly
        # salient person, or to the one candidate when that one was last seen as a subject.
        scored = [item for item in scored if item[0] >= MIN_SALIENCE_UNKNOWN_ROLE]
    return max(scored)[2] if scored else None


def _continuing_subject(text: Text, epithet: Found, drafts: list[Draft]) -> int | None:
    """The person last mentioned as a subject, outside quotations, in the epithet's sentence or
    the one before ("Kessler reagierte enttäuscht. …, sagte der frühere Nationalspieler")."""
    sentence = text.sentence_of[epithet.first]
    best: tuple[int, int] | None = None
    for number, draft in enumerate(drafts):
        if not _compatible(text, epithet, draft):
            continue
        if (draft.classes & STRICT_CLASSES) - {epithet.role_class} and not _describes_anyone(
            epithet
        ):
            continue  # the prosecutor just named is not "die Angeklagte"
        for mention in latest_before(draft, epithet.first):
            if text.sentence_of[mention.first] < sentence - 1:
                break
            if _subject_case(draft, mention) and not text.in_message[mention.first]:
                if best is None or mention.first > best[0]:
                    best = (mention.first, number)
                break
    return None if best is None else best[1]


def _subject_case(draft: Draft, mention: Found) -> bool:
    """A nominative mention whose title right before it is no oblique phrase: "vor der
    Schwedin Elin Berg" is no subject, though the name alone looks like one."""
    return mention.case == "nom" and not any(
        title.form == "title" and title.last == mention.first and title.case != "nom"
        for title in draft.mentions
    )


def _describes_anyone(epithet: Found) -> bool:
    """Age, sex or public standing ("der 52-Jährige", "die Frau", "der Politiker") fit anyone."""
    head = (epithet.role_text or epithet.name).split()[-1:] or [""]
    return epithet.role_class == "public" or head[0].lower().endswith(NEUTRAL_HEADS)


def _last_as_subject(draft: Draft, before: Found) -> bool:
    earlier = [m for m in draft.mentions if m.first < before.first]
    return bool(earlier) and max(earlier, key=lambda m: m.first).case == "nom"


def _nominative_role(mention: Found) -> str:
    """ "russische Präsident" after "der" is "russischer Präsident" without the article."""
    words = role_label(mention).split()
    adjectives = len(words) - 1 if not mention.complement else 0
    fixed = [
        word + "r" if position < adjectives and word.endswith("e") and word.islower() else word
        for position, word in enumerate(words)
    ]
    return " ".join(fixed)


#: Most tokens of "Einer der beiden Wanderer," before an apposition that introduces someone.
_MAX_ONE_OF = 8


#: Words (honorifics, titles) a holder's name may stand after the comma that follows a role.
_MAX_TITLE = 3
#: Words of a role's complement the role mention may leave out before that comma.
_MAX_COMPLEMENT = 4


def _introduces(text: Text, mention: Found) -> bool:
    """An indefinite singular role opening a sentence outside quotations, as its subject."""
    return not mention.definite and _opening_subject(text, mention)


def _opening_subject(text: Text, mention: Found) -> bool:
    """A singular role opening a sentence outside quotations, as its subject."""
    if mention.plural or mention.case != "nom":
        return False
    if mention.role_class in ("spokes", "people") or text.in_message[mention.first]:
        return False
    first = mention.first
    if text.opens_sentence(first):
        return True
    # "Einer der beiden Wanderer, ein Student aus Bielefeld, räumte ein …": the apposition
    opening = first
    while opening > 0 and text.sentence_of[opening - 1] == text.sentence_of[first]:
        opening -= 1
    one_of = text.tokens[opening].text.lower() in ("einer", "eine", "eines")
    return one_of and text.tokens[first - 1].text == "," and first - opening <= _MAX_ONE_OF


def _named_after(text: Text, found: list[Found], role: Found) -> bool:
    """The role's holder is named right after it, past the role's genitive complement: "Die
    Vorsitzende des Ethikausschusses des Repräsentantenhauses, Frau Renee Castillo,"."""
    last = min(len(text.tokens), role.last + 1 + _MAX_COMPLEMENT)
    comma = next((i for i in range(role.last + 1, last) if text.tokens[i].text == ","), None)
    if comma is None or text.sentence_of[comma] != text.sentence_of[role.first]:
        return False
    return any(m.kind == "person" and comma < m.first <= comma + _MAX_TITLE for m in found)


def _owned_role(text: Text, role: Found, owner: Found, drafts: list[Draft]) -> int:
    """The holder of a role of a named person ("Die Anwältin Samanis"), named by both."""
    label = role_label(role)
    name = f"{label} {text.tokens[owner.first].text}"
    for number, draft in enumerate(drafts):
        if draft.kind == "person" and draft.name == name:
            add_mention(draft, role)
            return number
    drafts.append(Draft("person", name, None, role.gender, [label]))
    add_mention(drafts[-1], role)
    return len(drafts) - 1
