"""Discussion questions against the handout's sheet: names and quoted words the class must find on it."""

from types import SimpleNamespace

from conftest import HEADER, assert_problem, excerpt

from reportgen.document.handout_questions import anonymized, named_analysts, quoted_phrases, refers_to, unsupported
from reportgen.load.model import Analyst, Excerpt

ROE = Analyst("roe", "Jane Rowland", aliases=("a senior official",), kind="person")
DOE = Analyst("doe", "John Dobson", kind="person")
PANEL = Analyst("panel", "Unnamed source (the panel)")  # parentheses: no surname form
VOICES = [ROE, DOE, PANEL]


def quote(analyst: Analyst, words: str):
    return SimpleNamespace(analyst=analyst, excerpt=Excerpt("t", "s", analyst.id, words))


def test_quoted_phrases_take_any_quotation_marks_but_not_apostrophes():
    question = """Rowland says 'a turning point', Dobson "no change"; is Kazakhstan's view ‘settled’ or “open”?"""
    assert quoted_phrases(question) == ["a turning point", "no change", "settled", "open"]
    assert quoted_phrases("Why did the analysts' views differ on Dobson's claim?") == []


def test_a_question_names_an_analyst_by_full_name_surname_or_alias_as_whole_words():
    assert named_analysts("What did Rowland mean?", VOICES) == [ROE]
    assert named_analysts("Compare Jane Rowland and a senior official.", VOICES) == [ROE]
    assert named_analysts("Is Dobson's view convincing?", VOICES) == [DOE]
    assert named_analysts("Does the Rowlandson report agree?", VOICES) == []  # not a whole word


def test_what_the_sheet_does_not_print_is_named():
    sheet = [quote(ROE, "It was a turning point for the country.")]
    assert unsupported("Rowland calls it 'a turning point'. Do you agree?", sheet, None, VOICES) == []
    problems = unsupported("Dobson says 'nothing changed'. Compare Rowland.", sheet, None, VOICES)
    assert problems == ["names John Dobson, whose words are not on the sheet",
                        "quotes ‘nothing changed’, which the sheet does not print"]


def test_a_name_the_background_carries_is_no_problem():
    background = "John Dobson became president in 2019; 'nothing changed', critics said."
    assert unsupported("Dobson says 'nothing changed'. Do you agree?", [], background, VOICES) == []


def test_anonymized_questions_letter_the_speakers_on_the_sheet_and_leave_other_names():
    letters = {"roe": ["A"], "doe": ["B", "D"]}
    assert anonymized("Compare Rowland and Jane Rowland with Dobson's claim.", letters, VOICES) == \
        "Compare Speaker A and Speaker A with Speakers B and D's claim."
    assert anonymized("What does Rowland say?", {"doe": ["A"]}, VOICES) == "What does Rowland say?"


def test_selection_prefers_what_the_questions_refer_to():
    refers = refers_to(("Dobson says 'a new start'.",), VOICES)
    assert refers(quote(DOE, "Anything at all."))
    assert refers(quote(ROE, "This is a new start for us."))
    assert not refers(quote(ROE, "Something else."))


QUESTIONS = """\
    discussion:
      - "Sharipzhanov says the protest was 'hijacked by unknown individuals'. Do you agree?"
      - "Umarov calls it 'a protest that went too far'. Compare."
"""
HIJACKED = '"But gradually, the protest was hijacked by unknown individuals."'


def test_the_handout_warns_of_each_question_the_sheet_does_not_support(project, run, tmp_path):
    text = HEADER.replace("    excerpts:\n", QUESTIONS + "    excerpts:\n")
    text += excerpt("gwu", "sharipzhanov", HIJACKED, stance="hijacked")
    text += excerpt("gwu", "jones", '"And although these protests began in response to a steep rise in fuel prices"',
                    stance="grievances")
    code, _, err = run("handout", project(text), "--format", "pdf", "--out", tmp_path / "out", "--quiet")
    assert code == 0
    line = text[:text.index("Umarov calls")].count("\n") + 1
    assert_problem(err, line=line, contains="discussion question 2 of topic 'causes' names Temur Umarov, "
                                            "whose words are not on the sheet")
    assert_problem(err, line=line, contains="quotes ‘a protest that went too far’, which the sheet does not print")
    assert "discussion question 1" not in err  # its name and words are on the sheet
