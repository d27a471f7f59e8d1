"""Variant: titre_dijon with numbered headings from a real multilevel list (numPr on Heading 1/2). Expected: pass, same as dijon."""
from pathlib import Path
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
src = Path(__file__).parent / "dossiers" / "titre_dijon_mission_locale.docx"
out = Path(__file__).parent / "variants"; out.mkdir(exist_ok=True)
doc = Document(src)
numbering = doc.part.numbering_part.element
absn = parse_xml(f'<w:abstractNum {W} w:abstractNumId="77"><w:multiLevelType w:val="multilevel"/>'
                 f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>'
                 f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>')
first_num = numbering.find(qn("w:num"))
(first_num.addprevious(absn) if first_num is not None else numbering.append(absn))
numbering.append(parse_xml(f'<w:num {W} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
for name, lvl in (("Heading 1", 0), ("Heading 2", 1)):
    ppr = doc.styles[name].element.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {W}><w:ilvl w:val="{lvl}"/><w:numId w:val="77"/></w:numPr>'))
doc.save(out / "titre_dijon_numerotation_multiniveau.docx")
