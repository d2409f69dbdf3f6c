"""Sources: "laut", "nach Angaben", "zufolge", "demnach": source phrases become the speaker or a
quotation of their own, messages widen around them, and speech acts a source relays nest.
"""

from __future__ import annotations

from newstrace.lang.hanta import analyse
from newstrace.lang.speech import CLAUSE_ENDS, Lexicon
from newstrace.model import QuoteType
from newstrace.stages.quote_features import TYPE_CODES, Document
from newstrace.stages.quotes.drafts import (
    _DEPENDENT_OPENERS,
    _MIN_INDIRECT_TOKENS,
    _REPORTING_TYPES,
    _SENTENCE_FINAL,
    _SOURCE_POSTPOSITIONS,
    _SOURCE_PREPOSITIONS,
    _SOURCE_WORDS,
    _SUBORDINATORS,
    _Draft,
    _finite_verb,
    _first_finite,
    _frame,
    _konjunktiv_finite,
    _message_tokens,
    _Run,
    _sentence_bounds,
    _sentence_end,
)
from newstrace.stages.quotes.frames import _MAX_SOURCE_PHRASE, _frame_verb, _impersonal_report
from newstrace.stages.quotes.grammar import (
    _MAX_LEADING_PHRASE,
    _RELATIVE_OPENERS,
    _nominal_opening,
    _relative_clause_end,
    _speech_act,
)
from newstrace.stages.quotes.phrases import (
    _ARTICLES,
    _PHRASE_GLUE,
    _genitive_plural_adjective,
    _lower_word,
    _names_source,
    _source_nouns,
    _source_phrase,
    _subject_before,
)


def _acts_behind_sources(doc: Document, drafts: list[_Draft]) -> list[_Draft]:
    """ "Laut BBC sagte der Minister, dass …", "Außerdem hatte er laut X kritisiert, dass …":
    the source relays a speech act, and the clause after the act is its subject's message,
    nested in the source's (the chains stage puts the source before the speaker)."""
    starts = {draft.start for draft in drafts}
    nested: list[_Draft] = []
    for draft in drafts:
        cue = draft.cue
        if cue is None or doc.lower[cue.start] not in _SOURCE_WORDS:
            continue
        start, end = _sentence_bounds(doc, doc.sentence_of[cue.start])
        found = _speech_act(doc, start, end, lambda verb, _: doc.cue_medium[verb] is not None)
        if found is None:
            continue
        subject, verb = found
        if subject is None:
            continue
        comma = next((i for i in range(verb.end, end) if doc.lower[i] in CLAUSE_ENDS), None)
        if comma is None or doc.lower[comma] != "," or not draft.start <= comma < draft.end - 1:
            continue  # the act frames the message: "…, dass …" after it
        if cue.start > comma or subject.distance(draft.speaker or cue) == 0 or comma + 1 in starts:
            continue
        if doc.lower[comma + 1] in _RELATIVE_OPENERS or any(
            _konjunktiv_finite(doc, i) for i in range(start, comma)
        ):
            continue  # "X rechtfertige sich laut Y durch …, die …": the act is the source's words
        runs = [
            _Run(max(run.start, comma + 1), run.end, run.code)
            for run in draft.runs
            if run.end > comma + 1
        ]
        child = _Draft(
            runs,
            QuoteType.INDIRECT,
            speaker=subject,
            cue=verb,
            frame=_Run(min(subject.start, verb.start), comma + 1, "FRM"),
            parent=draft,
            sentences=draft.sentences,
        )
        nested.append(child)
        starts.add(comma + 1)  # two drafts with the same source make one nested quotation
    return nested


def _take_relied_on_source(doc: Document, draft: _Draft, words: Lexicon) -> None:
    """ "Laut einem Bericht der Zeitung X, die sich auf Regierungskreise beruft, wird …": the
    relative clause after the source is no part of the message, and the one relied on becomes
    the speaker; the source relays (the chains stage puts it back in the chain)."""
    first = draft.runs[0]
    opener = first.start
    if opener + 3 >= first.end or draft.speaker is None or draft.speaker.end > opener:
        return
    if doc.lower[opener] not in _RELATIVE_OPENERS or doc.lower[opener + 1] != "sich":
        return
    reach = range(opener + 2, min(opener + 3 + _RELYING_ADVERBS, first.end))
    preposition = next((i for i in reach if doc.lower[i] == "auf"), None)
    if preposition is None or not words.relying:
        return
    last = min(first.end - 1, preposition + 1 + _MAX_LEADING_PHRASE)
    for index in range(preposition + 2, last):
        if doc.lower[index] in CLAUSE_ENDS:
            return
        if doc.lower[index].startswith(words.relying) and doc.lower[index + 1] == ",":
            draft.runs[0] = _Run(index + 2, first.end, first.code)
            draft.speaker = _Run(preposition + 1, index, "SPK")
            return


#: Words allowed between "sich" and "auf" ("die sich dabei ausdrücklich auf … beruft").
_RELYING_ADVERBS = 2


def _source_drafts(doc: Document, drafts: list[_Draft], language: str) -> list[_Draft]:
    """ "Nach Angaben der Polizei, …" / "Laut X …" in a sentence the taggers left empty, at its
    start or inside it ("… soll nach ersten Meldungen …"): the phrase is the speaker, the
    preposition the cue, the rest of the sentence the message (two pieces around an inner
    phrase)."""
    nouns = _source_nouns(language)
    if not nouns:
        return []
    covered = {sentence for draft in drafts for sentence in draft.sentences}
    bounds = [*doc.sentence_starts, len(doc.tokens)]
    found = []
    for sentence in range(len(doc.sentence_starts)):
        start, end = bounds[sentence], bounds[sentence + 1]
        if sentence in covered:
            continue
        found += _source_draft(doc, sentence, start, end, nouns) or _anaphoric_draft(
            doc, sentence, start, end
        )
    return found


#: Fewest message words a source phrase or "demnach" credits in a sentence of its own.
_MIN_SOURCED_MESSAGE = 3


def _anaphoric_draft(doc: Document, sentence: int, start: int, end: int) -> list[_Draft]:
    """ "Der Bericht liegt vor. Demnach sollen die Kosten steigen." in a sentence the taggers
    left empty: "demnach" opening it or right after its finite verb ("Die Kosten steigen
    demnach …") is speaker and cue, the rest of the sentence the message (in the train split
    the adverb is a speaker in 16 of 27 sentences; temporal "danach" mostly is not)."""
    finite = _first_finite(doc, range(start, min(end, start + _MAX_LEADING_PHRASE)))
    places = {start} if finite is None else {start, finite + 1}
    adverb = next((i for i in sorted(places) if doc.lower[i] in _ANAPHORIC_SOURCES), None)
    if adverb is None or doc.in_quote[adverb]:
        return []
    message_end = end - (doc.lower[end - 1] in _SENTENCE_FINAL)
    pieces = [(start, adverb), (adverb + 1, message_end)]
    runs = [_Run(*piece, TYPE_CODES["Indirect"]) for piece in pieces if piece[1] > piece[0]]
    if sum(run.end - run.start for run in runs) < _MIN_SOURCED_MESSAGE:
        return []
    draft = _Draft(
        runs,
        QuoteType.INDIRECT,
        speaker=_Run(adverb, adverb + 1, "SPK"),
        cue=_Run(adverb, adverb + 1, "CUE"),
        sentences=frozenset({sentence}),
    )
    draft.frame = _frame(doc, draft)
    return [draft]


def _draft_opening_source(
    doc: Document, draft: _Draft, nouns: tuple[str, ...]
) -> tuple[int, int, int] | None:
    """The source opening the sentence of the draft's first message run, if any."""
    sentence = doc.sentence_of[draft.runs[0].start]
    return _opening_source(doc, doc.sentence_starts[sentence], _sentence_end(doc, sentence), nouns)


def _move_opening_sources_out(doc: Document, drafts: list[_Draft], language: str) -> None:
    """ "Nach Angaben der Behörde Cocobod dürften …" where the tagger let the message begin
    inside the source phrase: the phrase is the speaker and the preposition the cue, the
    message begins after the phrase. A speaker of the draft's own outside the phrase wins."""
    nouns = _source_nouns(language)
    if not nouns:
        return
    for draft in drafts:
        first = draft.runs[0]
        source = _draft_opening_source(doc, draft, nouns)
        if source is None:
            continue
        cue, phrase_start, phrase_end = source
        message_start, _ = _trimmed(doc, phrase_end, first.end)
        if not first.start < phrase_end or message_start >= first.end:
            continue  # the message lies after the phrase, or inside it
        if draft.speaker is not None and not cue <= draft.speaker.start < phrase_end:
            continue
        draft.runs[0] = _Run(message_start, first.end, first.code)
        draft.speaker = _Run(phrase_start, phrase_end, "SPK")
        draft.cue = _Run(cue, cue + 1, "CUE")
        draft.frame = _frame(doc, draft)


def _with_clause_after_opening_sources(doc: Document, drafts: list[_Draft], language: str) -> None:
    """ "Laut der New York Times | hat eine Gruppe … erschossen, | die Erschießungen seien …": a
    source opening the sentence vouches for all of it, so a message the tagger began later in
    the sentence begins right after the source phrase, indicative clauses included."""
    nouns = _source_nouns(language)
    if not nouns:
        return
    taken = _message_tokens(drafts)
    for draft in drafts:
        if draft.cue is None or draft.speaker is None:
            continue
        first = draft.runs[0]
        source = _draft_opening_source(doc, draft, nouns)
        if source is None:
            continue
        cue, phrase_start, phrase_end = source
        if draft.cue.start != cue and not phrase_start <= draft.speaker.start < phrase_end:
            continue
        after, speaker = max(cue + 1, phrase_end), draft.speaker
        if speaker.end > after:
            # the tagger's phrase may be longer ("einer am Dienstag veröffentlichten
            # Mitteilung"), but it ends before the clause's finite verb
            verb = _first_finite(doc, range(after, speaker.end))
            if verb is None:
                after = speaker.end
            else:
                speaker = _Run(speaker.start, verb, "SPK")
        message_start, _ = _trimmed(doc, after, first.start)
        if message_start >= first.start:
            continue
        gap = range(message_start, first.start)
        if any(i in taken or doc.lower[i] == ":" or doc.quote_mark[i] for i in gap):
            continue
        draft.runs[0] = _Run(message_start, first.end, first.code)
        draft.speaker = speaker
        draft.cue = _Run(cue, cue + 1, "CUE")
        draft.frame = _frame(doc, draft)


def _widen_source_speakers(doc: Document, drafts: list[_Draft], language: str) -> None:
    """ "nach Einschätzung | von Experten": the tagger took the source noun for the whole
    speaker; the owner after it belongs to the phrase, so the speaker runs to its end."""
    nouns = _source_nouns(language)
    if not nouns:
        return
    for draft in drafts:
        speaker = draft.speaker
        if speaker is None or not doc.lower[speaker.end - 1].endswith(nouns):
            continue
        opener = next(
            (
                index
                for index in range(speaker.start - 1, max(-1, speaker.start - 4), -1)
                if doc.lower[index] in _SOURCE_PREPOSITIONS
            ),
            None,
        )
        if opener is None or not all(
            _lower_word(doc.tokens[i].text) for i in range(opener + 1, speaker.start)
        ):
            continue
        end = _sentence_end(doc, doc.sentence_of[opener])
        phrase_end = _source_phrase(doc, opener + 1, min(end, opener + 1 + _MAX_SOURCE_PHRASE))
        if phrase_end is None or phrase_end <= speaker.end:
            continue
        phrase_end = _source_noun_phrase_end(doc, speaker.end - 1, phrase_end)
        if any(run.start < phrase_end and speaker.end < run.end for run in draft.runs):
            continue  # the tagger gave the words after the noun to the message
        draft.speaker = _Run(speaker.start, phrase_end, "SPK")


def _with_sentence_around_inner_sources(doc: Document, drafts: list[_Draft], language: str) -> None:
    """ "Das Beben soll | nach ersten Meldungen | Schäden verursacht haben, bei dem Einsturz …":
    an inner source vouches for its whole clause, from the sentence start (or the subordinator
    opening the clause) to the sentence end; the tagger took only a piece of it."""
    nouns = _source_nouns(language)
    if not nouns:
        return
    taken = _message_tokens(drafts)
    for draft in drafts:
        if draft.cue is None:
            continue
        sentence = doc.sentence_of[draft.cue.start]
        start, end = _sentence_bounds(doc, sentence)
        source = _inner_source(doc, start, end, nouns)
        if source is None or source[0] != draft.cue.start:
            continue
        cue, phrase_start, phrase_end = source
        clause_start = max(
            (
                i + 1
                for i in range(start, phrase_start - 1)
                if doc.lower[i] == "," and doc.lower[i + 1] in _SUBORDINATORS
            ),
            default=start,
        )
        after = max(cue + 1, phrase_end)
        after = _relative_clause_end(doc, after, end) or after  # "laut X, die sich … beziehen,"
        message_end = end - (doc.lower[end - 1] in _SENTENCE_FINAL)
        pieces = [
            _trimmed(doc, clause_start, min(cue, phrase_start)),
            _trimmed(doc, after, message_end),
        ]
        runs = [_Run(*piece, draft.runs[0].code) for piece in pieces if piece[1] > piece[0]]
        own = {i for run in draft.runs for i in range(run.start, run.end)}
        new = {i for run in runs for i in range(run.start, run.end)} - own
        if not new or not all(
            any(r.start <= run.start and run.end <= r.end for r in runs) for run in draft.runs
        ):
            continue
        if any(i in taken or doc.lower[i] == ":" or doc.quote_mark[i] for i in new):
            continue
        draft.runs = runs
        speaker = draft.speaker  # the tagger's, unless it runs over the phrase's edges
        inside = speaker is not None and phrase_start <= speaker.start < speaker.end <= phrase_end
        if speaker is None or (speaker.start < after and phrase_start < speaker.end and not inside):
            draft.speaker = _Run(phrase_start, phrase_end, "SPK")
        draft.frame = _frame(doc, draft)


def _framed_over_inner_sources(doc: Document, drafts: list[_Draft]) -> None:
    """ "Reinholz sagte am Freitag nach einer Betriebsversammlung, der Betrieb laufe weiter": a
    speech verb whose subject opens the sentence frames the message after its comma; a "nach"/
    "laut"/"zufolge" phrase between them or inside the message is a circumstance or the
    speaker's own source ("…, eine Sanierung würde nach aktuellen Schätzungen … kosten")."""
    for draft in drafts:
        cue, first = draft.cue, draft.runs[0]
        if cue is None or cue.end - cue.start != 1 or first.start < 2:
            continue
        if doc.lower[cue.start] not in _SOURCE_WORDS:
            continue
        if doc.lower[first.start - 1] != "," or cue.start >= draft.runs[-1].end:
            continue
        sentence = doc.sentence_of[first.start]
        if any(doc.sentence_of[run.end - 1] != sentence for run in draft.runs):
            continue
        start = doc.sentence_starts[sentence]
        verb = next(
            (i for i in range(start + 1, min(cue.start, first.start - 1)) if doc.cue_medium[i]),
            None,
        )
        if verb is None or any(run.start < verb for run in draft.runs):
            continue
        subject = _subject_before(doc, verb)
        if subject is None or subject.start != start or not _nominal_opening(doc, start):
            continue
        draft.cue = _Run(verb, verb + 1, "CUE")
        draft.speaker = subject
        draft.frame = _frame(doc, draft)


def _with_clause_before_inner_frames(doc: Document, drafts: list[_Draft]) -> None:
    """ "Die Lage ist ernst, | sagte der Minister, | man müsse sparen": a frame between two
    commas reports the clause before it too, whatever its mood; the tagger took only the
    clause after it."""
    taken = _message_tokens(drafts)
    for draft in drafts:
        if not _inner_frame(doc, draft):
            continue
        assert draft.cue is not None
        verb = draft.cue.start
        sentence = doc.sentence_of[verb]
        colons = [i for i in range(doc.sentence_starts[sentence], verb) if doc.lower[i] == ":"]
        opening = colons[-1] + 1 if colons else doc.sentence_starts[sentence]
        start, end = _trimmed(doc, opening, verb)
        if _statement_clause(doc, start, end) and not any(i in taken for i in range(start, end)):
            draft.runs.insert(0, _Run(start, end, draft.runs[0].code))
            draft.frame = _frame(doc, draft)


def _inner_frame(doc: Document, draft: _Draft) -> bool:
    """Whether the draft's cue opens an inverted frame between two commas right before its
    message: "…, sagte der Minister, | man müsse …", "…, hieß es, | …"."""
    if draft.cue is None or draft.cue.start < 2:
        return False
    verb, comma = draft.cue.start, draft.runs[0].start - 1
    if doc.lower[verb - 1] != "," or doc.lower[comma] != "," or not verb < comma:
        return False
    if not _frame_verb(doc, verb) or "," in doc.lower[verb:comma]:
        return False
    # "Karl Meier, der …, erklärte, …": a frame whose subject stands before it is no inner one
    inverted = draft.speaker is not None and verb < draft.speaker.start < comma
    return inverted or _impersonal_report(doc, verb)


def _statement_clause(doc: Document, start: int, end: int) -> bool:
    """A main clause of its own, unquoted: not a dependent clause or question ("Warum die
    Wahl … fiel"), not a subject with a relative clause ("Der 58-Jährige, der …")."""
    if end - start < _MIN_INDIRECT_TOKENS or doc.lower[start] in _DEPENDENT_OPENERS:
        return False
    if any(doc.in_quote[i] or doc.quote_mark[i] for i in range(start, end)):
        return False
    if any(
        doc.lower[i] == "," and doc.lower[i + 1] in _RELATIVE_OPENERS for i in range(start, end)
    ):
        return False
    return any(_finite_verb(doc, i) for i in range(start, end))


#: Adverbs that point back to the source of the sentence before ("Demnach habe sie …").
_ANAPHORIC_SOURCES = frozenset({"demnach", "demzufolge"})
#: Types of a draft that such an adverb may credit.
_SOURCE_FREE_TYPES = _REPORTING_TYPES | {QuoteType.FREE_INDIRECT}


def _anaphoric_sources(doc: Document, drafts: list[_Draft]) -> None:
    """ "Der Bericht liegt vor. Demnach seien die Kosten gestiegen" / "Die Kosten seien demnach
    gestiegen": a draft without speaker or cue whose sentence holds "demnach" takes the adverb
    as speaker and cue, and leaves it out of the message; a reporting draft is then indirect.
    The speaker stage resolves the adverb to the source before."""
    for draft in drafts:
        if draft.speaker is not None or draft.cue is not None:
            continue
        if draft.type not in _SOURCE_FREE_TYPES:
            continue
        start, end = _sentence_bounds(doc, doc.sentence_of[draft.start])
        adverb = next(
            (
                i
                for i in range(start, min(end, draft.end))
                if doc.lower[i] in _ANAPHORIC_SOURCES and not doc.in_quote[i]
            ),
            None,
        )
        if adverb is None:
            continue
        draft.runs = [piece for run in draft.runs for piece in _without_token(run, adverb)]
        draft.type = QuoteType.INDIRECT
        draft.speaker = _Run(adverb, adverb + 1, "SPK")
        draft.cue = _Run(adverb, adverb + 1, "CUE")
        draft.frame = _frame(doc, draft)


def _without_token(run: _Run, index: int) -> list[_Run]:
    """``run`` split around token ``index`` (unchanged if it lies outside)."""
    if not run.start <= index < run.end:
        return [run]
    pieces = (_Run(run.start, index, run.code), _Run(index + 1, run.end, run.code))
    return [piece for piece in pieces if piece.end > piece.start]


def _source_draft(
    doc: Document, sentence: int, start: int, end: int, nouns: tuple[str, ...]
) -> list[_Draft]:
    source = _opening_source(doc, start, end, nouns) or _inner_source(doc, start, end, nouns)
    if source is None:
        return []
    cue, phrase_start, phrase_end = source
    message_end = end - (doc.lower[end - 1] in _SENTENCE_FINAL)
    pieces = [(start, min(cue, phrase_start)), (max(cue + 1, phrase_end), message_end)]
    runs = [_Run(*_trimmed(doc, *piece), TYPE_CODES["Indirect"]) for piece in pieces]
    runs = [run for run in runs if run.end > run.start]
    if sum(run.end - run.start for run in runs) < _MIN_SOURCED_MESSAGE:
        return []
    draft = _Draft(
        runs,
        QuoteType.INDIRECT,
        speaker=_Run(phrase_start, phrase_end, "SPK"),
        cue=_Run(cue, cue + 1, "CUE"),
        sentences=frozenset({sentence}),
    )
    draft.frame = _frame(doc, draft)
    return [draft]


def _opening_source(
    doc: Document, start: int, end: int, nouns: tuple[str, ...]
) -> tuple[int, int, int] | None:
    """(cue, phrase start, phrase end) of a source opening the sentence: "Nach Angaben der
    Polizei …", "Laut X …", "Den ersten Angaben nach …", "Medienberichten zufolge …"."""
    if doc.lower[start] in _SOURCE_PREPOSITIONS:
        cue, phrase_start = start, start + 1
        phrase_end = _source_phrase(doc, phrase_start, min(end, start + _MAX_SOURCE_PHRASE))
    else:
        phrase_start = start
        phrase_end = _source_phrase(doc, start, min(end, start + _MAX_SOURCE_PHRASE))
        if phrase_end is None or doc.lower[phrase_end] not in _SOURCE_POSTPOSITIONS:
            return None
        cue = phrase_end
    if phrase_end is None:
        return None
    if doc.lower[cue] == "nach" and not _names_source(doc, phrase_start, phrase_end, nouns):
        return None
    return cue, phrase_start, phrase_end


def _inner_source(
    doc: Document, start: int, end: int, nouns: tuple[str, ...]
) -> tuple[int, int, int] | None:
    """A source inside the sentence: "Das Beben soll nach ersten Meldungen Schäden …", "Die
    Erschütterungen waren Berichten der Sender zufolge bis London …". A "nach" phrase must
    name a source noun; a "zufolge" phrase starts right after the finite verb."""
    for index in range(start + 1, end - 1):
        word = doc.lower[index]
        if word in _SOURCE_PREPOSITIONS and doc.tokens[index].text.islower():
            phrase_end = _source_phrase(doc, index + 1, min(end, index + _MAX_SOURCE_PHRASE))
            if phrase_end is None:
                continue
            if word == "laut":  # "laut einer Studie", "laut „Reuters“"; "sehr laut" is none
                named = (
                    doc.tokens[index + 1 + (doc.quote_mark[index + 1] == "open")].text[:1].isupper()
                )
                if doc.lower[index + 1] in _ARTICLES or named:
                    return index, index + 1, phrase_end
                continue
            noun = next(
                (i for i in range(index + 1, phrase_end) if doc.lower[i].endswith(nouns)), None
            )
            if noun is not None:
                return index, index + 1, _source_noun_phrase_end(doc, noun, phrase_end)
        elif word == "zufolge":
            for phrase_start in range(max(start + 1, index - _MAX_SOURCE_PHRASE), index):
                if (
                    _finite_verb(doc, phrase_start - 1)
                    and _source_phrase(doc, phrase_start, index + 1) == index
                ):
                    return index, phrase_start, index
    return None


def _source_noun_phrase_end(doc: Document, noun: int, phrase_end: int) -> int:
    """Inside a sentence the phrase ends at its source noun unless a genitive or a linking
    word follows ("nach Angaben Moskaus", "nach Angaben der Polizei"): in "soll nach ersten
    Meldungen Schäden verursacht haben" the object is no part of the source."""
    follower = noun + 1
    if follower >= phrase_end or doc.lower[follower] in _PHRASE_GLUE:
        return phrase_end
    if _genitive_plural_adjective(doc, follower):
        return phrase_end
    return phrase_end if analyse(doc.tokens[follower].text)[1] == "NE" else follower


def _trimmed(doc: Document, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without commas at its edges."""
    while start < end and doc.lower[start] == ",":
        start += 1
    while end > start and doc.lower[end - 1] == ",":
        end -= 1
    return start, end
