"""Speakers as entities: who each quotation's speaker span refers to.

1. Mentions: the name grammar of ``lang/mentions.py`` finds full names, honorific + surname,
   titled names, organisations, listed institutions/places/outlets and role phrases; a second
   pass adds bare surnames (also genitive "Musks") of the persons found.
2. Entities: person mentions group by surname; institutions and organisations by canonical name.
   Roles come from titles ("Sprecher Dmitry Peskov") and appositions ("Ian Bremmer, dem Gründer
   der …,").
3. Epithets ("der russische Präsident", "Der Südafrikaner") go, in text order, to the most
   salient compatible person: same gender, role class not contradicting the person's known roles,
   not named elsewhere in the same sentence; a complement shared with a known role ("von Tesla")
   decides first. Salience is the number of earlier mentions, decayed by sentence distance.
4. Speakers: the mention inside the speaker span nearest to the cue; a pronoun goes to the
   previous speaker or the last compatible person; a span that cannot be a subject (dative,
   after a preposition) gives way to the subject of the cue's sentence.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from newstrace.lang.entities import DATIVE_DETERMINERS, PREPOSITIONS, EntityWords, entity_words
from newstrace.lang.mentions import (
    Found,
    apposition_at,
    complement_organisation,
    find_mentions,
    looks_like_brand,
    looks_like_name,
    organisation_head,
)
from newstrace.lang.names import is_first_name
from newstrace.model import Article, Entity, EntityKind, Mention, Quote, QuoteType, Span
from newstrace.options import Options
from newstrace.tokens import Token, tokenize

__all__ = ["run"]

#: Score added for an epithet whose role the person is known by ("der Sprecher" / "Sprecher X").
_KNOWN_ROLE_BONUS = 10.0
#: Score added for the person the current or last sentence has as its subject.
_CONTINUING_SUBJECT_BONUS = 5.0
#: Heads of epithets that fit any person: age, sex.
_NEUTRAL_HEADS = ("jährige", "jähriger", "mann", "frau")
#: Salience of a person the headline names, before any mention in the text.
_TOPIC_BONUS = 1.0
#: Salience halves every this many sentences.
_SALIENCE_HALF_LIFE = 4.0
#: A previous speaker stays the referent of a speaker pronoun for this many sentences.
_PRONOUN_REACH = 4
#: A pronoun's antecedent is looked for among this many preceding mentions.
PRONOUN_LOOKBACK_MENTIONS = 300
_CLAUSE_BREAKS = frozenset(",;:–")
#: Words around a phrase that make it a credited source although it is no subject.
_SOURCE_WORDS = frozenset(
    {"laut", "gemäß", "zufolge", "angaben", "informationen", "according", "berufung", "aus"}
)
_DEFINITE = frozenset({"der", "die", "das", "the"})
_GENERIC_ORGANISATIONS = frozenset({"Unternehmen", "Firma", "Hauses", "Organisation", "company"})
_ANAPHORIC_ADVERBS = frozenset({"demnach", "demzufolge", "dementsprechend", "danach"})
_RELATIVE_PRONOUNS = frozenset({"der", "die", "welcher", "welche", "who"})
_CONJUNCTIONS = frozenset(
    {"und", "sowie", "als", "auch", ",", "and", "sowohl", "weder", "noch", "oder"}
)
_DETERMINERS = _DEFINITE | DATIVE_DETERMINERS | frozenset({"ein", "eine"})
_ADJECTIVE = re.compile(r"^[a-zäöüß][a-zäöüß-]*(?:e|en|er|es|em)$")
#: Sentence-opening adverbs the tagger may mistake for a speaker ("Insbesondere", "Zudem").
_ADVERB = re.compile(r"^(?:Insbesondere|Zudem|Außerdem|Allerdings|Dabei|Damit|Dennoch|Jedoch)$")
#: Determiners after which an owning role noun is one person ("des Angestellten").
_SINGULAR_OWNERS = frozenset({"des", "eines", "einer", "dem", "einem"})
_QUANTIFIERS = frozenset({"einige", "mehrere", "viele", "zahlreiche", "manche", "beide", "alle"})
#: Most words (adjectives and noun) of a group named by a plural noun ("die jungen Mönche").
_MAX_GROUP_WORDS = 3
#: Small words inside an organisation's name ("UN-Friedensmission im Südsudan").
_NAME_CONNECTORS = frozenset({"der", "des", "für", "in", "im", "am", "vom", "von", "zum", "zur"})
#: Most words of a name in quotation marks.
_MAX_NAME_WORDS = 4
#: Most words of an organisation named by its noun phrase ("Gewerkschaft der Polizei").
_MAX_COLLECTIVE_WORDS = 5
#: A definite epithet of a strict class goes to a person of unknown role only when that person
#: is at least this salient (about two mentions in the last few sentences).
_MIN_SALIENCE_UNKNOWN_ROLE = 1.0
#: A mention outside subject position counts this much towards salience.
_OBLIQUE_WEIGHT = 0.5
_OWNER_DETERMINERS = frozenset({"der", "des", "von", "vom", "eines", "einer"})
#: Shortest organisation noun that counts as the head of a kind word ("Amt" is too short).
_MIN_KIND_HEAD = 5
_UNNAMED_CIRCLES = frozenset({"Kreisen", "Kreise", "Quellen"})
#: Shortest noun from which a genitive "-es" is taken off ("Geheimdienstes").
_MIN_GENITIVE_STEM = 5
#: Prepositions before the source of an impersonal "hieß es" ("bei der Agentur RIA").
_SOURCE_PREPOSITIONS = frozenset({"bei", "beim", "aus", "von", "vom"})
#: Plural nouns for people nobody names: as owners of "Angaben" they leave the source unnamed.
_ANONYMOUS_PEOPLE = frozenset({"Personen", "Menschen", "Leute", "Stimmen"})
_STRICT_CLASSES = frozenset({"office", "business", "spokes"})
_NATIONALITY = re.compile(r"\b([a-zäöü]+isch|deutsch)(?:e|er|en|es|em)?\b")
#: Adjectives in -isch that say what kind, not which country.
_NOT_NATIONALITIES = frozenset(
    "politisch kritisch technisch praktisch medizinisch juristisch strategisch taktisch "
    "militärisch diplomatisch ökonomisch ökologisch typisch logisch psychisch physisch "
    "elektrisch katholisch evangelisch islamisch jüdisch sozialistisch kommunistisch "
    "demokratisch christdemokratisch sozialdemokratisch grünpolitisch statistisch "
    "wissenschaftspolitisch außenpolitisch innenpolitisch".split()
)
_AGE = re.compile(r"(\d+)-[Jj]ährig")
_PASSIVE_AUXILIARIES = frozenset({"wurde", "wurden", "worden", "wird", "werden"})
_NAME_PARTICLES = frozenset({"von", "van", "der", "de", "den", "zu", "da", "di", "du", "al"})
#: Mentions looked back over for a spokesperson a pronoun continues.
_SPOKES_LOOKBACK = 8
_PERSONAL_SUBJECTS = frozenset({"er", "sie", "he", "she", "they"})
#: Shortest short form of an organisation's name that joins the long one.
_MIN_SHORT_NAME = 6
_NEWCOMER_DETERMINERS = frozenset(
    "ein eine einer einem sein seine seinem ihr ihre ihrem dessen deren".split()
)
#: Longest indefinite phrase ("ein leitender Ingenieur") taken as a newcomer's name.
_MAX_NEWCOMER_WORDS = 4
#: Tokens after "nach eigenen Angaben" searched for a subject pronoun.
_OWN_SUBJECT_REACH = 8
#: Documents a definite mention of refers back to one whose author was talked about.
_DOCUMENTS = frozenset(
    {
        "Bericht",
        "Meldung",
        "Schreiben",
        "Papier",
        "Positionspapier",
        "Studi",
        "Studie",
        "Dokument",
        "Stellungnahm",
        "Stellungnahme",
        "Vorabversion",
    }
)
#: An organisation this salient is taken as the author of "der Bericht".
_MIN_AUTHOR_SALIENCE = 0.5
#: "demnach" looks this many sentences back for its source.
_ANAPHOR_REACH = 2
#: Demonstratives that stand for the person named last, and the gender they ask for.
_DEMONSTRATIVES = {"dieser": "male", "letzterer": "male", "diese": "female", "letztere": "female"}
_CONTINUATIONS = frozenset({QuoteType.FREE_INDIRECT, QuoteType.INDIRECT_FREE_INDIRECT})
#: A cue-less continuation goes on with a quotation at most this many sentences back.
_CONTINUATION_REACH = 2
_QUOTE_MARKS = frozenset("„“”‚‘»«\"'")
_SPEAKER_KINDS = frozenset({"person", "organisation", "place", "media", "group", "unknown"})


@dataclass(slots=True)
class _Draft:
    kind: str
    name: str
    surname: str | None = None
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    classes: set[str] = field(default_factory=set)
    mentions: list[Found] = field(default_factory=list)
    used: bool = False


@dataclass(slots=True)
class _Text:
    """The article's tokens with sentence numbers and quotation-message flags."""

    article: Article
    tokens: list[Token]
    sentence_of: list[int]
    in_message: list[bool]
    words: EntityWords
    starts: list[int]  # token start offsets, for bisection
    inner: list[Found] = field(default_factory=list)  # organisations inside role phrases
    titles: dict[str, int] = field(default_factory=dict)  # unlisted title -> entity it names

    def token_at(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)


def run(article: Article, options: Options) -> Article:
    """Fill ``article.entities`` and each quotation's ``speaker_entity``."""
    language = options.language or article.metadata.language or "de"
    text = _prepare(article, entity_words(language))
    drafts: list[_Draft] = []
    mentions = _collect_mentions(text, drafts)
    _resolve_epithets(text, mentions, drafts)
    mentions.sort(key=lambda m: m.first)  # _mentions_in bisects on it
    previous: int | None = None
    by_span: dict[Span, int | None] = {}  # one speaker span, one referent
    last: tuple[Quote, int | None] | None = None  # the quotation before, and its speaker
    speaker_of: dict[str, int | None] = {}
    for quote in article.quotes:
        if quote.speaker is not None and quote.speaker in by_span:
            entity = by_span[quote.speaker]
        elif last is not None and _continuation(text, quote, last[0]):
            # "…, sagte sie. Es sei bereits der dritte Brand.": still she, unless the sentence
            # has a subject of its own or someone new became the subject in between
            # ("Trainer X versuchte …. Er habe …").
            entity = _sentence_subject(text, mentions, text.token_at(quote.message[0].start))
            if entity is None:
                entity = _intervening_subject(text, mentions, last[0], quote)
            if entity is None:  # after a nested quotation, the one who told it all goes on
                entity = speaker_of.get(_outermost(article, last[0]).id, last[1])
        else:
            entity = _speaker_of(text, quote, mentions, drafts, previous)
        last = (quote, entity)
        speaker_of[quote.id] = entity
        if quote.speaker is not None:
            by_span[quote.speaker] = entity
        if entity is not None:
            drafts[entity].used = True
            previous = entity
        quote.speaker_entity = None if entity is None else f"e{entity}"
    article.entities = _entities(text, drafts)
    _renumber(article)
    return article


def _outermost(article: Article, quote: Quote) -> Quote:
    """The quotation that holds ``quote`` and is held by none (three levels: A → B → C)."""
    by_id = {q.id: q for q in article.quotes}
    seen = {quote.id}
    while quote.nested_in in by_id and quote.nested_in not in seen:
        quote = by_id[quote.nested_in]
        seen.add(quote.id)
    return quote


def _continuation(text: _Text, quote: Quote, before: Quote) -> bool:
    """A free indirect sentence with neither speaker nor cue that follows a quotation in the
    same or the next sentences."""
    # A direct quotation with no roles goes on too ("…, sagte sie. „Ich habe …“").
    kinds = _CONTINUATIONS | {QuoteType.DIRECT}
    if quote.type not in kinds or quote.speaker is not None or quote.cue is not None:
        return False
    if not before.message:
        return False
    gap = (
        text.sentence_of[text.token_at(quote.message[0].start)]
        - text.sentence_of[text.token_at(before.message[-1].end - 1)]
    )
    return 0 <= gap <= _CONTINUATION_REACH


def _intervening_subject(
    text: _Text, found: list[Found], before: Quote, quote: Quote
) -> int | None:
    """The last subject outside quotations between two quotations, if any."""
    low = text.token_at(before.message[-1].end - 1) + 1
    high = text.token_at(quote.message[0].start)
    between = _starting_in(found, list(range(low, high))) if high > low else []
    subjects = [
        m
        for m in between
        if m.entity is not None
        and m.case == "nom"
        and not text.in_message[m.first]
        and m.kind in ("person", "organisation", "media", "group", "unknown")
    ]
    return subjects[-1].entity if subjects else None


def _prepare(article: Article, words: EntityWords) -> _Text:
    tokens = tokenize(article.text)
    sentence_starts = [span.start for span in article.sentences] or [0]
    sentence_of = [max(bisect.bisect_right(sentence_starts, t.start) - 1, 0) for t in tokens]
    spans = [span for quote in article.quotes for span in quote.message]
    in_message = [False] * len(tokens)
    starts = [token.start for token in tokens]
    for span in spans:
        for index in range(bisect.bisect_left(starts, span.start), len(tokens)):
            if tokens[index].end > span.end:
                break
            in_message[index] = True
    return _Text(article, tokens, sentence_of, in_message, words, starts)


# --- mentions and entities -------------------------------------------------------------------


def _collect_mentions(text: _Text, drafts: list[_Draft]) -> list[Found]:
    found = sorted(find_mentions(text.tokens, text.words), key=lambda m: m.first)
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
        organisation.entity = _entity_for(organisation, drafts)
    text.inner = inner
    # Full names first, so that a bare or genitive surname joins the person it belongs to.
    for mention in sorted(found, key=lambda m: (m.form != "name", m.first)):
        if mention.kind != "role":
            referent = _kind_mention(text, mention, drafts)
            mention.entity = _entity_for(mention, drafts) if referent is None else referent
    found = sorted(found + _surname_mentions(text, found, drafts), key=lambda m: m.first)
    _attach_appositions(text, found, drafts)
    text.titles = _unlisted_titles(text, found)
    return found


def _unlisted_titles(text: _Text, found: list[Found]) -> dict[str, int]:
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


def _kind_mention(text: _Text, mention: Found, drafts: list[_Draft]) -> int | None:
    """ "des Konzerns" after "die Volkswagen AG": an organisation named only by its kind noun is
    the latest organisation of that kind, when there is one."""
    if mention.kind != "organisation" or not _generic_organisation(text, mention.name):
        return None
    referent = _kind_referent(text, mention.first, mention.name, drafts)
    if referent is not None:
        _add_mention(drafts[referent], mention)
    return referent


def _speaker_span_names(text: _Text, found: list[Found]) -> list[Found]:
    """Names the grammar missed but the quotation tagger marks as speakers ("Filep Karma"), and
    collectives named by a noun ("die Gewerkschaft der Polizei"): two or more capitalised name
    parts, or a definite noun phrase that holds no other mention."""
    covered = {index for mention in found for index in range(mention.first, mention.last)}
    extra: list[Found] = []
    for quote in text.article.quotes:
        if quote.speaker is None:
            continue
        indices = _span_tokens(text, quote.speaker)
        subjects = [m for m in _starting_in(found, indices) if m.case == "nom"]
        has_person = any(m.kind == "person" for m in subjects)
        named = None if has_person else _name_run_in(text, [i for i in indices if i not in covered])
        if named is None and not subjects and not any(i in covered for i in indices[:2]):
            named = (
                _collective_phrase(text, indices)
                or _single_name(text, indices)
                or _bare_organisation(text, indices)
                or _media_group(text, indices)
            )
        if named is not None:
            extra.append(named)
            covered.update(range(named.first, named.last))
    return extra


def _media_group(text: _Text, indices: list[int]) -> Found | None:
    """ "Lokale Medien", "Türkische Medien": outlets nobody names, speaking together."""
    words = [text.tokens[i].text for i in indices]
    if len(words) != 2 or words[1] != "Medien" or words[0].lower() in _DETERMINERS:
        return None
    if not _ADJECTIVE.match(words[0].lower()):
        return None
    return Found(indices[0], indices[-1] + 1, "group", "name", name=" ".join(words))


def _bare_organisation(text: _Text, indices: list[int]) -> Found | None:
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
            return None  # a bare kind ("Behörde") names nobody here
        start = position
        if position >= 2 and text.tokens[indices[position - 1]].text in ("und", "&"):
            start = position - 2  # "Industrie- und Handelskammer"
            if start >= 1 and text.tokens[indices[start]].text == "-":
                start -= 1
        first, last = text.tokens[indices[start]], text.tokens[indices[end - 1]]
        name = text.article.text[first.start : last.end]  # as written: "Industrie- und …"
        return Found(indices[start], indices[end - 1] + 1, "organisation", "name", name=name)
    return None


def _starting_in(found: list[Found], indices: list[int]) -> list[Found]:
    """Mentions (sorted by first token) that start at one of the contiguous ``indices``."""
    if not indices:
        return []
    low = bisect.bisect_left(found, indices[0], key=lambda m: m.first)
    high = bisect.bisect_left(found, indices[-1] + 1, key=lambda m: m.first)
    return found[low:high]


def _span_tokens(text: _Text, span: Span) -> list[int]:
    first = text.token_at(span.start)
    return list(range(first, max(bisect.bisect_left(text.starts, span.end), first)))


def _name_run_in(text: _Text, indices: list[int]) -> Found | None:
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
            and not _source_noun(text, word)  # "Offiziellen Angaben"
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
    if len(run) < 2 or (run[0] > 0 and text.tokens[run[0] - 1].text.lower() in _DETERMINERS):
        return None
    name = " ".join(text.tokens[i].text for i in run)
    return Found(
        run[0], run[-1] + 1, "person", "name", name=name, surname=text.tokens[run[-1]].text
    )


def _single_name(text: _Text, indices: list[int]) -> Found | None:
    """A speaker span of one capitalised word ("Frankreich", "EADS"): someone by that name."""
    indices = [i for i in indices if text.tokens[i].text not in _QUOTE_MARKS]
    if len(indices) != 1:
        return None
    word = text.tokens[indices[0]].text
    if looks_like_brand(word):  # laut „news.bbc.co.uk“
        return Found(indices[0], indices[0] + 1, "media", "name", name=word)
    if not word[:1].isupper() or not word.isalpha() or word.lower() in text.words.pronouns:
        return None
    if word in text.words.stopwords or text.words.role(word) or _source_noun(text, word):
        return None
    if word in _ANONYMOUS_PEOPLE or word.lower() in _DEMONSTRATIVES or word.lower() == "beide":
        return None
    if word.lower() in _ANAPHORIC_ADVERBS or _common_noun(text, indices[0]):
        return None
    if _generic_organisation(text, word):  # "Laut Klinikum": the clinic named before
        return Found(indices[0], indices[0] + 1, "organisation", "name", name=word)
    return Found(indices[0], indices[0] + 1, "unknown", "name", name=word)


def _common_noun(text: _Text, index: int) -> bool:
    """ "Der Abzug", "das Buch": a word after a determiner is a noun, unless written in capitals
    ("die SPD") or listed; a sentence-opening adverb ("Insbesondere") is no name either."""
    word = text.tokens[index].text
    if word.isupper() or word in text.words.institutions:
        return False
    before = text.tokens[index - 1].text.lower() if index > 0 else ""
    opens_sentence = index == 0 or text.sentence_of[index - 1] != text.sentence_of[index]
    return before in _DETERMINERS or (opens_sentence and _ADVERB.match(word) is not None)


def _source_noun(text: _Text, word: str) -> bool:
    """ "Angaben", "Berichten", "Medienberichten": what a source produced, not the source."""
    if word in text.words.source_nouns or text.words.medium(word) is not None:
        return True
    return any(word.endswith(noun.lower()) for noun in text.words.source_nouns if len(noun) >= 6)


def _collective_phrase(text: _Text, indices: list[int]) -> Found | None:
    """ "Die Opposition", "die Gewerkschaft der Polizei (GdP)": an organisation by its noun."""
    if len(indices) < 2 or text.tokens[indices[0]].text.lower() not in _DEFINITE:
        return None
    quoted = _quoted_name(text, indices[1:])
    if quoted is not None:  # die „Automobilwoche“: a name in quotation marks
        return quoted
    words: list[str] = []
    for index in indices[1:]:
        word = text.tokens[index].text
        if word in "(,–" or len(words) >= _MAX_COLLECTIVE_WORDS:
            break
        words.append(word)
    while words and not words[-1][:1].isupper():
        words.pop()
    if not words or not all(
        w[:1].isupper() or _ADJECTIVE.match(w) or w in _NAME_CONNECTORS for w in words
    ):
        return None
    if any(w.lower() in text.words.pronouns for w in words):
        return None
    # A role noun makes it a person ("Die Vorsitzende"), unless an organisation noun ends the
    # phrase ("Die Deutsche Krankenhausgesellschaft").
    if organisation_head(words[-1], text.words) is None and any(text.words.role(w) for w in words):
        return None
    if text.words.medium(words[0]) is not None:
        return None  # "die Berichte": a document, not a speaker
    if not _names_organisation(text, words):
        return None
    end = indices[0] + 1 + len(words)
    return Found(indices[0], end, "organisation", "name", name=" ".join(words))


def _quoted_name(text: _Text, indices: list[int]) -> Found | None:
    """ "„Automobilwoche“", "„Hvalur hf“": capitalised words between quotation marks."""
    if len(indices) < 3 or text.tokens[indices[0]].text not in ("„", "»", "“", '"'):
        return None
    inner: list[int] = []
    for index in indices[1:]:
        if text.tokens[index].text in _QUOTE_MARKS:
            break
        inner.append(index)
    else:
        return None
    if not inner or len(inner) > _MAX_NAME_WORDS or not text.tokens[inner[0]].text[:1].isupper():
        return None
    name = " ".join(text.tokens[i].text for i in inner)
    # German print names outlets in quotation marks ("die „Zeit“"), rarely anything else.
    return Found(indices[0] - 1, inner[-1] + 2, "media", "name", name=name)


def _names_organisation(text: _Text, words: list[str]) -> bool:
    """ "Die Opposition", "Der BGH", "die Deutsche Bank" name a speaker; "Das Buch", "Der Abzug"
    (a common noun the tagger took for a speaker) do not: the head must be an organisation
    noun, an abbreviation, or the start of a name of several capitalised words."""
    capitalised = [word for word in words if word[:1].isupper()]
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
        or _generic_organisation(text, head)
        or text.words.company_noun(head)
    )


def _entity_for(mention: Found, drafts: list[_Draft]) -> int:
    genitive = (mention.surname or "")[:-1] if (mention.surname or "").endswith("s") else None
    for number in _candidates_by_recency(mention, drafts):
        draft = drafts[number]
        same_person = (
            mention.kind == draft.kind == "person"
            and draft.surname is not None
            and draft.surname in (mention.surname, genitive)
            and (mention.form != "name" or _same_first_name(draft.name, mention.name))
        )
        # "Wolf" (a speaker span of one word, kind unknown) after "Stefan Wolf" is that person.
        surname_only = mention.kind == "unknown" and draft.surname == mention.name
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
    drafts.append(_Draft(mention.kind, mention.name, mention.surname, mention.gender))
    _merge(drafts[-1], mention)
    return len(drafts) - 1


def _same_body(known: str, new: str) -> bool:
    """ "Verfassungsschutz" and "Bundesamt für Verfassungsschutz": one name ends the other
    after "für"/"der" (a short form of the same body)."""
    short, long = sorted((known, new), key=len)
    if short == long or len(short) < _MIN_SHORT_NAME:
        return False
    return long.endswith((" für " + short, " der " + short, " des " + short))


def _candidates_by_recency(mention: Found, drafts: list[_Draft]) -> list[int]:
    """Entity numbers, the one mentioned last before ``mention`` first ("Bogner" after "Willy
    Bogner" is Willy, after "Bernhard Bogner" Bernhard)."""

    def last_before(number: int) -> int:
        return next((m.first for m in _latest_before(drafts[number], mention.first)), -1)

    return sorted(range(len(drafts)), key=lambda number: -last_before(number))


def _same_first_name(known: str, new: str) -> bool:
    """Two full names of one person: same first word, or one of them is a bare surname."""
    known_words, new_words = known.split(), new.split()
    return len(known_words) < 2 or len(new_words) < 2 or known_words[0] == new_words[0]


def _add_mention(draft: _Draft, mention: Found) -> None:
    """Keep a draft's mentions sorted by position: recency look-ups bisect instead of scanning."""
    bisect.insort(draft.mentions, mention, key=lambda m: m.first)


def _latest_before(draft: _Draft, index: int) -> Iterator[Found]:
    """The draft's mentions that start before token ``index``, latest first."""
    position = bisect.bisect_left(draft.mentions, index, key=lambda m: m.first)
    return (draft.mentions[i] for i in range(position - 1, -1, -1))


def _recent_drafts(found: list[Found], index: int) -> set[int]:
    """Entities mentioned among the last ``PRONOUN_LOOKBACK_MENTIONS`` mentions before token
    ``index``: the only antecedents a pronoun is weighed against, so that resolution stays
    linear on long texts (an article rarely has that many mentions)."""
    position = bisect.bisect_left(found, index, key=lambda m: m.first)
    window = found[max(position - PRONOUN_LOOKBACK_MENTIONS, 0) : position]
    return {m.entity for m in window if m.entity is not None}


def _merge(draft: _Draft, mention: Found) -> None:
    _add_mention(draft, mention)
    genitive = mention.name == draft.name + "s"  # "Barack Obamas" is Barack Obama
    if mention.form == "name" and len(mention.name) > len(draft.name) and not genitive:
        draft.name = mention.name
    draft.gender = draft.gender or mention.gender
    if mention.role_text:
        _add_role(draft, mention.role_text, mention.role_class)


def _add_role(draft: _Draft, role: str, role_class: str | None) -> None:
    if role not in draft.roles:
        draft.roles.append(role)
    if role_class:
        draft.classes.add(role_class)


def _surname_mentions(text: _Text, found: list[Found], drafts: list[_Draft]) -> list[Found]:
    """Bare surnames ("Putin", "Musks") of the persons named somewhere in the article."""
    surnames: set[str] = set()
    for draft in drafts:
        if draft.kind == "person" and draft.surname:
            surnames.update((draft.surname, draft.surname + "s"))
    covered = {index for mention in found for index in range(mention.first, mention.last)}
    extra = []
    for index, token in enumerate(text.tokens):
        if token.text not in surnames or index in covered:
            continue
        mention = Found(index, index + 1, "person", "surname", name=token.text, surname=token.text)
        owner = _entity_for(mention, drafts)
        drafts[owner].mentions.remove(mention)
        mention.entity = owner
        genitive = token.text not in (drafts[owner].surname, drafts[owner].name)
        # "Von der Leyen betonte": the name's particles belong to the surname mention.
        mention.first = _particles_before(text, index, drafts[owner].name)
        # "Albrechts Berater Kemal Aksoy": a genitive surname owns the subject, is none itself.
        oblique = genitive or _after_preposition(text, mention.first)
        mention.case = "obl" if oblique else "nom"
        _add_mention(drafts[owner], mention)
        extra.append(mention)
    return extra


def _particles_before(text: _Text, index: int, name: str) -> int:
    """Start of "von der Leyen" / "Von der Leyen" when the full name has those particles."""
    parts = name.lower().split()
    start = index
    while start > 0 and text.tokens[start - 1].text.lower() in _NAME_PARTICLES:
        start -= 1
    particles = [token.text.lower() for token in text.tokens[start:index]]
    if particles and " ".join([*particles, text.tokens[index].text.lower()]) in " ".join(parts):
        return start
    return index


def _after_preposition(text: _Text, index: int) -> bool:
    before = text.tokens[index - 1].text.lower() if index > 0 else ""
    return before in PREPOSITIONS or before in DATIVE_DETERMINERS


def _attach_titles(text: _Text, found: list[Found], drafts: list[_Draft]) -> None:
    """ "Der GdP-Vorsitzende Konrad Freiberg", "Der Notenbanker, Frank Steiger,": a role phrase
    right before a name (or before a comma and the name) is its title."""
    for role, name in itertools.pairwise(found):
        if role.kind != "role" or name.kind != "person" or name.entity is None:
            continue
        comma = role.last + 1 == name.first and text.tokens[role.last].text == ","
        gender = drafts[name.entity].gender
        agrees = role.gender is None or gender is None or role.gender == gender
        # "Die Vorsitzende | Richterin | Katharina Moll": a title between role and name
        titled = 0 < name.first - role.last <= 2 and all(
            text.words.role(token.text) is not None for token in text.tokens[role.last : name.first]
        )
        if (
            role.last == name.first or titled or (comma and role.definite and agrees)
        ) and role.entity is None:
            role.entity = name.entity
            role.form = "title"
            if comma:  # "dem Fraktionschef …, Stefan Wolf,": the name shares the role's case
                name.case = role.case
            _add_mention(drafts[name.entity], role)
            _add_role(drafts[name.entity], _role_label(role), role.role_class)


def _attach_appositions(text: _Text, found: list[Found], drafts: list[_Draft]) -> None:
    """Roles from "Name, ROLE …," and "Name, 51,": the role becomes a mention of the person."""
    _attach_titles(text, found, drafts)
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
        _add_role(drafts[mention.entity], _role_label(role), role.role_class)
        _add_mention(drafts[mention.entity], role)
        found[:] = [m for m in found if not (m.kind == "role" and m.first == role.first)]
        found.append(role)
    found.sort(key=lambda m: m.first)


def _role_label(role: Found) -> str:
    """A role phrase without its leading determiner ("dem Gründer der …" → "Gründer der …")."""
    words = (role.role_text or role.name).split()
    if words and words[0].lower() in ("der", "die", "dem", "den", "des", "ein", "eine", "einem"):
        words = words[1:]
    return " ".join(words)


def _nominative_label(text: _Text, role: Found, label: str) -> str:
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
        if _ADJECTIVE.match(word) and word.endswith("en")
        else word
        for word in words[:head]
    ]
    return " ".join([*adjectives, nominative, *words[head + 1 :]])


# --- epithets ---------------------------------------------------------------------------------


def _salience(text: _Text, draft: _Draft, before: int) -> float:
    """Earlier mentions decayed by sentence distance, plus a topic bonus for the headline's
    people (the headline is metadata, not text, once the cleaner took it out)."""
    sentence = text.sentence_of[before]
    title = text.article.metadata.title or ""
    key = draft.surname or draft.name
    score = _TOPIC_BONUS if key and key in re.findall(r"\w+", title) else 0.0
    for mention in draft.mentions:
        if mention.first < before and mention.form != "pronoun":
            distance = sentence - text.sentence_of[mention.first]
            # A subject is more salient than an object ("X warf dem Y vor …. Der 63-Jährige").
            weight = 1.0 if mention.case == "nom" else _OBLIQUE_WEIGHT
            score += weight * 0.5 ** (distance / _SALIENCE_HALF_LIFE)
    return score


def _compatible(text: _Text, epithet: Found, draft: _Draft) -> bool:
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
    age = _AGE.search(epithet.role_text or epithet.name)
    if age is not None and any(
        known.group(1) != age.group(1) for role in draft.roles for known in _AGE.finditer(role)
    ):
        return False  # "der 51-Jährige" is not the one known as "der 29-Jährige"
    strict = epithet.role_class in ("office", "business", "spokes")
    return not (strict and draft.classes and epithet.role_class not in draft.classes)


def _named_in_clause(text: _Text, draft: _Draft, mention: Found) -> bool:
    """Whether the person is already mentioned in the epithet's clause (then it is someone else)."""
    sentence = text.sentence_of[mention.first]
    for other in draft.mentions:
        if other is mention or text.sentence_of[other.first] != sentence:
            continue
        low, high = sorted((other.first, mention.first))
        if not any(text.tokens[index].text in _CLAUSE_BREAKS for index in range(low, high)):
            return True
    return False


def _head_match(epithet: Found, draft: _Draft) -> bool:
    """The epithet's role noun is one the person is known by ("der Sprecher" / "Sprecher X")."""
    head = (epithet.role_text or "").split()
    nouns = [w for w in head if w[:1].isupper()]
    return bool(nouns) and any(nouns[0].lower() in role.lower() for role in draft.roles)


def _nationalities(phrase: str) -> set[str]:
    """Stems of nationality adjectives: "venezolanische Staatschef" → {"venezolanisch"}."""
    found = {match.group(1) for match in _NATIONALITY.finditer(phrase.lower())}
    return found - _NOT_NATIONALITIES


def _complement_match(epithet: Found, draft: _Draft) -> bool:
    mine = _nationalities(epithet.role_text or epithet.name)
    if mine and mine & {n for role in draft.roles for n in _nationalities(role)}:
        return True  # "der venezolanische Staatschef" / "venezolanischer Präsident Chávez"
    roles = " ".join(draft.roles)
    return any(word in roles for word in epithet.complement if len(word) > 2)


def _resolve_epithets(text: _Text, found: list[Found], drafts: list[_Draft]) -> None:
    for mention in found:
        if mention.kind != "role" or mention.entity is not None or not mention.definite:
            continue  # an indefinite phrase ("ein Zeuge") introduces someone new
        mention.entity = _best_person(text, mention, drafts)
        spokes_for_named = mention.role_class == "spokes" and (
            bool(mention.complement) or _spokes_compound_owner(text, mention) is not None
        )
        if (
            mention.entity is None
            and mention.case == "nom"
            and (mention.plural or mention.role_class == "kin" or spokes_for_named)
        ):
            # "Die Mutter wandte sich …, da sie …", "Die Anwohner …. Sie fordern …": someone
            # new whom pronouns can refer to; "Der Sprecher des Weißen Hauses": its house.
            mention.entity = _entity_for_role(text, mention, drafts)
            continue
        if mention.entity is not None:
            draft = drafts[mention.entity]
            _add_mention(draft, mention)
            strict = mention.role_class in ("office", "business", "spokes")
            if mention.case == "nom" and mention.role_text:
                _add_role(draft, _nominative_role(mention), mention.role_class if strict else None)


def _best_person(text: _Text, epithet: Found, drafts: list[_Draft]) -> int | None:
    """The most salient earlier-mentioned compatible person; a known role decides first, then
    whether the person is the subject the text is talking about right now."""
    scored: list[tuple[float, int, int]] = []
    continuing = _continuing_subject(text, epithet, drafts) if epithet.case == "nom" else None
    for number, draft in enumerate(drafts):
        if not _compatible(text, epithet, draft) or _named_in_clause(text, draft, epithet):
            continue
        score = _salience(text, draft, epithet.first)
        if score <= 0:
            continue  # an epithet points back to someone already mentioned
        known_role = _head_match(epithet, draft) or _complement_match(epithet, draft)
        bonus = (_KNOWN_ROLE_BONUS if known_role else 0.0) + (
            _CONTINUING_SUBJECT_BONUS if continuing == number else 0.0
        )
        scored.append((score + bonus, -number, number))
    public_office = epithet.role_class in ("office", "spokes")
    if public_office and not (len(scored) == 1 and _last_as_subject(drafts[scored[0][2]], epithet)):
        # A public office nobody is known to hold ("Der Staatsanwalt") goes only to a clearly
        # salient person, or to the one candidate when that one was last seen as a subject.
        scored = [item for item in scored if item[0] >= _MIN_SALIENCE_UNKNOWN_ROLE]
    return max(scored)[2] if scored else None


def _continuing_subject(text: _Text, epithet: Found, drafts: list[_Draft]) -> int | None:
    """The person last mentioned as a subject, outside quotations, in the epithet's sentence or
    the one before ("Kessler reagierte enttäuscht. …, sagte der frühere Nationalspieler")."""
    sentence = text.sentence_of[epithet.first]
    best: tuple[int, int] | None = None
    for number, draft in enumerate(drafts):
        if not _compatible(text, epithet, draft):
            continue
        if (draft.classes & _STRICT_CLASSES) - {epithet.role_class} and not _describes_anyone(
            epithet
        ):
            continue  # the prosecutor just named is not "die Angeklagte"
        for mention in _latest_before(draft, epithet.first):
            if text.sentence_of[mention.first] < sentence - 1:
                break
            if mention.case == "nom" and not text.in_message[mention.first]:
                if best is None or mention.first > best[0]:
                    best = (mention.first, number)
                break
    return None if best is None else best[1]


def _describes_anyone(epithet: Found) -> bool:
    """Age, sex or public standing ("der 52-Jährige", "die Frau", "der Politiker") fit anyone."""
    head = (epithet.role_text or epithet.name).split()[-1:] or [""]
    return epithet.role_class == "public" or head[0].lower().endswith(_NEUTRAL_HEADS)


def _last_as_subject(draft: _Draft, before: Found) -> bool:
    earlier = [m for m in draft.mentions if m.first < before.first]
    return bool(earlier) and max(earlier, key=lambda m: m.first).case == "nom"


def _nominative_role(mention: Found) -> str:
    """ "russische Präsident" after "der" is "russischer Präsident" without the article."""
    words = _role_label(mention).split()
    adjectives = len(words) - 1 if not mention.complement else 0
    fixed = [
        word + "r" if position < adjectives and word.endswith("e") and word.islower() else word
        for position, word in enumerate(words)
    ]
    return " ".join(fixed)


# --- speakers ---------------------------------------------------------------------------------


def _speaker_of(
    text: _Text, quote: Quote, found: list[Found], drafts: list[_Draft], previous: int | None
) -> int | None:
    anchor = quote.cue or quote.speaker
    if anchor is None:  # no roles at all: the subject of the message's sentence, if any
        return _sentence_subject(text, found, text.token_at(quote.message[0].start))
    cue_token = text.token_at(anchor.start)
    if quote.speaker is None:  # the tagger found a cue but no speaker: its clause's subject
        if quote.cue is not None and _passive(text, quote.cue):
            return None  # "wurden die Anwohner gebeten": the subject was told, it did not tell
        if quote.cue is not None and _impersonal(text, quote.cue, cue_token):
            # "Aus dem Ministerium hieß es, …": only a credited source speaks, else no one;
            # "hieß es darin" is the document of the sentence before, by its author.
            credited = _credited_in_sentence(text, found, cue_token)
            if credited is None and _refers_back(text, cue_token):
                return _previous_subject(text, found, quote.cue)
            return credited
        subject = _sentence_subject(text, found, cue_token)
        if subject is not None:
            return subject
        # "Er bezeichnete das als … und kündigte an, …": the sentence's subject pronoun
        pronoun = _subject_pronoun_before(text, cue_token)
        if pronoun is None:
            return None
        return _pronoun_referent(text, pronoun[0], pronoun[1], drafts, previous, found)
    spanned = _mentions_in(text, found, quote.speaker)
    inside = [m for m in spanned if m.entity is not None]
    if not inside and not any(m.kind == "role" and m.first >= _first(text, quote) for m in spanned):
        # "der Kreisverwaltung" marked inside "den Anwohnern von der Kreisverwaltung"
        inside = [m for m in _mentions_in(text, text.inner, quote.speaker) if m.entity is not None]
    credited_by_cue = _cue_credits(text, quote)  # "Nach Angaben von Finanzvorstand X"
    subjects = [
        m for m in inside if m.case == "nom" or credited_by_cue or _credited_source(text, m)
    ]
    if not subjects and quote.cue is not None and _impersonal(text, quote.cue, cue_token):
        # "Bei der Agentur RIA hieß es": the place the statement came from
        subjects = [m for m in inside if _after_source_preposition(text, m)]
    if not subjects and not any(m.kind == "role" for m in spanned):
        newcomer = _indefinite_newcomer(text, quote.speaker, drafts)
        if newcomer is not None:  # "Ein ehemaliger Entwickler des Konzerns": not the Konzern
            return newcomer
        # "Die Maßnahme der US-Notenbank": a genitive owner marked as speaker
        subjects = [m for m in inside if m.case == "gen"]
    if subjects:
        # A name beats an epithet beside it ("die Vorsitzende …, Brigitte Wischnewski").
        by_name = [m for m in subjects if m.form in ("name", "surname", "title")]
        people = [m for m in subjects if drafts[m.entity or 0].kind == "person"]
        coordinated = _first_conjunct(text, subjects)
        if coordinated is not None:
            return coordinated.entity
        return _nearest(by_name or people or subjects, cue_token).entity
    antecedent = _relative_antecedent(text, found, quote.speaker)
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
            _add_mention(
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
    named = _unnamed_speaker(text, quote.speaker, found, drafts)
    if named is None and _definite_document(text, quote.speaker):
        # "der Bericht", "in dem Schreiben": the document talked about, by its author
        named = _salient_organisation(text, text.token_at(quote.speaker.start), drafts)
    if named is not None or _only_source_noun(text, quote.speaker):
        return named  # "Medienberichten zufolge": a source the page does not name
    group = _plural_noun_group(text, quote, drafts)
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
    return _sentence_subject(text, found, cue_token)


def _indefinite_newcomer(text: _Text, span: Span, drafts: list[_Draft]) -> int | None:
    """ "ein Monteur habe ihm berichtet", "sein damaliger Teamleiter habe ihm gesagt", "Ein
    Londoner Rohstoffhändler, der …": an indefinite or possessive noun phrase the lists do not
    know introduces someone new, named by its noun (a genitive or relative clause after it is
    left out)."""
    indices = _span_tokens(text, span)
    cut = next(
        (p for p, i in enumerate(indices) if text.tokens[i].text in (",", "des", "der", "von")),
        len(indices),
    )
    indices = indices[:cut]
    if len(indices) < 2 or len(indices) > _MAX_NEWCOMER_WORDS:
        return None
    if text.tokens[indices[0]].text.lower() not in _NEWCOMER_DETERMINERS:
        return None
    words = [text.tokens[i].text for i in indices[1:]]
    if words[0][:1].isupper() and len(words) > 1:  # "Ein Londoner Rohstoffhändler"
        words[0] = words[0][:1].lower() + words[0][1:] if words[0].endswith("er") else words[0]
    noun = words[-1]
    if (
        not noun[:1].isupper()
        or not noun.isalpha()
        or not all(_ADJECTIVE.match(w) for w in words[:-1])
    ):
        return None
    if _source_noun(text, noun) or _media_noun(text, noun) or noun in _DOCUMENTS:
        return None
    if organisation_head(noun, text.words) is not None or text.words.company_noun(noun):
        return None
    if noun in _ANONYMOUS_PEOPLE or noun.lower() in text.words.pronouns:
        return None
    label = " ".join(text.tokens[i].text for i in indices[1:])
    drafts.append(_Draft("person", label, None, None, [label]))
    _add_mention(drafts[-1], Found(indices[0], indices[-1] + 1, "person", "role", name=label))
    return len(drafts) - 1


def _first(text: _Text, quote: Quote) -> int:
    """The first token of the quotation's speaker span."""
    return text.token_at(quote.speaker.start) if quote.speaker is not None else 0


def _subject_pronoun_before(text: _Text, cue_token: int) -> tuple[int, str] | None:
    """The first nominative personal pronoun of the cue's sentence before the cue, outside
    quotations."""
    sentence = text.sentence_of[cue_token]
    start = cue_token
    while start > 0 and text.sentence_of[start - 1] == sentence:
        start -= 1
    for index in range(start, cue_token):
        lower = text.tokens[index].text.lower()
        if lower in _PERSONAL_SUBJECTS and not text.in_message[index]:
            return index, lower
    return None


def _impersonal(text: _Text, cue: Span, cue_token: int) -> bool:
    """ "hieß es", "es heißt": a cue whose subject is the impersonal "es"."""
    words = {text.tokens[i].text.lower() for i in _span_tokens(text, cue)}
    if not words & {"heißt", "hieß", "hiess"}:
        return False
    near = range(max(cue_token - 2, 0), min(cue_token + 3, len(text.tokens)))
    return any(text.tokens[i].text.lower() == "es" for i in near)


def _refers_back(text: _Text, cue_token: int) -> bool:
    near = range(max(cue_token - 3, 0), min(cue_token + 4, len(text.tokens)))
    return any(text.tokens[i].text.lower() in ("darin", "dort", "daraus") for i in near)


def _cue_credits(text: _Text, quote: Quote) -> bool:
    """A cue that names its speaker as a source ("laut", "zufolge", "nach Angaben"): whatever
    the span holds is the source, whatever its case."""
    if quote.cue is None:
        return False
    words = {text.tokens[i].text.lower() for i in _span_tokens(text, quote.cue)}
    return bool(words & _SOURCE_WORDS)


def _after_source_preposition(text: _Text, mention: Found) -> bool:
    before = {t.text.lower() for t in text.tokens[max(mention.first - 2, 0) : mention.first]}
    return bool(before & _SOURCE_PREPOSITIONS)


def _credited_in_sentence(text: _Text, found: list[Found], cue_token: int) -> int | None:
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
    return _nearest(credited_mentions, cue_token).entity if credited_mentions else None


def _passive(text: _Text, cue: Span) -> bool:
    return any(
        text.tokens[index].text.lower() in _PASSIVE_AUXILIARIES for index in _span_tokens(text, cue)
    )


def _place_demonym(text: _Text, span: Span, drafts: list[_Draft]) -> int | None:
    """ "der Berliner", "die Hamburgerin": someone from a known place, an epithet for the most
    salient person who fits."""
    indices = _span_tokens(text, span)
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
    return _best_person(text, epithet, drafts)


def _titled_epithet(text: _Text, span: Span) -> int | None:
    """ "der Kreisbrandmeister" after "Kreisbrandmeister Dietmar Schoch": that person."""
    indices = _span_tokens(text, span)
    if len(indices) != 2 or text.tokens[indices[0]].text.lower() not in _DEFINITE:
        return None
    return text.titles.get(text.tokens[indices[1]].text.lower())


def _plural_noun_group(text: _Text, quote: Quote, drafts: list[_Draft]) -> int | None:
    """ "Zudem verlangen die Mönche, …": "die" + a noun the word lists do not know, with a
    plural cue verb, is a group of people speaking."""
    if quote.speaker is None:
        return None
    indices = _span_tokens(text, quote.speaker)
    opening = text.tokens[indices[0]].text.lower() if indices else ""
    if len(indices) < 2 or (opening != "die" and opening not in _QUANTIFIERS):
        return None
    words = [text.tokens[i].text for i in indices[1:]]
    noun = words[-1]
    if len(words) > _MAX_GROUP_WORDS or not noun[:1].isupper() or not noun.isalpha():
        return None
    if _source_noun(text, noun) or text.words.medium(noun) is not None or noun in _ANONYMOUS_PEOPLE:
        return None
    if not all(_ADJECTIVE.match(w) for w in words[:-1]):
        return None
    if opening not in _QUANTIFIERS:  # "die X" is plural only with a plural verb
        cue = "" if quote.cue is None else text.tokens[text.token_at(quote.cue.start)].text
        if not (cue.islower() and cue.endswith("n")):
            return None
    label = " ".join(words)
    drafts.append(_Draft("group", label, None, None, [label]))
    _add_mention(drafts[-1], Found(indices[0], indices[-1] + 1, "group", "role", name=label))
    return len(drafts) - 1


def _own_statement(text: _Text, span: Span) -> bool:
    words = [text.tokens[i].text.lower() for i in _span_tokens(text, span)]
    return "eigenen" in words and any(_source_noun(text, w.title()) for w in words)


def _clause_subject(
    text: _Text, found: list[Found], quote: Quote, drafts: list[_Draft], previous: int | None
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
    if subjects:
        return _nearest(subjects, at).entity
    for index in range(at, min(at + _OWN_SUBJECT_REACH, len(text.tokens))):
        if text.sentence_of[index] != sentence:
            break
        lower = text.tokens[index].text.lower()
        if lower in _PERSONAL_SUBJECTS:
            return _pronoun_referent(text, index, lower, drafts, previous, found)
    return None


def _first_person_speaker(text: _Text, quote: Quote) -> int | None:
    """ "ich"/"wir" as the speaker of a quotation inside another: the one who says "ich"."""
    assert quote.speaker is not None
    words = [text.tokens[i].text.lower() for i in _span_tokens(text, quote.speaker)]
    if words not in (["ich"], ["wir"]):
        return None
    for other in text.article.quotes:
        if other is not quote and any(s.contains(quote.speaker) for s in other.message):
            return None if other.speaker_entity is None else int(other.speaker_entity[1:])
    return None


def _definite_document(text: _Text, span: Span) -> bool:
    """ "der Bericht", "des Berichts", "In dem Schreiben": a definite document noun."""
    indices = _span_tokens(text, span)
    words = [text.tokens[i].text for i in indices]
    definite = any(w.lower() in ("der", "die", "das", "des", "dem", "den") for w in words[:3])
    documents = [w for w in words if {w, w.removesuffix("s"), w.removesuffix("es")} & _DOCUMENTS]
    return definite and bool(documents)


def _salient_organisation(text: _Text, at: int, drafts: list[_Draft]) -> int | None:
    scored = [
        (_salience(text, draft, at), number)
        for number, draft in enumerate(drafts)
        if draft.kind in ("organisation", "media")
    ]
    best = max(scored, default=(0.0, None))
    return best[1] if best[1] is not None and best[0] >= _MIN_AUTHOR_SALIENCE else None


def _relative_antecedent(text: _Text, found: list[Found], span: Span) -> int | None:
    """ "Abdel Kader Dschassim, der in einer Stellungnahme betonte": a relative pronoun opening
    the speaker span stands for the mention that ends right before its comma."""
    first = text.token_at(span.start)
    if first < 2 or text.tokens[first].text.lower() not in _RELATIVE_PRONOUNS:
        return None
    if text.tokens[first - 1].text != ",":
        return None
    before = [m for m in found if m.last == first - 1 and m.entity is not None]
    return before[0].entity if before else None


def _demonstrative_referent(
    text: _Text, span: Span, found: list[Found], drafts: list[_Draft]
) -> int | None:
    """ "Dieser sagte", "Letztere erklärte": the person of that gender named last, even as an
    object ("… stützt sich auf einen Berater, Oliver Pratt. Dieser sagte …")."""
    indices = _span_tokens(text, span)
    if len(indices) != 1:
        return None
    gender = _DEMONSTRATIVES.get(text.tokens[indices[0]].text.lower())
    if gender is None:
        return None
    candidates = [
        number
        for number in _recent_drafts(found, indices[0])
        if drafts[number].kind == "person" and drafts[number].gender in (gender, None)
    ]
    # "Er habe mit dem Lotsen X telefoniert. Dieser habe ihm berichtet": X, named in a message.
    return _last_mentioned(text, indices[0], candidates, drafts, in_messages=True)


def _both_referent(text: _Text, span: Span, found: list[Found]) -> int | None:
    """ "Beide riefen …" after "Al Gore traf Angela Merkel": the pair, which (as for
    coordinated speakers) the first one named stands for."""
    indices = _span_tokens(text, span)
    if not indices or text.tokens[indices[0]].text.lower() not in ("beide", "die beiden"):
        return None
    sentence = text.sentence_of[indices[0]]
    people: list[Found] = []
    for mention in reversed(_starting_in(found, list(range(max(indices[0] - 60, 0), indices[0])))):
        if text.sentence_of[mention.first] < sentence - 1:
            break
        named = mention.kind == "person" and mention.entity is not None
        if named and all(m.entity != mention.entity for m in people):
            people.append(mention)
    return people[1].entity if len(people) >= 2 else None  # the earlier of the last two


def _first_conjunct(text: _Text, subjects: list[Found]) -> Found | None:
    """ "Brandl und Weber betonten", "Sowohl das Militär, der Präsident als auch …": several
    speakers joined by a conjunction; the first one stands for them."""
    ordered = sorted(subjects, key=lambda m: m.first)
    for left, right in itertools.pairwise(ordered):
        between = {token.text.lower() for token in text.tokens[left.last : right.first]}
        if between - {","} and between <= _CONJUNCTIONS:  # "X, Y" alone is an apposition
            return ordered[0]
    return None


def _subject_pronoun(text: _Text, index: int, form: str) -> bool:
    """A nominative pronoun, or a genitive/possessive one owning a source noun ("nach deren
    Angaben", "seinen Angaben zufolge"): both name the source."""
    if text.words.pronouns[form].case == "nom":
        return True
    following = text.tokens[index + 1].text if index + 1 < len(text.tokens) else ""
    return _source_noun(text, following)


def _only_source_noun(text: _Text, span: Span) -> bool:
    words = [text.tokens[i].text for i in _span_tokens(text, span)]
    capitalised = [w for w in words if w[:1].isupper() and w.lower() not in _DETERMINERS]
    if len(capitalised) == 2 and _ADJECTIVE.match(capitalised[0].lower()):
        capitalised = capitalised[1:]  # "Offiziellen Angaben": a sentence-opening adjective
    return len(capitalised) == 1 and _source_noun(text, capitalised[0])


def _anaphoric(text: _Text, span: Span) -> bool:
    """ "Demnach …": the source is the one of the sentence before."""
    return text.tokens[text.token_at(span.start)].text.lower() in _ANAPHORIC_ADVERBS


def _previous_subject(text: _Text, found: list[Found], span: Span) -> int | None:
    """The first subject of the nearest earlier sentence that has one (up to two back):
    "Die Regierung stimmte zu. Allerdings wurden Bedingungen genannt. … soll demnach …"."""
    here = text.sentence_of[text.token_at(span.start)]
    for sentence in range(here - 1, max(here - 1 - _ANAPHOR_REACH, -1), -1):
        candidates = [
            m
            for m in found
            if m.entity is not None and m.case == "nom" and text.sentence_of[m.first] == sentence
        ]
        if candidates:
            return candidates[0].entity
    return None


def _credited_source(text: _Text, mention: Found) -> bool:
    """A phrase after "laut", "gemäß", "nach Angaben", or before "zufolge": a source, no object."""
    before = {
        token.text.lower() for token in text.tokens[max(mention.first - 2, 0) : mention.first]
    }
    after = text.tokens[mention.last].text.lower() if mention.last < len(text.tokens) else ""
    return bool(before & _SOURCE_WORDS) or after in _SOURCE_WORDS or _passive_agent(text, mention)


def _passive_agent(text: _Text, mention: Found) -> bool:
    """ "von den iranischen Behörden … vorgeworfen wird", "von Moderator X gefragt wurde": the
    agent of a passive speech verb speaks."""
    before = [
        token.text.lower() for token in text.tokens[max(mention.first - 2, 0) : mention.first]
    ]
    if not {"von", "vom"} & set(before):
        return False
    sentence = text.sentence_of[mention.first]
    for step, start in ((1, mention.last), (-1, mention.first - 1)):  # the clause around it
        index = start
        while 0 <= index < len(text.tokens) and text.sentence_of[index] == sentence:
            if text.tokens[index].text in _CLAUSE_BREAKS:
                break
            if text.tokens[index].text.lower() in _PASSIVE_AUXILIARIES:
                return True
            index += step
    return False


#: No mention is longer than this many tokens; bounds the search window in ``_mentions_in``.
MENTION_MAX_TOKENS = 64


def _mentions_in(text: _Text, found: list[Found], span: Span) -> list[Found]:
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


def _nearest(mentions: list[Found], token: int) -> Found:
    return min(mentions, key=lambda m: min(abs(m.first - token), abs(m.last - 1 - token)))


def _pronoun_in(text: _Text, span: Span) -> tuple[int, str] | None:
    first = text.token_at(span.start)
    for index in range(first, min(first + 4, len(text.tokens))):
        if text.tokens[index].start >= span.end:
            break
        lower = text.tokens[index].text.lower()
        if lower in text.words.pronouns:
            return index, lower
    return None


def _pronoun_referent(
    text: _Text,
    index: int,
    form: str,
    drafts: list[_Draft],
    previous: int | None,
    found: list[Found],
) -> int | None:
    """The previous speaker when of the pronoun's gender and recent, else the last person of
    that gender mentioned outside quotations; a person of unknown gender only when none fits."""
    gender = text.words.pronouns[form].gender
    if gender == "f/pl":  # "sie sagte" is she, "sie sagten" they
        gender = "pl" if _plural_verb_beside(text, index) else "f"
    wanted = {"m": "male", "f": "female"}.get(gender)

    def fits(draft: _Draft, *, strict: bool) -> bool:
        if "pl" in gender:  # a group or a body, not a person and rarely a country
            return draft.kind in ("group", "organisation", "media", "unknown")
        if form == "sie" and draft.kind in ("organisation", "media"):
            # "die Gewerkschaft … Sie bezeichnet": a feminine noun's pronoun, as a subject only
            # (countries and cities are mostly neuter: "Deutschland … es").
            return strict
        if draft.kind != "person" or wanted is None:
            return False
        # Unknown gender is allowed only for a named person ("Ayaan Hirsi Ali"), not a role.
        unknown = not strict and draft.gender is None and bool(draft.surname)
        return draft.gender == wanted or unknown

    spokesperson = _recent_spokesperson(text, found, index, wanted)
    if spokesperson is not None:
        return spokesperson
    nearby = sorted(_recent_drafts(found, index) | ({previous} if previous is not None else set()))
    subject = _recent_subject(
        text, index, [n for n in nearby if fits(drafts[n], strict=True)], drafts
    )
    if subject is not None:
        return subject
    if previous is not None and fits(drafts[previous], strict=True):
        last = next((m.first for m in _latest_before(drafts[previous], index)), -1)
        if last >= 0 and text.sentence_of[index] - text.sentence_of[last] <= _PRONOUN_REACH:
            return previous
    candidates = [number for number in nearby if fits(drafts[number], strict=False)]
    return _last_mentioned(text, index, candidates, drafts)


def _recent_spokesperson(
    text: _Text, found: list[Found], index: int, gender: str | None
) -> int | None:
    """ "… bestritt ein Sprecher von Veridian, dass …. „…“, schrieb er.": a spokesperson who is
    the last subject before the pronoun stands for their organisation."""
    sentence = text.sentence_of[index]
    position = bisect.bisect_left(found, index, key=lambda m: m.first)
    for mention in reversed(found[max(position - _SPOKES_LOOKBACK, 0) : position]):
        if text.sentence_of[mention.first] < sentence - 1:
            return None
        if mention.case != "nom" or text.in_message[mention.first]:
            continue
        if mention.kind == "role" and mention.role_class == "spokes" and mention.entity is not None:
            return mention.entity if gender in (None, mention.gender) else None
        if mention.kind in ("person", "role"):
            return None  # a person is the latest subject: the usual rules decide
    return None


def _plural_verb_beside(text: _Text, index: int) -> bool:
    """Whether the finite verb next to a subject pronoun is plural: "sagten sie", "sie
    fordern", "sie haben" (German plural verbs end in -n; "sagte", "hat", "ist" do not)."""
    for neighbour in (index - 1, index + 1):
        if 0 <= neighbour < len(text.tokens):
            word = text.tokens[neighbour].text
            if word.isalpha() and word.islower() and word not in _CONJUNCTIONS:
                return word.endswith("n") or word == "sind"
    return False


def _recent_subject(
    text: _Text, index: int, numbers: list[int], drafts: list[_Draft]
) -> int | None:
    """The subject-like mention, outside quotations, that a pronoun continues: the latest one in
    its own sentence before it; else in the sentence before, the first person (a German clause
    mostly opens with its subject: "X hatte Y vorgeworfen … Er forderte" is X), or the latest
    organisation for a plural "sie"."""
    sentence = text.sentence_of[index]
    latest: tuple[int, int] | None = None
    first_person: tuple[int, int] | None = None
    for number in numbers:
        for mention in _latest_before(drafts[number], index):
            if text.sentence_of[mention.first] < sentence - 1:
                break  # older mentions are further back still
            if mention.case != "nom" or text.in_message[mention.first]:
                continue
            if mention.form == "pronoun":
                continue
            if latest is None or mention.first > latest[0]:
                latest = (mention.first, number)
            previous = text.sentence_of[mention.first] == sentence - 1
            person = drafts[number].kind == "person"
            if previous and person and (first_person is None or mention.first < first_person[0]):
                first_person = (mention.first, number)
    if latest is not None and text.sentence_of[latest[0]] == sentence:
        return latest[1]
    chosen = first_person or latest
    return None if chosen is None else chosen[1]


def _last_mentioned(
    text: _Text,
    index: int,
    numbers: list[int],
    drafts: list[_Draft],
    *,
    in_messages: bool = False,
) -> int | None:
    best: tuple[int, int] | None = None
    for number in numbers:
        latest = next(
            (
                m.first
                for m in _latest_before(drafts[number], index)
                if in_messages or not text.in_message[m.first]
            ),
            None,
        )
        if latest is not None and (best is None or latest > best[0]):
            best = (latest, number)
    return None if best is None else best[1]


def _sentence_subject(text: _Text, found: list[Found], cue_token: int) -> int | None:
    """The subject-like mention of the cue's sentence outside messages, nearest to the cue."""
    sentence = text.sentence_of[cue_token]
    candidates = [
        m
        for m in found
        if m.entity is not None
        and m.case == "nom"
        and text.sentence_of[m.first] == sentence
        and not text.in_message[m.first]
        and m.kind in _SPEAKER_KINDS | {"role"}
    ]
    return _nearest(candidates, cue_token).entity if candidates else None


def _unnamed_speaker(
    text: _Text, span: Span, found: list[Found], drafts: list[_Draft]
) -> int | None:
    """A speaker no named entity fits: the organisation behind a document ("einer
    Presseerklärung der Gewerkschaft"), an institution via its spokesperson, or a new person for
    a role nobody named has ("ein Zeuge", "Der Staatsanwalt", "US-Experten")."""
    document = _document_source(text, span, found, drafts)
    if document is not None:
        return document
    for mention in _mentions_in(text, found, span):
        # "zitiert einen Augenzeugen": an indefinite role as the whole speaker is the speaker.
        subject_like = mention.case == "nom" or not mention.definite
        if mention.kind == "role" and (subject_like or _credited_source(text, mention)):
            mention.entity = _entity_for_role(text, mention, drafts)
            return mention.entity
    first = text.token_at(span.start)
    opening = text.tokens[first].text.lower()
    bare = None if opening in _DETERMINERS else apposition_at(text.tokens, first, text.words)
    if bare is not None and text.tokens[bare.first].start < span.end:
        bare.definite = False
        # Without an article a role noun is plural ("Chinesische Politiker haben …") unless a
        # name follows it ("Kremlsprecher Peskov").
        following = text.tokens[bare.last].text if bare.last < len(text.tokens) else ""
        bare.plural = bare.plural or not looks_like_name(following) or following in _DETERMINERS
        bare.entity = _entity_for_role(text, bare, drafts)
        bisect.insort(found, bare, key=lambda m: m.first)  # the clause's subject from now on
        return bare.entity
    return None


def _document_source(
    text: _Text, span: Span, found: list[Found], drafts: list[_Draft]
) -> int | None:
    """The owner of a document or statement noun: "nach Angaben der Gewerkschaft X", "einer
    Presseerklärung der Gewerkschaft", "Einschätzung von Experten", "den Vorschlag des
    Umweltministers Sigmar Gabriel"."""
    indices = _span_tokens(text, span)
    for index in indices:
        prefix = _owner_prefix(text, text.tokens[index].text)
        if prefix is not None:
            return _owner_entity(text, index, [prefix], drafts)
    for position, index in enumerate(indices[:-1]):
        word = text.tokens[index].text
        if word not in text.words.source_nouns and text.words.medium(word) is None:
            continue
        named = _owner_mention(text, found, indices[position + 1 :], drafts)
        if named is not None:
            return named
        owner = _owner_words(text, indices[position + 1 :])
        if owner:
            return _owner_entity(text, index, owner, drafts)
    return _cue_owner(text, indices, found, drafts)


def _owner_mention(
    text: _Text, found: list[Found], indices: list[int], drafts: list[_Draft]
) -> int | None:
    """A person or named organisation right after the source noun's genitive/"von" owns it;
    a spokesperson ("nach Angaben eines Sprechers der Finanzaufsicht") stands for theirs."""
    if not indices or text.tokens[indices[0]].text.lower() not in _OWNER_DETERMINERS:
        return None
    for mention in _starting_in(found, indices[:_MAX_COLLECTIVE_WORDS]):
        if mention.entity is not None and mention.kind in ("person", "organisation", "media"):
            return mention.entity
        if mention.kind == "role" and mention.role_class == "spokes":
            mention.entity = _entity_for_role(text, mention, drafts)
            return mention.entity
        if mention.kind == "role" and not mention.plural and mention.entity is None:
            mention.entity = _entity_for_role(text, mention, drafts)  # "des Leiters der …"
            return mention.entity
    return None


def _cue_owner(
    text: _Text, indices: list[int], found: list[Found], drafts: list[_Draft]
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


def _owner_prefix(text: _Text, word: str) -> str | None:
    """ "NASA-Angaben" → "NASA", "Polizeiangaben" → "Polizei" (a listed institution only),
    "Unternehmensangaben" → "Unternehmens" (a kind noun, referring back)."""
    for noun in text.words.source_nouns:
        lower = noun.lower()
        if len(noun) < 6 or not word.lower().endswith(lower) or len(word) == len(noun):
            continue
        if noun in _UNNAMED_CIRCLES:  # "Regierungskreisen": a milieu, not a source
            return None
        prefix = word[: -len(noun)].rstrip("-")
        if word[-len(noun) - 1] == "-" and prefix[:1].isupper():
            return prefix
        if prefix in text.words.institutions or _generic_organisation(text, prefix.title()):
            return prefix.title()
    return None


def _owner_words(text: _Text, indices: list[int]) -> list[str]:
    """ "der malaysischen Nachrichtenagentur Bernama" → ["Nachrichtenagentur", "Bernama"];
    "eines chinesischen Gerichtes" → ["Gericht"]."""
    if not indices:
        return []
    opening = text.tokens[indices[0]].text
    if opening.lower() in _OWNER_DETERMINERS:
        indices = indices[1:]
    elif not (opening.islower() and opening.endswith("er")):  # "politischer Beobachter"
        return []
    words: list[str] = []
    for index in indices:
        word = text.tokens[index].text
        if word in text.words.stopwords:  # "vom August 2002"
            break
        if word in _QUOTE_MARKS:  # "des Fachmagazins „Steilpass“"
            continue
        if word[:1].isupper() or looks_like_brand(word):
            words.append(word)
        elif words or not word.islower() or len(words) >= _MAX_COLLECTIVE_WORDS:
            break
    head = organisation_head(words[0], text.words) if len(words) == 1 else None
    return [head] if head else words


def _owner_entity(text: _Text, at: int, owner: list[str], drafts: list[_Draft]) -> int | None:
    if owner[0] in _ANONYMOUS_PEOPLE:
        return None  # "nach Angaben von Personen, die … vertraut sind": nobody named
    if len(owner) == 1 and {owner[0], owner[0].removesuffix("s"), owner[0].removesuffix("es")} & (
        _DOCUMENTS
    ):
        return _salient_organisation(text, at, drafts)  # "nach Angaben des Berichts"
    role = text.words.role(owner[-1]) if len(owner) == 1 else None
    after = text.tokens[at + 1].text.lower() if at + 1 < len(text.tokens) else ""
    if role is not None and role.role_class != "people" and after not in _SINGULAR_OWNERS:
        # "nach Angaben von Kritikern", "nach Meinung politischer Beobachter": a group
        group = Found(at, at + 1, "group", "role", name=_plural_of(owner[-1], role.noun))
        return _entity_for(group, drafts)
    if len(owner) == 1 and _generic_organisation(text, owner[0]):
        referent = _kind_referent(text, at, owner[0], drafts)
        if referent is not None:
            return referent
    for number, draft in enumerate(drafts):
        if draft.kind != "person" and any(_word_names(word, draft.name) for word in owner[-1:]):
            return number
    for word in owner:
        # "des Handelsblatts": a listed name in the genitive.
        for form in (word, word.removesuffix("s"), word.removesuffix("es")):
            for entry in text.words.institutions.get(form, ()):
                if len(entry.words) == 1:
                    found = Found(at, at + 1, entry.kind, "name", name=entry.canonical)
                    return _entity_for(found, drafts)
    kind = "media" if _media_noun(text, owner[0]) else "organisation"
    name = " ".join(owner[1:] if kind == "media" and len(owner) > 1 else owner)
    if len(owner) == 1 and len(name) >= _MIN_GENITIVE_STEM + 2 and name.endswith("es"):
        name = name[:-2]  # "des Geheimdienstes" is the Geheimdienst
    return _entity_for(Found(at, at + 1, kind, "name", name=name), drafts)


def _plural_of(word: str, noun: str) -> str:
    """The nominative plural of a dative plural role noun: "Kritikern" → "Kritiker";
    "Experten" stays."""
    dative = word.lower() == noun.lower() + "n" and noun.endswith(("er", "el"))
    return word[:-1] if dative else word


def _kind_referent(text: _Text, at: int, word: str, drafts: list[_Draft]) -> int | None:
    """ "des Unternehmens", "des Ministeriums": a definite kind noun refers back to the latest
    organisation of that kind (its name ends in the noun: "Bundesinnenministerium"), or for a
    company noun ("Unternehmens", "Konzerns") to the latest organisation named after one."""
    stems = {word, word.removesuffix("s"), word.removesuffix("es")}
    company = text.words.company_noun(word) or bool(stems & _GENERIC_ORGANISATIONS)
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
        last = next((m.first for m in _latest_before(draft, at)), None)
        if last is not None and (of_kind or company) and (best is None or last > best[0]):
            best = (last, number)
    if best is None and "ministerium" in heads:
        return _ministry_of_minister(text, at, drafts)
    if company and best is not None and not _company_like(text, drafts[best[1]]):
        # "Der Konzern": a body named as a company (AG, Konzern, …) before an unknown one
        companies = [
            (last, number)
            for number, draft in enumerate(drafts)
            if draft.kind == "organisation"
            and _company_like(text, draft)
            and (last := next((m.first for m in _latest_before(draft, at)), None)) is not None
        ]
        if companies:
            best = max(companies)
    return None if best is None else best[1]


def _company_like(text: _Text, draft: _Draft) -> bool:
    words = " ".join([draft.name, *draft.roles]).replace("-", " ").split()
    return any(text.words.company_noun(word) for word in words)


def _ministry_of_minister(text: _Text, at: int, drafts: list[_Draft]) -> int | None:
    """ "Das Ministerium" after "Bundeslandwirtschaftsminister Kai Roeder": the ministry his
    title names ("Bundeslandwirtschaftsministerium")."""
    best: tuple[int, str] | None = None
    for draft in drafts:
        last = next((m.first for m in _latest_before(draft, at)), None)
        if draft.kind != "person" or last is None or (best is not None and last < best[0]):
            continue
        for role in draft.roles:
            title = role.split()[-1].removesuffix("in")
            if title.lower().endswith("minister") and len(title) > len("minister"):
                best = (last, title + "ium")
    if best is None:
        return None
    return _entity_for(Found(at, at + 1, "organisation", "name", name=best[1]), drafts)


def _public_body(text: _Text, draft: _Draft) -> bool:
    """An authority, court, university, party, club or similar: a word of its name is an
    organisation noun that is no company noun ("Universität Exeter", "Feuerwehr des Bezirks")."""
    for word in draft.name.split():
        head = organisation_head(word, text.words)
        if head is not None and not text.words.company_noun(head):
            return True
    return False


def _kind_head(text: _Text, word: str) -> str:
    """The organisation noun a kind word ends in ("fachgesellschaft" → "gesellschaft"), lower
    case; the word itself when it ends in none."""
    lower = word.lower()
    heads = [
        suffix.lower()
        for suffix in text.words.org_suffixes
        if len(suffix) >= _MIN_KIND_HEAD and lower.endswith(suffix.lower())
    ]
    return min(heads, key=len) if heads else lower


def _media_noun(text: _Text, word: str) -> bool:
    """ "Zeitung", "Lokalblatts", "Wochenzeitung": an outlet's kind, also inflected or compound."""
    for stem in (word, word.removesuffix("s"), word.removesuffix("es")):
        if stem in text.words.media_nouns or any(
            len(noun) >= 5 and stem.lower().endswith(noun.lower())
            for noun in text.words.media_nouns
        ):
            return True
    return False


def _entity_for_role(text: _Text, role: Found, drafts: list[_Draft]) -> int | None:
    if role.role_class == "spokes":
        organisation = _spoken_for(text, role, drafts)
        if organisation is not None:
            _add_mention(drafts[organisation], role)
            return organisation
    label = _role_label(role)
    if role.plural:  # "die Anwohner", "Chinesische Politiker": a group speaks
        drafts.append(_Draft("group", label, None, None, [label]))
    else:
        name = _nominative_label(text, role, label)
        drafts.append(_Draft("person", name, None, role.gender, [label]))
    _add_mention(drafts[-1], role)
    return len(drafts) - 1


def _word_names(word: str, name: str) -> bool:
    """Whether ``word`` (perhaps in the genitive) is a word of ``name``, or the start of one:
    "Kremls" / "Kreml", "Ministeriums" / "Ministerium", "Sky" / "Sky News"; not "Finanzaufsicht"
    / "Finanznachrichtenagentur"."""
    stems = {word, word.removesuffix("s"), word.removesuffix("es")}
    return any(part.startswith(stem) for part in name.split() for stem in stems if len(stem) >= 3)


def _spokes_compound_owner(text: _Text, role: Found) -> str | None:
    """ "Polizeisprecher" → "Polizei", "Regierungssprecher" → "Regierung"; None for a plain
    "Sprecher" or a prefix that names no organisation."""
    words = (role.role_text or role.name).split()
    head = next((word for word in words if text.words.role(word) is not None), words[-1])
    head = head.removesuffix("s") if head.endswith(("ers", "erins")) else head  # genitive
    lower = head.lower()
    for suffix in ("sprecherin", "sprecher"):
        if not lower.endswith(suffix) or len(head) <= len(suffix) + 2:
            continue
        prefix = head[: len(head) - len(suffix)].rstrip("-")
        if prefix.isupper() and prefix.isalpha():
            return prefix  # "Ein WWF-Sprecher": the WWF
        # "Regierungssprecher": the linking "s" first, then the prefix as written
        for candidate in (prefix.removesuffix("s"), prefix):
            word = candidate[:1].upper() + candidate[1:]
            if word in text.words.institutions or _generic_organisation(text, word):
                return word
            stem = organisation_head(word, text.words)  # "Behörden" → "Behörde"
            if stem is not None:
                return stem
    return None


def _spoken_for(text: _Text, role: Found, drafts: list[_Draft]) -> int | None:
    """The institution a spokesperson speaks for: named in the complement or in the compound
    ("Polizeisprecher", "Regierungssprecher"), else the most salient organisation of the last
    sentences."""
    owner = _spokes_compound_owner(text, role)
    told_outlet = bool(role.complement) and _media_noun(text, role.complement[0])
    if owner is not None and (not role.complement or told_outlet):
        # "ein Polizeisprecher der Nachrichtenagentur AFP": the police's, told to AFP
        role = replace(role, complement=(owner,))
    for word in role.complement:
        for entry in text.words.institutions.get(word, ()):
            return _entity_for(
                Found(role.first, role.last, entry.kind, "role", name=entry.canonical), drafts
            )
        for number, draft in enumerate(drafts):
            if draft.kind != "person" and _word_names(word, draft.name):
                return number
    if len(role.complement) == 1:  # "Ein Sprecher der Behörde": the latest one of that kind
        referent = _kind_referent(text, role.first, role.complement[0], drafts)
        if referent is not None and _generic_organisation(text, role.complement[0]):
            return referent
    if owner is not None and role.complement == (owner,):
        # "Ein Regierungssprecher" with no government named yet: the government
        return _entity_for(Found(role.first, role.last, "organisation", "role", name=owner), drafts)
    specific = [word for word in role.complement if not _generic_organisation(text, word)]
    if specific:  # "des Bundesumweltministeriums": that institution, new if need be
        name = " ".join(specific)
        if len(specific) == 1 and name.endswith("es") and len(name) >= _MIN_GENITIVE_STEM + 2:
            name = name[:-2]  # "des Landkreises" is the Landkreis
        return _entity_for(Found(role.first, role.last, "organisation", "role", name=name), drafts)
    # "Ein Sprecher des Unternehmens", "Eine Sprecherin": the organisation just talked about;
    # with a kind noun ("des Instituts") the one mentioned last.
    scored = [
        (_salience(text, draft, role.first), number)
        for number, draft in enumerate(drafts)
        if draft.kind in ("organisation", "media")
    ]
    best = max(scored, default=(0.0, None))
    if best[1] is None or best[0] < 0.5:
        return None
    if role.complement:
        candidates = [number for salience, number in scored if salience >= 0.5]
        return _last_mentioned(text, role.first, candidates, drafts)
    return best[1]


def _generic_organisation(text: _Text, word: str) -> bool:
    """ "Unternehmens", "Konzerns", "Ministeriums": a kind of organisation, not a name."""
    stems = {word, word.removesuffix("s"), word.removesuffix("es")}
    kinds = text.words.org_suffixes | _GENERIC_ORGANISATIONS | text.words.kind_heads.keys()
    return bool(stems & kinds)


# --- output -----------------------------------------------------------------------------------


def _entities(text: _Text, drafts: list[_Draft]) -> list[Entity]:
    entities = []
    for number, draft in enumerate(drafts):
        if not (draft.used or draft.kind in ("person", "organisation", "media", "group")):
            continue
        mentions = sorted(
            {
                Mention(Span(text.tokens[m.first].start, text.tokens[m.last - 1].end), m.form)
                for m in draft.mentions
            },
            key=lambda m: (m.span.start, m.span.end),
        )
        entities.append(
            Entity(
                id=f"e{number}",
                kind=EntityKind(draft.kind),
                name=draft.name,
                mentions=mentions,
                roles=list(draft.roles),
                gender=draft.gender if draft.kind == "person" else None,
            )
        )
    return entities


def _renumber(article: Article) -> None:
    """Entity ids e1, e2, … in order of first mention; quotes follow."""
    article.entities.sort(key=lambda e: e.mentions[0].span.start if e.mentions else 0)
    new_ids = {entity.id: f"e{number}" for number, entity in enumerate(article.entities, 1)}
    for entity in article.entities:
        entity.id = new_ids[entity.id]
    for quote in article.quotes:
        if quote.speaker_entity is not None:
            quote.speaker_entity = new_ids.get(quote.speaker_entity)
