"""Jinja2 over the package's templates/: one document model, rendered to HTML for print, screen or pandoc.

Everything from topics.yaml and the sources reaches the page through autoescaping, so source text
is always data: a quote holding `<b>` or `{{` prints those characters.
"""

from __future__ import annotations

import functools
from importlib.resources import files
from pathlib import Path

import jinja2
from markupsafe import Markup, escape
from slugify import slugify as make_slug

from reportgen.document.typography import nested, smart_quotes
from reportgen.load.dates import human_date

# Templates, fonts and reference documents ship inside the package, so a wheel builds from any folder.
TEMPLATES = Path(str(files("reportgen.output") / "templates"))
TARGETS = ("pdf", "html", "docx")


@functools.cache
def environment(variant: str = "briefing") -> jinja2.Environment:
    """Templates are looked up variant first, then the briefing, then shared partials, so a variant
    (the handout) overrides only what differs. One environment per variant, so each template is
    compiled once per process, not once per format (compiling took most of rendering's time); it
    still reloads a template whose file changed (auto_reload), as `serve` needs."""
    folders = [TEMPLATES / variant, TEMPLATES / "briefing", TEMPLATES / "shared"]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(f) for f in dict.fromkeys(folders)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["slug"] = slugify
    env.filters["name"] = name_markup
    env.filters["date"] = human_date
    env.filters["inner"] = nested  # text printed inside our own quotation marks
    env.filters["quotes"] = smart_quotes  # reportgen's own messages ("removes 'not'") as print sets them
    return env


def render_html(model, target: str, paper: str = "a4", variant: str = "briefing") -> str:
    """The document as HTML for one target: `pdf` (print CSS, page counters), `html` (one
    self-contained file), `docx` (plain structure and Word style names for pandoc)."""
    assert target in TARGETS
    env = environment(variant)
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
