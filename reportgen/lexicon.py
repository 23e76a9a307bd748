"""The verifier's vocabulary: every word class its rules act on, declared once, per language.

English reporting verbs are declared as lemmas and their forms generated (says, said, saying); a
lemma whose past or participle is irregular, or doubles its last consonant, says so after a colon
("tell:told", "admit:admitted"). Russian verbs are declared by their past stem and present forms.
The README's lists are printed from here (`python -m reportgen.lexicon`), and a test compares them.
"""

from __future__ import annotations

import re
import sys
import textwrap

# English verbs of saying, as lemmas. "lemma:past" gives an irregular or doubling past tense.
_SAYING_LEMMAS = """
say:said tell:told write:wrote add warn argue describe call denounce state note explain claim insist declare
announce ask reply answer continue conclude comment remark observe post tweet suggest admit:admitted acknowledge
recall urge stress emphasise emphasize vow promise blame accuse label:labelled/labeled brand dub:dubbed term predict
shout scream cry chant whisper yell exclaim object counter retort:retorted respond contend implore gush fume sigh
interject agree demand boast question repeat cite assert mention quip:quipped joke muse lament complain mutter
murmur scoff snap:snapped groan thunder bellow plead beg:begged concede confide confirm disclose reveal report testify
recount caution advise reiterate proclaim pledge maintain allege charge protest
marvel:marvelled/marveled wonder rage rant vent stammer stutter sneer snarl grumble gripe crow gloat reassure
point elaborate clarify underline highlight summarise summarize inform tease taunt chide scold
lecture instruct order command entreat
""".split()
# Bare lemmas that are rarely nouns, so that "I say", "they argue" report speech; the others ("a
# call", "the state", "a question") are left out.
_BARE = frozenset("say tell write add warn argue describe denounce explain insist declare announce ask observe "
                  "suggest admit acknowledge recall urge emphasise emphasize accuse predict shout scream whisper "
                  "yell agree assert concede confirm reiterate maintain allege".split())
# Their third-person forms that are as often nouns ("calls", "notes", "claims"): verbs only before a
# quote's first word ("Tokayev claims the protesters …") or in a tag's verb slot.
_NOUN_LIKE = frozenset("calls notes claims states remarks comments replies answers blames stresses vows promises "
                       "posts tweets questions reports charges points orders commands objects counters cries "
                       "jokes snaps groans protests rants vents pledges labels brands terms sighs fumes whispers "
                       "shouts screams chants yells murmurs sneers snarls gripes crows highlights lectures teases "
                       "taunts thunders bellows laments wonders marvels boasts quips mentions repeats rages demands "
                       "cautions underlines".split())
# Russian verbs of saying: the past stem (сказа-л, -ла, -ло, -ли) and present forms.
_RUSSIAN_SAYING = {
    "сказа": "говорит", "заяви": "заявляет заявляют", "отмети": "отмечает отмечают",
    "подчеркну": "подчёркивает подчеркивает", "добави": "добавляет", "написа": "пишет пишут",
    "сообщи": "сообщает сообщают", "поясни": "поясняет", "говори": "говорят", "возрази": "возражает",
    "ответи": "отвечает", "счита": "считает считают", "призва": "призывает", "предупреди": "предупреждает",
    "уточни": "уточняет", "рассказа": "рассказывает", "объясни": "объясняет",
}
# Phrases that report speech without a verb of their own.
SPEAKER_AFTER = ("according to", "in the words of", "по словам", "по мнению")
"""Phrases whose speaker comes after them, never before ("according to Smith")."""
_PHRASES = ("put it", "puts it", "referred to") + SPEAKER_AFTER


STATEMENT_NOUNS = tuple("statement statements post tweet tweets letter message release interview speech email "
                        "video remarks note op-ed column editorial".split())
"""Nouns of a statement: its participle speaks for whoever made it ("issued a statement saying")."""


def english_forms(entry: str) -> list[str]:
    """A lemma's forms: itself, -s, past, -ing ("say:said" -> say, says, said, saying)."""
    lemma, _, past = entry.partition(":")  # "label:labelled/labeled": two spellings of the past
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif re.search(r"[^aeiou]y$", lemma):
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if not past:
        if lemma.endswith("e"):
            past = lemma + "d"
        elif re.search(r"[^aeiou]y$", lemma):
            past = lemma[:-1] + "ied"
        else:
            past = lemma + "ed"
    doubled = past.endswith("ed") and len(past) > len(lemma) + 2 and past[len(lemma)] == lemma[-1]
    if doubled:
        ing = lemma + lemma[-1] + "ing"
    elif lemma.endswith("ie"):
        ing = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        ing = lemma[:-1] + "ing"
    else:
        ing = lemma + "ing"
    past, *other_pasts = past.split("/")
    return [lemma, third, past, ing, *other_pasts]


def _russian_forms() -> list[str]:
    forms = []
    for stem, present in _RUSSIAN_SAYING.items():
        if stem.isascii() or not stem.isalpha():
            continue
        forms += [stem + "л", stem + "ла", stem + "ло", stem + "ли", *present.split()]
    return forms


_ENGLISH = sorted({form for entry in _SAYING_LEMMAS for form in english_forms(entry)[1:]}
                  | {entry.partition(":")[0] for entry in _SAYING_LEMMAS} & _BARE)
REPORTING_VERBS = tuple(f for f in _ENGLISH if f not in _NOUN_LIKE) + tuple(_russian_forms()) + _PHRASES
"""Words that say a quotation or a paraphrase is someone's speech: the forms of every verb of saying."""
LEAD_ONLY_VERBS = tuple(sorted(f for f in _ENGLISH if f in _NOUN_LIKE))
"""Forms that are as often nouns: verbs only before a quote's first word or in a tag's verb slot."""


README_START = "<!-- lexicon: generated by `python -m reportgen.lexicon README.md`; do not edit by hand -->"
README_END = "<!-- /lexicon -->"


def readme_block() -> str:
    """The README's account of the reporting vocabulary, generated from the declarations above."""
    def items(words) -> str:
        return ", ".join(f"`{w}`" for w in words)

    russian = [f"`{stem}л(а/о/и)`" + (f" ({items(present.split())})" if present else "")
               for stem, present in _RUSSIAN_SAYING.items()]
    return "\n".join([
        README_START,
        *textwrap.wrap(
        f"English verbs of saying (`REPORTING_VERBS` in `reportgen/lexicon.py`), as lemmas; each counts in its "
        f"-s, past and -ing forms (an irregular past after a colon): {items(_SAYING_LEMMAS)}. "
        f"The bare lemma counts only for {items(sorted(_BARE))}; these -s forms are as often nouns and count "
        f"only before a quote's first word (`LEAD_ONLY_VERBS`): {items(LEAD_ONLY_VERBS)}. "
        f"Russian, by past stem and present forms: {', '.join(russian)}. "
        f"Phrases: {items(_PHRASES)}.", width=104, break_on_hyphens=False, break_long_words=False),
        README_END]).replace("\n", "\n    ")


def refresh_readme(path: str) -> None:
    """Rewrite the generated block of the README in place."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    start, end = text.index(README_START), text.index(README_END) + len(README_END)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text[:start] + readme_block() + text[end:])


if __name__ == "__main__":
    refresh_readme(sys.argv[1] if len(sys.argv) > 1 else "README.md")
