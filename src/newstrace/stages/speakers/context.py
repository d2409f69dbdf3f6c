"""The article as the speakers stage reads it (tokens, sentences, message flags), entity
drafts, and the named thresholds and word sets the resolution rules share."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from newstrace.lang.entities import DATIVE_DETERMINERS, PREPOSITIONS, EntityWords
from newstrace.lang.mentions import Found
from newstrace.lang.mood import reported_speech_form
from newstrace.model import Article, Entity, EntityKind, Mention, Quote, QuoteType, Span
from newstrace.tokens import Token, tokenize

#: Score added for an epithet whose role the person is known by ("der Sprecher" / "Sprecher X").
KNOWN_ROLE_BONUS = 10.0
#: Score added for the person the current or last sentence has as its subject.
CONTINUING_SUBJECT_BONUS = 5.0
#: Heads of epithets that fit any person: age, sex.
NEUTRAL_HEADS = ("jährige", "jähriger", "mann", "frau")
#: Salience of a person the headline names, before any mention in the text.
TOPIC_BONUS = 1.0
#: Salience of the subject of the article's first sentence, however far back.
LEAD_BONUS = 0.25
#: Salience halves every this many sentences.
SALIENCE_HALF_LIFE = 4.0
#: A previous speaker stays the referent of a speaker pronoun for this many sentences.
PRONOUN_REACH = 4
#: Sentences opened by the same pronoun a pronoun's antecedent search steps back over.
PRONOUN_CHAIN_REACH = 8
#: Pronouns that are never an object ("er", unlike "sie"), so any clause they stand in is theirs.
NOMINATIVE_ONLY_PRONOUNS = frozenset({"er", "he", "she"})
#: Tokens from a sentence's start within which its subject pronoun follows the verb.
SUBJECT_PRONOUN_WINDOW = 6
#: A pronoun's antecedent is looked for among this many preceding mentions.
PRONOUN_LOOKBACK_MENTIONS = 300
CLAUSE_BREAKS = frozenset(",;:–")
#: Words around a phrase that make it a credited source although it is no subject.
SOURCE_WORDS = frozenset(
    {"laut", "gemäß", "zufolge", "angaben", "informationen", "according", "berufung", "aus"}
)
DEFINITE = frozenset({"der", "die", "das", "the"})
GENERIC_ORGANISATIONS = frozenset(
    {"Unternehmen", "Firma", "Hauses", "Organisation", "company", "firm", "corporation"}
)
ANAPHORIC_ADVERBS = frozenset({"demnach", "demzufolge", "dementsprechend", "danach"})
RELATIVE_PRONOUNS = frozenset({"der", "die", "welcher", "welche", "wonach", "who"})
CONJUNCTIONS = frozenset(
    {"und", "sowie", "als", "auch", ",", "and", "sowohl", "weder", "noch", "oder"}
)
DETERMINERS = DEFINITE | DATIVE_DETERMINERS | frozenset({"ein", "eine"})
#: Sentence-opening adverbs the tagger may mistake for a speaker ("Insbesondere", "Zudem").
ADVERB = re.compile(r"^(?:Insbesondere|Zudem|Außerdem|Allerdings|Dabei|Damit|Dennoch|Jedoch)$")
#: Determiners after which an owning role noun is one person ("des Angestellten").
SINGULAR_OWNERS = frozenset({"des", "eines", "einer", "dem", "einem"})
QUANTIFIERS = frozenset({"einige", "mehrere", "viele", "zahlreiche", "manche", "beide", "alle"})
#: Most words (adjectives and noun) of a group named by a plural noun ("die jungen Mönche").
MAX_GROUP_WORDS = 3
#: Small words inside an organisation's name ("UN-Friedensmission im Südsudan").
NAME_CONNECTORS = frozenset({"der", "des", "für", "in", "im", "am", "vom", "von", "zum", "zur"})
#: Most words of a name in quotation marks.
MAX_NAME_WORDS = 4
#: Most words of a name between quotation marks ("„Kampagne für ein Freies Tibet“").
MAX_QUOTED_NAME_WORDS = 6
#: Words that end the noun phrase a speaker span opens with ("das Tribunal, das …").
PHRASE_BREAKS = frozenset({",", "(", "–", "-", ":", "der", "des", "von", "vom", "aus", "in", "im"})
#: Articles before a noun phrase that may name its speaker ("dem Sondertribunal zufolge").
NOUN_PHRASE_DETERMINERS = DEFINITE | frozenset({"dem", "den"})
#: Articles that open a singular subject ("der Moderator", "ein Augenzeuge").
SINGULAR_SUBJECT_ARTICLES = frozenset({"der", "ein", "eine"})
#: Prepositions of a place ("in Oslo", "im Hafen"), which names where, not who.
LOCATIVE_PREPOSITIONS = frozenset({"in", "im", "am", "auf", "nahe"})
#: Prepositions whose phrase is no source ("unter den Kardinälen", unlike "laut", "von").
NON_SOURCE_PREPOSITIONS = PREPOSITIONS - {"laut", "nach", "von", "vom", "aus", "bei", "beim"}
#: Endings of plural nouns for people ("Demonstranten", "Bauern", "Lehrer").
PLURAL_ENDINGS = ("en", "ern", "er", "innen")
#: Endings of abstract nouns, which name no speaker ("die Entscheidung", "die Freiheit").
ABSTRACT_SUFFIXES = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "nis", "nisse")
#: Most words of an organisation named by its noun phrase ("Gewerkschaft der Polizei").
MAX_COLLECTIVE_WORDS = 5
#: A definite epithet of a strict class goes to a person of unknown role only when that person
#: is at least this salient (about two mentions in the last few sentences).
MIN_SALIENCE_UNKNOWN_ROLE = 1.0
#: A mention outside subject position counts this much towards salience.
OBLIQUE_WEIGHT = 0.5
OWNER_DETERMINERS = frozenset({"der", "des", "von", "vom", "eines", "einer"})
#: Shortest organisation noun that counts as the head of a kind word ("Amt" is too short).
MIN_KIND_HEAD = 5
UNNAMED_CIRCLES = frozenset({"Kreisen", "Kreise", "Quellen"})
#: Role nouns whose reports are their own account, not hearsay ("Augenzeugenberichten").
EYEWITNESSES = frozenset({"Zeuge", "Zeugin"})
#: The kind of a draft folded into another one (an alias, a role named later).
MERGED = "merged"
#: Longest abbreviation in parentheses taken as a body's alias ("(ROG)", "(UNHCR)").
MAX_ABBREVIATION = 6
#: Shortest noun from which a genitive "-es" is taken off ("Geheimdienstes").
MIN_GENITIVE_STEM = 5
#: Prepositions before the source of an impersonal "hieß es" ("bei der Agentur RIA").
SOURCE_PREPOSITIONS = frozenset({"bei", "beim", "aus", "von", "vom"})
#: Plural nouns for people nobody names: as owners of "Angaben" they leave the source unnamed.
ANONYMOUS_PEOPLE = frozenset(
    {"Personen", "Menschen", "Leute", "Stimmen", "Quelle", "Quellen", "Medien"}
)
STRICT_CLASSES = frozenset({"office", "business", "spokes"})
NATIONALITY = re.compile(r"\b([a-zäöü]+isch|deutsch)(?:e|er|en|es|em)?\b")
#: Adjectives in -isch that say what kind, not which country.
NOT_NATIONALITIES = frozenset(
    "politisch kritisch technisch praktisch medizinisch juristisch strategisch taktisch "
    "militärisch diplomatisch ökonomisch ökologisch typisch logisch psychisch physisch "
    "elektrisch katholisch evangelisch islamisch jüdisch sozialistisch kommunistisch "
    "demokratisch christdemokratisch sozialdemokratisch grünpolitisch statistisch "
    "wissenschaftspolitisch außenpolitisch innenpolitisch".split()
)
AGE = re.compile(r"(\d+)(?:-[Jj]ährig| Jahre alt)")
NAME_PARTICLES = frozenset({"von", "van", "der", "de", "den", "zu", "da", "di", "du", "al"})
#: Mentions looked back over for a spokesperson a pronoun continues.
SPOKES_LOOKBACK = 8
PERSONAL_SUBJECTS = frozenset({"er", "sie", "he", "she", "they"})
#: Shortest short form of an organisation's name that joins the long one.
MIN_SHORT_NAME = 6
NEWCOMER_DETERMINERS = frozenset(
    "ein eine einer einem sein seine seinem ihr ihre ihrem dessen deren".split()
)
#: Possessives in the genitive owning a source noun: "nach Angaben seines Managers".
GENITIVE_POSSESSIVES = frozenset("seines seiner ihres ihrer".split())
#: Longest indefinite phrase ("ein leitender Ingenieur") taken as a newcomer's name.
MAX_NEWCOMER_WORDS = 4
#: Tokens after "nach eigenen Angaben" searched for the subject (a pronoun, a name, a body).
OWN_SUBJECT_REACH = 8
#: Documents a definite mention of refers back to one whose author was talked about.
DOCUMENTS = frozenset(
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
        "Resolution",
        "Gutachten",
        "Erklärung",
        "Mitteilung",
        "Pressemitteilung",
        "Brief",
        "Memorandum",
        "Dossier",
        "Protokoll",
        "Report",
        "Fazit",
        "Veröffentlichung",
        "Homepage",
        "Verlautbarung",
        "Bekanntmachung",
        "Anordnung",
        "Nachricht",
        "Antrag",
        "Antwort",
        "Text",
        "Appell",
        "Aufruf",
        "Petition",
        "Beschluss",
        "Urteil",
        "Klageschrift",
    }
)
#: Shortest document noun that ends compounds ("Abschlussbericht"; "Brief" would take in
#: "Steckbrief" too, which is fine, but not "Fazit" in nothing else).
MIN_DOCUMENT_HEAD = 5
#: Sentences looked back over for the one that brought a document in.
DOCUMENT_REACH = 12
#: Determiners (and contracted articles) before a document that point back to one known.
DOCUMENT_DETERMINERS = frozenset(
    "der die das des dem den dieser diese dieses diesem diesen im beim vom".split()
)
#: An organisation this salient is taken as the author of "der Bericht".
MIN_AUTHOR_SALIENCE = 0.5
#: "demnach" looks this many sentences back for its source.
ANAPHOR_REACH = 2
#: Demonstratives that stand for the person named last, and the gender they ask for.
DEMONSTRATIVES = {"dieser": "male", "letzterer": "male", "diese": "female", "letztere": "female"}
CONTINUATIONS = frozenset({QuoteType.FREE_INDIRECT, QuoteType.INDIRECT_FREE_INDIRECT})
#: A cue-less continuation goes on with a quotation at most this many sentences back.
CONTINUATION_REACH = 2
QUOTE_MARKS = frozenset("„“”‚‘»«\"'")
SPEAKER_KINDS = frozenset({"person", "organisation", "place", "media", "group", "unknown"})


@dataclass(slots=True)
class Draft:
    kind: str
    name: str
    surname: str | None = None
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    classes: set[str] = field(default_factory=set)
    mentions: list[Found] = field(default_factory=list)
    used: bool = False


@dataclass(slots=True)
class Text:
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

    def opens_sentence(self, index: int) -> bool:
        return index == 0 or self.sentence_of[index - 1] != self.sentence_of[index]

    def reported_mood(self, quote: Quote) -> bool:
        """Whether the message has a verb in the mood of reported speech (Konjunktiv I or a
        frequent Konjunktiv II form)."""
        first = self.token_at(quote.message[0].start)
        last = self.token_at(quote.message[-1].end - 1)
        words = (self.tokens[index].text for index in range(first, last + 1))
        return any(reported_speech_form(word, self.words.language) for word in words)


def prepare(article: Article, words: EntityWords) -> Text:
    tokens = tokenize(article.text)
    sentence_starts = [span.start for span in article.sentences] or [0]
    sentence_of = [max(bisect.bisect_right(sentence_starts, t.start) - 1, 0) for t in tokens]
    in_message = [False] * len(tokens)
    starts = [token.start for token in tokens]

    def covered(span: Span) -> range:
        low = bisect.bisect_left(starts, span.start)
        return range(low, bisect.bisect_right(starts, span.end - 1, lo=low))

    for quote in article.quotes:
        for span in quote.message:
            for index in covered(span):
                if tokens[index].end <= span.end:
                    in_message[index] = True
    for quote in article.quotes:
        # A report sentence ("Osterkamp dementierte den Bericht.") holds its own speaker and
        # cue: they are the page's words about the speech, not what was said.
        for role in (quote.speaker, quote.cue):
            if role is not None and any(s.start <= role.start < s.end for s in quote.message):
                for index in covered(role):
                    in_message[index] = False
    return Text(article, tokens, sentence_of, in_message, words, starts)


#: No mention is longer than this many tokens; bounds the search window in ``_mentions_in``.
MENTION_MAX_TOKENS = 64


def final_entities(text: Text, drafts: list[Draft]) -> list[Entity]:
    entities = []
    for number, draft in enumerate(drafts):
        if draft.kind == MERGED:
            continue  # folded into another draft
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


def renumber(article: Article) -> None:
    """Entity ids e1, e2, … in order of first mention; quotes follow."""
    article.entities.sort(key=lambda e: e.mentions[0].span.start if e.mentions else 0)
    new_ids = {entity.id: f"e{number}" for number, entity in enumerate(article.entities, 1)}
    for entity in article.entities:
        entity.id = new_ids[entity.id]
    for quote in article.quotes:
        if quote.speaker_entity is not None:
            quote.speaker_entity = new_ids.get(quote.speaker_entity)


def genitive_forms(word: str) -> tuple[str, str, str]:
    """The word and its stems without a genitive "-s" / "-es" ("Konzerns", "Geheimdienstes")."""
    return word, word.removesuffix("s"), word.removesuffix("es")


def document_head(word: str) -> str | None:
    """The document noun a word is or ends in: "Abschlussberichts" → "Bericht"."""
    if not word[:1].isupper():
        return None
    for form in genitive_forms(word):
        lower = form.lower()
        for document in DOCUMENTS:
            if lower == document.lower() or (
                lower.endswith(document.lower()) and len(document) >= MIN_DOCUMENT_HEAD
            ):
                return document
    return None


def in_parentheses(text: Text, index: int) -> bool:
    """ "(Wikinews berichtete)", "(GdP)": an aside, never the sentence's subject."""
    sentence = text.sentence_of[index]
    for before in range(index - 1, -1, -1):
        if text.sentence_of[before] != sentence or text.tokens[before].text == ")":
            return False
        if text.tokens[before].text == "(":
            return True
    return False
