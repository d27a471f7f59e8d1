"""Finds French sentences left in an English output (``--lang en``).

What legitimately stays French is taken out first: quotations (« … », "…"), file paths,
and any run of words found in the texts the report may show as they are — the rule
sets' and the referential's (RE titles, competences, criteria, content items and their
quotations: runs of 2 words or more) and the dossier's own text (headings, interview
titles: runs of 3 words or more, so that a French sentence of the code is not excused
by a dossier that happens to use two of its words together). What remains is French
when it holds accented words or French function words: two of them, one accented.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable


def _words(text: str) -> set[str]:
    return set(text.split())


_FUNCTION_WORDS = _words(
    "le la les des du une est sont pas dans pour avec sur qui que aucun aucune vous votre "
    "vos ou et au aux sans selon entre moins plus cette ces il elle ils leur été être "
    "fichier introuvable trouvé trouvée trouvés repéré repérée repérées vérifiez ajoutez "
    "indiquez enregistrez exportez ouvrez remplacez supprimez de partie attendu attendus "
    "seulement texte heures jours mise forme")
# Dates and ranks the report rebuilds from the dossier's words (« deuxième entretien,
# 17 février »): the dossier's, not the code's.
_DOSSIER_WORDS = _words(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "premier première deuxième troisième quatrième cinquième sixième septième huitième "
    "neuvième dixième second seconde dernier entretien entretiens")
_ACCENTED = re.compile(r"[éèêàçùôîâûœ]", re.I)
_TOKEN = re.compile(r"\w[\w'-]*", re.U)  # words only: punctuation varies between cells


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("’", "'")).strip().lower()


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(_norm(text))


class FrenchDetector:
    def __init__(self, data: Iterable[str] = (), dossier: str = "") -> None:
        self._data = " \n ".join(" ".join(_tokens(a)) for a in data if a)
        self._dossier = " ".join(_tokens(dossier))
        self._data_words = set(self._data.split())

    def _known(self, words: list[str]) -> list[str]:
        """``words`` without the runs that the rule sets or the dossier contain."""
        out, i = [], 0
        while i < len(words):
            end = i
            for blob, least in ((self._data, 2), (self._dossier, 3)):
                j = i + least
                while j <= len(words) and f" {' '.join(words[i:j])} " in f" {blob} ":
                    end = max(end, j)
                    j += 1
            if end > i:
                i = end
            else:
                out.append(words[i])
                i += 1
        return out

    def remaining(self, line: str) -> list[str]:
        line = html.unescape(re.sub(r"<[^>]+>", " ", line))
        line = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", " ", line)
        line = re.sub(r"«.*$|^[^«]*»", " ", line)  # a quotation cut by a line break
        line = re.sub(r"\S*[/\\]\S*", " ", line)  # paths
        line = re.sub(r"[│┃┌┐└┘─━╭╮╰╯|•]", " ", line)  # table and panel borders
        return self._known(_tokens(line))

    def is_french(self, line: str) -> bool:
        words = [w for w in self.remaining(line)
                 if not w[0].isdigit() and w not in _DOSSIER_WORDS]
        accented = [w for w in words if _ACCENTED.search(w)]
        function = [w for w in words if w in _FUNCTION_WORDS]
        return (len(accented) >= 1 and len(accented) + len(function) >= 2) or len(function) >= 3

    def _data_cell(self, cell: str) -> bool:
        """A table cell whose every word is a word of the rule sets: a piece of a folded
        label or list of phrases (« d'amélioration », « amélior* ~ pratique »)."""
        words = _tokens(cell)
        return bool(words) and all(w in self._data_words or w.isdigit() for w in words)

    def sentences(self, text: str) -> list[str]:
        """The lines that read as French once the allowed texts are taken out."""
        found = []
        for raw in text.splitlines():
            cells = re.split(r"[│┃]", raw) if ("│" in raw or "┃" in raw) else [raw]
            kept = " │ ".join(c for c in cells if not self._data_cell(c))
            if self.is_french(kept):
                found.append(raw.strip())
        return found
