"""Jinja2 over an ordered list of template folders: one document model, rendered to HTML for print,
screen or pandoc.

A project's own templates/ (beside topics.yaml) is a house style: any template, stylesheet, font,
image or reference.docx it holds, at the same relative path as in the package's templates/, is
used instead of the package's (mkdocs' custom_dir is the model). Nothing else is ever read.

Everything from topics.yaml and the sources reaches the page through autoescaping, so source text
is always data: a quote holding `<b>` or `{{` prints those characters.
"""

from __future__ import annotations

import base64
import functools
import mimetypes
from importlib.resources import files
from pathlib import Path

import jinja2
from markupsafe import Markup, escape
from slugify import slugify as make_slug

from reportgen.document.typography import nested, smart_quotes
from reportgen.load.dates import human_date
from reportgen.load.model import LANGUAGES

# Templates, fonts and reference documents ship inside the package, so a wheel builds from any folder.
TEMPLATES = Path(str(files("reportgen.output") / "templates"))
TARGETS = ("pdf", "html", "docx")
HOUSE_STYLE = "templates"  # beside topics.yaml: the project's overrides of the package's templates/

Roots = tuple[Path, ...]  # template roots, first match wins: the project's templates/, then the package's


def template_roots(edition=None) -> Roots:
    """The roots an edition's outputs are rendered from: its project's templates/ folder when there
    is one, then the package's. Without an edition (a test, a bare model), the package's only."""
    path = getattr(edition, "path", None)
    house = Path(path).resolve().parent / HOUSE_STYLE if path else None
    return (house, TEMPLATES) if house is not None and house.is_dir() else (TEMPLATES,)


def find_template_file(relative: str, roots: Roots = (TEMPLATES,)) -> Path:
    """The first root's file at `relative` (e.g. 'reference.docx', 'fonts/X.ttf'); the package's
    path (which may not exist) when no root holds one."""
    for root in roots:
        candidate = root / relative
        if candidate.is_file():
            return candidate
    return roots[-1] / relative


def template_folders(variant: str, roots: Roots = (TEMPLATES,)) -> list[Path]:
    """Jinja's search path: the variant, then the briefing, then shared partials, so a variant (the
    handout) overrides only what differs; at each level the house style before the package."""
    return list(dict.fromkeys(root / level for level in (variant, "briefing", "shared") for root in roots))


def environment(variant: str = "briefing", roots: Roots = (TEMPLATES,)) -> jinja2.Environment:
    """The Jinja environment of a variant and its template roots (cached per pair)."""
    return _environment(variant, tuple(r.resolve() for r in roots))


@functools.cache
def _environment(variant: str, roots: Roots) -> jinja2.Environment:
    """One environment per variant and roots, so each template is compiled once per process, not
    once per format (compiling took most of rendering's time); it still reloads a template whose
    file changed (auto_reload), as `serve` needs."""
    folders = template_folders(variant, roots)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(f) for f in dict.fromkeys(folders)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["slug"] = slugify
    env.filters["language"] = lambda code: LANGUAGES.get(code, code)
    env.filters["name"] = name_markup
    env.filters["date"] = human_date
    env.filters["inner"] = nested  # text printed inside our own quotation marks
    env.filters["quotes"] = smart_quotes  # reportgen's own messages ("removes 'not'") as print sets them
    env.globals["asset"] = functools.partial(asset_uri, roots=roots)
    return env


def asset_uri(relative: str, roots: Roots = (TEMPLATES,)) -> str:
    """A template file (an image: a house style's logo) as a data: URI, so the HTML stays one
    self-contained file, pandoc (sandboxed) embeds it, and the PDF fetches nothing."""
    path = find_template_file(relative, roots)
    resolved = path.resolve()
    if not any(resolved.is_relative_to(root.resolve()) for root in roots) or not path.is_file():
        raise jinja2.TemplateError(f"asset {relative!r} is in no template folder ({', '.join(map(str, roots))})")
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def render_html(model, target: str, paper: str = "a4", variant: str = "briefing") -> str:
    """The document as HTML for one target: `pdf` (print CSS, page counters), `html` (one
    self-contained file), `docx` (plain structure and Word style names for pandoc); from the model's
    project's templates/ first, then the package's."""
    assert target in TARGETS
    env = environment(variant, template_roots(getattr(model, "edition", None)))
    assert env.loader is not None
    css = "" if target == "docx" else env.loader.get_source(env, "print.css")[0]
    return env.get_template("document.html").render(doc=model, target=target, paper=paper, css=css)


def name_markup(name: str) -> Markup:
    """A person's name for print: lines may break between words but never inside a hyphenated
    one ("Нұр-Сұлтан"), where text extraction would lose the hyphen. No wrapper around the whole
    name: an inline box per name made the briefing's PDF about a tenth slower to lay out."""
    words = (f'<span class="nobreak">{escape(w)}</span>' if "-" in w else str(escape(w)) for w in name.split(" "))
    return Markup(" ".join(words))


SLUG_LENGTH = 40  # characters of a file name's title part; a longer title is cut after its last whole word


def slugify(text: str) -> str:
    """ASCII file-name form of a title, transliterated from any script (python-slugify: 'Казахстан в
    кризисе' -> 'kazakhstan-v-krizise'): every word in order, cut at the end after the last whole word
    within SLUG_LENGTH characters (python-slugify's own word_boundary cut drops words from the middle:
    'what-the-voices-say' became 'what-the-say'); 'briefing' if nothing is left."""
    slug = make_slug(str(text))
    if len(slug) > SLUG_LENGTH:
        cut = slug[:SLUG_LENGTH + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else slug[:SLUG_LENGTH]
    return slug.strip("-") or "briefing"
