"""The shipped reference documents are what the scripts make, and making them is reproducible."""

import sys
import zipfile

from conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
import make_handout_reference_docx  # noqa: E402
import make_reference_docx  # noqa: E402


def parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {item.filename: archive.read(item) for item in archive.infolist()}


def test_regenerating_the_reference_documents_gives_the_shipped_parts_byte_for_byte(tmp_path, capsys):
    briefing, handout = tmp_path / "reference.docx", tmp_path / "handout.docx"
    make_reference_docx.main(briefing)
    make_handout_reference_docx.main(handout, briefing)
    first = briefing.read_bytes(), handout.read_bytes()
    assert parts(briefing) == parts(make_reference_docx.TARGET)
    assert parts(handout) == parts(make_handout_reference_docx.TARGET)
    make_reference_docx.main(briefing)
    make_handout_reference_docx.main(handout, briefing)
    assert (briefing.read_bytes(), handout.read_bytes()) == first  # fixed zip timestamps: the same bytes again
    assert first[0] == make_reference_docx.TARGET.read_bytes()
