"""Report files on disk, written in one place for ``check`` and ``batch``.

Which file each format goes to comes from the format table (``render/formats.py``);
how a file is written (folders made, CSV with a BOM) is ``write_text``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cipcheck.render.formats import FORMATS

if TYPE_CHECKING:
    from cipcheck.findings import Report
    from cipcheck.render.summary import BatchView


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # CSV gets a BOM so that a French Excel opens it as UTF-8.
    encoding = "utf-8-sig" if path.suffix == ".csv" else "utf-8"
    path.write_text(text, encoding=encoding)


def write_report(report: Report, formats: Sequence[str], output: Path,
                 explain: bool = False) -> list[Path]:
    """One dossier's report: ``output`` is the file for a single format (unless it is an
    existing folder), else the folder that gets ``<dossier>.<extension>`` per format."""
    if len(formats) == 1 and not output.is_dir():
        write_text(output, FORMATS[formats[0]].render(report, explain))
        return [output]
    written = []
    for name in formats:
        fmt = FORMATS[name]
        target = output / f"{Path(report.file).stem}.{fmt.extension}"
        write_text(target, fmt.render(report, explain))
        written.append(target)
    return written


def page_names(reports: Sequence[Report]) -> list[str]:
    """A distinct, readable file name per dossier page (two ``dupont`` files may exist)."""
    names: list[str] = []
    used: set[str] = set()
    for r in reports:
        p = Path(r.file)
        base = "".join(c if c.isalnum() or c in "-_." else "_" for c in p.stem) or "dossier"
        name = base
        if name.lower() in used:
            name = f"{base}-{p.suffix.lstrip('.').lower() or 'x'}"
        n = 2
        while name.lower() in used:
            name = f"{base}-{n}"
            n += 1
        used.add(name.lower())
        names.append(f"{name}.html")
    return names


def write_batch(result: BatchView, formats: Sequence[str], folder: Path,
                lang: str = "fr", csv_sep: str = ";") -> list[Path]:
    """A batch's outputs in ``folder``: one file per format, and for HTML an index that
    links one page per dossier (``dossiers/<name>.html``)."""
    written: list[Path] = []
    for name in formats:
        fmt = FORMATS[name]
        target = folder / fmt.batch_file
        if name == "html":
            _write_html_pages(result.reports, folder, target)
        else:
            write_text(target, fmt.render_batch(result, lang, csv_sep))
        written.append(target)
    return written


def _write_html_pages(reports: Sequence[Report], folder: Path, index: Path) -> None:
    from cipcheck.render import html

    names = page_names(reports)
    for report, name in zip(reports, names, strict=True):
        write_text(folder / "dossiers" / name, html.render(report, back_link="../index.html"))
    write_text(index, html.render_index(reports, [f"dossiers/{n}" for n in names]))
