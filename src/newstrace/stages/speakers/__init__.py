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

from newstrace.lang.entities import entity_words
from newstrace.lang.mentions import (
    Found,
)
from newstrace.model import Article, Quote, QuoteType, Span
from newstrace.options import Options
from newstrace.stages.speakers.context import (
    ANAPHORIC_ADVERBS,
    CONTINUATION_REACH,
    CONTINUATIONS,
    Draft,
    Text,
    final_entities,
    prepare,
    renumber,
)
from newstrace.stages.speakers.documents import sentence_subject
from newstrace.stages.speakers.drafts import (
    span_tokens,
    starting_in,
)
from newstrace.stages.speakers.epithets import (
    resolve_epithets,
)
from newstrace.stages.speakers.mentions import (
    collect_mentions,
)
from newstrace.stages.speakers.resolve import resolve_speaker

__all__ = ["run"]


def run(article: Article, options: Options) -> Article:
    """Fill ``article.entities`` and each quotation's ``speaker_entity``."""
    language = options.language or article.metadata.language or "de"
    text = prepare(article, entity_words(language))
    drafts: list[Draft] = []
    mentions = collect_mentions(text, drafts)
    resolve_epithets(text, mentions, drafts)
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
            entity = sentence_subject(text, mentions, text.token_at(quote.message[0].start))
            if entity is None:
                entity = _intervening_subject(text, mentions, last[0], quote)
            if entity is None:  # after a nested quotation, the one who told it all goes on
                entity = speaker_of.get(_outermost(article, last[0]).id, last[1])
        elif last is not None and _refers_back(text, quote, last[0]):
            # "Wie der „Kicker“ berichtet, soll … Demnach sollen …": the same source
            entity = speaker_of.get(_outermost(article, last[0]).id, last[1])
        else:
            entity = resolve_speaker(text, quote, mentions, drafts, previous)
        last = (quote, entity)
        speaker_of[quote.id] = entity
        if quote.speaker is not None:
            by_span[quote.speaker] = entity
        if entity is not None:
            drafts[entity].used = True
            previous = entity
        quote.speaker_entity = None if entity is None else f"e{entity}"
    article.entities = final_entities(text, drafts)
    renumber(article)
    return article


def _outermost(article: Article, quote: Quote) -> Quote:
    """The quotation that holds ``quote`` and is held by none (three levels: A → B → C)."""
    by_id = {q.id: q for q in article.quotes}
    seen = {quote.id}
    while quote.nested_in in by_id and quote.nested_in not in seen:
        quote = by_id[quote.nested_in]
        seen.add(quote.id)
    return quote


def _continuation(text: Text, quote: Quote, before: Quote) -> bool:
    """A free indirect sentence with neither speaker nor cue that follows a quotation in the
    same or the next sentences."""
    # A direct or indirect quotation with no roles goes on too ("…, sagte sie. „Ich habe …“";
    # "…, sagte sie. Es bestehe keine Gefahr.": the tagger may call it indirect).
    kinds = CONTINUATIONS | {QuoteType.DIRECT, QuoteType.INDIRECT}
    if quote.type not in kinds or quote.speaker is not None or quote.cue is not None:
        return False
    if quote.type is QuoteType.INDIRECT and not text.reported_mood(quote):
        return False  # "Die Brücke soll im Mai fertig werden": the page's own voice
    if not before.message:
        return False
    return 0 <= _sentences_between(text, before, quote) <= CONTINUATION_REACH


def _refers_back(text: Text, quote: Quote, before: Quote) -> bool:
    """A quotation whose only role is "demnach"/"demzufolge" (as cue or speaker), right after a
    quotation in the same or the next sentence: it goes on with that quotation's source."""
    roles = [span for span in (quote.speaker, quote.cue) if span is not None]
    if not roles or not before.message:
        return False
    words = {text.tokens[index].text.lower() for span in roles for index in span_tokens(text, span)}
    if not words <= ANAPHORIC_ADVERBS - {"danach"}:  # mostly "afterwards"
        return False
    return 0 <= _sentences_between(text, before, quote) <= 1


def _sentences_between(text: Text, before: Quote, quote: Quote) -> int:
    """How many sentences on ``quote`` opens from the one where ``before`` ends (0: the same)."""
    return (
        text.sentence_of[text.token_at(quote.message[0].start)]
        - text.sentence_of[text.token_at(before.message[-1].end - 1)]
    )


def _intervening_subject(text: Text, found: list[Found], before: Quote, quote: Quote) -> int | None:
    """The last subject outside quotations between two quotations, if any."""
    low = text.token_at(before.message[-1].end - 1) + 1
    high = text.token_at(quote.message[0].start)
    between = starting_in(found, list(range(low, high))) if high > low else []
    subjects = [
        m
        for m in between
        if m.entity is not None
        and m.case == "nom"
        and not text.in_message[m.first]
        and m.kind in ("person", "organisation", "media", "group", "unknown")
    ]
    return subjects[-1].entity if subjects else None
