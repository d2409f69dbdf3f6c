"""Label passes that take in what the tagger left out: Konjunktiv I continuations, reported frames
and rests, hearsay modals, plans, leading conditions, infinitive complements and noun clauses.
"""

from __future__ import annotations

from newstrace.lang.hanta import analyse
from newstrace.lang.mood import konjunktiv_one, konjunktiv_two, modal_konjunktiv_two
from newstrace.lang.speech import CLAUSE_ENDS
from newstrace.stages.quote_features import TYPE_CODES, Document, initial_stop, maybe_konjunktiv
from newstrace.stages.quotes.clauses import (
    _CONDITIONS,
    _MIN_FRAMED_SENTENCE,
    _fragments_quoted,
    _opens_subordinate,
    _reported_whole,
)
from newstrace.stages.quotes.drafts import (
    _DEPENDENT_OPENERS,
    _HEARSAY_MODALS,
    _SENTENCE_FINAL,
    _SOURCE_WORDS,
    _SUBORDINATORS,
    _finite_verb,
    _first_finite,
    _konjunktiv_finite,
    _Run,
    _run_labels,
    _runs,
    _sentence_bounds,
    _sentence_end,
)
from newstrace.stages.quotes.frames import (
    _MAX_LEADING_FRAME,
    _frame_noun_comma,
    _frame_nouns,
    _frame_verb,
    _intent_frame,
    _passive_auxiliary_in,
    _zu_infinitive,
)
from newstrace.stages.quotes.grammar import _MAX_LEADING_PHRASE, _RELATIVE_OPENERS
from newstrace.stages.quotes.nested import _nested_frame

#: Object pronouns left over in front of a subject once a leading verb is cut ("… ihn der …").
#: One-word sentence openers that name no one who could speak ("Es gibt …", "Ihnen drohen …").
#: Openers of infinitive clauses that are no one's words ("um … zu", "ohne … zu").
_ADVERBIAL_INFINITIVES = frozenset({"um", "ohne", "statt", "anstatt"})
#: Endings of abstract nouns that take an infinitive of their own ("Bereitschaft, … zu").
_ABSTRACT_ENDINGS = ("ung", "heit", "keit", "schaft", "nis")
#: Shortest unframed sentence whose Konjunktiv I continues a report ("Zur Panik bestehe keine
#: Veranlassung."): the mood says enough, but a bare verb and object may be a heading.
_MIN_CONTINUED_SENTENCE = 3
#: Sentences back a report may stand from the Konjunktiv I sentence that continues it: two
#: plain indicative sentences may come between ("…, sagte X. Die Firma wurde 1990 gegründet.
#: Sie hat 40 Beschäftigte. Man sei zuversichtlich."). On the dev sets 3 gained one item and
#: lost none; 4 cost message precision.
_CONTINUATION_REACH = 3
#: Words after a comma that open a trailing subordinate clause (", sollte sich …", ", weil …").
_TRAILING_CLAUSE_OPENERS = _SUBORDINATORS | _CONDITIONS


def _with_continued_reports(doc: Document, labels: list[str], language: str) -> list[str]:
    """Label as a continuation of indirect speech an unframed sentence in Konjunktiv I soon
    after a sentence with a quotation or a speech verb (within ``_CONTINUATION_REACH``):
    "…“, sagte Aksoy. Eine Folgestudie könne die Frage klären." — the mood alone says someone
    is still being reported. Chains on."""
    result = list(labels)
    for number in range(1, len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        if end - start < _MIN_CONTINUED_SENTENCE or not _soon_after_report(doc, result, number):
            continue
        main_start = _main_clause_start(doc, start, end)
        main_end = _main_clause_end(doc, start, end)
        finite = _first_finite(doc, range(main_start, main_end))
        # "Kessler habe damals eine Garantie zugesagt.": a speech act told in Konjunktiv I is
        # itself reported, so its participle frames nothing here, nor does an infinitive under
        # it ("…, müsse das Land die Schließung vorschreiben.")
        # (only a verb after the finite one: "Die Ermittler erwarten, dass …" has no other)
        reported_from = (
            finite + 1 if finite is not None and _konjunktiv_finite(doc, finite) else None
        )
        if any(labels[i] != "O" for i in range(start, end)) or any(
            _frame_verb(doc, i)
            and not _passive_participle(doc, main_start, i)
            and not (
                reported_from is not None
                and i >= reported_from
                and doc.tag[i].endswith(("(PP)", "(INF)"))
            )
            and not _zu_infinitive(doc, i)  # "…, um die Präsenz zu begründen": a purpose
            for i in range(main_start, main_end)
        ):
            continue
        if not _fragments_quoted(doc, (start, end), most=1):
            continue
        if any(doc.lower[i] == "ich" for i in range(start, end)):
            continue  # "ich habe" is indicative
        # A modal's plural Konjunktiv II ("könnten") continues only right after a reported
        # sentence: the page's own speculation uses it too ("… könnte …" alone stays the page's).
        just_after = any(result[i] != "O" for i in range(doc.sentence_starts[number - 1], start))
        if any(
            konjunktiv_one(doc.tokens[i].text, language)
            or konjunktiv_two(doc.tokens[i].text, language)
            or (
                just_after
                and doc.lower[i].endswith("en")
                and modal_konjunktiv_two(doc.lower[i], language)
            )
            for i in range(start, end)
        ):
            code = TYPE_CODES["IndirectFreeIndirect"]
            result[start:end] = _run_labels(code, start, end)
    return result


def _soon_after_report(doc: Document, labels: list[str], number: int) -> bool:
    """A quotation or a speech verb within ``_CONTINUATION_REACH`` sentences before sentence
    ``number``."""
    start = doc.sentence_starts[number]
    previous = range(doc.sentence_starts[max(0, number - _CONTINUATION_REACH)], start)
    return any(labels[i] != "O" or _frame_verb(doc, i) for i in previous)


def _with_reported_frames(doc: Document, labels: list[str], language: str) -> list[str]:
    """Label whole, as a continuation, a sentence soon after reported speech that opens with a
    frame in Konjunktiv I: "…, sagte Weber. Ein Manager habe ihm berichtet, das Werk werde
    geschlossen." Weber still speaks; the Manager's words come back nested in his."""
    result = list(labels)
    code = TYPE_CODES["IndirectFreeIndirect"]
    for number in range(1, len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        if end - start < _MIN_CONTINUED_SENTENCE or not _soon_after_report(doc, result, number):
            continue
        if _reported_whole(result, start, end):
            continue
        # the frame is the sentence's own main clause ("Herr Castellano sagte, ein Ingenieur
        # habe ihm erzählt, …" is framed by "sagte"), and the tagger reads its message as one
        finite = _first_finite(doc, range(start, end))
        if finite is None or not _konjunktiv_finite(doc, finite):
            continue
        found = _nested_frame(doc, _Run(start, end, code), language)
        if found is not None and all(result[i] != "O" for i in range(found[2].start, found[2].end)):
            result[start:end] = _run_labels(code, start, end)
    return result


def _with_reported_rest(doc: Document, labels: list[str]) -> list[str]:
    """A message run that covers one end of its sentence takes in the rest of it when the rest
    is reported as well: "Man habe alles geprüft, | die Nachfrage breche jedoch ein." and
    "Wenn X festhalte, müsse die Firma die Gelder zurückzahlen, | die sie erhalten habe." (a
    Konjunktiv I in the rest, and no frame, source or quote mark there)."""
    result = list(labels)
    for run in _runs(labels):
        number = doc.sentence_of[run.start]
        start, end = _sentence_bounds(doc, number)
        if doc.sentence_of[run.end - 1] != number or not (start < run.end and run.start < end):
            continue
        if run.start == start and run.end < end:
            rest = range(run.end, end)  # the run opens the sentence
        elif run.start > start and run.end >= end:
            rest = range(start, run.start)  # the run closes it
        else:
            continue
        if any(labels[i] != "O" for i in rest) or not _reported_rest(doc, rest):
            continue
        result[rest.start : rest.stop] = [f"I-{run.code}"] * len(rest)
        if rest.start == start:
            result[start] = f"B-{run.code}"
            result[run.start] = f"I-{run.code}"
    return result


def _reported_rest(doc: Document, rest: range) -> bool:
    """The first finite verb of the tokens in Konjunktiv I ("…, die Nachfrage breche ein", not
    "X stellte … in Aussicht"), no indicative auxiliary ("X hat … angeregt") and nothing that
    frames or sources them: no speech verb (after a comma only, when the rest follows the run:
    "…, sagte sie"), no "laut", "zufolge", "wie", no quote mark."""
    closing = rest.start > 0 and doc.sentence_of[rest.start - 1] == doc.sentence_of[rest.start]
    for index in rest:
        framed = _frame_verb(doc, index) and (not closing or doc.lower[index - 1] == ",")
        if framed or doc.lower[index] in _NO_REPORTED_REST or doc.quote_mark[index]:
            return False
    finite = _first_finite(doc, rest)
    return finite is not None and _konjunktiv_finite(doc, finite)


#: Words that keep a rest of a sentence from a reported message beside it: sources ("nach" is
#: mostly none) and finite auxiliaries only the indicative has.
_NO_REPORTED_REST = frozenset("laut zufolge wie hat hatte hatten ist sind war waren wird".split())


def _with_hearsay_modals(doc: Document, labels: list[str]) -> list[str]:
    """Label as free indirect speech an unframed sentence whose "soll"/"sollen" governs a
    perfect infinitive closing it ("Im Département sollen drei Hallen abgebrannt sein."): the
    modal itself says the page relays what someone else claims."""
    result = list(labels)
    for number in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        if end - start < _MIN_CONTINUED_SENTENCE or any(
            labels[i] != "O" for i in range(start, end)
        ):
            continue
        if doc.lower[end - 1] not in ("haben", "sein") or not doc.tag[end - 2].endswith("(PP)"):
            continue  # a perfect infinitive ("abgebrannt sein"), not a plan ("sollen es … sein")
        modal = next((i for i in range(start, end) if doc.lower[i] in _HEARSAY_MODALS), None)
        if modal is None or modal > start + _MAX_LEADING_PHRASE:
            continue
        if any(
            (_frame_verb(doc, i) and not _in_modal_chain(doc, modal, i))
            or doc.lower[i] in _SOURCE_WORDS
            for i in range(start, end)
        ):
            continue  # a frame or a source ("Nach Recherchen der ARD sollen …") names the speaker
        if not _fragments_quoted(doc, (start, end), most=1):
            continue
        code = TYPE_CODES["FreeIndirect"]
        result[start:end] = _run_labels(code, start, end)
    return result


def _in_modal_chain(doc: Document, modal: int, index: int) -> bool:
    """A verb form after the hearsay modal that is not finite is what the claim says was done
    ("sollen vor Sturmschäden gewarnt und … ausgeführte Arbeiten abgerechnet haben"), no
    frame of the sentence."""
    return index > modal and not doc.tag[index].endswith("(FIN)")


def _with_continued_plans(doc: Document, labels: list[str]) -> list[str]:
    """Label as free indirect speech an unframed sentence right after a quotation whose main
    clause turns on "soll"/"sollen" ("…, teilte der Feuerwehrsprecher mit. Der Fahrer soll
    befragt werden."): the plan or claim is still the source's, not the page's finding. Only
    the sentence right after one with a message, and only when the modal is its main clause's
    finite verb ("…, welche Behörden Zugriff haben sollen" is no such sentence)."""
    result = list(labels)
    for number in range(1, len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        previous = range(doc.sentence_starts[number - 1], start)
        if end - start < _MIN_CONTINUED_SENTENCE or not any(labels[i] != "O" for i in previous):
            continue
        if any(labels[i] != "O" for i in range(start, end)):
            continue
        main = _main_clause_start(doc, start, end)
        finite = _first_finite(doc, range(main, end))
        if finite is None or doc.lower[finite] not in _HEARSAY_MODALS:
            continue
        if any(doc.lower[i] == "," for i in range(main, finite)):
            continue  # the modal of a clause inside the first phrase, not of the sentence
        if any(_frame_verb(doc, i) or doc.lower[i] in _SOURCE_WORDS for i in range(start, end)):
            continue  # a frame or a source of its own names its speaker
        if not _fragments_quoted(doc, (start, end), most=1):
            continue
        result[start:end] = _run_labels(TYPE_CODES["FreeIndirect"], start, end)
    return result


def _passive_participle(doc: Document, clause_start: int, index: int) -> bool:
    """A speech verb closing its clause after a form of "werden" ("ein Bericht werde im Herbst
    erwartet"): a passive participle, it frames no message."""
    closes = index + 1 >= len(doc.tokens) or doc.lower[index + 1] in CLAUSE_ENDS
    return closes and _passive_auxiliary_in(doc, range(clause_start, index))


def _with_leading_conditions(doc: Document, labels: list[str]) -> list[str]:
    """ "Sollte sich der Verdacht bestätigen, werde man reagieren.": a message that begins with
    the main clause takes in the subordinate clause that opens its sentence — a condition
    always, another dependent clause when the main clause opens with a Konjunktiv I ("Was die
    Einwohner wollten, sei das freie Wahlrecht."; "Wie X sagte, …" is a frame)."""
    result = list(labels)
    for number in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        opener = start
        if doc.lower[start] in _CONDITION_FOCUS and start + 1 < end:
            opener = start + 1  # "Erst wenn der Regen einsetze, sei …": the condition's focus
        if doc.lower[opener] not in _LEADING_CLAUSE_OPENERS:
            continue
        if doc.lower[opener] in _CONDITIONS:
            main = _main_clause_start(doc, opener, end)
        else:
            comma = next((i for i in range(start + 1, end) if doc.lower[i] == ","), end)
            main = comma + 1
            if main >= end or not _konjunktiv_finite(doc, main):
                continue
        if (
            start < main < end
            and labels[main].startswith("B-")
            and all(label == "O" for label in labels[start:main])
        ):
            code = labels[main][2:]
            result[start:main] = _run_labels(code, start, main)
            result[main] = f"I-{code}"
    return result


#: Focus words before a leading condition ("Erst wenn …", "Nur falls …").
_CONDITION_FOCUS = frozenset("erst nur selbst auch gerade sogar".split())
#: Openers of a leading dependent clause that a reported main clause takes in.
_REPORTED_LEADING_CLAUSES = _DEPENDENT_OPENERS - {"wie", "dass", "als"}
_LEADING_CLAUSE_OPENERS = _CONDITIONS | _REPORTED_LEADING_CLAUSES


def _main_clause_start(doc: Document, start: int, end: int) -> int:
    """Where the main clause begins after a leading subordinate clause ("Sollte sich der
    Verdacht bestätigen, drohe …": a speech verb in the condition frames nothing)."""
    if not _opens_subordinate(doc, start):
        return start
    comma = next((i for i in range(start + 1, end) if doc.lower[i] == ","), None)
    return start if comma is None else comma + 1


def _main_clause_end(doc: Document, start: int, end: int) -> int:
    """Where a trailing subordinate clause begins (", sollte sich ein Investor finden", ", weil
    …"): a speech verb in it frames nothing."""
    return next(
        (
            i
            for i in range(start + 1, end - 1)
            if doc.lower[i] == "," and doc.lower[i + 1] in _TRAILING_CLAUSE_OPENERS
        ),
        end,
    )


def _with_infinitive_complements(
    doc: Document, labels: list[str], konjunktiv: frozenset[str]
) -> list[str]:
    """ "Der Bürgermeister warf dem Fraktionschef vor, das Projekt zu blockieren.", "Die
    Polizei forderte die Anwohner auf, die Fenster geschlossen zu halten.": the zu-infinitive a
    speech verb governs is indirect speech, in a sentence the tagger saw nothing in or took
    whole, frame and all."""
    result = list(labels)
    code = TYPE_CODES["Indirect"]
    for number in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        first = _infinitive_complement(doc, start, end)
        # Untouched, or taken whole with its frame ("X warf Y vor, …" is a speech act too)
        # when the frame is no reported clause itself ("Allerdings sei es geboten, … zu").
        if first is not None and (
            all(labels[index] == "O" for index in range(start, end))
            or (
                all(labels[index] != "O" for index in range(start, first))
                and not any(
                    doc.lower[index] in konjunktiv or maybe_konjunktiv(doc, index)
                    for index in range(start, first)
                )
            )
        ):
            sentence_end = _sentence_end(doc, number)
            result[start:sentence_end] = ["O"] * (sentence_end - start)
            result[first:end] = _run_labels(code, first, end)
    return result


def _infinitive_complement(doc: Document, start: int, end: int) -> int | None:
    """Where the zu-infinitive clause after a speech verb begins: the sentence ends with the
    infinitive, or with a condition after it ("…, gegen den Entwurf zu stimmen, sollte er …"),
    and the clause holds no finite verb (no relative or dass-clause)."""
    if end - start < _MIN_FRAMED_SENTENCE:
        return None
    if not _zu_infinitive(doc, end - 1):
        # A condition or a relative clause after the infinitive goes with the message ("…,
        # gegen den Entwurf zu stimmen, sollte er …", "… abgerechnet zu haben, die nie …"); the
        # infinitive clause ends before it.
        after = next(
            (
                c
                for c in range(end - 2, start, -1)
                if doc.lower[c] == ","
                and (doc.lower[c + 1] in _CONDITIONS or doc.lower[c + 1] in _RELATIVE_OPENERS)
            ),
            None,
        )
        if after is None or not _zu_infinitive(doc, after - 1):
            return None
        end = after
    verb = next(
        (
            i
            for i in range(start + 1, min(end, start + _MAX_LEADING_FRAME))
            if _frame_verb(doc, i) or _intent_frame(doc, i)
        ),
        None,
    )
    if verb is None:
        # "…, denen unter anderem Correa vorwirft, Urheber der Krise zu sein.": the verb of a
        # late clause, right before the comma that opens the infinitive
        last_comma = next((i for i in range(end - 2, start, -1) if doc.lower[i] == ","), None)
        if last_comma is None or not _frame_verb(doc, last_comma - 1):
            return None
        verb = last_comma - 1
    apposition_end = -1
    for comma in range(verb + 1, end - 2):
        if (
            doc.lower[comma] in _SENTENCE_FINAL and not _initial_stop(doc, comma)
        ) or doc.quote_mark[comma]:
            return None
        if doc.lower[comma] != "," or comma <= apposition_end:
            continue
        closing = _apposition_after(doc, comma, end)
        if closing is not None:
            apposition_end = closing
            continue
        if doc.lower[comma + 1] in _ADVERBIAL_INFINITIVES or _noun_complement(doc, verb, comma):
            return None
        return None if _holds_finite_verb(doc, range(comma + 1, end)) else comma + 1
    return _commaless_complement(doc, verb, end)


def _with_noun_clauses(doc: Document, labels: list[str]) -> list[str]:
    """ "Die Beobachter kamen zum Ergebnis, dass die Wahl freier war.", "Er unterstützt die
    Forderungen der SPD, die Bank zu boykottieren.": the dass-clause or zu-infinitive a noun of
    speech governs is indirect speech, in a sentence the tagger saw nothing in."""
    result = list(labels)
    code = TYPE_CODES["Indirect"]
    for number in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        if any(labels[index] != "O" for index in range(start, end)):
            continue
        clause = _noun_clause(doc, start, end)
        if clause is not None:
            result[clause[0] : clause[1]] = _run_labels(code, *clause)
    return result


def _noun_clause(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The clause a noun of speech governs after its comma: a dass- or ob-clause up to the
    comma before the main clause goes on ("…, dass …, kam spät") or the sentence end, or a
    zu-infinitive closing the sentence."""
    for noun in range(start, end):
        comma = _frame_noun_comma(doc, noun, end)
        if comma is None:
            continue
        kinds = _frame_nouns(doc.language)[doc.lower[noun]]
        first = comma + 1
        if doc.lower[first] in ("dass", "ob") and "dass" in kinds:
            rest = range(first + 1, end - 1)
            resumed = next(
                (i for i in rest if doc.lower[i] == "," and _finite_verb(doc, i + 1)), end
            )
            return first, resumed
        if (
            "zu" in kinds
            and _zu_infinitive(doc, end - 1)
            and not _holds_finite_verb(doc, range(first, end))
        ):
            return first, end
    return None


def _commaless_complement(doc: Document, verb: int, end: int) -> int | None:
    """ "Mubarak hatte angekündigt bei der Wahl erneut anzutreten": the comma before an
    infinitive group is optional, so after a speech verb's participle the infinitive clause
    may follow unmarked; it holds no finite verb and no other comma."""
    if not doc.tag[verb].endswith("(PP)") or end - verb < _MIN_COMMALESS_INFINITIVE:
        return None
    clause = range(verb + 1, end)
    if any(doc.lower[i] in CLAUSE_ENDS or doc.quote_mark[i] for i in clause):
        return None
    return None if _holds_finite_verb(doc, clause) else verb + 1


def _holds_finite_verb(doc: Document, clause: range) -> bool:
    """A finite verb not right after "zu" (the tagger may call "zu übergeben" finite) nor
    before "zu" and an infinitive ("schlagen zu können"): the clause is no infinitive group but
    a relative or dass-clause."""
    return any(
        _finite_verb(doc, i) and doc.lower[i - 1] != "zu" and not _before_zu_infinitive(doc, i)
        for i in clause
    )


def _before_zu_infinitive(doc: Document, index: int) -> bool:
    """ "schlagen | zu können", "gefunden | zu haben": the word before an infinitive with "zu"
    ("sind zu sehen" is a finite auxiliary with its infinitive)."""
    following = index + 2
    if following >= len(doc.tokens) or doc.lower[index + 1] != "zu" or doc.tag[index][:2] == "VA":
        return False
    lemma, tag = analyse(doc.tokens[following].text)
    return tag.endswith("(INF)") or doc.tokens[following].text == lemma  # "können" reads as finite


#: Fewest tokens from a participle to the sentence end for an infinitive group after it with no
#: comma: the infinitive, "zu" or a word with it, and the full stop.
_MIN_COMMALESS_INFINITIVE = 4


def _noun_complement(doc: Document, verb: int, comma: int) -> bool:
    """ "bezeichnete es als Versuch, … zu hindern", "die Bereitschaft, … zu": the infinitive
    completes a noun, not the speech verb ("bat Spaziergänger, … zu führen" is the verb's)."""
    if doc.tokens[comma - 1].text.islower():
        return False
    return "als" in doc.lower[verb:comma] or doc.lower[comma - 1].endswith(_ABSTRACT_ENDINGS)


def _apposition_after(doc: Document, comma: int, end: int) -> int | None:
    """The closing comma of ", Stefan Wolf,", which names what precedes it: capitalised words
    up to the next comma."""
    closing = next((i for i in range(comma + 1, min(end, comma + 6)) if doc.lower[i] == ","), None)
    if closing is None or not all(
        doc.tokens[i].text[:1].isupper() or _initial_stop(doc, i) for i in range(comma + 1, closing)
    ):
        return None
    return closing


def _initial_stop(doc: Document, index: int) -> bool:
    return initial_stop(doc.lower[index], doc.tokens[index - 1].text if index else "")
