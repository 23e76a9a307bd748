"""Every verification rule by its id: what it protects the reader from, in one line.

A problem carries its rule's id, so the message, the README's table (generated from RULES), the
method note and the tests all point at the same rule, as a linter's rule codes do.
"""

from __future__ import annotations

import sys

RULES: dict[str, str] = {
    "quote.not-found": "the words are not in the source (after folding spacing, quote marks and dashes)",
    "quote.cuts-word": "a fragment starts or ends inside a word (\"lawfully\" in \"unlawfully\")",
    "cut.drops-qualifier": "a cut inside one sentence removes a negation, hedge or condition",
    "cut.joins-sentences": "a cut crosses a sentence end and resumes in the middle of a sentence",
    "cut.accept-unused": "`accept_cut` is set on an excerpt with no flagged cut",
    "edge.lead-qualifier": "the quote leaves out a negation, condition, doubt or limit before it in its clause",
    "edge.reporting-lead": "the quote leaves out the report its words complete (\"they say that …\")",
    "edge.tail-qualifier": "the quote leaves out a qualifying tail (\"…, if you believe state television\")",
    "edge.tail-denial": "the quote leaves out a tail that says the words are false (\"…, I don't think so\")",
    "edge.question": "the quote leaves out its question mark: a question quoted as a statement",
    "edge.tail-tag": "own-voice words whose tail says they are someone else's (\"…, the government says\")",
    "attribution.outside-body": "the words are in a header, caption or other furniture outside the source's body",
    "attribution.no-speaker": "the words are outside every speaker's turn of a transcript or interview",
    "attribution.partial-quotation": "own-voice words run into a quotation without its marks",
    "attribution.inner-clause": "the excerpt holds the reporting clause set inside a quotation",
    "attribution.no-evidence": "quoted words whose speaker no cue names: neither confirmed nor contradicted",
    "attribution.unsaid": "the cue reports no statement (a denial, a hypothetical, a question, a refusal)",
    "attribution.other-speaker": "the cue credits the quotation to another speaker",
    "attribution.own-voice": "words outside quotation marks belong to the text's own voice, not to the analyst",
    "reported.no-cue": "reported speech outside a sentence whose reporting verb names the analyst",
}


def readme_table() -> str:
    """The README's table of rules."""
    rows = "\n".join(f"| `{rule}` | {summary} |" for rule, summary in RULES.items())
    return f"| rule | what it refuses |\n| --- | --- |\n{rows}"


if __name__ == "__main__":
    sys.stdout.write(readme_table() + "\n")
