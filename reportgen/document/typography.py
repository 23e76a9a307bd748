"""Typographic quotation marks for editor-typed text, and alternation of nested quotes.

Written here rather than taken from smartypants: smartypants works on HTML and turns `--` and
`...` into dashes and ellipses too, which must not touch the editor's YAML text before Jinja2
escapes it, and it has no notion of the outer/inner alternation a quote inside our own quotation
marks needs. The rules, in order, for each straight mark:
  "  opens (“) at the start of the text or after a space, an opening bracket, a dash or another
     opening mark; otherwise it closes (”).
  '  opens (‘) in the same places; between letters or after a letter/digit it is an apostrophe
     or a closing single quote (’), which print the same.
Curly marks already in the text are kept.
"""

from __future__ import annotations

OPENERS = set(" \t\n([{‘“—–-/") | {"\u00a0"}
SWAP = {"“": "‘", "”": "’", "‘": "“", "’": "”"}


def smart_quotes(text: str) -> str:
    """Straight quotes and apostrophes in `text` made typographic (see the module's rules)."""
    if not text or ('"' not in text and "'" not in text):
        return text
    out: list[str] = []
    for i, char in enumerate(text):
        before = out[-1] if out else ""
        opens = i == 0 or before in OPENERS
        if char == '"':
            out.append("“" if opens else "”")
        elif char == "'":
            out.append("‘" if opens else "’")
        else:
            out.append(char)
    return "".join(out)


def nested(text: str) -> str:
    """The text as it prints inside our own double quotation marks (a quote, a cited title): its
    own double marks become single and its single ones double, so the levels alternate
    (“… ‘…’ …”). Apostrophes stay: a ’ is a closing quote only while a ‘ is open and no letter
    follows it."""
    text = smart_quotes(text)
    if not any(mark in text for mark in SWAP):
        return text
    out, open_singles = [], 0
    for i, char in enumerate(text):
        after = text[i + 1] if i + 1 < len(text) else ""
        if char == "‘":
            open_singles += 1
        elif char == "’":
            if open_singles and not after.isalnum():
                open_singles -= 1
            else:
                out.append(char)  # an apostrophe: Kazakhstan’s, don’t
                continue
        out.append(SWAP.get(char, char))
    return "".join(out)
