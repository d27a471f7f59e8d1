"""Generators of the files real candidates and real tools make that cipcheck used to
misread, one function per class, each built here from the repository's own dossiers
(never copied from elsewhere), plus a sweep that runs cipcheck over folders of real files.

    python tests/realworld.py make OUTDIR        # one file of each class into OUTDIR
    python tests/realworld.py sweep DIR [DIR...] # read / refused by reason / crashed / timed out

``EXPECTED`` says, for each class, what cipcheck must do: read it (``"read"``) or refuse
it with one ``input.*`` id. The tests in ``test_realworld.py`` assert it; the slow test
mode sweeps ``shared/real-files`` and the folders in ``CIPCHECK_SWEEP_DIRS``.
"""

from __future__ import annotations

import json
import posixpath
import re
import subprocess
import sys
import zipfile
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import hostile  # noqa: E402
from lxml import etree  # noqa: E402

BASE_PDF = hostile.BASE_PDF  # a CCP 1 dossier rendered by LibreOffice

# --------------------------------------------------------------------------- PDF


class _EmptyOwner(str):
    """An empty owner password that pypdf does not replace by the user password."""

    def __bool__(self) -> bool:
        return True


def _encrypted(folder: Path, name: str, user: str, owner: str) -> Path:
    from pypdf import PdfWriter  # test-only dependency (dev extra)

    writer = PdfWriter(clone_from=str(BASE_PDF))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-256")
    path = folder / name
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def permissions_only_pdf(folder: Path) -> Path:
    """AES-256, empty user password, an owner password: « restrict editing »."""
    return _encrypted(folder, "restrictions-aes256.pdf", "", "proprietaire")


def owner_empty_pdf(folder: Path) -> Path:
    """AES-256 with a user password but an empty owner password: opens without asking in
    poppler-based readers (pdfium refuses it)."""
    return _encrypted(folder, "aes256-proprietaire-vide.pdf", "ouverture", _EmptyOwner(""))


def password_pdf(folder: Path) -> Path:
    """A real opening password: the text cannot be read without it."""
    return _encrypted(folder, "mot-de-passe.pdf", "ouverture", "proprietaire")


def headerless_pdf(folder: Path) -> Path:
    """The ``%PDF-`` line is gone (a tool that rewrote the file's start)."""
    data = BASE_PDF.read_bytes()
    path = folder / "sans-entete.pdf"
    path.write_bytes(data[data.index(b"\n") + 1:])
    return path


def leading_junk_pdf(folder: Path) -> Path:
    """A mail header saved in front of the PDF (a raw attachment saved as is)."""
    junk = ("From: candidate@example.org\r\nSubject: dossier\r\nMIME-Version: 1.0\r\n"
            "Content-Type: application/pdf\r\n" + "X-Filler: " + "x" * 70 + "\r\n") * 30
    path = folder / "entete-mail.pdf"
    path.write_bytes(junk.encode() + b"\r\n" + BASE_PDF.read_bytes())
    return path


_LINES = [
    "Titre professionnel Conseiller en insertion professionnelle",
    "CCP 1 Accueillir pour analyser la demande des personnes",
    "Candidate : Marie Dupont",
    "Période(s) en entreprise : 84 heures",
] + [hostile.SENTENCE.strip()[i:i + 80] for i in range(0, 240, 80)] * 6


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _fields_pdf(path: Path, subtype: str, appearance: bool) -> Path:
    """One page whose every line is a form field (``Widget``) or a ``FreeText``
    annotation; the page's own content is empty."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects: list[bytes] = [b"", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", b"", font]
    annots = []
    for i, line in enumerate(_LINES):
        top = 800 - i * 22
        rect = f"[50 {top - 18} 560 {top}]".encode()
        ap = b""
        if appearance:
            body = b"BT /F1 10 Tf 2 5 Td " + _pdf_string(line) + b" Tj ET"
            objects.append(hostile._stream(body, "/Type /XObject /Subtype /Form "
                                                 "/BBox [0 0 510 18] /Resources << /Font "
                                                 "<< /F1 4 0 R >> >> "))
            ap = f"/AP << /N {len(objects)} 0 R >> ".encode()
        if subtype == "Widget":
            annot = (b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (champ" + str(i).encode()
                     + b") /V " + _pdf_string(line) + b" /Rect " + rect + b" /P 3 0 R "
                     b"/DA (/F1 10 Tf 0 g) /F 4 " + ap + b">>")
        else:
            annot = (b"<< /Type /Annot /Subtype /FreeText /Contents " + _pdf_string(line)
                     + b" /Rect " + rect + b" /P 3 0 R /DA (/F1 10 Tf 0 g) /F 4 " + ap + b">>")
        objects.append(annot)
        annots.append(f"{len(objects)} 0 R")
    refs = " ".join(annots).encode()
    form = (b" /AcroForm << /Fields [" + refs + b"] /DA (/F1 10 Tf 0 g) /DR << /Font << /F1 4 0 R"
            b" >> >> " + (b"" if appearance else b"/NeedAppearances true ") + b">>"
            if subtype == "Widget" else b"")
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R" + form + b" >>"
    objects[2] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents "
                  + f"{len(objects) + 1}".encode() + b" 0 R /Resources << /Font << /F1 4 0 R"
                  b" >> >> /Annots [" + refs + b"] >>")
    objects.append(hostile._stream(b""))
    return hostile.write_pdf(path, objects)


def form_fields_pdf(folder: Path) -> Path:
    return _fields_pdf(folder / "formulaire.pdf", "Widget", appearance=True)


def form_fields_no_appearance_pdf(folder: Path) -> Path:
    """Fields saved with ``NeedAppearances``: the reader draws them from their value."""
    return _fields_pdf(folder / "formulaire-sans-apparence.pdf", "Widget", appearance=False)


def freetext_pdf(folder: Path) -> Path:
    return _fields_pdf(folder / "zones-de-texte.pdf", "FreeText", appearance=True)


def _one_page(path: Path, content: bytes, resources: bytes = b"") -> Path:
    return hostile.write_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> " + resources + b">> >>",
        hostile._stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ])


def little_text_pdf(folder: Path) -> Path:
    """Real text, very little of it (a cover page sent alone)."""
    return _one_page(folder / "page-de-garde.pdf",
                     b"BT /F1 24 Tf 72 700 Td (Dossier CCP 1) Tj ET")


def outlined_pdf(folder: Path) -> Path:
    """Letters drawn as shapes (text converted to outlines): no text, no image."""
    strokes = b" ".join(f"{72 + i * 14} 700 m {78 + i * 14} 720 l {84 + i * 14} 700 l S"
                        .encode() for i in range(30))
    return _one_page(folder / "vectorise.pdf", b"1 w " + strokes)


def scanned_pdf(folder: Path) -> Path:
    return hostile.scanned_pdf(folder, "scan.pdf")


def scanned_with_ocr_noise_pdf(folder: Path) -> Path:
    """A scan with a page number typed over it: still a scan (a few characters only)."""
    w, h = 120, 170
    pixels = zlib.compress(bytes((x * 5 + y * 11) % 256 for y in range(h) for x in range(w)))
    return hostile.write_pdf(folder / "scan-numerote.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im0 5 0 R >> /Font << /F1 6 0 R >> >> >>",
        hostile._stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q BT /F1 9 Tf 290 20 Td (1/1) Tj ET"),
        hostile._stream(pixels, f"/Type /XObject /Subtype /Image /Width {w} /Height {h} "
                                "/ColorSpace /DeviceGray /BitsPerComponent 8 "
                                "/Filter /FlateDecode "),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def damaged_pdf(folder: Path) -> Path:
    """Only the first kilobytes of a PDF: nothing left to read."""
    path = folder / "tronque-debut.pdf"
    path.write_bytes(BASE_PDF.read_bytes()[:1500])
    return path


# --------------------------------------------------------------------------- DOCX

_TR = "http://schemas.openxmlformats.org/"
_STRICT_NS = {
    _TR + "wordprocessingml/2006/main": "http://purl.oclc.org/ooxml/wordprocessingml/main",
    _TR + "officeDocument/2006/relationships":
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    _TR + "drawingml/2006/main": "http://purl.oclc.org/ooxml/drawingml/main",
    _TR + "drawingml/2006/wordprocessingDrawing":
        "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
    _TR + "drawingml/2006/picture": "http://purl.oclc.org/ooxml/drawingml/picture",
    _TR + "officeDocument/2006/math": "http://purl.oclc.org/ooxml/officeDocument/math",
    _TR + "officeDocument/2006/extended-properties":
        "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
}
_TWIPS = {"w", "h", "top", "bottom", "left", "right", "header", "footer", "gutter", "line",
          "before", "after", "firstLine", "hanging", "space", "start", "end", "pos"}
_HALF_POINTS = {"sz", "szCs"}


def _to_strict(name: str, data: bytes) -> bytes:
    """What Word's « Strict Open XML » does to a part: other namespaces, relationship
    types under purl.oclc.org, and measures written with units (``612pt``)."""
    if not name.endswith((".xml", ".rels")):
        return data
    text = data.decode("utf-8")
    for old, new in _STRICT_NS.items():
        text = text.replace(f'"{old}"', f'"{new}"')
    text = text.replace(_TR + "officeDocument/2006/relationships/extended-properties",
                        "http://purl.oclc.org/ooxml/officeDocument/relationships/"
                        "extendedProperties")
    text = text.replace(_TR + "officeDocument/2006/relationships/",
                        "http://purl.oclc.org/ooxml/officeDocument/relationships/")
    if not (name.startswith("word/") and name.endswith(".xml")):
        return text.encode("utf-8")
    root = etree.fromstring(text.encode("utf-8"))
    w = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"
    for el in root.iter(w + "*"):
        local = el.tag[len(w):]
        for key, value in el.attrib.items():
            attr = key[len(w):] if key.startswith(w) else None
            if attr is None or not re.fullmatch(r"-?\d+", value):
                continue
            if local in _HALF_POINTS and attr == "val":
                el.set(key, f"{int(value) / 2:g}pt")
            elif attr in _TWIPS and local not in _HALF_POINTS:
                el.set(key, f"{int(value) / 20:g}pt")
    if root.tag == w + "document":
        root.set(w + "conformance", "strict")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _rewrite_docx(src: Path, dst: Path,
                  change: Callable[[str, bytes], tuple[str, bytes] | None]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            out = change(info.filename, zin.read(info))
            if out is not None:
                zout.writestr(out[0], out[1])
    return dst


def strict_docx(folder: Path) -> Path:
    """The dossier saved as Strict Open XML."""
    base = hostile.dossier_docx(folder, ".base-strict.docx")
    path = _rewrite_docx(base, folder / "strict.docx", lambda n, d: (n, _to_strict(n, d)))
    base.unlink()
    return path


def relocate(src: Path, dst: Path, main: str = "contenu/dossier.xml",
             styles: str = "contenu/mes-styles.xml") -> Path:
    """Move the main part and the styles part of any DOCX elsewhere (the main part needs
    no .xml ending), and say so in the relationships and content types, as a conforming
    package may."""
    with zipfile.ZipFile(src) as zf:
        rels = zf.read("word/_rels/document.xml.rels").decode("utf-8")
    folder = posixpath.dirname(main)

    def target(m: re.Match[str]) -> str:
        old = m.group(1)
        if old in ("styles.xml", "/word/styles.xml"):
            return f'Target="{posixpath.relpath(styles, folder)}"'
        full = old.lstrip("/") if old.startswith("/") else posixpath.normpath(
            posixpath.join("word", old))
        return f'Target="{posixpath.relpath(full, folder)}"'

    def move(name: str, data: bytes) -> tuple[str, bytes] | None:
        if name == "word/document.xml":
            return main, data
        if name == "word/styles.xml":
            return styles, data
        if name == "word/_rels/document.xml.rels":
            text = re.sub(r'Target="((?![a-z]+:)[^"]+)"(?![^>]*TargetMode="External")',
                          target, rels)
            return posixpath.join(folder, "_rels", posixpath.basename(main) + ".rels"), \
                text.encode("utf-8")
        if name == "_rels/.rels":
            return name, re.sub(rb'Target="/?word/document\.xml"',
                                f'Target="/{main}"'.encode(), data)
        if name == "[Content_Types].xml":
            return name, (data.replace(b'"/word/document.xml"', f'"/{main}"'.encode())
                          .replace(b'"/word/styles.xml"', f'"/{styles}"'.encode()))
        return name, data

    return _rewrite_docx(src, dst, move)


def relocated_docx(folder: Path, name: str = "partie-deplacee.docx") -> Path:
    """The main part is ``contenu/dossier.xml`` (the package relationships say so), its
    styles ``contenu/mes-styles.xml``: nothing is where Word usually puts it."""
    base = hostile.dossier_docx(folder, ".base-deplace.docx")
    path = relocate(base, folder / name)
    base.unlink()
    return path


def strict_relocated_docx(folder: Path) -> Path:
    """Both at once: Strict namespaces and a main part under another name."""
    moved = relocated_docx(folder, ".base-strict-deplace.docx")
    path = _rewrite_docx(moved, folder / "strict-deplace.docx",
                         lambda n, d: (n, _to_strict("word/" + n if n.startswith("contenu/")
                                                     else n, d)))
    moved.unlink()
    return path


def spreadsheet_as_docx(folder: Path) -> Path:
    """An Excel workbook renamed .docx: an OPC package, but not a Word document."""
    path = folder / "tableur.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml",
                    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"><Override PartName="/xl/workbook.xml" '
                    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
                    'sheet.main+xml"/></Types>')
        zf.writestr("_rels/.rels",
                    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.'
                    'org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
                    'schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    'officeDocument" Target="xl/workbook.xml"/></Relationships>')
        zf.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook/>')
    return path


# --------------------------------------------------------------------------- table

# Class -> (generator, "read" or the input.* id expected).
EXPECTED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "pdf_permissions_only_aes256": (permissions_only_pdf, "read"),
    "pdf_aes256_owner_empty": (owner_empty_pdf, "read"),
    "pdf_password": (password_pdf, "input.encrypted"),
    "pdf_headerless": (headerless_pdf, "read"),
    "pdf_leading_junk": (leading_junk_pdf, "read"),
    "pdf_form_fields": (form_fields_pdf, "read"),
    "pdf_form_fields_no_appearance": (form_fields_no_appearance_pdf, "read"),
    "pdf_freetext": (freetext_pdf, "read"),
    "pdf_little_text": (little_text_pdf, "input.little_text"),
    "pdf_outlined": (outlined_pdf, "input.no_text"),
    "pdf_scanned": (scanned_pdf, "input.scanned"),
    "pdf_scanned_numbered": (scanned_with_ocr_noise_pdf, "input.scanned"),
    "pdf_damaged": (damaged_pdf, "input.corrupt"),
    "docx_strict": (strict_docx, "read"),
    "docx_relocated_main": (relocated_docx, "read"),
    "docx_strict_relocated": (strict_relocated_docx, "read"),
    "docx_spreadsheet": (spreadsheet_as_docx, "input.unsupported_format"),
}


def outcome(report: dict[str, object]) -> str:
    """``read`` or the id of the refusal, from a JSON report."""
    checks = report.get("checks") or []
    refused = [c["id"] for c in checks if isinstance(c, dict)
               and str(c.get("id", "")).startswith("input.") and c.get("status") == "error"]
    return refused[0] if refused else "read"


# --------------------------------------------------------------------------- sweep

SWEEP_TIMEOUT = 180


def _cli(*args: str, timeout: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cipcheck", *args], capture_output=True,
                          text=True, timeout=timeout, check=False)


def sweep(folders: list[Path], timeout: int = SWEEP_TIMEOUT) -> dict[str, Counter[str]]:
    """Each PDF/DOCX of ``folders`` through ``cipcheck check`` (one process each, bounded
    in time), then the folder through ``cipcheck batch``: per class (extension), how many
    were read, refused (by reason), crashed, timed out, and where check and batch differ."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for folder in folders:
        files = sorted(p for p in folder.rglob("*")
                       if p.is_file() and p.suffix.lower() in (".pdf", ".docx"))
        single: dict[str, str] = {}
        for path in files:
            kind = path.suffix.lower().lstrip(".")
            try:
                done = _cli("check", str(path), "--rules", "cip-ccp1", "--pages", "estimate",
                            "--format", "json", timeout=timeout)
            except subprocess.TimeoutExpired:
                single[str(path)] = "timed out"
                table[kind]["timed out"] += 1
                continue
            try:
                found = outcome(json.loads(done.stdout))
            except (json.JSONDecodeError, TypeError):
                found = "crashed"
            if "Traceback" in done.stderr or done.returncode not in (0, 1, 2):
                found = "crashed"
            single[str(path)] = found
            table[kind][found if found in ("read", "crashed") else f"refused {found}"] += 1
        try:
            done = _cli("batch", str(folder), "--rules", "cip-ccp1", "--format", "json",
                        timeout=timeout * max(1, len(files)))
            batch = {str(Path(r["file"]).resolve()): outcome(r)
                     for r in json.loads(done.stdout).get("files", [])}
        except (subprocess.TimeoutExpired, json.JSONDecodeError):
            batch = {}
        for path_name, found in single.items():
            other = batch.get(str(Path(path_name).resolve()))
            if found not in ("timed out", "crashed") and other is not None and other != found:
                table["check≠batch"][f"{Path(path_name).name}: {found} / {other}"] += 1
    return table


def print_table(table: dict[str, Counter[str]]) -> None:
    for kind in sorted(table):
        total = sum(table[kind].values())
        print(f"{kind} ({total})")
        for label, n in sorted(table[kind].items()):
            print(f"  {label:<40} {n}")


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "make":
        out = Path(argv[1])
        out.mkdir(parents=True, exist_ok=True)
        for kind, (make, expected) in EXPECTED.items():
            print(f"{make(out).name:<36} {kind:<32} {expected}")
        return 0
    if len(argv) >= 2 and argv[0] == "sweep":
        print_table(sweep([Path(a) for a in argv[1:]]))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
