"""Report files on disk, written in one place for ``check`` and ``batch``.

Which file each format goes to comes from the format table (``render/formats.py``);
how a file is written (folders made, CSV with a BOM) is ``write_text``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cipcheck.errors import OutputError, system_reason
from cipcheck.i18n import N_
from cipcheck.render.formats import FORMATS

if TYPE_CHECKING:
    from cipcheck.findings import Report
    from cipcheck.render.summary import BatchView


# A report is never written over one of these: ``-o dossier.docx`` given by mistake would
# replace the candidate's only copy of the dossier with a JSON report.
DOCUMENT_SUFFIXES = frozenset({".docx", ".docm", ".dotx", ".doc", ".odt", ".rtf", ".pdf"})


def refuse_document(path: Path) -> None:
    """Raises :class:`OutputError` when ``path`` is a document's name: writing it would
    overwrite the document, or leave a report that Word or a PDF reader cannot open under
    a name that looks like the dossier (``-o rapport.pdf`` for a JSON report)."""
    if path.suffix.lower() not in DOCUMENT_SUFFIXES:
        return
    if path.exists():
        raise OutputError(N_("--output désigne un document existant ({path}) : le rapport "
                             "l'écraserait. Donnez un nom de rapport (par exemple "
                             "{suggestion}) ou un dossier.", path=path,
                             suggestion=path.with_suffix(".json").name))
    raise OutputError(N_("--output porte un nom de document ({path}) : le rapport n'est pas "
                         "un fichier {suffix}, ni Word ni un lecteur PDF ne l'ouvriraient, et "
                         "on le prendrait pour le dossier. Donnez un nom de rapport (par "
                         "exemple {suggestion} ou .html) ou un dossier.", path=path,
                         suffix=path.suffix.lower(),
                         suggestion=path.with_suffix(".json").name))


def _cannot_write(path: Path, exc: OSError) -> OutputError:
    return OutputError(N_("impossible d'écrire le rapport {path} ({reason}). Choisissez avec "
                          "--output un dossier où vous pouvez écrire.", path=path,
                          reason=system_reason(exc)))


def prepare(output: Path, folder: bool) -> None:
    """Before any dossier is checked, refuses an ``--output`` that cannot take the reports:
    a document it would overwrite, or a place the system will not let us write in (a
    batch of 60 dossiers must not run for minutes and then lose its reports)."""
    if not folder:
        refuse_document(output)
    place = output if folder else output.parent
    try:
        place.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot_write(output, exc) from None


def write_text(path: Path, text: str) -> None:
    refuse_document(path)
    # CSV gets a BOM so that a French Excel opens it as UTF-8.
    encoding = "utf-8-sig" if path.suffix == ".csv" else "utf-8"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding=encoding)
    except OSError as exc:
        # A report that was not written must not look like a verdict (exit 1 = fails).
        raise _cannot_write(path, exc) from None


def for_stdout(text: str, fmt: str) -> str:
    """A report as printed: a CSV redirected to a file (« batch … -f csv > promo.csv ») gets
    the BOM that ``write_text`` gives a CSV file, so that Excel reads the same bytes either
    way (blind17: accents broken in Excel without it). Not on a terminal, where it is
    noise."""
    return "\ufeff" + text if fmt == "csv" and not sys.stdout.isatty() else text


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
            from cipcheck.render.summary import stop_note

            _write_html_pages(result.reports, folder, target, stop_note(result, lang))
        else:
            write_text(target, fmt.render_batch(result, lang, csv_sep))
        written.append(target)
    return written


def _write_html_pages(reports: Sequence[Report], folder: Path, index: Path,
                      note: str | None = None) -> None:
    from cipcheck.render import html
    from cipcheck.render.candidate_words import for_the_candidate

    names = page_names(reports)
    for report, name in zip(reports, names, strict=True):
        # Each page is sent to its candidate alone: no link to an index they do not have
        # (the trainer comes back with the browser), advice in words for someone without
        # the command line (blind19 F8). The index keeps the command line's words.
        write_text(folder / "dossiers" / name, html.render(for_the_candidate(report)))
    write_text(index, html.render_index(reports, [f"dossiers/{n}" for n in names], note))
