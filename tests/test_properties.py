"""Properties, on generated input (hypothesis): the loader reads what PyYAML reads and fails only with its
own error; any run of whole words from a paragraph is found in its source; normalising twice changes nothing."""

import re
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import HEADER, SEEDS, excerpt
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reportgen.load.loader import _depth_bound, parse_document
from reportgen.load.schema import load_edition
from reportgen.problems import InputError
from reportgen.text.sources import dash_spans, normalize, read_source
from reportgen.verify.excerpts import verify_edition

FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# Text an editor may type: any character but controls (tab and newline allowed), surrogates and bidi controls.
text = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters=BIDI) | st.sampled_from("\t\n"),
               max_size=30)
scalars = (text | st.integers(-10**12, 10**12) | st.booleans() | st.none() | st.dates()
           | st.floats(allow_nan=False, allow_infinity=False, width=32))
data = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
                    max_leaves=20)


@FAST
@given(data, st.booleans(), st.booleans())
def test_the_loader_reads_what_yaml_safe_load_reads(value, flow, unicode):
    document = yaml.safe_dump({"root": value}, default_flow_style=flow, allow_unicode=unicode)
    loaded = parse_document(Path("generated.yaml"), document)
    assert loaded.problems == []
    assert loaded.data == yaml.safe_load(document)


SHIPPED = (Path(__file__).resolve().parent.parent / "topics.yaml").read_text(encoding="utf-8")[:6000]


@st.composite
def mutated(draw) -> str:
    """The start of the shipped topics.yaml with a few characters inserted, deleted or replaced."""
    doc = SHIPPED
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(doc)))
        what = draw(st.sampled_from(["insert", "delete", "replace"]))
        piece = draw(st.text(max_size=3) | st.sampled_from(["&a ", "*a", "!tag ", "<<: ", "[", "{", "- ", ": ", "\t",
                                                            "\x00", "\ud800", "\u202e", "010", "1:30", "2022-02-30"]))
        doc = doc[:at] + ("" if what == "delete" else piece) + doc[at + (what != "insert"):]
    return doc


@FAST
@given(mutated() | st.text(max_size=200))
def test_the_loader_fails_only_with_its_own_error(document):
    try:
        loaded = parse_document(Path("mutated.yaml"), document)
    except InputError as err:
        assert err.problems and all(p.line is None or p.line >= 1 for p in err.problems)
    else:
        assert all(p.line >= 1 and p.col >= 1 for p in loaded.problems)


PARAGRAPHS = [(path.name, kind, p) for path, kind in ((SEEDS / "000_e701942f58be631c.txt", "transcript"),
                                                      (SEEDS / "002_1092263f9f61228e.txt", "article"))
              for p in read_source(path, kind).paragraphs if len(p.text.split()) >= 3]
SOURCES = {name: read_source(SEEDS / name, kind) for name, kind, _ in PARAGRAPHS}


@FAST
@given(st.sampled_from(PARAGRAPHS), st.data())
def test_any_run_of_whole_words_from_a_paragraph_is_found_in_its_source(paragraph, draw):
    name, _, para = paragraph
    words = para.text.split()
    start = draw.draw(st.integers(0, len(words) - 1))
    end = draw.draw(st.integers(start + 1, len(words)))
    quote = " ".join(words[start:end])
    found = SOURCES[name].find(quote)
    assert found is not None, quote
    assert found.number <= para.number  # the first paragraph that holds those words


FOLDED = "‘’“”«»–—―‐-\u00ad\u200b\ufeff\u0301\u0308 \t\neéA"


@FAST
@given(st.text(max_size=60) | st.text(st.sampled_from(FOLDED), max_size=12))
@example("e\u00ad\u0301")  # a soft hyphen between a letter and its accent: folded away, then composed
def test_normalising_twice_changes_nothing(text):
    once = normalize(text)
    assert normalize(once) == once


# The dashes folding sets as " - ", as one regex says it: the oracle of sources.dash_spans, which finds them run by
# run (the regex, tried at every position, was most of the time check spent folding long paragraphs).
DASH = re.compile(r" ?[-‐‑‒–−—―]*[—―][-‐‑‒–−—―]* ?| [-‐‑‒–−]+ ?|[-‐‑‒–−]+ ")


@FAST
@given(st.text(st.sampled_from("ab -‐‑‒–−—―"), max_size=14) | st.text(max_size=40))
@example("x — -y")  # the space between belongs to the first dash only
def test_dash_spans_are_the_leftmost_matches_of_the_dash_regex(text):
    assert dash_spans(text) == [m.span() for m in DASH.finditer(text)]


def depth(value) -> int:
    children = list(value.values()) if isinstance(value, dict) else value if isinstance(value, list) else None
    return 0 if children is None else 1 + max(map(depth, children), default=0)


@FAST
@given(st.recursive(st.none() | st.integers(), lambda inner: st.lists(inner, max_size=2)
                    | st.dictionaries(st.text(max_size=3), inner, max_size=2), max_leaves=40), st.booleans())
def test_the_cheap_depth_bound_is_never_below_the_real_depth(value, flow):
    document = yaml.safe_dump(value, default_flow_style=flow)
    assert depth(value) <= _depth_bound(document)


VALID = HEADER + excerpt("gwu", "sharipzhanov", '"But gradually, the protest was hijacked by unknown individuals."',
                         stance="hijacked")


@st.composite
def mutated_project(draw) -> str:
    """A small valid topics.yaml with a few YAML-ish pieces inserted, deleted or replaced."""
    doc = VALID
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(doc)))
        piece = draw(st.sampled_from(["&a ", "*a", "!tag ", "<<: ", "[", "]", "{", "}", "- ", ": ", "\t", "010",
                                      "1:30", "2022-02-30", "~", "null", "true", "[]", "{}", "\n", "  ", "'", '"',
                                      "...", "…", "- x", "x: [1]"]))
        doc = doc[:at] + piece + doc[at + draw(st.integers(0, 5)):]
    return doc


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    """One throwaway project folder with a copy of the seeds, reused by every example."""
    folder = tmp_path_factory.mktemp("mutated")
    shutil.copytree(SEEDS, folder / "seeds")
    return folder


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_project())
def test_loading_and_verifying_a_mutated_project_fails_only_with_problems(scratch, document):
    path = scratch / "topics.yaml"
    path.write_text(document, encoding="utf-8")
    try:
        verify_edition(load_edition(path))
    except InputError as err:
        assert err.problems


def test_the_unmutated_project_loads_and_verifies(scratch):
    path = scratch / "topics.yaml"
    path.write_text(VALID, encoding="utf-8")
    assert not verify_edition(load_edition(path)).errors
