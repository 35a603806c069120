"""name_lists: the names that are everyday words, and which of them are English only."""

from __future__ import annotations

from anonymizer.name_lists import english_words, name_words


def test_english_words_are_word_rows_of_the_table() -> None:
    words = name_words()
    assert english_words() and all(words[key] == "word" for key in english_words())


def test_german_words_and_chat_words_are_not_english_only() -> None:
    # "malte" is a German verb form, "naja" German chat: both stay everyday words in German
    assert {"dieter", "udo"} <= english_words()
    assert not {"malte", "naja", "juni"} & english_words()


def test_a_given_names_gender_is_the_one_most_locales_list() -> None:
    # sv_SE lists "Mohammed" as a woman's name too: "ur driver mohammed" got "yesenia"
    from anonymizer.name_lists import all_first_name_genders

    genders = all_first_name_genders()
    assert genders["mohammed"] == "m" and genders["kim"] == "u"  # "Kim": listed for both
