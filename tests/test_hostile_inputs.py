"""Hostile and broken inputs, generated here: each ends quickly with a result or one LegalparseError."""

from __future__ import annotations

import resource
import time
import zlib

import pytest

import legalparse
from pdfgen import make_pdf, opinion_page


def inflate_bomb(megabytes: int) -> bytes:
    """A one-page PDF whose content stream inflates to ``megabytes`` MB of spaces."""
    packer = zlib.compressobj(1)
    parts = [packer.compress(b"BT /F1 12 Tf 72 700 Td (x) Tj ET\n")]
    block = b" " * (1 << 20)
    parts += [packer.compress(block) for _ in range(megabytes)]
    parts.append(packer.flush())
    stream = b"".join(parts)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer << /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_inflate_bomb_is_refused_before_it_is_inflated() -> None:
    data = inflate_bomb(64)
    assert len(data) < 1_000_000
    before = peak_rss_mb()
    with pytest.raises(legalparse.LimitExceededError, match="inflates past"):
        legalparse.parse(data, limits=legalparse.Limits(max_stream_bytes=16 * 1024 * 1024))
    assert peak_rss_mb() - before < 48


def test_page_limit_is_enforced() -> None:
    data = make_pdf([[]] * 30)
    with pytest.raises(legalparse.LimitExceededError, match="pages"):
        legalparse.parse(data, limits=legalparse.Limits(max_pages=10))


def test_thousands_of_blank_pages_read_quickly() -> None:
    start = time.monotonic()
    op = legalparse.parse(make_pdf([[]] * 2000))
    assert len(op.pages) == 2000 and op.text.strip() == "" and not op.warnings
    assert time.monotonic() - start < 60


@pytest.mark.parametrize("data", [
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF",
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /X " + b"[" * 100_000 + b"]" * 100_000
    + b" >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
    b"%PDF-1.7\n" + b"\x00" * 5000,
    b"%PDF-",
], ids=["page-tree-cycle", "deeply-nested-arrays", "header-then-zeros", "header-only"])
def test_broken_pdf_structures_end_with_an_error_or_a_result(data: bytes) -> None:
    start = time.monotonic()
    try:
        op = legalparse.parse(data)
        assert isinstance(op.text, str)
    except legalparse.LegalparseError as exc:
        assert str(exc) and "\n" not in str(exc)
    assert time.monotonic() - start < 30


@pytest.mark.parametrize("text", [
    "§ " * 200_000,
    "(" * 500_000,
    "(a)" * 150_000,
    "word " * 200_000,
    "x" * 1_000_000,
], ids=["sections", "open-parens", "subsections", "one-long-line", "one-unbroken-word"])
def test_adversarial_text_is_read_in_bounded_time(text: str) -> None:
    start = time.monotonic()
    op = legalparse.parse_text(text)
    assert len(op.text) > 0
    assert time.monotonic() - start < 120


def test_nul_bytes_in_text_are_dropped() -> None:
    op = legalparse.parse("The motion\x00 is denied.\x00\n".encode() * 50)
    assert "\x00" not in op.text and op.text.startswith("The motion is denied.")


def test_text_length_limit_is_enforced() -> None:
    with pytest.raises(legalparse.LimitExceededError):
        legalparse.parse_text("a" * 2000, limits=legalparse.Limits(max_text_chars=1000))
    data = make_pdf([opinion_page(["The motion to dismiss is granted."] * 10)] * 5)
    with pytest.raises(legalparse.LimitExceededError):
        legalparse.parse(data, limits=legalparse.Limits(max_text_chars=500))


def test_byte_limit_is_enforced(tmp_path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("The motion is denied. " * 1000)
    with pytest.raises(legalparse.LimitExceededError, match="exceeds the limit"):
        legalparse.parse_file(path, limits=legalparse.Limits(max_bytes=1000))
