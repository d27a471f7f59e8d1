"""The referential of a certification: activities, competences and their criteria."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from cipcheck.i18n import N_
from cipcheck.plainmodel import Plain, build
from cipcheck.resources import YamlSyntaxError, cached, keep_cached, load_yaml, referentials_dir
from cipcheck.ruleset import RuleError, RuleSet

# Plain classes validated by pydantic only when the YAML is new or changed (see ruleset).
SOURCES = tuple(str(Path(__file__).with_name(name))
                for name in ("referential.py", "schema.py", "plainmodel.py"))


class _Model(Plain):
    pass


class Activity(_Model):
    id: str
    number: int | None = None
    title: str
    ccp: str | None = None
    competences: tuple[str, ...] = ()


class Competence(_Model):
    id: str
    number: int | None = None
    activity: str | None = None
    title: str
    short: str | None = None
    aliases: tuple[str, ...] = ()
    criteria: tuple[str, ...] = ()
    evaluation_criteria: tuple[str, ...] = ()
    source: str | None = None


class Transversal(_Model):
    id: str
    title: str
    criteria: tuple[str, ...] = ()
    source: str | None = None


class Referential(_Model):
    id: str
    title: str
    code: str | None = None
    source: str | None = None
    activities: tuple[Activity, ...] = ()
    competences: tuple[Competence, ...] = ()
    transversal: tuple[Transversal, ...] = ()

    def competence(self, cid: str) -> Competence | None:
        return next((c for c in self.competences if c.id == cid), None)


@cache
def load_referential(ref_id: str) -> Referential:
    if ref_id.endswith((".yaml", ".yml")):
        path = Path(ref_id)
    else:
        path = referentials_dir() / f"{ref_id}.yaml"
    if not path.is_file():
        raise RuleError(N_("Référentiel introuvable : {ref_id}", ref_id=ref_id))
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleError(N_("{path} : référentiel invalide ({exc})", path=path, exc=exc)) from exc
    key = f"referential\0{text}"
    valid = cached(key, *SOURCES)
    if valid is not None:
        try:
            return build(Referential, valid)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass  # a cache from elsewhere: validate again
    from pydantic import ValidationError

    from cipcheck.schema import validate

    try:
        valid = validate(Referential, load_yaml(text))
    except (YamlSyntaxError, ValidationError) as exc:
        raise RuleError(N_("{path} : référentiel invalide ({exc})", path=path, exc=exc)) from exc
    keep_cached(key, valid, *SOURCES)
    return build(Referential, valid)


def referential_of(rules: RuleSet) -> Referential | None:
    """The referential a rule set names; None when it names none or it cannot be read
    (the checks and views that use it then say less, they do not stop)."""
    if not rules.referential:
        return None
    try:
        return load_referential(rules.referential)
    except RuleError:
        return None
