"""Noun phrases: how far a source or speaker phrase reaches (genitives, names in quote marks or
brackets, abbreviations), the subject phrase right before a verb (the English rules), quoted
titles, time adverbials and the edges of a phrase.
"""

from __future__ import annotations

from functools import cache

from newstrace.lang import optional_lines
from newstrace.lang.entities import entity_words
from newstrace.lang.hanta import analyse, nominal
from newstrace.lang.mentions import INDEFINITE_ARTICLES, looks_like_brand
from newstrace.stages.quote_features import Document
from newstrace.stages.quotes.drafts import (
    _NOMINATIVE_DETERMINERS,
    _SENTENCE_FINAL,
    _Run,
    _speech_verb_at,
)
from newstrace.stages.sentences import months

#: Words that are never nominative (dative, accusative): a phrase they open is no subject.
_OBLIQUE_OPENERS = frozenset(
    "dem einem einer ihm ihnen den einen seinem ihrem seiner ihrer seinen ihren".split()
)
_ARTICLES = _OBLIQUE_OPENERS | _NOMINATIVE_DETERMINERS | {"des", "eines"}
#: Words that link a noun to the next part of its phrase ("Angaben der Polizei von X").
_PHRASE_GLUE = frozenset(
    "der des dem den die das von vom eines einer einem zur zum aus in im am bei und".split()
)
#: Capitalised words in a bracketed name after a noun ("Andreas Fendt (Freie Wähler)").
_MAX_BRACKETED_NAME = 3
#: Words in a quoted name a phrase ends with ("ein Bericht der „Westfälischen Rundschau“").
_MAX_QUOTED_NAME = 5
#: Punctuation that never opens or closes a speaker phrase (a final "." may end "Inc.").
_EDGE_PUNCTUATION = frozenset(",;:!?–-—")
#: Time adverbials that end a subject the role tagger ran on ("das Unternehmen am Donnerstag").
_TIME_ADVERBS = frozenset(
    "heute gestern vorgestern zuvor bereits inzwischen nun jetzt damals später zuletzt erneut "
    "kürzlich jüngst".split()
)
_TIME_PREPOSITIONS = frozenset("am im an seit bis vom anfang ende mitte".split())
_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_TIME_NOUNS = frozenset(
    "abend morgen vormittag nachmittag mittag wochenende vergangenen kommenden frühen späten "
    "selben gleichen rande".split()
)


@cache
def _source_nouns(language: str) -> tuple[str, ...]:
    return optional_lines(language, "source_nouns.txt")


def _names_source(doc: Document, start: int, end: int, nouns: tuple[str, ...]) -> bool:
    return any(word.endswith(nouns) for word in doc.lower[start:end])


def _source_phrase(doc: Document, start: int, end: int) -> int | None:
    """End of the noun phrase from ``start``: lower-case words only before a noun or after a
    linking word ("ersten Meldungen der malaysischen Agentur"); None if no noun ends it."""
    expect_noun = True
    index = start
    while index < end:
        text = doc.tokens[index].text
        if index > start and _abbreviation_dot(doc, index):  # "Dr. Emre Aksoy", "Frank M."
            pass
        elif not expect_noun and (closing := _bracketed_name_end(doc, index, end)):
            index = closing  # "Skiverband (DSV)", "Andreas Fendt (Freie Wähler)"
            continue
        elif not expect_noun and (closing := _quoted_name_end(doc, index, end)):
            index = closing  # "Die Bürgerinitiative „Gegenwind Hesselberg“": the noun's name
            continue
        elif expect_noun and (closing := _quoted_name_end(doc, index, end)):
            if index == start:  # "laut „Reuters“": a quoted name alone is the whole source
                return closing if closing < end else None
            index, expect_noun = closing, False  # "ein Bericht der „Westfälischen Rundschau“"
            continue
        elif looks_like_brand(text):  # "Eine Reporterin von n24", "ein Reporter von n-tv"
            expect_noun = False
        elif doc.lower[index] in _PHRASE_GLUE or (expect_noun and _lower_word(text)):
            expect_noun = True
        elif not expect_noun and _genitive_plural_adjective(doc, index):
            expect_noun = True  # "Schätzungen französischer Behörden"
        elif not expect_noun and _name_link(doc, index, end):
            expect_noun = True  # "Movement for Democratic Change", "Banco de España"
        elif _attributive_after_adverbial(doc, start, index):
            expect_noun = True  # "einer am Montag veröffentlichten Mitteilung": the noun follows
        elif text[:1].isupper():
            expect_noun = False
        else:
            break
        index += 1
    if expect_noun or index == start or index >= end:
        return None
    return index


def _genitive_plural_adjective(doc: Document, index: int) -> bool:
    """A strong adjective after a noun opens a genitive plural that belongs to it ("Angaben
    libanesischer Sicherheitskreise"). Written in lower case: a capitalised one after a first
    name is a surname the tagger misread ("Greenpeace-Experte Mathias Edler sieht …")."""
    word = doc.tokens[index].text
    return doc.tag[index] == "ADJ(A)" and word[:1].islower() and word.endswith("er")


#: Lower-case words inside foreign multi-word names ("Movement for Democratic Change").
_NAME_LINKS = frozenset("for of the and de del la du da y".split())


def _name_link(doc: Document, index: int, end: int) -> bool:
    """A foreign name's linking word between two capitalised words."""
    return (
        doc.lower[index] in _NAME_LINKS
        and index + 1 < end
        and doc.tokens[index + 1].text[:1].isupper()
        and doc.tokens[index - 1].text[:1].isupper()
    )


#: Prepositions opening an adverbial inside an attributive phrase ("einer am Montag
#: veröffentlichten Mitteilung").
_ADVERBIAL_OPENERS = frozenset("am im vom in seit bis".split())


def _attributive_after_adverbial(doc: Document, start: int, index: int) -> bool:
    """Whether the attributive adjective at ``index`` follows "article + adverbial" ("einer
    am Montag | veröffentlichten Mitteilung"), so the phrase's noun is still to come."""
    return (
        doc.lower[start] in _ARTICLES
        and doc.lower[start + 1] in _ADVERBIAL_OPENERS
        and analyse(doc.tokens[index].text)[1] == "ADJ(A)"
    )


def _lower_word(text: str) -> bool:
    """A lower-case word, digits and hyphens allowed ("49-jährige")."""
    return text.islower() and text[-1:].isalpha()


def _quoted_name_end(doc: Document, index: int, end: int) -> int | None:
    """The index after a quoted name of up to ``_MAX_QUOTED_NAME`` words opening with a
    capital ("„Westfälische Rundschau“"), else None."""
    if (
        not doc.quote_mark[index]
        or index + 1 >= end
        or not doc.tokens[index + 1].text[:1].isupper()
    ):
        return None
    for closing in range(index + 2, min(end, index + 2 + _MAX_QUOTED_NAME)):
        if doc.quote_mark[closing]:
            return closing + 1
    return None


def _bracketed_name_end(doc: Document, index: int, end: int) -> int | None:
    """The index after a bracketed name of up to ``_MAX_BRACKETED_NAME`` capitalised words
    ("(DSV)", "(Freie Wähler)"), else None."""
    if doc.tokens[index].text != "(":
        return None
    for closing in range(index + 2, min(end, index + 2 + _MAX_BRACKETED_NAME)):
        if doc.tokens[closing].text == ")":
            inside = doc.tokens[index + 1 : closing]
            return closing + 1 if all(t.text[:1].isupper() for t in inside) else None
    return None


def _abbreviation_dot(doc: Document, index: int) -> bool:
    """A full stop glued to a capitalised word that the sentence goes on after: the sentence
    splitter read it as an abbreviation's ("Dr.", an initial "M.")."""
    return (
        doc.lower[index] == "."
        and index + 1 < len(doc.tokens)
        and doc.sentence_of[index + 1] == doc.sentence_of[index]
        and doc.tokens[index - 1].end == doc.tokens[index].start
        and doc.tokens[index - 1].text[:1].isupper()
    )


def _is_title(doc: Document, opening: int, closing: int) -> bool:
    """ "„Washington Post“", "„Tiktaalik roseae“": a quoted name (first word capitalised, no
    verb, at most four words) names a work or an outlet, it is no quotation."""
    inner = range(opening + 1, closing)
    if not 0 < len(inner) <= 4 or not doc.tokens[inner[0]].text[:1].isupper():
        return False
    if opening > 0 and doc.lower[opening - 1] in INDEFINITE_ARTICLES:
        return False  # "von einer „Verhöhnung der Klassiker“": a name takes no "ein"
    return not any(_is_verb_or_end(doc, i) for i in inner)


def _is_verb_or_end(doc: Document, index: int) -> bool:
    return _speech_verb_at(doc, index) or doc.lower[index] in _SENTENCE_FINAL


#: Pronouns and articles of English subjects before a speech verb.
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_ARTICLES_EN = frozenset({"the", "a", "an"})
#: Determiners of a subject noun before an English speech verb ("Her opponents claim").
_DETERMINERS_EN = _ARTICLES_EN | frozenset({"his", "her", "their", "its", "our"})
_FUNCTION_WORDS_EN = frozenset(
    "the a an in on at but and or so this that these those it its as for by with from".split()
)
_PREPOSITIONS_EN = frozenset("to for on in at with about by from of into".split())
#: A relative clause between subject and verb is at most this long ("Toller, who chairs …,").
_MAX_RELATIVE = 15
_AUXILIARIES_EN = frozenset({"had", "has", "have", "was", "is", "would", "will", "also"})

#: Words opening an inserted clause between subject and verb ("The newspaper, citing …,").
_APPOSITION_OPENERS_EN = frozenset({"who", "whose", "which", "citing", "quoting"})


def _determiner_before(doc: Document, noun: int) -> int | None:
    """Where the English noun phrase ending in ``noun`` opens with a determiner ("the", "a
    senior Pentagon"), at most ``_MAX_NOUN_MODIFIERS`` words before it."""
    for index in range(noun - 1, max(noun - 2 - _MAX_NOUN_MODIFIERS, -1), -1):
        if doc.sentence_of[index] != doc.sentence_of[noun]:
            return None
        if doc.lower[index] in _DETERMINERS_EN:
            return index
        word = doc.tokens[index].text
        if not word.replace("-", "").isalnum() or doc.cue_medium[index] is not None:
            return None  # ("The 61-year-old councilman" has a number in a modifier)
        if word.islower() and doc.lower[index] in _PREPOSITIONS_EN | _AUXILIARIES_EN:
            return None
    return None


#: Words between an English determiner and its noun ("a senior Pentagon official").
_MAX_NOUN_MODIFIERS = 3


def _subject_before(doc: Document, verb: int) -> _Run | None:
    """The noun phrase ending right before the verb (or before an appositive in commas)."""
    end = verb
    adverb = doc.tokens[end - 1].text
    if adverb.endswith("ly") and adverb.isalpha() and adverb.islower():
        end -= 1  # "Blake reportedly told" ("Kelly said" keeps its name)
    if doc.lower[end - 1] in _AUXILIARIES_EN:  # "Putin had said"
        end -= 1
    if _age_apposition(doc, end):  # "Okafor, 61, said"
        end -= 3
    if doc.tokens[end - 1].text == ",":  # "A Kremlin spokesman, Dmitry Peskov, said"
        end -= 1
        relative = next(  # "Margaret Toller, who chairs the association, told"
            (
                i
                for i in range(end - 1, max(end - _MAX_RELATIVE, 0), -1)
                if doc.tokens[i].text == "," and doc.lower[i + 1] in _APPOSITION_OPENERS_EN
            ),
            None,
        )
        if relative is not None:
            end = relative
        described = _described_name(doc, end)
        if described is not None:
            return described
    start = end
    while start > 0 and doc.sentence_of[start - 1] == doc.sentence_of[verb]:
        word = doc.tokens[start - 1].text
        bare = word.removesuffix("’s").removesuffix("'s").replace("-", "")
        name = word[:1].isupper() and bare.isalpha()  # ("Prosecutor’s Office")
        if name or doc.lower[start - 1] in _SUBJECT_PRONOUNS:
            start -= 1
        elif word.replace("-", "").isalnum() and word.islower() and start == end:
            # "The company said", "Her opponents claim", "A Pentagon official told": a
            # determiner before the noun, with names or adjectives between
            opening = _determiner_before(doc, start - 1)
            if opening is None and _bare_plural_speaker(doc, start - 1):
                start -= 1  # "officials said", "US officials said": names before it join
                continue
            if opening is None:
                break
            start = opening
            break
        else:
            break
    if start < end and doc.tokens[start].text[:1].isupper():
        start = _described_name_start(doc, start)
    return _Run(start, end, "SPK") if start < end else None


def _described_name_start(doc: Document, start: int) -> int:
    """Where a subject that ends in a name opens: "the University of Harrowgate", "researchers
    at the University of Harrowgate", "Analysts at Korvin Bank", "the tech news site
    Circuitline"; ``start`` is the first capitalised word of the name."""
    sentence = doc.sentence_of[start]

    def word(index: int) -> str:
        inside = index >= 0 and doc.sentence_of[index] == sentence
        return doc.tokens[index].text if inside else ""

    if word(start - 1) == "." and word(start - 2) in entity_words(doc.language).honorifics:
        start -= 2  # "Mr. Vance" (the tokenizer parts "Mr" and its full stop)
    while word(start - 1) == "of" and word(start - 2)[:1].isupper():  # "University of"
        start -= 2
        while word(start - 1)[:1].isupper() and word(start - 1).isalpha():
            start -= 1
    if word(start - 1) == "the":
        start -= 1
    if word(start - 1) in _NAME_PREPOSITIONS_EN and word(start - 2).isalpha():
        role = start - 2  # "researchers at …", "a spokeswoman for …"
        if _bare_plural_speaker(doc, role) or (
            entity_words(doc.language).role(doc.lower[role]) is not None
        ):
            opening = _determiner_before(doc, role)
            return opening if opening is not None else role
        return start
    opening = _determiner_before(doc, start - 1) if word(start - 1).islower() else None
    return opening if opening is not None else start  # "the fitness app Pulsepath"


#: Prepositions that tie a role noun to the body it belongs to ("analysts at Korvin Bank").
_NAME_PREPOSITIONS_EN = frozenset({"at", "of", "for", "from", "with"})


def _age_apposition(doc: Document, end: int) -> bool:
    """ "Okafor, 61," ends at ``end``: an age between commas after a name."""
    return (
        end >= 4
        and doc.tokens[end - 1].text == ","
        and doc.tokens[end - 2].text.isdigit()
        and doc.tokens[end - 3].text == ","
        and doc.tokens[end - 4].text[:1].isupper()
    )


def _bare_plural_speaker(doc: Document, noun: int) -> bool:
    """ "officials", "witnesses", "analysts": a plural role noun needs no determiner to be a
    subject ("Police said …" is found as a name)."""
    word = doc.lower[noun]
    words = entity_words(doc.language)
    if word in words.collective_nouns:  # "police said", "staff said"
        return True
    return word.endswith("s") and any(
        words.role(word.removesuffix(ending)) is not None for ending in ("s", "es")
    )


def _described_name(doc: Document, comma: int) -> _Run | None:
    """ "Sarah Quinn, a regional organiser for the union, said": the name before an apposition
    that opens with an article is the subject, not the apposition's last noun. ``comma`` closes
    the apposition."""
    sentence = doc.sentence_of[comma]
    opening = next(
        (
            i
            for i in range(comma - 1, max(comma - _MAX_RELATIVE, 0), -1)
            if doc.tokens[i].text == "," or doc.sentence_of[i] != sentence
        ),
        None,
    )
    if opening is None or doc.tokens[opening].text != ",":
        return None
    if doc.lower[opening + 1] not in _ARTICLES_EN:
        return None
    start = opening
    while start > 0 and doc.sentence_of[start - 1] == sentence and _name_like(doc, start - 1):
        start -= 1
    return _Run(start, opening, "SPK") if start < opening else None


def _name_like(doc: Document, index: int) -> bool:
    word = doc.tokens[index].text
    if doc.lower[index] in _FUNCTION_WORDS_EN:  # "The", "In a statement" open sentences
        return False
    return word[0].isupper() or doc.lower[index] in ("he", "she", "they", "we", "i")


def _time_adverbial(doc: Document, start: int, end: int) -> int:
    """Where a time adverbial after the subject begins, which is neither speaker nor addressee:
    "teilte das Unternehmen am Donnerstag mit", "sagte der Minister bereits im Mai". It follows
    a noun: after an article or adjective it is an attribute ("einer am Mittwoch
    veröffentlichten Studie", "Der erst kürzlich ernannte Weihbischof"), inside quote marks a
    title ("„Rundschau am Sonntag“")."""
    for index in range(start + 1, end):
        word = doc.lower[index]
        if not nominal(doc.tokens[index - 1].text) or doc.in_quote[index]:
            continue
        if word in _TIME_ADVERBS:
            return index
        following = doc.lower[index + 1] if index + 1 < end else ""
        if word in _TIME_PREPOSITIONS and _time_word(following, doc.language):
            return index
        if (word, following) in _REQUEST_ADVERBIALS:  # "teilte ein Bahnsprecher auf Anfrage mit"
            return index
    return end


#: Adverbials of being asked, which follow the speaker and belong to neither speaker nor
#: addressee.
_REQUEST_ADVERBIALS = frozenset({("auf", "anfrage"), ("auf", "nachfrage"), ("on", "request")})


def _time_word(word: str, language: str) -> bool:
    """A day, part of a day, month or date: "Donnerstag", "Abend", "Mai", "5."."""
    return (
        word.startswith(_WEEKDAYS)
        or word in _TIME_NOUNS
        or word in months(language)
        or word.rstrip(".").isdigit()
    )


def _strip_edges(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Punctuation off both ends; a quote mark stays only when its partner is in the run."""
    while start < end and _loose(doc, start, range(start + 1, end), "close"):
        start += 1
    while end > start and _loose(doc, end - 1, range(start, end - 1), "open"):
        end -= 1
    return start, end


def _loose(doc: Document, index: int, rest: range, partner: str) -> bool:
    if doc.quote_mark[index]:
        return all(doc.quote_mark[i] != partner for i in rest)
    return doc.lower[index] in _EDGE_PUNCTUATION
