"""Messages in the user's language: a gettext catalogue whose source strings are French.

Every message is written once, in French, in the code; ``locale/<lang>/LC_MESSAGES/
cipcheck.mo`` gives the other languages. French needs no catalogue: its translator returns
the source. A message not (yet) in a catalogue comes out in French, never as an error.

    from cipcheck.i18n import N_, translator
    t = translator("en")                  # or ctx.i18n, or translator(report.lang)
    t._("Partie {n} introuvable ({title}).", n=3, title="…")
    t.ngettext("{n} entretien décrit", "{n} entretiens décrits", count)

Placeholders are ``{name}``: they are replaced *after* translation, so a translation can
move them; only names passed as keywords are replaced, so braces of the text stay as they
are. Values are formatted as an f-string would (``format(value, "")``); an expression
with a conversion or a format spec is formatted by the caller (``pages=f"{x:g}"``).

Maintainers: ``pybabel extract`` / ``update`` / ``compile`` (see the README note); the
keywords are ``_``, ``ngettext:1,2`` and ``N_`` (a marker for module-level texts that are
translated later, where the language is known).
"""

from __future__ import annotations

import gettext
import re
from functools import cache
from pathlib import Path

DOMAIN = "cipcheck"
LOCALE_DIR = Path(__file__).parent / "locale"
LANGS = ("fr", "en")
SOURCE_LANG = "fr"

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class Msg(str):
    """A French text that remembers its source template and values, so that it can be
    translated once the language is known (a note written by a reader, before any
    report). It *is* the French text: printing or comparing it needs nothing else."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, values: dict[str, object]) -> Msg:
        self = super().__new__(cls, fill(template, values))
        self.template = template
        self.values = values
        return self

    def __reduce__(self) -> tuple[object, tuple[str, dict[str, object]]]:
        return Msg, (self.template, self.values)  # crosses the batch's process pool


def N_(message: str, **values: object) -> str:  # noqa: N802 - gettext's marker name
    """Marks a French text for extraction without translating it (module constants, texts
    written before the language is known). The result is a :class:`Msg`: the French text,
    filled with ``values``, that ``translator(lang)._(msg)`` translates later, also when
    it is itself a value of another message."""
    return Msg(message, values)


def joined(sep: str, items: list[str]) -> str:
    """``sep.join(items)`` that stays translatable: each item that is a :class:`Msg` is
    translated with the whole (the joining template itself is not in any catalogue)."""
    values: dict[str, object] = {f"m{i}": item for i, item in enumerate(items)}
    return Msg(sep.join(f"{{m{i}}}" for i in range(len(items))), values)


def fill(text: str, values: dict[str, object]) -> str:
    """``{name}`` replaced by ``values[name]`` formatted as in an f-string."""
    if not values:
        return text
    return _PLACEHOLDER.sub(
        lambda m: format(values[m[1]], "") if m[1] in values else m[0], text)


# French typography in an English report: « … » quotes and a space before « : ; ! ? ».
# Messages are built from translated templates, French-quoted evidence and lists joined
# in code; one pass over each finished message puts them all in English typography.
_FR_OPEN = re.compile(r"«[ \u00a0\u202f]*")
_FR_CLOSE = re.compile(r"[ \u00a0\u202f]*»")
_FR_SPACE_BEFORE = re.compile(r"[ \u00a0\u202f]+([:;!?])(?=\s|$|[\u201c\u201d\")])")


def english_typography(text: str) -> str:
    """``text`` with English quotes (“…”) and no space before a colon or semicolon."""
    if not text:
        return text
    text = _FR_CLOSE.sub("\u201d", _FR_OPEN.sub("\u201c", text))
    # What is quoted (the dossier's words, the RE's) stays as written: only the
    # message's own words lose the French space.
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "\u201c":
            if depth == 0:
                out.append(_FR_SPACE_BEFORE.sub(r"\1", text[start:i]))
                start = i
            depth += 1
        elif ch == "\u201d" and depth:
            depth -= 1
            if depth == 0:
                out.append(text[start:i + 1])
                start = i + 1
    tail = text[start:]
    out.append(tail if depth else _FR_SPACE_BEFORE.sub(r"\1", tail))
    return "".join(out)


class Translator:
    """The messages of one language. ``_`` and ``ngettext`` translate, then fill."""

    def __init__(self, lang: str, catalogue: gettext.NullTranslations | None) -> None:
        self.lang = lang
        self._catalogue = catalogue

    def _(self, message: str, /, **values: object) -> str:
        if isinstance(message, Msg):
            values = {**message.values, **values}
            message = message.template
        if self._catalogue is None:
            return fill(message, values)
        text = self._catalogue.gettext(message)
        return fill(text, {k: self._(v) if isinstance(v, Msg) else v
                           for k, v in values.items()})

    def ngettext(self, singular: str, plural: str, n: int, /, **values: object) -> str:
        """The form for ``n`` (``{n}`` is filled with ``n`` unless given)."""
        if self._catalogue is not None:
            text = self._catalogue.ngettext(singular, plural, n)
        else:
            # French: 0 and 1 take the singular (« 0 entretien », « 1 entretien »).
            text = singular if n <= 1 else plural
        values.setdefault("n", n)
        return fill(text, values)


@cache
def translator(lang: str | None) -> Translator:
    """The translator for ``lang`` ("fr", "en"; anything else: French). One per language,
    shared: from a Context (``ctx.i18n``), a Report (``translator(report.lang)``) or a
    command-line option (``translator(opts.lang)``)."""
    if not lang or lang == SOURCE_LANG or lang not in LANGS:
        return Translator(SOURCE_LANG, None)
    try:
        catalogue = gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang])
    except OSError:
        # A missing catalogue must not break a report: French, the source, is shown.
        return Translator(SOURCE_LANG, None)
    return Translator(lang, catalogue)
