"""Phase two: every quote against its source, and every attribution against who speaks there.

Verification must run before rendering: a misquote must never reach print.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from reportgen.model import Analyst, Edition, Excerpt, Source
from reportgen.problems import VERIFICATION_FAILED, InputError, Problem
from reportgen.sources import Paragraph, SourceText, fragments, normalize, read_source

DOMINANT_SHARE = 0.5  # one voice above this share of a topic's quoted words earns a warning


@dataclass(frozen=True)
class Report:
    """The verified edition (excerpts carry their paragraph and check) and every problem found."""

    edition: Edition
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]


def read_sources(edition: Edition) -> dict[str, SourceText]:
    """Read every source once; an unreadable one makes the input unusable."""
    texts, problems = {}, []
    for source in edition.sources.values():
        try:
            texts[source.id] = read_source(source.file, source.kind)
        except InputError as err:  # not UTF-8: the problem names the likely encoding and the fix
            problems.extend(err.problems)
        except (OSError, UnicodeDecodeError) as err:
            problems.append(edition.document.problem(("sources", source.id, "file"),
                                                     f"cannot read source file: {err}", "save it as UTF-8 text"))
    if problems:
        raise InputError(problems)
    return texts


def verify_edition(edition: Edition) -> Report:
    """Check every excerpt; collect every problem, never stop at the first."""
    texts = read_sources(edition)
    problems: list[Problem] = []
    topics = []
    for topic in edition.topics:
        excerpts = []
        for excerpt in topic.excerpts:
            checked, problem = verify_excerpt(edition, texts, excerpt)
            excerpts.append(checked)
            if problem:
                problems.append(problem)
        topics.append(dataclasses.replace(topic, excerpts=tuple(excerpts)))
    verified = dataclasses.replace(edition, topics=tuple(topics))
    problems.extend(balance_warnings(verified))
    return Report(verified, tuple(problems))


def require_verified(edition: Edition) -> Report:
    """Verify, and refuse (exit 1, every problem listed) if any excerpt fails."""
    report = verify_edition(edition)
    if report.errors:
        raise InputError(list(report.problems), VERIFICATION_FAILED)
    return report


def verify_excerpt(edition: Edition, texts: dict[str, SourceText], excerpt: Excerpt) -> tuple[Excerpt, Problem | None]:
    """The excerpt with its locator and check set, and the problem with it if any."""
    doc, source, analyst = edition.document, edition.sources[excerpt.source], edition.analysts[excerpt.analyst]
    paragraph = texts[source.id].find(excerpt.quote)
    if paragraph is None:
        hint = closest_passage(excerpt.quote, source, texts)
        message = f"quote not found in {source.label} ({source.file.name})"
        return excerpt, doc.problem(excerpt.key + ("quote",), message, hint)
    check, mismatch = attribute(source, analyst, paragraph, texts[source.id], edition)
    located = dataclasses.replace(excerpt, paragraph=paragraph.number, check=check)
    if mismatch:
        return located, doc.problem(excerpt.key + ("analyst",), mismatch[0], mismatch[1])
    return located, None


def name_forms(analyst: Analyst) -> list[str]:
    """How a text may name the analyst: full name, surname, and the editor's aliases."""
    forms = [analyst.name, *analyst.aliases]
    words = analyst.name.split()
    if len(words) > 1 and "(" not in analyst.name and len(words[-1]) > 3:
        forms.append(words[-1])
    return forms


def speaks_as(analyst: Analyst, label: str) -> bool:
    return normalize(label).casefold() in {normalize(f).casefold() for f in name_forms(analyst)}


def attribute(source: Source, analyst: Analyst, paragraph: Paragraph, text: SourceText,
              edition: Edition) -> tuple[str | None, tuple[str, str] | None]:
    """Say how attribution was checked (None if it fails), and what is wrong then (message, hint)."""
    where = f"para. {paragraph.number} of {source.label}"
    if source.kind in ("transcript", "interview"):
        if paragraph.speaker is None:
            own = "turn" if source.kind == "transcript" else "answers"
            return None, (f"{where} is outside every speaker's words (a header or caption)",
                            f"quote {analyst.name} from their own {own}")
        if speaks_as(analyst, paragraph.speaker):
            part = {"turn": "speaker turn", "question": "interview question", "answer": "interview answer"}
            return f"{part[paragraph.part]} of {paragraph.speaker}", None
        is_speaker = any(speaks_as(analyst, s) for s in text.speakers)
        if not is_speaker and paragraph.number in text.paragraphs_naming(name_forms(analyst)):
            return f"quoted by {paragraph.speaker}, named in the same paragraph", None
        owner = next((a.id for a in edition.analysts.values() if speaks_as(a, paragraph.speaker)), None)
        hint = f"attribute it to '{owner}'" if owner else f"add '{paragraph.speaker}' as an analyst"
        return None, (f"{where} is {paragraph.speaker}'s words, not {analyst.name}'s",
                        hint + f", or quote {analyst.name}'s own words")
    if source.id in analyst.author_of or (source.author and normalize(analyst.name) in normalize(source.author)):
        return "author of the source", None
    named = text.paragraphs_naming(name_forms(analyst))
    if named:
        nearest = min(named, key=lambda n: abs(n - paragraph.number))
        return f"named in the text (para. {nearest})", None
    return None, (f"{analyst.name} is neither the author of {source.label} nor named in it",
                    "add the words the text uses for them to the analyst's aliases, or set author_of")


def closest_passage(quote: str, source: Source, texts: dict[str, SourceText]) -> str:
    """The hint for a quote not found: where it is after all, or the nearest passage and how near."""
    parts = fragments(quote)
    for other_id, other in texts.items():
        found = other.find_fragments(parts) if other_id != source.id else None
        if found:
            return f"it is in source '{other_id}', para. {found.number}: change the excerpt's source"
    probe = max(parts, key=len) if parts else normalize(quote)
    text = texts[source.id]
    best = process.extractOne(probe, text.normalized, scorer=fuzz.partial_ratio)
    if not best:
        return "the source has no text"
    _, score, index = best
    paragraph = text.normalized[index]
    align = fuzz.partial_ratio_alignment(probe, paragraph)
    passage = paragraph[align.dest_start:align.dest_end]
    if len(passage) > 110:
        passage = passage[:100] + " …"
    return f"closest passage: para. {text.paragraphs[index].number} ({score:.0f}% similar): \"{passage}\""


def balance_warnings(edition: Edition) -> list[Problem]:
    """A warning, not an error, when one voice holds more than half of a topic's quoted words."""
    warnings = []
    for index, topic in enumerate(edition.topics):
        words = topic.words_by("analyst")
        total = sum(words.values())
        if not total:
            continue
        top, count = max(words.items(), key=lambda item: item[1])
        if count > DOMINANT_SHARE * total:
            name = edition.analysts[top].name
            warnings.append(edition.document.problem(
                ("topics", index, "id"),
                f"{name} holds {count * 100 // total}% of the quoted words in topic '{topic.id}'",
                "balance it with other voices", warning=True))
    return warnings
