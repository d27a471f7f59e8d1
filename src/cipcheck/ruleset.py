"""Rule sets: the written rules of one certification, as validated data.

A rule set is a YAML file under ``rules/``; a trainer may copy one, change a figure and
pass its path to ``--rules``. Everything is validated on load so a typo is reported with
the file, the key and what was expected rather than surfacing later as a wrong verdict.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from cipcheck.errors import RuleError
from cipcheck.i18n import N_, joined
from cipcheck.plainmodel import Field, Plain, build, model_validator
from cipcheck.resources import YamlSyntaxError, cached, keep_cached, load_yaml, rules_dir

if TYPE_CHECKING:
    from pydantic import ValidationInfo

__all__ = ["RuleError", "RuleSet", "load", "load_all"]

# What validates a YAML: a change to any of them and every YAML is validated again.
SOURCES = tuple(str(Path(__file__).with_name(name))
                for name in ("ruleset.py", "schema.py", "plainmodel.py"))


# Plain frozen classes (cipcheck.plainmodel): pydantic (cipcheck.schema) validates a YAML
# only when its text is new or changed. Keyword-only, so a required field may follow
# inherited defaults as it could in the pydantic models.
class _Model(Plain):
    pass


class Range(_Model):
    min: float | None = Field(default=None, ge=0)
    max: float | None = Field(default=None, ge=0)
    source: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min}) est supérieur à max ({self.max})")
        return self


class PagesRule(_Model):
    body: Range | None = None
    annexes: Range | None = None
    # The RE does not say whether the cover page and the table of contents count in
    # "pages hors annexes": by default they do not, and the report says so.
    count_front_matter: bool = False
    # Within this many pages of a limit, an estimated page count is only a warning.
    estimate_margin: float = Field(default=0.25, ge=0, le=2)


class ShareRule(_Model):
    # Below fail_share the rule fails: a whole part in another spacing or font is about
    # a tenth of a title dossier. Between the two it only warns (tables, quotes).
    pass_share: float = Field(default=0.95, gt=0, le=1)
    fail_share: float = Field(default=0.90, ge=0, le=1)
    source: str | None = None


class FontRule(ShareRule):
    family: str
    # Metric-compatible twins: same widths, so the same pages, but not the named font.
    equivalents: tuple[str, ...] = ()


class SizeRule(ShareRule):
    points: float = Field(gt=0)
    tolerance: float = Field(default=0.3, ge=0)


class SpacingRule(ShareRule):
    multiple: float = Field(gt=0)
    tolerance: float = Field(default=0.06, ge=0)


class FormatRule(_Model):
    font: FontRule | None = None
    size: SizeRule | None = None
    line_spacing: SpacingRule | None = None


class RouteHours(_Model):
    min: float | None = Field(default=None, ge=0)
    source: str | None = None


class HoursRule(_Model):
    unit: Literal["hours", "days"] = "hours"
    hours_per_day: float = Field(default=7, gt=0)
    routes: dict[str, RouteHours | None]
    source: str | None = None


def _check_phrase(where: str, phrase: str) -> None:
    # Imported here: the matcher needs the stemmer, which plain rule loading does not.
    from cipcheck.content.matcher import PatternError, compile_pattern

    try:
        compile_pattern(phrase)
    except PatternError as exc:
        raise ValueError(f"{where} : {exc}") from None


class CountRule(_Model):
    """A countable requirement ("a minima 3 entretiens"): fewer is a failure."""

    what: Literal["interviews"]
    min: int = Field(ge=1)


class ContentItem(_Model):
    """Something the RE says the candidate "décrit" or "présente", and its evidence.

    Evidence phrases are matched after French normalisation (case, accents, elision,
    plural and inflection); ``@name`` stands for the phrases of ``lexicon[name]`` and
    ``a | b`` for alternatives. See ``cipcheck.content.matcher`` for the phrase syntax.
    """

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    label: str
    # The label in an English report (« --lang en »), translated from ``label``; an
    # English report falls back on ``label`` without it.
    label_en: str | None = None
    source: str | None = None
    any: tuple[str, ...] = ()  # found when one of these phrases is there…
    all: tuple[str, ...] = ()  # …and each of these
    # Wider family of the topic: when only these are there, something is said about
    # it in other words — the item is not found but not clearly absent either, so a
    # mandatory item warns instead of failing.
    weak: tuple[str, ...] = ()
    # Phrases that show it only in a passage naming several actors (« il travaille en
    # lien avec France Travail » is no map of a network); elsewhere they are ``weak``.
    loose: tuple[str, ...] = ()
    count: CountRule | None = None
    where: Literal["part", "heading", "anywhere"] = "part"
    competences: tuple[str, ...] = ()
    # When it is not found: a count fails, a topic warns (the candidate judges).
    severity: Literal["fail", "warn"] | None = None
    # The source makes this content compulsory (« doit comporter », « le candidat
    # présente »): clearly absent — no evidence at all, not even part of it — fails;
    # partly there still only warns. ``source`` quotes the sentence that says so.
    mandatory: bool = False
    # A criterion of a competence assessed over the whole dossier (RE 3.2, « Analyser sa
    # pratique » : limits, strengths, improvements…), repeated in each part that calls
    # on the competence: shown in one of those parts, it is met in all; shown in none,
    # the checklist lists it once.
    across_parts: bool = False
    # The items of the same part that make this one up (« Il analyse sa pratique »: its
    # limits, strengths, ways to improve…): two of them found show it, in whatever
    # words (« Points positifs : … Ce qui me limite : … »).
    shown_by: tuple[str, ...] = ()
    # Something the candidate made or carried out (a map, a tool, a review), not a
    # description of the world: a mention that says it was not done (« pas eu le temps
    # de réaliser la cartographie », « le bilan sera fait après mon départ ») is no
    # evidence of it, and a mandatory one only named so fails like a missing one.
    done: bool = False
    # Words a section title uses to name this content (« Les ajustements », « Analyse
    # de l'action »; one word each, « x* » a prefix). In a production laid out by its
    # contents, a word of the item met only under the title of another content (« la
    # difficulté de concilier… » in the monographie) is not this content.
    titles: tuple[str, ...] = ()
    # The source asks for it only if there was any (« des ajustements qui ont
    # éventuellement été nécessaires »): « aucun ajustement n'a été nécessaire, l'action
    # s'est déroulée comme prévu » shows it; « pas d'ajustements faute de temps » does not
    # (with ``done``).
    may_be_none: bool = False

    @model_validator(mode="after")
    def _has_evidence(self) -> ContentItem:
        if not (self.any or self.all or self.count):
            raise ValueError(f"élément « {self.id} » : indiquez any, all ou count")
        return self

    def label_in(self, lang: str) -> str:
        """The label in the report's language."""
        return self.label_en if lang == "en" and self.label_en else self.label

    @property
    def when_missing(self) -> str:
        """What a missing item does: ``fail``, ``warn``, or ``fail-if-absent`` (a
        mandatory item fails only when nothing at all of it is found)."""
        if self.severity:
            return self.severity
        if self.count:
            return "fail"
        return "fail-if-absent" if self.mandatory else "warn"


class Part(_Model):
    number: int = Field(ge=1)
    title: str
    # Words that, together, identify a heading that names the part without numbering it
    # (e.g. the bare competence title). Matched after French normalisation.
    keywords: tuple[str, ...] = ()
    competences: tuple[str, ...] = ()
    pages: Range | None = None
    source: str | None = None
    content: tuple[ContentItem, ...] = ()


class Detect(_Model):
    """How to recognise this rule set from a dossier's own words (cover page mostly)."""

    any: tuple[str, ...] = ()
    none: tuple[str, ...] = ()
    weight: int = 1
    # Wordings that confirm a cover's wording but never suffice alone: the CIP title's
    # name beside « CCP 2 » (« CCP 2 » alone may be another title's CCP).
    context: tuple[str, ...] = ()
    # For a rule set without numbered parts: wordings of its headings (the OPS mémoire's
    # « Cartographie… », « Monographie… »); two distinct ones confirm the cover.
    headings: tuple[str, ...] = ()
    # A cover naming one of these (« titre professionnel ») without any ``context``
    # wording in the first pages is another certification's dossier.
    foreign: tuple[str, ...] = ()
    # The wordings are the certification's name, which every document about it carries
    # (a convention de stage, a job offer, a CV), two of them at once: the first pages
    # must call the document a dossier (« dossier », « mémoire », « sommaire »…) or be
    # built like one, however many wordings the cover shows.
    named_everywhere: bool = False
    # The wording may stand only on pages 2-3 (« Sommaire (production CCP 1) », « Le
    # présent dossier est présenté pour le CCP n°2 ») under a cover that names the
    # certification the block belongs to (a ``context`` wording): a CCP's cover often
    # shows the title's name in big letters. Read only when the document's numbered parts
    # stop at the block's own count (a title's « Partie 7 » says it is the title's).
    first_pages: bool = False


class RuleSet(_Model):
    schema_version: int = 1
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    short_title: str | None = None
    certification: str | None = None
    referential: str | None = None
    source: str
    detect: Detect = Detect()
    pages: PagesRule = PagesRule()
    format: FormatRule = FormatRule()
    hours: HoursRule | None = None
    parts: tuple[Part, ...] = ()
    # Competences assessed on the dossier as a whole (a production without parts).
    competences: tuple[str, ...] = ()
    content: tuple[ContentItem, ...] = ()
    # Named lists of evidence phrases, used in content items as "@name".
    lexicon: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    # Path the rule set was loaded from (not part of the YAML).
    path: str | None = None

    @model_validator(mode="after")
    def _parts_numbered(self) -> RuleSet:
        numbers = [p.number for p in self.parts]
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError("les parties doivent être numérotées 1, 2, 3… dans l'ordre "
                             f"(reçu {numbers})")
        return self

    @model_validator(mode="after")
    def _content_consistent(self, info: ValidationInfo) -> RuleSet:
        # Compiling every evidence phrase stems each word: ~0.4 s for the bundled rule
        # sets, paid at every check that recognises its rule set. The bundled ones are
        # compiled by the test suite instead (test_rules_bundled_phrases_compile); a
        # trainer's own YAML is always compiled.
        compile_phrases = not (info.context or {}).get("trusted")
        groups = [("content", self.content)] + [
            (f"parts[{p.number - 1}].content", p.content) for p in self.parts]
        for where, items in groups:
            ids = [i.id for i in items]
            dup = sorted({i for i in ids if ids.count(i) > 1})
            if dup:
                raise ValueError(f"{where} : identifiants en double {dup}")
            for item in items:
                for entry in item.any + item.all + item.weak + item.loose:
                    for phrase in (p.strip() for p in entry.split("|")):
                        self._check_names(where, item.id, phrase)
                        if compile_phrases and "@" not in phrase:
                            _check_phrase(f"{where}, élément « {item.id} »", phrase)
        for name, phrases in self.lexicon.items():
            for phrase in phrases if compile_phrases else ():
                _check_phrase(f"lexicon.{name}", phrase)
        return self

    def _check_names(self, where: str, item: str, phrase: str) -> None:
        """Each lexicon list a phrase names exists (« @relais », « @verbes ~ @services »)."""
        for name in (x.strip() for x in phrase.split("~")):
            if name.startswith("@") and name[1:] not in self.lexicon:
                raise ValueError(f"{where}, élément « {item} » : « {name} » n'est pas "
                                 "défini dans lexicon")

    def part(self, number: int) -> Part | None:
        return next((p for p in self.parts if p.number == number), None)


def bundled_ids() -> list[str]:
    return sorted(p.stem for p in rules_dir().glob("*.yaml"))


def resolve(spec: str) -> Path:
    """A rule-set id (``cip-titre``) or a path to a YAML file."""
    candidate = Path(spec)
    if candidate.suffix.lower() in (".yaml", ".yml") or candidate.exists():
        if not candidate.is_file():
            raise RuleError(N_("Fichier de règles introuvable : {spec}", spec=spec))
        return candidate
    path = rules_dir() / f"{spec}.yaml"
    if not path.is_file():
        known = ", ".join(bundled_ids())
        raise RuleError(N_("Jeu de règles inconnu : « {spec} ». Jeux disponibles : {known}.",
                           spec=spec, known=known))
    return path


def _location(loc: tuple[object, ...]) -> str:
    out = ""
    for item in loc:
        out += f"[{item}]" if isinstance(item, int) else (f".{item}" if out else str(item))
    return out or "(racine)"


def load(spec: str, trusted: bool | None = None) -> RuleSet:
    """Load and validate a rule set. ``trusted`` (default: a bundled id, not a path) skips
    compiling the evidence phrases, which the test suite does for the bundled files."""
    path = resolve(spec)
    if trusted is None:
        trusted = path.parent == rules_dir() and Path(spec).suffix == "" and path.stem == spec
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(N_("{path} : lecture impossible ({exc})", path=path, exc=exc)) from exc
    # What pydantic accepted for this very text, this schema and this trust (the path is
    # part of the data): rebuilt without pydantic.
    key = f"ruleset\0{path}\0{trusted}\0{text}"
    valid = cached(key, *SOURCES)
    if valid is not None:
        try:
            return build(RuleSet, valid)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass  # a cache from elsewhere: validate again
    try:
        raw = load_yaml(text)
    except YamlSyntaxError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = N_(" ligne {line}", line=mark.line + 1) if mark is not None else ""
        raise RuleError(N_("{path}{where} : YAML invalide ({problem})", path=path,
                           where=where,
                           problem=getattr(exc, "problem", exc))) from exc
    if not isinstance(raw, dict):
        raise RuleError(N_("{path} : le fichier doit contenir un objet YAML (clé: valeur)",
                           path=path))
    from pydantic import ValidationError

    from cipcheck.schema import validate

    try:
        valid = validate(RuleSet, {**raw, "path": str(path)}, context={"trusted": trusted})
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            lines.append(N_("  - clé « {key} » : {msg}", key=_location(err["loc"]),
                            msg=err["msg"]))
        raise RuleError(N_("{path} : jeu de règles invalide\n{lines}", path=path,
                           lines=joined("\n", lines))) from exc
    keep_cached(key, valid, *SOURCES)
    return build(RuleSet, valid)


def load_all() -> list[RuleSet]:
    return [load(i) for i in bundled_ids()]
