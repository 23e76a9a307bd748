"""The sentence splitter against an oracle it does not share code with: blingfire, a maintained
segmenter whose model ships in its wheel. They must agree on the seeds and on made-up text, except
where they differ on purpose: a quotation and the tag that names its speaker ("“Go register!” Smith
said.") are one sentence to reportgen, two to blingfire; and blingfire ends a sentence after a
title that opens the next one ("… again. Dr. | Jane Roe said")."""

from __future__ import annotations

import re

import blingfire
from conftest import SEEDS

from reportgen.text.sources import clean, split_sentences

MADE_UP = [
    "The council met on Monday. Prices rose again. Dr. Jane Roe of the U.S. Treasury said so.",
    "It hasn’t. We can. The Q&A. Then the vote.",
    "Mr. Smith arrived at 10 a.m. on Friday. He left before noon.",
    "“We are done here,” Smith said. “The other factor is money.”",
    "Why did the army fire? Nobody knows. The report is due in May.",
]
# A boundary blingfire draws between a quotation and its tag, which reportgen keeps in one sentence.
_QUOTE_THEN_TAG = re.compile(r"[!?.…][”\"’»]\s+\S+(?:\s+\S+){0,3}\s+(?:said|says|asked|told)\b")
# A boundary blingfire draws after a title that opens a sentence.
_AFTER_A_TITLE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep)\.$")


def _ends(sentences: list[str], text: str) -> set[int]:
    ends, at = set(), 0
    for sentence in sentences:
        at = text.index(sentence, at) + len(sentence)
        ends.add(at)
    ends.discard(len(text))
    return ends


def _disagreements(text: str) -> list[str]:
    ours = {end for _, end in split_sentences(text)[:-1]}
    theirs = _ends(blingfire.text_to_sentences(text).split("\n"), text)
    return [text[max(0, at - 25):at + 25] for at in sorted(ours ^ theirs)
            if not _QUOTE_THEN_TAG.match(text, max(0, at - 2)) and not _AFTER_A_TITLE.search(text, 0, at)]


def test_sentences_agree_with_blingfire_on_made_up_text():
    assert [d for text in MADE_UP for d in _disagreements(text)] == []


def test_sentences_agree_with_blingfire_on_the_seeds():
    paragraphs = [clean(line) for path in sorted(SEEDS.glob("*.txt"))
                  for line in path.read_text(encoding="utf-8").splitlines() if clean(line)]
    boundaries = sum(len(split_sentences(p)) - 1 for p in paragraphs)
    differences = [d for p in paragraphs for d in _disagreements(p)]
    assert boundaries > 300
    assert len(differences) <= boundaries // 100, differences  # 99% agreement; the rest read case by case
