"""Generators of valid, hostile and odd input files, one function per kind.

Each writes one file into the given folder and returns its path. Kept out of conftest so
that the fuzz tests, the batch tests and ``bench/`` can share them by import.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.shared import Pt

FIXTURES = Path(__file__).parent / "fixtures" / "hostile"
BASE_PDF = FIXTURES / "base-ccp1.pdf"  # dossier_docx() rendered by LibreOffice 7.4
ENCRYPTED_PDF = FIXTURES / "encrypted.pdf"  # BASE_PDF through `qpdf --encrypt` (user pw)

SENTENCE = ("Lors de l'entretien d'accueil, j'ai analysé la demande de la personne et posé les "
            "bases d'un diagnostic partagé avec elle, en tenant compte de ses freins et de ses "
            "ressources. ")


# --------------------------------------------------------------------------- valid


def dossier_docx(folder: Path, name: str = "dossier.docx", *, paragraphs: int = 60,
                 hours: int = 84, candidate: str = "Marie Dupont",
                 cover: str = "CCP 1 Accueillir pour analyser la demande des personnes") -> Path:
    """A small CCP 1 production (about 7 pages) that cipcheck recognises and passes."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    doc.add_paragraph("Titre professionnel Conseiller en insertion professionnelle")
    doc.add_paragraph(cover)
    doc.add_paragraph(f"Candidate : {candidate}")
    doc.add_paragraph(f"Période(s) en entreprise : {hours} heures")
    for _ in range(paragraphs):
        doc.add_paragraph(SENTENCE * 2)
    path = folder / name
    doc.save(str(path))
    return path


TITRE_PARTS = (
    "Présentation de la structure, du territoire et des acteurs",
    "Accompagnement à la contractualisation et au suivi d'un parcours d'insertion",
    "Accompagnement à l'élaboration et à la réalisation d'un projet professionnel",
    "Conception, préparation et animation d'un atelier thématique",
    "Action de prospection auprès des employeurs du territoire",
    "Appui technique aux employeurs en matière de recrutement",
    "Intégration et maintien d'un salarié dans son environnement professionnel",
)
TITRE_PAGES = (7, 5.5, 5.5, 7, 5, 4.5, 2.5)  # inside every range of the RE


def titre_docx(folder: Path, name: str = "titre.docx", *,
               pages: tuple[float, ...] = TITRE_PAGES, hours: int = 392,
               candidate: str = "Paul Martin") -> Path:
    """A full-title dossier: cover, seven « Partie N – … » parts of about ``pages``."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    doc.add_paragraph("Titre professionnel Conseiller en insertion professionnelle")
    doc.add_paragraph("Dossier de questionnement à partir de production")
    doc.add_paragraph(f"Candidat : {candidate}")
    doc.add_paragraph(f"Période(s) en entreprise : {hours} heures")
    for number, (title, size) in enumerate(zip(TITRE_PARTS, pages, strict=True), start=1):
        doc.add_page_break()
        doc.add_heading(f"Partie {number} – {title}", level=1)
        for _ in range(round(size * 9.5)):
            doc.add_paragraph(SENTENCE * 2)
    path = folder / name
    doc.save(str(path))
    return path


def unrecognisable_docx(folder: Path, name: str = "inconnu.docx") -> Path:
    """A plain text with nothing saying which certification it is for."""
    doc = Document()
    for _ in range(20):
        doc.add_paragraph("Compte rendu de réunion du conseil de quartier. " * 4)
    path = folder / name
    doc.save(str(path))
    return path


def dossier_pdf(folder: Path, name: str = "dossier.pdf") -> Path:
    path = folder / name
    path.write_bytes(BASE_PDF.read_bytes())
    return path


def regenerate_fixtures() -> None:
    """Rewrite BASE_PDF and ENCRYPTED_PDF (needs LibreOffice and qpdf, unlike the tests):
    ``python -c "import sys; sys.path.insert(0, 'tests'); import hostile;
    hostile.regenerate_fixtures()"``."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        docx = dossier_docx(work, "base-ccp1.docx")
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(work / 'lo').as_uri()}",
                        "--convert-to", "pdf", "--outdir", str(work), str(docx)],
                       check=True, capture_output=True, timeout=120)
        FIXTURES.mkdir(parents=True, exist_ok=True)
        BASE_PDF.write_bytes((work / "base-ccp1.pdf").read_bytes())
    subprocess.run(["qpdf", "--encrypt", "secret", "secret", "256", "--", str(BASE_PDF),
                    str(ENCRYPTED_PDF)], check=True, timeout=60)


# --------------------------------------------------------------------------- helpers


def _docx_with(folder: Path, name: str, document_xml: bytes,
               extra: dict[str, bytes] | None = None) -> Path:
    """A DOCX whose word/document.xml is replaced (the other parts stay valid)."""
    base = dossier_docx(folder, f".base-{name}")
    path = folder / name
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = document_xml if info.filename == "word/document.xml" else src.read(info)
            dst.writestr(info.filename, data)
        for member, data in (extra or {}).items():
            dst.writestr(member, data)
    base.unlink()
    return path


def write_pdf(path: Path, objects: list[bytes], root: int = 1) -> Path:
    """A PDF from numbered object bodies (object i+1 = objects[i]), with a correct xref."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    path.write_bytes(bytes(out))
    return path


def _stream(data: bytes, extra: str = "") -> bytes:
    return f"<< /Length {len(data)} {extra}>>\nstream\n".encode() + data + b"\nendstream"


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _ole(names: list[str]) -> bytes:
    """A minimal OLE2 compound file: header sector + one directory sector with ``names``."""
    header = bytearray(512)
    header[0:8] = _OLE_MAGIC
    header[24:26] = struct.pack("<H", 0x3E)  # minor version
    header[26:28] = struct.pack("<H", 3)  # major version 3: 512-byte sectors
    header[28:30] = b"\xfe\xff"  # little endian
    header[30:32] = struct.pack("<H", 9)  # sector shift
    header[32:34] = struct.pack("<H", 6)  # mini sector shift
    header[48:52] = struct.pack("<I", 0)  # first directory sector
    directory = bytearray()
    for i, name in enumerate(["Root Entry", *names]):
        entry = bytearray(128)
        raw = name.encode("utf-16-le") + b"\x00\x00"
        entry[0:len(raw)] = raw
        entry[64:66] = struct.pack("<H", len(raw))
        entry[66] = 5 if i == 0 else 2  # root storage / stream
        directory += entry
    directory += bytes(512 - len(directory) % 512)
    return bytes(header) + bytes(directory)


# --------------------------------------------------------------------------- hostile


def zip_bomb_docx(folder: Path, name: str = "bombe.docx", megabytes: int = 50) -> Path:
    """word/document.xml inflates to ``megabytes`` MB from ~50 kB (ratio ~1000)."""
    path = folder / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b'<?xml version="1.0"?><Types xmlns="http://schemas'
                    b'.openxmlformats.org/package/2006/content-types"/>')
        zf.writestr("_rels/.rels", b'<?xml version="1.0"?><Relationships xmlns="http://schem'
                    b'as.openxmlformats.org/package/2006/relationships"/>')
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        chunk = b" " * (1024 * 1024)
        with zf.open(info, "w", force_zip64=True) as fh:
            fh.write(b'<?xml version="1.0"?><w:document xmlns:w="x">')
            for _ in range(megabytes):
                fh.write(chunk)
    return path


def lying_zip_docx(folder: Path, name: str = "bombe-masquee.docx") -> Path:
    """A bomb whose zip directory lies: word/document.xml declares 2 kB, inflates to 20 MB."""
    path = zip_bomb_docx(folder, name, megabytes=20)
    data = bytearray(path.read_bytes())
    target = b"word/document.xml"
    for sig, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        pos = data.find(sig)
        while pos >= 0:
            if data[pos + name_at: pos + name_at + len(target)] == target:
                # zip64 sizes live in an extra field; the 32-bit fields say 0xFFFFFFFF.
                # Rewrite them as a plain small size: readers trust the directory.
                data[pos + size_at: pos + size_at + 4] = struct.pack("<I", 2048)
                extra_len_at = pos + (28 if sig == b"PK\x03\x04" else 30)
                name_len = struct.unpack("<H", data[extra_len_at - 2: extra_len_at])[0]
                extra_len = struct.unpack("<H", data[extra_len_at: extra_len_at + 2])[0]
                extra_start = pos + name_at + name_len
                # Turn the zip64 extra field into an unknown one so it is ignored.
                if extra_len >= 4 and data[extra_start: extra_start + 2] == b"\x01\x00":
                    data[extra_start: extra_start + 2] = b"\xaa\xaa"
                if sig == b"PK\x01\x02":
                    data[pos + 20: pos + 24] = struct.pack("<I", 60_000)  # compressed size
                else:
                    data[pos + 18: pos + 22] = struct.pack("<I", 60_000)
            pos = data.find(sig, pos + 4)
    path.write_bytes(bytes(data))
    return path


def odd_compression_docx(folder: Path, name: str = "compression-inconnue.docx") -> Path:
    """A DOCX whose word/document.xml says it is compressed with a method zipfile cannot
    inflate (97, WavPack), as some archivers write."""
    path = dossier_docx(folder, name, paragraphs=5)
    data = bytearray(path.read_bytes())
    target = b"word/document.xml"
    for sig, method_at, name_at in ((b"PK\x03\x04", 8, 30), (b"PK\x01\x02", 10, 46)):
        pos = data.find(sig)
        while pos >= 0:
            if data[pos + name_at: pos + name_at + len(target)] == target:
                data[pos + method_at: pos + method_at + 2] = struct.pack("<H", 97)
            pos = data.find(sig, pos + 4)
    path.write_bytes(bytes(data))
    return path


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def entity_bomb_docx(folder: Path, name: str = "billion-laughs.docx",
                     padded: bool = False) -> Path:
    """Billion laughs in word/document.xml. ``padded`` pushes the DOCTYPE past the first
    4 kB behind a comment, so that a check of the file's head alone does not see it."""
    lol = ['<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = f"&lol{i - 1};" if i > 1 else "&lol;"
        lol.append(f'<!ENTITY lol{i} "{prev * 10}">')
    pad = f"<!-- {'x' * 6000} -->" if padded else ""
    xml = (f'<?xml version="1.0"?>{pad}<!DOCTYPE w:document [{"".join(lol)}]>'
           f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
           "</w:body></w:document>")
    return _docx_with(folder, name, xml.encode())


def deep_xml_docx(folder: Path, name: str = "imbrique.docx", depth: int = 100_000) -> Path:
    """100 000 nested elements in word/document.xml. Short tags keep the part under 1 MB,
    so that the zip guard's ratio check does not see it first: the XML parser must."""
    xml = (f'<?xml version="1.0"?><w:document xmlns:w="{_W}"><w:body>'
           + "<a>" * depth + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" + "</a>" * depth
           + "</w:body></w:document>")
    return _docx_with(folder, name, xml.encode())


def deep_sdt_docx(folder: Path, name: str = "sdt-imbriques.docx", depth: int = 120) -> Path:
    """Content controls nested ``depth`` times (240 levels, just under libxml2's limit of
    256): the XML parses, so the reader's own walk must cope with the depth."""
    xml = (f'<?xml version="1.0"?><w:document xmlns:w="{_W}"><w:body>'
           + "<w:sdt><w:sdtContent>" * depth
           + "<w:p><w:r><w:t>" + "CCP 1 Accueillir. " + SENTENCE + "</w:t></w:r></w:p>"
           + "</w:sdtContent></w:sdt>" * depth + "</w:body></w:document>")
    return _docx_with(folder, name, xml.encode())


def encrypted_docx(folder: Path, name: str = "protege.docx") -> Path:
    """What Word writes for a password-protected .docx: an OLE2 container, not a zip."""
    path = folder / name
    path.write_bytes(_ole(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"]))
    return path


def encrypted_pdf(folder: Path, name: str = "protege.pdf") -> Path:
    path = folder / name
    path.write_bytes(ENCRYPTED_PDF.read_bytes())
    return path


def scanned_pdf(folder: Path, name: str = "scanne.pdf") -> Path:
    """One A4 page holding only a (grey, 200x280 px) image: what a scanner produces."""
    w, h = 200, 280
    pixels = zlib.compress(bytes((x * 7 + y * 3) % 256 for y in range(h) for x in range(w)))
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    return write_pdf(folder / name, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im0 5 0 R >> >> >>",
        _stream(content),
        _stream(pixels, f"/Type /XObject /Subtype /Image /Width {w} /Height {h} "
                        "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode "),
    ])


def truncated_docx(folder: Path, name: str = "tronque.docx") -> Path:
    base = dossier_docx(folder, ".base-tronque.docx")
    data = base.read_bytes()
    base.unlink()
    path = folder / name
    path.write_bytes(data[: len(data) // 2])
    return path


def truncated_pdf(folder: Path, name: str = "tronque.pdf") -> Path:
    data = BASE_PDF.read_bytes()
    path = folder / name
    path.write_bytes(data[: len(data) // 2])
    return path


def empty_file(folder: Path, name: str = "vide.pdf") -> Path:
    path = folder / name
    path.write_bytes(b"")
    return path


def text_as_pdf(folder: Path, name: str = "texte.pdf") -> Path:
    path = folder / name
    path.write_text("Ceci est un simple fichier texte renommé en .pdf.\n", encoding="utf-8")
    return path


def legacy_doc(folder: Path, name: str = "ancien.doc") -> Path:
    path = folder / name
    path.write_bytes(_ole(["WordDocument", "1Table", "\x05SummaryInformation"]))
    return path


def odt_file(folder: Path, name: str = "libreoffice.odt") -> Path:
    path = folder / name
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text",
                    compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", '<?xml version="1.0"?><office:document-content xmlns:'
                    'office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')
        zf.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest/>')
    return path


def rtf_file(folder: Path, name: str = "wordpad.rtf") -> Path:
    path = folder / name
    path.write_text("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}}\\f0\\fs22 "
                    "CCP 1 Accueillir\\par Dossier du candidat.\\par}", encoding="ascii")
    return path


def many_pages_pdf(folder: Path, name: str = "2000-pages.pdf", pages: int = 2000) -> Path:
    """2 000 pages sharing one content stream (a few tens of kB)."""
    kids = " ".join(f"{i + 5} 0 R" for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _stream(b"BT /F1 11 Tf 72 770 Td (Page du recueil de documents.) Tj ET"),
    ]
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>")
    objects += [page] * pages
    return write_pdf(folder / name, objects)


def nested_forms_pdf(folder: Path, name: str = "formes-imbriquees.pdf",
                     depth: int = 28, fanout: int = 4) -> Path:
    """Form XObjects each drawing the next one ``fanout`` times, ``depth`` levels deep:
    the innermost text is drawn fanout**depth times unless the parser bounds it."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /X 6 0 R >> /Font << /F1 5 0 R >> >> >>",
        _stream(b"BT /F1 11 Tf 72 770 Td (Dossier CCP 1 Accueillir) Tj ET /X Do"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    first = len(objects) + 1
    for level in range(depth):
        number = first + level
        if level + 1 < depth:
            body = b" ".join([b"/X Do"] * fanout)
            res = f"/Resources << /XObject << /X {number + 1} 0 R >> >> "
        else:
            body = b"BT /F1 11 Tf 72 700 Td (boucle) Tj ET"
            res = "/Resources << /Font << /F1 5 0 R >> >> "
        objects.append(_stream(body, "/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                                     + res))
    return write_pdf(folder / name, objects)


def page_tree_cycle_pdf(folder: Path, name: str = "cycle.pdf") -> Path:
    """A page tree whose Kids point back to their parent."""
    return write_pdf(folder / name, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 1 >>",
    ])


# Kind -> (generator, check id expected). The batch and hostile tests iterate on it.
HOSTILE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "zip_bomb": (zip_bomb_docx, "input.zip_bomb"),
    "zip_bomb_lying": (lying_zip_docx, "input.corrupt"),
    "odd_compression": (odd_compression_docx, "input.corrupt"),
    "entity_bomb": (entity_bomb_docx, "input.hostile_xml"),
    # Past the reader's 4 kB look for "<!ENTITY": libxml2 itself refuses the amplification.
    "entity_bomb_padded": (lambda d: entity_bomb_docx(d, "billion-laughs-2.docx", padded=True),
                           "input.corrupt"),
    "deep_xml": (deep_xml_docx, "input.corrupt"),
    "encrypted_docx": (encrypted_docx, "input.encrypted"),
    "encrypted_pdf": (encrypted_pdf, "input.encrypted"),
    "scanned_pdf": (scanned_pdf, "input.scanned"),
    "truncated_docx": (truncated_docx, "input.corrupt"),
    "truncated_pdf": (truncated_pdf, "input.corrupt"),
    "empty": (empty_file, "input.empty"),
    "text_as_pdf": (text_as_pdf, "input.unsupported_format"),
    "legacy_doc": (legacy_doc, "input.legacy_format"),
    "odt": (odt_file, "input.legacy_format"),
    "rtf": (rtf_file, "input.legacy_format"),
    "many_pages": (many_pages_pdf, "input.too_large"),
    "page_tree_cycle": (page_tree_cycle_pdf, "input.corrupt"),
}


# --------------------------------------------------------------------------- misbehaving
# Check functions injected in place of cipcheck.batch.check_one, to test the isolation of
# the workers with behaviours no real file reliably produces. Module-level so that the
# worker process can import them by name.


def sleepy_check(job: object) -> object:
    """Hangs on files named ``lent*``, checks the others normally."""
    import time

    from cipcheck.batch import check_one
    if Path(job.path).name.startswith("lent"):  # type: ignore[attr-defined]
        time.sleep(3600)
    return check_one(job)  # type: ignore[arg-type]


def hog_check(job: object) -> object:
    """Allocates without bound on files named ``gros*`` (as a decompression would)."""
    from cipcheck.batch import check_one
    if Path(job.path).name.startswith("gros"):  # type: ignore[attr-defined]
        hoard = []
        while True:
            hoard.append(bytearray(64 * 1024 * 1024))
    return check_one(job)  # type: ignore[arg-type]


def abort_check(job: object) -> object:
    """Dies like a C library does (SIGABRT) on files named ``plante*``."""
    import os

    from cipcheck.batch import check_one
    if Path(job.path).name.startswith("plante"):  # type: ignore[attr-defined]
        os.abort()
    return check_one(job)  # type: ignore[arg-type]


def spawning_check(job: object) -> object:
    """Starts a grandchild (as LibreOffice is) and a temporary folder, writes where they
    are beside the file, hangs."""
    import subprocess
    import tempfile
    import time

    path = Path(job.path)  # type: ignore[attr-defined]
    child = subprocess.Popen(["sleep", "3600"])
    path.with_suffix(".pid").write_text(str(child.pid))
    scratch = Path(tempfile.mkdtemp(prefix="profil-"))  # as LibreOffice's profile copy
    path.with_suffix(".tmp").write_text(str(scratch))
    time.sleep(3600)
    raise AssertionError("unreachable")


def nap_check(job: object) -> object:
    """Naps 1.5 s before checking, and reports which process napped and when (as the
    candidate, « pid start end »): whether the naps overlapped shows parallelism without
    timing the batch, which a loaded machine would make fail."""
    import dataclasses
    import os
    import time

    from cipcheck.batch import check_one
    start = time.time()
    time.sleep(1.5)
    end = time.time()
    report = check_one(job)  # type: ignore[arg-type]
    return dataclasses.replace(report, candidate=f"{os.getpid()} {start} {end}")


def env_check(job: object) -> object:
    """Reports the worker's CIPCHECK_TEST_MARK as the candidate."""
    import dataclasses
    import os

    from cipcheck.batch import check_one
    report = check_one(job)  # type: ignore[arg-type]
    return dataclasses.replace(report, candidate=os.environ.get("CIPCHECK_TEST_MARK"))


def office_hang_check(job: object) -> object:
    """On files named ``fige*``, leaves the batch's LibreOffice service stuck on a request
    that never ends (as LibreOffice stuck laying out a hostile file) and hangs; checks the
    others normally."""
    import os
    import socket
    import time

    from cipcheck.batch import check_one
    if Path(job.path).name.startswith("fige"):  # type: ignore[attr-defined]
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.connect(os.environ["CIPCHECK_LO_SOCKET"])
        conn.sendall(b'{"src": "')  # no end of line: the service waits for the rest
        time.sleep(3600)
    return check_one(job)  # type: ignore[arg-type]
