"""Issue 17: the reporting grammar of real news, each pattern a made-up sentence that must pass and
an honest neighbour's misattribution that must fail. Checked in-process with check's own loader and
verifier, on a one-paragraph article whose author is no analyst."""

from __future__ import annotations

import pytest

from reportgen.text.sources import split_sentences

# (text, the speaker, the words): each is honest for its speaker and a misattribution for "jones"
# (or "smith" where Jones speaks).
DIRECT = [
    ("“Go register!” Smith said.", "smith", "Go register!"),
    ("“Go register,” Smith urged.", "smith", "Go register"),
    ("“Enough is enough,” Warren said, adding, “I urge you to act.”", "warren", "I urge you to act."),
    ("Smith attacked Jones, saying, “She is reckless.”", "smith", "She is reckless."),
    ("Jones spoke first.\n“Because you'd be in jail,” Smith interjected.", "smith", "Because you'd be in jail"),
    ("“We will win,” said Rep. Jane Doe.", "doe", "We will win"),
    ("“We will win,” said Del. Jane Doe.", "doe", "We will win"),
    ("Smith returned a few minutes later to resume his remarks and declared, “The fight goes on.”", "smith",
     "The fight goes on."),
    ("Smith swiped at Jones in a series of tweets: “She is weak and ineffective.”", "smith",
     "She is weak and ineffective."),
    ("“We are done here,” Smith said. “The other factor is money.”", "smith", "The other factor is money."),
    ("Smith spoke at length about the vote.\n“The other factor is money,” she went on.", "smith",
     "The other factor is money"),
    ("Smith said: “It hasn’t. We can.”", "smith", "We can."),
    ("“The fight goes on.” ― Jane Doe", "doe", "The fight goes on."),
    ("Smith said the goal was not to “win the news cycle” but to “win the argument in the end.”", "smith",
     "win the argument in the end."),
    ("Smith issued a statement saying “we will appeal the ruling at once.”", "smith",
     "we will appeal the ruling at once."),
    ("“We will not back down.” Smith said.", "smith", "We will not back down."),
    ("“We will appeal,” Jane Doe, a longtime Smith ally, said.", "doe", "We will appeal"),
    ("“It is a long shot” that Jones can overtake her, said pollster Jane Doe.", "doe", "It is a long shot"),
    ("“This is wrong,” said Smith constituent Jane Doe, a teacher.", "doe", "This is wrong"),
    ("Senator Jane Doe is telling supporters that “the fight is not over.”", "doe", "the fight is not over."),
    ("Jones said the plan was sound, to which Smith interjected: “It is just not true.”", "smith",
     "It is just not true."),
    ("Appearing before supporters at the hall, Smith said it was too early but added, “I think you know the result.”",
     "smith", "I think you know the result."),
    ("“It looks bad, who knows?” Smith told a television station in an interview on Monday.", "smith",
     "It looks bad, who knows?"),
    ("Smith said there is “only one conservative who can win this race,” adding that it is why Mary Jones "
     "“attacks us all the time.”", "smith", "only one conservative who can win this race"),
    ("President John Smith released the following statement:\n“We offer our condolences to the family.”", "smith",
     "We offer our condolences to the family."),
    ("Smith said: “I don’t know how much he can deliver, but I think there is an intention.”", "smith",
     "I think there is an intention"),
]

REPORTED = [
    ("Smith told host Jane Roe that the plan was dead.", "smith", "the plan was dead"),
    ("Smith said on Monday that the plan was dead.", "smith", "the plan was dead"),
    ("According to Smith, the plan was dead.", "smith", "the plan was dead"),
    ("The plan was dead, according to Smith.", "smith", "The plan was dead"),
    ("Acts of protest, Smith said, are a right.", "smith", "Acts of protest"),
    ("Doe said she planned to travel, and said she was not concerned.", "doe", "she was not concerned"),
    ("Smith called for a new vote in the spring.", "smith", "a new vote in the spring"),
    ("Smith warned against a new vote in the spring.", "smith", "a new vote in the spring"),
    ("Smith said it would consider asking for a review.", "smith", "it would consider asking for a review"),
    ("Asked whether the debate helped, Doe said it had done the opposite.", "doe", "it had done the opposite"),
    ("The FBI said Tuesday that Smith will answer questions, and Smith said he welcomed it.", "smith",
     "he welcomed it"),
    ("Smith said the army stopped the practice, but Smith did not say when.", "smith", "the army stopped the practice"),
    ("But Smith, who recalled taking the service lift up, said in an interview that the project never came to pass.",
     "smith", "the project never came to pass"),
]


@pytest.mark.parametrize("text, speaker, quote", DIRECT, ids=[t for t, _, _ in DIRECT])
def test_a_direct_quote_goes_to_the_speaker_its_tag_names(verdict, text, speaker, quote):
    assert verdict(text, speaker, quote) == ""
    other = "smith" if speaker == "jones" else "jones"
    assert verdict(text, other, quote) != ""


@pytest.mark.parametrize("text, speaker, quote", REPORTED, ids=[t for t, _, _ in REPORTED])
def test_reported_speech_goes_to_the_speaker_its_verb_names(verdict, text, speaker, quote):
    assert verdict(text, speaker, quote, reported=True) == ""
    assert verdict(text, "jones", quote, reported=True) != ""
    assert verdict(text, speaker, quote) != ""  # not a direct quote: the words are the author's


# Russian reporting grammar: «…», — сказал X; X заявил: «…»; …, как заявил X; X заявил, что … ("по словам
# Петрова" needs the name's inflected forms: issue 23's)
RUSSIAN = [
    ("«Выборы были нечестными», — сказал Петров.", "Выборы были нечестными", False),
    ("Петров заявил: «Выборы были нечестными».", "Выборы были нечестными", False),
    ("Выборы были нечестными, как заявил Петров.", "Выборы были нечестными", True),
    ("Петров заявил, что выборы были нечестными.", "выборы были нечестными", True),
    ("Петров заявляет, что выборы были нечестными.", "выборы были нечестными", True),
]


@pytest.mark.parametrize("text, quote, reported", RUSSIAN, ids=[t for t, _, _ in RUSSIAN])
def test_russian_reporting_grammar(problems_of, text, quote, reported):
    ok = problems_of(text, "petrov", quote, reported=reported)
    assert ok == [], [p.format() for p in ok]
    assert problems_of(text, "smith", quote, reported=reported) != []


def test_a_reported_qualifier_still_may_not_be_cut(verdict):
    text = "Smith said the army stopped the practice, but only in March."
    assert verdict(text, "smith", "the army stopped the practice", reported=True) != ""


@pytest.mark.parametrize("text, quote", [
    ("Smith held a sign that read, “Jones is a liar and a cheat.”", "Jones is a liar and a cheat."),
    ("Smith attacked Jones, who said: “It was a mistake.”", "It was a mistake."),
    ("Jones spoke first.\n“Because you'd be in jail,” the moderator interjected.", "Because you'd be in jail"),
    ("“We will win,” Smith never said.", "We will win"),
    ("The Smith campaign said: “We will appeal.”", "We will appeal."),
    ("Jones called it “a total farce” and Smith “a clear triumph of reason.”", "a total farce"),
    ("Jones said she would make the sand “glow in the dark,” and Smith vowed to build a wall.", "glow in the dark"),
    ("Smith has never said “the army fired first.” Jones said: “It did.”", "the army fired first."),
    ("“We will appeal,” Mary Jones, a longtime Smith ally, said.", "We will appeal"),
])
def test_no_tag_credits_words_to_someone_it_does_not_name(verdict, text, quote):
    assert verdict(text, "smith", quote) != ""


def test_an_unknown_verb_never_borrows_the_previous_paragraphs_speaker(verdict):
    text = "“The vote was rigged,” Smith said.\n“Because you'd be in jail,” Jones interjected."
    assert verdict(text, "smith", "Because you'd be in jail") != ""
    assert verdict(text, "jones", "Because you'd be in jail") == ""


@pytest.mark.parametrize("text, sentences", [
    ("“Go register!” Smith said. Then he left.", ["“Go register!” Smith said.", "Then he left."]),
    ("“Why?” he asked. Fine.", ["“Why?” he asked.", "Fine."]),
    ("It hasn’t. We can.", ["It hasn’t.", "We can."]),
    ("“Stop!” Then everyone ran away from the square.", ["“Stop!”", "Then everyone ran away from the square."]),
    ("“We will win!” said Rep. Jane Doe. He left.", ["“We will win!” said Rep. Jane Doe.", "He left."]),
])
def test_sentences_end_after_a_tag_and_after_a_contraction(text, sentences):
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


def test_a_capitalised_verb_inside_a_name_is_no_verb(verdict):
    text = "John Smith, a senior fellow at the Institute for War and Peace Reporting in London, said it was rigged."
    assert verdict(text, "smith", "it was rigged", reported=True) == ""
