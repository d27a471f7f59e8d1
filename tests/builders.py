"""Build small Documents directly, to test segmentation and checks without files."""

from __future__ import annotations

from cipcheck.document import Block, Document, PagesMethod, Span


def block(text: str, page: int, y: float = 0.3, *, size: float = 11.0, font: str = "Arial",
          bold: bool = False, level: int | None = None, first: bool = False,
          spacing: float | None = 1.15, toc: bool = False, table: bool = False) -> Block:
    return Block(text=text, page=page, y=y, spans=(Span(font, size, len(text), bold),),
                 bold=bold, size=size, line_spacing=spacing, heading_level=level,
                 first_on_page=first, is_toc=toc, in_table=table)


def doc(blocks: list[Block], pages: int, kind: str = "pdf",
        method: PagesMethod = PagesMethod.PDF) -> Document:
    return Document(path="test.pdf", kind=kind, page_count=pages, pages_method=method,
                    blocks=tuple(blocks))


PARA = ("Au sein de la structure, j'ai accompagné les personnes accueillies dans leurs "
        "démarches d'insertion sociale et professionnelle, en lien avec les partenaires et")


def filler(page: int, n: int = 3, start: float = 0.3) -> list[Block]:
    return [block(PARA, page, start + 0.15 * i) for i in range(n)]


def titre_dossier(headings: dict[int, tuple[str, int]], pages: int = 52,
                  annex_page: int | None = 43, **heading_kw: object) -> Document:
    """A title dossier: cover, sommaire, intro, the given part headings (number -> (text,
    page)), conclusion and annexes; every other page holds running text."""
    blocks = [block("Dossier professionnel", 1, 0.2, size=20, bold=True),
              block("Titre professionnel Conseiller en insertion professionnelle", 1, 0.3),
              block("Période(s) en entreprise : 392 heures", 1, 0.5),
              block("Sommaire", 2, 0.1, size=14, bold=True, first=True)]
    for n, (text, page) in sorted(headings.items()):
        blocks.append(block(f"{text} ........ {page}", 2, 0.2 + 0.05 * n))
    blocks.append(block("Introduction", 3, 0.1, size=14, bold=True, first=True))
    starts = {page: (n, text) for n, (text, page) in headings.items()}
    last = annex_page or pages + 1
    for page in range(3, last):
        if page in starts:
            n, text = starts[page]
            kw = {"size": 14.0, "bold": True, "first": True, **heading_kw}
            blocks.append(block(text, page, 0.1, **kw))  # type: ignore[arg-type]
            blocks.extend(filler(page))
            if n in (2, 3):  # the RE asks for at least three interviews in parts 2 and 3
                for k, day in enumerate(("7 janvier", "28 janvier", "18 février"), 1):
                    blocks.append(block(f"Entretien n°{k} du {day}", page + k, 0.12,
                                        bold=True))
        elif page == last - 1:
            blocks.append(block("Conclusion", page, 0.1, size=14, bold=True, first=True))
            blocks.extend(filler(page, 2))
        else:
            blocks.extend(filler(page) if page != 3 else filler(page, 2, 0.4))
    if annex_page:
        blocks.append(block("Annexes", annex_page, 0.1, size=14, bold=True, first=True))
        for page in range(annex_page + 1, pages + 1):
            blocks.append(block(f"Annexe {page - annex_page} – Document", page, 0.1, bold=True,
                                first=True))
    blocks.sort(key=lambda b: (b.page, b.y))
    return doc(blocks, pages)


STANDARD_STARTS = {1: 4, 2: 11, 3: 17, 4: 23, 5: 30, 6: 35, 7: 39}
