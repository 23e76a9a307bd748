"""`reportgen excerpt add`: copy a passage from a source into topics.yaml as a new excerpt.

The quote is never typed: it is the paragraph's own text, or the span from one phrase to another
within it. The excerpt is verified as `check` would verify it before anything is written, and it is
added by a textual edit at the YAML marks (as `edition new` does), so the editor's comments, order
and quoting survive: every other byte of topics.yaml stays as it was.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import yaml

from reportgen.commands.find import phrase_pattern
from reportgen.load.loader import FAST_LOADER, Document, compose_for_edit, refused_character
from reportgen.load.model import LANGUAGES, Analyst, Edition, Excerpt, Topic
from reportgen.load.schema import load_edition, suggest
from reportgen.load.textfiles import decode_text
from reportgen.output.atomic import (  # the one atomic writer (temp file, fsync, rename)
    check_version,
    editable,
    write_unless_changed,
)
from reportgen.problems import VERIFICATION_FAILED, InputError, Problem
from reportgen.text.sources import Paragraph, SourceText
from reportgen.verify.attribution import Voices, names_in
from reportgen.verify.excerpts import read_sources, verify_excerpt

WIDTH = 80  # wrap the quote's folded block scalar as the shipped topics.yaml does


@dataclass(frozen=True)
class Added:
    """What `excerpt add` wrote: the excerpt as verified, and the line it starts at."""

    excerpt: Excerpt
    line: int
    analyst_inferred: str | None  # how the analyst was found, when --analyst was not given


def add_excerpt(topics: Path, topic_id: str, source_id: str, para: int, start: str | None = None,
                end: str | None = None, analyst: str | None = None, stance: str | None = None,
                note: str | None = None, reported: bool = False, spans: list[tuple[int, int]] | None = None,
                expected: str | None = None, translation: str | None = None) -> Added:
    """Verify the new excerpt, then append it to the topic; on any problem nothing is written.

    `spans` (the browser's selection: [start, end) offsets into the paragraph's clean text, cuts between
    them) replaces --from/--to; `expected` is the version of topics.yaml the editor saw
    (edits.version_of): the file is not written if it changed since."""
    _check_note(note)
    _check_text(translation, "--translation", "translation")
    raw = topics.read_bytes() if expected is not None else b""
    check_version(raw, expected, topics)
    edition = load_edition(topics, text=decode_text(topics, raw)) if expected is not None else load_edition(topics)
    target = editable(edition.path, "`excerpt add`")
    index, topic = _topic(edition, topic_id)
    source = _known("source", source_id, edition.sources, "--source")
    _check_language(edition, source.id, translation)
    if analyst is not None:
        _known("analyst", analyst, edition.analysts, "--analyst")
    if stance is not None and topic.stance(stance) is None:
        raise InputError([Problem("--stance", None, None, f"unknown stance '{stance}' for topic '{topic.id}'",
                                  suggest(stance, [s.id for s in topic.stances]) if topic.stances
                                  else f"topic '{topic.id}' declares no stances; leave --stance out")])
    texts = read_sources(edition)
    paragraph = _paragraph(texts[source.id], source.id, para)
    quote = selected_words(paragraph, spans) if spans is not None else cut_span(paragraph, start, end)
    refused = refused_character(quote)
    if refused:
        raise InputError([Problem("--para", None, None, f"the quote from para. {para} of source '{source.id}' "
                                  f"{refused[0]}, which `check` refuses in topics.yaml",
                                  "quote a span without it (--from ... --to ...), or remove it from the source")])
    draft = Excerpt(topic=topic.id, source=source.id, analyst=analyst or "", quote=quote, stance=stance, note=note,
                    reported=reported, translation=translation)
    how = None
    if analyst is None:
        analyst, how = infer_analyst(edition, texts, draft, paragraph)
        draft = dataclasses.replace(draft, analyst=analyst)
    raw = raw or edition.path.read_bytes()
    text = raw.decode("utf-8")  # as it is on disk: line ends kept (read_text folds \r\n)
    new_text = append_excerpt_text(edition.document, text, index, _entry(draft))
    # The edited file must load as `check` loads it (the safety net for every value written), and the
    # checker's own verdict is located where the excerpt would stand in it.
    new_doc = load_edition(edition.path, text=new_text).document
    key = ("topics", index, "excerpts", len(topic.excerpts))
    checked, problems = verify_excerpt(dataclasses.replace(edition, document=new_doc), texts,
                                       dataclasses.replace(draft, key=key))
    if problems:
        unchanged = f"the excerpt was not added; {edition.document.name} is unchanged"
        raise InputError([dataclasses.replace(p, hint=_join(p.hint, unchanged)) for p in problems],
                         VERIFICATION_FAILED)
    write_unless_changed(target, raw, new_text.encode("utf-8"))
    return Added(checked, new_doc.where(key)[0], how)


def infer_analyst(edition: Edition, texts: dict[str, SourceText], excerpt: Excerpt,
                  paragraph: Paragraph, voices: Voices | None = None) -> tuple[str, str]:
    """Whose words these are, as verification judges them: (analyst id, how it was checked).

    The one place that asks reportgen.verify.excerpts: each analyst is tried as the excerpt's analyst, and
    those for whom it verifies are the candidates (the checker reads the turn's speaker, the
    article's author, or the cue of the quotation the words stand in). One candidate is the answer;
    several make an error that lists them. With none, if the text reports someone's speech there,
    the error says to mark the excerpt --reported.
    """
    voices = voices or Voices(edition.analysts)
    plausible = _plausible(edition, texts, excerpt, paragraph, voices)

    def passing(reported: bool) -> dict[str, str]:
        found = {}
        for analyst in plausible:
            trial = dataclasses.replace(excerpt, analyst=analyst.id, reported=reported)
            checked, problems = verify_excerpt(edition, texts, trial, voices)
            if not problems:
                found[analyst.id] = checked.check or ""
        return found

    def listed(ids) -> str:
        return ", ".join(f"{a} ({edition.analysts[a].name})" for a in ids)

    where = f"para. {paragraph.number} of {edition.sources[excerpt.source].label}"
    direct = passing(excerpt.reported)
    if len(direct) == 1:
        return next(iter(direct.items()))
    if direct:
        raise InputError([Problem("excerpt add", None, None, f"cannot tell whose words these are in {where}",
                                  f"name one with --analyst: {listed(direct)}")])
    reporting = {} if excerpt.reported else passing(True)
    if reporting:
        raise InputError([Problem("excerpt add", None, None,
                                  f"these words in {where} are the text's own, reporting {listed(reporting)}",
                                  "add --reported (printed unquoted, as reported speech) and --analyst, or quote "
                                  "words the text puts in quotation marks")], VERIFICATION_FAILED)
    first = next(iter(edition.analysts.values()), None)
    reason = ""
    if first:  # the checker's reason, unless it names the analyst tried, whom the editor never gave
        _, problems = verify_excerpt(edition, texts, dataclasses.replace(excerpt, analyst=first.id), voices)
        reason = problems[0].message if problems and first.name not in problems[0].message else ""
    source = edition.sources[excerpt.source]
    voice = paragraph.speaker or (source.author if source.kind == "article" else None)
    if not reason and voice:
        reason = f"{where} is {voice}'s, who is not under analysts:"
    hint = f"the checker says: {reason}" if reason else "add the voice under analysts:"
    if voice and not any(a.name == voice for a in edition.analysts.values()):
        hint += f"; to quote {voice}, add under analysts: `{analyst_line(voice)}`"
    raise InputError([Problem("excerpt add", None, None, f"no analyst of {edition.document.name} can be quoted "
                                                         f"from {where}", hint)], VERIFICATION_FAILED)


def analyst_line(name: str) -> str:
    """The topics.yaml line under `analysts:` that makes a voice of the sources an analyst."""
    key = re.sub(r"[\W_]+", "-", name.casefold()).strip("-") or "analyst"
    plain = re.fullmatch(r"[^\W\d][\w .'’-]*", name) and not name.endswith(" ")
    return f"{key}: {{name: {name if plain else json.dumps(name, ensure_ascii=False)}}}"


def _plausible(edition: Edition, texts: dict[str, SourceText], excerpt: Excerpt, paragraph: Paragraph,
               voices: Voices) -> list[Analyst]:
    """The analysts verification could credit with words of this paragraph, so that not every analyst
    of a large edition is tried: the text's own voice there (speaker, author), and anyone whose name
    or alias occurs in the paragraph, the three before it or the one after (where a quotation's cue,
    a pronoun's antecedent or a lead-in can stand). A superset: verification has the last word."""
    text = texts[excerpt.source]
    at = paragraph.number - 1
    window = " ".join(p.clean or p.text for p in text.paragraphs[max(0, at - 3):at + 2])
    own = set(voices.own_voice(edition.sources[excerpt.source], paragraph))
    return [a for a in edition.analysts.values() if a.id in own or names_in(window, a)]


def cut_span(paragraph: Paragraph, start: str | None, end: str | None) -> str:
    """The paragraph's text, or its span from the first `start` phrase to the first `end` phrase
    after it (both included), matched as `find` matches: case, spacing, quote and dash style aside."""
    text = paragraph.text
    if start is None and end is None:
        return text
    begin = 0
    if start is not None:
        found = phrase_pattern(start).search(text)
        if not found:
            raise InputError([Problem("--from", None, None, f"'{start}' is not in para. {paragraph.number}",
                                      f"the paragraph begins: \"{_clip(text)}\"")])
        begin = found.start()
    stop = len(text)
    if end is not None:
        found = phrase_pattern(end).search(text, begin)
        if not found:
            raise InputError([Problem("--to", None, None, f"'{end}' is not in para. {paragraph.number}"
                                                          + (f" after '{start}'" if start else ""),
                                      f"the paragraph ends: \"…{text[-60:]}\"")])
        stop = found.end()
    return text[begin:stop].strip()


def selected_words(paragraph: Paragraph, spans: list[tuple[int, int]]) -> str:
    """The quote a selection makes: each [start, end) of the paragraph's clean text (as the reading
    view shows it) in order, joined by ' ... ' (a cut, as an editor types one); the checker then
    judges the cuts like any other."""
    text, parts, last = paragraph.clean, [], 0
    for start, end in spans:
        if not last <= start < end <= len(text):
            raise InputError([Problem("selection", None, None, f"the selection {start}-{end} is not within para. "
                                                               f"{paragraph.number} or not in order",
                                      "select the words again")])
        parts.append(text[start:end].strip())
        last = end
    if not any(parts):
        raise InputError([Problem("selection", None, None, "nothing is selected", "select some words")])
    return " ... ".join(p for p in parts if p)


def append_excerpt_text(doc: Document, text: str, topic_index: int, entry: dict) -> str:
    """topics.yaml with `entry` appended to the topic's excerpts; every other byte kept.

    The new lines follow the last excerpt's last line, at the same indentation, so comments that
    come after it (the next topic's heading comment) stay where they are.
    """
    newline = "\r\n" if "\r\n" in text else "\n"
    root = compose_for_edit(text)
    assert root is not None  # the file loaded as an edition just before
    topic = root.value[next(n for n, (k, _) in enumerate(root.value) if k.value == "topics")][1].value[topic_index]
    key, excerpts = next((k, v) for k, v in topic.value if k.value == "excerpts")
    if excerpts.value and not excerpts.flow_style:
        dash, column = excerpts.start_mark.column, excerpts.value[0].start_mark.column
        last = excerpts.value[-1].end_mark.index
        while last > 0 and text[last - 1] in " \t\r\n":
            last -= 1
        cut = text.find("\n", last)
        cut = len(text) if cut == -1 else cut + 1
        lines = _entry_lines(entry, dash, column)
        block = newline.join(lines) + newline
        new = (text[:cut] + block + text[cut:]) if cut < len(text) or text.endswith("\n") \
            else text + newline + block
    elif not excerpts.value:  # `excerpts: []`: becomes a block sequence
        dash = key.start_mark.column + 2
        lines = _entry_lines(entry, dash, dash + 2)
        new = text[:key.end_mark.index] + ":" + newline + newline.join(lines) + text[excerpts.end_mark.index:]
    else:
        raise InputError([doc.problem(("topics", topic_index, "excerpts"),
                                      "cannot add to excerpts written as a [flow, list]; nothing changed",
                                      "write the topic's excerpts as a block list (one '- source:' per excerpt)")])
    _check_edit(doc, text, new, topic_index, entry)
    return new


def _entry(excerpt: Excerpt) -> dict:
    entry: dict[str, str | bool] = {"source": excerpt.source, "analyst": excerpt.analyst}
    if excerpt.stance:
        entry["stance"] = excerpt.stance
    if excerpt.reported:
        entry["reported"] = True
    entry["quote"] = excerpt.quote
    if excerpt.translation:
        entry["translation"] = excerpt.translation
    if excerpt.note:
        entry["note"] = excerpt.note
    return entry


def _entry_lines(entry: dict, dash: int, column: int) -> list[str]:
    lines: list[str] = []
    for name, value in entry.items():
        lead = " " * dash + "- " + " " * (column - dash - 2) if not lines else " " * column
        if name in ("quote", "translation"):
            lines += folded(lead + name + ":", value, column + 2)
        else:
            lines.append(f"{lead}{name}: {'true' if value is True else plain_or_quoted(value)}")
    return lines


def folded(head: str, value: str, indent: int) -> list[str]:
    """The quote as a folded block (`>-`) wrapped like the shipped file, if that reads back exactly;
    else one double-quoted line."""
    wrapped = textwrap.wrap(value, width=max(WIDTH - indent, 30), break_long_words=False, break_on_hyphens=False)
    lines = [f"{head} >-"] + [" " * indent + line for line in wrapped]
    try:
        if yaml.load("k: >-\n" + "\n".join(lines[1:]), Loader=FAST_LOADER) == {"k": value}:
            return lines
    except yaml.YAMLError:
        pass
    return [f"{head} {_quoted(value)}"]


def plain_or_quoted(value: str) -> str:
    """A value written plain when it reads back as itself, else double-quoted."""
    try:
        if "\n" not in value and yaml.load(f"k: {value}", Loader=FAST_LOADER) == {"k": value}:
            return value
    except yaml.YAMLError:
        pass
    return _quoted(value)


def _quoted(value: str) -> str:
    text = json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar
    try:
        if yaml.load(f"k: {text}", Loader=FAST_LOADER) == {"k": value}:
            return text
    except yaml.YAMLError:
        pass
    return json.dumps(value)  # characters YAML will not take raw are escaped


def _check_edit(doc: Document, old: str, new: str, topic_index: int, entry: dict) -> None:
    """Safety net: the edited file must hold the same data plus the one excerpt."""
    expected = copy.deepcopy(yaml.load(old, Loader=FAST_LOADER))
    expected["topics"][topic_index]["excerpts"] = list(expected["topics"][topic_index]["excerpts"] or []) + [entry]
    try:
        got = yaml.load(new, Loader=FAST_LOADER)
    except yaml.YAMLError:
        got = None
    if got != expected:
        raise InputError([doc.problem(("topics", topic_index, "excerpts"),
                                      "cannot add the excerpt without touching other lines; nothing changed",
                                      "add it by hand; `reportgen excerpt add` prints nothing it did not write")])


def _check_note(note: str | None) -> None:
    """--note is held to the rule of every value in topics.yaml: not blank, no invisible characters."""
    _check_text(note, "--note", "note")


def _check_text(value: str | None, flag: str, what: str) -> None:
    """A value given on the command line for topics.yaml: not blank, no invisible characters."""
    if value is None:
        return
    if not value.strip():
        raise InputError([Problem(flag, None, None, f"the {what} is empty", f"write the {what}, or leave {flag} out")])
    refused = refused_character(value)
    if refused:
        raise InputError([Problem(flag, None, None, f"the {what} {refused[0]}", refused[1])])


def _check_language(edition: Edition, source_id: str, translation: str | None) -> None:
    """A quote in another language than the edition's needs --translation; one in its own refuses it."""
    original, language = edition.language_of(source_id), edition.language
    if original != language and translation is None:
        raise InputError([Problem("--translation", None, None, f"source '{source_id}' is in {LANGUAGES[original]}: "
                                  "the excerpt needs a translation", f"give --translation TEXT, your rendering of "
                                  f"the quote in {LANGUAGES[language]}")])
    if original == language and translation is not None:
        raise InputError([Problem("--translation", None, None, f"source '{source_id}' is in {LANGUAGES[language]}, "
                                  "the edition's own language", "leave --translation out")])


def _topic(edition: Edition, topic_id: str) -> tuple[int, Topic]:
    for index, topic in enumerate(edition.topics):
        if topic.id == topic_id:
            return index, topic
    raise InputError([Problem("TOPIC", None, None, f"unknown topic '{topic_id}'",
                              suggest(topic_id, [t.id for t in edition.topics]))])


def _known(what: str, name: str, known: dict, flag: str):
    if name not in known:
        raise InputError([Problem(flag, None, None, f"unknown {what} '{name}'", suggest(name, known))])
    return known[name]


def _paragraph(text: SourceText, source_id: str, number: int) -> Paragraph:
    count = len(text.paragraphs)
    if not 1 <= number <= count:
        valid = f"1-{count}" if count else "none: the file has no text"
        raise InputError([Problem("--para", None, None, f"source '{source_id}' has no paragraph {number}",
                                  f"valid paragraphs: {valid} (`reportgen find WORDS --source {source_id}` "
                                  "shows their numbers)")])
    return text.paragraphs[number - 1]


def _clip(text: str, most: int = 60) -> str:
    return text if len(text) <= most else text[:most] + "…"


def _join(*parts: str | None) -> str:
    return "; ".join(p for p in parts if p)

