"""Attribution chains and evidential status: who passed each statement on, and how sure the page is.

A chain runs from the page outward: the publication (``metadata.site_name``), the outlets and
agencies it credits, each intermediate reporter, the original speaker. Intermediates come from
two structures:

- nesting: a quotation inside another one (``Quote.nested_in``) was passed on by the outer
  speaker;
- relays: inside a quotation by R, a speech verb with its own subject A ("R schrieb, dass A ihm
  gesagt habe, dass …") makes A a source R heard. A statement whose speaker or addressee is such
  an A reached the page through R.

The medium of a link is a medium word ("E-Mail", "twitterte", "Interview") in the speaker's frame,
or for a reporter in a sentence that mentions them, else the quotation's own medium code.

Evidential status comes from marker words (``evidential_markers.tsv``): denial, allegation and
condition markers count in the cue's clause, report markers ("laut", "zufolge") anywhere outside
the message in its sentences; the strongest wins. ``page_asserts`` is true only for a statement the
page makes in its own voice and merely credits ("…, wie X mitteilte").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise, takewhile

from newstrace.lang.entities import (
    DATIVE_DETERMINERS,
    PASSIVE_AUXILIARIES,
    PREPOSITIONS,
    EntityWords,
    adjective_laut,
    entity_words,
)
from newstrace.lang.mentions import ADJECTIVE, ARTICLES
from newstrace.lang.speech import SOLLEN_FORMS, lexicon
from newstrace.model import (
    Article,
    Chain,
    ChainLink,
    CreditKind,
    Evidential,
    Quote,
    QuoteType,
    Span,
)
from newstrace.options import Options
from newstrace.tokens import Token, tokenize

__all__ = ["run"]

_CONTINUATIONS = frozenset({QuoteType.FREE_INDIRECT, QuoteType.INDIRECT_FREE_INDIRECT})
_ROLELESS_CONTINUATIONS = frozenset({QuoteType.DIRECT, QuoteType.INDIRECT})
#: Last words of a separable denial or report verb ("wies … zurück", "weist … von sich").
_SEPARATED_PARTICLES = frozenset({"zurück", "ab", "hervor", "sich"})
_MODALS = SOLLEN_FORMS
#: A hearsay "soll" finds its perfect infinitive ("… haben", "… sein") within this many words.
_HEARSAY_REACH = 35
#: Shortest source noun that ends a compound ("Untersuchungsergebnisse", "OSZE-Bericht").
_MIN_SOURCE_NOUN = 5
#: Tokens looked back over for the sentence a "Das berichtete X" relays.
_HEARSAY_WINDOW = 80
#: Nouns of sources nobody is named for ("Medienberichten", "Regierungskreisen", "Hinweise").
_HEARSAY_NOUN_ENDINGS = (
    "berichten",
    "berichte",
    "meldungen",
    "gerüchten",
    "gerüchte",
    "hinweise",
    "personen",
    "insidern",
    "informanten",
    "stimmen",
    "vorwürfe",
    "behauptung",
    "behauptungen",
    "quelle",
    "quellen",
    "überlieferungen",
    "spekulationen",
    "befürchtungen",
    "medieninformationen",
)
#: Compounds of hearsay nouns that name their sources' kind ("Augenzeugenberichten").
_WITNESSES = ("augenzeugen", "zeugen")
#: Words that hedge a source's standing ("nach inoffiziellen Angaben", "informierter Kreise").
_HEDGED_SOURCE_STARTS = ("inoffiziell", "informiert", "gutunterrichtet", "unbestätigt")
_ANAPHORIC_CUES = frozenset({"demnach", "danach", "demzufolge", "dementsprechend"})
#: Cues that quote nobody ("es heißt").
_IMPERSONAL_CUES = frozenset(
    {"heißt", "hieß", "es", "rede", "vorgeworfen", "verdächtigt", "vermutet", "vermuten"}
)
#: Frame words of talk nobody owns, read when the tagger marked no cue ("es heißt nun, dass",
#: "war die Rede, dass", "gab es Hinweise, dass", "…, wird vermutet").
_HEARSAY_FRAME_WORDS = frozenset(
    {"heißt", "hieß", "rede", "hinweise", "gerüchte", "vermutet", "vermutungen"}
)
#: Words before "heißt es" that point back to a paper named before ("So heißt es, …").
_POINTERS = frozenset({"so", "darin", "dort"})
#: Infinitives of a state after "soll": what is said to be so, not a plan ("soll … liegen").
_STATIVE_INFINITIVES = frozenset(
    {"befinden", "vorliegen", "liegen", "leben", "besitzen", "betragen", "stammen", "gehören"}
    # … and of a process of mind under way: "soll X erwägen", "soll … planen"
    | {"erwägen", "planen", "prüfen", "wissen", "warten", "erhoffen"}
)
#: Words of a frame that cite sources nobody names ("unter Berufung auf Quellen"); the
#: adjectives only in lower case ("mit den Plänen vertraute Personen", not "Vertraute der …").
_UNNAMED_SOURCES = frozenset({"quellen", "insider", "informanten"})
_UNNAMED_SOURCE_ADJECTIVES = frozenset({"vertraute", "vertrauten"})
#: Participles of an accusation; with no speaker ("Ihm wird … vorgeworfen") it is alleged.
_ACCUSED = frozenset({"vorgeworfen", "beschuldigt", "verdächtigt", "angelastet", "angeklagt"})

#: Words that open a relative clause inside a message.
_RELATIVE_OPENERS = frozenset(
    "der die das dem den denen deren dessen welcher welche welches welchem welchen who which".split()
)
#: Words that open a dependent clause; the verb after the comma that closes it is the main
#: clause's, no verb-first condition ("Ob das reicht, sollte man prüfen").
_DEPENDENT_OPENERS = frozenset(
    "dass ob weil obwohl nachdem während welche welcher welches welchen wer was wie wann wo "
    "warum weshalb".split()
)
_AFTER_PREPOSITION_BIS = frozenset(
    {"_", "zu", "zum", "zur", "in", "ins", "auf", "an", "nach", "heute", "morgen", "jetzt"}
)
_STRENGTH = ("denied", "alleged", "conditional", "reported")
#: Nouns of a conversation with an outlet ("Interview", "Gespräch"); only after a determiner
#: that points back do they reach the outlet named before.
#: Verbs by which an outlet reports a fact ("meldete", "schreibt", "bestätigte").
_REPORTING_STEMS = {
    "de": ("meld", "vermeld", "schreib", "schrieb", "bestätig", "erläuter", "behaupt", "wonach"),
    "en": ("report", "wrote", "write", "confirm"),
}
#: Sentences a relay ("Bremmer schrieb, Musk habe ihm gesagt, …") reaches back to a claim.
_RELAY_BACK_REACH = 4
_INTERVIEW_NOUNS = {"de": ("interview", "gespräch"), "en": ("interview", "conversation")}
#: Words before a noun that point back to one already named ("in dem Interview").
_ANAPHORIC_DETERMINERS = frozenset(
    {"dem", "diesem", "demselben", "gleichen", "selben", "jenem", "that", "same"}
)
#: Verbs by which an outlet quotes someone: the statement reaches the page through the outlet.
_QUOTING_STEMS = {"de": ("zitier",), "en": ("quoted", "quoting")}
_CLAUSE_BREAKS = frozenset(",;:–")
#: Words that may stand between "unter Berufung auf" and the speaker span ("zwei", "westliche").
_CITED_GAP = 2
_CLAUSE_OPENERS = frozenset({"dass", "ob", "that", "whether"})
_DATIVE_PRONOUNS = frozenset({"ihm", "ihr", "mir", "uns", "him", "me", "us"})
#: Prepositions that introduce the means of a statement ("in einer E-Mail", "auf Twitter").
_MEANS_PREPOSITIONS = frozenset(
    {"in", "im", "per", "via", "auf", "über", "bei", "beim", "on", "by"}
)
_MEDIUM_CODES = {"S": "speech", "W": "writing", "T": "thought"}
#: Allegation markers count in this many first words of a message ("sollen sich … getroffen haben").
_MESSAGE_OPENING = 2
#: Most hops followed for one quotation (guards against cycles in bad input).
_MAX_HOPS = 8


@dataclass(frozen=True, slots=True)
class _Relay:
    """Inside a quotation by ``reporter``, ``source`` is said to have told them something."""

    source: str
    reporter: str
    evidence: Span
    medium: str | None


@dataclass(slots=True)
class _Text:
    article: Article
    tokens: list[Token]
    starts: list[int]
    sentence_of: list[int]
    mentions: list[tuple[Span, str]]  # (span, entity id), sorted by start
    words: EntityWords
    language: str
    mention_starts: list[int]  # mention start offsets, for bisection
    longest_mention: int  # characters; bounds the window that can overlap a span
    entity_kinds: dict[str, str]
    entity_names: dict[str, str]

    def token_at(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def mentions_near(self, span: Span) -> list[tuple[Span, str]]:
        """Mentions that start in [span.start - longest mention, span.end): every mention that
        can overlap or lie inside ``span``, without scanning the whole article."""
        low = bisect.bisect_left(self.mention_starts, span.start - self.longest_mention)
        high = bisect.bisect_left(self.mention_starts, span.end)
        return self.mentions[low:high]

    def entity_at(self, span: Span) -> str | None:
        for mention, entity in self.mentions_near(span):
            if mention.overlaps(span):
                return entity
        return None

    def tokens_in(self, span: Span) -> range:
        return range(
            bisect.bisect_left(self.starts, span.start), bisect.bisect_left(self.starts, span.end)
        )


def run(article: Article, options: Options) -> Article:
    """Fill ``article.chains`` and each quotation's ``evidential`` and ``page_asserts``."""
    language = options.language or article.metadata.language or "de"
    text = _prepare(article, language)
    relays = _relays(text)
    hearers = _hearers(text)
    by_id = {quote.id: quote for quote in article.quotes}
    for quote in article.quotes:
        quote.evidential = _evidential(text, quote)
        quote.page_asserts = _page_asserts(text, quote)
    _inherit_status(text, article.quotes, by_id)
    _anaphoric_status(text, article.quotes)
    outer = _outer_links(article)
    article.chains = []
    previous: tuple[Quote, list[ChainLink]] | None = None
    top: tuple[Quote, list[ChainLink]] | None = None  # the last quotation nested in none
    for quote in article.quotes:
        if previous is not None and _continues(quote, previous[0], shared_speaker=True):
            path = list(previous[1])  # a continuation keeps its statement's attribution
        elif top is not None and quote.speaker is None and _continues(quote, top[0]):
            path = list(top[1])  # … also after a quotation nested in that statement
        else:
            path = _path(text, quote, by_id, relays, hearers)
        article.chains.append(Chain(quote.id, _joined(outer, path)))
        previous = (quote, path)
        if quote.nested_in is None:
            top = previous
    return article


def _continues(quote: Quote, previous: Quote, *, shared_speaker: bool = False) -> bool:
    """A free indirect continuation of the previous quotation by the same speaker."""
    # A direct or indirect quotation with no roles goes on too ("…, sagte er dem SWR. „Solche
    # …“"; "…, sagte sie. Es bestehe keine Gefahr."); with ``shared_speaker``, also one that
    # has the speaker span of the one before and no cue of its own.
    shared = quote.speaker is None or (shared_speaker and quote.speaker == previous.speaker)
    roleless = quote.type in _ROLELESS_CONTINUATIONS and shared and quote.cue is None
    return (
        (quote.type in _CONTINUATIONS or roleless)
        and quote.speaker_entity is not None
        and quote.speaker_entity == previous.speaker_entity
    )


def _inherit_status(text: _Text, quotes: list[Quote], by_id: dict[str, Quote]) -> None:
    """Nested quotations and continuations take the status of what they belong to, but not a
    condition: a nested quotation is what was said, whatever the outer "if", and a condition
    holds only in its own sentence ("sobald …, könnten …. Als sie … gereist sei, habe …")."""
    previous: Quote | None = None
    for quote in quotes:
        if quote.evidential is Evidential.STATED:
            if quote.nested_in in by_id:
                outer = by_id[quote.nested_in].evidential
                # a report nested with a cue of its own ("Eine Helferin habe ihr erzählt, …")
                # is that speaker's plain statement; quoted words of the report stay reported
                own_report = outer is Evidential.REPORTED and quote.cue is not None
                if outer is not Evidential.CONDITIONAL and not own_report:
                    quote.evidential = outer
            elif (
                previous is not None
                and (
                    (_continues(quote, previous) and not _named_anew(quote, previous))
                    or _same_unnamed_source(quote, previous)
                )
                and previous.evidential is not Evidential.CONDITIONAL
            ):
                quote.evidential = previous.evidential
                if _reported_on(text, quote):
                    quote.evidential = Evidential.REPORTED  # the "soll" was the first sentence's
        previous = quote


def _named_anew(quote: Quote, previous: Quote) -> bool:
    """ "Nach Ansicht des Anwalts …. Der Anwalt kritisierte: Das Gesetz sei …": a continuation
    whose speaker is mentioned again, after the statement it continues, is said anew."""
    return (
        quote.speaker is not None
        and previous.speaker is not None
        and quote.speaker.start > previous.message[-1].end
    )


def _anaphoric_status(text: _Text, quotes: list[Quote]) -> None:
    """ "Laut Presseberichten ist er 24; demnach wäre er …": a statement that "demnach" ties to
    an allegation is one too."""
    previous: Quote | None = None
    for quote in quotes:
        cue = "" if quote.cue is None else text.article.text[quote.cue.start : quote.cue.end]
        if (
            previous is not None
            and previous.evidential is Evidential.ALLEGED
            and cue.lower() in _ANAPHORIC_CUES
            and quote.evidential is not Evidential.DENIED
        ):
            quote.evidential = Evidential.ALLEGED
        previous = quote


def _same_unnamed_source(quote: Quote, previous: Quote) -> bool:
    """ "Korrespondentenberichten zufolge …. Behandelt würden …": a continuation of a source
    that is no entity shares its speaker span; "Ihr wird vorgeworfen, …. Sie habe …": one
    with no speaker goes on from an act without one."""
    if quote.type not in _CONTINUATIONS:
        return False
    if quote.speaker is None:
        # "…, sagten zwei mit den Gesprächen vertraute Personen. Der Kaufpreis solle …"
        unnamed = previous.speaker is None or previous.speaker_entity is None
        return unnamed and previous.cue is not None
    return quote.speaker == previous.speaker


def _prepare(article: Article, language: str) -> _Text:
    tokens = tokenize(article.text)
    starts = [token.start for token in tokens]
    sentence_starts = [span.start for span in article.sentences] or [0]
    sentence_of = [max(bisect.bisect_right(sentence_starts, s) - 1, 0) for s in starts]
    mentions = sorted(
        ((mention.span, entity.id) for entity in article.entities for mention in entity.mentions),
        key=lambda pair: pair[0].start,
    )
    return _Text(
        article,
        tokens,
        starts,
        sentence_of,
        mentions,
        entity_words(language),
        language,
        [span.start for span, _ in mentions],
        max((len(span) for span, _ in mentions), default=0),
        {entity.id: entity.kind.value for entity in article.entities},
        {entity.id: entity.name for entity in article.entities},
    )


# --- chains -----------------------------------------------------------------------------------


def _outer_links(article: Article) -> list[ChainLink]:
    links = []
    if article.metadata.site_name:
        links.append(ChainLink(article.metadata.site_name))
    for credit in article.metadata.credits:
        if credit.kind in (CreditKind.SOURCE, CreditKind.AGENCY):
            links.append(ChainLink(credit.name, None, "report", credit.evidence))
    return links


def _joined(outer: list[ChainLink], path: list[ChainLink]) -> list[ChainLink]:
    """The page's links, then the path, each outlet once: a speaker who talked to the credited
    outlet ("sagte dem Guardian" under "Quelle: The Guardian") adds no second link."""
    last = path[-1:]
    kept = [link for link in outer if not any(_same_outlet(link, other) for other in last)]
    middle = [link for link in path[:-1] if not any(_same_outlet(link, o) for o in kept)]
    return kept + middle + last


def _same_outlet(link: ChainLink, other: ChainLink) -> bool:
    """One outlet under two names: equal, or one the first word of the other ("PA" / "PA
    Media", "BBC" / "BBC Radio 4")."""
    mine, theirs = _without_article(link.name), _without_article(other.name)
    if not mine or not theirs:
        return False
    return mine == theirs or (min(len(mine), len(theirs)) == 1 and mine[0] == theirs[0])


def _without_article(name: str) -> list[str]:
    words = name.lower().split()
    return words[1:] if len(words) > 1 and words[0] in ("the", "die", "der", "das") else words


def _entity_link(
    text: _Text, entity_id: str, medium: str | None, evidence: Span | None
) -> ChainLink:
    return ChainLink(text.entity_names.get(entity_id, entity_id), entity_id, medium, evidence)


def _path(
    text: _Text,
    quote: Quote,
    by_id: dict[str, Quote],
    relays: dict[str, _Relay],
    hearers: set[str],
) -> list[ChainLink]:
    if quote.speaker_entity is None:
        # A source we cannot name ("Berichten zufolge") adds no link; its reporter does.
        # "wie das Manager Magazin unter Berufung auf Unternehmenskreise berichtet": the outlet
        outlet = _citing_outlet(text, quote.speaker) or _reporting_outlet(text, quote)
        return [] if outlet is None else [_entity_link(text, outlet, "report", None)]
    path = [_entity_link(text, quote.speaker_entity, _quote_medium(text, quote), quote.speaker)]
    seen = {quote.speaker_entity}
    citing = _citing_outlet(text, quote.speaker)
    if citing is not None and citing not in seen:  # "Bloomberg unter Berufung auf Insider"
        seen.add(citing)
        path.insert(0, _entity_link(text, citing, "report", None))
    staff_of = _staff_outlet(text, quote)
    if staff_of is not None and (staff_of.entity_id or staff_of.name) not in seen:
        seen.add(staff_of.entity_id or staff_of.name)  # "ein Reporter des Senders n-tv"
        path.insert(0, staff_of)
    current = quote
    # Only a statement the page does not vouch for itself came through the one who heard it.
    relayed = quote.evidential in (Evidential.ALLEGED, Evidential.REPORTED)
    addressee = _addressee(text, quote) if relayed else None
    relayed_by_hearer = False
    for _ in range(_MAX_HOPS):
        head = path[0].entity_id or ""
        parent = by_id.get(current.nested_in or "")
        if parent is not None and parent.nested_in == current.id and not _quotes_on(text, parent):
            parent = None  # two items of one message nested in each other: the outlet is outer
        if parent is not None:
            current = parent
            if parent.speaker_entity and parent.speaker_entity not in seen:
                seen.add(parent.speaker_entity)
                medium = _quote_medium(text, parent)
                path.insert(0, _entity_link(text, parent.speaker_entity, medium, parent.speaker))
            continue
        relay = relays.get(head) if relayed else None
        if relay is not None and _told_long_before(text, relay, current):
            relay = None  # "… hofft Küng, dass Ratzinger …" relays nothing said before it
        if relay is not None and relay.reporter not in seen:
            relayed_by_hearer = True
            seen.add(relay.reporter)
            medium = _reporter_medium(text, relay)
            path.insert(0, _entity_link(text, relay.reporter, medium, relay.evidence))
            continue
        if (
            addressee is not None
            and addressee not in seen
            and (addressee in relays or addressee in hearers)
        ):
            relayed_by_hearer = True
            seen.add(addressee)
            medium = relays[addressee].medium if addressee in relays else None
            path.insert(0, _entity_link(text, addressee, medium, None))
            continue
        break
    # The outlet the outermost speaker talked to ("sagte dem Sender ESPN, der Arzt habe …")
    told_outlet = _outlet_told(text, quote)
    if told_outlet is None and current is not quote and not relayed_by_hearer:
        told_outlet = _outlet_told(text, current)
    if told_outlet is not None and told_outlet not in seen:
        seen.add(told_outlet)
        medium = _clause_medium(text, quote) or "interview"  # "in einem Gastbeitrag für die FAZ"
        path.insert(0, _entity_link(text, told_outlet, medium, None))
    outlet = _reporting_outlet(text, quote) if relayed else None
    if outlet is not None and outlet not in seen:
        path.insert(0, _entity_link(text, outlet, "report", None))
    return path


def _citing_outlet(text: _Text, speaker: Span | None) -> str | None:
    """The reporter right before "unter Berufung auf" + ``speaker`` in one clause: "wie der
    Rundfunk Yle unter Berufung auf Ermittler berichtete" (Yle relays the Ermittler)."""
    end = _citing_phrase_before(text, speaker)
    if end is None:
        return None
    start = end
    while start > 0 and text.tokens[start - 1].text not in _CLAUSE_BREAKS:
        if text.sentence_of[start - 1] != text.sentence_of[end]:
            break
        start -= 1
    if start >= end:
        return None
    clause = Span(text.tokens[start].start, text.tokens[end - 1].end)
    inside = [(m, e) for m, e in text.mentions_near(clause) if clause.contains(m)]
    return inside[-1][1] if inside else None


def _staff_outlet(text: _Text, quote: Quote) -> ChainLink | None:
    """The outlet a reporter who speaks works for ("ein Reporter des Fernsehsenders n-tv",
    "eine Reporterin von n24"): the report reaches the page through it. Spokespeople speak
    for their body, which is their entity already."""
    speaker = quote.speaker
    if speaker is None or text.entity_kinds.get(quote.speaker_entity or "") != "person":
        return None
    indices = list(text.tokens_in(speaker))
    staff = next(
        (
            position
            for position, index in enumerate(indices)
            if text.tokens[index].text.lower().endswith(text.words.media_staff)
            and (role := text.words.role(text.tokens[index].text)) is not None
            and role.role_class != "spokes"
        ),
        None,
    )
    if staff is None:
        return None
    for mention, entity in text.mentions_near(speaker):
        if speaker.contains(mention) and text.entity_kinds.get(entity) == "media":
            return _entity_link(text, entity, "report", None)
    # "des Fernsehsenders n-tv": the words after the link word and the outlet's kind noun
    rest = [text.tokens[i].text for i in indices[staff + 1 :]]
    if not rest or rest[0].lower() not in _STAFF_LINKS:
        return None
    words = list(takewhile(lambda w: not (w.isalpha() and w.islower()), rest[1:]))
    name = [word for word in words if not text.words.media_noun(word)]  # "in Teheran" ends it
    if not name or len(name) == len(words):
        return None  # no outlet's kind noun: "Mitarbeiter der Firma X" is no reporter's outlet
    return ChainLink(" ".join(name), None, "report", None)


#: Words linking a reporter to the outlet named after it.
_STAFF_LINKS = frozenset({"des", "der", "von", "vom", "beim", "bei"})


def _citing_phrase_before(text: _Text, speaker: Span | None) -> int | None:
    """Where "unter Berufung auf" (or another citing phrase) begins right before ``speaker``;
    a numeral or adjective may come between ("unter Berufung auf zwei Geheimdienstmitarbeiter")."""
    if speaker is None:
        return None
    first = text.token_at(speaker.start)
    for gap in range(_CITED_GAP + 1):
        before = first - gap
        if gap and text.tokens[before].text in _CLAUSE_BREAKS:
            break
        lowered = [token.text.lower() for token in text.tokens[max(before - 4, 0) : before]]
        phrase = next(
            (p for p in lexicon(text.language).citing if tuple(lowered[-len(p) :]) == p), None
        )
        if phrase is not None:
            return before - len(phrase)
    return None


def _told_long_before(text: _Text, relay: _Relay, quote: Quote) -> bool:
    """Whether ``quote`` comes more than ``_RELAY_BACK_REACH`` sentences before the statement
    that relays its speaker (a page may name the go-between a paragraph after the claim)."""
    said = text.sentence_of[text.token_at(quote.message[-1].end - 1)]
    relayed = text.sentence_of[text.token_at(relay.evidence.start)]
    return relayed - said > _RELAY_BACK_REACH


def _addressee(text: _Text, quote: Quote) -> str | None:
    """The entity the speaker told it to: the addressee span, else another entity in the cue's
    clause outside the message ("soll X dem Manager gesagt haben")."""
    if quote.addressee is not None:
        found = text.entity_at(quote.addressee)
        if found is not None:
            return found
    if quote.cue is None:
        return None
    clause = _clause(text, text.token_at(quote.cue.start))
    if not clause:
        return None
    span = Span(text.tokens[clause.start].start, text.tokens[clause.stop - 1].end)
    for mention, entity in text.mentions_near(span):
        outside = not any(m.overlaps(mention) for m in quote.message)
        own = quote.speaker is not None and quote.speaker.overlaps(mention)
        means = _after_means_preposition(text, mention)  # "schrieb bei Twitter": a channel
        other = entity != quote.speaker_entity and not own and not means
        if span.contains(mention) and outside and other:
            return entity
    return None


def _after_means_preposition(text: _Text, mention: Span) -> bool:
    index = text.token_at(mention.start)
    return index > 0 and text.tokens[index - 1].text.lower() in _MEANS_PREPOSITIONS


def _outlet_told(text: _Text, quote: Quote) -> str | None:
    """An outlet the speaker said it to ("sagte der Zeitung X", "im Interview mit dem Sender Y"):
    the outlet passed the statement on. A bare "der Zeitung" is the outlet named last."""
    kinds = text.entity_kinds
    if quote.addressee is not None:  # "…, sagte die Chefin, Frau X, dem Sender Y": past commas
        addressed = text.entity_at(quote.addressee)
        if addressed is not None and kinds.get(addressed) == "media":
            return addressed
    anchor = quote.cue or (quote.speaker if quote.type is QuoteType.REPORTED else None)
    if anchor is None:
        return None
    clause = _clause(text, text.token_at(anchor.start))
    previous = ""
    speaker = quote.speaker or Span(0, 0)
    # An outlet speaking names no outlet told in its own span ("Berichten der Sender Sky News
    # und BBC zufolge"); a person's span may ("sagte X im Rundfunksender RÚV").
    outlet_speaking = kinds.get(quote.speaker_entity or "") == "media"
    for index in clause:
        token = text.tokens[index]
        if _inside(quote, token.start):
            continue
        in_speaker = speaker.start <= token.start < speaker.end
        entity = text.entity_at(Span(token.start, token.end))
        if (entity is not None and entity == quote.speaker_entity) or (
            in_speaker and outlet_speaking
        ):
            continue  # the speaker itself: "Die Agentur teilte mit" is no outlet told
        if entity is not None and kinds.get(entity) == "media":
            return entity
        if token.text in text.words.media_nouns:
            # "gegenüber der Nachrichtenagentur dpa": the name that follows; a bare "der
            # Zeitung" is the outlet named last
            named = _outlet_named_at(text, index + 1, kinds)
            return named if named is not None else _last_outlet_before(text, token.start, kinds)
        interview = token.text.lower().startswith(_INTERVIEW_NOUNS.get(text.language, ()))
        if previous in _ANAPHORIC_DETERMINERS and interview:
            # "sagte er in dem Interview", "Im gleichen Gespräch": the outlet of that interview
            return _last_outlet_before(text, token.start, kinds)
        previous = token.text.lower()
    return None


def _clause_medium(text: _Text, quote: Quote) -> str | None:
    """A medium noun in the clause of the quotation's cue, outside its message."""
    if quote.cue is None:
        return None
    return _medium_among(text, _clause(text, text.token_at(quote.cue.start)), outside=quote)


def _medium_among(
    text: _Text, indices: Iterable[int], *, outside: Quote | None = None
) -> str | None:
    """The medium the first capitalised medium noun among the tokens names ("Gastbeitrag",
    "Mitteilung"), leaving out the message of ``outside``."""
    for index in indices:
        token = text.tokens[index]
        if not token.text[:1].isupper() or (outside and _inside(outside, token.start)):
            continue
        medium = text.words.medium(token.text)
        if medium is not None:
            return medium
    return None


def _outlet_named_at(text: _Text, index: int, kinds: dict[str, str]) -> str | None:
    if index >= len(text.tokens):
        return None
    token = text.tokens[index]
    entity = text.entity_at(Span(token.start, token.end))
    return entity if entity is not None and kinds.get(entity) == "media" else None


def _last_outlet_before(text: _Text, offset: int, kinds: dict[str, str]) -> str | None:
    """The outlet whose mention, among those ending before ``offset``, starts last."""
    before = text.mentions[: bisect.bisect_left(text.mention_starts, offset)]
    outlets = [e for span, e in before if span.end <= offset and kinds.get(e) == "media"]
    return outlets[-1] if outlets else None


def _clause(text: _Text, index: int) -> range:
    """Token range of the clause around ``index`` (between clause breaks, within the sentence)."""
    sentence = text.sentence_of[index]
    start = index
    while start > 0 and text.sentence_of[start - 1] == sentence:
        if text.tokens[start - 1].text in _CLAUSE_BREAKS:
            break
        start -= 1
    end = index
    while end < len(text.tokens) and text.sentence_of[end] == sentence:
        if text.tokens[end].text in _CLAUSE_BREAKS:
            break
        end += 1
    return range(start, end)


# --- relays -----------------------------------------------------------------------------------


def _relays(text: _Text) -> dict[str, _Relay]:
    """Sources heard by a speaker: a speech verb with its own subject inside their quotation."""
    words = lexicon(text.language)
    relays: dict[str, _Relay] = {}
    for quote in text.article.quotes:
        reporter = quote.speaker_entity
        if reporter is None:
            continue
        for span in quote.message:
            for index in text.tokens_in(span):
                word = text.tokens[index].text.lower()
                if not word.isalpha() or words.verb_medium(word) is None:
                    continue
                if text.tokens[index].text[:1].isupper():
                    continue  # "die Empfehlung von X": a noun, no speech verb with a subject
                source = _relay_subject(text, span, index, reporter)
                if source is not None and source not in relays:
                    medium = _MEDIUM_CODES.get((words.verb_medium(word) or "S")[0])
                    evidence = Span(text.tokens[index].start, text.tokens[index].end)
                    relays[source] = _Relay(source, reporter, evidence, medium)
    return relays


def _relay_subject(text: _Text, span: Span, verb: int, reporter: str) -> str | None:
    """The subject of the speech verb at ``verb``, looking back to the clause's opening word."""
    index = verb - 1
    while index >= 0 and text.tokens[index].start >= span.start:
        word = text.tokens[index].text.lower()
        if word in _CLAUSE_OPENERS or word in _CLAUSE_BREAKS:
            break
        index -= 1
    clause = Span(text.tokens[index + 1].start, text.tokens[verb].start)
    for mention, entity in text.mentions_near(clause):
        if not clause.contains(mention) or entity == reporter:
            continue
        first = text.token_at(mention.start)
        words = {text.tokens[first].text.lower()}
        if first > 0:
            words.add(text.tokens[first - 1].text.lower())
        if words & (PREPOSITIONS | DATIVE_DETERMINERS | _DATIVE_PRONOUNS):
            continue
        return entity
    return None


def _hearers(text: _Text) -> set[str]:
    """Speakers whose quotation says someone told them something ("dass X ihm gesagt habe")."""
    words = lexicon(text.language)
    hearers = set()
    for quote in text.article.quotes:
        if quote.speaker_entity is None:
            continue
        for span in quote.message:
            indices = list(text.tokens_in(span))
            lowered = [text.tokens[i].text.lower() for i in indices]
            told = any(w in _DATIVE_PRONOUNS for w in lowered)
            if told and any(w.isalpha() and words.verb_medium(w) for w in lowered):
                hearers.add(quote.speaker_entity)
    return hearers


def _reporting_outlet(text: _Text, quote: Quote) -> str | None:
    """The outlet of a following "Das berichtet X" / "Dies meldete X" sentence."""
    last = text.token_at(quote.message[-1].end - 1)
    sentence = text.sentence_of[last] + 1
    start = next(
        (i for i in range(last, len(text.tokens)) if text.sentence_of[i] == sentence), None
    )
    if start is None or text.tokens[start].text.lower() not in ("das", "dies", "this"):
        return None
    window = [text.tokens[i] for i in range(start + 1, min(start + 3, len(text.tokens)))]
    if not any(text.words.medium(token.text) == "report" for token in window):
        return None
    end = next(
        (i for i in range(start, len(text.tokens)) if text.sentence_of[i] != sentence),
        len(text.tokens),
    )
    sentence_span = Span(text.tokens[start].start, text.tokens[end - 1].end)
    for mention, entity in text.mentions_near(sentence_span):
        if sentence_span.contains(mention):
            return entity
    return None


# --- media ------------------------------------------------------------------------------------


#: Cues whose speaker phrase names the document it came in ("Laut einer Mitteilung des …").
_SOURCE_CUES = frozenset({"laut", "nach", "zufolge", "gemäß", "according"})


def _quote_medium(text: _Text, quote: Quote) -> str | None:
    if quote.cue is not None and quote.speaker is not None:
        cue_word = text.article.text[quote.cue.start : quote.cue.end].split()[0].lower()
        if cue_word in _SOURCE_CUES:  # "Laut einer Mitteilung des Ministeriums": a statement
            medium = _medium_among(text, text.tokens_in(quote.speaker))
            if medium is not None:
                return medium
    if quote.cue is not None:
        cue = text.token_at(quote.cue.start)
        for index in _clause(text, cue):
            by_means = index > 0 and text.tokens[index - 1].text.lower() in _MEANS_PREPOSITIONS
            if (index != cue and not by_means) or _inside(quote, text.tokens[index].start):
                continue
            medium = text.words.medium(text.tokens[index].text)
            if medium is not None:
                return medium
    return _MEDIUM_CODES.get(quote.medium[:1])


def _inside(quote: Quote, offset: int) -> bool:
    return any(span.start <= offset < span.end for span in quote.message)


def _reporter_medium(text: _Text, relay: _Relay) -> str | None:
    """A medium noun in a sentence that mentions the reporter ("in einer E-Mail … von X")."""
    sentences = sorted(
        {
            text.sentence_of[text.token_at(span.start)]
            for span, e in text.mentions
            if e == relay.reporter
        }
    )
    quoted = [span for quote in text.article.quotes for span in quote.message]
    for sentence in sentences:
        # sentence_of never decreases, so a sentence's tokens are one bisected range.
        first = bisect.bisect_left(text.sentence_of, sentence)
        for index in range(first, bisect.bisect_right(text.sentence_of, sentence)):
            token = text.tokens[index]
            if not token.text[:1].isupper():
                continue
            medium = text.words.medium(token.text)
            if medium is not None and not any(s.start <= token.start < s.end for s in quoted):
                return medium
    return relay.medium


# --- evidential status ------------------------------------------------------------------------


def _evidential(text: _Text, quote: Quote) -> Evidential:
    """Denial counts in the cue's clause; allegation, condition and report in the frame of the
    quotation's sentences (and an allegation also in the message's first words: "sollen …")."""
    anchor = quote.cue or quote.speaker or quote.message[0]
    clause = [
        index
        for index in _clause(text, text.token_at(anchor.start))
        if not _inside(quote, text.tokens[index].start)
    ]
    cue = [] if quote.cue is None else list(text.tokens_in(quote.cue))
    found = set(_markers(text, cue, cue=True))
    message = list(_message_tokens(text, quote))
    if quote.type is QuoteType.REPORTED and quote.cue is None:
        # "X berichtete von …", "X dementierte …": a Reported message holds its own verb.
        verbs = _markers(text, list(text.tokens_in(quote.message[0])))
        found |= {status for status in verbs if status in ("reported", "denied")}
    if quote.type is not QuoteType.DIRECT:
        # "X sagte, nach neuesten Erkenntnissen habe …": the statement names its own source
        found |= set(_markers(text, message, section="said"))
    # "„Das ist frei erfunden“, sagte X": the words themselves call the claim untrue
    found |= set(_markers(text, message, section="denies"))
    clause += cue
    frame = _frame_tokens(text, quote) + cue
    opening = [
        index
        for index in list(text.tokens_in(quote.message[0]))[:_MESSAGE_OPENING]
        if not _attributive_hedge(text, index)
    ]
    denial = clause + _closing_particle(text, quote, clause)
    found |= {status for status in _markers(text, denial) if status == "denied"}
    if quote.cue is None:  # "Herr Haines bestritt, …" with no cue marked: its sentence's frame
        first = text.sentence_of[text.token_at(quote.message[0].start)]
        own = [index for index in frame if text.sentence_of[index] == first]
        found |= {status for status in _markers(text, own) if status == "denied"}
    governing = [index for index in frame if not _frame_condition_elsewhere(text, quote, index)]
    found |= {status for status in _markers(text, governing, modal=False) if status != "denied"}
    found |= {status for status in _markers(text, clause) if status == "alleged"}
    if _speaker_sentence_before(text, quote):
        # "Laut Xinhua soll … worden sein. Die Getöteten seien …": the "soll" is its own
        # sentence's; a continuation from there only carries its source's report
        found.discard("alleged")
    if quote.type not in _CONTINUATIONS:  # a continuation's "soll" only marks reported speech
        hearsay = _hearsay(text, message)
        opening_words = {text.tokens[i].text.lower() for i in opening}
        # An opening "soll" counts unless it is the plan's "soll … fallen" (no "sein"/"haben").
        if opening_words & _MODALS and not hearsay:
            opening = [i for i in opening if text.tokens[i].text.lower() not in _MODALS]
        found |= {status for status in _markers(text, opening) if status == "alleged"}
        if hearsay or _relays_hearsay(text, quote):
            found.add("alleged")
    else:
        if _hearsay(text, message):
            found.add("alleged")  # "… sollen drei Lagerhallen abgebrannt sein": hearsay, also here
        # "Angeblich geht es um …": an allegation word opening it counts, a bare "soll" not
        opening = [i for i in opening if text.tokens[i].text.lower() not in _MODALS]
        found |= {status for status in _markers(text, opening) if status == "alleged"}
    if _conditional_message(text, quote):
        found.add("conditional")
    if quote.speaker_entity is None and _unnamed_hedged_source(text, quote):
        found.add("alleged")
    if _unnamed_media(text, quote):  # "Lokale Medien berichteten": which media, nobody says
        found.add("alleged")
    if _found_out(text, frame):  # "Wie Reuters von Insidern erfuhr": a scoop, not confirmed
        found.add("alleged")
    reports = _cited_hearsay(text, quote, frame)  # "Nach Berichten der bulgarischen Presse …"
    if reports is not None:
        found.add(reports)
    if _opinion_holder(text, quote):  # "Für den Minister ist die Lage „alarmierend“"
        found.add("reported")
    if _outlet_quoting(text, clause):  # "zitiert die Computerwoche X", "von Reuters zitiert"
        found.add("reported")
    if _document_after_so(text, quote):  # "…, so eine Information des BKA"
        found.add("reported")
    if _outlet_reporting(text, quote):  # "Die Agentur bestätigte, dass …": its report
        found.add("reported")
    if any(
        text.tokens[i].text.lower() in _UNNAMED_SOURCES
        or text.tokens[i].text in _UNNAMED_SOURCE_ADJECTIVES
        for i in clause
    ):
        found.add("alleged")  # "gab die Bangkok Post unter Berufung auf Quellen an": unnamed
    cue_words = {text.tokens[i].text.lower() for i in cue}
    if "vermutet" in cue_words and cue_words & PASSIVE_AUXILIARIES:
        found.add("alleged")  # "In einem Bericht wurde vermutet, …": a presumption, relayed
    clause_words = {text.tokens[i].text.lower() for i in clause} | cue_words
    if clause_words & _ACCUSED and clause_words & PASSIVE_AUXILIARIES and "von" not in clause_words:
        # "Die Männer werden beschuldigt, …", "Inzwischen wird dem Geschäftsführer vorgeworfen,
        # …" (the cue may be the auxiliary alone): the accused, not an accuser "von" names
        found.add("alleged")
    if _claims_to_know(text, clause) and not _question(text, quote):
        found.add("alleged")  # "Der NDR will wissen, dass …": only claimed, not "wer …?"
    if quote.speaker is None and _became_known(text, quote, clause_words):
        found.add("reported")  # "Im April wurde bekannt, dass …": news the page passes on
    for status in _STRENGTH:
        if status in found:
            return Evidential(status)
    return Evidential.STATED


def _closing_particle(text: _Text, quote: Quote, clause: list[int]) -> list[int]:
    """The particle that closes the sentence after a clause set off by commas ("Harmsen wies den
    Vorwurf, zu spät reagiert zu haben, zurück"): the separable verb's other half."""
    if not clause:
        return []
    last = clause[-1]
    sentence = text.sentence_of[last]
    end = last
    while end + 1 < len(text.tokens) and text.sentence_of[end + 1] == sentence:
        end += 1
    if text.tokens[end].text in (".", "!", "?", ":"):
        end -= 1
    if end <= last + 1 or _inside(quote, text.tokens[end].start):
        return []
    return [end] if text.tokens[end].text.lower() in _SEPARATED_PARTICLES else []


#: Definite articles before which a hedge word is an attribute of a noun ("der angeblich
#: gestohlenen Bilder"), not the statement's own hedge.
_ATTRIBUTE_ARTICLES = frozenset("der die das den dem des".split())


def _attributive_hedge(text: _Text, index: int) -> bool:
    """ "Viele der angeblich nicht ausgeführten Arbeiten seien erledigt": "angeblich" after a
    definite article and before an adjective that agrees with it ("der … ausgeführten")
    qualifies a noun phrase; the statement itself is not hedged ("in dem angeblich veränderter
    Reis lag": "dem" opens a relative clause, the adjective is the noun's)."""
    if index == 0 or text.tokens[index - 1].text.lower() not in _ATTRIBUTE_ARTICLES:
        return False
    for token in text.tokens[index + 1 : index + _ATTRIBUTE_REACH]:
        word = token.text
        if word.islower() and word.endswith(("e", "en", "er", "es", "em")) and len(word) > 3:
            return word.endswith(("e", "en"))  # the weak ending a definite article takes
    return False


#: Words after a hedge looked at for the adjective it qualifies.
_ATTRIBUTE_REACH = 4


def _outlet_reporting(text: _Text, quote: Quote) -> bool:
    """An outlet's factual account, which the page relays: its Reported and continued
    statements, and indirect ones under a verb of reporting ("meldete", "schreibt",
    "bestätigte"); its quoted words and judgements ("bezeichnete", "begründete") are its own."""
    if text.entity_kinds.get(quote.speaker_entity or "") != "media" or quote.nested_in:
        return False
    if quote.type in (QuoteType.REPORTED, *_CONTINUATIONS):
        return True
    if quote.type is not QuoteType.INDIRECT or quote.cue is None:
        return quote.type is QuoteType.INDIRECT
    words = text.article.text[quote.cue.start : quote.cue.end].lower().split()
    return any(word.startswith(_REPORTING_STEMS.get(text.language, ())) for word in words)


def _opinion_holder(text: _Text, quote: Quote) -> bool:
    """ "Für den Theologen Hans Küng sei der Rücktritt „verständlich“", "und für X war er …": a
    clause that opens with a preposition of view ("holder:" markers) before the source's
    mention credits the view to the source, as "laut" does; the mention's noun phrase (articles,
    inflected adjectives, capitalised role nouns) may stand between."""
    first = text.sentence_of[text.token_at(quote.message[0].start)]
    if quote.speaker is not None:
        sources = [quote.speaker]
    else:  # "Für den Minister X ist …" tags no speaker; its entity's mentions in the sentence
        near = Span(max(quote.message[0].start - _HOLDER_REACH, 0), quote.message[-1].end)
        sources = [span for span, e in text.mentions_near(near) if e == quote.speaker_entity]
    for source in sources:
        index = text.token_at(source.start)
        if text.sentence_of[index] != first:
            continue
        if quote.type is not QuoteType.REPORTED and _inside(quote, source.start):
            continue
        for opener in range(index - 1, max(index - 2 - _HOLDER_NOUN_PHRASE, -1), -1):
            if _markers(text, [opener], section="holder"):
                words = [token.text for token in text.tokens[opener + 1 : index]]
                if _opens_clause(text, opener) and _noun_phrase_head(words):
                    return True
                break
    return False


def _cited_hearsay(text: _Text, quote: Quote, frame: list[int]) -> str | None:
    """The status given by sources nobody is named for that the frame cites (hearsay nouns):
    after "nach"/"laut" ("Nach ersten Berichten"), before "zufolge" in the same clause
    ("Berichten verschiedener US-Medien zufolge") or before a "wonach" clause ("Es gibt
    Gerüchte, nach denen …"): alleged. Reports of a named speaker ("nach Berichten des
    Sozialministeriums") are that speaker's: reported."""
    for index in frame:
        word = text.tokens[index].text
        if not word[:1].isupper() or not _hearsay_noun(word.lower()):
            continue  # the verb "berichten"
        if not _cited_as_source(text, index) or _other_speaker(text, quote, index):
            continue
        return "reported" if _named_owner(text, quote, index) else "alleged"
    return None


def _hearsay_noun(word: str) -> bool:
    """A lower-case noun of sources nobody is named for; eyewitnesses' reports name their kind
    of source ("Augenzeugenberichten zufolge": reported)."""
    return word.endswith(_HEARSAY_NOUN_ENDINGS) and not word.startswith(_WITNESSES)


def _other_speaker(text: _Text, quote: Quote, index: int) -> bool:
    """A speaker apart from the reports at ``index``: in "Nach Gerüchten über eine Festnahme
    teilte sein Stellvertreter mit: …" the rumours came before, the deputy speaks."""
    if quote.speaker is None:
        return False
    return not 0 <= text.token_at(quote.speaker.start) - index <= _REPORTS_NOUN_PHRASE


def _cited_as_source(text: _Text, index: int) -> bool:
    """Whether the reports noun at ``index`` is cited as a source: "nach"/"laut" before it,
    "zufolge" after it in its clause, or a clause "wonach"/"nach denen" right after it ("Es gibt
    Gerüchte, nach denen …", "konnte Medienberichte nicht bestätigen, wonach …")."""
    before = {_lower_at(text, at) for at in range(max(index - _REPORTS_NOUN_PHRASE, 0), index)}
    if before & {"nach", "laut"}:
        return True
    for at in range(index + 1, min(index + 1 + _REPORTS_NOUN_PHRASE + 2, len(text.tokens))):
        word = text.tokens[at].text.lower()
        if word == "zufolge":
            return True
        if word in _CLAUSE_BREAKS or text.sentence_of[at] != text.sentence_of[index]:
            following = (_lower_at(text, at + 1), _lower_at(text, at + 2))
            return word == "," and (following[0] == "wonach" or following == ("nach", "denen"))
    return False


def _named_owner(text: _Text, quote: Quote, index: int) -> bool:
    """The speaker names whose reports token ``index`` is ("Berichten des Ministeriums"), and
    they are not plural media ("Berichten mehrerer US-Medien")."""
    speaker = quote.speaker
    if speaker is None or quote.speaker_entity is None or _other_speaker(text, quote, index):
        return False
    last = text.tokens[text.token_at(speaker.end - 1)].text
    return not _plural_media(last, text.words.media_nouns)


#: Words that may stand between "nach" and the reports ("nach ersten lokalen Berichten"), and
#: (plus two) between the reports and "zufolge" ("Berichten verschiedener US-Medien zufolge").
_REPORTS_NOUN_PHRASE = 3

#: Characters before a message searched for its source's mention after "für".
_HOLDER_REACH = 400
#: Words a noun phrase may put between "für" and the source's mention ("den brasilianischen
#: Gesundheitsminister"); at most this many.
_HOLDER_NOUN_PHRASE = 4
#: What may stand before the "für" of a view so that it opens its clause.
_HOLDER_CLAUSE_STARTS = frozenset({",", ";", ":", "und", "aber", "doch", "–", "„", '"', "("})


def _opens_clause(text: _Text, index: int) -> bool:
    if index == 0 or text.sentence_of[index - 1] != text.sentence_of[index]:
        return True
    return text.tokens[index - 1].text.lower() in _HOLDER_CLAUSE_STARTS


def _noun_phrase_head(words: list[str]) -> bool:
    """Article, inflected adjectives, capitalised nouns, in that order ("den brasilianischen
    Gesundheitsminister"); "die Stadtwerke bedauerte" is no noun phrase."""
    stage = 0  # 0: article may come, 1: adjectives, 2: nouns only
    for word in words:
        if (stage == 0 and word.lower() in ARTICLES) or (stage < 2 and ADJECTIVE.match(word)):
            stage = 1
        elif word[:1].isupper() and (word.isalpha() or "-" in word):
            stage = 2
        else:
            return False
    return True


def _claims_to_know(text: _Text, clause: list[int]) -> bool:
    """ "will wissen", "will erfahren haben": a source that claims knowledge it does not show."""
    words = {text.tokens[i].text.lower() for i in clause}
    return bool(words & {"will", "wollen"}) and bool(words & {"wissen", "erfahren"})


def _question(text: _Text, quote: Quote) -> bool:
    said = "".join(text.article.text[span.start : span.end] for span in quote.message)
    return said.rstrip("“”\"'» ").endswith("?")


def _became_known(text: _Text, quote: Quote, clause_words: set[str]) -> bool:
    """ "Im April wurde bekannt, dass …", "Zuvor war schon bekannt geworden, dass …" (the cue
    may hold only the auxiliary)."""
    words = [] if quote.cue is None else text.article.text[quote.cue.start : quote.cue.end].split()
    if "bekannt" in words:
        return True
    if "bekannt" not in clause_words or clause_words & {"gegeben", "gemacht"}:
        return False  # "wurde … bekannt gegeben": someone announced it
    return bool(clause_words & (PASSIVE_AUXILIARIES | {"geworden"}))


def _speaker_sentence_before(text: _Text, quote: Quote) -> bool:
    """A continuation whose speaker span stands in an earlier sentence than its message."""
    if quote.type not in _CONTINUATIONS or quote.speaker is None:
        return False
    speaker = text.sentence_of[text.token_at(quote.speaker.start)]
    return speaker < text.sentence_of[text.token_at(quote.message[0].start)]


def _reported_on(text: _Text, quote: Quote) -> bool:
    """An allegation continued by a named source in sentences of its own: reported from there."""
    return (
        quote.evidential is Evidential.ALLEGED
        and quote.speaker_entity is not None
        and _speaker_sentence_before(text, quote)
    )


def _message_tokens(text: _Text, quote: Quote) -> Iterator[int]:
    for span in quote.message:
        yield from text.tokens_in(span)


def _hearsay(text: _Text, indices: list[int]) -> bool:
    """ "soll(en) … getötet haben", "sollen … angezündet worden sein", "angeblich": what
    someone else is said to have done (a perfect infinitive after the hearsay "sollen"; the
    deontic "soll … werden" of a plan is none)."""
    words = [text.tokens[i].text for i in indices]
    for position, word in enumerate(words):
        if word == "angeblich" and not _attributive_hedge(text, indices[position]):
            return True
        if word not in ("soll", "sollen"):
            continue
        if position and words[position - 1] in ("haben", "sein"):
            return True  # verb-final: "… angezündet worden sein sollen"
        reach = words[position + 1 : position + _HEARSAY_REACH]
        for offset, later in enumerate(reach):
            if later == "." and offset and reach[offset - 1].isdigit():
                continue  # an ordinal's full stop ("am 11. Dezember")
            if later in (".", "!", "?", ";"):
                break  # a relative clause in between is fine ("soll ein Mitarbeiter, der …,")
            if later == "sein" and _possessive(reach[offset + 1 : offset + 3]):
                continue  # "soll … in sein Heimatland abgeschoben werden": no infinitive
            if later in ("haben", "sein") or later in _STATIVE_INFINITIVES:
                return True  # "soll er sich in Haft befinden": a state, only said to be so
            if later == "handeln" and "sich" in words[position + 1 : position + 4]:
                return True  # "Es soll sich um … handeln": only said to be so
    return False


def _possessive(following: list[str]) -> bool:
    """The words after a "sein" make it a determiner: a noun ("sein Heimatland") or an
    inflected adjective before one ("sein neues Amt")."""
    if not following or not following[0][:1].isalpha():
        return False
    if following[0][:1].isupper():
        return True
    return (
        len(following) > 1
        and bool(ADJECTIVE.match(following[0]))
        and following[1][:1].isupper()
        and following[1][:1].isalpha()
    )


def _relays_hearsay(text: _Text, quote: Quote) -> bool:
    """ "Das berichtete X" after a "soll … haben" sentence: X relays an allegation."""
    words = [text.tokens[i].text.lower() for i in _message_tokens(text, quote)]
    if words not in (["das"], ["dies"]):
        return False
    sentence = text.sentence_of[text.token_at(quote.message[0].start)] - 1
    first = text.token_at(quote.message[0].start)
    previous = [
        i for i in range(max(first - _HEARSAY_WINDOW, 0), first) if text.sentence_of[i] == sentence
    ]
    return _hearsay(text, previous)


def _quotes_on(text: _Text, outer: Quote) -> bool:
    """Whether ``outer``'s speaker is an outlet and can pass a statement on."""
    return text.entity_kinds.get(outer.speaker_entity or "") == "media"


def _found_out(text: _Text, frame: list[int]) -> bool:
    """A "wie" frame with a verb of learning: what the source found out ("Wie die Zeitung aus
    Regierungskreisen erfahren hat, …"); "Hierbei erfuhr man, …" is no such frame."""
    words = [text.tokens[index].text.lower() for index in sorted(frame)]
    return any(lexicon(text.language).found_out(words, at) for at in range(len(words)))


def _outlet_quoting(text: _Text, clause: list[int]) -> bool:
    """An outlet quoting the speaker in the clause: a form of "zitieren" beside a media
    mention ("wird von der Nachrichtenagentur Reuters zitiert", "zitiert die Zeitung X")."""
    stems = _QUOTING_STEMS.get(text.language, ())
    if not any(text.tokens[i].text.lower().startswith(stems) for i in clause if stems):
        return False
    if not clause:
        return False
    span = Span(text.tokens[min(clause)].start, text.tokens[max(clause)].end)
    return any(
        span.contains(mention) and text.entity_kinds.get(entity) == "media"
        for mention, entity in text.mentions_near(span)
    )


def _unnamed_media(text: _Text, quote: Quote) -> bool:
    if quote.speaker is None:
        return False
    words = [text.tokens[i].text for i in text.tokens_in(quote.speaker)]
    if not words:
        return False
    # "Lokale Medien berichteten", "Medien berichten", "laut israelischen Medien", "Zeitungen
    # berichteten", "die lokalen Fernsehsender", not "In den Medien war … bezeichnet"
    described = words[:-1]
    if described[:1] == ["die"] and len(described) > 1 and words[-1] in text.words.media_nouns:
        # "die lokalen Fernsehsender": a plural article and weak adjectives before a noun whose
        # plural looks like its singular
        described = described[1:]
        plural = all(word.endswith("en") for word in described)
    else:
        plural = _plural_media(words[-1], text.words.media_nouns)
    return plural and (
        not described
        or (len(described) == 1 and described[0][:1].isupper())
        or all(w == "und" or ADJECTIVE.match(w) for w in described)
    )


def _plural_media(word: str, media_nouns: frozenset[str]) -> bool:
    """ "Medien", or a media noun in the plural: "Zeitungen", "Agenturen", "Portale", "Sendern"
    (a plural that looks like its singular, "Sender", counts only after a plural article); a
    hyphenated compound by its last part ("US-Medien")."""
    word = word.rsplit("-", 1)[-1]
    return word == "Medien" or any(
        word.endswith(ending) and word[: -len(ending)] in media_nouns for ending in ("en", "n", "e")
    )


def _unnamed_hedged_source(text: _Text, quote: Quote) -> bool:
    """A source the page does not name: "laut Medienberichten", "Korrespondentenberichten
    zufolge", "aus Regierungskreisen", "es gab Hinweise", or "es heißt" with no source at all."""
    if quote.speaker is None:  # "es heißt", "Es wird befürchtet", "war die Rede"
        cue = [] if quote.cue is None else list(text.tokens_in(quote.cue))
        cue_words = {text.tokens[index].text.lower() for index in cue}
        if cue_words & _IMPERSONAL_CUES:
            return True
        if not cue:
            first = text.sentence_of[text.token_at(quote.message[0].start)]
            frame = [i for i in _frame_tokens(text, quote) if text.sentence_of[i] == first]
            words = [text.tokens[i].text.lower() for i in frame]
            # "So heißt es, …" points back to a paper named before: its words, not hearsay
            pointed = any(a in _POINTERS and b in ("heißt", "hieß") for a, b in pairwise(words))
            return not pointed and any(word in _HEARSAY_FRAME_WORDS for word in words)
        if "berichtet" in cue_words and cue_words & PASSIVE_AUXILIARIES:
            return True  # "Gestern war berichtet worden, dass …": by whom, nobody says
        # "Er wird … beschuldigt, …", "Ihm wird … vorgeworfen": an accusation nobody makes
        clause = _clause(text, cue[0]) if cue else range(0)
        return any(
            text.tokens[i].text.lower() in _ACCUSED and not _inside(quote, text.tokens[i].start)
            for i in clause
        )
    words = [text.tokens[index].text.lower() for index in text.tokens_in(quote.speaker)]
    if any(_hearsay_noun(word) for word in words):
        return True
    if any(word.startswith(_HEDGED_SOURCE_STARTS) for word in words):
        return True  # "nach inoffiziellen Angaben", "Nach Angaben informierter Kreise"
    # "Branchenkreisen zufolge sollen …", "Aus Kommissionskreisen hieß es": circles that hedge
    # (a plain "verlautete" from them is reported)
    if any(word.endswith(("kreisen", "kreise")) for word in words):
        cue = [] if quote.cue is None else list(text.tokens_in(quote.cue))
        impersonal = any(text.tokens[i].text.lower() in _IMPERSONAL_CUES for i in cue)
        modal = any(
            text.tokens[i].text.lower() in ("soll", "sollen") for i in _message_tokens(text, quote)
        )
        # "Nach Informationen aus Finanzkreisen", "Kreisen zufolge": what the circles let out
        zufolge = any(text.tokens[i].text.lower() in ("zufolge", "informationen") for i in cue)
        # "unter Berufung auf Unternehmenskreise berichtet": the outlet's sources are unnamed
        cited = _citing_phrase_before(text, quote.speaker) is not None
        return impersonal or modal or zufolge or cited
    return False


def _conditional_message(text: _Text, quote: Quote) -> bool:
    """A condition clause ("Wenn …", "Sollte …, würde …"), a singular Konjunktiv II ("könnte"),
    or a plural one with a premise ("ohne das Bad würden …") in one sentence of the message; a
    plural Konjunktiv II alone is usually just reported speech ("dass sie steigen würden")."""
    sentences: dict[int, list[str]] = {}
    opens: dict[int, bool] = {}
    for span in quote.message:
        for index in text.tokens_in(span):
            if text.tokens[index].text == ",":
                if text.sentence_of[index] in sentences:
                    sentences[text.sentence_of[index]].append(",")
            elif text.tokens[index].text.isalpha():
                word = text.tokens[index].text
                sentence = text.sentence_of[index]
                if sentence not in sentences:
                    opens[sentence] = _opens_sentence(text, index)
                elif word[:1].isupper():
                    word = "_"  # a noun inside the sentence: "die Würde der Zeugen"
                sentences.setdefault(sentence, []).append(word.lower())
    return any(_hypothesis(text, words, opens[s]) for s, words in sentences.items())


def _frame_condition_elsewhere(text: _Text, quote: Quote, index: int) -> bool:
    """A condition word of the frame ("wenn", "falls") that conditions the frame's own verb, not
    the message: "Sie warnte vor einer Katastrophe, wenn die Hilfe ende: „…“", or a noun ("des
    Falls"). It conditions the message when the message stands inside its clause ("nur dann,
    wenn ein „erhebliches Interesse“ besteht") or when its clause opens the sentence and the
    message follows it ("Falls das Gericht anders entscheide, werde man …")."""
    token = text.tokens[index]
    statuses = text.words.evidential_words
    if statuses.get(f"msg:{token.text.lower()}") != "condition":
        return False
    first = _first_word(text, index)
    if token.text[:1].isupper() and not first:
        return True  # "nach dem Abschluss des Falls": a noun
    clause = _clause(text, index)
    message = text.token_at(quote.message[0].start)
    if clause.start <= message < clause.stop:
        return False
    after_clause = clause.stop + 1  # the word after the clause's closing comma
    return not (first and message == after_clause)


def _first_word(text: _Text, index: int) -> bool:
    """No word of its sentence before token ``index`` (quotation marks or a dash may be)."""
    before = index - 1
    while before >= 0 and text.sentence_of[before] == text.sentence_of[index]:
        if text.tokens[before].text.isalpha():
            return False
        before -= 1
    return True


def _opens_sentence(text: _Text, index: int) -> bool:
    """Whether no word of its sentence comes before token ``index`` ("Hätte ich …" opens a
    condition; in "Demnach hätten sich …" the verb is in second place)."""
    sentence = text.sentence_of[index]
    before = index - 1
    while before >= 0 and text.sentence_of[before] == sentence:
        if text.tokens[before].text in _CLAUSE_BREAKS:
            return True  # "sagte, sollte sich das bestätigen, …": the message opens a clause
        if text.tokens[before].text.isalpha():
            return False
        before -= 1
    return True


def _hypothesis(text: _Text, words: list[str], opens_sentence: bool) -> bool:
    statuses = text.words.evidential_words
    found: set[str] = set()
    subordinate = False  # a condition after "dass", "was" … restricts only that clause
    for position, word in enumerate(words):
        if word == ",":
            continue
        status = statuses.get(f"msg:{word}")
        if status == "subordinate":
            # also when the message opens with it ("wo es …, wenn …"), but a message that is a
            # "dass" clause is the clause the condition restricts, and "bis zu …" is no clause
            dass_message = position == 0 and word == "dass"
            subordinate = subordinate or not (dass_message or _preposition_bis(words, position))
        elif position == 0 and opens_sentence:
            status = statuses.get(f"msg:first:{word}", status)
        elif words[position - 1] == "," and not _closes_dependent_clause(words, position - 1):
            # "…, sollte die Kette nicht zahlen": a condition ("die …, sollte" is no condition)
            status = statuses.get(f"msg:clause:{word}", status)
        if status == "condition" and _concessive(words, position, statuses):
            continue  # "auch wenn …", "wenn auch knapp": the statement holds either way
        if status is not None and not (status == "condition" and subordinate):
            found.add(status)
    return bool(found & {"condition", "hypothetical"}) or {"subjunctive", "premise"} <= found


def _preposition_bis(words: list[str], position: int) -> bool:
    """ "bis zu …", "bis Mittwoch" ("_" stands for a noun): "bis" as a preposition."""
    after = words[position + 1 : position + 2]
    return words[position] == "bis" and bool(after) and after[0] in _AFTER_PREPOSITION_BIS


def _concessive(words: list[str], position: int, statuses: dict[str, str]) -> bool:
    """Whether the condition word at ``position`` stands next to a word that makes it concede."""
    neighbours = words[max(position - 1, 0) : position] + words[position + 1 : position + 2]
    return any(statuses.get(f"msg:{word}") == "concessive" for word in neighbours)


def _closes_dependent_clause(words: list[str], comma: int) -> bool:
    """Whether the comma at ``comma`` closes a dependent clause: a relative one ("Wähler, die …
    sind, sollten", "Spiele, in denen …, sollte") or one opened by a conjunction or question
    word ("Welche Kirchen schließen, sollten …")."""
    opening = max((i for i in range(comma) if words[i] == ","), default=-1) + 1
    first = words[opening : opening + 2]
    if first[:1] and first[0] in _DEPENDENT_OPENERS:
        return True  # "Welche Kirchen schließen, sollten die Pfarreien festlegen": a verb second
    if first[:1] and first[0] in PREPOSITIONS:
        first = first[1:]
    return opening > 0 and bool(first) and first[0] in _RELATIVE_OPENERS


def _document_after_so(text: _Text, quote: Quote) -> bool:
    """ "…, so der OSZE-Bericht", "so die Untersuchungsergebnisse eines Richters": a statement
    credited with "so" to a document is reported, like one "laut" the document."""
    if quote.cue is None or quote.speaker is None:
        return False
    if text.article.text[quote.cue.start : quote.cue.end].lower() != "so":
        return False
    # the span's head, its first capitalised word ("Frank Karl, Leiter der Abteilung
    # … Information" is a person)
    head = next(
        (
            text.tokens[i].text
            for i in text.tokens_in(quote.speaker)
            if text.tokens[i].text[:1].isupper()
        ),
        "",
    )
    word = head.lower().removesuffix("s")
    nouns = [noun.lower() for noun in text.words.source_nouns if len(noun) >= _MIN_SOURCE_NOUN]
    return any(word.endswith(noun) for noun in nouns)


def _frame_tokens(text: _Text, quote: Quote) -> list[int]:
    sentences = {text.sentence_of[text.token_at(span.start)] for span in quote.message}
    if quote.cue is not None:
        sentences.add(text.sentence_of[text.token_at(quote.cue.start)])
    low = text.token_at(min(span.start for span in quote.message))
    high = text.token_at(max(span.end for span in quote.message) - 1)
    window = range(max(low - 40, 0), min(high + 40, len(text.tokens)))
    return [
        index
        for index in window
        if text.sentence_of[index] in sentences and not _inside(quote, text.tokens[index].start)
    ]


def _markers(
    text: _Text,
    indices: list[int],
    *,
    cue: bool = False,
    modal: bool = True,
    section: str | None = None,
) -> list[str]:
    """Statuses whose marker phrases occur in the tokens; ``cue`` adds the cue-only markers;
    ``modal=False`` leaves out "soll"/"sollen", which mark an allegation only in their clause;
    ``section`` ("said") reads only the markers listed under that prefix ("said:laut")."""
    kept = [
        (index, word)
        for index in indices
        if not adjective_laut(word := text.tokens[index].text.lower(), _lower_at(text, index + 1))
    ]
    if not modal:
        kept = [(index, word) for index, word in kept if word not in _MODALS]
    lowered = [word for _, word in kept]
    if cue:
        # A preposition is a source's cue only as its first word ("Nach Angaben"); after the
        # verb it is the verb's particle ("legte am Sonntag nach", "sprach … nach der …"), and
        # so is a cue of the particle alone with nothing after it to govern ("legte nach:").
        lowered = [
            f"cue:{word}"
            for at, (index, word) in enumerate(kept)
            if word not in PREPOSITIONS or (at == 0 and _governs(text, index))
        ] + lowered
    found = []
    for listed, status in text.words.evidential:
        phrase = listed
        if section is not None:
            if not listed[0].startswith(f"{section}:"):
                continue
            phrase = (listed[0].removeprefix(f"{section}:"), *listed[1:])
        if len(phrase) == 1:
            if phrase[0] in lowered:
                found.append(status)
        elif _has_phrase(lowered, phrase):
            found.append(status)
    return found


def _governs(text: _Text, index: int) -> bool:
    following = text.tokens[index + 1].text if index + 1 < len(text.tokens) else "."
    return following not in _CLAUSE_BREAKS and following not in (".", "!", "?")


def _lower_at(text: _Text, index: int) -> str:
    return text.tokens[index].text.lower() if index < len(text.tokens) else ""


def _has_phrase(words: list[str], phrase: tuple[str, ...]) -> bool:
    """Consecutive words; a separable verb keeps its particle apart ("wies … zurück")."""
    if phrase[-1] not in _SEPARATED_PARTICLES:
        size = len(phrase)
        return any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1))
    position = 0
    for word in words:
        if word == phrase[position]:
            position += 1
            if position == len(phrase):
                return True
    return False


def _page_asserts(text: _Text, quote: Quote) -> bool:
    """True for "<statement>, wie X mitteilte": the page says it and credits X."""
    if quote.evidential is not Evidential.STATED and quote.evidential is not Evidential.REPORTED:
        return False
    if quote.cue is None:
        return False
    cue = text.token_at(quote.cue.start)
    clause = _clause(text, cue)
    return clause.start < len(text.tokens) and text.tokens[clause.start].text.lower() in (
        "wie",
        "as",
    )
