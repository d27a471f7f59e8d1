"""Guides of the starter dossier left in a dossier: not the candidate's text.

``cipcheck new`` writes, under each heading, what the RE asks, in the paragraph style
``GUIDE_STYLE`` and led by ``GUIDE_MARK``. They must not count as the candidate's own
words (a guide that lists « cartographie du réseau » would make that content « found »),
and the candidate must be reminded to delete them before handing the dossier in.
"""

from __future__ import annotations

from dataclasses import replace

from cipcheck.checkspec import WARN, CheckSpec, Emits
from cipcheck.document import Block, Document
from cipcheck.findings import Finding, Status

GUIDE_STYLE = "Consigne cipcheck"
GUIDE_MARK = "✎"


def is_guide(block: Block) -> bool:
    return block.style == GUIDE_STYLE or block.text.lstrip().startswith(GUIDE_MARK)


def without_guides(doc: Document) -> tuple[Document, tuple[Block, ...]]:
    guides = tuple(b for b in doc.blocks if is_guide(b))
    if not guides:
        return doc, ()
    kept = tuple(b for b in doc.blocks if not is_guide(b))
    return replace(doc, blocks=kept), guides


def finding(guides: tuple[Block, ...], lang: str) -> Finding:
    pages = sorted({b.page for b in guides})
    where = ", ".join(str(p) for p in pages[:10]) + ("…" if len(pages) > 10 else "")
    n = len(guides)
    if lang == "en":
        return Finding(
            id="structure.template_guides", status=Status.WARN, page=pages[0],
            actual=str(n),
            message=f"{n} guide paragraph(s) of the cipcheck template are still in the "
                    f"dossier (p. {where}); they were not counted as your text.",
            hint=f"Delete the paragraphs in the « {GUIDE_STYLE} » style before handing "
                 "the dossier in.")
    return Finding(
        id="structure.template_guides", status=Status.WARN, page=pages[0], actual=str(n),
        message=f"{n} consigne(s) du modèle cipcheck sont encore dans le dossier "
                f"(p. {where}) ; elles n'ont pas été comptées comme votre texte.",
        hint=f"Supprimez les paragraphes de style « {GUIDE_STYLE} » avant de rendre le "
             "dossier.")


SPECS = (CheckSpec("structure.template_guides", emits=(
    Emits("structure.template_guides", (WARN,),
          "guide paragraphs of the `cipcheck new` starter still in the dossier (not counted "
          "as the candidate's text)"),)),)
