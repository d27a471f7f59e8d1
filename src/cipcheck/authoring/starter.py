"""``cipcheck new``: a starter dossier built from the rule set and its referential.

Everything the candidate reads in it comes from the data (part titles and page ranges,
what the RE asks each part to present, the competences assessed, the hours), never
from text written here, so a trainer's own rule set gives its own template. The guides
under each heading are in their own paragraph style (``GUIDE_STYLE``): ``check``
ignores them and reminds the candidate to delete those left.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from lxml import etree

from cipcheck.authoring import wordformat as wf
from cipcheck.authoring.guides import GUIDE_MARK, GUIDE_STYLE
from cipcheck.referential import Referential, referential_of
from cipcheck.ruleset import ContentItem, RuleSet


@dataclass(frozen=True)
class Texts:
    """The few words of the template itself, per language; the rest is data."""

    cover_title: str
    name: str
    certification: str
    session: str
    centre: str
    hours: str
    days: str
    toc: str
    toc_placeholder: str
    pages: str
    pages_max: str
    present: str
    at_least: str
    interviews: str
    competences: str
    delete: str
    annexes: str
    annexes_max: str
    part: str
    production: str


TEXTS = {
    "fr": Texts(
        cover_title="Dossier professionnel", name="Nom et prénom : …",
        certification="Certification : {title}", session="Session : …",
        centre="Centre de formation : …", hours="Période(s) en entreprise : … heures",
        days="Période(s) de stage : … jours", toc="Sommaire",
        toc_placeholder="Clic droit ici puis « Mettre à jour les champs » pour afficher "
        "le sommaire.",
        pages="Cette partie compte entre {min} et {max} pages.",
        pages_max="Le dossier compte entre {min} et {max} pages hors annexes.",
        present="Le référentiel d'évaluation demande de présenter :",
        at_least="au moins {n}", interviews="entretiens, chacun résumé",
        competences="Compétences évaluées :",
        delete="Supprimez ces consignes (style « {style} ») au fur et à mesure de la "
        "rédaction.",
        annexes="Annexes", annexes_max="Au plus {max} pages d'annexes.", part="Partie",
        production="Production"),
    "en": Texts(
        cover_title="Professional dossier", name="Name: …",
        certification="Certification: {title}", session="Session: …",
        centre="Training centre: …", hours="Période(s) en entreprise : … heures",
        days="Période(s) de stage : … jours", toc="Sommaire",
        toc_placeholder="Right-click here and choose « Update field » to show the table "
        "of contents.",
        pages="This part has between {min} and {max} pages.",
        pages_max="The dossier has between {min} and {max} pages without annexes.",
        present="The assessment rules ask this part to present:",
        at_least="at least {n}", interviews="interviews, each summarised",
        competences="Competences assessed:",
        delete="Delete these guides (style « {style} ») as you write.",
        annexes="Annexes", annexes_max="At most {max} pages of annexes.", part="Partie",
        production="Production"),
}


class StarterError(Exception):
    """The template cannot be written (exit 2)."""


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if value == int(value) else str(value).replace(".", ",")


def _format_styles(doc: DocxDocument, rules: RuleSet) -> None:
    """Arial 11 at 1,15 from the document defaults down, theme fonts included."""
    family = rules.format.font.family if rules.format.font else "Arial"
    size = rules.format.size.points if rules.format.size else 11.0
    spacing = rules.format.line_spacing.multiple if rules.format.line_spacing else 1.15
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    wf.set_font(rpr, family, all_scripts=True)
    wf.set_size(rpr, size)
    wf.set_language(rpr)
    ppr_default = defaults.find(qn("w:pPrDefault"))
    if ppr_default is None:
        ppr_default = etree.SubElement(defaults, qn("w:pPrDefault"))
    ppr = ppr_default.find(qn("w:pPr"))
    if ppr is None:
        ppr = etree.SubElement(ppr_default, qn("w:pPr"))
    wf.set_line_spacing(ppr, spacing)
    for style in doc.styles:
        el = style.element
        r = el.find(qn("w:rPr"))
        if r is not None and r.find(qn("w:rFonts")) is not None:
            wf.set_font(r, family, all_scripts=True)
        if style.type == WD_STYLE_TYPE.PARAGRAPH:
            style.paragraph_format.line_spacing = spacing
    normal = doc.styles["Normal"]
    normal.font.size = Pt(size)
    theme = next((rel.target_part for rel in doc.part.rels.values()
                  if rel.reltype == RT.THEME), None)
    if theme is not None:
        theme._blob, _ = wf.theme_fonts(theme.blob, family)  # noqa: SLF001 - a plain Part
    for name in ("Heading 1", "Heading 2", "Title", "TOC Heading"):
        doc.styles[name].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    guide = doc.styles.add_style(GUIDE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    guide.base_style = normal
    guide.font.italic = True
    guide.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    guide.paragraph_format.left_indent = Cm(0.5)


def _page_setup(doc: DocxDocument) -> None:
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2.5)


def _page_break(doc: DocxDocument) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# The elements of w:settings that follow w:updateFields in the schema (CT_Settings).
_AFTER_UPDATE_FIELDS = frozenset({
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
    "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
    "decimalSymbol", "listSeparator"})


def _toc(doc: DocxDocument, texts: Texts) -> None:
    doc.add_paragraph(texts.toc, style="TOC Heading")
    paragraph = doc.add_paragraph()
    run = paragraph.add_run()
    begin = etree.SubElement(run._r, qn("w:fldChar"))  # noqa: SLF001
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    instr = etree.SubElement(paragraph.add_run()._r, qn("w:instrText"))  # noqa: SLF001
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = ' TOC \\o "1-2" \\h \\z \\u '
    sep = etree.SubElement(paragraph.add_run()._r, qn("w:fldChar"))  # noqa: SLF001
    sep.set(qn("w:fldCharType"), "separate")
    paragraph.add_run(texts.toc_placeholder)
    end = etree.SubElement(paragraph.add_run()._r, qn("w:fldChar"))  # noqa: SLF001
    end.set(qn("w:fldCharType"), "end")
    # Word offers to refresh the fields on opening, so the sommaire fills itself.
    settings = doc.settings.element
    update = settings.find(qn("w:updateFields"))
    if update is None:
        # Word rejects settings out of schema order: updateFields goes before these.
        update = etree.Element(qn("w:updateFields"))
        after = next((el for el in settings
                      if etree.QName(el).localname in _AFTER_UPDATE_FIELDS), None)
        if after is None:
            settings.append(update)
        else:
            after.addprevious(update)
    update.set(qn("w:val"), "true")


def _guide(doc: DocxDocument, text: str) -> Paragraph:
    return doc.add_paragraph(f"{GUIDE_MARK} {text}", style=GUIDE_STYLE)


def _item_line(item: ContentItem, texts: Texts) -> str:
    if item.count is not None:
        return f"{texts.at_least.format(n=item.count.min)} {texts.interviews}"
    return item.label


def _guides(doc: DocxDocument, texts: Texts, items: tuple[ContentItem, ...],
            competences: tuple[str, ...], ref: Referential | None) -> None:
    if items:
        _guide(doc, texts.present)
        for item in items:
            _guide(doc, f"– {_item_line(item, texts)}")
    if competences:
        _guide(doc, texts.competences)
        for cid in competences:
            comp = ref.competence(cid) if ref else None
            _guide(doc, f"– {cid} : {comp.title}" if comp else f"– {cid}")


def build(rules: RuleSet, lang: str = "fr") -> DocxDocument:
    texts = TEXTS.get(lang, TEXTS["fr"])
    ref = referential_of(rules)
    doc = Document()
    _format_styles(doc, rules)
    _page_setup(doc)
    # Cover page: the fields the jury looks for, to fill in.
    doc.add_paragraph(texts.cover_title, style="Title")
    doc.add_paragraph(rules.title, style="Subtitle")
    for line in (texts.name, texts.certification.format(title=rules.short_title or rules.id),
                 texts.session, texts.centre):
        doc.add_paragraph(line)
    if rules.hours is not None and rules.hours.routes.get("formation") is not None:
        doc.add_paragraph(texts.days if rules.hours.unit == "days" else texts.hours)
    _page_break(doc)
    _toc(doc, texts)
    body = rules.pages.body
    if body is not None and body.min is not None and body.max is not None:
        _guide(doc, texts.pages_max.format(min=_num(body.min), max=_num(body.max)))
    _guide(doc, texts.delete.format(style=GUIDE_STYLE))
    if rules.parts:
        for part in rules.parts:
            _page_break(doc)
            doc.add_heading(f"{texts.part} {part.number} – {part.title}", level=1)
            if part.pages is not None and part.pages.max is not None:
                _guide(doc, texts.pages.format(min=_num(part.pages.min),
                                               max=_num(part.pages.max)))
            _guides(doc, texts, part.content, part.competences, ref)
            doc.add_paragraph()
    else:
        _page_break(doc)
        doc.add_heading(rules.short_title or texts.production, level=1)
        _guides(doc, texts, rules.content, rules.competences, ref)
        doc.add_paragraph()
    _page_break(doc)
    doc.add_heading(texts.annexes, level=1)
    annexes = rules.pages.annexes
    if annexes is not None and annexes.max is not None:
        _guide(doc, texts.annexes_max.format(max=_num(annexes.max)))
    return doc


def write(rules: RuleSet, target: Path, lang: str = "fr", force: bool = False) -> Path:
    if target.suffix.lower() != ".docx":
        raise StarterError(f"le modèle est un document Word : nommez-le en .docx ({target}).")
    if target.exists() and not force:
        raise StarterError(f"{target} existe déjà : choisissez un autre nom ou ajoutez --force.")
    doc = build(rules, lang)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    doc.save(str(tmp))
    tmp.replace(target)
    return target


__all__ = ["GUIDE_MARK", "GUIDE_STYLE", "StarterError", "build", "write"]
