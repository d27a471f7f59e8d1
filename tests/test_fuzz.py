"""Fuzzing: mutated DOCX and PDF files always end in a Report, never in an exception.

A dossier comes from anywhere (old Word versions, online editors, phone apps, broken
uploads): whatever the bytes, ``check_file`` must answer with a verdict, or with an
``input.*`` error the candidate can act on. A check that crashed (``*.internal``) counts
as a crash too: it hides what it should have verified.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import hostile
import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from cipcheck.api import Options, check_file
from cipcheck.findings import Report, Status

# Pages estimated, not rendered: LibreOffice would take a second per example and is not
# the code under test (its own parsing runs in a bounded child process in batch mode).
OPTS = Options(pages="estimate")
RULES = "cip-ccp1"  # given, so that recognising the dossier is not what is fuzzed

_WORK = Path(tempfile.mkdtemp(prefix="cipcheck-fuzz-"))
BASE_DOCX = hostile.dossier_docx(_WORK, "base.docx", paragraphs=15).read_bytes()
BASE_PDF = hostile.BASE_PDF.read_bytes()
XML_TOKENS = [b"<w:p>", b"</w:p>", b"<w:r><w:t>", b"</w:t></w:r>", b"<w:tbl>", b"<w:sdt>",
              b"&amp;", b"&#0;", b"&#xFFFF;", b"&lol;", b"<!ENTITY a \"b\">", b"<!--",
              b"<![CDATA[", b"\xff\xfe", b"w:val=\"-1\"", b"w:val=\"99999999999\"",
              b"w:line=\"0\"", b"w:sz=\"0\"", b"w:ascii=\"\"", b"<w:br w:type=\"page\"/>",
              b"<w:pgSz w:w=\"0\" w:h=\"0\"/>", b"<w:pgMar w:top=\"99999\"/>", b"\x00"]
PDF_TOKENS = [b"obj", b"endobj", b"stream", b"endstream", b"/Kids [", b"/Count 99999",
              b"/Length 0", b"/Filter /FlateDecode", b"BT", b"ET", b"Tj", b"Tf", b"Do",
              b"q", b"Q", b"cm", b"(", b")", b"<<", b">>", b"R", b"9999999999", b"-1",
              b"%%EOF", b"xref", b"trailer", b"\x00"]

Mutation = tuple[str, int, bytes]


def mutations(tokens: list[bytes]) -> st.SearchStrategy[list[Mutation]]:
    one = st.one_of(
        st.tuples(st.just("flip"), st.integers(0, 1 << 30), st.binary(min_size=1, max_size=1)),
        st.tuples(st.just("insert"), st.integers(0, 1 << 30),
                  st.one_of(st.binary(min_size=1, max_size=16), st.sampled_from(tokens))),
        st.tuples(st.just("delete"), st.integers(0, 1 << 30),
                  st.integers(1, 512).map(lambda n: b"\x00" * n)),
        st.tuples(st.just("truncate"), st.integers(0, 1 << 30), st.just(b"")),
    )
    return st.lists(one, min_size=1, max_size=8)


def mutate(data: bytes, ops: list[Mutation]) -> bytes:
    buf = bytearray(data)
    for kind, at, payload in ops:
        pos = at % (len(buf) + 1)
        if kind == "flip" and buf:
            pos = min(pos, len(buf) - 1)
            buf[pos] ^= payload[0] or 0x01
        elif kind == "insert":
            buf[pos:pos] = payload
        elif kind == "delete":
            del buf[pos:pos + len(payload)]
        elif kind == "truncate":
            del buf[pos:]
    return bytes(buf)


def rewrite_inside_docx(data: bytes, member: str, change: Callable[[bytes], bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w",
                                                                   zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info.filename, change(body) if info.filename == member else body)
    return out.getvalue()


def mutate_inside_docx(data: bytes, member: str, ops: list[Mutation]) -> bytes:
    """Mutate one XML part's bytes and zip it back correctly: reaches the XML parser."""
    return rewrite_inside_docx(data, member, lambda body: mutate(body, ops))


# Well-formed but absurd XML: reaches past the parser into styles, numbering, sections.
TreeOp = tuple[str, int, int, str]
VALUES = ["", "-1", "0", "1", "99999999999", "auto", "nil", "abc", "1.5", "Heading1",
          "Normal", "Titre1", "none", "true", "240", "-240", "NaN", " ", ""]
W_ATTRS = ["val", "line", "lineRule", "ascii", "asciiTheme", "hAnsi", "basedOn", "styleId",
           "type", "w", "h", "top", "bottom", "ilvl", "numId", "sz", "before", "after",
           "orient", "space", "id", "eastAsia", "cs"]


def tree_ops() -> st.SearchStrategy[list[TreeOp]]:
    return st.lists(st.tuples(st.sampled_from(["delete", "duplicate", "nest", "attr",
                                               "text", "self-base"]),
                              st.integers(0, 1 << 20), st.integers(0, 1 << 20),
                              st.sampled_from(VALUES)), min_size=1, max_size=6)


def mutate_tree(xml: bytes, ops: list[TreeOp]) -> bytes:
    from copy import deepcopy

    from lxml import etree

    root = etree.fromstring(xml)
    w = root.nsmap.get("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
    for kind, a, b, value in ops:
        elements = list(root.iter())
        el = elements[a % len(elements)]
        other = elements[b % len(elements)]
        parent = el.getparent()
        if kind == "delete" and parent is not None:
            parent.remove(el)
        elif kind == "duplicate" and parent is not None:
            parent.insert(parent.index(el), deepcopy(el))
        elif (kind == "nest" and parent is not None and other is not el
              and el not in other.iterancestors()):  # never into its own subtree
            parent.remove(el)
            other.append(el)
        elif kind == "attr":
            el.set(f"{{{w}}}{W_ATTRS[b % len(W_ATTRS)]}", value)
        elif kind == "text":
            el.text = value * (b % 50)
        elif kind == "self-base":  # a style based on itself, or on a missing one
            style_id = el.get(f"{{{w}}}styleId")
            if style_id is not None:
                etree.SubElement(el, f"{{{w}}}basedOn").set(f"{{{w}}}val", style_id)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


TRIED = {"docx-bytes": 0, "docx-xml": 0, "docx-tree": 0, "pdf": 0}


def run_one(data: bytes, suffix: str, kind: str) -> Report:
    TRIED[kind] += 1
    path = _WORK / f"fuzz{suffix}"
    path.write_bytes(data)
    report = check_file(path, RULES, OPTS)  # any exception fails the test
    assert isinstance(report, Report)
    crashed = [f.id for f in report.checks if f.id.endswith(".internal")]
    assert not crashed, crashed
    if report.verdict is Status.ERROR:
        assert any(f.id.startswith("input.") and f.status is Status.ERROR
                   for f in report.checks), report.checks
        assert all(f.message and f.hint for f in report.checks if f.id.startswith("input."))
    else:
        assert report.verdict in (Status.PASS, Status.FAIL)
    return report


def _event(report: Report) -> None:
    # Shown by --hypothesis-show-statistics: how deep the mutants got.
    first = next((f.id for f in report.checks if f.id.startswith("input.")), "read")
    event(f"{report.verdict.value}: {first}")


DOCX_MEMBERS = ["word/document.xml", "word/styles.xml", "word/settings.xml",
                "word/numbering.xml", "word/theme/theme1.xml", "_rels/.rels",
                "word/_rels/document.xml.rels", "[Content_Types].xml", "docProps/app.xml"]


TREE_MEMBERS = ["word/document.xml", "word/styles.xml", "word/settings.xml",
                "word/theme/theme1.xml", "word/numbering.xml"]


def _settings(n: int) -> settings:
    # The same examples at every run (a CI that must be reproducible); set
    # CIPCHECK_FUZZ_RANDOM=1 to explore new ones, and keep what they find as @example.
    return settings(max_examples=n, deadline=None, database=None,
                    derandomize=not os.environ.get("CIPCHECK_FUZZ_RANDOM"),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _docx_bytes(ops: list[Mutation]) -> None:
    _event(run_one(mutate(BASE_DOCX, ops), ".docx", "docx-bytes"))


def _docx_xml(member: str, ops: list[Mutation]) -> None:
    _event(run_one(mutate_inside_docx(BASE_DOCX, member, ops), ".docx", "docx-xml"))


def _docx_tree(member: str, ops: list[TreeOp]) -> None:
    data = rewrite_inside_docx(BASE_DOCX, member, lambda xml: mutate_tree(xml, ops))
    _event(run_one(data, ".docx", "docx-tree"))


def _pdf(ops: list[Mutation]) -> None:
    _event(run_one(mutate(BASE_PDF, ops), ".pdf", "pdf"))


@_settings(100)
@given(mutations(XML_TOKENS))
# Found by CI (stop 28): an end record that claims a multi-disk archive made zipfile raise
# NotImplementedError past the reader's guard; kept as a fixed case.
@example(ops=[("delete", 2, b"\x00" * 193), ("insert", 2, b"\x00" * 5),
              ("flip", 72414, b"@")])
def test_fuzz_docx_bytes(ops: list[Mutation]) -> None:
    _docx_bytes(ops)


@_settings(100)
@given(st.sampled_from(DOCX_MEMBERS), mutations(XML_TOKENS))
def test_fuzz_docx_xml(member: str, ops: list[Mutation]) -> None:
    _docx_xml(member, ops)


@_settings(100)
@given(st.sampled_from(TREE_MEMBERS), tree_ops())
def test_fuzz_docx_tree(member: str, ops: list[TreeOp]) -> None:
    _docx_tree(member, ops)


@_settings(100)
@given(mutations(PDF_TOKENS))
def test_fuzz_pdf(ops: list[Mutation]) -> None:
    _pdf(ops)


@pytest.mark.slow
@_settings(1500)
@given(mutations(XML_TOKENS))
def test_fuzz_docx_bytes_long(ops: list[Mutation]) -> None:
    _docx_bytes(ops)


@pytest.mark.slow
@_settings(1500)
@given(st.sampled_from(DOCX_MEMBERS), mutations(XML_TOKENS))
def test_fuzz_docx_xml_long(member: str, ops: list[Mutation]) -> None:
    _docx_xml(member, ops)


@pytest.mark.slow
@_settings(1500)
@given(st.sampled_from(TREE_MEMBERS), tree_ops())
def test_fuzz_docx_tree_long(member: str, ops: list[TreeOp]) -> None:
    _docx_tree(member, ops)


@pytest.mark.slow
@_settings(1500)
@given(mutations(PDF_TOKENS))
def test_fuzz_pdf_long(ops: list[Mutation]) -> None:
    _pdf(ops)


def test_mutations_do_change_the_files() -> None:
    """The fuzzer is not a no-op: mutations reach the bytes and the XML."""
    assert mutate(b"abcdef", [("flip", 0, b"\x01")]) == b"`bcdef"
    assert mutate(b"abcdef", [("insert", 3, b"XY")]) == b"abcXYdef"
    assert mutate(b"abcdef", [("delete", 1, b"\x00\x00")]) == b"adef"
    assert mutate(b"abcdef", [("truncate", 2, b"")]) == b"ab"
    changed = mutate_inside_docx(BASE_DOCX, "word/document.xml", [("truncate", 100, b"")])
    with zipfile.ZipFile(io.BytesIO(changed)) as zf:
        assert len(zf.read("word/document.xml")) == 100


def test_base_files_pass_unmutated() -> None:
    assert run_one(BASE_DOCX, ".docx", "docx-bytes").verdict is not Status.ERROR
    assert run_one(BASE_PDF, ".pdf", "pdf").verdict is Status.PASS
