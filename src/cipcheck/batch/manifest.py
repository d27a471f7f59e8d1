"""The trainer's CSV of the cohort: one row per file, with candidate, rules, route, hours.

Written by hand or exported from Excel (BOM, cp1252, « ; » separator, French headers).
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cipcheck.batch.errors import BatchUsageError
from cipcheck.errors import system_reason
from cipcheck.i18n import N_


@dataclass(frozen=True)
class ManifestRow:
    line: int
    file: str
    candidate: str | None = None
    rules: str | None = None
    route: str | None = None
    hours: float | None = None
    problems: tuple[str, ...] = ()  # French, N_-marked: translated with the report


_COLUMNS = {
    "file": "file", "fichier": "file", "chemin": "file", "path": "file",
    "candidate": "candidate", "candidat": "candidate", "candidate_name": "candidate",
    "nom": "candidate", "name": "candidate", "stagiaire": "candidate",
    "rules": "rules", "regles": "rules", "jeu de regles": "rules", "rule set": "rules",
    "route": "route", "parcours": "route",
    "hours": "hours", "heures": "hours",
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in text if not unicodedata.combining(c)).replace("_", " ").strip()


def _decode(data: bytes) -> str:
    # Excel writes UTF-8 with a BOM ("CSV UTF-8") or, in France, cp1252 ("CSV (séparateur:
    # point-virgule)"); utf-8-sig reads both UTF-8 flavours.
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_hours(text: str) -> float:
    """``"392"``, ``"392,5"``, ``"1 200 h"``, ``"392 heures"`` → a number of hours."""
    cleaned = text.strip().lower()
    for unit in ("heures", "heure", "h"):
        if cleaned.endswith(unit):
            cleaned = cleaned[: -len(unit)]
            break
    for space in (" ", "\u00a0", "\u202f"):
        cleaned = cleaned.replace(space, "")
    value = float(cleaned.replace(",", "."))
    if value < 0 or value != value:
        raise ValueError(text)
    return value


def read_manifest(path: Path) -> list[ManifestRow]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BatchUsageError(N_("manifeste illisible : {path} ({error}).", path=path,
                                 error=system_reason(exc))) from exc
    text = _decode(data)
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip()), "")
    if not first:
        raise BatchUsageError(N_("manifeste vide : {path}.", path=path))
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(first))
    rows = list(reader)
    header_index = next(i for i, r in enumerate(rows) if any(c.strip() for c in r))
    header = [_COLUMNS.get(_fold(c)) for c in rows[header_index]]
    if "file" not in header:
        raise BatchUsageError(N_(
            "manifeste {path} : colonne « file » (ou « fichier ») absente ; colonnes "
            "attendues : file, candidate, rules, route, hours.", path=path))
    out: list[ManifestRow] = []
    for number, raw in enumerate(rows[header_index + 1:], start=header_index + 2):
        cells: dict[str, str] = {}
        for key, value in zip(header, raw, strict=False):
            if key and key not in cells:
                cells[key] = value.strip()
        if cells.get("file"):  # else a blank line Excel leaves at the end (";;;;")
            out.append(_row(number, cells))
    return out


def _row(number: int, cells: dict[str, str]) -> ManifestRow:
    problems: list[str] = []
    route = cells.get("route", "").lower() or None
    if route is not None and route not in ("formation", "vae"):
        problems.append(N_("parcours « {route} » inconnu (formation ou vae)",
                           route=cells["route"]))
        route = None
    hours = None
    if cells.get("hours"):
        try:
            hours = parse_hours(cells["hours"])
        except ValueError:
            problems.append(N_("heures « {hours} » illisibles (un nombre, ex. 392 ou 392,5)",
                               hours=cells["hours"]))
    return ManifestRow(
        line=number, file=cells["file"], candidate=cells.get("candidate") or None,
        rules=cells.get("rules") or None, route=route, hours=hours,
        problems=tuple(problems))
