"""``cipcheck doctor``: what this machine offers to count a DOCX's pages, and what to
install to count them better.

A DOCX has no pages: cipcheck reads Word's saved pagination when it can be trusted,
else asks LibreOffice to lay it out when it is installed, else estimates. Neither
LibreOffice nor the estimate is Word: what each agrees with Word, as measured, is shown
(``readers/agreement.py``). LibreOffice's pages are only near Word's with the fonts the
dossier uses or their metric twins (Liberation Sans for Arial, Carlito for Calibri,
Liberation Serif for Times New Roman, Caladea for Cambria): without them it draws the
text with a wider font and finds too many pages.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from cipcheck.document import PagesMethod
from cipcheck.readers import libreoffice
from cipcheck.readers.agreement import agreement_fr

LO_DOWNLOAD = "https://fr.libreoffice.org/download/telecharger-libreoffice/"


@dataclass(frozen=True)
class _FontNeed:
    name: str  # what dossiers use
    twin: str  # its metric-compatible free font
    files: tuple[str, ...]  # file-name stems that identify the font (lower case, no spaces)
    twin_files: tuple[str, ...]
    debian: str  # package with the twin
    fedora: str
    brew: str


FONTS = (
    _FontNeed("Arial", "Liberation Sans", ("arial", "arialmt"),
              ("liberationsans-regular", "liberationsans"), "fonts-liberation2",
              "liberation-sans-fonts", "font-liberation"),
    _FontNeed("Calibri", "Carlito", ("calibri",), ("carlito-regular", "carlito"),
              "fonts-crosextra-carlito", "google-carlito-fonts", "font-carlito"),
    _FontNeed("Times New Roman", "Liberation Serif",
              ("times", "timesnewroman", "timesnewromanpsmt"),
              ("liberationserif-regular", "liberationserif"), "fonts-liberation2",
              "liberation-serif-fonts", "font-liberation"),
    _FontNeed("Cambria", "Caladea", ("cambria",), ("caladea-regular", "caladea"),
              "fonts-crosextra-caladea", "crosextra-caladea-fonts", "font-caladea"),
)

FONT_DIRS = (
    "/usr/share/fonts", "/usr/local/share/fonts", "~/.fonts", "~/.local/share/fonts",
    "/Library/Fonts", "/System/Library/Fonts", "/System/Library/Fonts/Supplemental",
    "~/Library/Fonts", "/Applications/Microsoft Word.app/Contents/Resources/DFonts",
    r"C:\Windows\Fonts", r"%LOCALAPPDATA%\Microsoft\Windows\Fonts",
)


def _system() -> str:
    """"linux-debian", "linux-fedora", "linux", "macos", "windows"."""
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    ids = ""
    try:
        for line in Path("/etc/os-release").read_text(encoding="utf-8").splitlines():
            if line.startswith(("ID=", "ID_LIKE=")):
                ids += " " + line.split("=", 1)[1].strip('"').lower()
    except OSError:
        pass
    if any(x in ids for x in ("debian", "ubuntu")):
        return "linux-debian"
    if any(x in ids for x in ("fedora", "rhel", "centos")):
        return "linux-fedora"
    return "linux"


def _families_fc_list() -> set[str] | None:
    exe = shutil.which("fc-list")
    if not exe:
        return None
    try:
        out = subprocess.run([exe, ":", "family"], capture_output=True, text=True, timeout=20,
                             stdin=subprocess.DEVNULL, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    families: set[str] = set()
    for line in out.stdout.splitlines():
        for name in line.split(","):
            if name.strip():
                families.add(name.strip().lower())
    return families


def _font_files() -> set[str]:
    """Stems of the font files in the usual folders (lower case, spaces removed)."""
    stems: set[str] = set()
    for folder in FONT_DIRS:
        path = Path(os.path.expandvars(os.path.expanduser(folder)))
        if not path.is_dir():
            continue
        try:
            for f in path.rglob("*"):
                if f.suffix.lower() in (".ttf", ".otf", ".ttc"):
                    stems.add(f.stem.lower().replace(" ", "").replace("_", ""))
        except OSError:
            continue
    return stems


def _fonts() -> tuple[str, dict[str, dict[str, object]]]:
    families = _families_fc_list()
    source = "fc-list" if families is not None else "dossiers de polices"
    stems = _font_files() if families is None else set()
    out: dict[str, dict[str, object]] = {}
    for need in FONTS:
        if families is not None:
            own = need.name.lower() in families
            twin = need.twin.lower() in families
        else:
            own = any(s in stems for s in need.files)
            twin = any(s in stems for s in need.twin_files)
        out[need.name] = {"installed": own, "twin": need.twin, "twin_installed": twin}
    return source, out


def _cache() -> dict[str, object]:
    folder = libreoffice.cache_dir()
    if folder is None:
        return {"dir": None, "enabled": False, "files": 0, "size_mb": 0.0}
    files = list(folder.glob("*.pdf")) if folder.is_dir() else []
    size = sum(f.stat().st_size for f in files if f.is_file())
    return {"dir": str(folder), "enabled": True, "files": len(files),
            "size_mb": round(size / 1e6, 1)}


def diagnose() -> dict[str, object]:
    """Facts about this machine, and the advice that follows from them (JSON-ready)."""
    system = _system()
    exe = libreoffice.find_soffice()
    version = libreoffice.soffice_version() if exe else None
    source, fonts = _fonts()
    advice: list[dict[str, str]] = []
    if not exe:
        advice.append({"what": "LibreOffice (mise en page des DOCX que Word n'a pas paginés)",
                       "how": _install_lo(system)})
    missing = [FONTS[i] for i, f in enumerate(fonts.values())
               if not f["installed"] and not f["twin_installed"]]
    if missing:
        advice.append({"what": "polices " + ", ".join(f"{n.twin} (pour {n.name})"
                                                     for n in missing),
                       "how": _install_fonts(system, missing)})
    # batch keeps one LibreOffice per worker when its Python bridge is there (issue 10).
    from cipcheck.readers import lo_server

    shared = bool(exe) and lo_server.available()
    if exe and not shared:
        advice.append({"what": "pont Python de LibreOffice (un seul LibreOffice pour toute "
                               "une cohorte avec batch, environ 3 fois plus rapide)",
                       "how": "sudo apt-get install python3-uno" if system == "linux-debian"
                       else "le module uno de LibreOffice, et pip install unoserver"})
    word = "word (pagination enregistrée par Word, quand elle est cohérente)"
    if exe and missing:
        pages = f"{word}, sinon libreoffice (polices de remplacement : pages à vérifier)"
    elif exe:
        pages = f"{word}, sinon libreoffice"
    else:
        pages = f"{word}, sinon estimation"
    return {
        "system": system,
        "platform": platform.platform(terse=True),
        "libreoffice": {"found": bool(exe), "path": exe, "version": version},
        "batch_libreoffice": {"shared": shared,
                              "python": lo_server.uno_python() if shared else None},
        "fonts_source": source,
        "fonts": fonts,
        "cache": _cache(),
        "pages_auto": pages,
        "agreement_with_word": {
            name: agreement_fr(method) for name, method in (
                ("word", PagesMethod.DOCX_RENDERED), ("libreoffice", PagesMethod.LIBREOFFICE),
                ("estimate", PagesMethod.DOCX_ESTIMATED))},
        "advice": advice,
    }


def _install_lo(system: str) -> str:
    if system == "linux-debian":
        return "sudo apt-get install libreoffice-writer-nogui"
    if system == "linux-fedora":
        return "sudo dnf install libreoffice-writer"
    if system == "macos":
        return f"brew install --cask libreoffice, ou {LO_DOWNLOAD}"
    if system == "windows":
        return f"télécharger LibreOffice : {LO_DOWNLOAD}"
    return f"paquet LibreOffice Writer de votre distribution, ou {LO_DOWNLOAD}"


def _install_fonts(system: str, needs: list[_FontNeed]) -> str:
    if system == "linux-debian":
        return "sudo apt-get install " + " ".join(dict.fromkeys(n.debian for n in needs))
    if system == "linux-fedora":
        return "sudo dnf install " + " ".join(dict.fromkeys(n.fedora for n in needs))
    if system == "macos":
        return "brew install --cask " + " ".join(dict.fromkeys(n.brew for n in needs))
    if system == "windows":
        return ("Arial et Times New Roman viennent avec Windows, Calibri et Cambria avec "
                "Microsoft Office")
    return "polices Liberation, Carlito et Caladea de votre distribution"


def render(diag: dict[str, object], console: Console) -> None:
    """Print the diagnosis as a French table, then what to install."""
    lo: dict[str, object] = diag["libreoffice"]  # type: ignore[assignment]
    fonts: dict[str, dict[str, object]] = diag["fonts"]  # type: ignore[assignment]
    cache: dict[str, object] = diag["cache"]  # type: ignore[assignment]
    table = Table(title="cipcheck doctor — pagination des DOCX", title_justify="left")
    table.add_column("Élément", style="bold")
    table.add_column("État")
    table.add_column("Effet")
    if lo["found"]:
        table.add_row("LibreOffice", f"[green]trouvé[/] : {lo['path']}\n{lo['version'] or ''}",
                      "pages mises en page par LibreOffice quand Word ne les a pas "
                      "enregistrées (ce n'est pas Word : voir l'accord mesuré ci-dessous)")
    else:
        table.add_row("LibreOffice", "[red]absent[/]",
                      "pages lues dans la pagination de Word, sinon estimées")
    for name, f in fonts.items():
        table.add_row(f"Police {name}", *_font_row(name, f, bool(lo["found"])))
    if lo["found"]:
        shared: dict[str, object] = diag["batch_libreoffice"]  # type: ignore[assignment]
        if shared["shared"]:
            table.add_row("LibreOffice pour batch", f"[green]partagé[/] ({shared['python']})",
                          "un seul LibreOffice par tâche pour toute la cohorte")
        else:
            table.add_row("LibreOffice pour batch", "[yellow]un par fichier[/]",
                          "chaque DOCX relance LibreOffice (1 à 2 s de plus par fichier)")
    if cache["enabled"]:
        table.add_row("Cache des rendus", f"{cache['dir']}\n{cache['files']} fichier(s), "
                      f"{cache['size_mb']} Mo", "une nouvelle vérification est immédiate")
    else:
        table.add_row("Cache des rendus", "désactivé (CIPCHECK_NO_CACHE)",
                      "chaque vérification refait la mise en page")
    table.add_row("Source des pages (--pages auto)", str(diag["pages_auto"]), "")
    said: dict[str, str | None] = diag["agreement_with_word"]  # type: ignore[assignment]
    for name, label in (("word", "Pagination de Word"), ("libreoffice", "LibreOffice"),
                        ("estimate", "Estimation")):
        table.add_row(f"Accord avec Word : {label}", str(said.get(name) or "non mesuré"), "")
    console.print(table)
    advice: list[dict[str, str]] = diag["advice"]  # type: ignore[assignment]
    if not advice:
        console.print("[green]Rien à installer :[/] les pages des DOCX seront celles que "
                      "Word a enregistrées, sinon celles de LibreOffice, avec les polices "
                      "du dossier ou leurs équivalentes.")
        return
    console.print("[bold]Pour des pages plus sûres, installez :[/]")
    for item in advice:
        console.print(f"  • {item['what']} : [cyan]{item['how']}[/]", soft_wrap=True)


def _font_row(name: str, f: dict[str, object], libreoffice: bool) -> tuple[str, str]:
    """State and effect of one font of the dossiers, or of its metric twin."""
    if f["installed"]:
        return f"[green]{name} installée[/]", "la police du dossier"
    if f["twin_installed"]:
        return f"[green]{f['twin']}[/] (remplace {name})", "mêmes largeurs de caractères"
    return (f"[yellow]ni {name} ni {f['twin']}[/]",
            "LibreOffice la remplace par une police plus large : trop de pages"
            if libreoffice else "sans effet sur l'estimation")
