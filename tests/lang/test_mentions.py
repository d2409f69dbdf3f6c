"""The mention grammar on its own: role phrases and their number."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from newstrace.lang.entities import entity_words
from newstrace.lang.mentions import Found, find_mentions, nominative_plural, role_phrase_at


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def role_at(sentence: str, determiner_index: int) -> Found | None:
    tokens = [Token(m[0], m.start(), m.end()) for m in re.finditer(r"\w[\w-]*|[^\w\s]", sentence)]
    return role_phrase_at(tokens, determiner_index, entity_words("de"))


@pytest.mark.parametrize(
    ("sentence", "index", "plural"),
    [
        ("Nach Einschätzung der Ermittler war es Mord .", 2, True),  # genitive plural
        ("Nach Angaben der Politiker sinkt die Steuer .", 2, True),
        ("Am Sonntag sagte der Ermittler , es sei Mord .", 3, False),  # a verb before "der"
        ("In München der Sohn des Politikers .", 2, False),  # "Söhne" would be the plural
        ("Das teilte am Dienstag der Sprecher mit .", 4, False),  # a time, then the subject
        ("Der Ermittler sagte , es sei Mord .", 0, False),
    ],
)
def test_der_before_a_masculine_role_noun_is_plural_only_as_a_genitive(
    sentence: str, index: int, plural: bool
) -> None:
    phrase = role_at(sentence, index)
    assert phrase is not None
    assert phrase.plural is plural
    assert (phrase.gender is None) is plural


def mentions_in(sentence: str) -> list[Found]:
    tokens = [Token(m[0], m.start(), m.end()) for m in re.finditer(r"\w[\w-]*|[^\w\s]", sentence)]
    return find_mentions(tokens, entity_words("de"))


def test_an_abbreviation_in_a_body_name_takes_the_word_after_it() -> None:
    (union,) = [m for m in mentions_in("Die Gewerkschaft IG Metall begrüßte den Schritt .")]
    assert union.name == "Gewerkschaft IG Metall"


@pytest.mark.parametrize(
    ("sentence", "role_class"),
    [
        ("Die Chefin des Energiekonzerns warnte .", "business"),  # a company's chief
        ("Der Chef der Polizei warnte .", "other"),
    ],
)
def test_a_chief_heading_a_company_is_a_business_role(sentence: str, role_class: str) -> None:
    phrase = role_at(sentence, 0)
    assert phrase is not None and phrase.role_class == role_class


@pytest.mark.parametrize(
    ("sentence", "surname"),
    [
        ("Generalsekretär Ban Ki-moon sprach .", "Ban"),  # Korean: family name first
        ("Der Aktivist Hu Jia sitzt in Haft .", "Hu"),
        ("Kanzlerin Angela Merkel sprach .", "Merkel"),
    ],
)
def test_the_surname_of_a_name_that_puts_the_family_name_first(sentence: str, surname: str) -> None:
    (person,) = [m for m in mentions_in(sentence) if m.kind == "person"]
    assert person.surname == surname


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Der Epidemiologe Tom Berger von der Charité warnte .", "Tom Berger"),  # affiliation
        ("Die Ministerin Ursula von der Leyen sprach .", "Ursula von der Leyen"),
        ("Johann Wolfgang von Goethe schrieb .", "Johann Wolfgang von Goethe"),
    ],
)
def test_particles_belong_to_a_name_only_before_its_surname(sentence: str, name: str) -> None:
    (person,) = [m for m in mentions_in(sentence) if m.kind == "person"]
    assert person.name == name


def test_a_body_named_by_its_place_is_the_body_not_the_place() -> None:
    (body,) = [m for m in mentions_in("Das bestätigte die Staatsanwaltschaft Berlin am Freitag .")]
    assert (body.kind, body.name) == ("organisation", "Staatsanwaltschaft Berlin")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Die PNE Wind AG senkte ihre Prognose .", "PNE Wind AG"),
        ("Das teilte die BMW Group am Montag mit .", "BMW Group"),
    ],
)
def test_an_all_capitals_word_belongs_to_an_organisation_name(sentence: str, name: str) -> None:
    organisations = [m for m in mentions_in(sentence) if m.kind == "organisation"]
    assert [m.name for m in organisations] == [name]


def test_a_deputy_title_before_a_name_is_a_role_and_the_first_name_gives_the_gender() -> None:
    (person,) = [m for m in mentions_in("Verdi-Vize Christine Behle sagte , es reiche .")]
    assert (person.name, person.gender, person.role_text) == (
        "Christine Behle",
        "female",
        "Verdi-Vize",
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Der Präsident Mubarak sagte , er sei gesund .", "Mubarak"),  # also a first name
        ("Die Zeugin Hildegard S. sagte aus .", "Hildegard S."),  # a shortened surname
        ("Der König Rama IX. sprach .", "Rama IX."),  # a regnal number
    ],
)
def test_a_listed_first_name_alone_after_a_role_is_the_surname(sentence: str, name: str) -> None:
    (person,) = [m for m in mentions_in(sentence) if m.kind == "person"]
    assert person.name == name


def test_the_holder_named_after_a_body_noun_though_the_first_name_is_not_listed() -> None:
    (role, *_) = mentions_in("Der Vorsitzende der Selbstverwaltung Istvan Kovacs hob hervor .")
    assert (role.name, role.last) == ("Vorsitzende der Selbstverwaltung", 4)


def test_anklage_after_a_body_is_no_part_of_its_name() -> None:
    (body,) = mentions_in("Im Mai hatte die Frankfurter Staatsanwaltschaft Anklage erhoben .")
    assert body.name == "Frankfurter Staatsanwaltschaft"


@pytest.mark.parametrize(
    ("word", "noun"),
    [("Kinder", None), ("Rinder", None), ("Exminister", "Minister"), ("Altkanzler", "Kanzler")],
)
def test_a_compound_role_needs_a_first_part_of_two_letters(word: str, noun: str | None) -> None:
    found = entity_words("de").role(word)
    assert (found and found.noun) == noun


@pytest.mark.parametrize(
    ("dative", "nominative"),
    [
        ("Parlamentariern", "Parlamentarier"),  # "-er" noun: the dative "-n" goes
        ("Einsatzkräften", "Einsatzkräfte"),  # umlaut "-e" plural of "Einsatzkraft"
        ("Kindern", "Kinder"),  # "-er" plural of "Kind"
        ("Vätern", "Väter"),  # umlaut-only plural of "Vater"
        ("Menschen", "Menschen"),  # weak noun: "-en" is the plural itself
        ("Behörden", "Behörden"),
        ("Konzern", "Konzern"),  # a singular ending in "-n"
    ],
)
def test_a_dative_plural_noun_in_the_nominative(dative: str, nominative: str) -> None:
    assert nominative_plural(dative) == nominative
