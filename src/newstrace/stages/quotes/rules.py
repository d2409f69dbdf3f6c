"""Rule drafts for languages without a tagger model (English): quoted runs beside a speech verb,
indirect speech after a subject and its verb, trailing frames, "according to", acts whose object
is the message ("denies", "accused … of") and "saying" participles.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from newstrace.lang import optional_lines
from newstrace.model import QuoteType
from newstrace.stages.quote_features import TYPE_CODES, Document, quote_pairs
from newstrace.stages.quotes.drafts import (
    _MIN_INDIRECT_TOKENS,
    _Draft,
    _frame,
    _message_tokens,
    _Run,
    _sentence_bounds,
    _sentence_end,
    _speech_verb_at,
    _two_columns,
)
from newstrace.stages.quotes.phrases import (
    _ARTICLES_EN,
    _AUXILIARIES_EN,
    _DETERMINERS_EN,
    _FUNCTION_WORDS_EN,
    _PREPOSITIONS_EN,
    _bare_plural_speaker,
    _name_like,
    _subject_before,
)


def _rule_drafts(doc: Document, language: str) -> list[_Draft]:
    """Direct quotations (quoted runs of three or more tokens) beside a speech verb."""
    drafts = []
    quoted: set[int] = set()
    for opening, closing in quote_pairs(doc, 0, len(doc.tokens)):
        quoted.update(range(opening, closing + 1))
        if closing - opening < 4:
            continue
        message = _Run(opening, closing + 1, TYPE_CODES["Direct"])
        cue = _verb_near(doc, message)
        if cue is None and not _quoted_sentences(doc, opening, closing):
            continue
        draft = _Draft([message], QuoteType.DIRECT, cue=cue)
        draft.sentences = frozenset({doc.sentence_of[opening], doc.sentence_of[closing]})
        if cue is not None:  # without one, whole quoted sentences go on from the speaker before
            draft.speaker = _subject_near(doc, cue, message)
            draft.frame = _frame(doc, draft)
        drafts.append(draft)
    drafts += _rule_indirect_drafts(doc, quoted)
    drafts += _rule_trailing_drafts(doc, drafts, quoted)
    drafts += _object_act_drafts(doc, drafts, quoted, language)
    drafts += _participle_drafts(doc, drafts)
    drafts += _according_to_drafts(doc, drafts, quoted)
    _nest_by_containment(drafts)
    return drafts


def _quoted_sentences(doc: Document, opening: int, closing: int) -> bool:
    """The quotation marks hold whole sentences: nothing of the sentences outside them but
    closing punctuation ('“It takes less than a foot of water.”')."""
    first = doc.sentence_starts[doc.sentence_of[opening]]
    last = _sentence_end(doc, doc.sentence_of[closing])
    after = [doc.tokens[i].text for i in range(closing + 1, last)]
    return opening == first and all(word in _CLAUSE_END_MARKS for word in after)


def _uncovered_sentences(
    doc: Document, drafts: list[_Draft], quoted: set[int]
) -> Iterator[tuple[int, int, int]]:
    """Number and bounds of each sentence no draft covers and no quotation mark touches."""
    covered = {sentence for draft in drafts for sentence in draft.sentences}
    for sentence in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, sentence)
        if sentence not in covered and not any(i in quoted for i in range(start, end)):
            yield sentence, start, end


def _according_to_drafts(doc: Document, drafts: list[_Draft], quoted: set[int]) -> list[_Draft]:
    """ "According to the Herald, the council will vote." and "The council will vote,
    according to the Herald.": the source is the speaker, "according to" the cue, the rest of
    the sentence the message; sentences another rule covers are left alone."""
    found = []
    for sentence, start, end in _uncovered_sentences(doc, drafts, quoted):
        parts = _according_parts(doc, start, end)
        if parts is None:
            continue
        cue, source, message = parts
        if message.end - message.start < _MIN_INDIRECT_TOKENS:
            continue
        draft = _Draft([message], QuoteType.INDIRECT, speaker=source, cue=cue)
        draft.sentences = frozenset({sentence})
        draft.frame = _frame(doc, draft)
        found.append(draft)
    return found


def _according_parts(doc: Document, start: int, end: int) -> tuple[_Run, _Run, _Run] | None:
    """(cue, source, message) of a sentence opened or closed by "according to X"."""
    code = TYPE_CODES["Indirect"]
    for index in range(start, end - 2):
        if doc.lower[index] != "according" or doc.lower[index + 1] != "to":
            continue
        cue = _Run(index, index + 2, "CUE")
        if index == start:  # "According to X, …"
            comma = next((i for i in range(index + 2, end) if doc.lower[i] == ","), None)
            if comma is None or comma - index - 2 > _MAX_ACCORDING_SOURCE or comma == index + 2:
                return None
            return cue, _Run(index + 2, comma, "SPK"), _Run(comma + 1, end, code)
        if doc.lower[index - 1] == "," and end - index - 2 <= _MAX_ACCORDING_SOURCE:
            return (
                cue,
                _Run(index + 2, end, "SPK"),
                _Run(start, index - 1, code),
            )  # "…, according to X."
        return None
    return None


def _nest_by_containment(drafts: list[_Draft]) -> None:
    """A quotation inside another's message is nested in the smallest one holding it ("Musk
    told Bremmer that Putin had said …")."""
    for inner in drafts:
        holders = [
            outer
            for outer in drafts
            if outer is not inner
            and outer.start <= inner.start
            and inner.end <= outer.end
            and (outer.end - outer.start) > (inner.end - inner.start)
        ]
        if holders and inner.parent is None:
            inner.parent = min(holders, key=lambda outer: outer.end - outer.start)
            if inner.type is QuoteType.DIRECT and inner.parent.speaker is not None:
                # a partial quotation inside someone's indirect speech is theirs
                inner.speaker, inner.cue = inner.parent.speaker, inner.parent.cue


_CLAUSE_END_MARKS = frozenset({".", ",", ";", ":", "!", "?", "…"})
#: Verbs that take a reported clause without "that" ("said the talks failed").
_CLAUSE_VERBS_EN = frozenset(
    "said says say added told wrote writes write claimed claims claim insisted insist argued "
    "argue warned warn explained stated believes believe thinks think".split()
)
#: Longest source phrase after "according to" ("According to the Springfield Herald, …").
_MAX_ACCORDING_SOURCE = 10
#: Auxiliaries before a participle that make it passive ("is said to", "were told").
_PASSIVE_AUXILIARIES_EN = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: A "that" this many tokens after the verb still opens its clause ("said in a statement that").
_MAX_BEFORE_THAT = 6


def _rule_indirect_drafts(doc: Document, quoted: set[int]) -> list[_Draft]:
    """Indirect speech by rule, for languages without a trained model: a subject right before
    a speech verb ("Peskov said", "The company said", "A spokesman, Dmitry Peskov, said"), the
    rest of the sentence after it as the message, "that" and a short phrase before it skipped
    ("said in a statement that …"), a name between verb and "that" the addressee."""
    drafts: list[_Draft] = []
    for index in range(1, len(doc.tokens) - 1):
        if doc.cue_medium[index] is None or index in quoted or not doc.tokens[index].text.islower():
            continue  # a capitalised word is a name ("The Washington Post"), not the verb
        if doc.lower[index - 1] in _PASSIVE_AUXILIARIES_EN:
            continue  # "the board is said to have …": hearsay, nobody speaks
        speaker = _subject_before(doc, index)
        if speaker is None:
            continue
        end = index + 1
        while end < len(doc.tokens) and doc.sentence_of[end] == doc.sentence_of[index]:
            end += 1
        start, addressee = _reported_clause_start(doc, index + 1, end)
        has_that = start > index + 1 and doc.lower[start - 1] == "that"
        if not has_that and addressee is None and doc.lower[index] in _TELLING_EN:
            hearer = _told_phrase(doc, start, end)  # "told the paper the situation was …"
            if hearer is not None:
                addressee, start = hearer, hearer.end
        if not has_that and doc.lower[index] not in _CLAUSE_VERBS_EN:
            continue  # "announced the change": an object, no reported clause
        if not has_that and doc.lower[start] in _PREPOSITIONS_EN:
            continue  # "had written to the minister" ("said that about 200 …" is a clause)
        sentence_end = end
        for cut in range(start, end - 2):  # ", according to an email …" credits, not message
            if doc.tokens[cut].text == "," and doc.lower[cut + 1] == "according":
                end = cut
                break
        outer = _outer_trailing_draft(doc, start, sentence_end)
        if outer is not None:  # "The firm denied that …, a spokesman said.": his words hold it
            end = outer.runs[0].end
            drafts.append(outer)
        while end > start and (
            doc.tokens[end - 1].text in _CLAUSE_END_MARKS or _unbalanced_mark(doc, start, end)
        ):
            end -= 1
        if end - start < _MIN_INDIRECT_TOKENS or start in quoted:
            continue  # a clause that is itself a direct quotation is found as one
        draft = _Draft([_Run(start, end, TYPE_CODES["Indirect"])], QuoteType.INDIRECT)
        draft.cue, draft.speaker, draft.addressee = (
            _Run(index, index + 1, "CUE"),
            speaker,
            addressee,
        )
        draft.sentences = frozenset({doc.sentence_of[index]})
        drafts.append(draft)
    return drafts


def _rule_trailing_drafts(doc: Document, drafts: list[_Draft], quoted: set[int]) -> list[_Draft]:
    """Indirect speech with its frame after it, by rule: "Russia threatens no one, he said.",
    "The plan will cost millions, the mayor told reporters on Tuesday.", "…, said Peskov."."""
    found = []
    for _, start, end in _uncovered_sentences(doc, drafts, quoted):
        draft = _closing_frame_draft(doc, start, start + _MIN_INDIRECT_TOKENS, end)
        if draft is not None:
            found.append(draft)
    return found


@cache
def _object_acts(language: str) -> dict[str, str]:
    """Verb forms whose object is what was said ("rejected the claim") → "denial" or
    "accusation" (``object_acts.tsv``)."""
    return _two_columns(language, "object_acts.tsv")


#: Auxiliaries that show a finite clause, not a noun phrase, after a denial ("denied the
#: sirens had failed" is reported speech; "denied the accusation" is a reported act).
_FINITE_AUXILIARIES_EN = frozenset(
    "had has have was were is are would will could can did does do should might may must".split()
)
#: Longest object between "accused" and "of" ("accused the city's former mayor of …").
_MAX_ACCUSED = 8


def _object_act_drafts(
    doc: Document, drafts: list[_Draft], quoted: set[int], language: str
) -> list[_Draft]:
    """Speech acts whose object says what was said, by rule: "City Hall rejected the
    accusation", "Oakes denies 14 counts of fraud" (a reported act: the object is the
    message) and "Okafor accused the mayor of hiding the cost" (indirect: what follows "of")."""
    acts = _object_acts(language)
    taken = _message_tokens(drafts)
    found = []
    for index, word in enumerate(doc.lower):
        act = acts.get(word)
        if act is None or index in quoted or not doc.tokens[index].text.islower():
            continue
        if index + 1 in taken:
            continue  # "denied that …" is found as indirect speech
        speaker = _subject_before(doc, index)
        if speaker is None or (index > 0 and doc.lower[index - 1] in _PASSIVE_AUXILIARIES_EN):
            continue  # "was rejected by the court": the subject did not speak
        end = _clause_end(doc, index + 1)
        if act == "accusation":
            draft = _accusation_draft(doc, index, end)
        else:
            draft = _denial_draft(doc, index, end)
        if draft is None:
            continue
        draft.speaker, draft.cue = speaker, _Run(index, index + 1, "CUE")
        draft.sentences = frozenset({doc.sentence_of[index]})
        found.append(draft)
    return found


def _participle_drafts(doc: Document, drafts: list[_Draft]) -> list[_Draft]:
    """ "Orrin rejected the proposal, saying it undervalued the company": a participle of a
    speech verb after a comma reports what the sentence's subject said, to the sentence end."""
    taken = _message_tokens(drafts)
    found = []
    for index, word in enumerate(doc.lower):
        if word != "saying" or index == 0 or doc.tokens[index - 1].text != ",":
            continue
        if index + 1 in taken:
            continue
        start = index + 2 if doc.lower[index + 1 : index + 2] == ["that"] else index + 1
        end = _sentence_end(doc, doc.sentence_of[index])
        while end > start and doc.tokens[end - 1].text in _CLAUSE_END_MARKS:
            end -= 1
        speaker = _main_subject(doc, drafts, index)
        if speaker is None or end - start < _MIN_INDIRECT_TOKENS:
            continue
        draft = _Draft([_Run(start, end, TYPE_CODES["Indirect"])], QuoteType.INDIRECT)
        draft.speaker, draft.cue = speaker, _Run(index, index + 1, "CUE")
        draft.sentences = frozenset({doc.sentence_of[index]})
        found.append(draft)
    return found


def _main_subject(doc: Document, drafts: list[_Draft], before: int) -> _Run | None:
    """The subject of the sentence's main clause before token ``before``: the speaker of a
    quotation whose cue comes earlier in the sentence, else the noun phrase that opens the
    sentence before its first finite verb ("Eastmere captain Tom Ashworth has …")."""
    sentence = doc.sentence_of[before]
    for draft in drafts:
        cue = draft.cue
        earlier = cue is not None and cue.start < before and doc.sentence_of[cue.start] == sentence
        if earlier and draft.speaker is not None:
            return draft.speaker
    first = doc.sentence_starts[sentence]
    for index in range(first + 1, before):
        word = doc.tokens[index].text
        finite = doc.lower[index] in _FINITE_AUXILIARIES_EN or (
            word.islower() and word.isalpha() and word.endswith("ed")
        )
        if finite:
            subject = _subject_before(doc, index)
            if subject is None or subject.start - first > _MAX_SUBJECT_MODIFIERS:
                return None
            if not all(doc.tokens[i].text.isalpha() for i in range(first, subject.start)):
                return None
            return _Run(first, subject.end, "SPK")  # "Eastmere captain Tom Ashworth"
    return None


#: Words before a name that still belong to the sentence's subject ("Eastmere captain").
_MAX_SUBJECT_MODIFIERS = 3


def _clause_end(doc: Document, start: int) -> int:
    """The first comma, semicolon or colon from ``start``, else the sentence's end."""
    end = start
    sentence_end = _sentence_end(doc, doc.sentence_of[start])
    while end < sentence_end and (
        doc.tokens[end].text not in _CLAUSE_END_MARKS
        or (doc.tokens[end].text == "." and end + 1 < sentence_end)  # "Ms. Castellanos"
        or _inside_number(doc, end)  # "£480,000"
    ):
        end += 1
    return end


def _inside_number(doc: Document, index: int) -> bool:
    """A comma or full stop between digits ("480,000", "2.3")."""
    return (
        0 < index < len(doc.tokens) - 1
        and doc.tokens[index - 1].text[-1:].isdigit()
        and doc.tokens[index + 1].text[:1].isdigit()
        and doc.tokens[index].start == doc.tokens[index - 1].end
    )


def _denial_draft(doc: Document, verb: int, end: int) -> _Draft | None:
    """ "rejected the accusation", "denies 14 counts of fraud": a noun phrase object, not a
    clause ("denied that …", "denied the sirens had failed" are reported speech)."""
    start = verb + 1
    if end - start < 1 or doc.lower[start] in ("that", "to", "it", "he", "she", "they", "we"):
        return None
    that = next((i for i in range(start, end) if doc.lower[i] == "that"), end)
    if any(doc.lower[i] in _FINITE_AUXILIARIES_EN for i in range(start, that)):
        return None  # ("denied a report that it had …": the clause is the report's)
    end = _before_time_tail(doc, start, end)
    return _Draft([_Run(start, end, TYPE_CODES["Reported"])], QuoteType.REPORTED)


@cache
def _time_words(language: str) -> frozenset[str]:
    return frozenset(optional_lines(language, "time_words.txt"))


def _before_time_tail(doc: Document, start: int, end: int) -> int:
    """``end`` moved before a time adverbial that closes the clause ("the claim on
    Wednesday", "the report last week")."""
    times = _time_words(doc.language)
    for index in range(start + 1, end):
        opener = doc.lower[index] in ("on", "in", "at") and index + 1 < end
        # a lower-case one alone ("last week"); a capitalised one after "on", "in" or "at"
        # only ("the Sunday Ledger" is a name)
        alone = doc.lower[index] in times and doc.tokens[index].text.islower()
        if alone or (opener and doc.lower[index + 1] in times):
            return index
    return end


def _accusation_draft(doc: Document, verb: int, end: int) -> _Draft | None:
    """ "accused the mayor of hiding the true cost": what the accused is said to have done."""
    of = next(
        (i for i in range(verb + 2, min(end, verb + 2 + _MAX_ACCUSED)) if doc.lower[i] == "of"),
        None,
    )
    if of is None or end - (of + 1) < 1:
        return None
    end = _before_time_tail(doc, of + 1, end)
    return _Draft([_Run(of + 1, end, TYPE_CODES["Indirect"])], QuoteType.INDIRECT)


def _outer_trailing_draft(doc: Document, start: int, end: int) -> _Draft | None:
    """The quotation a frame closing the sentence makes of all before its comma, when the
    reported clause from ``start`` runs into that frame ("The firm denied that it had
    ignored the workers, a spokesman said.")."""
    first = doc.sentence_starts[doc.sentence_of[start]]
    return _closing_frame_draft(doc, first, start + 1, end)


def _closing_frame_draft(doc: Document, first: int, search_from: int, end: int) -> _Draft | None:
    """Indirect speech from ``first`` to the sentence's last comma (looked for from
    ``search_from`` on) when a frame closes the sentence after that comma; only the last
    comma's clause can be the closing frame."""
    commas = [i for i in range(search_from, end - 1) if doc.lower[i] == ","]
    if not commas:
        return None
    roles = _trailing_frame_roles(doc, commas[-1] + 1, end)
    if roles is None:
        return None
    draft = _Draft([_Run(first, commas[-1], TYPE_CODES["Indirect"])], QuoteType.INDIRECT)
    draft.speaker, draft.cue, draft.addressee = roles
    draft.sentences = frozenset({doc.sentence_of[first]})
    return draft


def _trailing_frame_roles(
    doc: Document, after: int, end: int
) -> tuple[_Run, _Run, _Run | None] | None:
    """Speaker, cue and addressee of an English frame closing its sentence: "he said (on
    Monday)", "the mayor told reporters", "said Peskov"."""
    # Any speech verb may close a sentence ("…, the company announced."), not only those that
    # take a clause without "that" after them.
    verbs = [
        i
        for i in range(after, min(end, after + _MAX_TRAILING_SUBJECT + 1))
        if _speech_verb_at(doc, i)
    ]
    if not verbs:
        return None
    verb = verbs[0]
    if doc.lower[verb - 1] in _PASSIVE_AUXILIARIES_EN:
        return None  # "…, the board is said to have …": hearsay, nobody speaks
    if verb == after:  # "…, said Peskov."
        subject_end = verb + 1
        while subject_end < end and doc.tokens[subject_end].text[:1].isupper():
            subject_end += 1
        closing = _determiner_phrase_end(doc, verb + 1, end) if subject_end == verb + 1 else None
        subject_end = closing or subject_end
        if subject_end == verb + 1:
            return None
        return _Run(verb + 1, subject_end, "SPK"), _Run(verb, verb + 1, "CUE"), None
    subject = _subject_before(doc, verb)
    if subject is not None and subject.start > after and _modifiers(doc, after, subject.start):
        subject = _Run(after, subject.end, "SPK")  # "…, fire officials said."
    if subject is None or subject.start != after:
        return None  # the words between comma and verb are no subject
    addressee = _told_phrase(doc, verb + 1, end) if doc.lower[verb] in _TELLING_EN else None
    return subject, _Run(verb, verb + 1, "CUE"), addressee


def _modifiers(doc: Document, start: int, end: int) -> bool:
    """At most two lower-case words that can only modify a noun after them ("fire", "state")."""
    return end - start <= 2 and all(
        doc.tokens[i].text.isalpha()
        and doc.tokens[i].text.islower()
        and doc.lower[i] not in _FUNCTION_WORDS_EN | _FINITE_AUXILIARIES_EN
        and doc.cue_medium[i] is None
        for i in range(start, end)
    )


def _determiner_phrase_end(doc: Document, start: int, end: int) -> int | None:
    """The end of "the mayor", "a Kremlin spokesman" from ``start``."""
    if start >= end or doc.lower[start] not in _DETERMINERS_EN:
        return None
    last = start + 1
    while last < end and doc.tokens[last].text.replace("-", "").isalpha():
        if doc.lower[last] in _PREPOSITIONS_EN:
            break
        last += 1
    return last if last > start + 1 else None


#: Words between the comma and the verb of a trailing English frame ("a Kremlin spokesman",
#: "researchers at the University of Harrowgate").
_MAX_TRAILING_SUBJECT = 7


def _told_phrase(doc: Document, start: int, end: int) -> _Run | None:
    """The one told, right after "told": an object pronoun, a name or a determiner and its
    noun ("told him", "told Reuters", "told the paper")."""
    if start >= end:
        return None
    word = doc.tokens[start].text
    if doc.lower[start] in _OBJECT_PRONOUNS_EN or (
        word.islower()
        and word.endswith("s")
        and word.isalpha()
        and _bare_plural_speaker(doc, start)
    ):
        return _Run(start, start + 1, "ADR")  # "told him", "told reporters", "told jurors"
    last = start
    if doc.lower[start] in _DETERMINERS_EN:
        last = start + 1
        while last + 1 < end and doc.tokens[last].text[:1].isupper():
            last += 1  # "the Financial Times"
    elif not doc.tokens[start].text[:1].isupper():
        return None
    else:
        while last + 1 < end and doc.tokens[last + 1].text[:1].isupper():
            last += 1  # "told Sky News"
    if last >= end or not doc.tokens[last].text.isalpha():
        return None
    return _Run(start, last + 1, "ADR")


_TELLING_EN = frozenset({"told", "tells", "tell"})
_OBJECT_PRONOUNS_EN = frozenset({"him", "her", "them", "us", "me", "you"})


def _unbalanced_mark(doc: Document, start: int, end: int) -> bool:
    """The last token is a quotation mark that opens the next sentence's quotation."""
    mark = doc.tokens[end - 1].text
    if mark not in ('"', "“", "”", "„"):
        return False
    return sum(doc.tokens[i].text == mark for i in range(start, end)) % 2 == 1


def _reported_clause_start(doc: Document, after: int, end: int) -> tuple[int, _Run | None]:
    """Where the reported clause begins after the verb, and the addressee before it."""
    that = next(
        (i for i in range(after, min(after + _MAX_BEFORE_THAT, end)) if doc.lower[i] == "that"),
        None,
    )
    if that is not None and any(  # "said a neighbour had told her that …": not this verb's
        (doc.cue_medium[i] is not None and doc.lower[i - 1] not in _ARTICLES_EN)
        or doc.lower[i] in _AUXILIARIES_EN
        for i in range(after, that)
    ):
        that = None  # ("in a statement that" keeps it: a noun after an article)
    if that is None:  # 'He added: "…"' leaves the quoted words to the direct rule
        opens = after < end and doc.tokens[after].text in (",", ":")
        return (after + 1 if opens else after), None
    names = [i for i in range(after, that) if _name_like(doc, i)]
    addressee = _Run(names[0], names[-1] + 1, "ADR") if names and names[0] == after else None
    return that + 1, addressee


#: Tokens after a quotation searched for its verb ('"…," Mr. Vance, 36, told').
_MAX_AFTER_QUOTE = 9


def _verb_near(doc: Document, message: _Run) -> _Run | None:
    """The speech verb nearest after the quotation in its last sentence, else nearest before it
    in its first ('"…," she said.', 'He added: "…"')."""
    after = [
        i
        for i in range(message.end, min(message.end + _MAX_AFTER_QUOTE, len(doc.tokens)))
        if doc.sentence_of[i] == doc.sentence_of[message.end - 1]
    ]
    before = [
        i
        for i in range(message.start - 1, max(message.start - 9, -1), -1)
        if doc.sentence_of[i] == doc.sentence_of[message.start]
    ]
    for index in after + before:
        if doc.cue_medium[index] is not None:
            return _Run(index, index + 1, "CUE")
    return None


def _subject_near(doc: Document, cue: _Run, message: _Run) -> _Run | None:
    """Capitalised words or a pronoun next to the cue: between message and cue when there are
    any ("…," Mr Musk wrote), else on the side away from the message ("…," said Mr Musk)."""
    between = range(message.end, cue.start) if cue.start >= message.end else range(0)
    named = [i for i in between if _name_like(doc, i) and doc.tokens[i].text.isalpha()]
    if named and named[-1] == cue.start - 1:
        start = named[-1]
        while start - 1 in named:
            start -= 1
        return _Run(start, cue.start, "SPK")
    if between and cue.start - message.end > 1:  # '"…," the 58-year-old said'
        described = _subject_before(doc, cue.start)
        if described is not None and described.start >= message.end:
            return described
    step = 1 if cue.start >= message.end else -1
    index = cue.start + step
    skipped = 0
    # Lower-case titles may stand between verb and name ("said coach Maria Lopez").
    while _in_sentence(doc, index, cue) and not _name_like(doc, index) and skipped < 2:
        index += step
        skipped += 1
    start = end = index
    while _in_sentence(doc, index, cue) and _name_like(doc, index):
        start, end = min(start, index), max(end, index + 1)
        index += step
    return _Run(start, end, "SPK") if end > start else None


def _in_sentence(doc: Document, index: int, anchor: _Run) -> bool:
    return 0 <= index < len(doc.tokens) and doc.sentence_of[index] == doc.sentence_of[anchor.start]
