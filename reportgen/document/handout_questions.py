"""The handout's discussion questions against its sheet: a class has only the sheet in hand.

Rules (documented in the README):
- A question *names* an analyst when one of the analyst's name forms (full name, surname, aliases:
  speech.name_forms) occurs in it as whole words, in any case. The sheet *carries* that analyst
  when it prints a quote of theirs, or when its background names them (an actor, such as a
  president, that the question may discuss).
- A question *quotes* words when it holds text between quotation marks ("...", '...', “...”,
  ‘...’; an apostrophe inside a word is no mark). The sheet carries them when they occur in a
  printed quote or the background, after folding spacing, case and quote marks.
- Anything the sheet does not carry earns a warning naming the question; excerpt selection first
  picks the excerpts the questions refer to, so most warnings mean the editor must choose.
- Anonymized, a name the sheet carries as a quote is replaced by that speaker's letter, and the
  sheet may not give a speaker away (giveaways): no printed quote, background or question names
  a lettered speaker (a question that says "Speaker B says Speaker C blamed the media", beside B's
  quote naming Tokayev as the one who blamed, answers "Who is C?"), and a gendered pronoun in a
  question about a speaker ("her view") earns a warning: it may single out the one woman among them.
"""

from __future__ import annotations

import re

from reportgen.load.model import Analyst
from reportgen.text.sources import normalize
from reportgen.verify.attribution import name_forms, name_pattern, names_in

# Opening mark, then the shortest text up to the matching closing mark; a single mark must not be
# an apostrophe (a letter on both sides), so "Kazakhstan's" opens nothing.
QUOTED = re.compile(r"""(?:"([^"]+)"|“([^”]+)”|‘(.+?)’(?!\w)|(?<!\w)'(.+?)'(?!\w))""")


def quoted_phrases(question: str) -> list[str]:
    """The words a question puts between quotation marks."""
    return [next(g for g in m.groups() if g) for m in QUOTED.finditer(question)]


def fold(text: str) -> str:
    return " ".join(normalize(text).replace('"', "'").casefold().split())


def named_analysts(question: str, analysts: list[Analyst]) -> list[Analyst]:
    """The analysts the question names, in the order of the list."""
    text = fold(question)
    return [a for a in analysts if name_pattern(name_forms(a)).search(text)]


def refers_to(questions: tuple[str, ...], analysts: list[Analyst]):
    """A test of a Quote: does a discussion question name its analyst or quote its words?"""
    named = {a.id for q in questions for a in named_analysts(q, analysts)}
    phrases = [fold(p) for q in questions for p in quoted_phrases(q)]

    def test(quote) -> bool:
        words = fold(" ".join(quote.excerpt.readings))  # a question may quote the translation
        return quote.analyst.id in named or any(p in words for p in phrases)
    return test


def unsupported(question: str, quotes, background: str | None, analysts: list[Analyst]) -> list[str]:
    """What a question relies on that the sheet does not print: 'names X', 'quotes "…"'."""
    printed = {q.analyst.id for q in quotes}
    sheet = fold(" ".join([text for q in quotes for text in q.excerpt.readings] + [background or ""]))
    missing = []
    for analyst in named_analysts(question, analysts):
        if analyst.id not in printed and not names_in(background or "", analyst):
            missing.append(f"names {analyst.name}, whose words are not on the sheet")
    for phrase in quoted_phrases(question):
        if fold(phrase) not in sheet:
            missing.append(f"quotes ‘{phrase}’, which the sheet does not print")
    return missing


def anonymized(question: str, letters: dict[str, list[str]], analysts: list[Analyst]) -> str:
    """The question with every name of a lettered speaker replaced by 'Speaker A' (or 'Speakers A
    and C' for one voice quoted twice): the names are the answers the class must find."""
    for analyst in analysts:
        if analyst.id not in letters:
            continue
        marks = letters[analyst.id]
        label = f"Speaker {marks[0]}" if len(marks) == 1 else f"Speakers {', '.join(marks[:-1])} and {marks[-1]}"
        question = name_pattern(name_forms(analyst)).sub(label, question)
    return question


GENDERED = re.compile(r"\b(she|her|hers|herself|he|him|his|himself)\b", re.IGNORECASE)


def giveaways(questions: tuple[str, ...], quotes, letters: tuple[str, ...], background: str | None,
              definitions: dict[str, str] | None = None) -> list[str]:
    """What gives a lettered speaker away on an anonymized sheet: their name in another speaker's
    quote, in the background, in a glossary definition printed with it or in a question (as
    printed), and gendered pronouns in a question."""
    found = []
    for letter, quote in zip(letters, quotes):
        pattern = name_pattern(name_forms(quote.analyst))
        for other_letter, other in zip(letters, quotes):
            if other.analyst.id != quote.analyst.id and any(names_in(text, quote.analyst)
                                                            for text in other.excerpt.readings):
                found.append(f"Speaker {other_letter}'s quote names Speaker {letter} ({quote.analyst.name}), "
                             "which gives the answer away")
        if background and pattern.search(fold(background)):
            found.append(f"the background names Speaker {letter} ({quote.analyst.name}), which gives the answer away")
        for term, definition in (definitions or {}).items():
            if pattern.search(fold(definition)):
                found.append(f"the glossary's definition of '{term}' names Speaker {letter} ({quote.analyst.name}), "
                             "which gives the answer away")
        for n, question in enumerate(questions, 1):
            if pattern.search(fold(question)):
                found.append(f"question {n} names Speaker {letter} ({quote.analyst.name})")
    for n, question in enumerate(questions, 1):
        pronouns = sorted({m.group(1).lower() for m in GENDERED.finditer(question)})
        if pronouns and len(letters) > 1 and re.search(r"\bSpeakers? [A-Z]\b", question):  # about a speaker
            found.append(f"question {n} says {', '.join(repr(p) for p in pronouns)}, which may single out one "
                         "speaker; say 'their' or the speaker's letter")
    return list(dict.fromkeys(found))
