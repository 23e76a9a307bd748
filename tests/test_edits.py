"""Edits from the browser: one value of topics.yaml set, inserted or removed; every other byte kept."""

import pytest

from reportgen.commands.edits import apply_edit, excerpt_edit, stance_edit, topic_edit
from reportgen.output.atomic import ChangedOnDisk, version_of
from reportgen.problems import InputError


def edit(topics, make):
    return apply_edit(topics, version_of(topics.read_bytes()), make)


def changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    import difflib
    return [(line[0], line[1:]) for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0,
                                                                  lineterm="") if line[:1] in "+-"
            and not line.startswith(("+++", "---"))]


def test_a_takeaway_is_replaced_on_its_own_line_and_nothing_else_moves(shipped):
    before = shipped.read_text(encoding="utf-8")
    version = edit(shipped, lambda data: topic_edit(data, "causes", "takeaway", "Fuel prices, then politics."))
    after = shipped.read_text(encoding="utf-8")
    assert version == version_of(after.encode())
    assert changed_lines(before, after) == [
        ("-", before.splitlines()[282]), ("+", "    takeaway: Fuel prices, then politics.")]


def test_a_missing_note_is_inserted_after_the_excerpt_and_a_stance_removed(shipped):
    before = shipped.read_text(encoding="utf-8")
    edit(shipped, lambda data: excerpt_edit(data, "causes", 0, "note", "Said at the GWU panel: it's short."))
    edit(shipped, lambda data: excerpt_edit(data, "causes", 0, "stance", ""))
    after = shipped.read_text(encoding="utf-8")
    diff = changed_lines(before, after)
    assert ("-", "        stance: grievances") in diff
    assert ("+", "        note: \"Said at the GWU panel: it's short.\"") in diff and len(diff) == 2
    assert "# Topic 1 - causes" in after  # comments kept


def test_a_stance_label_is_edited_and_a_new_stance_added(shipped):
    edit(shipped, lambda data: stance_edit(data, "causes", "grievances", "Real grievances"))
    edit(shipped, lambda data: stance_edit(data, "causes", "other", "Something else"))
    text = shipped.read_text(encoding="utf-8")
    assert "      grievances: Real grievances\n" in text
    assert "      foreign-terrorists: 'The official account" in text and "      other: Something else\n" in text


def test_an_edit_made_on_an_older_version_is_refused_and_nothing_written(shipped):
    old = version_of(shipped.read_bytes())
    edit(shipped, lambda data: topic_edit(data, "causes", "title", "Causes"))
    before = shipped.read_bytes()
    with pytest.raises(ChangedOnDisk, match="changed on disk since this page was loaded"):
        apply_edit(shipped, old, lambda data: topic_edit(data, "causes", "title", "Other"))
    assert shipped.read_bytes() == before


def test_a_required_field_cannot_be_emptied_nor_an_unknown_stance_chosen(shipped):
    before = shipped.read_bytes()
    with pytest.raises(InputError, match="cannot be empty"):
        edit(shipped, lambda data: topic_edit(data, "causes", "title", "  "))
    with pytest.raises(InputError, match="unknown stance 'nope'"):
        edit(shipped, lambda data: excerpt_edit(data, "causes", 0, "stance", "nope"))
    with pytest.raises(InputError, match="bidi|invisible|control"):
        edit(shipped, lambda data: topic_edit(data, "causes", "title", "A \u202e trick"))
    assert shipped.read_bytes() == before


def test_a_crlf_file_keeps_its_line_ends_and_a_missing_takeaway_goes_after_the_question(tmp_path):
    from conftest import made_up

    topics = made_up(tmp_path, crlf=True)
    before = topics.read_bytes()
    edit(topics, lambda data: topic_edit(data, "t", "takeaway", "Nothing moves yet."))
    after = topics.read_bytes()
    assert after.count(b"\n") == after.count(b"\r\n") == before.count(b"\r\n") + 1
    assert b"    question: Q?\r\n    takeaway: Nothing moves yet.\r\n    excerpts: []" in after


def test_a_flow_mapping_is_not_edited_but_said_so(tmp_path):
    from conftest import made_up

    topics = made_up(tmp_path)
    text = topics.read_text(encoding="utf-8").replace("  - id: t\n    title: T\n    question: Q?\n    excerpts: []",
                                                       "  - {id: t, title: T, question: Q?, excerpts: []}")
    topics.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=r"\{flow: mapping\}"):
        edit(topics, lambda data: topic_edit(data, "t", "title", "New"))
    assert topics.read_text(encoding="utf-8") == text
