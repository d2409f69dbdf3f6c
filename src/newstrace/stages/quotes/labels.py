"""Label passes over the message tagger's output: recall of weak stretches, frames given back
(trailing, leading, inserted, colon), headings, relative subjects and attached clauses, and
direct speech by its quote marks and frame.
"""

from __future__ import annotations

import pycrfsuite  # type: ignore[import-untyped]

from newstrace.lang.mood import (
    konjunktiv_one,
    konjunktiv_two,
    modal_konjunktiv_two,
    reported_speech_form,
)
from newstrace.lang.speech import CLAUSE_ENDS, lexicon
from newstrace.stages.quote_features import TYPE_CODES, Document, quote_pairs
from newstrace.stages.quotes.clauses import (
    _MAX_TRAILING_FRAME,
    _after_leading_frame,
    _frame_comma,
    _leading_frame_verb,
)
from newstrace.stages.quotes.drafts import (
    _DATIVE_ARTICLES,
    _MIN_NESTED_MESSAGE,
    _SENTENCE_FINAL,
    _finite_verb,
    _first_finite,
    _konjunktiv_finite,
    _Run,
    _run_labels,
    _runs,
    _sentence_bounds,
)
from newstrace.stages.quotes.frames import (
    _MAX_LEADING_FRAME,
    _closes_sentence,
    _frame_verb,
    _heading_label,
    _so_frame,
    _zu_infinitive,
)
from newstrace.stages.quotes.grammar import (
    _RELATIVE_OPENERS,
    _nominal_opening,
    _quoting_act,
    _second_place,
    _speech_act_subject,
)

#: A stretch that joins no run of its type needs this many tokens to become a message.
_MIN_STRETCH = 4
#: Words of a frame inserted between two halves of a sentence ("…, sagte die Ministerin am
#: Montag, …").
_MAX_INSERTED_FRAME = 8
#: Fewest words inside quotation marks that a following frame makes direct speech ("„Das ist
#: ein Durchbruch“, sagte …"); shorter quoted bits are mostly names and scare quotes.
_MIN_FRAMED_DIRECT = 3
#: Words a cue verb may stand before the colon that opens a direct quotation ("antwortete
#: der Minister am Dienstag: „…“").
_MAX_COLON_FRAME = 6
#: Words the frame between the halves of an interrupted direct quotation may have ("“, sagte
#: der 29-Jährige am Sonntag im ORF, „").
_MAX_SPLIT_FRAME = 10


def _recall_labels(
    doc: Document, tagger: pycrfsuite.Tagger, labels: list[str], min_outside: float
) -> list[str]:
    """Relabel stretches of "O" tokens whose marginal "O" probability is below ``min_outside``.

    Viterbi decoding favours precision; a lower bar for leaving "O" trades some of it for
    recall, which the averaged F1 rewards. A stretch takes one type (the most probable over
    it) and joins an adjoining run of that type; a lone short stretch is noise and stays "O",
    and so does a leading frame ("sagte Herr Musk Putin, | dass …"). Must run right after
    ``tagger.tag``.
    """
    codes = sorted({label[2:] for label in tagger.labels() if label != "O"})
    weak = [
        label == "O" and tagger.marginal("O", i) < min_outside for i, label in enumerate(labels)
    ]
    result = list(labels)
    index = 0
    while index < len(labels):
        if not weak[index]:
            index += 1
            continue
        end = index
        while end < len(labels) and weak[end]:
            end += 1
        if not (
            _leading_frame(doc, labels, index, end)
            or _plain_next_sentence(doc, labels, index, end)
            or _trailing_frame_stretch(doc, labels, index, end)
        ):
            _relabel(tagger, result, codes, index, end)
            if end < len(labels) and labels[end].startswith("B-") and _sentence_start(doc, end):
                # the tagger began a new quotation with the sentence: the end mark parts them
                result[end] = labels[end]
                if doc.lower[end - 1] in _SENTENCE_FINAL:
                    result[end - 1] = "O"
        index = end
    return result


def _trailing_frame_stretch(doc: Document, labels: list[str], start: int, end: int) -> bool:
    """A stretch that opens with the comma after a message and a cue verb ("Er habe nie
    jemanden gedemütigt|, sagte er."): the frame of the message before it."""
    return (
        0 < start < end - 1
        and labels[start - 1] != "O"
        and doc.lower[start] == ","
        and _frame_verb(doc, start + 1)
    )


def _plain_next_sentence(doc: Document, labels: list[str], start: int, end: int) -> bool:
    """A stretch that opens the sentence after a quotation and has no reported-speech verb
    ("… gewirkt. | Unabhängige Experten mahnen zur Vorsicht."): the page's own voice again."""
    if not _sentence_start(doc, start) or labels[start - 1] == "O":
        return False
    return not any(
        reported_speech_form(doc.tokens[i].text, doc.language) for i in range(start, end)
    )


def _sentence_start(doc: Document, index: int) -> bool:
    return index > 0 and doc.sentence_of[index] != doc.sentence_of[index - 1]


def _leading_frame(doc: Document, labels: list[str], start: int, end: int) -> bool:
    """Whether tokens ``start:end`` belong to the frame of the message right after them (the
    "O" tokens between them and it included): a comma parts frame and message, and the frame
    holds a cue verb."""
    sentence = doc.sentence_of[start]
    while end < len(labels) and labels[end] == "O" and doc.sentence_of[end] == sentence:
        end += 1
    # "sagte | der frühere Generalsekretär X, | der Westen …": the subject after the verb too
    after_verb = (
        start > 0 and doc.sentence_of[start - 1] == sentence and _frame_verb(doc, start - 1)
    )
    return (
        end < len(labels)
        and labels[end] != "O"
        and doc.sentence_of[end] == sentence
        and doc.lower[end - 1] == ","
        and (after_verb or any(_frame_verb(doc, index) for index in range(start, end)))
    )


def _relabel(
    tagger: pycrfsuite.Tagger, labels: list[str], codes: list[str], start: int, end: int
) -> None:
    def mass(code: str) -> float:
        return sum(
            float(tagger.marginal("B-" + code, i) + tagger.marginal("I-" + code, i))
            for i in range(start, end)
        )

    code = max(codes, key=mass)
    before = labels[start - 1][2:] if start and labels[start - 1] != "O" else None
    after = labels[end][2:] if end < len(labels) and labels[end] != "O" else None
    if end - start < _MIN_STRETCH and code not in (before, after):
        return
    for i in range(start, end):
        labels[i] = ("I-" if i > start or before == code else "B-") + code
    if after == code:
        labels[end] = "I-" + code


def _without_trailing_frames(doc: Document, labels: list[str]) -> list[str]:
    """Give back to the frame what the message tagger took of it: in "…, sagte der Sprecher."
    and "Es sei ernst, erklärten sie am Mittwoch." the comma, the cue verb and its subject
    follow the message; German puts the verb first in such an inserted frame. A run over
    several sentences is read sentence by sentence ("Die Regierung habe …, sagte der Minister.
    Weitere Lieferungen seien unterwegs."): the frame splits it, and a later sentence with a
    frame of its own is a quotation of its own ("…. Wenn er spielte, riskiere er viel, sagte
    der Coach.")."""
    result = list(labels)
    for run in _runs(labels):
        framed_before = False  # the sentence before had a frame of its own
        for number, piece in enumerate(_sentence_pieces(doc, run)):
            if framed_before:
                result[piece.start] = "B-" + result[piece.start][2:]
            comma = _trailing_frame_comma(doc, piece)
            inserted = None if comma is not None else _inserted_frame(doc, piece)
            framed_before = inserted is not None
            if inserted is not None:
                # "Sie verstehe den Ärger, sagte Hummel, halte die Maßnahme aber für richtig.":
                # the frame parts two halves of one indirect quotation
                first, last = inserted
                code = TYPE_CODES["Indirect"] if piece.code in _CONTINUATION_CODES else piece.code
                result[piece.start : first] = _run_labels(code, piece.start, first)
                result[first : last + 1] = ["O"] * (last + 1 - first)
                result[last + 1 : piece.end] = _run_labels(code, last + 1, piece.end)
                continue
            if comma is not None:
                result[comma : piece.end] = ["O"] * (piece.end - comma)
                if piece.code in _CONTINUATION_CODES:
                    # "…, berichtete der Däne.": a frame of its own makes it indirect speech
                    indirect = TYPE_CODES["Indirect"]
                    result[piece.start : comma] = _run_labels(indirect, piece.start, comma)
            # A quoted passage of several sentences stays one ("„A. B“, sagte er").
            framed_after = (
                piece.end + 1 < len(doc.tokens)
                and doc.lower[piece.end] == ","
                and _frame_verb(doc, piece.end + 1)
                and not doc.in_quote[piece.start]
            )
            if number > 0 and (comma is not None or framed_after):
                result[piece.start] = "B-" + result[piece.start][2:]
            elif number > 0 and _own_speech_act(doc, piece):
                # "…, die Anlage sei defekt gewesen. | Das Unternehmen dementierte dies.": the
                # page tells of a speech act in its own voice; no continuation
                result[piece.start : piece.end] = ["O"] * (piece.end - piece.start)
            elif piece.code in _CONTINUATION_CODES and _reports_own_act(doc, piece):
                # "Das Klinikum bestreitet dies." tagged as a continuation: the sentence names
                # its own speaker and speech act, so it reports speech in the page's voice
                reported = TYPE_CODES["Reported"]
                result[piece.start : piece.end] = _run_labels(reported, piece.start, piece.end)
    return result


#: Type codes of quotations that go on with an earlier speaker and have no frame of their own.
_CONTINUATION_CODES = frozenset({TYPE_CODES["FreeIndirect"], TYPE_CODES["IndirectFreeIndirect"]})


def _reports_own_act(doc: Document, piece: _Run) -> bool:
    """An own speech act ("Das Klinikum bestreitet dies.") whose verb reports speech by itself
    (not "Sie zeigten, dass …", a Konjunktiv II that goes on with a speaker)."""
    return _own_speech_act(doc, piece) and (
        _speech_act_subject(doc, piece.start, piece.end, lexicon(doc.language)) is not None
    )


def _own_speech_act(doc: Document, piece: _Run) -> bool:
    """A sentence outside quote marks whose verb in second place is a speech verb in the
    indicative ("Das Unternehmen dementierte dies.")."""
    if doc.in_quote[piece.start]:
        return False
    placed = _second_place(doc, piece.start, piece.end)
    if placed is None or placed[1] is None:
        return False
    finite = placed[0]
    return (
        finite < piece.end
        and doc.cue_medium[finite] is not None
        and _finite_verb(doc, finite)
        and not konjunktiv_one(doc.tokens[finite].text, doc.language)
    )


def _without_leading_frames(doc: Document, labels: list[str]) -> list[str]:
    """Give back a frame the message tagger took that opens with its verb: "Berichten zufolge
    sagte Herr Musk Putin, dass …" (a message never starts with the verb that frames it)."""
    result = list(labels)
    for run in _runs(labels):
        for piece in _sentence_pieces(doc, run):
            verb = _opening_frame_verb(doc, piece)
            if verb is None:
                comma = _closing_frame_comma(doc, piece)
                if comma is not None:  # "Der Minister ließ am Montag erklären, er werde …"
                    end = piece.end - (doc.lower[piece.end - 1] in _SENTENCE_FINAL)
                    result[piece.start : piece.end] = ["O"] * (piece.end - piece.start)
                    result[comma + 1 : end] = _run_labels(TYPE_CODES["Indirect"], comma + 1, end)
                continue
            comma = _frame_comma(doc, verb, piece.end)
            if comma is not None and piece.end - comma > _MIN_NESTED_MESSAGE:
                result[piece.start : comma + 1] = ["O"] * (comma + 1 - piece.start)
                if verb != piece.start:  # its own frame: indirect speech, not a continuation
                    code = TYPE_CODES["Indirect"]
                    result[comma + 1 : piece.end] = _run_labels(code, comma + 1, piece.end)
    return result


def _closing_frame_comma(doc: Document, piece: _Run) -> int | None:
    """The comma after a frame that opens the piece's sentence and ends with its verb of
    speech ("Der Minister ließ am Montag erklären, …", "X hat am Montag gesagt, …"), when a
    clause in Konjunktiv I follows."""
    opens = piece.start == 0 or doc.sentence_of[piece.start - 1] != doc.sentence_of[piece.start]
    if not opens:
        return None
    last = min(piece.end, piece.start + _MAX_LEADING_FRAME)
    comma = next((i for i in range(piece.start + 2, last) if doc.lower[i] == ","), None)
    if comma is None or piece.end - comma <= _MIN_NESTED_MESSAGE:
        return None
    act = _quoting_act(doc, piece.start, comma)
    if act is None or act[0] is None or act[1].end != comma:
        return None
    reported = any(_konjunktiv_finite(doc, i) for i in range(comma + 1, piece.end))
    return comma if reported else None


def _without_relative_subjects(doc: Document, labels: list[str]) -> list[str]:
    """Give back a frame's subject the message tagger took for a message because a relative
    clause hangs on it: "Die Reederei, die das Schiff gechartert hat, | teilte mit, man …"."""
    result = list(labels)
    for number in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        clause = _after_leading_frame(doc, start, end)
        if clause is None or labels[clause[0]] == "O":
            _relabel_plain_relative_subject(doc, result, start, end)
            continue
        subject_end = _relative_subject_end(doc, start, end)
        if subject_end is None:
            continue
        result[start:subject_end] = ["O"] * (subject_end - start)
    return result


def _relabel_plain_relative_subject(doc: Document, labels: list[str], start: int, end: int) -> None:
    """A run that is only the subject of an indicative main clause, with a relative clause on
    it ("Eine Hebamme, die anonym bleiben wollte, | schilderte dem epd die Lage."), is no
    message: it joins the sentence's reported run after it, or goes."""
    if labels[start] == "O":
        return
    stop = next((i for i in range(start + 1, end) if not labels[i].startswith("I-")), end)
    comma = stop - 1 if doc.lower[stop - 1] == "," else stop
    if comma >= end or doc.lower[comma] != "," or comma + 1 >= end:
        return
    inner = [i for i in range(start, comma) if doc.lower[i] == ","]
    if len(inner) != 1 or doc.lower[inner[0] + 1] not in _RELATIVE_OPENERS:
        return
    if not _nominal_opening(doc, start) or _first_finite(doc, range(start, inner[0])) is not None:
        return
    verb = comma + 1
    if not _finite_verb(doc, verb) or _konjunktiv_finite(doc, verb):
        return  # "Der Mann, der verhaftet wurde, sei unschuldig": the subject of a message
    reported = TYPE_CODES["Reported"]
    if all(label[2:] == reported for label in labels[comma + 1 : end]):
        labels[start:end] = _run_labels(reported, start, end)
    else:
        labels[start : comma + 1] = ["O"] * (comma + 1 - start)


def _relative_subject_end(doc: Document, start: int, end: int) -> int | None:
    """Where the subject of a leading frame ends when it is a noun phrase with one relative
    clause before the frame verb ("Die Reederei, die … hat, teilte mit,"), else None."""
    verb = None if _frame_verb(doc, start) else _leading_frame_verb(doc, start, end)
    if verb is None or verb < start + 2 or doc.lower[verb - 1] != ",":
        return None
    commas = [i for i in range(start, verb - 1) if doc.lower[i] == ","]
    if len(commas) != 1 or doc.lower[commas[0] + 1] not in _RELATIVE_OPENERS:
        return None
    if not _nominal_opening(doc, start) or _first_finite(doc, range(start, commas[0])) is not None:
        return None
    return verb


#: Prepositions that front the source of a report: "Aus Verwaltungskreisen hieß es, …".
_FRONTED_SOURCE_PREPOSITIONS = frozenset({"aus", "von", "vonseiten", "seitens"})
#: Most words of a fronted source phrase before the verb.
_MAX_FRONTED_SOURCE = 4


def _opening_frame_verb(doc: Document, piece: _Run) -> int | None:
    """The cue verb a piece opens with, or that follows a source phrase fronted at the start of
    its sentence ("Aus Verwaltungskreisen hieß es allerdings, …")."""
    if _frame_verb(doc, piece.start):
        return piece.start
    opens = piece.start == 0 or doc.sentence_of[piece.start - 1] != doc.sentence_of[piece.start]
    if not opens or doc.lower[piece.start] not in _FRONTED_SOURCE_PREPOSITIONS:
        return None
    for index in range(piece.start + 1, min(piece.end, piece.start + 1 + _MAX_FRONTED_SOURCE)):
        if doc.lower[index] in (",", "„", "“") or doc.quote_mark[index]:
            return None
        if _frame_verb(doc, index):
            return index
    return None


def _sentence_pieces(doc: Document, run: _Run) -> list[_Run]:
    """The run cut after each sentence end inside it."""
    pieces = []
    start = run.start
    for index in range(run.start, run.end - 1):
        if (
            doc.lower[index] in _SENTENCE_FINAL
            and doc.sentence_of[index + 1] != doc.sentence_of[index]
        ):
            pieces.append(_Run(start, index + 1, run.code))
            start = index + 1
    pieces.append(_Run(start, run.end, run.code))
    return pieces


def _closes_clause(doc: Document, comma: int) -> bool:
    """A name before the comma ends an apposition ("Edmund Stoiber, warf …"), not a clause; a
    common noun ends one ("…, er halte sich an keine Abmachung, berichtete der Däne")."""
    return (
        bool(doc.quote_mark[comma - 1])
        or not doc.tokens[comma - 1].text[:1].isupper()
        or doc.tag[comma - 1] == "NN"
    )


def _inserted_frame(doc: Document, run: _Run) -> tuple[int, int] | None:
    """The commas around a frame inside a sentence of indirect speech whose second half goes on
    in Konjunktiv I ("…, sagte Hummel, halte …"), else None."""
    if run.code == TYPE_CODES["Reported"]:
        return None
    for first in range(run.start + 2, run.end - 3):
        if doc.lower[first] != "," or not _frame_verb(doc, first + 1):
            continue
        if not _closes_clause(doc, first):
            continue
        limit = min(run.end - 2, first + 2 + _MAX_INSERTED_FRAME)
        for last in range(first + 3, limit):
            word = doc.lower[last]
            if word in _SENTENCE_FINAL or doc.quote_mark[last]:
                break
            if word == ",":
                return (first, last) if _konjunktiv_finite(doc, last + 1) else None
    return None


def _with_first_halves(doc: Document, labels: list[str]) -> list[str]:
    """Label the first half of indirect speech that a frame interrupts when the tagger took
    only the second: "Sie verstehe den Ärger, sagte Hummel, | halte die Maßnahme …" — the
    first clause is in Konjunktiv I too."""
    result = list(labels)
    for number in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        inserted = _inserted_frame(doc, _Run(start, end, TYPE_CODES["Indirect"]))
        if inserted is None:
            continue
        first, last = inserted
        second = labels[last + 1]
        if not second.startswith("B-") or any(label != "O" for label in labels[start:first]):
            continue
        finite = _first_finite(doc, range(start, first))
        if finite is not None and _konjunktiv_finite(doc, finite):
            result[start:first] = _run_labels(second[2:], start, first)
    return result


def _trailing_frame_comma(doc: Document, run: _Run) -> int | None:
    if run.code == TYPE_CODES["Reported"]:
        return None  # reported speech holds its subject and verb: "X, Chef von Y, warf …"
    last = run.end - 1
    floor = max(run.start + 1, last - _MAX_TRAILING_FRAME)
    for comma in range(last - 1, floor - 1, -1):
        word = doc.lower[comma]
        if word in _SENTENCE_FINAL or doc.quote_mark[comma]:
            return None
        if word != ",":
            continue
        verb = comma + 1
        subject = verb + 1
        closes_clause = _closes_clause(doc, comma)
        if closes_clause and _frame_verb(doc, verb) and subject <= last:
            subject_word = doc.lower[subject]
            if subject_word not in CLAUSE_ENDS and subject_word not in _DATIVE_ARTICLES:
                return comma
        if closes_clause and _so_frame(doc, verb) and _closes_sentence(doc, verb):
            return comma  # "…, so Konzernchef Oliver Blume."
        return None
    return None


def _with_framed_direct(doc: Document, labels: list[str]) -> list[str]:
    """Label as direct speech a quotation the tagger left out although a speech frame plainly
    goes with it: "„Der Hafen ist das Herz der Stadt“, betonte die 48-Jährige." (a comma and
    a cue verb or "so" and a speaker after it: "…“, so der Gewerkschaftsvorstand.") or
    "antwortete er: „Nicht wenige. …“" (a cue verb and a colon before it). The quoted stretch
    holds at least ``_MIN_FRAMED_DIRECT`` words. A direct run the tagger broke off inside the
    marks (at a dash: "„Man muss das nicht verniedlichen – aber …“") takes in the rest."""
    result = list(labels)
    for opening, closing in quote_pairs(doc, 0, len(doc.tokens)):
        if closing - opening - 1 < _MIN_FRAMED_DIRECT:
            continue
        inside = labels[opening : closing + 1]
        if any(label != "O" for label in inside) and not _direct_cut_short(
            labels, opening, closing
        ):
            continue
        if not (_framed_after(doc, opening, closing) or _framed_before(doc, opening)):
            continue
        code = TYPE_CODES["Direct"]
        result[opening : closing + 1] = _run_labels(code, opening, closing + 1)
    return result


def _direct_cut_short(labels: list[str], opening: int, closing: int) -> bool:
    """Only direct speech opening at the opening mark is labelled inside the marks, and no run
    goes on past the closing one."""
    direct = TYPE_CODES["Direct"]
    after = labels[closing + 1] if closing + 1 < len(labels) else "O"
    return (
        labels[opening] == f"B-{direct}"
        and not after.startswith("I-")
        and all(label == "O" or label[2:] == direct for label in labels[opening : closing + 1])
    )


def _with_quoted_runs_direct(doc: Document, labels: list[str]) -> list[str]:
    """A quotation whose message runs open at its opening mark and stay inside it is direct
    speech as a whole, marks included, even when the tagger typed it otherwise because a "dass"
    or a Konjunktiv stands inside or left its last sentence out: "zitiert den Prediger mit den
    Worten „Wir warnen das Abendland, dass … werden. Oh ihr Ungläubigen, …“". The runs cover at
    least half of it, so a quoted title inside an author's sentence stays as it is."""
    result = list(labels)
    direct = TYPE_CODES["Direct"]
    for opening, closing in quote_pairs(doc, 0, len(doc.tokens), outermost=True):
        inside = labels[opening : closing + 1]
        after = labels[closing + 1] if closing + 1 < len(labels) else "O"
        if labels[opening].startswith("I-") or after.startswith("I-"):
            continue  # a run from before the opening mark or on after the closing one
        if not any(label.startswith("B-") for label in inside[:2]):
            continue
        if all(label[2:] == direct for label in inside if label != "O"):
            continue
        if 2 * sum(label != "O" for label in inside) < len(inside):
            continue
        result[opening : closing + 1] = _run_labels(direct, opening, closing + 1)
    return result


def _framed_after(doc: Document, opening: int, closing: int) -> bool:
    if closing + 2 >= len(doc.tokens) or doc.sentence_of[opening] != doc.sentence_of[closing]:
        return False
    return _frame_after_mark(doc, closing)


def _frame_after_mark(doc: Document, closing: int) -> bool:
    """A comma and a cue verb or "so" right after the closing mark at ``closing``."""
    return doc.lower[closing + 1] == "," and (
        _frame_verb(doc, closing + 2) or _so_frame(doc, closing + 2)
    )


def _framed_before(doc: Document, opening: int) -> bool:
    if _after_with_words(doc, opening) or _second_half(doc, opening):
        return True
    colon = opening - 1
    if colon < 1 or doc.lower[colon] != ":":
        return False
    sentence_start = doc.sentence_starts[doc.sentence_of[colon]]
    first = max(sentence_start, colon - _MAX_COLON_FRAME)
    return any(_frame_verb(doc, index) for index in range(first, colon))


def _second_half(doc: Document, opening: int) -> bool:
    """The quotation resumes after a frame that interrupts it: "„Ich habe alles riskiert“,
    sagte der 29-Jährige im ORF, „das war mein bester Slalom.“" (the frame opens with a cue
    verb right after the first half's closing mark and comma)."""
    comma = opening - 1
    if comma < 1 or doc.lower[comma] != ",":
        return False
    first = max(doc.sentence_starts[doc.sentence_of[comma]], comma - _MAX_SPLIT_FRAME)
    for closing in range(comma - 1, first - 1, -1):
        if doc.quote_mark[closing]:
            return (
                doc.quote_mark[closing] == "close"
                and closing + 2 < comma
                and _frame_after_mark(doc, closing)
            )
    return False


def _after_with_words(doc: Document, opening: int) -> bool:
    """The quotation follows "mit den Worten" or "mit folgenden Worten" without a colon."""
    noun = opening - 1
    first = max(doc.sentence_starts[doc.sentence_of[opening]], noun - 3)
    return noun > 0 and doc.lower[noun] == "worten" and "mit" in doc.lower[first:noun]


_ATTACHED_CLAUSE_OPENERS = _RELATIVE_OPENERS | {"um"}


def _without_attached_clauses(doc: Document, labels: list[str], language: str) -> list[str]:
    """Unlabel a message run that is only a purpose clause ("…, um … zu tun") or a relative
    clause closed by an indicative verb ("…, der … umfasst") after a comma, with no quotation
    mark and no verb of reported speech in it: nobody is quoted there."""
    result = list(labels)
    index = 0
    while index < len(labels):
        if labels[index] == "O":
            index += 1
            continue
        end = index + 1
        while end < len(labels) and labels[end].startswith("I-"):
            end += 1
        if (
            index > 0
            and doc.lower[index - 1] == ","
            and doc.lower[index] in _ATTACHED_CLAUSE_OPENERS
            and _closes_attached_clause(doc, index, end)
            and not any(doc.quote_mark[i] for i in range(index, end))
            and not any(reported_speech_form(doc.lower[i], language) for i in range(index, end))
        ):
            result[index:end] = ["O"] * (end - index)
        index = end
    return result


def _without_main_clause_rest(doc: Document, labels: list[str]) -> list[str]:
    """Unlabel what follows a message framed inside a relative clause once the main clause
    resumes ("Die Partei, deren Chef sagte, er trete zurück, | verliert an Zustimmung")."""
    result = list(labels)
    for number in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        clause = _after_leading_frame(doc, start, end)
        if clause is None or clause[1] == end:
            continue
        for index in range(clause[1], end):
            if not doc.in_quote[index] and not doc.quote_mark[index]:
                result[index] = "O"
    return result


def _closes_attached_clause(doc: Document, start: int, end: int) -> bool:
    comma = next((i for i in range(start + 1, end) if doc.lower[i] == ","), None)
    if doc.lower[start] != "um" and comma is not None and _zu_infinitive(doc, comma - 1):
        return False  # a zu-infinitive, then more: "…, die Bank zu boykottieren, allerdings nicht"
    last = end - 1
    while last > start and not doc.lower[last].isalpha():
        last -= 1
    if doc.lower[start] == "um":
        return _zu_infinitive(doc, last)
    if not any(doc.tag[i].startswith("V") for i in range(start, end)):
        return True  # a piece of a relative clause with no verb ("…, die Moskau letzte Woche")
    # A relative clause ends in its finite verb, lower case; an infinitive ends something else
    # ("…, den Neubau zu verzögern").
    return (
        doc.tokens[last].text.islower()
        and doc.tag[last] not in _INFINITIVE_TAGS
        and not _zu_infinitive(doc, last)
    )


#: HanTa's tags of infinitives.
_INFINITIVE_TAGS = frozenset({"VV(INF)", "VA(INF)", "VM(INF)", "VV(IZU)"})


def _without_colon_frames(doc: Document, labels: list[str], language: str) -> list[str]:
    """Give back the frame of a run that opens its sentence with a clause in the indicative
    ending in a colon before a clause in Konjunktiv: "Dieser reagierte gelassen: Er freue sich
    …" is Indirect speech of "Dieser", whose own words the page tells plainly."""
    result = list(labels)
    for run in _runs(labels):
        if not _sentence_start(doc, run.start):
            continue
        last = min(run.end, run.start + _MAX_COLON_CLAUSE + 1)
        colon = next((i for i in range(run.start + 2, last) if doc.lower[i] == ":"), None)
        if colon is None or run.end - colon <= _MIN_NESTED_MESSAGE:
            continue
        frame = range(run.start, colon)
        if any(doc.quote_mark[i] or doc.lower[i] in CLAUSE_ENDS for i in frame):
            continue
        said = _first_finite(doc, frame)
        told = _first_finite(doc, range(colon + 1, run.end))
        if said is None or told is None or reported_speech_form(doc.lower[said], language):
            continue
        if not (
            reported_speech_form(doc.lower[told], language)
            or konjunktiv_two(doc.lower[told], language)
            or modal_konjunktiv_two(doc.lower[told], language)
        ):
            continue
        result[run.start : colon + 1] = ["O"] * (colon + 1 - run.start)
        code = TYPE_CODES["Indirect"]
        result[colon + 1 : run.end] = _run_labels(code, colon + 1, run.end)
    return result


#: Most words of a clause that frames the message after its colon ("Marsh verwies dagegen auf
#: die hohen Zinsen:").
_MAX_COLON_CLAUSE = 10


def _joined_one_word_runs(labels: list[str]) -> list[str]:
    """A one-token message run right before a "B-" of its code goes on into it: no quotation
    is one word long ("Die" in "B-R B-R I-R …")."""
    result = list(labels)
    for index in range(1, len(result)):
        if result[index].startswith("B-") and result[index - 1] == result[index]:
            result[index] = "I-" + result[index][2:]
    return result


def _without_heading_labels(doc: Document, labels: list[str]) -> list[str]:
    """A message starts after the heading of its list item ("Arbeitswelt: | Die SPD …")."""
    result = list(labels)
    for index, label in enumerate(labels):
        if label != "O" and _heading_label(doc, index):
            result[index : index + 2] = ["O", "O"]
    return result
