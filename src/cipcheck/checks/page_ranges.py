"""part.pages, pages.body, pages.annexes: page counts against the rule set's ranges."""

from __future__ import annotations

from math import ceil

from cipcheck.checks.base import Context, judge_range, pages_word, range_text
from cipcheck.checkspec import FAIL, PASS, SKIP, WARN, CheckSpec, Emits
from cipcheck.document import Block
from cipcheck.findings import Finding, Status
from cipcheck.ruleset import Range
from cipcheck.segmenter import PartSpan


def _if_word_agrees(ctx: Context, status: Status | None) -> str:
    if status is not Status.WARN or ctx.page_margin <= 0:
        return ""
    return ctx._(" À faire si Word donne le même compte (le PDF exporté par Word donne les "
                 "pages exactes).")


def _advice(ctx: Context, side: str | None, what_fr: str, what_en: str,
            status: Status | None = None) -> str | None:
    if side == "max":
        return ctx._("Réduisez {what_fr} : resserrez le propos ou déplacez des documents en "
                     "annexe.", what_fr=what_fr, what_en=what_en) + _if_word_agrees(ctx, status)
    if side == "min":
        return ctx._("Développez {what_fr} : les éléments attendus par le référentiel y sont-ils "
                     "tous ?", what_fr=what_fr, what_en=what_en) + _if_word_agrees(ctx, status)
    if side == "near":
        if not ctx.estimated:
            return ctx._("Pages mises en page par LibreOffice, qui ne tombe pas toujours juste "
                         "comme Word : vérifiez dans Word, ou joignez le PDF exporté par Word "
                         "(pages exactes).")
        return ctx._("Pages estimées sans rendu : vérifiez dans Word, ou joignez le PDF exporté "
                     "par Word (pages exactes).")
    return None


def _message(ctx: Context, label_fr: str, label_en: str, value: float, rng: Range,
             status: Status, side: str | None) -> str:
    expected = range_text(ctx, rng)
    if side == "near":
        # Inside the range: say so, and which way Word could move it (blind18–20: « à la
        # limite » beside « ! à vérifier » read as « over the limit »).
        how = (ctx._("dans la mise en page de LibreOffice") if not ctx.estimated
               else ctx._("selon l'estimation sans rendu"))
        risk = (ctx._("tout près du minimum : Word peut en compter un peu moins")
                if rng.min is not None and value < rng.min + ctx.page_margin
                else ctx._("tout près du maximum : Word peut en compter un peu plus"))
        return ctx._("À vérifier dans Word : {label_fr} fait {pages_word} {how}, dans la "
                     "fourchette ({expected}) mais {risk}.", label_fr=label_fr,
                     pages_word=pages_word(ctx, value), how=how, expected=expected,
                     risk=risk, label_en=label_en)
    if status is Status.WARN and side in ("min", "max") and ctx.page_margin > 0:
        # Out of range by less than what another layout can move: the same « à vérifier
        # dans Word » as a part at the limit (blind15: 4,8 pages said « Développez » beside
        # 5,0 pages said « à vérifier »), and which side it is out on.
        how = (ctx._("dans la mise en page de LibreOffice") if not ctx.estimated
               else ctx._("selon l'estimation sans rendu"))
        out = (ctx._("un peu moins que le minimum") if side == "min"
               else ctx._("un peu plus que le maximum"))
        return ctx._("À vérifier dans Word : {label_fr} fait {pages_word} {how}, {out} "
                     "({expected} attendues).", label_fr=label_fr,
                     pages_word=pages_word(ctx, value), how=how, out=out, expected=expected,
                     label_en=label_en)
    verb = ctx._("attendu")
    return ctx._("{capitalize} : {pages_word}, {verb} {expected}.",
                 capitalize=label_fr.capitalize(), pages_word=pages_word(ctx, value), verb=verb,
                 expected=expected, capitalize_2=label_en.capitalize())


def check_parts(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    for part in ctx.rules.parts:
        if part.pages is None:
            continue
        span = ctx.dossier.parts.get(part.number)
        if span is None:
            out.append(Finding(
                id="part.pages", status=Status.SKIP, part=part.number,
                message=ctx._("Partie {number} : pages non mesurées (partie introuvable).",
                              number=part.number),
                expected=range_text(ctx, part.pages)))
            continue
        status, side = judge_range(ctx, span.pages, part.pages)
        if side == "near" and _clear_of_the_minimum(ctx, span, part.pages):
            status, side = Status.PASS, None
        label_fr, label_en = f"partie {part.number}", f"part {part.number}"
        message = _message(ctx, label_fr, label_en, span.pages, part.pages, status, side)
        touched = _pages_touched(ctx, span)
        if status is Status.FAIL and side == "min" and part.pages.min is not None \
                and touched >= part.pages.min:
            # « Partie 2 : pages 10 à 14 » — a jury leafing through counts 5 pages where
            # the text measures 4.2 (the part opens low on its first page). The RE does
            # not say which: not a failure to be sure of.
            status = Status.WARN
            message = ctx._("Partie {number} : {pages_word} de texte sur {touched} pages "
                            "(p. {first} à {last}), {expected} attendues : selon que l'on "
                            "compte la longueur du texte ou les pages entamées, elle est "
                            "trop courte ou juste.", number=part.number,
                            pages_word=pages_word(ctx, span.pages), touched=touched,
                            first=span.start_page, last=span.start_page + touched - 1,
                            expected=range_text(ctx, part.pages))
        if status is Status.FAIL and side == "max" and _next_part_missing(ctx, part.number):
            # Measured up to the next heading read: the part after it was not found, and its
            # pages may be counted here. Too long, but not surely.
            status = Status.WARN
            message = ctx._("Partie {number} : {pages_word} jusqu'au titre suivant reconnu, "
                            "{expected} attendues ; la partie {next} n'a pas été trouvée et "
                            "ses pages sont peut-être comptées ici.", number=part.number,
                            pages_word=pages_word(ctx, span.pages),
                            expected=range_text(ctx, part.pages), next=part.number + 1)
        out.append(Finding(
            id="part.pages", status=status, part=part.number, page=span.start_page,
            message=message,
            expected=range_text(ctx, part.pages), actual=pages_word(ctx, span.pages),
            hint=_advice(ctx, side, f"la partie {part.number}", f"part {part.number}",
                         status),
        ))
    return out


def _next_part_missing(ctx: Context, number: int) -> bool:
    return (ctx.rules.part(number + 1) is not None
            and number + 1 not in ctx.dossier.parts)


def _pages_touched(ctx: Context, span: PartSpan) -> int:
    """The pages the part has text on, from its heading's page to its last line's."""
    pages = [b.page for b in ctx.dossier.part_blocks(span.number) if b.text.strip()]
    return max(pages) - min(pages) + 1 if pages else 0


# Lower bounds of a paragraph's height, so that its estimated end is never deeper than
# Word would put it: at most this many characters on a line at 11 pt (a 16 cm line holds
# about 85 in Arial), and a line at least this many times its font size high, on an A4 page.
_CHARS_PER_LINE_AT_11 = 110
_LINE_HEIGHT = 1.1
_A4_HEIGHT_PT = 842.0


def _text_reach(b: Block) -> float:
    """Where a paragraph's text ends at the least, in pages from the document's start: a
    long paragraph that opens the part's last page fills it even though it starts high."""
    size = b.size or 11.0
    lines = ceil(len(b.text) / (_CHARS_PER_LINE_AT_11 * 11.0 / size))
    height = (lines - 1) * size * _LINE_HEIGHT * (b.line_spacing or 1.0) / _A4_HEIGHT_PT
    return max(b.position, b.page - 1 + b.y) + max(0.0, height)


def _clear_of_the_minimum(ctx: Context, span: PartSpan, rng: Range) -> bool:
    """A part that opens a page and ends where the next one opens a page occupies whole
    pages: another renderer changes its count only if its text moves across a page
    boundary. When the part's text reaches deeper into its last page than the source's
    margin, Word cannot bring it back onto fewer pages than the minimum, so « à vérifier »
    would be noise (the upper limit keeps its warning: how far the text runs on, which a
    lower bound of its height cannot say, would decide it)."""
    margin = ctx.page_margin
    if rng.min is None or (rng.max is not None and span.pages > rng.max - margin):
        return False
    if _held_by_page_breaks(ctx, span) >= rng.min:
        return True
    if span.start != int(span.start) or span.end != int(span.end):
        return False
    # A table row's height depends on its widest cell: only its start is sure.
    reach = [b.position if b.in_table else _text_reach(b)
             for b in ctx.dossier.part_blocks(span.number) if b.text.strip()]
    return bool(reach) and max(reach) - span.start - margin > rng.min - 1


def _held_by_page_breaks(ctx: Context, span: PartSpan) -> int:
    """The pages a part fills whatever the layout, or 0: when page breaks open its heading
    and whatever follows it, each break the part holds starts one more page in Word too
    (candidates press Ctrl+Entrée between parts and before long tables)."""
    blocks = ctx.dossier.part_blocks(span.number)
    after = span.heading.index + len(blocks)
    following = ctx.dossier.document.blocks[after:after + 1]
    if not blocks[0].page_break_before or (following and not following[0].page_break_before):
        return 0
    return 1 + sum(1 for b in blocks[1:] if b.page_break_before)


def check_body(ctx: Context) -> list[Finding]:
    rng = ctx.rules.pages.body
    if rng is None:
        return []
    value = ctx.dossier.body_pages
    status, side = judge_range(ctx, value, rng)
    return [Finding(
        id="pages.body", status=status,
        message=_message(ctx, "pages hors annexes", "body pages (excluding annexes)", value,
                         rng, status, side),
        expected=range_text(ctx, rng), actual=pages_word(ctx, value),
        hint=_advice(ctx, side, "le dossier", "the dossier", status),
    )]


def check_annexes(ctx: Context) -> list[Finding]:
    rng = ctx.rules.pages.annexes
    if rng is None:
        return []
    value = ctx.dossier.annex_pages
    status, side = judge_range(ctx, value, rng)
    hint = ctx._("Gardez en annexe les seuls documents que le jury doit voir ; les autres "
                 "peuvent être présentés le jour de l'épreuve.") if side == "max" else None
    return [Finding(
        id="pages.annexes", status=status,
        message=_message(ctx, "annexes", "annexes", value, rng, status, side),
        expected=range_text(ctx, rng), actual=pages_word(ctx, value),
        hint=hint or _advice(ctx, side, "les annexes", "the annexes", status),
    )]


SPECS = (
    CheckSpec("part.pages", run=check_parts, reads=("parts.pages", "pages.estimate_margin"),
              emits=(Emits("part.pages", (PASS, WARN, FAIL, SKIP),
                           "pages of one part against its range (`part` holds its number; "
                           "skip when the part was not found)"),)),
    CheckSpec("pages.body", run=check_body,
              reads=("pages.body", "pages.count_front_matter", "pages.estimate_margin"),
              emits=(Emits("pages.body", (PASS, WARN, FAIL),
                           "total pages excluding annexes"),)),
    CheckSpec("pages.annexes", run=check_annexes,
              reads=("pages.annexes", "pages.estimate_margin"),
              emits=(Emits("pages.annexes", (PASS, WARN, FAIL), "annex pages"),)),
)
