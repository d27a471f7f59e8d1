"""Give a DOCX the page markers Word would save, from a known pagination.

Word writes ``<w:lastRenderedPageBreak/>`` where each page began and its page count in
``docProps/app.xml``; python-docx and LibreOffice write neither. To exercise the
Word-marker path without Word, this copies a DOCX and adds both, taking the pages from
another pagination (LibreOffice's, in the bench). ``stale=True`` also adds a paragraph
after the markers were "saved", as a candidate editing the file elsewhere would.

    python bench/corpus/make_markers.py IN.docx OUT.docx   # pages from LibreOffice
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def body_paragraphs(root: etree._Element) -> list[etree._Element]:
    """Paragraphs in the order cipcheck's DOCX reader lists them (text boxes are read
    as text of their anchor paragraph, deleted text is skipped)."""
    out = []
    for p in root.iter(_w("p")):
        anc = p.getparent()
        skip = False
        while anc is not None:
            if anc.tag in (_w("txbxContent"), _w("del")):
                skip = True
                break
            anc = anc.getparent()
        if not skip:
            out.append(p)
    return out


def _marker_run() -> etree._Element:
    run = etree.Element(_w("r"))
    etree.SubElement(run, _w("lastRenderedPageBreak"))
    return run


def _mark_start(p: etree._Element) -> None:
    run = p.find(_w("r"))
    if run is None:
        ppr = p.find(_w("pPr"))
        p.insert(0 if ppr is None else list(p).index(ppr) + 1, _marker_run())
        return
    rpr = run.find(_w("rPr"))
    run.insert(0 if rpr is None else 1, etree.Element(_w("lastRenderedPageBreak")))


def _mark_inside(p: etree._Element, share: float) -> None:
    """A page began inside ``p``: split its longest text run at ``share`` of its text."""
    runs = [r for r in p.iter(_w("r")) if r.find(_w("t")) is not None]
    if not runs:
        p.append(_marker_run())
        return
    run = max(runs, key=lambda r: len(r.find(_w("t")).text or ""))
    t = run.find(_w("t"))
    text = t.text or ""
    cut = text.rfind(" ", 0, max(1, int(len(text) * share))) + 1
    t.text = text[:cut]
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    tail = etree.SubElement(run, _w("lastRenderedPageBreak"))
    t2 = etree.SubElement(run, _w("t"))
    t2.text = text[cut:]
    t2.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    del tail


def add_markers(src: Path, dst: Path, pages: list[tuple[int, bool]], page_count: int,
                stale: bool = False) -> None:
    """``pages``: (page, first on its page) per paragraph of cipcheck's reader."""
    with zipfile.ZipFile(src) as zin:
        names = zin.namelist()
        data = {n: zin.read(n) for n in names}
    root = etree.fromstring(data["word/document.xml"])
    paras = body_paragraphs(root)
    if len(paras) != len(pages):
        raise ValueError(f"{len(paras)} paragraphs in XML, {len(pages)} placements")
    last_text = 0
    for i in range(1, len(paras)):
        page, first = pages[i]
        prev_page = pages[i - 1][0]
        if page > prev_page:
            if first:
                _mark_start(paras[i])
            # Pages begun inside what precedes (the last paragraph with text: an empty
            # one is placed where the one before it is).
            for _ in range(page - prev_page - (1 if first else 0)):
                _mark_inside(paras[last_text], 0.6)
        if "".join(paras[i].itertext()).strip():
            last_text = i
    if stale:
        body = root.find(_w("body"))
        extra = etree.Element(_w("p"))
        run = etree.SubElement(extra, _w("r"))
        etree.SubElement(run, _w("t")).text = "Paragraphe ajouté après coup. " * 200
        for _ in range(3):  # about four pages of text added without Word
            body.insert(len(body) // 3, etree.fromstring(etree.tostring(extra)))
    data["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                               standalone=True)
    app = data.get("docProps/app.xml", b"").decode("utf-8")
    if "<Pages>" in app:
        app = re.sub(r"<Pages>\d*</Pages>", f"<Pages>{page_count}</Pages>", app)
    else:
        app = app.replace("</Properties>", f"<Pages>{page_count}</Pages></Properties>")
    app = re.sub(r"<Application>[^<]*</Application>",
                 "<Application>Microsoft Office Word</Application>", app)
    # Word counts the words it saves; python-docx's template says 0.
    words = len(" ".join(root.itertext()).split())
    app = re.sub(r"<Words>\d*</Words>", f"<Words>{words}</Words>", app)
    data["docProps/app.xml"] = app.encode("utf-8")
    tmp = Path(tempfile.mkdtemp()) / dst.name
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in names:
            zout.writestr(n, data[n])
    shutil.move(str(tmp), dst)


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "src"))
    from cipcheck.readers.docx import paginate
    from cipcheck.readers.docx_body import read_content
    from cipcheck.readers.ooxml import Package

    src, dst = Path(argv[0]), Path(argv[1])
    with Package(src) as pkg:
        content = read_content(pkg)
    lo = paginate(src, content, "libreoffice")
    pages = [(pl.page, pl.first_on_page) if pl else (1, False) for pl in lo.placements]
    add_markers(src, dst, pages, lo.page_count, stale="--stale" in argv)
    print(dst)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
