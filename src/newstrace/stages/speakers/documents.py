"""Documents and their authors ("der OSZE-Bericht", "Dem Bericht zufolge", "eine Resolution,
welche …"), and the subject of a sentence, which names the author of a document it brings in."""

from __future__ import annotations

import bisect

from newstrace.lang.entities import PREPOSITIONS
from newstrace.lang.mentions import ADJECTIVE, ARTICLES, INDEFINITE_ARTICLES, Found
from newstrace.model import Span
from newstrace.stages.speakers.context import (
    DOCUMENT_DETERMINERS,
    DOCUMENT_REACH,
    OWNER_DETERMINERS,
    RELATIVE_PRONOUNS,
    SPEAKER_KINDS,
    Draft,
    Text,
    document_head,
    in_parentheses,
)
from newstrace.stages.speakers.drafts import span_tokens, starting_in
from newstrace.stages.speakers.owners import salient_organisation

__all__ = ["document_author", "nearest", "sentence_subject", "spanned_document"]

#: Words that open a comparison, by language: what follows is compared, not the subject.
_COMPARING = {"de": frozenset({"wie", "als"}), "en": frozenset({"like", "as"})}
#: Marks after which a "wie" opens a clause of its own (a frame, not a comparison).
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", "–", "-"})
#: Documents a speaker issues itself: an unowned one is the last subject's ("in einer
#: Mitteilung hieß es"), unlike a paper or report, which may come from anyone.
_STATEMENTS = frozenset({"Mitteilung", "Pressemitteilung", "Erklärung", "Stellungnahme"})
#: Tokens after a document's relative pronoun searched for "von X" ("die vom Rat … wurde").
MAX_AGENT_DISTANCE = 6


def spanned_document(text: Text, span: Span) -> int | None:
    """ "der Bericht", "des Berichts", "In dem Schreiben", "dieser Resolution", "Im
    Abschlussbericht", "eine Resolution, welche": the token of a document noun (a compound of
    one too) after an article or a demonstrative."""
    indices = span_tokens(text, span)
    # "im Bericht heißt es": the article may stand just before the span
    before = [text.tokens[indices[0] - 1].text] if indices and indices[0] > 0 else []
    words = [*before, *(text.tokens[i].text for i in indices)]
    if not any(w.lower() in DOCUMENT_DETERMINERS | INDEFINITE_ARTICLES for w in words[:4]):
        return None
    return next((i for i in indices if document_head(text.tokens[i].text)), None)


def _named_by_prefix(
    text: Text, prefix: str, found: list[Found], at: int, drafts: list[Draft]
) -> int | None:
    """The entity mentioned last before ``at`` that ``prefix`` names ("OSZE" of
    "OSZE-Bericht"): by its name, a word of it, or the mention's own words."""
    for mention in reversed(found[: bisect.bisect_left(found, at, key=lambda m: m.first)]):
        if mention.entity is None:
            continue
        name = drafts[mention.entity].name
        spoken = [token.text for token in text.tokens[mention.first : mention.last]]
        if prefix == name or prefix in name.split() or prefix in spoken:
            return mention.entity
    return None


def document_author(text: Text, at: int, found: list[Found], drafts: list[Draft]) -> int | None:
    """Who wrote the document at token ``at``: the body its compound names ("der
    OSZE-Bericht"), the agent of a relative clause after it ("die vom Sicherheitsrat
    angenommen wurde"), the issuer of an indefinite one ("verabschiedete das Parlament eine
    Resolution, welche …"), else the subject of the sentence that brought a document of that
    kind in ("Annan legte einen Bericht vor. … Der Bericht …"), else the salient organisation."""
    word = text.tokens[at].text
    if "-" in word:
        named = _named_by_prefix(text, word.rsplit("-", 1)[0], found, at, drafts)
        if named is not None:
            return named
    agent = _relative_agent(text, at, found)
    if agent is not None:
        return agent
    if _indefinite_before(text, at):
        issuer = _issuer_before(text, at, found)
        if issuer is None and document_head(word) in _STATEMENTS:
            # "Wie das Unternehmen mitteilte, …. In einer Mitteilung hieß es, …": its own
            return _subject_of_sentence_before(text, at, found)
        return issuer  # "Laut einem internen Papier": nobody known
    introducer = _introducer(text, at, found)
    return introducer if introducer is not None else salient_organisation(text, at, drafts)


def _subject_of_sentence_before(text: Text, at: int, found: list[Found]) -> int | None:
    """The subject of the sentence before the one at token ``at``."""
    sentence = text.sentence_of[at]
    if sentence == 0:
        return None
    last = bisect.bisect_left(text.sentence_of, sentence) - 1
    return sentence_subject(text, found, last)


def _relative_clause_after(text: Text, at: int) -> bool:
    """ "eine Resolution, welche …", "einer Erklärung, in der …": a relative clause follows."""
    if at + 2 >= len(text.tokens) or text.tokens[at + 1].text != ",":
        return False
    pronoun = text.tokens[at + 2].text.lower()
    if pronoun in PREPOSITIONS and at + 3 < len(text.tokens):
        pronoun = text.tokens[at + 3].text.lower()
    return pronoun in RELATIVE_PRONOUNS


def _relative_agent(text: Text, at: int, found: list[Found]) -> int | None:
    """ "dieser Resolution, die vom Sicherheitsrat angenommen wurde": the passive's agent."""
    if not _relative_clause_after(text, at):
        return None
    sentence = text.sentence_of[at]
    for index in range(at + 3, min(at + 3 + MAX_AGENT_DISTANCE, len(text.tokens))):
        if text.sentence_of[index] != sentence or text.tokens[index].text == ",":
            return None
        if text.tokens[index].text.lower() in ("von", "vom"):
            after = starting_in(found, [index, index + 1, index + 2])  # "vom X", "von der X"
            after = [m for m in after if m.entity is not None]
            return after[0].entity if after else None
    return None


def _genitive_owner(text: Text, at: int, found: list[Found]) -> int | None:
    """ "die Studie des Bundesbildungsministeriums", "einen Bericht von Amnesty": its owner."""
    following = text.tokens[at + 1].text.lower() if at + 1 < len(text.tokens) else ""
    if following not in OWNER_DETERMINERS and following not in ("im", "in"):
        return None
    # "eine Veröffentlichung im Wissenschaftsmagazin „Nature“": an outlet holds it
    kinds = ("media",) if following in ("im", "in") else ("person", "organisation", "media")
    after = [
        m
        for m in starting_in(found, [at + 1, at + 2, at + 3])
        if m.entity is not None and m.kind in kinds
    ]
    return after[0].entity if after else None


def _indefinite_before(text: Text, at: int) -> bool:
    article = next(
        (t.text for t in reversed(text.tokens[max(at - 3, 0) : at]) if not ADJECTIVE.match(t.text)),
        "",
    )
    return article.lower() in INDEFINITE_ARTICLES


def _issuer_before(text: Text, at: int, found: list[Found]) -> int | None:
    """ "verabschiedete das Parlament eine Resolution, welche …": the subject before it."""
    if not _relative_clause_after(text, at):
        return None
    sentence = text.sentence_of[at]
    issuers = [
        m
        for m in found
        if m.entity is not None
        and m.case == "nom"
        and m.last <= at
        and text.sentence_of[m.first] == sentence
    ]
    return issuers[-1].entity if issuers else None


def _introducer(text: Text, at: int, found: list[Found]) -> int | None:
    """The subject of the nearest earlier sentence that speaks of a document of this kind. Each
    earlier mention of it carries the search on: "der Bericht" may point back over a long
    article to where the report came in, one mention after another."""
    head = document_head(text.tokens[at].text)
    sentence = text.sentence_of[at]
    reached_from = sentence
    for index in range(at - 1, -1, -1):
        if text.sentence_of[index] < reached_from - DOCUMENT_REACH:
            break
        if text.sentence_of[index] == sentence or document_head(text.tokens[index].text) != head:
            continue
        reached_from = text.sentence_of[index]
        introducer = _genitive_owner(text, index, found)
        if introducer is None:
            introducer = _relative_agent(text, index, found)
        if introducer is None:
            introducer = sentence_subject(text, found, index)
        if introducer is not None:
            return introducer
    return None


def sentence_subject(text: Text, found: list[Found], cue_token: int) -> int | None:
    """The subject-like mention of the cue's sentence outside messages, nearest to the cue."""
    sentence = text.sentence_of[cue_token]
    candidates = [
        m
        for m in found
        if m.entity is not None
        and m.case == "nom"
        and text.sentence_of[m.first] == sentence
        and not text.in_message[m.first]
        and m.kind in SPEAKER_KINDS | {"role"}
        and not in_parentheses(text, m.first)
        and not _compared(text, m, cue_token)
    ]
    return nearest(candidates, cue_token).entity if candidates else None


def _compared(text: Text, mention: Found, cue_token: int) -> bool:
    """ "X vertritt wie Fidel Castro die Ansicht, …": a mention after a comparing "wie" or
    "als" is no subject, unless a cue verb follows it ("wie Fidel Castro sagte")."""
    cue_word = text.tokens[cue_token].text
    follows = mention.last == cue_token and cue_word.islower() and cue_word not in ARTICLES
    if mention.first == 0 or follows:
        return False
    comparing = _COMPARING.get(text.words.language, frozenset())
    if text.tokens[mention.first - 1].text.lower() not in comparing:
        return False
    # "Wie das Unternehmen mitteilte, …", "…, wie die Polizei am Abend sagte": a "wie" opening
    # its clause frames a report
    opener = mention.first - 1
    return not (text.opens_sentence(opener) or text.tokens[opener - 1].text in _CLAUSE_MARKS)


def nearest(mentions: list[Found], token: int) -> Found:
    return min(mentions, key=lambda m: min(abs(m.first - token), abs(m.last - 1 - token)))
