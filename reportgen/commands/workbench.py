"""The browser workbench of `serve`: read a source, select words, file them as a verified excerpt; edit
what the briefing says. Pages and a small JSON API; `serve` routes requests here and guards them.

Nothing here verifies or writes on its own: attribution is the checker's (Voices, as `check` reads
speaker turns and quotation cues), a new excerpt goes through `excerpt add` (verified before it is
written, refused with the checker's message and rule), an edit through `edits`, every write through
the one atomic writer, and only if topics.yaml is still the version the page was made from.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from markupsafe import Markup

from reportgen.commands.edits import apply_edit, excerpt_edit, stance_edit, topic_edit
from reportgen.commands.excerpt_add import add_excerpt, infer_analyst, selected_words
from reportgen.commands.suggest import suggest
from reportgen.load.model import Edition, Excerpt
from reportgen.load.schema import load_edition
from reportgen.load.textfiles import decode_text
from reportgen.output.atomic import ChangedOnDisk, version_of
from reportgen.output.render import TEMPLATES, environment
from reportgen.problems import InputError, Problem
from reportgen.text.sources import Paragraph, SourceText, fragments
from reportgen.verify.attribution import Voices
from reportgen.verify.excerpts import Report, read_sources, verify_edition

ASSETS = TEMPLATES / "workbench"
ASSET_TYPES = {"workbench.js": "text/javascript; charset=utf-8", "workbench.css": "text/css; charset=utf-8",
               "preview.css": "text/css; charset=utf-8"}
SNIPPET = 240  # characters of a suggested passage shown beside the source


class Loaded:
    """topics.yaml as one version: its bytes' hash and the edition; the sources' text and the verification
    when first asked for (the preview's in-place editing needs neither)."""

    def __init__(self, version: str, edition: Edition):
        self.version, self.edition = version, edition

    @cached_property
    def texts(self) -> dict[str, SourceText]:
        return read_sources(self.edition)

    @cached_property
    def report(self) -> Report:
        return verify_edition(self.edition)

    @cached_property
    def voices(self) -> Voices:
        return Voices(self.edition.analysts)


@dataclass(frozen=True)
class Run:
    """A stretch of a paragraph's text with the same marks: inside which quotation, in which excerpts."""

    text: str
    quotation: int | None = None  # index into the paragraph's quotations
    excerpts: tuple[int, ...] = ()  # indexes into the paragraph's excerpts


@dataclass(frozen=True)
class Quotation:
    number: int
    opening: str  # its first words, to tell it apart in the list under the paragraph
    speaker: str  # who the checker says speaks it ("Kate Mallinson, said"), or why nobody
    analyst: str | None


@dataclass(frozen=True)
class Filed:
    """An excerpt that quotes this paragraph."""

    topic: str
    topic_title: str
    analyst: str
    number: int  # the excerpt's place in its topic, from 1


@dataclass(frozen=True)
class ParagraphView:
    number: int
    locator: str | None
    speaker: str | None  # the structure's label (a turn's speaker, Q or A)
    part: str | None
    furniture: bool  # outside the source's `body`: nobody's words
    voice: str  # whose the unquoted words are, as the checker reads them
    runs: list[Run]
    quotations: list[Quotation] = field(default_factory=list)
    filed: list[Filed] = field(default_factory=list)


class Workbench:
    """The pages and the API over one topics.yaml; `saved` is called after every write (the preview rebuilds)
    and returns the errors and the warnings of its check."""

    def __init__(self, topics: Path, token: str,
                 saved: Callable[[], tuple[list[Problem], list[Problem]]] | None = None):
        self.topics = topics.resolve()
        self.token = token
        self.saved = saved or self._checked
        self.lock = threading.Lock()  # one write at a time; reads of one version are shared
        self._loaded: Loaded | None = None
        self._suggested: dict[tuple[str, str], list[dict]] = {}

    # --- state --------------------------------------------------------------------------------
    def load(self) -> Loaded:
        """The current version of topics.yaml, loaded (and verified, when asked) once per version."""
        raw = self.topics.read_bytes()
        version = version_of(raw)
        loaded = self._loaded
        if loaded is None or loaded.version != version:
            loaded = Loaded(version, load_edition(self.topics, text=decode_text(self.topics, raw)))
            self._loaded = loaded
        return loaded

    def _checked(self) -> tuple[list[Problem], list[Problem]]:
        report = self.load().report
        return list(report.errors), list(report.warnings)

    # --- pages -------------------------------------------------------------------------------
    def sources_page(self) -> str:
        loaded = self.load()
        return self._render("sources.html", loaded, page="sources")

    def reading_page(self, source_id: str) -> str | None:
        """The reading view of one source; None if there is no such source."""
        loaded = self.load()
        source = loaded.edition.sources.get(source_id)
        if source is None:
            return None
        text = loaded.texts[source_id]
        filed = _filed_by_paragraph(loaded, source_id)
        views = [_paragraph_view(loaded, text, index, filed.get(p.number, []))
                 for index, p in enumerate(text.paragraphs)]
        return self._render("reader.html", loaded, page="read", source=source, paragraphs=views)

    def topics_page(self) -> str:
        loaded = self.load()
        return self._render("topics.html", loaded, page="topics", verified=loaded.report.edition)

    def preview_tools(self) -> str:
        """What the preview needs to edit a topic's title, question, takeaway and stance labels in place: the
        token, the version of topics.yaml, the topics (their order gives the briefing's topic-N anchors) and
        the script; nothing when topics.yaml cannot be loaded (the preview shows why)."""
        try:
            loaded = self.load()
        except InputError:
            return ""
        return environment("workbench").get_template("preview_tools.html").render(
            token=self.token, version=loaded.version, data=Markup(_script_json(_page_data(loaded.edition))))

    def _render(self, name: str, loaded: Loaded, **context) -> str:
        template = environment("workbench").get_template(name)
        return template.render(edition=loaded.edition, token=self.token, version=loaded.version,
                               data=Markup(_script_json(_page_data(loaded.edition))), problems=loaded.report.errors,
                               **context)

    # --- the API: each returns (HTTP status, JSON-able answer) ------------------------------------
    def whose(self, payload: dict) -> tuple[int, dict]:
        """Whose words a selection is, as the checker credits them: the form's analyst, pre-filled."""
        try:
            loaded = self.load()
            source_id, paragraph = _paragraph(loaded, payload)
            quote = selected_words(paragraph, _spans(payload))
            draft = Excerpt(topic="", source=source_id, analyst="", quote=quote, reported=bool(payload.get("reported")))
            analyst, how = infer_analyst(loaded.edition, loaded.texts, draft, paragraph, loaded.voices)
        except InputError as err:
            return 200, {"ok": False, "quote": _quote_or_none(payload, self), "problems": _problems(err.problems)}
        return 200, {"ok": True, "analyst": analyst, "name": loaded.edition.analysts[analyst].name, "how": how,
                     "quote": quote}

    def add(self, payload: dict) -> tuple[int, dict]:
        """File the selection as a new excerpt, through `excerpt add`: verified first, or refused."""
        def write() -> dict:
            _, paragraph = _paragraph(self.load(), payload)
            added = add_excerpt(self.topics, _string(payload, "topic"), _string(payload, "source"),
                                paragraph.number, analyst=_optional(payload, "analyst"),
                                stance=_optional(payload, "stance"), note=_optional(payload, "note"),
                                reported=bool(payload.get("reported")), spans=_spans(payload),
                                expected=_string(payload, "version"), translation=_optional(payload, "translation"))
            return {"analyst": added.excerpt.analyst, "line": added.line, "where": added.excerpt.where,
                    "how": added.analyst_inferred, "quote": added.excerpt.quote}
        return self._write(write)

    def edit(self, payload: dict) -> tuple[int, dict]:
        """Set a topic's title, question, takeaway or a stance's label, or an excerpt's stance or note."""
        def write() -> dict:
            topic, what, value = _string(payload, "topic"), _string(payload, "field"), payload.get("value")
            if not isinstance(value, str | None):
                raise InputError([Problem("edit", None, None, "the value must be text")])
            excerpt = payload.get("excerpt")
            if what == "stance-label":
                def make(data):
                    return stance_edit(data, topic, _string(payload, "stance"), value or "")
            elif excerpt is not None:
                if not isinstance(excerpt, int) or isinstance(excerpt, bool):
                    raise InputError([Problem("edit", None, None, "the excerpt must be a number")])

                def make(data):
                    return excerpt_edit(data, topic, excerpt, what, value)
            else:
                def make(data):
                    return topic_edit(data, topic, what, value or "")
            apply_edit(self.topics, _string(payload, "version"), make)
            return {}
        return self._write(write)

    def _write(self, write: Callable[[], dict]) -> tuple[int, dict]:
        """One write at a time; a stale page gets 409, a refusal 422 with check's problems, a failed disk 500."""
        with self.lock:
            try:
                answer = write()
            except ChangedOnDisk as err:
                return 409, {"ok": False, "stale": True, "problems": _problems(err.problems)}
            except InputError as err:
                return 422, {"ok": False, "problems": _problems(err.problems)}
            except OSError as err:  # a full disk, a folder made read-only: the atomic writer left the file whole
                return 500, {"ok": False, "problems": _problems([_unwritable(err)])}
            return 200, self._after_write(answer)

    def suggestions(self, topic_id: str) -> tuple[int, dict]:
        """`suggest`'s passages for a topic, each with where to jump to."""
        try:
            loaded = self.load()
            key = (loaded.version, topic_id)
            if key not in self._suggested:
                topic, candidates = suggest(loaded.edition, loaded.texts, topic_id)
                names = {a.id: a.name for a in loaded.edition.analysts.values()}
                self._suggested[key] = [
                    {"source": c.source.id, "label": c.source.label, "para": c.paragraph.number,
                     "who": names.get(c.analyst or "", c.voice or "whose words could not be told"),
                     "analyst": c.analyst, "score": round(c.score, 2),
                     "text": _clip(c.quote or c.paragraph.clean)} for c in candidates]
        except InputError as err:
            return 422, {"ok": False, "problems": _problems(err.problems)}
        return 200, {"ok": True, "topic": topic_id, "passages": self._suggested[key]}

    def _after_write(self, answer: dict) -> dict:
        """Re-check and re-render at once (the preview: `saved` gives its check's errors and warnings), then
        answer with the new version and the check. The workbench's own view is loaded when next asked for,
        so that nothing but the preview stands between the save and the updated page."""
        version = version_of(self.topics.read_bytes())  # under the lock: no other write of ours since
        errors, warnings = self.saved()
        return {"ok": True, "version": version, **answer,
                "check": {"errors": len(errors), "warnings": len(warnings), "problems": _problems(errors)}}


def _page_data(edition: Edition) -> dict:
    """The topics (in order, with their fields and stances) and analysts, for the pages' script."""
    return {"topics": [{"id": t.id, "title": t.title, "question": t.question, "takeaway": t.takeaway,
                        "stances": [{"id": s.id, "label": s.label} for s in t.stances]} for t in edition.topics],
            "analysts": [{"id": a.id, "name": a.name} for a in edition.analysts.values()]}


def _paragraph_view(loaded: Loaded, text: SourceText, index: int, filed: list[tuple[Filed, list]]) -> ParagraphView:
    paragraph = text.paragraphs[index]
    source = text.source
    assert source is not None  # read for a declared source
    edition, voices = loaded.edition, loaded.voices
    quotations, quote_spans = [], []
    for number, span in enumerate(paragraph.quoted):
        cue = voices.quotation_cue(text, index, span)
        if cue and cue.analyst:
            who = f"{edition.analysts[cue.analyst].name} ({cue.verb})"
        elif cue:
            who = f"{cue.words or 'someone'} ({cue.verb}), who is not an analyst"
        else:
            who = "nobody the checker can name"
        opening = paragraph.clean[span.start:span.end]
        quotations.append(Quotation(number + 1, _clip(opening, 60), who, cue.analyst if cue else None))
        quote_spans.append((max(0, span.start - 1), min(len(paragraph.clean), span.end + (1 if span.closed else 0))))
    mark_spans = [ranges for _, ranges in filed]
    own = voices.own_voice(source, paragraph)
    furniture = not source.in_body(paragraph.number)
    if furniture:
        voice = "outside the body: nobody's words"
    elif own:
        voice = ", ".join(edition.analysts[a].name for a in own)
    else:
        voice = paragraph.speaker or source.author or "no analyst"
    return ParagraphView(paragraph.number, paragraph.locator, paragraph.speaker, paragraph.part, furniture, voice,
                         _runs(paragraph.clean, quote_spans, mark_spans), quotations, [f for f, _ in filed])


def _runs(clean: str, quotes: list[tuple[int, int]], marks: list[list[tuple[int, int]]]) -> list[Run]:
    """The paragraph cut where a quotation or an excerpt begins or ends."""
    cuts = {0, len(clean)}
    for start, end in quotes:
        cuts.update((start, end))
    for ranges in marks:
        for start, end in ranges:
            cuts.update((start, end))
    points = sorted(c for c in cuts if 0 <= c <= len(clean))
    runs = []
    for start, end in zip(points, points[1:]):
        inside = [n for n, (s, e) in enumerate(quotes) if s <= start and end <= e]
        filed = tuple(n for n, ranges in enumerate(marks) if any(s <= start and end <= e for s, e in ranges))
        runs.append(Run(clean[start:end], inside[-1] if inside else None, filed))
    return runs


def _filed_by_paragraph(loaded: Loaded, source_id: str) -> dict[int, list[tuple[Filed, list]]]:
    """Each verified excerpt of the source, under its paragraph, with where its words stand there."""
    text = loaded.texts[source_id]
    found: dict[int, list[tuple[Filed, list]]] = {}
    for topic in loaded.report.edition.topics:
        for number, excerpt in enumerate(topic.excerpts, 1):
            if excerpt.source != source_id or excerpt.paragraph is None:
                continue
            ranges = text.place_in(excerpt.paragraph - 1, fragments(excerpt.quote)) or []
            name = loaded.edition.analysts[excerpt.analyst].name if excerpt.analyst in loaded.edition.analysts \
                else excerpt.analyst
            found.setdefault(excerpt.paragraph, []).append((Filed(topic.id, topic.title, name, number), ranges))
    return found


def _paragraph(loaded: Loaded, payload: dict) -> tuple[str, Paragraph]:
    source_id = _string(payload, "source")
    para = payload.get("para")
    if source_id not in loaded.texts:
        raise InputError([Problem("selection", None, None, f"unknown source '{source_id}'", "reload the page")])
    paragraphs = loaded.texts[source_id].paragraphs
    if not isinstance(para, int) or isinstance(para, bool) or not 1 <= para <= len(paragraphs):
        raise InputError([Problem("selection", None, None, f"source '{source_id}' has no paragraph {para}",
                                  "reload the page")])
    return source_id, paragraphs[para - 1]


def _spans(payload: dict) -> list[tuple[int, int]]:
    spans = payload.get("spans")
    if not isinstance(spans, list) or not spans or not all(
            isinstance(s, list) and len(s) == 2 and all(isinstance(n, int) and not isinstance(n, bool) for n in s)
            for s in spans):
        raise InputError([Problem("selection", None, None, "no words are selected", "select words in a paragraph")])
    return [(s[0], s[1]) for s in spans]


def _string(payload: dict, name: str) -> str:
    value = payload.get(name)
    if not isinstance(value, str) or not value:
        raise InputError([Problem("request", None, None, f"'{name}' is missing", "reload the page")])
    return value


def _optional(payload: dict, name: str) -> str | None:
    value = payload.get(name)
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError([Problem("request", None, None, f"'{name}' must be text")])
    return value


def _quote_or_none(payload: dict, workbench: Workbench) -> str | None:
    try:
        return selected_words(_paragraph(workbench.load(), payload)[1], _spans(payload))
    except InputError:
        return None


def _unwritable(err: OSError) -> Problem:
    return Problem("topics.yaml", None, None, f"cannot write topics.yaml: {err.strerror or err}",
                   "free some space or make the folder writable, then save again; nothing was written")


def _problems(problems: list[Problem]) -> list[dict]:
    """Problems as the page shows them: the one-line form `check` prints, and its parts."""
    return [{**dataclasses.asdict(p), "text": p.format()} for p in problems]


def _script_json(data: dict) -> str:
    """JSON that can stand inside <script type="application/json">: no '<', '>' or '&' left raw."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _clip(text: str, most: int = SNIPPET) -> str:
    return text if len(text) <= most else text[:most].rsplit(" ", 1)[0] + " …"
