"""Hostile and unlucky files for `source add`, made on the spot (nothing binary is committed):
zip bombs dressed as DOCX, damaged copies of honest files, and the largest honest DOCX.

Used by benchmarks/hostile.py, benchmarks/bench_import.py and the tests (tests/test_import_hostile.py).
"""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/></Relationships>')
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CORE_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
              'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
              'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>')
_CORE_TAIL = "</dc:title><dc:creator>Bomb</dc:creator></cp:coreProperties>"


def docx(path: Path, paragraphs, core_padding: int = 0, chunk: int = 1 << 20) -> Path:
    """A minimal DOCX whose body is `paragraphs` (an iterable of strings), written as it streams: a
    bomb of gigabytes never sits in memory. `core_padding`: bytes of title in docProps/core.xml."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELS)
        with package.open("docProps/core.xml", "w") as core:
            core.write(_CORE_HEAD.encode())
            for done in range(0, core_padding, chunk):
                core.write(b"A" * min(chunk, core_padding - done))
            core.write(_CORE_TAIL.encode())
        with package.open("word/document.xml", "w") as body:
            body.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}">'
                       "<w:body>".encode())
            buffer: list[bytes] = []
            size = 0
            for text in paragraphs:
                piece = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()
                buffer.append(piece)
                size += len(piece)
                if size >= chunk:
                    body.write(b"".join(buffer))
                    buffer, size = [], 0
            body.write(b"".join(buffer) + b"</w:body></w:document>")
    return path


def docx_bomb(path: Path, inflated_mb: float, core_mb: float = 0) -> Path:
    """A DOCX of a few KiB whose word/document.xml inflates to `inflated_mb` MB (one paragraph repeated),
    and docProps/core.xml to `core_mb` MB."""
    line = "All work and no play makes Jack a dull boy. " * 20
    count = int(inflated_mb * 1_000_000 / (len(line) + 38))
    return docx(path, (line for _ in range(count)), core_padding=int(core_mb * 1_000_000))


WORDS = ("tariff utility reform ministry household protest network pressure consultation engineer budget "
         "subsidy pensioner council drought investment accounts trust decade capital region price").split()


def honest_docx(path: Path, pages: int) -> Path:
    """A long report of varied sentences (about 450 words a page): what a real, large document compresses like."""
    rng = random.Random(3)

    def paragraph() -> str:
        return " ".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))).capitalize() + "."
                        for _ in range(5))

    return docx(path, (paragraph() for _ in range(pages * 6)))


def truncations(data: bytes, count: int) -> list[bytes]:
    """`count` prefixes of `data`, spread from a tenth to all but one byte."""
    return [data[: max(1, int(len(data) * (0.1 + 0.9 * i / count)) - 1)] for i in range(count)]


def byte_flips(data: bytes, count: int, seed: int = 0) -> list[bytes]:
    """`count` copies of `data`, each with a few bytes at random places replaced by random bytes."""
    rng = random.Random(seed)
    copies = []
    for _ in range(count):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        copies.append(bytes(damaged))
    return copies


def tiny_pdf(text: str = "The council met on Monday. Prices rose again.", mediabox: str = "[0 0 612 792]") -> bytes:
    """A one-page PDF written by hand (cross-reference table and all), its page box as given."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               f"<< /Type /Page /Parent 2 0 R /MediaBox {mediabox} /Contents 4 0 R "
               "/Resources << /Font << /F1 5 0 R >> >> >>".encode(),
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def vtt(cues: int = 12) -> str:
    """Captions with voice tags, a cue every 3 seconds."""
    lines = ["WEBVTT", ""]
    for n in range(cues):
        speaker = ("Anna Berg", "Tomas Lind")[n // 4 % 2]
        lines += [f"00:00:{n * 3:02d}.000 --> 00:00:{n * 3 + 3:02d}.000", f"<v {speaker}>Sentence number {n} is here.",
                  ""]
    return "\n".join(lines)
