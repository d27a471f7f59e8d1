"""structure.*: the parts are all there, once each and in order; annexes are found."""

from __future__ import annotations

from cipcheck.checks.base import Context
from cipcheck.checkspec import FAIL, PASS, WARN, CheckSpec, Emits
from cipcheck.findings import Finding, Status
from cipcheck.i18n import N_
from cipcheck.segmenter import Heading

HEADING_HINT = N_(
    "Donnez à chaque partie un titre sur sa propre ligne, par exemple « Partie {n} – {title} » "
    "(style Titre 1 de préférence)."
)


def check(ctx: Context) -> list[Finding]:
    d = ctx.dossier
    out: list[Finding] = []
    titles = _titles_match_numbers(ctx)
    swapped = any(f.id == "structure.order" for f in titles)
    if ctx.rules.parts:
        for part in ctx.rules.parts:
            span = d.parts.get(part.number)
            unread = d.unread.get(part.number)
            if span is None and unread is not None:
                out.append(Finding(
                    id="structure.parts", status=Status.WARN, part=part.number,
                    page=unread.block.page,
                    message=ctx._("Partie {number} non reconnue ({title}) : la ligne « {line} » "
                                  "(page {page}) a l'allure d'un titre de partie, mais ne dit "
                                  "pas laquelle.", number=part.number, title=part.title,
                                  line=_short(unread.title.strip(), 80),
                                  page=unread.block.page),
                    expected=ctx._("un titre de partie {number}", number=part.number),
                    actual=ctx._("titre non reconnu"),
                    hint=ctx._(HEADING_HINT, n=part.number, title=part.title),
                ))
            elif span is None:
                out.append(Finding(
                    id="structure.parts", status=Status.FAIL, part=part.number,
                    message=ctx._("Partie {number} introuvable ({title}).", number=part.number,
                                  title=part.title),
                    expected=ctx._("un titre de partie {number}", number=part.number),
                    actual=ctx._("aucun titre reconnu"),
                    hint=ctx._(HEADING_HINT, n=part.number, title=part.title),
                ))
            else:
                out.append(Finding(
                    id="structure.parts", status=Status.PASS, part=part.number,
                    message=ctx._("Partie {number} trouvée page {start_page} : « {title} ».",
                                  number=part.number, start_page=span.start_page,
                                  title=_short(span.heading.title)),
                    page=span.start_page,
                ))
        for number, heads in sorted(d.duplicates.items()):
            out.append(_duplicate(ctx, number, heads))
        if d.out_of_order:
            out.append(_order(ctx))
        elif not swapped:
            out.append(Finding(
                id="structure.order", status=Status.PASS,
                message=ctx._("Les parties trouvées sont dans l'ordre."),
            ))
    out.extend(titles)
    if d.annex_start is not None:
        page = int(d.annex_start) + 1
        out.append(Finding(
            id="structure.annexes", status=Status.PASS, page=page,
            message=ctx._("Annexes repérées à partir de la page {page}.", page=page),
        ))
    else:
        out.append(Finding(
            id="structure.annexes", status=Status.PASS,
            message=ctx._("Aucune annexe repérée (titre « Annexes » absent) : tout le document "
                          "compte dans les pages hors annexes."),
        ))
    front = d.front_matter_pages
    if front and not ctx.rules.pages.count_front_matter:
        listed = ", ".join(str(p) for p in front)
        out.append(Finding(
            id="structure.front_matter", status=Status.PASS,
            message=ctx._("Page(s) de garde et sommaire ({listed}) non comptées dans les pages "
                          "hors annexes (le référentiel ne précise pas ; réglable dans le jeu de "
                          "règles).", listed=listed),
        ))
    return out


def _short(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _titles_match_numbers(ctx: Context) -> list[Finding]:
    """A part numbered 5 whose title is clearly part 6's (parts swapped, numbers kept)."""
    from cipcheck.segmenter import keyword_score

    claims: dict[int, int] = {}  # part number -> the part its title belongs to
    spans = {}
    for number, span in sorted(ctx.dossier.parts.items()):
        own = ctx.rules.part(number)
        if own is None or not own.keywords:
            continue
        title = span.heading.title
        if keyword_score(title, own) > 0:
            continue
        other = max((p for p in ctx.rules.parts if p.number != number),
                    key=lambda p: keyword_score(title, p), default=None)
        if other is not None and keyword_score(title, other) >= 2:
            claims[number] = other.number
            spans[number] = (span, title, other)
    out = []
    for number, other_number in claims.items():
        span, title, other = spans[number]
        # Two parts that each carry the other's title were swapped: the order fails.
        swapped = claims.get(other_number) == number
        if swapped:
            out.append(Finding(
                id="structure.order", status=Status.FAIL, part=number, page=span.start_page,
                message=ctx._("Parties {number} et {other_number} inversées : la partie {number} "
                              "(« {title} ») traite le sujet de la partie {other_number}.",
                              number=number, other_number=other_number, title=_short(title)),
                hint=ctx._("Remettez les parties dans l'ordre du référentiel d'évaluation.")))
        else:
            out.append(Finding(
                id="structure.titles", status=Status.WARN, part=number,
                page=span.start_page,
                message=ctx._("La partie {number} (« {title} ») semble traiter le sujet de la "
                              "partie {number_2} ({title_2}).", number=number,
                              title=_short(title), number_2=other.number, title_2=other.title),
                hint=ctx._("Vérifiez l'ordre des parties : le référentiel fixe le sujet de "
                           "chaque numéro."),
            ))
    return out


def _place(ctx: Context, h: Heading) -> str:
    return ctx._("page {page} : « {title} »", page=h.block.page, title=_short(h.title, 70))


def _duplicate(ctx: Context, number: int, heads: tuple[Heading, ...]) -> Finding:
    """The same part announced twice: a failure when every announcement is written as a
    heading; when one is a plain line (it may be a sentence that names the part), a
    warning that shows both places."""
    hint = ctx._("Vérifiez la numérotation des titres de parties : chaque numéro ne doit servir "
                 "qu'une fois.")
    if all(h.sure for h in heads):
        pages = ", ".join(str(h.block.page) for h in heads)
        return Finding(
            id="structure.duplicate", status=Status.FAIL, part=number,
            message=ctx._("La partie {number} apparaît {n_heads} fois (pages {pages}).",
                          number=number, n_heads=len(heads), pages=pages),
            hint=hint)
    places = " ; ".join(_place(ctx, h) for h in heads)
    return Finding(
        id="structure.duplicate", status=Status.WARN, part=number,
        page=heads[-1].block.page,
        message=ctx._("La partie {number} semble annoncée {n_heads} fois ({places}). Si l'une de "
                      "ces lignes est une phrase du texte, ce n'est pas un problème.",
                      number=number, n_heads=len(heads), places=places),
        hint=ctx._("Confirmez que chaque partie n'a qu'un titre ; mettez les titres de parties "
                   "en style Titre 1 pour lever le doute."))


def _order(ctx: Context) -> Finding:
    """Parts out of order: a failure on headings written as headings, a warning that
    names the places when one of them is a plain line."""
    d = ctx.dossier
    spans = sorted(d.parts.values(), key=lambda s: s.start)
    order = " → ".join(str(s.number) for s in spans)
    hint = ctx._("Remettez les parties dans l'ordre du référentiel d'évaluation.")
    # The headings that make the order wrong: each late number and those before it
    # that are higher.
    involved = []
    for k, span in enumerate(spans):
        if span.number in d.out_of_order:
            involved += [s for s in spans[:k] if s.number > span.number] + [span]
    if all(s.heading.sure for s in involved):
        return Finding(
            id="structure.order", status=Status.FAIL, part=d.out_of_order[0],
            message=ctx._("Les parties ne sont pas dans l'ordre : {order}.", order=order),
            expected="1 → " + str(len(ctx.rules.parts)), actual=order, hint=hint)
    places = " ; ".join(_place(ctx, s.heading) for s in involved)
    return Finding(
        id="structure.order", status=Status.WARN, part=d.out_of_order[0],
        page=involved[-1].start_page,
        message=ctx._("Les parties semblent dans le désordre ({order}) : {places}. Une de ces "
                      "lignes n'a pas l'allure d'un titre ; si c'est une phrase du texte, "
                      "ignorez cet avertissement.", order=order, places=places),
        expected="1 → " + str(len(ctx.rules.parts)), actual=order, hint=hint)


SPECS = (CheckSpec(
    "structure", run=check,
    reads=("parts.number", "parts.title", "parts.keywords", "pages.count_front_matter"),
    emits=(
        Emits("structure.parts", (PASS, WARN, FAIL),
              "one part of the rule set: found (with its page) or missing; warns when a line "
              "written like the part headings stands where it should open"),
        Emits("structure.order", (PASS, WARN, FAIL),
              "the parts found are in order; out of order or two parts swapped (warns when "
              "one of the headings is a plain line)"),
        Emits("structure.duplicate", (WARN, FAIL), "a part announced more than once"),
        Emits("structure.titles", (WARN,),
              "a part whose title is the subject of another part"),
        Emits("structure.annexes", (PASS,), "where the annexes start, or that none were found"),
        Emits("structure.front_matter", (PASS,),
              "cover and table of contents pages, not counted in the body pages"),
    )),)
