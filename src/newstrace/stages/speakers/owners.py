"""Organisations and groups that speak through their people: kind nouns ("der Konzern"),
spokespeople of a body ("ein Sprecher des Ministeriums"), owners of documents and roles."""

from __future__ import annotations

import re
from dataclasses import replace

from newstrace.lang.entities import PREPOSITIONS
from newstrace.lang.mentions import (
    Found,
    looks_like_brand,
    nominative_adjective,
    organisation_head,
)
from newstrace.model import Span
from newstrace.stages.speakers.context import (
    ANONYMOUS_PEOPLE,
    DOCUMENTS,
    EYEWITNESSES,
    GENERIC_ORGANISATIONS,
    MAX_COLLECTIVE_WORDS,
    MIN_AUTHOR_SALIENCE,
    MIN_GENITIVE_STEM,
    MIN_KIND_HEAD,
    NATIONALITY,
    NOT_NATIONALITIES,
    OWNER_DETERMINERS,
    QUOTE_MARKS,
    SINGULAR_OWNERS,
    UNNAMED_CIRCLES,
    Draft,
    Text,
    genitive_forms,
    in_parentheses,
)
from newstrace.stages.speakers.drafts import (
    add_mention,
    entity_for,
    latest_before,
    nominative_label,
    role_label,
    salience_of,
    span_tokens,
    starting_in,
)


def is_kind_mention(text: Text, mention: Found) -> bool:
    """An organisation or outlet named only by its kind ("die Organisation", "Die Agentur")."""
    if mention.kind != "organisation":
        return False
    return _outlet_kind(text, mention) or generic_organisation(text, mention.name)


def _outlet_kind(text: Text, mention: Found) -> bool:
    """ "Die Agentur", "der Sender": an outlet's kind noun alone."""
    return " " not in mention.name and media_noun(text, mention.name)


def kind_mention(text: Text, mention: Found, drafts: list[Draft]) -> int | None:
    """ "des Konzerns" after "die Volkswagen AG": an organisation named only by its kind noun is
    the latest organisation of that kind, when there is one."""
    if mention.kind != "organisation":
        return None
    referent = None
    if _outlet_kind(text, mention):
        # "Die Agentur bestätigte" after "die Nachrichtenagentur Xinhua": that outlet
        referent = last_outlet(text, mention.first, drafts)
    if generic_organisation(text, mention.name):
        referent = _later_of(text, mention.first, referent, mention.name, drafts)
    if referent is not None:
        add_mention(drafts[referent], mention)
    return referent


def _later_of(
    text: Text, at: int, outlet: int | None, noun: str, drafts: list[Draft]
) -> int | None:
    """A noun for an outlet and a body alike ("die Agentur" after "die Nachrichtenagentur
    Xinhua" or "die International Tennis Integrity Agency"): whichever was mentioned last."""
    body = kind_referent(text, at, noun, drafts)
    if outlet is None or body is None:
        return body if outlet is None else outlet
    return last_mentioned(text, at, [outlet, body], drafts, in_messages=True)


def salient_organisation(text: Text, at: int, drafts: list[Draft]) -> int | None:
    scored = [
        (salience_of(text, draft, at), number)
        for number, draft in enumerate(drafts)
        if draft.kind in ("organisation", "media")
        # "(Wikinews berichtete)": an aside names no author
        and not all(in_parentheses(text, mention.first) for mention in draft.mentions)
    ]
    best = max(scored, default=(0.0, None))
    return best[1] if best[1] is not None and best[0] >= MIN_AUTHOR_SALIENCE else None


#: Letters a nationality adjective shares with its country's name ("kuba|nisch", "russ|isch").
_MIN_COUNTRY_PREFIX = 4
#: Kind nouns that fit an organisation of any kind.
_ANY_BODY = frozenset({"Organisation", "organisation", "organization"})


def last_mentioned(
    text: Text,
    index: int,
    numbers: list[int],
    drafts: list[Draft],
    *,
    in_messages: bool = False,
) -> int | None:
    best: tuple[int, int] | None = None
    for number in numbers:
        latest = next(
            (
                m.first
                for m in latest_before(drafts[number], index)
                if in_messages or not text.in_message[m.first]
            ),
            None,
        )
        if latest is not None and (best is None or latest > best[0]):
            best = (latest, number)
    return None if best is None else best[1]


def last_outlet(text: Text, at: int, drafts: list[Draft]) -> int | None:
    """The outlet mentioned last before token ``at`` ("Dem Sender zufolge", "der Meldung")."""
    outlets = [number for number, draft in enumerate(drafts) if draft.kind == "media"]
    return last_mentioned(text, at, outlets, drafts, in_messages=True)


def document_source(text: Text, span: Span, found: list[Found], drafts: list[Draft]) -> int | None:
    """The owner of a document or statement noun: "nach Angaben der Gewerkschaft X", "einer
    Presseerklärung der Gewerkschaft", "Einschätzung von Experten", "den Vorschlag des
    Umweltministers Sigmar Gabriel"."""
    indices = span_tokens(text, span)
    for index in indices:
        prefix = _owner_prefix(text, text.tokens[index].text)
        if prefix is not None:
            return _owner_entity(text, index, [prefix], drafts)
    for index in indices[1:]:
        word = text.tokens[index].text
        if word in text.words.source_nouns and text.tokens[index - 1].text.endswith("s"):
            # "Nach Grupps Meinung", "laut Microsofts Angaben": a genitive name before the noun
            before = next((m for m in found if m.last == index and m.entity is not None), None)
            if before is not None and before.kind in ("person", "organisation", "media"):
                return before.entity
    for index in indices[1:]:
        word = text.tokens[index].text
        if word in text.words.source_nouns and (country := _country_of(text, index - 1)):
            # "nach kubanischen Aussagen", "nach russischen Angaben": that country
            return entity_for(Found(index - 1, index, "place", "name", name=country), drafts)
    for index in indices[1:]:
        word = text.tokens[index].text
        if word in text.words.source_nouns and (body := _body_of_adjective(text, index - 1)):
            # "behördlichen Angaben zufolge", "nach polizeilichen Angaben": that body
            return _owner_entity(text, index, [body], drafts)
    for position, index in enumerate(indices[:-1]):
        word = text.tokens[index].text
        if word not in text.words.source_nouns and text.words.medium(word) is None:
            continue
        named = _owner_mention(text, found, indices[position + 1 :], drafts)
        if named is None:
            named = _apposition_owner(text, found, indices[position + 1 :])
        if named is not None:
            return named
        owner = _owner_words(text, indices[position + 1 :])
        if owner:
            return _owner_entity(text, index, owner, drafts)
    return _cue_owner(text, indices, found, drafts)


#: An adjective made of a body's name ("behörd|lichen", "polizei|liche").
_BODY_ADJECTIVE = re.compile(r"([a-zäöü]{3,})lich(?:e|en|er|es|em)")


def _body_of_adjective(text: Text, index: int) -> str | None:
    """The body an adjective in "-lich" names, when the stem is a listed institution or a kind
    of organisation ("polizeilichen" → Polizei; "behördlichen" → Behörden, in the plural)."""
    match = _BODY_ADJECTIVE.fullmatch(text.tokens[index].text) if index >= 0 else None
    if match is None:
        return None
    stem = match[1].title()
    if stem in text.words.institutions or generic_organisation(text, stem):
        return stem
    return stem + "en" if _bodies_of_kind(text, stem + "en") else None


def _bodies_of_kind(text: Text, word: str) -> bool:
    """A plural kind noun ("Behörden"): the bodies of that kind, none of them named."""
    return word.endswith("en") and generic_organisation(text, word[:-1])


def _country_of(text: Text, index: int) -> str | None:
    """The listed country a nationality adjective names ("kubanischen" → Kuba, "russischen" →
    Russland): the longest listed place whose name the adjective's stem starts like."""
    match = NATIONALITY.fullmatch(text.tokens[index].text) if index >= 0 else None
    if match is None or match.group(1) in NOT_NATIONALITIES:
        return None
    stem = match.group(1).removesuffix("isch")
    best: tuple[int, str] | None = None
    for entries in text.words.institutions.values():
        for entry in entries:
            if entry.kind != "place" or len(entry.words) != 1 or entry.canonical != entry.words[0]:
                continue
            name = entry.canonical.lower()
            common = _shared_prefix(name, stem)
            if common >= _MIN_COUNTRY_PREFIX and (best is None or common > best[0]):
                best = (common, entry.canonical)
    return None if best is None else best[1]


def _shared_prefix(first: str, second: str) -> int:
    pairs = zip(first, second, strict=False)
    return next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(first), len(second)))


#: Role classes whose definite holder the epithet pass finds reliably ("des UN-Generalsekretärs",
#: "des SPD-Politikers"); "des Angestellten" or "der Kritiker" are someone new or a group.
_KNOWN_HOLDER_CLASSES = frozenset({"office", "business", "expert", "public"})


def _owner_mention(
    text: Text, found: list[Found], indices: list[int], drafts: list[Draft]
) -> int | None:
    """A person or named organisation right after the source noun's genitive/"von" owns it;
    a spokesperson ("nach Angaben eines Sprechers der Finanzaufsicht") stands for theirs."""
    if not indices or text.tokens[indices[0]].text.lower() not in OWNER_DETERMINERS:
        return None
    for mention in starting_in(found, indices[:MAX_COLLECTIVE_WORDS]):
        if mention.entity is not None and mention.kind in ("person", "organisation", "media"):
            return mention.entity
        if mention.entity is not None and mention.role_class in _KNOWN_HOLDER_CLASSES:
            return mention.entity  # "nach Ansicht des UN-Generalsekretärs": the one known so
        if mention.kind == "role" and mention.role_class == "spokes":
            mention.entity = entity_for_role(text, mention, drafts)
            return mention.entity
        if mention.kind == "role" and not mention.plural and mention.entity is None:
            mention.entity = entity_for_role(text, mention, drafts)  # "des Leiters der …"
            return mention.entity
    return None


def _apposition_owner(text: Text, found: list[Found], indices: list[int]) -> int | None:
    """ "des Hauptsponsors der Halbzeitshow, dem Getränkehersteller Pepsi": the owner unnamed,
    the apposition after its comma names it."""
    comma = next((i for i in indices if text.tokens[i].text == ","), None)
    if comma is None:
        return None
    for mention in starting_in(found, [comma + 1, comma + 2, comma + 3]):
        if mention.entity is not None and mention.kind in ("person", "organisation", "media"):
            return mention.entity
    return None


def _cue_owner(
    text: Text, indices: list[int], found: list[Found], drafts: list[Draft]
) -> int | None:
    """ "nach Informationen | des Lokalblatts X": the source noun sits in the cue, the span is
    only its genitive owner; the owner is the source, not the clause's subject."""
    if not indices or indices[0] == 0:
        return None
    before = text.tokens[indices[0] - 1].text
    if before not in text.words.source_nouns and text.words.medium(before) is None:
        return None
    named = _owner_mention(text, found, indices, drafts)
    if named is not None:
        return named
    owner = _owner_words(text, indices)
    return _owner_entity(text, indices[0], owner, drafts) if owner else None


def _owner_prefix(text: Text, word: str) -> str | None:
    """ "NASA-Angaben" → "NASA", "Polizeiangaben" → "Polizei" (a listed institution only),
    "Unternehmensangaben" → "Unternehmens" (a kind noun, referring back)."""
    for noun in text.words.source_nouns:
        lower = noun.lower()
        if len(noun) < 6 or not word.lower().endswith(lower) or len(word) == len(noun):
            continue
        if noun in UNNAMED_CIRCLES:  # "Regierungskreisen": a milieu, not a source
            return None
        prefix = word[: -len(noun)].rstrip("-")
        if word[-len(noun) - 1] == "-" and prefix[:1].isupper():
            return prefix
        if prefix in text.words.institutions or generic_organisation(text, prefix.title()):
            return prefix.title()
        if _bodies_of_kind(text, prefix.title()):  # "Behördenangaben"
            return prefix.title()
        role = text.words.role(prefix.title())
        # "Korrespondentenberichten": hearsay; "Augenzeugenberichten": what the witnesses saw
        report = text.words.medium(noun) == "report" and (
            role is None or role.noun not in EYEWITNESSES
        )
        if role is not None and role.role_class not in ("people", "kin") and not report:
            return prefix.title()  # "nach Expertenmeinung", "Zeugenaussagen": that group
    return None


def _owner_words(text: Text, indices: list[int]) -> list[str]:
    """ "der malaysischen Nachrichtenagentur Bernama" → ["Nachrichtenagentur", "Bernama"];
    "eines chinesischen Gerichtes" → ["Gericht"]."""
    if not indices:
        return []
    opening = text.tokens[indices[0]].text
    if opening.lower() in OWNER_DETERMINERS:
        indices = indices[1:]
    elif not (opening.islower() and opening.endswith("er")):  # "politischer Beobachter"
        return []
    words: list[str] = []
    for index in indices:
        word = text.tokens[index].text
        if word in text.words.stopwords:  # "vom August 2002"
            break
        if word in QUOTE_MARKS:  # "des Fachmagazins „Steilpass“"
            continue
        if word[:1].isupper() or looks_like_brand(word):
            words.append(word)
        elif words or not word.islower() or len(words) >= MAX_COLLECTIVE_WORDS:
            break
    head = organisation_head(words[0], text.words) if len(words) == 1 else None
    if head and words[0] == head + "n" and opening.islower():
        # "Schätzungen französischer Behörden": several bodies of that country, not one named
        return [f"{opening.removesuffix('r')} {words[0]}"]
    return [head] if head else words


def _owner_entity(text: Text, at: int, owner: list[str], drafts: list[Draft]) -> int | None:
    if owner[0] in ANONYMOUS_PEOPLE or (len(owner) == 1 and owner[0] in UNNAMED_CIRCLES):
        # "nach Angaben von Personen, die … vertraut sind", "informierter Kreise": nobody named
        return None
    if len(owner) == 1 and _plural_media(text, owner[0]):
        return None  # "nach Berichten britischer Tageszeitungen": which ones, nobody says
    if len(owner) == 1 and set(genitive_forms(owner[0])) & DOCUMENTS:
        return salient_organisation(text, at, drafts)  # "nach Angaben des Berichts"
    role = text.words.role(owner[-1]) if len(owner) == 1 else None
    after = text.tokens[at + 1].text.lower() if at + 1 < len(text.tokens) else ""
    if role is not None and role.role_class != "people" and after not in SINGULAR_OWNERS:
        # "nach Angaben von Kritikern", "nach Meinung politischer Beobachter": a group
        group = Found(at, at + 1, "group", "role", name=_plural_of(owner[-1], role.noun))
        return entity_for(group, drafts)
    if len(owner) == 1 and generic_organisation(text, owner[0]):
        referent = kind_referent(text, at, owner[0], drafts)
        if referent is not None or media_noun(text, owner[0]):
            return referent  # "Agenturmeldungen zufolge": no agency named, nobody known
    for number, draft in enumerate(drafts):
        if draft.kind != "person" and any(_word_names(word, draft.name) for word in owner[-1:]):
            return number
    for word in owner:
        # "des Handelsblatts": a listed name in the genitive.
        for form in genitive_forms(word):
            for entry in text.words.institutions.get(form, ()):
                if len(entry.words) == 1:
                    found = Found(at, at + 1, entry.kind, "name", name=entry.canonical)
                    return entity_for(found, drafts)
    kind = "media" if media_noun(text, owner[0]) else "organisation"
    words = owner[1:] if kind == "media" and len(owner) > 1 else owner
    # "der Internationalen Sicherheitsunterstützungstruppe" is the Internationale …
    last = _nominative_body(text, words[-1])
    name = " ".join([*(nominative_adjective(word) for word in words[:-1]), last])
    if last == words[-1]:  # no body's noun, whose nominative is known
        name = _without_case_ending(name, owner, after)
    return entity_for(Found(at, at + 1, kind, "name", name=name), drafts)


def _without_case_ending(name: str, owner: list[str], after: str) -> str:
    """An owner's name without its genitive or dative plural ending (``after`` is the word after
    the owner phrase)."""
    if len(owner) == 1 and len(name) >= MIN_GENITIVE_STEM + 2 and name.endswith("es"):
        return name[:-2]  # "des Geheimdienstes" is the Geheimdienst
    if after in SINGULAR_OWNERS and _genitive_s(owner[-1]):
        # "des französischen Stromnetzbetreibers" is the Stromnetzbetreiber, "des Bayrischen
        # Rundfunks" the Rundfunk
        return name[:-1]
    if len(owner) == 1 and after == "von" and name.endswith(("ern", "eln")):
        return name[:-1]  # "von Beobachtern": dative plural, the Beobachter
    return name


def _nominative_body(text: Text, word: str) -> str:
    """An organisation noun in the genitive named in the nominative: "des
    Gesundheitsministeriums" is the Gesundheitsministerium; other words stay as they are."""
    head = organisation_head(word, text.words)
    return head if head is not None and word in (head + "s", head + "es") else word


def _genitive_s(word: str) -> bool:
    """ "Stromnetzbetreibers", "Konsortiums": a genitive "-s" (not "Prozess", "Zirkus")."""
    return (
        len(word) > MIN_GENITIVE_STEM + 1
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "os", "as"))
    )


#: Nouns for the press as a whole: no outlet in particular.
_THE_PRESS = frozenset({"Presse", "Medien", "Boulevardpresse", "Lokalpresse", "Fachpresse"})


def _plural_media(text: Text, word: str) -> bool:
    """ "Tageszeitungen", "Sender", "der bulgarischen Presse": outlets in the plural or the
    press as a whole, none named."""
    if word in _THE_PRESS:
        return True
    if not word.endswith("n") or word in text.words.institutions:
        return False
    return any(media_noun(text, singular) for singular in (word[:-1], word[:-2]))


def _plural_of(word: str, noun: str) -> str:
    """The plural role noun as a group is named: "Kritikern" → "Kritiker", "Forschenden" →
    "Forschende" (a participle noun after an article); "Experten" stays."""
    # a compound too: "Kernkraftgegnern" (role noun "Gegner") → "Kernkraftgegner"
    declined = word.lower().endswith(noun.lower() + "n") and noun.endswith(("er", "el", "nde"))
    return word[:-1] if declined else word


def _same_group(role: Found, label: str, noun: str, text: Text, drafts: list[Draft]) -> int | None:
    """The group a plural role phrase names again: "Die Forschenden" after "Forschende der
    Universität Leipzig" (the latest group of that role noun, when the phrase adds no
    complement); or, read in the other order, a bare "Forschende der Universität Leipzig"
    before a group so far known only as "Forschende" (the caller gives it the fuller name)."""
    candidates = []
    for number, draft in enumerate(drafts):
        if draft.kind != "group" or not draft.mentions:
            continue
        heads = [text.words.role(word) for word in draft.name.split()]
        if not any(head is not None and head.noun == noun for head in heads):
            continue
        before = [m.first for m in draft.mentions if m.first < role.first]
        if role.definite and not role.complement and before:
            candidates.append((max(before), number))
        elif not role.definite and not before and draft.name == noun:
            return number
    return max(candidates)[1] if candidates else None


def kind_referent(text: Text, at: int, word: str, drafts: list[Draft]) -> int | None:
    """ "des Unternehmens", "des Ministeriums": a definite kind noun refers back to the latest
    organisation of that kind (its name ends in the noun: "Bundesinnenministerium"), or for a
    company noun ("Unternehmens", "Konzerns") to the latest organisation named after one."""
    stems = set(genitive_forms(word))
    if stems & _ANY_BODY:  # "die Organisation in Bonn": the body talked about, of any kind
        bodies = [n for n, draft in enumerate(drafts) if draft.kind == "organisation"]
        return last_mentioned(text, at, bodies, drafts, in_messages=True) if bodies else None
    company = text.words.company_noun(word) or bool(stems & GENERIC_ORGANISATIONS)
    heads = {_kind_head(text, stem) for stem in stems}
    heads.update(head for stem in stems for head in text.words.kind_heads.get(stem, ()))
    best: tuple[int, int] | None = None
    for number, draft in enumerate(drafts):
        if draft.kind != "organisation":
            continue
        # "die Fachgesellschaft" / "Deutsche Krebsgesellschaft", "Klinikum" / "Universitäts-
        # klinikum Freiburg": a word of the name ends in the kind noun's head.
        known = " ".join([draft.name, *draft.roles]).lower().split()
        of_kind = any(word.endswith(head) for word in known for head in heads)
        if company and not of_kind and _public_body(text, draft):
            continue  # "das Unternehmen" is no authority, club or party
        last = next((m.first for m in latest_before(draft, at)), None)
        if last is not None and (of_kind or company) and (best is None or last > best[0]):
            best = (last, number)
    if best is None and "ministerium" in heads:
        return _ministry_of_minister(text, _token_of(text, at, word), drafts)
    if company and best is not None and not _company_like(text, drafts[best[1]]):
        # "Der Konzern": a body named as a company (AG, Konzern, …) before an unknown one
        companies = [
            (last, number)
            for number, draft in enumerate(drafts)
            if draft.kind == "organisation"
            and _company_like(text, draft)
            and (last := next((m.first for m in latest_before(draft, at)), None)) is not None
        ]
        if companies:
            best = max(companies)
    return None if best is None else best[1]


def _token_of(text: Text, at: int, word: str) -> int:
    """Where ``word`` stands from token ``at`` on ("eine Sprecherin des Ministeriums"): the
    noun itself is the mention of what it names, not the phrase's first word."""
    window = range(at, min(at + _NOUN_REACH, len(text.tokens)))
    return next((index for index in window if text.tokens[index].text == word), at)


#: Tokens after a phrase's first word within which its kind noun is looked for.
_NOUN_REACH = 8


def _company_like(text: Text, draft: Draft) -> bool:
    words = " ".join([draft.name, *draft.roles]).replace("-", " ").split()
    return any(text.words.company_noun(word) for word in words)


def _ministry_of_minister(text: Text, at: int, drafts: list[Draft]) -> int | None:
    """ "Das Ministerium" after "Bundeslandwirtschaftsminister Kai Roeder": the ministry his
    title names ("Bundeslandwirtschaftsministerium")."""
    best: tuple[int, str] | None = None
    for draft in drafts:
        last = next((m.first for m in latest_before(draft, at)), None)
        if draft.kind != "person" or last is None or (best is not None and last < best[0]):
            continue
        for role in draft.roles:
            title = role.split()[-1].removesuffix("in")
            if title.lower().endswith("minister") and len(title) > len("minister"):
                best = (last, title + "ium")
    if best is None:
        return None
    return entity_for(Found(at, at + 1, "organisation", "name", name=best[1]), drafts)


def _public_body(text: Text, draft: Draft) -> bool:
    """An authority, court, university, party, club or similar: a word of its name is an
    organisation noun that is no company noun ("Universität Exeter", "Feuerwehr des Bezirks")."""
    for word in draft.name.split():
        head = organisation_head(word, text.words)
        if head is not None and not text.words.company_noun(head):
            return True
    return False


def _kind_head(text: Text, word: str) -> str:
    """The organisation noun a kind word ends in ("fachgesellschaft" → "gesellschaft"), lower
    case; the word itself when it ends in none."""
    lower = word.lower()
    heads = [
        suffix.lower()
        for suffix in text.words.org_suffixes
        if len(suffix) >= MIN_KIND_HEAD and lower.endswith(suffix.lower())
    ]
    return min(heads, key=len) if heads else lower


def media_noun(text: Text, word: str) -> bool:
    """ "Zeitung", "Lokalblatts", "Wochenzeitung": an outlet's kind, also inflected or compound."""
    return text.words.media_noun(word)


def entity_for_role(text: Text, role: Found, drafts: list[Draft]) -> int | None:
    if role.role_class == "spokes":
        organisation = _spoken_for(text, role, drafts)
        if organisation is not None:
            add_mention(drafts[organisation], role)
            return organisation
    named = None if role.plural else _named_by_copula(text, role, drafts)
    if named is not None:
        add_mention(drafts[named], role)
        return named
    label = role_label(role)
    if role.plural:  # "die Anwohner", "Chinesische Politiker": a group speaks
        *opening, last = label.split()
        noun = text.words.role(last)
        # "die afghanischen Soldaten" are "afghanische Soldaten"
        opening = [nominative_adjective(word) for word in opening]
        if noun is not None:  # "von Kernkraftgegnern": the group is "Kernkraftgegner"
            label = " ".join([*opening, _plural_of(last, noun.noun)])
        head = next(filter(None, map(text.words.role, label.split())), None)
        same = None if head is None else _same_group(role, label, head.noun, text, drafts)
        if same is not None:
            if not role.definite:  # the bare phrase before the group: its fuller name
                drafts[same].name = label
                drafts[same].roles.insert(0, label)
            add_mention(drafts[same], role)
            return same
        drafts.append(Draft("group", label, None, None, [label]))
    else:
        name = nominative_label(text, role, label)
        drafts.append(Draft("person", name, None, role.gender, [label]))
    add_mention(drafts[-1], role)
    return len(drafts) - 1


#: Verbs that equate a subject role with the named person after them ("Neuer Trainer ist …");
#: not "wird"/"wurde", whose "von X" is a passive's agent.
_COPULAS = frozenset({"ist", "war", "bleibt"})
#: Tokens from the copula to the name ("ist der Kurde Raed Dschuhi").
_COPULA_REACH = 4


def _named_by_copula(text: Text, role: Found, drafts: list[Draft]) -> int | None:
    """ "Ein anderer Richter des Tribunals ist der Kurde Raed Dschuhi": a subject role that a
    copula right after it equates with a named person of its gender is that person."""
    copula = role.last
    if role.case != "nom" or copula >= len(text.tokens):
        return None
    if text.tokens[copula].text not in _COPULAS:
        return None
    sentence = text.sentence_of[copula]
    for number, draft in enumerate(drafts):
        if draft.kind != "person" or not draft.surname:
            continue
        if role.gender and draft.gender and role.gender != draft.gender:
            continue
        if any(
            copula < mention.first <= copula + _COPULA_REACH
            and text.sentence_of[mention.first] == sentence
            and not any(
                text.tokens[i].text.lower() in PREPOSITIONS for i in range(copula, mention.first)
            )  # "ist von X ernannt worden": no equation
            for mention in draft.mentions
        ):
            return number
    return None


def _word_names(word: str, name: str) -> bool:
    """Whether ``word`` (perhaps in the genitive) is a word of ``name``, or the start of one:
    "Kremls" / "Kreml", "Ministeriums" / "Ministerium", "Sky" / "Sky News"; not "Finanzaufsicht"
    / "Finanznachrichtenagentur"."""
    stems = set(genitive_forms(word))
    return any(part.startswith(stem) for part in name.split() for stem in stems if len(stem) >= 3)


def spokes_compound_owner(text: Text, role: Found) -> str | None:
    """ "Polizeisprecher" → "Polizei", "Regierungssprecher" → "Regierung"; None for a plain
    "Sprecher" or a prefix that names no organisation."""
    words = (role.role_text or role.name).split()
    head = next((word for word in words if text.words.role(word) is not None), words[-1])
    head = head.removesuffix("s") if head.endswith(("ers", "erins")) else head  # genitive
    lower = head.lower()
    for suffix in ("sprecherin", "sprecher"):
        if not lower.endswith(suffix) or len(head) <= len(suffix) + 2:
            continue
        hyphen = head[len(head) - len(suffix) - 1] == "-"
        prefix = head[: len(head) - len(suffix)].rstrip("-")
        if (prefix.isupper() and prefix.isalpha()) or (hyphen and prefix[:1].isupper()):
            return prefix  # "Ein WWF-Sprecher", "ein Lufthansa-Sprecher": that body
        # "Regierungssprecher": the linking "s" first, then the prefix as written
        for candidate in (prefix.removesuffix("s"), prefix):
            word = candidate[:1].upper() + candidate[1:]
            if word in text.words.institutions or generic_organisation(text, word):
                return word
            stem = organisation_head(word, text.words)  # "Behörden" → "Behörde"
            if stem is not None:
                return stem
    return None


def _named_in_compound(text: Text, role: Found, drafts: list[Draft]) -> int | None:
    """The organisation one of whose name words opens a spokes compound ("Bahnsprecher" /
    "Deutsche Bahn"), mentioned before the role."""
    head = (role.role_text or role.name).split()[-1]
    lower = head.lower()
    suffix = next((s for s in ("sprecherin", "sprecher") if lower.endswith(s)), None)
    if suffix is None or len(head) < len(suffix) + 3:
        return None
    prefix = head[: len(head) - len(suffix)]
    candidates = [
        number
        for number, draft in enumerate(drafts)
        if draft.kind in ("organisation", "media")
        and any(word == prefix or word == prefix.removesuffix("s") for word in draft.name.split())
    ]
    # a mention inside a quotation names the body as well ("… hat der Deutschen Bahn gedroht.")
    return last_mentioned(text, role.first, candidates, drafts, in_messages=True)


#: Prefixes of spokes compounds that name a job, not the body spoken for ("Pressesprecher").
_SPOKES_JOB_PREFIXES = frozenset({"Presse", "Medien", "Vorstand", "Chef", "Haupt", "Ober"})
#: Shortest prefix of a spokes compound taken as the name of the body spoken for.
_MIN_SPOKES_PREFIX = 4


def _compound_prefix(role: Found) -> str | None:
    """ "Talibansprecher" → "Taliban": the first part of a spokes compound as a name."""
    head = (role.role_text or role.name).split()[-1]
    head = head.removesuffix("s") if head.endswith(("ers", "erins")) else head
    for suffix in ("sprecherin", "sprecher"):
        if head.lower().endswith(suffix):
            prefix = head[: len(head) - len(suffix)].rstrip("-")
            prefix = prefix.removesuffix("s") if prefix.endswith(("ions", "ungs", "ts")) else prefix
            if (
                len(prefix) >= _MIN_SPOKES_PREFIX
                and prefix[:1].isupper()
                and prefix.isalpha()
                and prefix not in _SPOKES_JOB_PREFIXES
            ):
                return prefix
    return None


def _spoken_for(text: Text, role: Found, drafts: list[Draft]) -> int | None:
    """The institution a spokesperson speaks for: named in the complement or in the compound
    ("Polizeisprecher", "Regierungssprecher"), else the most salient organisation of the last
    sentences."""
    owner = spokes_compound_owner(text, role)
    if owner is None and not role.complement:
        named = _named_in_compound(text, role, drafts)
        if named is not None:  # "Ein Bahnsprecher" after "der Deutschen Bahn"
            return named
        owner = _compound_prefix(role)  # "Ein Talibansprecher": the Taliban, named so
    told_outlet = bool(role.complement) and media_noun(text, role.complement[0])
    if owner is not None and (not role.complement or told_outlet):
        # "ein Polizeisprecher der Nachrichtenagentur AFP": the police's, told to AFP
        role = replace(role, complement=(owner,))
    for position, word in enumerate(role.complement):
        for entry in text.words.institutions.get(word, ()):
            # all its words: "der Deutschen Bank" is no "Deutsche Welle"
            if role.complement[position : position + len(entry.words)] == entry.words:
                return entity_for(
                    Found(role.first, role.last, entry.kind, "role", name=entry.canonical), drafts
                )
        naming = [
            number
            for number, draft in enumerate(drafts)
            if draft.kind in ("organisation", "media") and _word_names(word, draft.name)
        ]
        if naming:  # the one mentioned last before the role, else the first found
            before = last_mentioned(text, role.first, naming, drafts, in_messages=True)
            return naming[0] if before is None else before
    kind = _kind_after_place(text, role.complement)
    if kind is not None:  # "Ein Sprecher der Behörde": the latest one of that kind
        referent = kind_referent(text, role.first, kind, drafts)
        if referent is not None and generic_organisation(text, kind):
            return referent
    if owner is not None and role.complement == (owner,):
        # "Ein Regierungssprecher" with no government named yet: the government
        return entity_for(Found(role.first, role.last, "organisation", "role", name=owner), drafts)
    specific = [word for word in role.complement if not generic_organisation(text, word)]
    if specific:  # "des Bundesumweltministeriums": that institution, new if need be
        last = _nominative_body(text, specific[-1])
        name = " ".join([*specific[:-1], last])
        if (
            last == specific[-1]
            and len(specific) == 1
            and name.endswith("es")
            and len(name) >= MIN_GENITIVE_STEM + 2
        ):
            name = name[:-2]  # "des Landkreises" is the Landkreis
        return entity_for(Found(role.first, role.last, "organisation", "role", name=name), drafts)
    # "Ein Sprecher des Unternehmens", "Eine Sprecherin": the organisation just talked about;
    # with a kind noun ("des Instituts") the one mentioned last.
    scored = [
        (salience_of(text, draft, role.first), number)
        for number, draft in enumerate(drafts)
        if draft.kind in ("organisation", "media")
    ]
    best = max(scored, default=(0.0, None))
    if best[1] is None or best[0] < 0.5:
        return None
    if role.complement:
        candidates = [number for salience, number in scored if salience >= 0.5]
        return last_mentioned(text, role.first, candidates, drafts)
    return best[1]


def _kind_after_place(text: Text, complement: tuple[str, ...]) -> str | None:
    """The kind noun of a complement that is one, alone or after the indeclinable adjective of
    a place ("des Konzerns", "des Ludwigshafener Konzerns": a company noun, so no name)."""
    if len(complement) == 1:
        return complement[0]
    place, noun = complement if len(complement) == 2 else ("", "")
    if place[:1].isupper() and place.endswith("er") and text.words.company_noun(noun):
        return noun
    return None


def generic_organisation(text: Text, word: str) -> bool:
    """ "Unternehmens", "Konzerns", "Ministeriums": a kind of organisation, not a name."""
    stems = set(genitive_forms(word))
    kinds = text.words.org_suffixes | GENERIC_ORGANISATIONS | text.words.kind_heads.keys()
    return bool(stems & kinds)
