"""What every check receives, and small helpers they share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from cipcheck.content.evaluate import ItemResult
from cipcheck.content.hours import HoursReading
from cipcheck.document import Block, PagesMethod
from cipcheck.findings import Finding, Status
from cipcheck.i18n import Translator, translator
from cipcheck.reading import Reading, read
from cipcheck.referential import Referential
from cipcheck.ruleset import Range, RuleSet
from cipcheck.segmenter import Dossier, heading_like
from cipcheck.textnorm import fr_number

# Item results per part number (None: the whole production); None for a part not found.
ContentResults = dict[int | None, list[ItemResult] | None]


@dataclass(frozen=True)
class Context:
    """What every check receives: the segmented dossier, its rules and options."""

    dossier: Dossier
    rules: RuleSet
    route: str = "formation"
    declared_hours: float | None = None
    lang: str = "fr"
    referential: Referential | None = None
    options: frozenset[str] = frozenset()
    # Computed once before the checks (``checks.prepare``), read by several of them and
    # by the report. The placement hours declared or read: None when none are stated or
    # the rule set has no minimum for the route.
    hours: HoursReading | None = field(default=None, compare=False)
    # The required contents found, per part number (None: the whole production); the
    # content and competence checks read them. None: not computed (a Context built by
    # hand, or a reading that raised: the content check then reports it).
    content: ContentResults | None = field(default=None, compare=False)
    _reading: Reading | None = field(default=None, compare=False, repr=False)
    _body_text: list[Block] | None = field(default=None, compare=False, repr=False)

    @property
    def reading(self) -> Reading:
        """The document's sentences and tokens (``cipcheck.reading``), built on first use
        and shared by every reader of prose; ``reading.view(blocks)`` cuts a part."""
        if self._reading is None:
            doc = self.dossier.document
            object.__setattr__(self, "_reading", read(doc.blocks, doc.kind))
        assert self._reading is not None
        return self._reading

    def tr(self, fr: str, en: str) -> str:
        """Deprecated: write ``ctx._("français {x}", x=…)``; tools/i18n_codemod.py rewrites
        these pairs and moves the English into the catalogue."""
        return en if self.lang == "en" else fr

    @property
    def i18n(self) -> Translator:
        return translator(self.lang)

    def _(self, message: str, /, **values: object) -> str:
        """The French ``message`` in the report's language (``cipcheck.i18n``)."""
        return translator(self.lang)._(message, **values)

    def ngettext(self, singular: str, plural: str, n: int, /, **values: object) -> str:
        return translator(self.lang).ngettext(singular, plural, n, **values)

    @property
    def estimated(self) -> bool:
        return self.dossier.document.pages_method is PagesMethod.DOCX_ESTIMATED

    @property
    def page_margin(self) -> float:
        """Pages near a limit that only warn: the rule set's margin, in proportion to the
        page source's measured disagreement with Word (0 for a PDF, Word's own pages)."""
        from cipcheck.readers.agreement import margin_factor

        return self.rules.pages.estimate_margin * margin_factor(
            self.dossier.document.pages_method)


Check = Callable[[Context], list[Finding]]


def pages_word(ctx: Context, value: float) -> str:
    word = ctx._("page") if abs(value) <= 1 else ctx._(
            "pages")
    return f"{fmt(ctx, value)} {word}"


def fmt(ctx: Context, value: float, decimals: int = 1) -> str:
    text = fr_number(value, decimals)
    return text.replace(",", ".") if ctx.lang == "en" else text


def range_text(ctx: Context, rng: Range) -> str:
    if rng.min is not None and rng.max is not None:
        return ctx._("entre {min} et {max}", min=fmt(ctx, rng.min), max=fmt(ctx, rng.max))
    if rng.max is not None:
        return ctx._("au plus {max}", max=fmt(ctx, rng.max))
    return ctx._("au moins {value}", value=fmt(ctx, rng.min or 0))


TOLERANCE = 0.1  # pages: a heading's own height is not worth a failure


def judge_range(ctx: Context, value: float, rng: Range) -> tuple[Status, str | None]:
    """Pass/fail against a page range; near a limit, an estimate only warns.

    Returns the status and, when it is over or under, which side ("min" / "max").
    """
    margin = ctx.page_margin
    low, high = rng.min, rng.max
    if low is not None and value < low - TOLERANCE:
        return (Status.WARN if value >= low - margin else Status.FAIL), "min"
    if high is not None and value > high + TOLERANCE:
        return (Status.WARN if value <= high + margin else Status.FAIL), "max"
    if margin > 0 and ((low is not None and value < low + margin) or
                          (high is not None and value > high - margin)):
        return Status.WARN, "near"
    return Status.PASS, None


def is_heading(ctx: Context, block: Block) -> bool:
    if block.heading_level is not None:
        return True
    return len(block.text) < 120 and heading_like(block, ctx.dossier.body_size) and (
        block.bold or (block.size or 0) > (ctx.dossier.body_size or 11) + 0.5)


def body_text(ctx: Context, *, tables: bool = True) -> list[Block]:
    """The running text the format rules apply to: body pages, no headings, no TOC."""
    # Computed once per run: the font, size and line-spacing checks all ask for it.
    blocks = ctx._body_text
    if blocks is None:
        heading_ids = {id(h.block) for h in ctx.dossier.headings}
        blocks = [b for b in ctx.dossier.body_blocks()
                  if id(b) not in heading_ids and not is_heading(ctx, b)]
        object.__setattr__(ctx, "_body_text", blocks)
    return list(blocks) if tables else [b for b in blocks if not b.in_table]


def percent(ctx: Context, share: float) -> str:
    value = int(share * 100 + 1e-9) if share < 1 else 100
    return f"{value} %" if ctx.lang == "fr" else f"{value}%"


def share_status(share: float, pass_share: float, fail_share: float) -> Status:
    if share >= pass_share:
        return Status.PASS
    if share < fail_share:
        return Status.FAIL
    return Status.WARN
