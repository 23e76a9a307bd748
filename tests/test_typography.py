"""Typographic quotes, nested quotes and dates as a reader sees them: small rules on made-up text."""

import pytest

from reportgen.document.typography import nested, smart_quotes
from reportgen.load.dates import human_date


@pytest.mark.parametrize("typed, printed", [
    ('He said "no".', "He said “no”."),
    ("It's the panel's view", "It’s the panel’s view"),
    ("the analysts' views", "the analysts’ views"),
    ("spoke of 'bandits and terrorists', even '20,000'", "spoke of ‘bandits and terrorists’, even ‘20,000’"),
    ('The "terrorist" label', "The “terrorist” label"),
    ('("quoted")', "(“quoted”)"),
    ('a dash —"opens"', "a dash —“opens”"),
    ("already “curly” and ‘single’", "already “curly” and ‘single’"),
    ("no marks at all", "no marks at all"),
    ("", ""),
])
def test_straight_marks_become_typographic(typed, printed):
    assert smart_quotes(typed) == printed


@pytest.mark.parametrize("inner, printed", [
    ('He called it "a coup".', "He called it ‘a coup’."),
    ("He called it 'a coup'.", "He called it “a coup”."),
    ('"Darker Than Ever" article', "‘Darker Than Ever’ article"),
    ("Kazakhstan's 'multi-vector' policy, analysts' view", "Kazakhstan’s “multi-vector” policy, analysts’ view"),
    ("“outer ‘inner’ outer”", "‘outer “inner” outer’"),
])
def test_quotes_inside_our_quotes_go_one_level_down_and_apostrophes_stay(inner, printed):
    assert nested(inner) == printed


@pytest.mark.parametrize("iso, printed", [
    ("2022-01-02", "2 January 2022"),
    ("2026-11-23", "23 November 2026"),
    ("2022-01", "January 2022"),
    ("5-6 January 2022", "5-6 January 2022"),  # as the sources date it: printed as written
    ("2022-13-01", "2022-13-01"),
])
def test_dates_print_in_words(iso, printed):
    assert human_date(iso) == printed
