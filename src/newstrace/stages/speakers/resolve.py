"""Who a speaker span refers to: the mention nearest the cue, pronouns, demonstratives,
newcomers, groups, credited sources, and the subject when the span cannot be one."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator

from newstrace.lang.entities import PASSIVE_AUXILIARIES
from newstrace.lang.mentions import (
    ADJECTIVE,
    Found,
    apposition_at,
    looks_like_name,
    organisation_head,
)
from newstrace.lang.speech import IMPERSONAL_REPORT_VERBS, lexicon
from newstrace.model import Quote, QuoteType, Span
from newstrace.stages.speakers.context import (
    ADVERB,
    ANAPHOR_REACH,
    ANAPHORIC_ADVERBS,
    ANONYMOUS_PEOPLE,
    CLAUSE_BREAKS,
    CONJUNCTIONS,
    DEFINITE,
    DEMONSTRATIVES,
    DETERMINERS,
    DOCUMENTS,
    GENITIVE_POSSESSIVES,
    MAX_GROUP_WORDS,
    MAX_NEWCOMER_WORDS,
    MENTION_MAX_TOKENS,
    NEWCOMER_DETERMINERS,
    NOMINATIVE_ONLY_PRONOUNS,
    OWN_SUBJECT_REACH,
    PERSONAL_SUBJECTS,
    PRONOUN_CHAIN_REACH,
    PRONOUN_REACH,
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    SINGULAR_SUBJECT_ARTICLES,
    SOURCE_PREPOSITIONS,
    SOURCE_WORDS,
    SPEAKER_KINDS,
    SPOKES_LOOKBACK,
    SUBJECT_PRONOUN_WINDOW,
    Draft,
    Text,
)
from newstrace.stages.speakers.documents import (
    document_author,
    nearest,
    sentence_subject,
    spanned_document,
)
from newstrace.stages.speakers.drafts import (
    add_mention,
    group_draft,
    latest_before,
    recent_drafts,
    role_label,
    span_tokens,
    starting_in,
)
from newstrace.stages.speakers.epithets import (
    best_person,
)
from newstrace.stages.speakers.mentions import (
    source_noun,
)
from newstrace.stages.speakers.owners import (
    document_source,
    entity_for_role,
    generic_organisation,
    kind_referent,
    last_mentioned,
    last_outlet,
    media_noun,
)
from newstrace.stages.speakers.phrases import (
    broadcaster,
    definite_noun_phrase,
    group_before_relative,
    located,
)

#: Nouns for a number of people named by their members ("eine Gruppe liberaler Pfarrer").
_GROUP_NOUNS = frozenset({"Gruppe", "Reihe", "Handvoll", "Vielzahl", "Mehrzahl", "Teil", "group"})
#: Words of a poll's share ("37 Prozent der Bundesbürger").
_SHARES = frozenset({"Prozent", "Prozentpunkte", "percent"})
#: Tokens looked back over for the people a bare share belongs to.
_SHARE_LOOKBACK = 60
#: Tokens looked back over for a group or a pair the words "Diese" or "Beide" refer to.
_BACK_TOKENS = 60
#: Tokens after a crediting cue read as its source phrase ("nach Angaben des … Bundesamts").
MAX_CREDITED_PHRASE = 8


def resolve_speaker(
    text: Text, quote: Quote, found: list[Found], drafts: list[Draft], previous: int | None
) -> int | None:
    anchor = quote.cue or quote.speaker
    if anchor is None:  # no roles at all: the subject of the message's sentence, if any
        opening = text.token_at(quote.message[0].start)
        subject = sentence_subject(text, found, opening)
        if subject is None:
            subject = _opening_subject(text, found, opening)
        if (
            subject is None
            and text.opens_sentence(opening)
            and _personal_subject(text, opening)
            and text.reported_mood(quote)
        ):
            # "Er gehe davon aus, dass …": the message is all the sentence, its subject included
            form = text.tokens[opening].text.lower()
            subject = _pronoun_referent(text, opening, form, drafts, previous, found)
        return subject
    cue_token = text.token_at(anchor.start)
    if quote.speaker is None:  # the tagger found a cue but no speaker: its clause's subject
        return _speaker_without_span(text, quote, found, drafts, previous)
    if _what_was_said(text, quote):  # "wies Vorwürfe zurück": the clause has the speaker
        if quote.cue is None:
            return sentence_subject(text, found, text.token_at(quote.speaker.start))
        return _speaker_without_span(text, quote, found, drafts, previous)
    spanned = _mentions_in(text, found, quote.speaker)
    inside = [m for m in spanned if m.entity is not None]
    if not inside and not any(m.kind == "role" and m.first >= _first(text, quote) for m in spanned):
        # "der Kreisverwaltung" marked inside "den Anwohnern von der Kreisverwaltung"
        inside = [m for m in _mentions_in(text, text.inner, quote.speaker) if m.entity is not None]
    credited_by_cue = _cue_credits(text, quote)  # "Nach Angaben von Finanzvorstand X"
    subjects = [
        m
        for m in inside
        if (m.case == "nom" or credited_by_cue or _credited_source(text, m))
        and not _origin_of_role(text, spanned, m)
        # "von Demjanjuks Sohn geäußert": the son is the agent, not his genitive owner
        and _owned_role_noun(text, m) is None
    ]
    if not subjects and quote.cue is not None and _impersonal(text, quote.cue, cue_token):
        # "Bei der Agentur RIA hieß es": the place the statement came from
        subjects = [m for m in inside if _after_source_preposition(text, m)]
    if not subjects and not any(m.kind == "role" for m in spanned):
        newcomer = _indefinite_newcomer(text, quote.speaker, drafts)
        if newcomer is not None:  # "Ein ehemaliger Entwickler des Konzerns": not the Konzern
            return newcomer
        relative = _relative_of_named(text, inside, drafts)
        if relative is not None:  # "Demjanjuks Sohn": the son, not Demjanjuk
            return relative
        # "Die Maßnahme der US-Notenbank": a genitive owner marked as speaker
        subjects = [m for m in inside if m.case == "gen"]
    if subjects:
        # A name beats an epithet beside it ("die Vorsitzende …, Brigitte Wischnewski").
        by_name = [m for m in subjects if m.form in ("name", "surname", "title")]
        people = [m for m in subjects if drafts[m.entity or 0].kind == "person"]
        # "Frank Biermann, Vorsitzender der … Union": the person, not the body of the role
        by_name = [m for m in by_name if m in people] or by_name
        coordinated = _first_conjunct(text, subjects)
        if coordinated is not None:
            return coordinated.entity
        return nearest(by_name or people or subjects, cue_token).entity
    antecedent = _relative_antecedent(text, found, quote.speaker, drafts)
    if antecedent is None:
        antecedent = _possessive_relative(text, found, quote.speaker, drafts)
    if antecedent is not None:
        return antecedent
    demonstrative = _demonstrative_referent(text, quote.speaker, found, drafts)
    if demonstrative is not None:
        return demonstrative
    both = _both_referent(text, quote.speaker, found)
    if both is not None:
        return both
    pronoun = _pronoun_in(text, quote.speaker)
    if pronoun is not None and _subject_pronoun(text, *pronoun):
        referent = _pronoun_referent(text, pronoun[0], pronoun[1], drafts, previous, found)
        if referent is not None:
            add_mention(
                drafts[referent],
                Found(pronoun[0], pronoun[0] + 1, "person", "pronoun", entity=referent),
            )
        return referent
    if pronoun is None and _anaphoric(text, quote.speaker):
        return _previous_subject(text, found, quote.speaker)
    if _own_statement(text, quote.speaker):  # "nach eigenen Angaben": the clause's subject
        return _clause_subject(text, found, quote, drafts, previous)
    first_person = _first_person_speaker(text, quote)
    if first_person is not None:
        return first_person
    return _described_speaker(text, quote, found, drafts, inside)


def _described_speaker(
    text: Text, quote: Quote, found: list[Found], drafts: list[Draft], inside: list[Found]
) -> int | None:
    """A span that names no one and refers to no one: a kind noun, a document's author, a
    group, an epithet, a newcomer; else the subject of the cue's sentence."""
    assert quote.speaker is not None
    cue_token = text.token_at((quote.cue or quote.speaker).start)
    kind = _kind_noun_speaker(text, quote.speaker, drafts)
    if kind is not None:  # "teilte das Unternehmen mit Sitz in Stuttgart mit"
        return kind
    named = _unnamed_speaker(text, quote.speaker, found, drafts)
    document = None if named is not None else spanned_document(text, quote.speaker)
    if document is not None:
        # "der Bericht", "in dem Schreiben": the document talked about, by its author; "der
        # Meldung zufolge" after "Nach einem Bericht der BBC": the outlet's report
        named = document_author(text, document, found, drafts)
        if named is None and _report_noun(text, quote.speaker):
            named = last_outlet(text, document, drafts)
    if named is not None or (
        _only_source_noun(text, quote.speaker) and not broadcaster(text, quote.speaker)
    ):
        return named  # "Medienberichten zufolge": a source the page does not name
    # (draft numbers start at 0: each finder is tried by "is None", never by truth)
    for group_finder in (_plural_noun_group, _share_of_people, _group_of_people):
        group = group_finder(text, quote, drafts)
        if group is not None:
            return group
    titled = _titled_epithet(text, quote.speaker)
    if titled is not None:
        return titled
    local = _place_demonym(text, quote.speaker, drafts)
    if local is not None:
        return local
    newcomer = _indefinite_newcomer(text, quote.speaker, drafts)
    if newcomer is not None:
        return newcomer
    opening = text.token_at(quote.speaker.start)
    if text.opens_sentence(opening):
        # "Die Gemeinde hat die Anwohner informiert, …": a phrase the lists do not know, in the
        # first field, is the subject; a later known mention is an object
        described = definite_noun_phrase(text, quote.speaker, drafts)
        if described is not None:
            return described
    subject = sentence_subject(text, found, cue_token)
    if (
        subject is None
        and len(inside) == 1
        and not _body_noun_heads(text, quote.speaker)
        and not located(text, inside[0])
    ):
        # "Kritik kommt vom Fahrgastverband IGEB, der …": no subject names anyone, so the one
        # body the span names is the source, whatever its case.
        return inside[0].entity
    if subject is None:
        return definite_noun_phrase(text, quote.speaker, drafts)
    return subject


def _speaker_without_span(
    text: Text, quote: Quote, found: list[Found], drafts: list[Draft], previous: int | None
) -> int | None:
    """The tagger found a cue but no speaker: the mention the cue credits, else the subject of
    the cue's clause (a pronoun's referent), unless the cue is passive or impersonal."""
    assert quote.cue is not None
    cue_token = text.token_at(quote.cue.start)
    beside = _credited_beside_cue(text, found, quote, drafts)
    if beside is not None:  # "sei der Mann laut der Staatsanwaltschaft …"
        return beside
    if _passive(text, quote.cue):
        return None  # "wurden die Anwohner gebeten": the subject was told, it did not tell
    if _impersonal(text, quote.cue, cue_token):
        # "Aus dem Ministerium hieß es, …": only a credited source speaks, else no one;
        # "hieß es darin" is the document of the sentence before, by its author.
        credited = _credited_in_sentence(text, found, cue_token)
        if credited is None and _refers_back(text, cue_token):
            return _previous_subject(text, found, quote.cue)
        if credited is None and _goes_on(text, cue_token):
            return previous  # "…, hieß es weiter": the source of the statement before
        return credited
    subject = sentence_subject(text, found, cue_token)
    if subject is not None:
        return subject
    opening = bisect.bisect_left(text.sentence_of, text.sentence_of[cue_token])
    bare = _bare_role_at(text, opening, quote.cue.start, found, drafts)
    if bare is not None:  # "Internationale Wahlbeobachter dokumentierten …, kamen zu dem Schluss"
        return bare
    # "Er bezeichnete das als … und kündigte an, …": the sentence's subject pronoun
    pronoun = _subject_pronoun_before(text, cue_token)
    if pronoun is None:
        return None
    return _pronoun_referent(text, pronoun[0], pronoun[1], drafts, previous, found)


def _relative_of_named(text: Text, inside: list[Found], drafts: list[Draft]) -> int | None:
    """A person's genitive right before a role noun ("Demjanjuks Sohn", "Merkels Berater"):
    someone new, named by both; a spokesperson speaks for the owner and is left to the owner."""
    for mention in inside:
        owned = _owned_role_noun(text, mention)
        if owned is None:
            continue
        noun, gender = owned
        name = f"{text.tokens[mention.last - 1].text} {noun}"
        drafts.append(Draft("person", name, None, gender, [noun]))
        add_mention(drafts[-1], Found(mention.first, mention.last + 1, "person", "role", name=name))
        return len(drafts) - 1
    return None


def _owned_role_noun(text: Text, mention: Found) -> tuple[str, str | None] | None:
    """The role noun a person's genitive owns ("Sohn" after "Demjanjuks") and its gender,
    unless it is a spokesperson's or a people's noun."""
    if mention.kind != "person" or mention.case not in ("gen", "obl"):
        return None
    if mention.last >= len(text.tokens) or not text.tokens[mention.last - 1].text.endswith("s"):
        return None
    noun = text.tokens[mention.last].text
    role = text.words.role(noun)
    if role is None or role.role_class in ("spokes", "people"):
        return None
    return noun, role.gender


#: Lower-case words before an English kind noun ("the state transport ministry").
MAX_KIND_MODIFIERS = 2


def _kind_noun_speaker(text: Text, span: Span, drafts: list[Draft]) -> int | None:
    """A definite kind noun opening the span ("das Unternehmen …", "die Firma") is the latest
    organisation of that kind."""
    indices = span_tokens(text, span)
    words = [text.tokens[i].text for i in indices]
    if (
        len(words) == 3
        and source_noun(text, words[0])
        and words[1] in ("der", "des")
        and media_noun(text, words[2])
    ):
        return last_outlet(text, indices[0], drafts)  # "Nach Angaben der Zeitung": named before
    if len(indices) < 2 or text.tokens[indices[0]].text.lower() not in DEFINITE | {"dem", "den"}:
        return None
    noun = text.tokens[indices[1]].text
    rest = [text.tokens[i].text for i in indices[1:]]
    if len(rest) <= MAX_KIND_MODIFIERS + 1 and all(word.islower() for word in rest):
        noun = rest[-1]  # "the transport ministry": lower-case words end in the noun
    if media_noun(text, noun) and len(indices) == 2:  # "Dem Sender zufolge": the outlet named
        return last_outlet(text, indices[0], drafts)
    if not generic_organisation(text, noun):
        return None
    return kind_referent(text, indices[0], noun, drafts)


def _body_noun_heads(text: Text, span: Span) -> bool:
    """Whether the span's first noun is an organisation noun ("Eine Agentur von Al Gore": an
    agency, not Gore; "Die Ultras der Fangruppe X", "Das Team um X": X's people)."""
    for index in span_tokens(text, span):
        word = text.tokens[index].text
        if word[:1].isupper() and word.lower() not in DETERMINERS:
            return organisation_head(word, text.words) is not None or text.words.company_noun(word)
    return False


def _indefinite_newcomer(text: Text, span: Span, drafts: list[Draft]) -> int | None:
    """ "ein Monteur habe ihm berichtet", "sein damaliger Teamleiter habe ihm gesagt", "Ein
    Londoner Rohstoffhändler, der …": an indefinite or possessive noun phrase the lists do not
    know introduces someone new, named by its noun (a genitive or relative clause after it is
    left out)."""
    indices = span_tokens(text, span)
    cut = next(
        (p for p, i in enumerate(indices) if text.tokens[i].text in (",", "des", "der", "von")),
        len(indices),
    )
    indices = indices[:cut]
    owned = _possessive_owner(text, indices)  # "Angaben seines Managers": the manager
    if owned:
        indices = owned
    if len(indices) < 2 or len(indices) > MAX_NEWCOMER_WORDS:
        return None
    if not owned and text.tokens[indices[0]].text.lower() not in NEWCOMER_DETERMINERS:
        return None
    words = [text.tokens[i].text for i in indices[1:]]
    if owned:
        words[-1] = _nominative_singular(text, words[-1])
    if words[0][:1].isupper() and len(words) > 1:  # "Ein Londoner Rohstoffhändler"
        words[0] = words[0][:1].lower() + words[0][1:] if words[0].endswith("er") else words[0]
    noun = words[-1]
    if (
        not noun[:1].isupper()
        or not noun.isalpha()
        or not all(ADJECTIVE.match(w) for w in words[:-1])
    ):
        return None
    if source_noun(text, noun) or media_noun(text, noun) or noun in DOCUMENTS:
        return None
    if organisation_head(noun, text.words) is not None or text.words.company_noun(noun):
        return None
    if noun in ANONYMOUS_PEOPLE or noun.lower() in text.words.pronouns:
        return None
    label = " ".join([*(text.tokens[i].text for i in indices[1:-1]), noun])
    drafts.append(Draft("person", label, None, None, [label]))
    add_mention(drafts[-1], Found(indices[0], indices[-1] + 1, "person", "role", name=label))
    return len(drafts) - 1


def _possessive_owner(text: Text, indices: list[int]) -> list[int]:
    """ "(den) Angaben seines Managers", "Aussagen ihrer Sprecherin": the tokens from the
    possessive on, when a source noun owned by it opens the span; else none."""
    words = [text.tokens[i].text for i in indices]
    start = 1 if words and words[0].lower() in DETERMINERS else 0
    if len(words) < start + 3 or not source_noun(text, words[start]):
        return []
    if words[start + 1].lower() not in GENITIVE_POSSESSIVES:
        return []
    return indices[start + 1 :]


def _nominative_singular(text: Text, noun: str) -> str:
    """A genitive singular noun in the nominative ("Managers" → "Manager", "Arztes" →
    "Arzt", "Kollegen" → "Kollege"): the stem the role list knows, else the word without its
    "-s" ("Impresarios")."""
    for ending in ("s", "es", "n"):  # "Kollegen": a weak noun's "-n"
        stem = noun.removesuffix(ending)
        if stem != noun and text.words.role(stem) is not None and text.words.role(noun):
            return stem
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return noun[:-1]
    return noun


def _first(text: Text, quote: Quote) -> int:
    """The first token of the quotation's speaker span."""
    return text.token_at(quote.speaker.start) if quote.speaker is not None else 0


def _subject_pronoun_before(text: Text, cue_token: int) -> tuple[int, str] | None:
    """The first nominative personal pronoun of the cue's sentence before the cue, outside
    quotations."""
    sentence = text.sentence_of[cue_token]
    start = cue_token
    while start > 0 and text.sentence_of[start - 1] == sentence:
        start -= 1
    for index in range(start, cue_token):
        lower = text.tokens[index].text.lower()
        # (the pack's own pronouns: a German "sie" quoted on an English page is no pronoun)
        if (
            lower in PERSONAL_SUBJECTS
            and lower in text.words.pronouns
            and not text.in_message[index]
        ):
            return index, lower
    return None


def _impersonal(text: Text, cue: Span, cue_token: int) -> bool:
    """ "hieß es", "es heißt": a cue whose subject is the impersonal "es"."""
    words = {text.tokens[i].text.lower() for i in span_tokens(text, cue)}
    if not words & IMPERSONAL_REPORT_VERBS:
        return False
    near = range(max(cue_token - 2, 0), min(cue_token + 3, len(text.tokens)))
    return any(text.tokens[i].text.lower() == "es" for i in near)


def _goes_on(text: Text, cue_token: int) -> bool:
    """ "hieß es weiter", "heißt es weiter": the same source goes on."""
    near = range(cue_token + 1, min(cue_token + 4, len(text.tokens)))
    return any(text.tokens[i].text.lower() == "weiter" for i in near)


def _refers_back(text: Text, cue_token: int) -> bool:
    near = range(max(cue_token - 3, 0), min(cue_token + 4, len(text.tokens)))
    return any(text.tokens[i].text.lower() in ("darin", "dort", "daraus") for i in near)


def _cue_credits(text: Text, quote: Quote) -> bool:
    """A cue that names its speaker as a source ("laut", "zufolge", "nach Angaben"): whatever
    the span holds is the source, whatever its case."""
    if quote.cue is None:
        return False
    words = {text.tokens[i].text.lower() for i in span_tokens(text, quote.cue)}
    return bool(words & SOURCE_WORDS)


def _after_source_preposition(text: Text, mention: Found) -> bool:
    before = {t.text.lower() for t in text.tokens[max(mention.first - 2, 0) : mention.first]}
    return bool(before & SOURCE_PREPOSITIONS)


def _credited_in_sentence(text: Text, found: list[Found], cue_token: int) -> int | None:
    """A source of an impersonal "hieß es": credited ("laut X") or "aus/bei/von X"."""
    sentence = text.sentence_of[cue_token]

    def credited(mention: Found) -> bool:
        return _credited_source(text, mention) or _after_source_preposition(text, mention)

    credited_mentions = [
        m
        for m in found
        if m.entity is not None
        and text.sentence_of[m.first] == sentence
        and not text.in_message[m.first]
        and credited(m)
    ]
    return nearest(credited_mentions, cue_token).entity if credited_mentions else None


def _passive(text: Text, cue: Span) -> bool:
    return any(
        text.tokens[index].text.lower() in PASSIVE_AUXILIARIES for index in span_tokens(text, cue)
    )


def _place_demonym(text: Text, span: Span, drafts: list[Draft]) -> int | None:
    """ "der Berliner", "die Hamburgerin": someone from a known place, an epithet for the most
    salient person who fits."""
    indices = span_tokens(text, span)
    if len(indices) != 2 or text.tokens[indices[0]].text.lower() not in ("der", "die"):
        return None
    word = text.tokens[indices[1]].text
    female = word.endswith("erin")
    stem = word.removesuffix("in").removesuffix("er")
    places = {
        entry.canonical
        for entries in text.words.institutions.values()
        for entry in entries
        if entry.kind == "place"
    }
    if stem not in places and stem + "en" not in places:  # "Münchner" ← "München"
        return None
    epithet = Found(indices[0], indices[1] + 1, "role", "role", name=word, role_text=word)
    epithet.role_class = "people"
    epithet.gender = "female" if female else "male"
    epithet.case = "nom"
    return best_person(text, epithet, drafts)


def _titled_epithet(text: Text, span: Span) -> int | None:
    """ "der Kreisbrandmeister" after "Kreisbrandmeister Dietmar Schoch": that person."""
    indices = span_tokens(text, span)
    if len(indices) != 2 or text.tokens[indices[0]].text.lower() not in DEFINITE:
        return None
    return text.titles.get(text.tokens[indices[1]].text.lower())


def _plural_noun_group(text: Text, quote: Quote, drafts: list[Draft]) -> int | None:
    """ "Zudem verlangen die Mönche, …": "die" + a noun the word lists do not know, with a
    plural cue verb, is a group of people speaking."""
    if quote.speaker is None:
        return None
    indices = span_tokens(text, quote.speaker)
    opening = text.tokens[indices[0]].text.lower() if indices else ""
    if len(indices) < 2 or (opening != "die" and opening not in QUANTIFIERS):
        return None
    words = [text.tokens[i].text for i in indices[1:]]
    noun = words[-1]
    if len(words) > MAX_GROUP_WORDS or not noun[:1].isupper() or not noun.isalpha():
        return None
    if source_noun(text, noun) or text.words.medium(noun) is not None or noun in ANONYMOUS_PEOPLE:
        return None
    if not all(ADJECTIVE.match(w) for w in words[:-1]):
        return None
    collective = noun in text.words.collective_nouns  # "Die Menschenmenge skandierte"
    if opening not in QUANTIFIERS and not collective:  # "die X" is plural with a plural verb
        cue = "" if quote.cue is None else text.tokens[text.token_at(quote.cue.start)].text
        if not (cue.islower() and cue.endswith("n")):
            return None
    return group_draft(drafts, " ".join(words), indices[0], indices[-1] + 1)


def _what_was_said(text: Text, quote: Quote) -> bool:
    """A speaker span that names what was said or a circumstance, not who said it: a bare
    statement noun the cue does not credit ("wies Vorwürfe zurück", "mit der Begründung",
    "schloss sich dieser Einschätzung an"), or a sentence-opening adverb ("Dabei", "Als …")."""
    assert quote.speaker is not None
    indices = span_tokens(text, quote.speaker)
    words = [text.tokens[i].text for i in indices]
    if not words or _cue_credits(text, quote):
        return False
    if ADVERB.match(words[0]) or words[0] == "Als":
        first = indices[0]
        return text.opens_sentence(first)
    before = text.tokens[indices[0] - 1].text.lower() if indices[0] else ""
    after = text.tokens[indices[-1] + 1].text.lower() if indices[-1] + 1 < len(text.tokens) else ""
    if before in SOURCE_PREPOSITIONS | {"laut", "nach", "gemäß"} or after in ("zufolge", "nach"):
        return False  # "Berichten zufolge", "nach Angaben": a source the page does not name
    *modifiers, head = words
    plain = all(w.islower() and w.isalpha() for w in modifiers)
    return plain and head.lower() in text.words.statement_nouns and "eigenen" not in modifiers


def _own_statement(text: Text, span: Span) -> bool:
    words = [text.tokens[i].text.lower() for i in span_tokens(text, span)]
    own = bool({"eigenen", "eigenem", "eigener"} & set(words))  # "nach eigenem Bekunden"
    return own and any(source_noun(text, w.title()) for w in words)


def _clause_subject(
    text: Text, found: list[Found], quote: Quote, drafts: list[Draft], previous: int | None
) -> int | None:
    """The subject of the sentence around "nach eigenen Angaben", also inside the message
    ("Nach eigenen Angaben erhielt das Bundesamt …", "Helfer konnten nach eigenen Angaben …")
    or a subject pronoun ("wurde sie gegründet")."""
    assert quote.speaker is not None
    at = text.token_at(quote.speaker.start)
    sentence = text.sentence_of[at]
    subjects = [
        m
        for m in found
        if m.entity is not None and m.case == "nom" and text.sentence_of[m.first] == sentence
    ]
    # A German clause mostly opens with its subject: "Helfer konnten nach eigenen Angaben …",
    # "Sie hat nach eigenen Angaben 900 Unterschriften gesammelt" (not the object after).
    before = [m for m in subjects if m.last <= at]
    if before:
        return before[-1].entity
    opening = bisect.bisect_left(text.sentence_of, sentence)
    bare = _bare_role_at(text, opening, text.tokens[at].start, found, drafts)
    if bare is not None:  # "Helfer konnten nach eigenen Angaben …"
        return bare
    pronoun = next((i for i in range(opening, at) if _personal_subject(text, i)), None)
    if pronoun is not None:
        return _pronoun_referent(
            text, pronoun, text.tokens[pronoun].text.lower(), drafts, previous, found
        )
    # "Nach eigener Aussage will er …": the subject right after the verb, before any later
    # noun that merely looks nominative ("die Ziele Chinas")
    for index in range(at, min(at + OWN_SUBJECT_REACH, len(text.tokens))):
        if text.sentence_of[index] != sentence:
            break
        lower = text.tokens[index].text.lower()
        if _personal_subject(text, index):
            return _pronoun_referent(text, index, lower, drafts, previous, found)
        named = [m for m in starting_in(subjects, [index]) if m.entity is not None]
        if named:  # "Nach eigenen Angaben erhielt das Bundesamt für Verfassungsschutz …"
            return named[0].entity
        following = text.tokens[index + 1].text if index + 1 < len(text.tokens) else ""
        if lower in ("das", "der", "die") and generic_organisation(text, following):
            # "Nach eigenen Angaben hat das Unternehmen …": the company talked about
            return kind_referent(text, index, following, drafts)
    return nearest(subjects, at).entity if subjects else None


def _opening_subject(text: Text, found: list[Found], opening: int) -> int | None:
    """A message that is a whole sentence and opens with a subject: the one who speaks in it
    ("Petra Pau, PDS-Abgeordnete, spricht von …", "Die SPD will …")."""
    if (
        opening > 0
        and text.sentence_of[opening - 1] == text.sentence_of[opening]
        and text.tokens[opening - 1].text != ":"  # after a list heading ("Bildung: Die SPD …")
    ):
        return None
    subject = next((m for m in starting_in(found, [opening]) if m.entity is not None), None)
    if subject is None or subject.case != "nom" or subject.kind not in SPEAKER_KINDS | {"role"}:
        return None
    return subject.entity


def _personal_subject(text: Text, index: int) -> bool:
    """ "sie", "er", "wir": a personal pronoun that can be a subject."""
    lower = text.tokens[index].text.lower()
    return lower in PERSONAL_SUBJECTS and lower in text.words.pronouns


def _first_person_speaker(text: Text, quote: Quote) -> int | None:
    """ "ich"/"wir" as the speaker of a quotation inside another: the one who says "ich"."""
    assert quote.speaker is not None
    words = [text.tokens[i].text.lower() for i in span_tokens(text, quote.speaker)]
    if words not in (["ich"], ["wir"]):
        return None
    for other in text.article.quotes:
        if other is not quote and any(s.contains(quote.speaker) for s in other.message):
            return None if other.speaker_entity is None else int(other.speaker_entity[1:])
    return None


def _credited_beside_cue(
    text: Text, found: list[Found], quote: Quote, drafts: list[Draft]
) -> int | None:
    """The mention a crediting cue governs when the tagger marked no speaker: right after
    "laut"/"gemäß"/"nach Angaben", right before "zufolge"."""
    if quote.cue is None:
        return None
    cue = span_tokens(text, quote.cue)
    if not cue or not (_cue_credits(text, quote) or _source_noun_after(text, cue[-1])):
        return None
    if text.tokens[cue[-1]].text.lower() == "zufolge":
        before = [m for m in found if m.last in (cue[0], cue[0] - 1) and m.entity is not None]
        return before[-1].entity if before else None
    after = [m for m in starting_in(found, [cue[-1] + 1, cue[-1] + 2]) if m.entity is not None]
    if after:
        return after[0].entity
    # "nach Angaben des Schweizer Bundesamts für Umwelt", "laut Behördenangaben": the owner of
    # the source noun after the cue
    following = _phrase_after(text, cue[-1])
    return None if following is None else document_source(text, following, found, drafts)


def _source_noun_after(text: Text, index: int) -> bool:
    """ "nach | Angaben des …", "nach | den bisherigen Planungen": "nach" before a source noun."""
    if text.tokens[index].text.lower() != "nach":
        return False
    following = text.tokens[index + 1 : index + 4]
    return any(token.text in text.words.source_nouns for token in following)


def _phrase_after(text: Text, index: int) -> Span | None:
    """The tokens after ``index`` up to the clause's next comma (a few words at most)."""
    end = index + 1
    sentence = text.sentence_of[index]
    while (
        end < len(text.tokens)
        and end - index <= MAX_CREDITED_PHRASE
        and text.sentence_of[end] == sentence
        and text.tokens[end].text not in (",", ";", ":")
    ):
        end += 1
    if end == index + 1:
        return None
    return Span(text.tokens[index + 1].start, text.tokens[end - 1].end)


def _group_of_people(text: Text, quote: Quote, drafts: list[Draft]) -> int | None:
    """ "eine Gruppe liberaler Pfarrer", "eine Reihe von Experten": a group named by its
    members."""
    if quote.speaker is None:
        return None
    indices = span_tokens(text, quote.speaker)
    words = [text.tokens[i].text for i in indices]
    if len(words) < 3 or words[0].lower() not in DETERMINERS or words[1] not in _GROUP_NOUNS:
        return None
    members = words[2:]
    if members[0] == "von":
        members = members[1:]
    if not members or not members[-1][:1].isupper() or len(members) > MAX_GROUP_WORDS:
        return None
    if not all(ADJECTIVE.match(word) for word in members[:-1]):
        return None
    return group_draft(drafts, " ".join(words[1:]), indices[0], indices[-1] + 1)


def _share_of_people(text: Text, quote: Quote, drafts: list[Draft]) -> int | None:
    """A poll's share as a group: "47 Prozent der Befragten"; a bare "37 Prozent" borrows the
    people of the share named before it ("62 Prozent der Bundesbürger")."""
    if quote.speaker is None:
        return None
    indices = span_tokens(text, quote.speaker)
    words = [text.tokens[i].text for i in indices]
    if len(words) < 2 or not words[0].replace(",", "").isdigit() or words[1] not in _SHARES:
        return None
    people = words[2:4] if len(words) >= 4 and words[2] in ("der", "aller") else []
    if not people:
        for index in range(indices[0] - 1, max(indices[0] - _SHARE_LOOKBACK, 0), -1):
            window = [t.text for t in text.tokens[index : index + 4]]
            if window[1:2] == [words[1]] and window[2:3] in (["der"], ["aller"]):
                people = window[2:4]
                break
    return group_draft(drafts, " ".join([*words[:2], *people]), indices[0], indices[0] + 2)


def _report_noun(text: Text, span: Span) -> bool:
    return any(text.words.medium(text.tokens[i].text) == "report" for i in span_tokens(text, span))


def _relative_antecedent(
    text: Text, found: list[Found], span: Span, drafts: list[Draft]
) -> int | None:
    """ "Abdel Kader Dschassim, der in einer Stellungnahme betonte": a relative pronoun opening
    the speaker span stands for the mention that ends right before its comma."""
    first = text.token_at(span.start)
    if first < 2 or text.tokens[first].text.lower() not in RELATIVE_PRONOUNS:
        return None
    if text.tokens[first - 1].text != ",":
        return None
    end = first - 1
    if text.tokens[end - 1].text == ")":  # "Heribert Rech (CDU), wonach …": past the aside
        opening = next(
            (i for i in range(end - 2, max(end - 8, 0), -1) if text.tokens[i].text == "("), None
        )
        end = end if opening is None else opening
    before = [m for m in found if m.last == end and m.entity is not None]
    if before:
        return before[0].entity
    # "die Behauptungen eines Hackers, der behauptet": someone new, named by the role; "ein
    # Prediger aus London, der …": past the place the role comes from
    # (also "ein Prediger aus London zugeschaltet, der …", the relative clause after the verb)
    ends = _antecedent_ends(text, end)
    role = next((m for m in found if m.last in ends and m.kind == "role"), None)
    if role is None:
        return group_before_relative(text, first, end, drafts)
    if role.plural:  # "Demonstranten, die skandierten": the group of them
        return group_draft(drafts, role_label(role), role.first, role.last)
    role.entity = entity_for_role(text, role, drafts)
    return role.entity


def _antecedent_ends(text: Text, end: int) -> set[int]:
    """Where a relative pronoun's antecedent may end, counting back from its comma: right
    there, before a verb that ends the clause ("zugeschaltet"), before the place its noun comes
    from ("aus London")."""
    ends = {end}
    if end > 0 and text.tokens[end - 1].text.islower() and text.tokens[end - 1].text.isalpha():
        end -= 1  # "… zugeschaltet, der": the clause's final verb
        ends.add(end)
    if end >= 2 and text.tokens[end - 2].text in ("aus", "von"):
        ends.add(end - 2)
    return ends


def _possessive_relative(
    text: Text, found: list[Found], span: Span, drafts: list[Draft]
) -> int | None:
    """ "nach dessen Angaben", "deren Angaben zufolge": the owner is the noun phrase named
    last before the span, singular for "dessen", feminine or plural for "deren"."""
    first = text.token_at(span.start)
    word = text.tokens[first].text.lower()
    if word not in ("dessen", "deren"):
        return None
    sentence = text.sentence_of[first]
    for mention in reversed(found[: bisect.bisect_left(found, first, key=lambda m: m.first)]):
        if text.sentence_of[mention.first] < sentence - 1:
            return None
        if mention.kind not in ("person", "organisation", "group", "role", "media"):
            continue
        plural = mention.plural or mention.kind == "group"
        if word == "dessen" and (plural or mention.gender == "female"):
            continue
        if word == "deren" and not (plural or mention.gender == "female"):
            continue
        if mention.entity is None and mention.kind == "role":
            mention.entity = entity_for_role(text, mention, drafts)
        return mention.entity
    return None


def _demonstrative_referent(
    text: Text, span: Span, found: list[Found], drafts: list[Draft]
) -> int | None:
    """ "Dieser sagte", "Letztere erklärte": the person of that gender named last, even as an
    object ("… stützt sich auf einen Berater, Oliver Pratt. Dieser sagte …")."""
    indices = span_tokens(text, span)
    if len(indices) != 1:
        return None
    gender = DEMONSTRATIVES.get(text.tokens[indices[0]].text.lower())
    if gender is None:
        return None
    if gender == "female" and _plural_verb_beside(text, indices[0]):
        return _latest_group(text, found, indices[0], drafts)  # "vier Unbekannte … Diese baten"
    candidates = [
        number
        for number in recent_drafts(found, indices[0])
        if drafts[number].kind == "person" and drafts[number].gender in (gender, None)
    ]
    # "Er habe mit dem Lotsen X telefoniert. Dieser habe ihm berichtet": X, named in a message.
    named = last_mentioned(text, indices[0], candidates, drafts, in_messages=True)
    earlier = None if named is None else next(latest_before(drafts[named], indices[0]), None)
    latest = -1 if earlier is None else earlier.first
    # "die Strafanzeige eines Privatdetektivs gegen Ertel. Dieser behauptete": the role noun
    # named after the person is the one meant, someone new
    role = next(
        (
            m
            for m in reversed(found)
            if latest < m.first < indices[0]
            and m.kind == "role"
            and m.entity is None
            and not m.plural
            and m.gender in (gender, None)
            and text.sentence_of[indices[0]] - text.sentence_of[m.first] <= 1
        ),
        None,
    )
    if role is None:
        return named
    role.entity = entity_for_role(text, role, drafts)
    return role.entity


def _mentions_back(text: Text, found: list[Found], index: int) -> Iterator[Found]:
    """Mentions before token ``index``, latest first, in its sentence or the one before (and at
    most ``_BACK_TOKENS`` tokens back)."""
    sentence = text.sentence_of[index]
    for mention in reversed(starting_in(found, list(range(max(index - _BACK_TOKENS, 0), index)))):
        if text.sentence_of[mention.first] < sentence - 1:
            return
        yield mention


def _latest_group(text: Text, found: list[Found], index: int, drafts: list[Draft]) -> int | None:
    """The latest group mention before token ``index``, in its sentence or the one before."""
    for mention in _mentions_back(text, found, index):
        if (
            mention.plural
            and mention.kind in ("group", "role")
            and not text.in_message[mention.first]
        ):
            if mention.entity is None:
                mention.entity = entity_for_role(text, mention, drafts)
            return mention.entity
    return None


def _both_referent(text: Text, span: Span, found: list[Found]) -> int | None:
    """ "Beide riefen …" after "Al Gore traf Angela Merkel": the pair, which (as for
    coordinated speakers) the first one named stands for."""
    indices = span_tokens(text, span)
    if not indices or text.tokens[indices[0]].text.lower() not in ("beide", "die beiden"):
        return None
    people: list[Found] = []
    for mention in _mentions_back(text, found, indices[0]):
        named = mention.kind == "person" and mention.entity is not None
        if named and all(m.entity != mention.entity for m in people):
            people.append(mention)
    return people[1].entity if len(people) >= 2 else None  # the earlier of the last two


def _first_conjunct(text: Text, subjects: list[Found]) -> Found | None:
    """ "Brandl und Weber betonten", "Sowohl das Militär, der Präsident als auch …": several
    speakers joined by a conjunction; the first one stands for them."""
    ordered = sorted(subjects, key=lambda m: m.first)
    for left, right in itertools.pairwise(ordered):
        between = {token.text.lower() for token in text.tokens[left.last : right.first]}
        if between - {","} and between <= CONJUNCTIONS:  # "X, Y" alone is an apposition
            return ordered[0]
    return None


def _subject_pronoun(text: Text, index: int, form: str) -> bool:
    """A nominative pronoun, or a genitive/possessive one owning a source noun ("nach deren
    Angaben", "seinen Angaben zufolge"): both name the source."""
    if text.words.pronouns[form].case == "nom":
        return True
    after = index + 1  # past adjectives: "Seine zentrale Aussage"
    while (
        after < len(text.tokens) and after - index <= 2 and ADJECTIVE.match(text.tokens[after].text)
    ):
        after += 1
    following = text.tokens[after].text if after < len(text.tokens) else ""
    return source_noun(text, following)


def _only_source_noun(text: Text, span: Span) -> bool:
    words = [text.tokens[i].text for i in span_tokens(text, span)]
    capitalised = [w for w in words if w[:1].isupper() and w.lower() not in DETERMINERS]
    if len(capitalised) == 2 and ADJECTIVE.match(capitalised[0].lower()):
        capitalised = capitalised[1:]  # "Offiziellen Angaben": a sentence-opening adjective
    return len(capitalised) == 1 and source_noun(text, capitalised[0])


def _anaphoric(text: Text, span: Span) -> bool:
    """ "Demnach …": the source is the one of the sentence before."""
    return text.tokens[text.token_at(span.start)].text.lower() in ANAPHORIC_ADVERBS


def _previous_subject(text: Text, found: list[Found], span: Span) -> int | None:
    """The first subject of the nearest earlier sentence that has one (up to two back):
    "Die Regierung stimmte zu. Allerdings wurden Bedingungen genannt. … soll demnach …"."""
    here = text.sentence_of[text.token_at(span.start)]
    for sentence in range(here - 1, max(here - 1 - ANAPHOR_REACH, -1), -1):
        candidates = [
            m
            for m in found
            if m.entity is not None and m.case == "nom" and text.sentence_of[m.first] == sentence
        ]
        if candidates:
            return candidates[0].entity
    return None


def _origin_of_role(text: Text, spanned: list[Found], mention: Found) -> bool:
    """A place or body after "aus" that follows a role in the span is where the role holder
    is, not a source ("ein IWF-Sprecher aus Washington", "Abgeordnete aus der Koalition")."""
    if mention.first == 0 or mention.kind not in ("place", "organisation"):
        return False
    before = text.tokens[mention.first - 1].text.lower()
    if before in DETERMINERS and mention.first >= 2:
        before = text.tokens[mention.first - 2].text.lower()
    prepositions = ("aus", "in", "im") if mention.kind == "place" else ("aus",)
    if before not in prepositions:
        return False
    return any(m.kind == "role" and m.last <= mention.first for m in spanned)


def _credited_source(text: Text, mention: Found) -> bool:
    """A phrase after "laut", "gemäß", "nach Angaben", or before "zufolge": a source, no object."""
    before = {
        token.text.lower() for token in text.tokens[max(mention.first - 2, 0) : mention.first]
    }
    after = text.tokens[mention.last].text.lower() if mention.last < len(text.tokens) else ""
    if bool(before & SOURCE_WORDS) or after in SOURCE_WORDS or _passive_agent(text, mention):
        return True
    return _after_citing_phrase(text, mention)


#: Words between a citing phrase and the name it cites ("zitierte den Minister Jan Kurz").
_CITED_REACH = 3


def _after_citing_phrase(text: Text, mention: Found) -> bool:
    """ "zitiert einen Augenzeugen", "unter Berufung auf Insider": the one cited, no object."""
    lowered = [token.text.lower() for token in text.tokens[: mention.first]]
    for gap in range(_CITED_REACH + 1):
        end = len(lowered) - gap
        between = text.tokens[end : mention.first]
        if any(
            t.text in ",.;:" or (t.text.islower() and t.text not in DETERMINERS) for t in between
        ):
            return False
        for phrase in lexicon(text.words.language).citing:
            if tuple(lowered[max(end - len(phrase), 0) : end]) == phrase:
                return True
    return False


def _passive_agent(text: Text, mention: Found) -> bool:
    """ "von den iranischen Behörden … vorgeworfen wird", "von Moderator X gefragt wurde": the
    agent of a passive speech verb speaks."""
    # (a listed body's mention may start at its "vom": "vom Bundesgerichtshof")
    before = [
        token.text.lower() for token in text.tokens[max(mention.first - 2, 0) : mention.first + 1]
    ]
    if not {"von", "vom"} & set(before):
        return False
    sentence = text.sentence_of[mention.first]
    for step, start in ((1, mention.last), (-1, mention.first - 1)):  # the clause around it
        index = start
        while 0 <= index < len(text.tokens) and text.sentence_of[index] == sentence:
            if text.tokens[index].text in CLAUSE_BREAKS:
                break
            word = text.tokens[index].text.lower()
            if word in PASSIVE_AUXILIARIES or (step < 0 and word == "wie"):
                return True  # "…, wie schon vom Bundesgerichtshof festgestellt": elliptic
            index += step
    return False


def _mentions_in(text: Text, found: list[Found], span: Span) -> list[Found]:
    """Mentions overlapping ``span``; ``found`` is sorted by first token, so only a window of it
    is looked at (a linear scan per quotation made long articles quadratic)."""
    first = text.token_at(span.start)
    low = bisect.bisect_left(found, first - MENTION_MAX_TOKENS, key=lambda m: m.first)
    high = bisect.bisect_left(
        found, bisect.bisect_left(text.starts, span.end), key=lambda m: m.first
    )
    return [
        m
        for m in found[low:high]
        if text.tokens[m.first].start < span.end and span.start < text.tokens[m.last - 1].end
    ]


def _pronoun_in(text: Text, span: Span) -> tuple[int, str] | None:
    first = text.token_at(span.start)
    for index in range(first, min(first + 4, len(text.tokens))):
        if text.tokens[index].start >= span.end:
            break
        lower = text.tokens[index].text.lower()
        if lower in text.words.pronouns:
            return index, lower
    return None


def _pronoun_referent(
    text: Text,
    index: int,
    form: str,
    drafts: list[Draft],
    previous: int | None,
    found: list[Found],
) -> int | None:
    """The previous speaker when of the pronoun's gender and recent, else the last person of
    that gender mentioned outside quotations; a person of unknown gender only when none fits."""
    gender = text.words.pronouns[form].gender
    if gender == "f/pl":  # "sie sagte" is she, "sie sagten" they
        gender = "pl" if _plural_verb_beside(text, index) else "f"
    wanted = {"m": "male", "f": "female"}.get(gender)

    def fits(draft: Draft, *, strict: bool) -> bool:
        if "pl" in gender:  # a group or a body, not a person and rarely a country
            return draft.kind in ("group", "organisation", "media", "unknown")
        if form == "es":  # "Das Gericht … Es weist den Vorwurf zurück": a neuter body
            return strict and draft.kind in ("organisation", "media") and _neuter(text, draft)
        if form == "sie" and (
            draft.kind in ("organisation", "media")
            or (draft.kind == "group" and _feminine_singular(text, draft))
        ):
            # "die Gewerkschaft … Sie bezeichnet", "Die Verteidigung … Sie argumentiert": a
            # feminine noun's pronoun, as a subject only (countries and cities are mostly
            # neuter: "Deutschland … es").
            return strict
        if draft.kind != "person" or wanted is None:
            return False
        # Unknown gender is allowed only for a named person ("Ayaan Hirsi Ali"), not a role.
        unknown = not strict and draft.gender is None and bool(draft.surname)
        return draft.gender == wanted or unknown

    spokesperson = _recent_spokesperson(text, found, index, wanted, drafts)
    if spokesperson is not None:
        return spokesperson
    unnamed = _unnamed_role_subject(text, found, index, wanted)
    if unnamed is not None:  # "… konnte der Moderator nur wenige Worte entlocken. Er sagte"
        unnamed.entity = entity_for_role(text, unnamed, drafts)
        return unnamed.entity
    nearby = sorted(recent_drafts(found, index) | ({previous} if previous is not None else set()))
    subject = _recent_subject(
        text, index, [n for n in nearby if fits(drafts[n], strict=True)], drafts
    )
    if subject is not None:
        return subject
    if previous is not None and fits(drafts[previous], strict=True):
        last = next((m.first for m in latest_before(drafts[previous], index)), -1)
        if last >= 0 and text.sentence_of[index] - text.sentence_of[last] <= PRONOUN_REACH:
            return previous
    candidates = [number for number in nearby if fits(drafts[number], strict=False)]
    referent = last_mentioned(text, index, candidates, drafts)
    if referent is not None or wanted is None:
        return referent
    # "Von der Bundeskanzlerin liegt eine Stellungnahme vor. Sie sagte": nobody named fits,
    # but a role of the pronoun's gender stood just before, in any case.
    role = _latest_role(text, found, index, wanted)
    if role is None:
        return None
    role.entity = entity_for_role(text, role, drafts) if role.entity is None else role.entity
    return role.entity


def _latest_role(text: Text, found: list[Found], index: int, gender: str) -> Found | None:
    """The latest singular role of ``gender`` outside quotations before a pronoun at token
    ``index``, in its sentence or the one it looks back to."""
    for mention in _antecedents(text, found, index):
        if (
            mention.kind == "role"
            and not mention.plural
            and mention.gender == gender
            and not text.in_message[mention.first]
        ):
            return mention
    return None


def _feminine_singular(text: Text, draft: Draft) -> bool:
    """A group named by a feminine singular noun ("die Verteidigung", "die Belegschaft")."""
    return any(not m.plural and text.tokens[m.first].text.lower() == "die" for m in draft.mentions)


def _neuter(text: Text, draft: Draft) -> bool:
    """A body named with a neuter article somewhere ("das Gericht", "das Ministerium")."""
    return any(text.tokens[m.first].text.lower() == "das" for m in draft.mentions)


def _antecedent_sentence(text: Text, index: int) -> int:
    """The earliest sentence a subject pronoun at token ``index`` looks back to: the one before
    it, or further while the sentences in between open with the same pronoun ("Ein Landwirt
    wurde getroffen. Er war unterwegs. Er sagte": both "Er" are the Landwirt)."""
    form = text.tokens[index].text.lower()
    sentence = text.sentence_of[index] - 1
    for _ in range(PRONOUN_CHAIN_REACH):
        opening = bisect.bisect_left(text.sentence_of, sentence)
        if sentence <= 0 or opening >= len(text.tokens):
            break
        if not _subject_pronoun_opens(text, opening, form):
            break
        sentence -= 1
    return sentence


def _subject_pronoun_opens(text: Text, opening: int, form: str) -> bool:
    """The sentence starting at token ``opening`` has ``form`` as its main clause's subject:
    first ("Er war"), or, for a pronoun that is only ever a subject ("er"), right after the
    verb in second place ("1997 wurde er", "Im März 2002 trat er")."""
    if text.in_message[opening]:
        return False
    if text.tokens[opening].text.lower() == form:
        return True
    if form not in NOMINATIVE_ONLY_PRONOUNS:
        return False
    sentence = text.sentence_of[opening]
    window = range(opening + 1, min(opening + SUBJECT_PRONOUN_WINDOW, len(text.tokens)))
    return any(
        text.sentence_of[i] == sentence
        and text.tokens[i].text == form
        and text.tokens[i - 1].text.islower()  # the finite verb before it
        for i in window
    )


def _latest_person_subject(
    text: Text, found: list[Found], index: int, *, reported: bool = False
) -> Found | None:
    """The latest person or role mention in subject position, outside quotations, before a
    pronoun at token ``index``, in its sentence or the one before (further back over sentences
    opened by the same pronoun). With ``reported``, the speaker of a reported sentence counts
    too, though its message holds it ("Ein Sprecher dementierte den Bericht.")."""
    for mention in _antecedents(text, found, index):
        outside = not text.in_message[mention.first] or (
            reported and _reported_speaker_at(text, mention.first)
        )
        if mention.case == "nom" and outside and mention.kind in ("person", "role"):
            return mention
    return None


def _antecedents(text: Text, found: list[Found], index: int) -> Iterator[Found]:
    """Mentions a pronoun at token ``index`` may take up, latest first: back to the sentence
    it looks back to (``_antecedent_sentence``), at most ``SPOKES_LOOKBACK`` of them."""
    earliest = _antecedent_sentence(text, index)
    position = bisect.bisect_left(found, index, key=lambda m: m.first)
    for mention in reversed(found[max(position - SPOKES_LOOKBACK, 0) : position]):
        if text.sentence_of[mention.first] < earliest:
            return
        yield mention


def _reported_speaker_at(text: Text, index: int) -> bool:
    offset = text.tokens[index].start
    return any(
        quote.type is QuoteType.REPORTED
        and quote.speaker is not None
        and quote.speaker.start <= offset < quote.speaker.end
        for quote in text.article.quotes
    )


def _unnamed_role_subject(
    text: Text, found: list[Found], index: int, gender: str | None
) -> Found | None:
    """The latest subject before a pronoun when it is a role nobody was named for ("meldete
    sich ein Augenzeuge"), singular and of the pronoun's gender."""
    mention = _latest_person_subject(text, found, index)
    if mention is None or mention.kind != "role" or mention.entity is not None:
        return None
    if mention.plural or gender is None or mention.gender != gender:
        return None
    opening = text.tokens[mention.first].text.lower()  # not "die Ermittler"
    unnamed = mention.role_class != "spokes" and opening in SINGULAR_SUBJECT_ARTICLES
    return mention if unnamed else None


def _recent_spokesperson(
    text: Text, found: list[Found], index: int, gender: str | None, drafts: list[Draft]
) -> int | None:
    """ "… bestritt ein Sprecher von Veridian, dass …. „…“, schrieb er.": a spokesperson who is
    the last subject before the pronoun stands for their organisation."""
    mention = _latest_person_subject(text, found, index, reported=True)
    if mention is None or mention.kind != "role" or mention.role_class != "spokes":
        return None
    if gender not in (None, mention.gender):
        return None
    if mention.entity is None:  # "Ein Sprecher der US-Armee wollte nicht …. Er sagte aber"
        mention.entity = entity_for_role(text, mention, drafts)
    return mention.entity


def _plural_verb_beside(text: Text, index: int) -> bool:
    """Whether the finite verb next to a subject pronoun is plural: "sagten sie", "sie
    fordern", "sie haben" (German plural verbs end in -n; "sagte", "hat", "ist" do not)."""
    for neighbour in (index - 1, index + 1):
        if 0 <= neighbour < len(text.tokens):
            word = text.tokens[neighbour].text
            if word.isalpha() and word.islower() and word not in CONJUNCTIONS:
                return word.endswith("n") or word == "sind"
    return False


def _recent_subject(text: Text, index: int, numbers: list[int], drafts: list[Draft]) -> int | None:
    """The subject-like mention, outside quotations, that a pronoun continues: the latest one in
    its own sentence before it; else in the sentence before, the first person (a German clause
    mostly opens with its subject: "X hatte Y vorgeworfen … Er forderte" is X), or the latest
    organisation for a plural "sie"."""
    sentence = text.sentence_of[index]
    earliest = _antecedent_sentence(text, index)
    latest: tuple[int, int] | None = None
    first_person: tuple[int, int] | None = None
    for number in numbers:
        for mention in latest_before(drafts[number], index):
            if text.sentence_of[mention.first] < earliest:
                break  # older mentions are further back still
            if mention.case != "nom" or text.in_message[mention.first]:
                continue
            if mention.form == "pronoun" or earliest < text.sentence_of[mention.first] < sentence:
                continue  # the sentences between are the pronoun's own ("1992 wurde er Präsident")
            if latest is None or mention.first > latest[0]:
                latest = (mention.first, number)
            previous = text.sentence_of[mention.first] == earliest
            person = drafts[number].kind == "person"
            if previous and person and (first_person is None or mention.first < first_person[0]):
                first_person = (mention.first, number)
    if latest is not None and text.sentence_of[latest[0]] == sentence:
        return latest[1]
    chosen = first_person or latest
    return None if chosen is None else chosen[1]


def _unnamed_speaker(text: Text, span: Span, found: list[Found], drafts: list[Draft]) -> int | None:
    """A speaker no named entity fits: the organisation behind a document ("einer
    Presseerklärung der Gewerkschaft"), an institution via its spokesperson, or a new person for
    a role nobody named has ("ein Zeuge", "Der Staatsanwalt", "US-Experten")."""
    document = document_source(text, span, found, drafts)
    if document is not None:
        return document
    for mention in _mentions_in(text, found, span):
        # "zitiert einen Augenzeugen": an indefinite role as the whole speaker is the speaker.
        subject_like = mention.case == "nom" or not mention.definite
        if mention.kind == "role" and (subject_like or _credited_source(text, mention)):
            mention.entity = entity_for_role(text, mention, drafts)
            return mention.entity
    return _bare_role_at(text, text.token_at(span.start), span.end, found, drafts)


def _bare_role_at(
    text: Text, first: int, end: int, found: list[Found], drafts: list[Draft]
) -> int | None:
    """A role noun without article at token ``first``, starting before offset ``end``: a new
    entity, mostly a group ("US-Experten", "Helfer konnten …")."""
    opening = text.tokens[first].text.lower()
    bare = None if opening in DETERMINERS else apposition_at(text.tokens, first, text.words)
    # the role lies inside the span: "Korrespondentenberichten zufolge schossen Soldaten" is
    # no phrase about soldiers
    if (
        bare is not None
        and text.tokens[bare.first].start < end
        and text.tokens[bare.last - 1].end <= end
    ):
        bare.definite = False
        # Without an article a role noun is plural ("Chinesische Politiker haben …") unless a
        # name follows it ("Kremlsprecher Peskov").
        following = text.tokens[bare.last].text if bare.last < len(text.tokens) else ""
        bare.plural = bare.plural or not looks_like_name(following) or following in DETERMINERS
        bare.entity = entity_for_role(text, bare, drafts)
        bisect.insort(found, bare, key=lambda m: m.first)  # the clause's subject from now on
        return bare.entity
    return None
