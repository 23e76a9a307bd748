"""Source structure and matching, on the real seeds."""

from conftest import SEEDS

from reportgen.sources import normalize, read_source

GWU = SEEDS / "000_e701942f58be631c.txt"
IWPR = SEEDS / "001_443b7197e55fc1ff.txt"


def test_normalize_folds_only_what_keeps_the_words():
    assert normalize("don’t  “stop”\n— now") == "don't \"stop\" - now"
    assert normalize("Word") != normalize("word")


def test_transcript_turns_follow_name_lines():
    text = read_source(GWU, "transcript")
    assert text.speakers == {"Marlene Laruelle", "Merkhat Sharipzhanov", "Temur Umarov", "Pauline Jones",
                             "Barbara Junisbai", "Nargis Kassenova"}
    header = text.paragraphs[0]
    assert header.number == 1 and header.speaker is None  # the title is nobody's words


def test_interview_bare_questions_and_answers():
    text = read_source(IWPR, "interview")
    by_start = {p.text[:25]: p for p in text.paragraphs}
    assert by_start["IWPR: There has been a hu"].part == "question"
    assert by_start["What role is China likely"].speaker == "IWPR"
    answer = by_start["As a rule, China prefers "]
    assert (answer.speaker, answer.part) == ("Sultonnazarov", "answer")
    assert by_start["Interview: Kazakstan in C"].speaker is None  # title before the first question


def test_find_returns_the_paragraph_number():
    text = read_source(GWU, "transcript")
    found = text.find("the protest was hijacked by unknown individuals")
    assert found.number == 21 and found.speaker == "Merkhat Sharipzhanov"
    assert text.find("the protest was hijacked by known individuals") is None


def test_a_label_spelled_with_invisible_or_decomposed_characters_still_opens_a_turn():
    from reportgen.sources import read_paragraphs
    for label in ("Jane\u00a0Smith:", "\u200bJane Smith:", "Jane Smith:\u00a0", "Jose\u0301 Marti\u0301:"):
        turns = read_paragraphs("transcript", f"Tom Brown:\nWelcome.\n{label}\nThe protests were spontaneous.\n")
        assert turns[-1].speaker in ("Jane Smith", "José Martí"), label  # not Tom Brown's words
        answers = read_paragraphs("interview", f"Tom Brown: Why?\n{label.rstrip(':')}: They were spontaneous.\n")
        assert answers[-1].speaker in ("Jane Smith", "José Martí") and answers[-1].part == "answer", label
