"""A project's templates/ folder is its house style: it overrides the package's files, and only those."""

import base64
import re
import zipfile

import docx
import pypdf
import pytest
from test_build import build, small_project

from reportgen.output.render import TEMPLATES, find_template_file, template_folders, template_roots
from reportgen.output.writer import AssetFetcher

# A 1 x 1 PNG, the house logo.
LOGO = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYPgPAAEDAQAIicLsAAAAAElFTkSuQmCC")


def house_style(project):
    """templates/ overriding the cover (with a logo from templates/images/) and the reference.docx."""
    templates = project / "templates"
    (templates / "briefing").mkdir(parents=True)
    (templates / "images").mkdir()
    (templates / "images" / "logo.png").write_bytes(LOGO)
    cover = (TEMPLATES / "briefing" / "cover.html").read_text(encoding="utf-8")
    cover = cover.replace('<section class="cover" id="cover">', '<section class="cover" id="cover">\n'
                          '<p class="house">Prepared by the House Desk</p>\n'
                          '<p><img src="{{ asset("images/logo.png") }}" alt="House logo" width="40"></p>', 1)
    (templates / "briefing" / "cover.html").write_text(cover, encoding="utf-8")
    with zipfile.ZipFile(TEMPLATES / "reference.docx") as package, \
            zipfile.ZipFile(templates / "reference.docx", "w", zipfile.ZIP_DEFLATED) as house:
        for item in package.infolist():
            data = package.read(item.filename)
            if item.filename == "word/styles.xml":
                data = data.replace(b"Georgia", b"House Serif")
            house.writestr(item, data)
    return templates


def test_a_project_templates_folder_overrides_the_cover_and_the_reference_docx(tmp_path):
    topics = small_project(tmp_path)
    house_style(tmp_path)
    assert build(topics) == 0
    out = tmp_path / "out"
    pdf = pypdf.PdfReader(next(out.glob("*.pdf")))
    assert "Prepared by the House Desk" in pdf.pages[0].extract_text()
    assert any(page.images for page in pdf.pages[:1])  # the logo, from templates/images/
    document = docx.Document(next(out.glob("*.docx")))
    assert "Prepared by the House Desk" in " ".join(p.text for p in document.paragraphs)
    with zipfile.ZipFile(next(out.glob("*.docx"))) as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
        assert 'w:ascii="House Serif"' in styles and "Georgia" not in styles
        assert any(name.startswith("word/media/") for name in archive.namelist())  # the logo
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert "Prepared by the House Desk" in html and "data:image/png;base64," in html


def test_without_a_templates_folder_the_package_templates_serve(tmp_path):
    topics = small_project(tmp_path)
    assert build(topics) == 0
    with zipfile.ZipFile(next((tmp_path / "out").glob("*.docx"))) as archive:
        assert "Georgia" in archive.read("word/styles.xml").decode("utf-8")
    assert "House Desk" not in next((tmp_path / "out").glob("*.html")).read_text(encoding="utf-8")


def test_template_folders_are_ordered_house_style_first_at_each_level(tmp_path):
    (tmp_path / "topics.yaml").write_text("", encoding="utf-8")
    (tmp_path / "templates").mkdir()

    class Edition:
        path = tmp_path / "topics.yaml"

    roots = template_roots(Edition())
    house = (tmp_path / "templates").resolve()
    assert roots == (house, TEMPLATES)
    folders = template_folders("handout", roots)
    assert folders == [house / "handout", TEMPLATES / "handout", house / "briefing", TEMPLATES / "briefing",
                       house / "shared", TEMPLATES / "shared"]
    assert find_template_file("reference.docx", roots) == TEMPLATES / "reference.docx"
    (house / "reference.docx").write_bytes(b"x")
    assert find_template_file("reference.docx", roots) == house / "reference.docx"


def test_the_fetcher_serves_a_house_font_before_the_package_one_and_nothing_outside(tmp_path):
    house = tmp_path / "templates"
    (house / "fonts").mkdir(parents=True)
    (house / "fonts" / "DejaVuSerif.ttf").write_bytes(b"house font")
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    fetcher = AssetFetcher((house, TEMPLATES))
    assert fetcher.fetch((TEMPLATES / "fonts" / "DejaVuSerif.ttf").as_uri()).read() == b"house font"
    assert fetcher.fetch((TEMPLATES / "fonts" / "DejaVuSans" "Condensed.ttf").as_uri()).read()  # the package's
    for url in ((tmp_path / "secret.txt").as_uri(), (house / ".." / "secret.txt").as_uri(),
                (TEMPLATES / ".." / ".." / "secret.txt").as_uri()):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def test_init_makes_a_templates_folder_naming_the_override_points(tmp_path):
    from reportgen.commands.init import init_project

    init_project(tmp_path / "p")
    readme = (tmp_path / "p" / "templates" / "README.md").read_text(encoding="utf-8")
    for point in ("cover.html", "print.css", "fonts/", "images/", "reference.docx", "handout/"):
        assert point in readme
    assert re.search(r"replaces the package's file", readme)
