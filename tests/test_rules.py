"""Every verification rule of reportgen/verify/rules.py, as a named unit: one made-up text it must refuse,
with its id on the problem, and an honest neighbour it must accept."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from reportgen.verify.rules import RULES, readme_table


@dataclass
class Case:
    text: str
    refused: tuple  # (analyst, quote) or (analyst, quote, reported)
    honest: tuple  # the neighbour that passes, in the same text unless `honest_text` is given
    honest_text: str | None = None
    kind: str = "article"
    source: str = ""  # more fields of the source ("author: Jane Doe")
    extra: dict = field(default_factory=dict)  # one more field of the excerpt, refused and honest


BY_DOE = "author: Jane Doe"
CASES = {
    "quote.not-found": Case("Smith said: “The vote was rigged.”", ("smith", "The vote was stolen."),
                            ("smith", "The vote was rigged.")),
    "quote.cuts-word": Case("Smith said: “The arrests were unlawful.”", ("smith", "rrests were unlawful"),
                            ("smith", "arrests were unlawful")),
    "cut.drops-qualifier": Case("Smith said: “The army did not fire on the crowd.”",
                                ("smith", "The army did ... fire on the crowd."),
                                ("smith", "The army did not fire ... crowd.")),
    "cut.joins-sentences": Case("Smith said: “The army fired. Nobody was hurt in the square.”",
                                ("smith", "The army fired ... was hurt in the square."),
                                ("smith", "The army fired. ... Nobody was hurt")),
    "cut.accept-unused": Case("Smith said: “The army did not fire first.”", ("smith", "The army did not fire first."),
                              ("smith", "The army did ... fire first."),
                              extra={"accept_cut": "the cut only drops a word the next sentence repeats"}),
    "edge.lead-qualifier": Case("Smith said: “If the army fired, the president is finished.”",
                                ("smith", "the president is finished"),
                                ("smith", "If the army fired, the president is finished.")),
    "edge.reporting-lead": Case("Smith said: “They all say that the army fired first.”",
                                ("smith", "the army fired first"),
                                ("smith", "They all say that the army fired first.")),
    "edge.tail-qualifier": Case("Smith said: “The army fired first, if you believe state television.”",
                                ("smith", "The army fired first"),
                                ("smith", "The army fired first, if you believe state television.")),
    "edge.tail-denial": Case("Smith said: “The army fired first, which is nonsense.”",
                             ("smith", "The army fired first"),
                             ("smith", "The army fired first, which is nonsense.")),
    "edge.question": Case("Smith said: “The army fired first?”", ("smith", "The army fired first"),
                          ("smith", "The army fired first?")),
    "edge.tail-tag": Case("The army fired first, the government says.", ("doe", "The army fired first"),
                          ("doe", "The army fired first, the government says."), source=BY_DOE),
    "attribution.outside-body": Case("Related: the army fired\nSmith said: “The army fired first.”",
                                     ("doe", "Related: the army fired"), ("smith", "The army fired first."),
                                     source=BY_DOE + ", body: 2-2"),
    "attribution.no-speaker": Case("Panel on the unrest\nJohn Smith:\nThe army fired first.",
                                   ("smith", "Panel on the unrest"), ("smith", "The army fired first."),
                                   kind="transcript"),
    "attribution.partial-quotation": Case("Smith called the arrests “unlawful and cruel” on Monday.",
                                          ("doe", "Smith called the arrests “unlawful"),
                                          ("doe", "Smith called the arrests “unlawful and cruel” on Monday."),
                                          source=BY_DOE),
    "attribution.inner-clause": Case("«Выборы, — сказал Петров, — были нечестными».",
                                     ("petrov", "Выборы, — сказал Петров, — были нечестными"),
                                     ("petrov", "Выборы ... были нечестными")),
    "attribution.no-evidence": Case("The square was calm. “The army fired first.” Then it rained.",
                                    ("smith", "The army fired first."), ("smith", "The army fired first"),
                                    honest_text="“The army fired first,” Smith said."),
    "attribution.unsaid": Case("Smith has never said “the army fired first.” Jones said: “It did.”",
                               ("smith", "the army fired first."), ("jones", "It did.")),
    "attribution.other-speaker": Case("“The army fired first,” Jones said.", ("smith", "The army fired first"),
                                      ("jones", "The army fired first")),
    "attribution.own-voice": Case("The square was calm. Smith said the army fired first.",
                                  ("smith", "The square was calm"), ("doe", "The square was calm"), source=BY_DOE),
    "reported.no-cue": Case("Smith spoke. The army fired first.", ("smith", "The army fired first", True),
                            ("smith", "the army fired first", True), honest_text="Smith said the army fired first."),
}


def _problems(problems_of, case: Case, text: str, excerpt: tuple):
    analyst, quote, *reported = excerpt
    extra = " ".join(f"{k}: {v}" for k, v in case.extra.items())
    return problems_of(text, analyst, quote, reported=bool(reported and reported[0]), kind=case.kind,
                       extra=extra, source=case.source)


def test_every_rule_has_a_refused_text_and_an_honest_neighbour():
    assert set(CASES) == set(RULES)


@pytest.mark.parametrize("rule", list(RULES))
def test_the_rule_refuses_its_text_and_names_itself(problems_of, rule):
    case = CASES[rule]
    found = _problems(problems_of, case, case.text, case.refused)
    assert rule in [p.rule for p in found], [p.format() for p in found]


@pytest.mark.parametrize("rule", list(RULES))
def test_the_rules_honest_neighbour_passes(problems_of, rule):
    case = CASES[rule]
    found = _problems(problems_of, case, case.honest_text or case.text, case.honest)
    assert found == [], [p.format() for p in found]


def test_the_readme_lists_every_rule():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = "\n".join("  " + line for line in readme_table().splitlines())
    assert table in readme, "run `python -m reportgen.verify.rules` and paste its table into the README, indented"
    assert not set(re.findall(r"`([a-z]+\.[a-z-]+)`", readme_table())) - set(RULES)


def test_the_combined_word_lists_are_unions_of_the_classes():
    from reportgen.text import lexicon as x
    assert x.NEGATIONS | x.HEDGES | x.CONDITIONALS | x.CONTRASTIVES <= x.QUALIFIERS
    assert x.NEGATIONS | x.HEDGES | x.CONDITIONALS | x.DOUBTS <= x.LEAD_QUALIFIERS
    assert x.HEDGES | x.CONTRASTIVES <= x.TAIL_QUALIFIERS
    assert {"nobody", "nothing", "hardly", "нет", "никто"} <= x.DENIALS_OF_SPEECH <= x.NEGATIONS | {"denying"}


def test_every_word_class_says_what_it_means_to_the_rules():
    import ast

    from reportgen.text import lexicon
    tree = ast.parse(Path(lexicon.__file__).read_text(encoding="utf-8"))
    body = tree.body
    for node, following in zip(body, body[1:]):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and \
                node.targets[0].id.isupper() and not node.targets[0].id.startswith("_") \
                and node.targets[0].id not in ("README_START", "README_END"):
            assert isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant), \
                f"{node.targets[0].id} has no docstring"
