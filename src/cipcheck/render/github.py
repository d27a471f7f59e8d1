"""GitHub Actions workflow commands: one annotation per failure or warning.

``::error file=…,title=…::message`` lines show up on the run summary and, when the file is
part of the pull request, on the file itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from cipcheck.findings import Report, Status
from cipcheck.i18n import translator
from cipcheck.render.labels import label


def _data(text: str) -> str:
    # Escapes of the workflow command syntax (actions/toolkit, command.ts).
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_batch(reports: Sequence[Report], lang: str | None = None) -> str:
    lines: list[str] = []
    for r in reports:
        t = translator(lang or r.lang)
        for f in r.to_fix():
            level = "warning" if f.status is Status.WARN else "error"
            title = f"cipcheck {f.id}" + (t._(" partie {part}", part=f.part)
                                          if f.part is not None else "")
            message = f.message + (f" → {f.hint}" if f.hint else "")
            lines.append(f"::{level} file={_prop(r.file)},title={_prop(title)}::{_data(message)}")
        if r.verdict is Status.PASS:
            notice = t._("{file} : {verdict} ({rules}).", file=r.file,
                         verdict=label(r.lang, "pass"), rules=r.rules)
            lines.append(f"::notice file={_prop(r.file)},title=cipcheck::{_data(notice)}")
    return "\n".join(lines) + ("\n" if lines else "")
