"""Mentions of the article: the name grammar's finds, names only the quotation tagger marks,
bare surnames, learnt titles and appositions, grouped into entity drafts."""

from __future__ import annotations

import itertools
import re

from newstrace.lang.entities import DATIVE_DETERMINERS, PREPOSITIONS
from newstrace.lang.mentions import (
    ADJECTIVE,
    Found,
    apposition_at,
    complement_organisation,
    find_mentions,
    looks_like_brand,
    looks_like_name,
    nominative_adjective,
    organisation_head,
)
from newstrace.lang.names import initials, is_first_name
from newstrace.stages.speakers.context import (
    ADVERB,
    ANAPHORIC_ADVERBS,
    ANONYMOUS_PEOPLE,
    DEFINITE,
    DEMONSTRATIVES,
    DETERMINERS,
    MAX_ABBREVIATION,
    MAX_COLLECTIVE_WORDS,
    MAX_NAME_WORDS,
    MAX_QUOTED_NAME_WORDS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    QUANTIFIERS,
    QUOTE_MARKS,
    Draft,
    Text,
    document_head,
)
from newstrace.stages.speakers.drafts import (
    add_mention,
    add_role,
    entity_for,
    given_name_alone,
    merge_draft,
    role_label,
    span_tokens,
    starting_in,
)
from newstrace.stages.speakers.owners import (
    generic_organisation,
    is_kind_mention,
    kind_mention,
    media_noun,
)

#: Shortest first word of a company's name that stands for the company alone.
MIN_SHORT_NAME = 4
#: Adjectives that open names but do not stand for them: "Deutsche Bank", "Neue Heimat",
#: "Europäische Zentralbank", "Nationale Front", "Freie Wähler".
_NAME_ADJECTIVE = re.compile(
    r"(?:isch|lich|ig|al|deutsch|neu|erst|frei|vereinigt|allgemein|grün|link|recht)e[nrsm]?$"
)
#: Nouns for an issue of a publication ("der aktuellen Ausgabe des Magazins").
_EDITIONS = ("Ausgabe", "ausgabe", "Ausgaben", "ausgaben")


def collect_mentions(text: Text, drafts: list[Draft]) -> list[Found]:
    found = sorted(find_mentions(text.tokens, text.words), key=lambda m: m.first)
    found = _without_affiliations(text, found)
    # Organisations inside role phrases ("Beamter der Luftfahrtbehörde FAA") become entities
    # that kind nouns can refer to ("die Behörde"), but stay out of the subject candidates.
    inner = [
        organisation
        for role in found
        if role.kind == "role"
        and role.complement
        and (organisation := complement_organisation(text.tokens, role, text.words)) is not None
    ]
    found += _speaker_span_names(text, found)
    for organisation in inner:
        organisation.entity = entity_for(organisation, drafts)
    text.inner = inner
    # Full names first, so that a bare or genitive surname joins the person it belongs to.
    # Kind nouns ("die Organisation", "der Sender") last, once every body they may refer to
    # has its entity. A word of unknown kind ("Merkel" alone in a speaker span) waits for the
    # people, so that it joins "Bundeskanzlerin Merkel" named later.
    order = sorted(
        found,
        key=lambda m: (is_kind_mention(text, m), m.kind == "unknown", m.form != "name", m.first),
    )
    for mention in order:
        if mention.kind != "role":
            referent = kind_mention(text, mention, drafts)
            mention.entity = entity_for(mention, drafts) if referent is None else referent
    found = sorted(found + _surname_mentions(text, found, drafts), key=lambda m: m.first)
    found = sorted(found + _short_name_mentions(text, found, drafts), key=lambda m: m.first)
    _attach_appositions(text, found, drafts)
    _merge_abbreviations(text, found, drafts)
    text.titles = _unlisted_titles(text, found)
    return found


def _without_affiliations(text: Text, found: list[Found]) -> list[Found]:
    """ "Klaus Wowereit (SPD)", "Jerzy Montag (Grüne)": a party in parentheses right after a
    person is the person's affiliation, not someone who speaks."""
    people_ends = {m.last for m in found if m.kind == "person"}
    tokens = text.tokens
    return [
        m
        for m in found
        if not (
            m.kind == "organisation"
            and m.first >= 2
            and tokens[m.first - 1].text == "("
            and m.first - 1 in people_ends
            and m.last < len(tokens)
            and tokens[m.last].text == ")"
        )
    ]


#: Closing quotation marks between a quoted body's name and its abbreviation.
_CLOSING_MARKS = frozenset({"“", '"', "»", "”"})


def _merge_abbreviations(text: Text, found: list[Found], drafts: list[Draft]) -> None:
    """ "Reporter ohne Grenzen (ROG)" … "ROG": the abbreviation in parentheses after a body's
    name is that body, so the drafts named by it join the named one."""
    tokens = text.tokens
    aliases: dict[str, int] = {}
    for mention in found:
        end = mention.last
        if mention.entity is None or mention.kind not in ("organisation", "media"):
            continue
        if end < len(tokens) and tokens[end].text in _CLOSING_MARKS:
            end += 1  # "Der „Chaos Computer Club“ (CCC)": a quoted name
        if end + 2 < len(tokens) and tokens[end].text == "(" and tokens[end + 2].text == ")":
            word = tokens[end + 1].text
            capitals = sum(letter.isupper() for letter in word)  # "ROG", "GdP"
            # "Deutsche Presse-Agentur (dpa)": a lower-case abbreviation of the name's initials
            spelled = capitals >= 2 or word.lower() == initials(mention.name or "")
            if word.isalpha() and spelled and 2 <= len(word) <= MAX_ABBREVIATION:
                aliases.setdefault(word, mention.entity)
    if not aliases:
        return
    for number, draft in enumerate(drafts):
        target = aliases.get(draft.name)
        if target is None or target == number or draft.kind == "person":
            continue
        if draft.kind == "media":  # "Deutsche Presse-Agentur (dpa)": an outlet
            drafts[target].kind = "media"
        merge_draft(drafts, number, target)
    covered = _covered_tokens(found)
    for index, token in enumerate(tokens):
        target = aliases.get(token.text)
        if target is None or index in covered:
            continue  # "Die GdP sagte": the abbreviation alone names the body too
        alias = Found(index, index + 1, drafts[target].kind, "name", name=token.text)
        before = tokens[index - 1].text.lower() if index else ""
        alias.case = "obl" if before in PREPOSITIONS or before in DATIVE_DETERMINERS else "nom"
        alias.entity = target
        add_mention(drafts[target], alias)
        found.append(alias)
    found.sort(key=lambda m: m.first)


def _unlisted_titles(text: Text, found: list[Found]) -> dict[str, int]:
    """Titles the word lists lack, learnt from "Kreisbrandmeister Dietmar Schoch": a
    capitalised noun right before a full name, not opening its sentence."""
    titles: dict[str, int] = {}
    for mention in found:
        at = mention.first - 1
        if mention.kind != "person" or mention.form != "name" or mention.entity is None or at < 0:
            continue
        word = text.tokens[at].text
        if not word[:1].isupper():
            continue
        if not word.isalpha() or word in text.words.stopwords or text.words.role(word):
            continue
        if word.lower() in text.words.pronouns or (looks_like_name(word) and is_first_name(word)):
            continue
        titles[word.lower()] = mention.entity
    return titles


def _speaker_span_names(text: Text, found: list[Found]) -> list[Found]:
    """Names the grammar missed but the quotation tagger marks as speakers ("Filep Karma"), and
    collectives named by a noun ("die Gewerkschaft der Polizei"): two or more capitalised name
    parts, or a definite noun phrase that holds no other mention."""
    covered = _covered_tokens(found)
    extra: list[Found] = []
    for quote in text.article.quotes:
        if quote.speaker is None:
            continue
        indices = span_tokens(text, quote.speaker)
        if _opens_with_document(text, indices):
            # "einer Verlautbarung der ISAF": the owner speaks, the noun names no one; only a
            # quoted name counts ("des Jahresberichts der … „Reporter ohne Grenzen“")
            quoted = _quoted_in_span(text, [i for i in indices if i not in covered])
            if quoted is not None and _named_body_before(text, quoted.first):
                extra.append(quoted)
                covered.update(range(quoted.first, quoted.last))
            continue
        spanned = starting_in(found, indices)
        subjects = [m for m in spanned if m.case == "nom"]
        # "Meinung von Mike Brown, Professor am California Institute": a person is named
        has_person = any(m.kind == "person" for m in spanned)
        named = None if has_person else _name_run_in(text, [i for i in indices if i not in covered])
        if named is not None and _after_quote_mark(text, named.first):
            # "Ein Besatzungsmitglied der „Meridian Star“": a title after the subject's head
            named = None if any(m.last < named.first for m in subjects) else named
        if named is None and not subjects and not any(i in covered for i in indices[:2]):
            named = (
                _collective_phrase(text, indices)
                or _single_name(text, indices)
                or _bare_organisation(text, indices)
                or _media_group(text, indices)
                or _quoted_in_span(text, indices)
            )
        if named is not None:
            extra.append(named)
            covered.update(range(named.first, named.last))
    return extra


def _after_quote_mark(text: Text, index: int) -> bool:
    return index > 0 and text.tokens[index - 1].text in QUOTE_MARKS


def _named_body_before(text: Text, index: int) -> bool:
    """ "der Organisation „Reporter ohne Grenzen“": the quoted words name the body before them
    (not the topic: "einen Bericht von einem „Steuersünder-Pranger“")."""
    before = text.tokens[index - 1].text if index > 0 else ""
    if before in QUOTE_MARKS and index > 1:
        before = text.tokens[index - 2].text
    word = before.split("-")[-1] or before
    return (
        organisation_head(before, text.words) is not None
        or media_noun(text, before)
        or (organisation_head(word.title(), text.words) is not None)
    )


def _opens_with_document(text: Text, indices: list[int]) -> bool:
    head = next((text.tokens[i].text for i in indices if text.tokens[i].text[:1].isupper()), "")
    return document_head(head) is not None


#: A Romance particle joined to a name ("Banca d'Italia", "Val dell'Orco").
ELIDED_PARTICLE = re.compile(r"^[a-z]{1,4}['’][A-ZÄÖÜ]")
#: Endings of an uninflected adverb that may stand before an adjective ("staatlich").
_ADVERB_ENDINGS = ("lich", "ig", "isch")


def _media_group(text: Text, indices: list[int]) -> Found | None:
    """ "Lokale Medien", "Türkische Medien": outlets nobody names, speaking together."""
    words = [text.tokens[i].text for i in indices]
    if words and words[0].lower() in DEFINITE:
        indices, words = indices[1:], words[1:]  # "Die staatlich kontrollierten … Medien"
    if len(words) < 2 or words[-1] != "Medien":
        return None
    described = words[:-1]
    if any(w.lower() in DETERMINERS for w in described):
        return None
    # "staatlich" in "staatlich kontrollierten": an adverb before an adjective
    adverbs = {
        w
        for w, following in itertools.pairwise(described)
        if w.lower().endswith(_ADVERB_ENDINGS) and ADJECTIVE.match(following)
    }
    if not all(w == "und" or w in adverbs or ADJECTIVE.match(w.lower()) for w in described):
        return None
    if described[0][:1].isupper():  # capitalised only because it opens the sentence
        described[0] = described[0][:1].lower() + described[0][1:]
    name = " ".join([*(nominative_adjective(w) for w in described), "Medien"])
    return Found(indices[0], indices[-1] + 1, "group", "name", name=name)


def _bare_organisation(text: Text, indices: list[int]) -> Found | None:
    """ "Laut Industrie- und Handelskammer Kiel": an organisation noun with the place or name
    after it, no article before it."""
    for position, index in enumerate(indices):
        word = text.tokens[index].text
        stem = organisation_head(word, text.words)
        if stem is None or text.words.role(word) is not None:
            continue
        end = position + 1
        while end < len(indices) and looks_like_name(text.tokens[indices[end]].text):
            end += 1
        if end == position + 1:
            # "Deutsche Behörden"; "Laut nationalem statistischen Institut"
            return _bodies_in_plural(text, indices, position) or _described_body(
                text, indices, position
            )
        start = position
        if position >= 2 and text.tokens[indices[position - 1]].text in ("und", "&"):
            start = position - 2  # "Industrie- und Handelskammer"
            if start >= 1 and text.tokens[indices[start]].text == "-":
                start -= 1
        first, last = text.tokens[indices[start]], text.tokens[indices[end - 1]]
        name = text.article.text[first.start : last.end]  # as written: "Industrie- und …"
        return Found(indices[start], indices[end - 1] + 1, "organisation", "name", name=name)
    return None


def _bodies_in_plural(text: Text, indices: list[int], position: int) -> Found | None:
    """ "Deutsche Behörden", "afghanische Behörden": several bodies of a kind, placed by an
    adjective, speak together; a bare kind in the singular ("Behörde") names nobody."""
    word = text.tokens[indices[position]].text
    stem = organisation_head(word, text.words)
    if stem is None or word != stem + "n" or position != 1:
        return None
    adjective = text.tokens[indices[0]].text
    if not ADJECTIVE.match(adjective.lower()) or adjective.lower() in DETERMINERS:
        return None
    lowered = nominative_adjective(adjective)
    name = f"{lowered[:1].lower()}{lowered[1:]} {word}"
    return Found(indices[0], indices[position] + 1, "organisation", "name", name=name)


def _described_body(text: Text, indices: list[int], position: int) -> Found | None:
    """ "nationalem statistischen Institut": a body described by adjectives only, no article
    (after "laut"), is the body of that description."""
    adjectives = [text.tokens[i].text for i in indices[:position]]
    if not adjectives or not all(w.islower() and ADJECTIVE.match(w) for w in adjectives):
        return None
    if any(w in DETERMINERS for w in adjectives) or position + 1 != len(indices):
        return None
    # the nominative's weak form, as after an article: "nationalem" → "nationale"
    described = [
        nominative_adjective(w.removesuffix("m") if w.endswith("em") else w) for w in adjectives
    ]
    name = " ".join([*described, text.tokens[indices[position]].text])
    return Found(indices[0], indices[position] + 1, "organisation", "name", name=name)


def _name_run_in(text: Text, indices: list[int]) -> Found | None:
    """Two or more name-like words; after an apposition comma the run that follows is the name
    ("Der ehemalige Kampfgefährte Thaksins, Newin Chidchob")."""
    runs: list[list[int]] = []
    run: list[int] = []
    for index in [*indices, -1]:
        word = text.tokens[index].text if index >= 0 else ""
        if index >= 0 and (
            looks_like_name(word)
            and word not in text.words.stopwords
            and not text.words.role(word)
            and not source_noun(text, word)  # "Offiziellen Angaben"
            and organisation_head(word, text.words) is None  # "Handelskammer Kiel"
            and word != "Medien"  # "Türkische Medien"
        ):
            run.append(index)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = []
    after_comma = [r for r in runs if r[0] > 0 and text.tokens[r[0] - 1].text == ","]
    run = after_comma[0] if after_comma else (runs[0] if runs else [])
    before = run[0] - 1 if run else -1
    while (
        before > 0
        and ADJECTIVE.match(text.tokens[before].text)
        and text.tokens[before].text.lower() not in DETERMINERS
    ):
        before -= 1  # "des havarierten Kernkraftwerks Fukushima": a noun phrase, no name
    if len(run) < 2 or (before >= 0 and text.tokens[before].text.lower() in DETERMINERS):
        return None
    name = " ".join(text.tokens[i].text for i in run)
    return Found(
        run[0], run[-1] + 1, "person", "name", name=name, surname=text.tokens[run[-1]].text
    )


def _single_name(text: Text, indices: list[int]) -> Found | None:
    """A speaker span of one capitalised word ("Frankreich", "EADS"): someone by that name."""
    indices = [i for i in indices if text.tokens[i].text not in QUOTE_MARKS]
    words = [text.tokens[i].text for i in indices]
    if 1 < len(words) <= MAX_NAME_WORDS and all(w.isupper() and w.isalpha() for w in words):
        # "Laut SPIEGEL ONLINE": a name in capitals, as outlets write their own
        return Found(indices[0], indices[-1] + 1, "unknown", "name", name=" ".join(words))
    if len(indices) != 1:
        return None
    word = words[0]
    if looks_like_brand(word):  # laut „news.bbc.co.uk“
        return Found(indices[0], indices[0] + 1, "media", "name", name=word)
    # "Al-Jazeera": every part of a hyphenated name is capitalised
    parts = word.split("-")
    if not all(p[:1].isupper() and p.isalpha() for p in parts) or source_noun(text, parts[-1]):
        return None  # "NASA-Angaben": the owner speaks, found elsewhere
    if word.lower() in text.words.pronouns:
        return None
    if word in text.words.stopwords or text.words.role(word) or source_noun(text, word):
        return None
    if word in ANONYMOUS_PEOPLE or word.lower() in DEMONSTRATIVES or word.lower() == "beide":
        return None
    if word.lower() in ANAPHORIC_ADVERBS or _common_noun(text, indices[0]):
        return None
    if generic_organisation(text, word):  # "Laut Klinikum": the clinic named before
        return Found(indices[0], indices[0] + 1, "organisation", "name", name=word)
    return Found(indices[0], indices[0] + 1, "unknown", "name", name=word)


def _common_noun(text: Text, index: int) -> bool:
    """ "Der Abzug", "das Buch": a word after a determiner is a noun, unless written in capitals
    ("die SPD") or listed; a sentence-opening adverb ("Insbesondere") is no name either."""
    word = text.tokens[index].text
    if word.isupper() or word in text.words.institutions:
        return False
    before = text.tokens[index - 1].text.lower() if index > 0 else ""
    opens_sentence = text.opens_sentence(index)
    return before in DETERMINERS or (opens_sentence and ADVERB.match(word) is not None)


def source_noun(text: Text, word: str) -> bool:
    """ "Angaben", "Berichten", "Medienberichten": what a source produced, not the source."""
    if word in text.words.source_nouns or text.words.medium(word) is not None:
        return True
    return any(word.endswith(noun.lower()) for noun in text.words.source_nouns if len(noun) >= 6)


def _collective_phrase(text: Text, indices: list[int]) -> Found | None:
    """ "Die Opposition", "die Gewerkschaft der Polizei (GdP)": an organisation by its noun."""
    if len(indices) < 2 or text.tokens[indices[0]].text.lower() not in DEFINITE:
        return None
    quoted = _quoted_name(text, indices[1:])
    if quoted is not None:  # die „Automobilwoche“: a name in quotation marks
        return quoted
    words: list[str] = []
    for index in indices[1:]:
        word = text.tokens[index].text
        if word in "(,–" or len(words) >= MAX_COLLECTIVE_WORDS:
            break
        if word in PREPOSITIONS and word not in NAME_CONNECTORS:
            break  # "die Nachrichtenagentur unter Berufung auf …"
        words.append(word)
    while words and not words[-1][:1].isupper():
        words.pop()
    if len(words) > 2 and words[-2] in ("in", "im") and _listed_place(text, words[-1]):
        words = words[:-2]  # "die Banca d'Italia in Rom": the bank, where it sits left out
    if not words or not all(
        w[:1].isupper() or ADJECTIVE.match(w) or w in NAME_CONNECTORS or ELIDED_PARTICLE.match(w)
        for w in words
    ):
        return None
    if any(w.lower() in text.words.pronouns for w in words):
        return None
    # A role noun makes it a person ("Die Vorsitzende"), unless an organisation noun ends the
    # phrase ("Die Deutsche Krankenhausgesellschaft").
    if organisation_head(words[-1], text.words) is None and any(text.words.role(w) for w in words):
        return None
    if (
        text.words.medium(words[0]) is not None
        or any(w.endswith(_EDITIONS) for w in words)
        or document_head(next(w for w in words if w[:1].isupper())) is not None
    ):
        return None  # "die Berichte", "der Ausgabe des Magazins": a document, not a speaker
    if not _names_organisation(text, words):
        return None
    end = indices[0] + 1 + len(words)
    return Found(indices[0], end, "organisation", "name", name=" ".join(words))


def _listed_place(text: Text, word: str) -> bool:
    return any(entry.kind == "place" for entry in text.words.institutions.get(word, ()))


def _quoted_in_span(text: Text, indices: list[int]) -> Found | None:
    """A name in quotation marks anywhere in the speaker span: "„Muslix64“", "die in
    Oberösterreich erscheinende „Rundschau am Sonntag“" (an outlet, as German print marks
    them)."""
    for position, index in enumerate(indices):
        if text.tokens[index].text in ("„", "»", '"'):
            found = _quoted_name(text, indices[position:])
            if found is None:
                return None
            found.first = index
            before = text.tokens[index - 1].text if position else ""
            if media_noun(text, before) or before.startswith("erscheinend"):
                found.kind = "media"  # "die … erscheinende „Rundschau am Sonntag“"
            elif organisation_head(before, text.words) is not None:
                found.kind = "organisation"  # "der Fangruppe „Nordtribüne 1921“"
            else:
                found.kind = "unknown"  # "„Muslix64“" may be anyone
            return found
    return None


def _quoted_name(text: Text, indices: list[int]) -> Found | None:
    """ "„Automobilwoche“", "„Hvalur hf“": capitalised words between quotation marks."""
    if len(indices) < 3 or text.tokens[indices[0]].text not in ("„", "»", "“", '"'):
        return None
    inner: list[int] = []
    for index in indices[1:]:
        if text.tokens[index].text in QUOTE_MARKS:
            break
        inner.append(index)
    else:
        return None
    if not inner or len(inner) > MAX_QUOTED_NAME_WORDS:
        return None
    words = [text.tokens[i].text for i in inner]
    # "„heise online“": a brand may be written in lower case, but is no phrase of small words
    lower_brand = len(words) <= 2 and all(w.isalpha() and w.islower() for w in words)
    if not words[0][:1].isupper() and not lower_brand:
        return None
    name = " ".join(text.tokens[i].text for i in inner)
    # German print names outlets in quotation marks ("die „Zeit“"), rarely anything else.
    return Found(indices[0] - 1, inner[-1] + 2, "media", "name", name=name)


def _names_organisation(text: Text, words: list[str]) -> bool:
    """ "Die Opposition", "Der BGH", "die Deutsche Bank" name a speaker; "Das Buch", "Der Abzug"
    (a common noun the tagger took for a speaker) do not: the head must be an organisation
    noun, an abbreviation, or the start of a name of several capitalised words."""
    capitalised = [word for word in words if word[:1].isupper() or ELIDED_PARTICLE.match(word)]
    if not capitalised or words[0] in PREPOSITIONS:
        return False
    head = capitalised[0]
    # "die G7-Staaten", "die EU-Staaten": a group named after an abbreviation.
    abbreviated = "-" in head and head.split("-")[0].isupper()
    return (
        len(capitalised) >= 2
        or head.isupper()
        or abbreviated
        or organisation_head(head, text.words) is not None
        or generic_organisation(text, head)
        or text.words.company_noun(head)
    )


def _covered_tokens(found: list[Found]) -> set[int]:
    """Token indices some mention already spans."""
    return {index for mention in found for index in range(mention.first, mention.last)}


def _surname_mentions(text: Text, found: list[Found], drafts: list[Draft]) -> list[Found]:
    """Bare surnames ("Putin", "Musks") of the persons named somewhere in the article."""
    surnames: set[str] = set()
    for draft in drafts:
        if draft.kind == "person" and draft.surname:
            surnames.update((draft.surname, draft.surname + "s"))
            if alone := given_name_alone(draft.name):  # "Thaksin" for "Thaksin Shinawatra"
                surnames.update((alone, alone + "s"))
    covered = _covered_tokens(found)
    extra = []
    for index, token in enumerate(text.tokens):
        if token.text not in surnames or index in covered:
            continue
        mention = Found(index, index + 1, "person", "surname", name=token.text, surname=token.text)
        owner = entity_for(mention, drafts)
        drafts[owner].mentions.remove(mention)
        mention.entity = owner
        genitive = token.text not in (drafts[owner].surname, drafts[owner].name)
        # "Von der Leyen betonte": the name's particles belong to the surname mention.
        mention.first = _particles_before(text, index, drafts[owner].name)
        # "Albrechts Berater Kemal Aksoy": a genitive surname owns the subject, is none itself.
        oblique = genitive or _after_preposition(text, mention.first)
        mention.case = "obl" if oblique else "nom"
        add_mention(drafts[owner], mention)
        extra.append(mention)
    return extra


def _short_name_mentions(text: Text, found: list[Found], drafts: list[Draft]) -> list[Found]:
    """A company named by its first word after its full name ("Kellermann" after "Der
    Autozulieferer Kellermann Automotive"), as a person by the surname."""
    short: dict[str, int] = {}
    for number, draft in enumerate(drafts):
        if draft.kind == "organisation" and draft.name and _short_name(text, draft.name):
            short.setdefault(draft.name.split()[0], number)
    covered = _covered_tokens(found)
    extra = []
    for index, token in enumerate(text.tokens):
        owner = short.get(token.text)
        if owner is None or index in covered or _common_noun(text, index):
            continue
        following = text.tokens[index + 1].text if index + 1 < len(text.tokens) else ""
        if looks_like_name(following) and following not in text.words.stopwords:
            continue  # "Kellermann Holding": another name that starts alike
        case = "obl" if _after_preposition(text, index) else "nom"
        mention = Found(index, index + 1, "organisation", "name", name=token.text, case=case)
        mention.entity = owner
        add_mention(drafts[owner], mention)
        extra.append(mention)
    return extra


def _short_name(text: Text, name: str) -> bool:
    """Whether the first word of a company's name can stand for it: a proper noun of its own,
    not a kind noun, an adjective ("Deutsche Bank") or a listed word."""
    first = name.split()[0]
    return (
        len(first) >= MIN_SHORT_NAME
        and looks_like_name(first)
        and first not in text.words.stopwords
        and not text.words.company_noun(first)
        and not generic_organisation(text, first)
        and not source_noun(text, first)
        and _NAME_ADJECTIVE.search(first.lower()) is None
    )


def _particles_before(text: Text, index: int, name: str) -> int:
    """Start of "von der Leyen" / "Von der Leyen" when the full name has those particles."""
    parts = name.lower().split()
    start = index
    while start > 0 and text.tokens[start - 1].text.lower() in NAME_PARTICLES:
        start -= 1
    particles = [token.text.lower() for token in text.tokens[start:index]]
    if particles and " ".join([*particles, text.tokens[index].text.lower()]) in " ".join(parts):
        return start
    return index


def _after_preposition(text: Text, index: int) -> bool:
    before = text.tokens[index - 1].text.lower() if index > 0 else ""
    return before in PREPOSITIONS or before in DATIVE_DETERMINERS


def _attach_titles(text: Text, found: list[Found], drafts: list[Draft]) -> None:
    """ "Der GdP-Vorsitzende Konrad Freiberg", "Der Notenbanker, Frank Steiger,": a role phrase
    right before a name (or before a comma and the name) is its title."""
    for position, (role, name) in enumerate(itertools.pairwise(found)):
        if role.kind != "role" or name.kind != "person" or name.entity is None:
            continue
        counted = text.tokens[role.first].text.lower() in QUANTIFIERS
        if counted and role.plural and role.last == name.first:
            name.case = "gen"  # "Einige Anhänger Saddam Husseins": his supporters, no title
            continue
        if role.plural and not _coordinated(text, name):
            continue  # "der Ermittler der Mörder des Jungen Rhys Jones": a group is no title
        if role.role_class != "spokes" and _genitive_surname(text, name, drafts):
            # "Die Anwältin Samanis" is Samani's lawyer (a spokesman speaks for him), and
            # "Der Anwalt Müllers, Tom Berger," titles the name after the comma
            following = found[position + 2] if position + 2 < len(found) else None
            if following is not None and following.kind == "person":
                _attach_title(text, role, following, drafts, after=name.last)
            continue
        _attach_title(text, role, name, drafts, after=role.last)


def _attach_title(text: Text, role: Found, name: Found, drafts: list[Draft], *, after: int) -> None:
    """Make ``role`` a title of ``name`` when the name follows it right away (or after another
    title), or after a comma at token ``after`` when the role is definite and agrees."""
    if name.entity is None or role.entity is not None:
        return
    comma = _comma_before(text, after, name.first)
    agrees = _gender_agrees(role, drafts[name.entity])
    # "Die Vorsitzende | Richterin | Katharina Moll": a title between role and name
    titled = 0 < name.first - role.last <= 2 and all(
        text.words.role(token.text) is not None for token in text.tokens[role.last : name.first]
    )
    if not (role.last == name.first or titled or (comma and role.definite and agrees)):
        return
    role.entity = name.entity
    role.form = "title"
    draft = drafts[name.entity]
    if role.gender is not None and (not comma or draft.gender is None):
        # "Der Italiener Nicola Zingaretti": the title's grammar outweighs what the first-name
        # list guesses; an apposition tells it when the list knows nothing
        draft.gender = role.gender
    if comma:  # "dem Fraktionschef …, Stefan Wolf,": the name shares the role's case
        name.case = role.case
    add_mention(draft, role)
    add_role(draft, role_label(role), role.role_class)


#: Most tokens of a role's complement before the comma ("Die Abgeordnete | für den Wahlkreis |,").
_ROLE_COMPLEMENT = 5


def _comma_before(text: Text, index: int, name_first: int) -> bool:
    """The name opens right after a comma at ``index``, or after a prepositional complement
    of the role and then a comma ("Die Abgeordnete für den Wahlkreis, Frau …")."""
    comma = name_first - 1
    if comma < index or text.tokens[comma].text != ",":
        return False
    if comma == index:
        return True
    words = [token.text for token in text.tokens[index:comma]]
    return (
        len(words) <= _ROLE_COMPLEMENT
        and words[0] in PREPOSITIONS
        and words[-1][:1].isupper()
        and all(word.isalpha() or "-" in word for word in words)
        # capitalised nouns, articles and inflected adjectives ("für internationale Beziehungen")
        and all(
            word[:1].isupper() or word in DETERMINERS or ADJECTIVE.match(word) for word in words[1:]
        )
    )


def _attach_second_titles(text: Text, found: list[Found], drafts: list[Draft]) -> None:
    """ "Der Kapitän, der 61-jährige Norweger Herr Arvid Solberg": a definite role before a
    comma and a second title of the name names the same person."""
    for first, second in itertools.pairwise(found):
        if first.kind != "role" or second.kind != "role" or first.entity is not None:
            continue
        if second.form != "title" or second.entity is None or not first.definite:
            continue
        if not _comma_before(text, first.last, second.first) or first.plural:
            continue
        draft = drafts[second.entity]
        if not _gender_agrees(first, draft):
            continue
        first.entity = second.entity
        first.form = "title"
        add_mention(draft, first)
        add_role(draft, role_label(first), first.role_class)


def _gender_agrees(role: Found, draft: Draft) -> bool:
    return role.gender is None or draft.gender is None or role.gender == draft.gender


def _coordinated(text: Text, name: Found) -> bool:
    """ "Die Grünen-Politiker Claudia Roth und Cem Özdemir": more names follow the first."""
    after = text.tokens[name.last].text if name.last < len(text.tokens) else ""
    return after in ("und", ",", "sowie")


def _genitive_surname(text: Text, name: Found, drafts: list[Draft]) -> bool:
    """ "Müllers" of Tom Müller, "Thaksins" of Thaksin Shinawatra: a one-word name that is
    another known person's name word plus the genitive "-s"."""
    word = text.tokens[name.first].text
    draft = drafts[name.entity or 0]
    if name.form == "surname" and draft.surname is not None and word == draft.surname + "s":
        return True
    if name.last - name.first != 1 or not word.endswith("s"):
        return False
    return any(
        other is not draft and other.kind == "person" and word[:-1] in other.name.split()
        for other in drafts
    )


def _attach_appositions(text: Text, found: list[Found], drafts: list[Draft]) -> None:
    """Roles from "Name, ROLE …," and "Name, 51,": the role becomes a mention of the person."""
    _attach_titles(text, found, drafts)
    _attach_second_titles(text, found, drafts)
    for mention in list(found):
        comma = mention.last
        if mention.kind != "person" or mention.entity is None or comma >= len(text.tokens):
            continue
        if text.tokens[comma].text != ",":
            continue
        role = apposition_at(text.tokens, comma + 1, text.words)
        if role is None:
            continue
        role.entity = mention.entity
        role.form = "apposition"
        add_role(drafts[mention.entity], role_label(role), role.role_class)
        add_mention(drafts[mention.entity], role)
        found[:] = [m for m in found if not (m.kind == "role" and m.first == role.first)]
        found.append(role)
    found.sort(key=lambda m: m.first)
