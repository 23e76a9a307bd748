"""Source structure and matching, on the real seeds."""

import pytest
from conftest import SEEDS

from reportgen.text.sources import normalize, read_source

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
    from reportgen.text.sources import read_paragraphs
    for label in ("Jane\u00a0Smith:", "\u200bJane Smith:", "Jane Smith:\u00a0", "Jose\u0301 Marti\u0301:"):
        turns = read_paragraphs("transcript", f"Tom Brown:\nWelcome.\n{label}\nThe protests were spontaneous.\n")
        assert turns[-1].speaker in ("Jane Smith", "José Martí"), label  # not Tom Brown's words
        answers = read_paragraphs("interview", f"Tom Brown: Why?\n{label.rstrip(':')}: They were spontaneous.\n")
        assert answers[-1].speaker in ("Jane Smith", "José Martí") and answers[-1].part == "answer", label


def check_transcript(tmp_path, run, text: str, quote: str, analyst: str = "brown") -> tuple[int, str]:
    """`check` of one made-up transcript, the quote credited to Tom Brown (or `analyst`); (exit code, stderr)."""
    (tmp_path / "src.txt").write_text(text, encoding="utf-8")
    (tmp_path / "topics.yaml").write_text(
        "edition: {title: T, number: 1, date: 2026-01-01}\n"
        "sources:\n  src: {file: src.txt, title: S, kind: transcript}\n"
        "analysts:\n  brown: {name: Tom Brown, kind: person}\n  smith: {name: Jane Smith, kind: person}\n"
        "topics:\n  - id: t\n    title: T\n    question: Q?\n    excerpts:\n"
        f"      - {{source: src, analyst: {analyst}, quote: \"{quote}\"}}\n", encoding="utf-8")
    code, _, err = run("check", tmp_path / "topics.yaml")
    return code, err


@pytest.mark.parametrize("label", [
    "JANE SMITH: The protests were organised.",  # inline, in capitals
    "[00:12:31] Jane Smith: The protests were organised.",  # time-stamped
    "Jane Smith  1:23",  # Otter
    "**Jane Smith:**",  # Markdown bold
    "Jane Smith (Chatham House):",  # an affiliation
    "Jane Smith, Chatham House:",
    "Jane Smith —",
    "Jane Smith：",  # a full-width colon
    "ИВАНОВА: Протесты были организованы.",  # a name no one else uses, but in capitals
])
def test_a_speaker_label_in_a_layout_check_does_not_read_is_refused_not_credited_to_the_last_speaker(
        tmp_path, run, label):
    for unknown in (False, True):  # Jane Smith an analyst, or a name the project does not know
        text = f"Tom Brown:\nWelcome.\n{label.replace('Jane Smith', 'Ruth Ng') if unknown else label}\n" \
               "The protests were organised.\n"
        code, err = check_transcript(tmp_path, run, text, "The protests were organised")
        assert code == 1, (label, unknown)
        assert "opens with a speaker label check does not read" in err and "its turn would count as Tom Brown's" in err


@pytest.mark.parametrize("text", [
    "Central Asia: a briefing\nTom Brown:\nWelcome.\nJane Smith:\nThe protests were organised.\n",  # a heading
    "Tom Brown:\nWelcome. In short: the protests were organised.\n",  # prose with a colon
    "Tom Brown:\nWelcome.\nUpdate: the protests were organised.\n",  # a word that labels other things
    "Tom Brown:\nWelcome.\nCentral Asia: the region nobody watches.\n",  # a spoken headline, in a turn
])
def test_headings_and_prose_with_a_colon_are_not_taken_for_labels(tmp_path, run, text):
    code, err = check_transcript(tmp_path, run, text, "Welcome")
    assert code == 0, err


@pytest.mark.parametrize("label", ["Dr. Jane Smith:", "Prof Jane Smith:", "Ms Jane Smith:"])
def test_a_title_before_a_speakers_name_does_not_hide_them(tmp_path, run, label):
    text = f"Tom Brown:\nWelcome.\n{label}\nThe protests were organised.\n"
    code, err = check_transcript(tmp_path, run, text, "The protests were organised", analyst="smith")
    assert code == 0, err
    code, err = check_transcript(tmp_path, run, text, "The protests were organised", analyst="brown")
    assert code == 1 and "not Tom Brown's" in err
