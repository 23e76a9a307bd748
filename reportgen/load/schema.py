"""Every field of topics.yaml, as the model declares it once; shape checks (phase one) and the model they yield.

The declarations (load/model.py) are the reference for editors: `reportgen schema` prints them, so the
README's field list, the checks below, the JSON Schema and the model cannot drift apart.
"""

from __future__ import annotations

import datetime
import difflib
from pathlib import Path

from reportgen.load.dates import is_iso_date
from reportgen.load.fields import Field, declared
from reportgen.load.guards import source_problem
from reportgen.load.loader import Document, Key, load_document, parse_document
from reportgen.load.model import (
    LANGUAGES,
    Analyst,
    Edition,
    Excerpt,
    Source,
    Stance,
    TimelineEntry,
    Topic,
)
from reportgen.problems import InputError, Problem

EDITION = declared(Edition)
SOURCE = declared(Source)
ANALYST = declared(Analyst)
TOPIC = declared(Topic)
EXCERPT = declared(Excerpt)
TIMELINE = declared(TimelineEntry)
TOP = (Field("edition", dict, "Title, number and date of this edition.", required=True),
       *declared(Edition, section="top"))
SECTIONS = {"top level": TOP, "edition": EDITION, "sources.<id>": SOURCE, "analysts.<id>": ANALYST,
            "topics[]": TOPIC, "topics[].excerpts[]": EXCERPT, "timeline[]": TIMELINE}


def describe_schema() -> str:
    """The field reference, as printed by `reportgen schema`."""
    lines = []
    for section, fields in SECTIONS.items():
        lines.append(f"{section}:")
        for f in fields:
            flag = "required" if f.required else "optional"
            choices = f" ({' | '.join(f.choices)})" if f.choices else ""
            lines.append(f"  {f.name:<12} {flag:<9} {f.doc}{choices}")
    return "\n".join(lines)


def load_edition(path: Path, base: Path | None = None, text: str | None = None) -> Edition:
    """Load topics.yaml and check its shape; raise InputError listing every problem found.

    Source files are relative to `base`, by default the file's own folder; a snapshot of an earlier
    edition (editions/N/topics.yaml) reads its sources from the project folder instead. `text`, if
    given, is read instead of the file (`find` passes the file without its topics).
    """
    doc = load_document(path) if text is None else parse_document(path, text)
    problems: list[Problem] = list(doc.problems)
    edition = _build_edition(doc, problems, base if base is not None else path.parent)
    if problems:
        raise InputError(problems)
    assert edition is not None  # built whenever no problem was found
    return edition


def suggest(name: str, known) -> str:
    """A hint naming the ids that exist, the likeliest first."""
    known = list(known)
    close = difflib.get_close_matches(str(name), known, n=1)
    listing = ", ".join(known) if known else "none"
    return (f"did you mean '{close[0]}'? " if close else "") + f"known: {listing}"


class _Checker:
    """Phase one: types, required keys and ids, with every problem collected."""

    def __init__(self, doc: Document, problems: list[Problem]):
        self.doc, self.problems = doc, problems

    def error(self, key: Key, message: str, hint: str | None = None):
        self.problems.append(self.doc.problem(key, message, hint))

    def fields(self, key: Key, value, fields: tuple[Field, ...], what: str) -> dict | None:
        """Check one mapping against its declared fields; return the usable values."""
        if not isinstance(value, dict):
            self.error(key, f"{what} must be a mapping of fields, not {_kind(value)}",
                       "indent its fields under it as 'name: value'")
            return None
        declared = {f.name: f for f in fields}
        out = {}
        for name, raw in value.items():
            if name not in declared:
                self.error(key + (name, "<key>"), f"unknown field '{name}' in {what}", suggest(name, declared))
                continue
            field = declared[name]
            clean = self.value(key + (name,), raw, field)
            if clean is not None:
                out[name] = clean
        for field in fields:
            if field.required and field.name not in value:
                self.error(key, f"{what} lacks required field '{field.name}'", field.doc)
            elif field.required and field.name in value and out.get(field.name) is None and value[field.name] is None:
                self.error(key + (field.name,), f"'{field.name}' in {what} is empty", field.doc)
        return out

    def value(self, key: Key, raw, field: Field):
        if raw is None:
            return None
        if field.type is str:
            if isinstance(raw, datetime.date):
                raw = raw.isoformat()
            elif isinstance(raw, (int, float)) and not isinstance(raw, bool):
                raw = str(raw)
            if not isinstance(raw, str):
                return self.error(key, f"'{field.name}' must be text, not {_kind(raw)}", field.doc)
            raw = raw.strip()
            if not raw:
                return self.error(key, f"'{field.name}' is empty", field.doc)
            if field.choices and raw not in field.choices:
                return self.error(key, f"'{field.name}' is '{raw}'", suggest(raw, field.choices))
            return raw
        if field.type is int and (not isinstance(raw, int) or isinstance(raw, bool)):
            return self.error(key, f"'{field.name}' must be a whole number, not {_kind(raw)}", field.doc)
        if field.type is bool and not isinstance(raw, bool):
            return self.error(key, f"'{field.name}' must be true or false, not {_kind(raw)}", field.doc)
        if field.type in (list, dict) and not isinstance(raw, field.type):
            return self.error(key, f"'{field.name}' must be a {'list' if field.type is list else 'mapping'}, "
                                   f"not {_kind(raw)}", field.doc)
        return raw

    def texts(self, key: Key, raw: list, what: str) -> tuple[str, ...]:
        out = []
        for i, item in enumerate(raw):
            if isinstance(item, (str, int, float)) and not isinstance(item, bool) and str(item).strip():
                out.append(str(item).strip())
            else:
                self.error(key + (i,), f"each of {what} must be text, not {_kind(item)}")
        return tuple(out)


def _kind(value) -> str:
    names = {dict: "a mapping", list: "a list", str: "text", bool: "true/false", int: "a number",
             float: "a number", type(None): "empty"}
    return names.get(type(value), type(value).__name__)


def _build_edition(doc: Document, problems: list[Problem], base: Path) -> Edition | None:
    c = _Checker(doc, problems)
    top = c.fields((), doc.data, TOP, "topics.yaml") if doc.data is not None else None
    if top is None:
        if doc.data is None and not doc.problems:  # not when the loader refused it (an alias bomb)
            c.error((), "the file is empty", "start from the shipped topics.yaml")
        return None
    meta = c.fields(("edition",), top.get("edition", {}), EDITION, "edition") or {}
    _edition_extras(c, meta)
    sources = _build_sources(c, doc, top.get("sources", {}), base)
    # References are checked against every declared id, so one broken entry reports once, not per use.
    source_ids = _ids(top.get("sources"))
    analysts = _build_analysts(c, top.get("analysts", {}), source_ids)
    topics = _build_topics(c, top.get("topics", []), source_ids, _ids(top.get("analysts")))
    _check_translations(c, topics, sources, meta.get("language", "en"))
    glossary = {}
    for term, definition in top.get("glossary", {}).items():
        if not isinstance(definition, str) or not definition.strip():
            c.error(("glossary", term), f"glossary term '{term}' needs a definition (text)")
        else:
            glossary[str(term)] = definition.strip()
    timeline = []
    for i, raw in enumerate(top.get("timeline", [])):
        entry = c.fields(("timeline", i), raw, TIMELINE, "a timeline entry")
        if entry and len(entry) == 2:
            timeline.append(TimelineEntry(**entry))
    if problems or not all(k in meta for k in ("title", "number", "date")):
        return None
    return Edition(path=doc.path, sources=sources, analysts=analysts, topics=tuple(topics),
                   glossary=glossary, timeline=tuple(timeline), document=doc, **meta)


def _check_translations(c: _Checker, topics: list[Topic], sources: dict[str, Source], language: str) -> None:
    """A quote from a source in another language needs the editor's translation; one in the edition's
    own language must not have one (it would print a second version of the same words)."""
    names = LANGUAGES
    for excerpt in (e for t in topics for e in t.excerpts if e.source in sources):
        original = sources[excerpt.source].language or language
        if original != language and excerpt.translation is None:
            c.error(excerpt.key, f"the quote is in {names[original]} ({sources[excerpt.source].id} is "
                                 f"'{original}') and has no translation",
                    f"add 'translation:' with your rendering of it in {names[language]}")
        elif original == language and excerpt.translation is not None:
            c.error(excerpt.key + ("translation",), f"'translation' is set, but the quote is in {names[language]}, "
                                                   "the edition's own language",
                    "remove 'translation', or set the source's 'language' if the text is in another one")


def _edition_extras(c: _Checker, meta: dict) -> None:
    """Key points as a tuple of texts; as_of must be a date a reader can be given."""
    if "key_points" in meta:
        meta["key_points"] = c.texts(("edition", "key_points"), meta["key_points"], "the key points")
    if "as_of" in meta and not is_iso_date(meta["as_of"]):
        c.error(("edition", "as_of"), f"'as_of' is '{meta.pop('as_of')}', not a date", "write it as YYYY-MM-DD")


def _ids(mapping) -> list[str]:
    return [str(k) for k in mapping] if isinstance(mapping, dict) else []


def _build_sources(c: _Checker, doc: Document, raw: dict, base: Path) -> dict[str, Source]:
    base = base.resolve()
    sources = {}
    for sid, value in raw.items():
        key = ("sources", sid)
        f = c.fields(key, value, SOURCE, f"source '{sid}'")
        if not f or not all(k in f for k in ("file", "title", "kind")):
            continue
        if "\0" in f["file"]:  # the loader reported the control character; no path can hold it
            continue
        try:
            file = (base / f["file"]).resolve()
        except (OSError, RuntimeError) as err:  # a symlink loop (RuntimeError before Python 3.13)
            c.error(key + ("file",), f"source file '{f['file']}' cannot be followed: {err}", "fix the link")
            continue
        if not file.is_relative_to(base):
            c.error(key + ("file",), f"source file '{f['file']}' leads outside the folder of {doc.path.name}",
                    "keep sources beside topics.yaml, e.g. in seeds/")
            continue
        refused = source_problem(file, doc.path, base)
        if refused:
            c.error(key + ("file",), f"source file '{f['file']}': {refused}", "name the source text, e.g. in seeds/")
            continue
        if not file.is_file():
            c.error(key + ("file",), f"source file '{f['file']}' not found",
                    f"paths are relative to {doc.path.name}'s folder")
            continue
        f["file"] = file
        f.setdefault("label", str(sid))
        if "body" in f:
            f["body"] = _ranges(c, key + ("body",), f["body"])
        sources[str(sid)] = Source(id=str(sid), **f)
    return sources


def _ranges(c: _Checker, key: Key, text: str) -> tuple[tuple[int, int], ...]:
    """'3-7, 9, 12-20' -> ((3, 7), (9, 9), (12, 20)); each range a problem if it is not one."""
    out = []
    for part in text.split(","):
        bounds = [b.strip() for b in part.replace("–", "-").split("-")]
        if not (1 <= len(bounds) <= 2 and all(b.isascii() and b.isdigit() and int(b) > 0 for b in bounds)
                and int(bounds[0]) <= int(bounds[-1])):
            c.error(key, f"'{part.strip()}' in 'body' is not a paragraph range",
                    "write ranges of paragraph numbers, e.g. '14-106' or '3-7, 9-15'")
            continue
        out.append((int(bounds[0]), int(bounds[-1])))
    return tuple(out)


def _build_analysts(c: _Checker, raw: dict, sources: list[str]) -> dict[str, Analyst]:
    analysts = {}
    for aid, value in raw.items():
        key = ("analysts", aid)
        f = c.fields(key, value, ANALYST, f"analyst '{aid}'")
        if not f or "name" not in f:
            continue
        f["aliases"] = c.texts(key + ("aliases",), f.get("aliases", []), "aliases")
        f["author_of"] = c.texts(key + ("author_of",), f.get("author_of", []), "author_of")
        for i, sid in enumerate(f["author_of"]):
            if sid not in sources:
                c.error(key + ("author_of", i), f"unknown source '{sid}'", suggest(sid, sources))
        analysts[str(aid)] = Analyst(id=str(aid), **f)
    return analysts


def _build_topics(c: _Checker, raw: list, sources: list[str], analysts: list[str]) -> list[Topic]:
    topics: list[Topic] = []
    seen: dict[str, int] = {}
    for i, value in enumerate(raw):
        key = ("topics", i)
        f = c.fields(key, value, TOPIC, f"topic {i + 1}")
        if not f or not all(k in f for k in ("id", "title", "question")):
            continue
        tid = f["id"]
        if tid in seen:
            c.error(key + ("id",), f"duplicate topic id '{tid}' (first at line {seen[tid]})",
                    "give each topic its own id")
        seen[tid] = c.doc.where(key + ("id",))[0]
        stances = []
        for sid, label in f.get("stances", {}).items():
            if not isinstance(label, str) or not label.strip():
                c.error(key + ("stances", sid), f"stance '{sid}' needs a label (text)")
            else:
                stances.append(Stance(str(sid), label.strip()))
        stance_ids = [s.id for s in stances]
        excerpts = []
        for j, item in enumerate(f.get("excerpts", [])):
            ekey = key + ("excerpts", j)
            e = c.fields(ekey, item, EXCERPT, f"excerpt {j + 1} of topic '{tid}'")
            if not e or not all(k in e for k in ("source", "analyst", "quote")):
                continue
            for name, known in (("source", sources), ("analyst", analysts)):
                if e[name] not in known:
                    c.error(ekey + (name,), f"unknown {name} '{e[name]}'", suggest(e[name], known))
            if "stance" in e and e["stance"] not in stance_ids:
                c.error(ekey + ("stance",), f"unknown stance '{e['stance']}' for topic '{tid}'",
                        suggest(e["stance"], stance_ids))
            if not any(ch.isalnum() for ch in e["quote"]):
                c.error(ekey + ("quote",), "the quote holds no words", "quote the analyst's words")
            if isinstance(item, dict) and "accept_cut" in item and item["accept_cut"] is None:
                c.error(ekey + ("accept_cut",), "'accept_cut' has no reason",
                        "say why the flagged cut keeps the speaker's meaning, or remove the field")
            excerpts.append(Excerpt(topic=tid, key=ekey, **e))
        f["stances"] = tuple(stances)
        f["excerpts"] = tuple(excerpts)
        f["discussion"] = c.texts(key + ("discussion",), f.get("discussion", []), "the discussion questions")
        topics.append(Topic(**f))
    return topics
