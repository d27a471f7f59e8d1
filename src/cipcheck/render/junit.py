"""JUnit XML: one test suite per dossier, one test case per check (GitLab, Jenkins)."""

from __future__ import annotations

from collections.abc import Sequence
from xml.etree import ElementTree as ET

from cipcheck.findings import Report, Status


def _suite(report: Report) -> ET.Element:
    checks = report.checks
    suite = ET.Element("testsuite", {
        "name": report.file,
        "tests": str(len(checks)),
        "failures": str(sum(1 for f in checks if f.status is Status.FAIL)),
        "errors": str(sum(1 for f in checks if f.status is Status.ERROR)),
        "skipped": str(sum(1 for f in checks if f.status is Status.SKIP)),
    })
    props = ET.SubElement(suite, "properties")
    for key, value in (("rules", report.rules), ("verdict", report.verdict.value),
                       ("route", report.route), ("pages.method", report.pages_method)):
        ET.SubElement(props, "property", {"name": key, "value": str(value or "")})
    seen: dict[str, int] = {}
    for f in checks:
        name = f.id + (f" partie {f.part}" if f.part is not None else "")
        if f.competence:
            name += f" {f.competence}"
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:
            name += f" #{seen[name]}"
        case = ET.SubElement(suite, "testcase", {"classname": f"cipcheck.{report.rules}",
                                                 "name": name, "file": report.file})
        text = f.message + (f"\n→ {f.hint}" if f.hint else "")
        if f.status is Status.FAIL:
            ET.SubElement(case, "failure", {"message": f.message, "type": f.id}).text = text
        elif f.status is Status.ERROR:
            ET.SubElement(case, "error", {"message": f.message, "type": f.id}).text = text
        elif f.status is Status.SKIP:
            ET.SubElement(case, "skipped", {"message": f.message})
        elif f.status is Status.WARN:
            ET.SubElement(case, "system-out").text = "AVERTISSEMENT : " + text
    return suite


def render_batch(reports: Sequence[Report]) -> str:
    root = ET.Element("testsuites", {"name": "cipcheck"})
    for r in reports:
        root.append(_suite(r))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def render(report: Report) -> str:
    return render_batch([report])
