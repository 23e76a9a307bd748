"""An anonymized handout may not give a speaker away: no quote, background or question on the sheet
names a lettered speaker, and a gendered pronoun in a question about a speaker earns a warning."""

from types import SimpleNamespace

import pytest
from conftest import REPO

from reportgen.document.handout import build_handout, question_warnings
from reportgen.document.handout_questions import giveaways
from reportgen.load.model import Analyst
from reportgen.load.schema import load_edition
from reportgen.verify.excerpts import require_verified


def quote(name: str, text: str, kind: str = "person", translation: str | None = None):
    analyst = Analyst(id=name.split()[-1].lower(), name=name, kind=kind)
    readings = (text, translation) if translation else (text,)
    return SimpleNamespace(analyst=analyst, excerpt=SimpleNamespace(text=text, readings=readings))


def test_a_quote_naming_another_speaker_gives_the_answer_away():
    quotes = [quote("Abakhon Sultonnazarov", "Tokayev blamed the independent media for complicity in rioting."),
              quote("Kassym-Jomart Tokayev", "There will be no talks with the terrorists.")]
    found = giveaways(("Speaker A says Speaker B 'blamed the independent media'. Why?",), quotes, ("A", "B"), None)
    assert found == ["Speaker A's quote names Speaker B (Kassym-Jomart Tokayev), which gives the answer away"]


def test_a_translation_naming_another_speaker_gives_the_answer_away_and_so_does_an_inflected_name():
    quotes = [quote("Irina Volkova", "Решение приняли без обсуждения.", translation="Tulegenov says it was decided "
                    "without debate."),
              quote("Marat Tulegenov", "Совет обязан опубликовать расчёт.", translation="The council must publish it.")]
    assert giveaways((), quotes, ("A", "B"), None) == [
        "Speaker A's quote names Speaker B (Marat Tulegenov), which gives the answer away"]
    quotes[0] = quote("Irina Volkova", "Я согласна с Тулегеновым.", translation="I agree with him.")
    assert giveaways((), quotes, ("A", "B"), None) == [
        "Speaker A's quote names Speaker B (Marat Tulegenov), which gives the answer away"]
    quotes[0] = quote("Irina Volkova", "Решение приняли без обсуждения.", translation="It was decided without debate.")
    assert giveaways((), quotes, ("A", "B"), None) == []


def test_an_honest_sheet_gives_nothing_away():
    quotes = [quote("Abakhon Sultonnazarov", "The president blamed the independent media."),
              quote("Kassym-Jomart Tokayev", "There will be no talks with the terrorists.")]
    assert giveaways(("How does Speaker A's account differ from Speaker B's words?",), quotes, ("A", "B"),
                     "Protests began on 2 January.") == []


def test_the_background_or_a_question_naming_a_speaker_gives_the_answer_away():
    quotes = [quote("Pauline Jones", "It was a succession crisis."), quote("Temur Umarov", "Moscow will gain.")]
    assert any("background names Speaker B" in f for f in giveaways((), quotes, ("A", "B"), "Umarov wrote that..."))
    assert any("question 1 names Speaker A" in f for f in giveaways(("Does Jones agree?",), quotes, ("A", "B"), None))


def test_a_key_term_defined_by_a_speakers_name_gives_the_answer_away():
    quotes = [quote("Pauline Jones", "Soft authoritarianism is over."), quote("Temur Umarov", "Moscow will gain.")]
    term = {"soft authoritarianism": "Pauline Jones's term for Nazarbayev's model of rule."}
    assert giveaways((), quotes, ("A", "B"), None, term) == [
        "the glossary's definition of 'soft authoritarianism' names Speaker A (Pauline Jones), which gives the "
        "answer away"]
    assert giveaways((), quotes, ("A", "B"), None, {"Elbasy": "A title for Nazarbayev."}) == []


@pytest.mark.parametrize("question, warned", [
    ("Speaker A calls the protests 'genuine'. What supports her view?", True),
    ("How does his reading differ from Speaker B's?", True),
    ("How does Speaker A's reading differ from Speaker B's?", False),
    ("Why might a president who cannot rely on his own forces turn to Moscow?", False),  # about no speaker
])
def test_a_gendered_pronoun_about_a_speaker_is_warned(question, warned):
    quotes = [quote("Diana Kudaibergenova", "Genuine and spontaneous."), quote("Merkhat Sharipzhanov", "Hijacked.")]
    assert any("may single out one speaker" in f for f in giveaways((question,), quotes, ("A", "B"), None)) == warned


def test_the_shipped_anonymized_handout_is_checked_against_its_speakers_quotes():
    report = require_verified(load_edition(REPO / "topics.yaml"))
    handout = build_handout(report, None, anonymize=True)
    messages = [w.message for w in question_warnings(handout)]
    # Each warning is true of the sheet: the quote of the speaker it cites names the other one.
    for section in handout.sections:
        speakers = dict(zip(section.letters, section.quotes))
        for message in messages:
            if f"topic '{section.topic.id}'" in message and "'s quote names Speaker" in message:
                giver = message.split("Speaker ")[1][0]
                named = message.split("names Speaker ")[1][0]
                surname = speakers[named].analyst.name.split()[-1]
                assert surname in speakers[giver].excerpt.text
    assert any("topic 'causes'" in m and "'her'" in m for m in messages)  # "her view": the one woman
    assert not question_warnings(build_handout(report, None, anonymize=False)) or all(
        "Speaker" not in w.message for w in question_warnings(build_handout(report, None, anonymize=False)))
