"""The referential of a certification: activities, competences and their criteria."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from cipcheck.i18n import N_
from cipcheck.resources import YamlSyntaxError, load_yaml, referentials_dir
from cipcheck.ruleset import RuleError, RuleSet


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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
        raw = load_yaml(path.read_text(encoding="utf-8"))
        return Referential.model_validate(raw)
    except (YamlSyntaxError, ValidationError, OSError) as exc:
        raise RuleError(N_("{path} : référentiel invalide ({exc})", path=path, exc=exc)) from exc


def referential_of(rules: RuleSet) -> Referential | None:
    """The referential a rule set names; None when it names none or it cannot be read
    (the checks and views that use it then say less, they do not stop)."""
    if not rules.referential:
        return None
    try:
        return load_referential(rules.referential)
    except RuleError:
        return None
