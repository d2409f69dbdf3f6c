"""Framed clauses: which clause of a sentence a leading or trailing frame reports, and the label
passes that take such clauses in, with sentences a pointer credits and whole reported
sentences joined into one continuation.
"""

from __future__ import annotations

from collections import Counter

from newstrace.lang.mood import konjunktiv_one
from newstrace.stages.quote_features import PRONOUNS, TYPE_CODES, Document, maybe_konjunktiv
from newstrace.stages.quotes.drafts import (
    _FINITE,
    _MIN_INDIRECT_TOKENS,
    _NOMINATIVE_DETERMINERS,
    _POSSESSIVES,
    _SENTENCE_FINAL,
    _SUBORDINATORS,
    _finite_verb,
    _konjunktiv_finite,
    _run_labels,
    _sentence_bounds,
    _sentence_end,
    _speech_verb_at,
)
from newstrace.stages.quotes.frames import (
    _MAX_FRAME_GAP,
    _MAX_LEADING_FRAME,
    _frame_verb,
    _perfect_frame,
    _pointed_back_at,
    _so_frame,
)
from newstrace.stages.quotes.grammar import _MAX_APPOSITION, _RELATIVE_OPENERS, _relative_clause_end
from newstrace.stages.quotes.phrases import _MAX_RELATIVE, _source_phrase

#: Longest frame after a message that gives its cue and speaker ("…, sagte der Sprecher der
#: Landesregierung am Montag in Hannover").
_MAX_TRAILING_FRAME = 14
#: Shortest sentence worth a look for a frame, and the most words between a leading frame's
#: cue and its comma ("erklärte am Freitagabend in einer Mitteilung, …").
_MIN_FRAMED_SENTENCE = 6
#: Longest subject (tokens) before the finite verb of a reported main clause.
_MAX_SUBJECT_TOKENS = 5
#: Verbs that open a condition ahead of its main clause: "Sollte sich der Verdacht bestätigen, …".
_CONDITION_VERBS = frozenset({"sollte", "sollten"})
#: Words opening a condition, which belongs to the statement it restricts.
_CONDITIONS = _CONDITION_VERBS | {"wenn", "falls", "sofern"}


def _frame_comma(doc: Document, verb: int, end: int) -> int | None:
    """The comma closing the frame of the cue ``verb``, fewer than ``_MAX_FRAME_GAP`` words
    after it."""
    for index in range(verb + 1, min(end, verb + _MAX_FRAME_GAP)):
        if doc.lower[index] == ",":
            return index
        # another verb of speech ends the frame; a noun from one ("auf Anfrage") does not
        if _speech_verb_at(doc, index) or doc.lower[index] in _FINITE:
            return None
    return None


def _with_framed_clauses(doc: Document, labels: list[str], konjunktiv: frozenset[str]) -> list[str]:
    """Label as indirect speech the reported clause of a sentence when a speech frame plainly
    holds it and the tagger saw nothing else there: "Madrid erklärte am Abend, Hoffmann habe …"
    (leading frame), "Es drohe ein Wettlauf, sagte er." and "…, wie der Verein mitteilte."
    (trailing frame; either way a clause in Konjunktiv or with "dass"), or a sentence the next
    one points back at ("… Stellen. Das kündigte die Vorstandschefin an.")."""
    result = list(labels)
    for number in range(len(doc.sentence_starts)):
        clause = _sentence_clause(doc, labels, number, konjunktiv)
        if clause is None:
            continue
        first, last = clause
        for index in _frame_relative_tokens(doc, last, _sentence_bounds(doc, number)[1]):
            result[index] = "O"  # "sagte der Mann, der anonym bleiben möchte": no message
        inside = Counter(
            labels[index][2:]
            for index in range(first, last)
            if labels[index] != "O" and not doc.in_quote[index]  # a quoted fragment is nested
        )
        code = inside.most_common(1)[0][0] if inside else TYPE_CODES["Indirect"]
        start, end = _sentence_bounds(doc, number)
        if code == TYPE_CODES["Reported"] and (first, last) != (start, end):
            # "Selenskyj schrieb auf X, Russland teste …": a clause its frame reports is indirect
            # speech, whatever type the recall pass guessed for it (its end mark included)
            code = TYPE_CODES["Indirect"]
            for index in range(last, _sentence_end(doc, number)):
                if labels[index][2:] == TYPE_CODES["Reported"]:
                    result[index] = "O"
        # A run the tagger began in an earlier sentence goes on ("… finanziert werden. Die
        # Refinanzierung erfolgt über die Maut. Das gab der Minister bekannt.").
        goes_on = first > 0 and result[first - 1][2:] == code
        opening = labels[first] if labels[first] != "O" else ("I-" if goes_on else "B-") + code
        if opening[2:] == TYPE_CODES["Reported"]:
            opening = opening[:2] + code
        result[first:last] = [opening] + [f"I-{code}"] * (last - first - 1)
        if (first, last) == (start, end) and _pointed_back_at(doc, number):
            # "…. Das teilte die Staatsanwaltschaft mit.": the pointer is a piece of the message
            pointer = doc.sentence_starts[number + 1]
            if result[pointer] == "O":
                result[pointer] = f"B-{code}"
    return result


def _with_joined_continuations(doc: Document, labels: list[str]) -> list[str]:
    """Sentences reported whole, with no frame of their own, one right after another, are one
    free indirect continuation: "Die Statistiken seien nicht weitergeführt worden. So gebe es
    Hinweise, dass …" — the way the quotation corpora mark them, one quotation over both."""
    result = list(labels)
    chain: int | None = None  # first token of the run of whole reported sentences so far
    for number in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        whole = _reported_whole(result, start, end) and not _pointed_back_at(doc, number)
        # "…. Das bestätigte der Vorstand.": that sentence has its own frame; "Sollte X …,
        # drohe …": a conditional claim stands apart from the plain ones around it
        if not whole or _holds_condition(doc, start, end):
            chain = None
            continue
        if chain is None or _paragraph_between(doc, start):
            chain = start if result[start].startswith("B-") else None
            continue
        stop = end  # its full stop too, as a free indirect run has it
        while stop < _sentence_end(doc, number) and doc.lower[stop] in _SENTENCE_FINAL:
            stop += 1
        result[chain:stop] = _run_labels(TYPE_CODES["IndirectFreeIndirect"], chain, stop)
    return result


def _holds_condition(doc: Document, start: int, end: int) -> bool:
    """A condition opening the sentence or one of its clauses ("Sollte …", ", wenn …")."""
    return any(
        doc.lower[index] in _CONDITIONS and (index == start or doc.lower[index - 1] == ",")
        for index in range(start, end)
    )


def _paragraph_between(doc: Document, index: int) -> bool:
    """A line break between token ``index`` and the token before it."""
    return index > 0 and "\n" in doc.text[doc.tokens[index - 1].end : doc.tokens[index].start]


def _reported_whole(labels: list[str], start: int, end: int) -> bool:
    """One indirect run over tokens ``[start, end)`` and nothing else."""
    return (
        end > start
        and all(label[2:] in _JOINED_CODES for label in labels[start:end])
        and not any(label.startswith("B-") for label in labels[start + 1 : end])
    )


#: Type codes of runs that join when whole sentences follow each other.
_JOINED_CODES = frozenset({TYPE_CODES["Indirect"], TYPE_CODES["IndirectFreeIndirect"]})


def _with_pointed_messages(doc: Document, labels: list[str]) -> list[str]:
    """A sentence the next one credits ("… will 3.000 Stellen streichen. Das teilte das
    Unternehmen mit.") is indirect speech with the pointer as its second piece, also when the
    tagger read the sentence as Reported and the pointer as a quotation of its own."""
    result = list(labels)
    reported, indirect = TYPE_CODES["Reported"], TYPE_CODES["Indirect"]
    for number in range(len(doc.sentence_starts) - 1):
        if not _pointed_back_at(doc, number):
            continue
        start, end = _sentence_bounds(doc, number)
        pointer = doc.sentence_starts[number + 1]
        whole = labels[start] == f"B-{reported}" and all(
            labels[i] == f"I-{reported}" for i in range(start + 1, end)
        )
        if not whole or labels[pointer] == "O" or labels[pointer][2:] == reported:
            continue
        result[start:end] = _run_labels(indirect, start, end)
        for index in range(end, pointer):  # the end mark is no part of the message
            result[index] = "O"
        result[pointer] = f"B-{indirect}"
    return result


def _opens_subordinate(doc: Document, start: int) -> bool:
    return doc.lower[start] in _SUBORDINATORS or doc.lower[start] in _CONDITION_VERBS


def _sentence_clause(
    doc: Document, labels: list[str], number: int, konjunktiv: frozenset[str]
) -> tuple[int, int] | None:
    start, end = _sentence_bounds(doc, number)
    if end - start < _MIN_FRAMED_SENTENCE:
        return None
    clause = _framed_clause(doc, start, end)
    if clause is not None and not (
        _reported_clause(doc, *clause, konjunktiv)
        or _after_wie_frame(doc, start, clause[0])
        or _before_wie_frame(doc, clause[1])
        or _before_so_frame(doc, clause[1])
    ):
        clause = None
    if clause is None and _pointed_back_at(doc, number):
        clause = start, end
    closing = end < len(doc.tokens) and doc.quote_mark[end] == "close"
    if clause is not None and clause[1] == end and closing:
        clause = clause[0], end + 1  # "…, er erwarte „volle Transparenz“.": the fragment closes
    if clause is None or not _fragments_quoted(doc, clause):
        return None
    first, last = clause
    in_frame = _frame_relative_tokens(doc, last, end)
    if any(
        labels[i] != "O" for i in range(start, end) if not first <= i < last and i not in in_frame
    ):
        return None  # the tagger saw something else in this sentence
    return clause


def _after_wie_frame(doc: Document, start: int, first: int) -> bool:
    """ "Wie es aus Ermittlerkreisen hieß, war Alkohol im Spiel.": after a fronted "wie" frame
    the finite verb opens the main clause, whatever its mood."""
    return doc.lower[start] == "wie" and first > start and _finite_verb(doc, first)


def _before_wie_frame(doc: Document, comma: int) -> bool:
    """ "Zwei Fischer werden vermisst, wie die Küstenwache mitteilte.": a trailing "wie" frame
    credits its clause whatever the clause's mood."""
    return comma + 1 < len(doc.tokens) and doc.lower[comma + 1] == "wie"


def _before_so_frame(doc: Document, comma: int) -> bool:
    """ "Einigen wurde in den Kopf geschossen, so Verteidigungskreise.": a trailing "so" frame
    credits its clause whatever the clause's mood."""
    return comma + 1 < len(doc.tokens) and doc.lower[comma] == "," and _so_frame(doc, comma + 1)


def _fragments_quoted(doc: Document, clause: tuple[int, int], most: int | None = None) -> bool:
    """Quoted fragments inside a reported clause (at most ``most`` of them), each opened and
    closed, none opening it, together less than half of it: "Sein Klient fühle sich
    „hingehalten“, sagte er."; a quoted sentence is direct speech, the tagger's to find. Marks
    in the frame are names ("sagte er dem Sender „Al Jazeera“") and count for nothing. A
    clause a frame plainly holds may have any number ("Meier kritisierte, X habe „…“, und für
    Y war er „…“")."""
    first, last = clause
    marks = [i for i in range(first, last) if doc.quote_mark[i]]
    if not marks:
        return not any(doc.in_quote[i] for i in range(first, last))
    pairs = len(marks) // 2
    if len(marks) % 2 or (most is not None and pairs > most):
        return False
    if [doc.quote_mark[i] for i in marks] != ["open", "close"] * pairs:
        return False
    if marks[0] <= first or marks[-1] >= last:
        return False
    quoted = sum(doc.in_quote[i] and not doc.quote_mark[i] for i in range(first, last))
    return 2 * quoted < last - first


def _framed_clause(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The clause of ``[start, end)`` that a trailing or a leading frame reports."""
    return _before_trailing_frame(doc, start, end) or _after_leading_frame(doc, start, end)


def _before_trailing_frame(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    for comma in range(end - 3, start + _MIN_INDIRECT_TOKENS - 1, -1):
        if doc.lower[comma] != ",":
            continue
        if _in_frame_relative(doc, comma, end):
            continue  # "…, sagte der Mann, der anonym bleiben möchte, im Gespräch mit …"
        after = comma + 1
        if ":" in doc.lower[after:end]:
            return None  # "…, ob er … gewesen sei, antwortete er: „…“": the frame is the colon's
        # "X reagierte auf X: Er werde …, schrieb er": the clause starts after the colon
        colons = [i for i in range(start, comma) if doc.lower[i] == ":"]
        first = colons[-1] + 1 if colons else start
        if doc.lower[after] == "wie" and _frame_verb(doc, end - 1):
            return first, comma
        if _so_frame(doc, after) and end - comma <= _MAX_TRAILING_FRAME:
            return first, comma  # "…, so Kongress- und Verteidigungskreise."
        subject = doc.lower[after + 1]
        if (
            _frame_verb(doc, after)
            and (
                subject in PRONOUNS
                or subject in _NOMINATIVE_DETERMINERS
                or subject in _POSSESSIVES  # "…, teilte sein Management mit."
                or doc.tokens[after + 1].text[:1].isupper()
            )
        ):
            return first, comma
        if _perfect_frame(doc, after, end):
            return first, comma
        if _frame_verb(doc, end - 1) and end - comma <= _MAX_TRAILING_FRAME:
            continue  # an apposition inside "…, wie Alan Stern, Direktor der NASA, erklärte"
        if _closing_apposition(doc, after, end):
            continue  # "…, erklärte der Vorsitzende des Ausschusses, Jens Ohlsen."
        return None
    return None


def _closing_apposition(doc: Document, after: int, end: int) -> bool:
    """A short noun phrase from ``after`` to the sentence's end (``end``, its end mark left
    out): the apposition that closes a frame's subject ("…, sagte der Sprecher des Vereins, Jan
    Roth.")."""
    if end - after > _MAX_APPOSITION or end >= len(doc.tokens):
        return False
    return _source_phrase(doc, after, end + 1) == end


def _in_frame_relative(doc: Document, comma: int, end: int) -> bool:
    """``comma`` opens or closes a relative clause ("…, der anonym bleiben möchte, …") whose
    own opening comma follows a frame verb's subject: the frame goes on around it."""
    if doc.lower[comma] != "," or comma + 1 >= len(doc.tokens):
        return False
    if doc.lower[comma + 1] in _RELATIVE_OPENERS:
        opening = comma
    else:
        floor = max(comma - _MAX_RELATIVE, 0)
        opening = next(
            (
                earlier
                for earlier in range(comma - 2, floor, -1)
                if _relative_clause_end(doc, earlier, end) == comma
            ),
            -1,
        )
    return opening > 2 and (_frame_verb(doc, opening - 2) or _frame_verb(doc, opening - 3))


def _frame_relative_tokens(doc: Document, last: int, end: int) -> set[int]:
    """Tokens of the relative clauses inside a trailing frame starting at comma ``last``."""
    tokens: set[int] = set()
    for comma in range(last + 1, end):
        closing = _relative_clause_end(doc, comma, end)
        if closing is None or not _in_frame_relative(doc, comma, end):
            continue
        tokens.update(range(comma + 1, closing))
        rest = range(closing, end)
        if not any(doc.lower[i] in ("und", "dass") or _frame_verb(doc, i) for i in rest):
            tokens.update(rest)  # "…, im Gespräch mit unserer Zeitung.": the frame's adjunct
    return tokens


def _after_leading_frame(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    if _opens_subordinate(doc, start):
        return None  # "Wenn sich die Berichte bestätigten, …": the verb is the condition's
    verb = _leading_frame_verb(doc, start, end)
    if verb is None:
        return None
    comma = _frame_comma(doc, verb, end)
    if comma is None:
        return None
    return comma + 1, _relative_frame_end(doc, start, verb, comma, end)


def _leading_frame_verb(doc: Document, start: int, end: int) -> int | None:
    """The first cue verb after the first word of ``[start, end)``, near enough to its start to
    frame the rest."""
    last = min(end, start + _MAX_LEADING_FRAME)
    return next((i for i in range(start + 1, last) if _frame_verb(doc, i)), None)


def _relative_frame_end(doc: Document, start: int, verb: int, comma: int, end: int) -> int:
    """ "Die Partei, deren Chef sagte, er trete zurück, verliert …": a frame inside a relative
    clause reports up to the comma before the main clause's finite verb (in the indicative: a
    Konjunktiv one goes on with the message, "…, sei aber müde")."""
    commas = [i for i in range(start, verb) if doc.lower[i] == ","]
    if not commas or doc.lower[commas[-1] + 1] not in _RELATIVE_OPENERS:
        return end
    if any(not doc.tag[i].startswith(("V", "PTKVZ")) for i in range(verb + 1, comma)):
        return end  # no verb-final clause: ", der Sekretär der Partei sagte gegenüber X, …"
    for index in range(comma + 1, end - 1):
        if doc.in_quote[index] or doc.lower[index] != ",":
            continue
        if _finite_verb(doc, index + 1) and not _konjunktiv_finite(doc, index + 1):
            return index
    return end


def _reported_clause(doc: Document, start: int, end: int, konjunktiv: frozenset[str]) -> bool:
    """Reported speech shows its mood ("dass", a Konjunktiv: "habe", "sei", "würde"), or the
    frame holds a main clause in the indicative ("sagte Rice, die USA hielten sich an …")."""
    if doc.lower[start] in _CONDITIONS and "," not in doc.lower[start:end]:
        return False  # "X hatte gedroht, sollte Y den Preis vergeben": a condition, no content
    if end - start < _MIN_INDIRECT_TOKENS:
        # "…, Europa zeige Stärke": a short clause only with a plain Konjunktiv I
        return end - start >= _MIN_KONJUNKTIV_CLAUSE and any(
            konjunktiv_one(doc.tokens[index].text, doc.language) for index in range(start, end)
        )
    if doc.lower[start] == "dass":
        return True
    mood = any(
        doc.lower[index] in konjunktiv
        or maybe_konjunktiv(doc, index)
        or _konjunktiv_finite(doc, index)
        for index in range(start, end)
    )
    return mood or _main_clause(doc, start, end)


def _main_clause(doc: Document, start: int, end: int) -> bool:
    """A subject ("die USA", "sie", "Washington"), then a finite verb: no relative clause
    ("der … gestand"), no list of names, no subordinate clause."""
    word = doc.lower[start]
    if word in _SUBORDINATORS or not (
        word in PRONOUNS or word in _NOMINATIVE_DETERMINERS or doc.tokens[start].text[:1].isupper()
    ):
        return False
    following = start + 1
    if word in _NOMINATIVE_DETERMINERS and doc.tag[following] == "ADJ(A)":
        following += 1  # "Der zuständige Tierarzt soll …": an adjective before the noun
    if word in _NOMINATIVE_DETERMINERS and not doc.tokens[following].text[:1].isupper():
        return False  # "der mehr als zehn Brandstiftungen gestand": a relative pronoun
    second = start + 1
    if word in _NOMINATIVE_DETERMINERS or word in _POSSESSIVES:
        while second < end and doc.tag[second] == "ADJ(A)":
            second += 1
        second += 1  # past the noun
    # "Die Gedichte beschreiben …": the verb right after the subject is finite, whatever form
    # it has alone ("beschreiben" could be an infinitive, "beschrieben" a participle)
    if second < end and doc.tag[second].startswith("V") and doc.tokens[second].text.islower():
        return True
    return any(
        _finite_verb(doc, index)
        for index in range(start + 1, min(end, start + _MAX_SUBJECT_TOKENS + 1))
    )


#: Shortest one with a Konjunktiv I verb, which shows the mood by itself ("Europa zeige Stärke").
_MIN_KONJUNKTIV_CLAUSE = 3
