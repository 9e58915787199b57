"""Fuzz the PDF reader with a mutator that knows PDF structure.

Plain byte flips mostly break the cross-reference table or the header and end
in "not a readable PDF".  This mutator splits a PDF into its ``N G obj ...
endobj`` objects, mutates inside one of them (its dictionary, or its stream
after inflating it, re-compressed afterwards with a correct ``/Length``),
swaps references, copies or drops objects, splices PDF tokens in, then writes
a fresh cross-reference table, so PDFium gets past the parser into pages,
fonts and content streams.  One mutation in eight is a plain byte mutation of
the whole file, so broken structure is still tried.

    python tools/fuzz/fuzz_pdf.py -max_len=65536 -timeout=10 -rss_limit_mb=2048
"""

from __future__ import annotations

import os
import random
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import atheris  # noqa: E402

import _harness  # noqa: E402  (imports legalparse under instrumentation)
from _harness import check  # noqa: E402

_OBJ = None  # compiled lazily: regex is imported with legalparse
_STREAM_CAP = 1 << 20  # inflate at most this much of a stream before mutating it

TOKENS = [
    b"/Type /Page", b"/Type /Pages", b"/Kids [", b"/Count 9999", b"/Count -1", b"/Parent 2 0 R",
    b"/MediaBox [0 0 612 792]", b"/MediaBox [0 0 0 0]", b"/MediaBox [0 0 1e30 -1e30]", b"/Rotate 90",
    b"/Rotate 45", b"/CropBox [10 10 20 20]", b"/UserUnit 1000", b"/Resources << >>",
    b"/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>", b"/Subtype /Type3",
    b"/Subtype /TrueType", b"/Encoding /Identity-H", b"/ToUnicode 4 0 R", b"/FontMatrix [1 0 0 1 0 0]",
    b"/Widths [0 0 0]", b"/FirstChar 255", b"/Filter /FlateDecode", b"/Filter /ASCIIHexDecode",
    b"/Filter [/FlateDecode /FlateDecode]", b"/Filter /LZWDecode", b"/Filter /RunLengthDecode",
    b"/DecodeParms << /Predictor 12 /Columns 4 >>", b"/Length 0", b"/Length 99999999", b"/Length 3 0 R",
    b"/Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>", b"/Contents [4 0 R 4 0 R]",
    b"/Annots [<< /Subtype /FreeText /Contents (x) >>]", b"/XObject << /X1 6 0 R >>", b"/Subtype /Form",
    b"/Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8", b"/BBox [0 0 1 1]", b"/Matrix [0 1 -1 0 0 0]",
    b"/Type /ObjStm /N 1 /First 4", b"/Type /XRef /W [1 2 1]", b"/Prev 0", b"/Root 1 0 R", b"/Root 9 0 R",
    b"<< ", b" >>", b"[", b"]", b"(", b")", b"<", b">", b"\\", b"%", b" R", b" 0 R", b"null", b"true",
    b"1e308", b"-2147483649", b"4294967296", b"0.000000001",
    # content stream operators
    b"BT", b"ET", b"Tf", b"Tj", b"TJ", b"Td", b"TD", b"Tm", b"T*", b"Tc", b"Tw", b"Tz", b"TL", b"Ts",
    b"Tr", b"'", b"\"", b"q", b"Q", b"cm", b"Do", b"BI /W 1 /H 1 ID x EI", b"gs", b"re", b"W n",
    b"/F1 12 Tf", b"/F1 0 Tf", b"/F1 -12 Tf", b"/F9 12 Tf", b"72 700 Td", b"1e30 1e30 Td",
    b"0 1 -1 0 20 100 Tm", b"0 0 0 0 0 0 Tm", b"(Case 1:20-cv-01234 Document 12 Filed 01/02/20 Page 1 of 3) Tj",
    b"(\\247 1983) Tj", b"[(A) -250 (B) 99999 (C)] TJ", b"<FEFF00A7> Tj", b"(\\376\\377) Tj",
    b"BT /F1 12 Tf 72 700 Td (The judgment is AFFIRMED.) Tj ET",
    # ToUnicode CMap pieces
    b"begincmap", b"1 begincodespacerange <00> <FF> endcodespacerange",
    b"1 beginbfchar <01> <00A7> endbfchar", b"1 beginbfrange <00> <FF> <0000> endbfrange",
    b"1 beginbfrange <0000> <FFFF> [<0041> <0042>] endbfrange", b"<D800>", b"<FFFE>",
]


class Pdf:
    """A PDF as header, objects ``(number, generation, body)`` and trailer dictionary."""

    def __init__(self, header: bytes, objects: list[tuple[int, int, bytes]], trailer: bytes) -> None:
        self.header = header
        self.objects = objects
        self.trailer = trailer

    @classmethod
    def split(cls, data: bytes) -> "Pdf | None":
        """The objects of ``data``, or None when it has none to mutate."""
        global _OBJ
        if _OBJ is None:
            import regex

            _OBJ = regex.compile(rb"(\d{1,7})[ \t\r\n]++(\d{1,5})[ \t\r\n]++obj\b(.*?)\bendobj\b", regex.DOTALL)
        objects = [(int(m.group(1)), int(m.group(2)), m.group(3)) for m in _OBJ.finditer(data)]
        if not objects:
            return None
        start = data.find(b"%PDF-")
        header = data[start: data.find(b"\n", start) + 1] if start >= 0 else b"%PDF-1.4\n"
        trailer = b"<< /Root 1 0 R >>"
        at = data.rfind(b"trailer")
        if at >= 0:
            end = data.find(b"startxref", at)
            trailer = data[at + 7: end if end > 0 else len(data)].strip() or trailer
        elif b"/Root" not in b"".join(o[2] for o in objects):
            trailer = b"<< /Root 1 0 R >>"
        else:
            # a cross-reference stream PDF: its /Root is in the XRef object, copied here
            for _, _, body in objects:
                if b"/XRef" in body and b"/Root" in body:
                    dict_end = body.find(b"stream")
                    trailer = body[: dict_end if dict_end > 0 else len(body)].strip()
        return cls(header or b"%PDF-1.4\n", objects, trailer)

    def join(self) -> bytes:
        """The PDF with a fresh cross-reference table (objects numbered as they are)."""
        out = bytearray(self.header if self.header.endswith(b"\n") else self.header + b"\n")
        offsets: dict[int, tuple[int, int]] = {}
        for num, gen, body in self.objects:
            offsets[num] = (len(out), gen)
            out += b"%d %d obj" % (num, gen) + body + b"endobj\n"
        xref = len(out)
        size = max(offsets, default=0) + 1
        if size > 100_000:  # a huge object number: leave the table out, PDFium rebuilds it
            out += b"trailer\n" + self.trailer + b"\n%%EOF\n"
            return bytes(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        for n in range(1, size):
            if n in offsets:
                out += b"%010d %05d n \n" % (offsets[n][0], offsets[n][1] % 100000)
            else:
                out += b"0000000000 65535 f \n"
        out += b"trailer\n" + self.trailer + b"\nstartxref\n%d\n%%%%EOF\n" % xref
        return bytes(out)


def _mutate_bytes(data: bytes, rng: random.Random, max_size: int) -> bytes:
    if data and rng.random() < 0.3:
        # splice a PDF token in
        at = rng.randrange(len(data) + 1)
        return (data[:at] + b" " + rng.choice(TOKENS) + b" " + data[at:])[:max_size]
    return atheris.Mutate(data, max(max_size, len(data) + 16))


def _mutate_stream(body: bytes, rng: random.Random, max_size: int) -> bytes | None:
    start = body.find(b"stream")
    end = body.rfind(b"endstream")
    if start < 0 or end < start:
        return None
    content_at = start + 6
    if body[content_at: content_at + 2] == b"\r\n":
        content_at += 2
    elif body[content_at: content_at + 1] in (b"\n", b"\r"):
        content_at += 1
    dictionary, content = body[:start], body[content_at:end].rstrip(b"\r\n")
    compressed = b"/FlateDecode" in dictionary
    if compressed:
        try:
            inflater = zlib.decompressobj()
            content = inflater.decompress(content, _STREAM_CAP)
        except zlib.error:
            compressed = False
    content = _mutate_bytes(content, rng, max(max_size, 4096))
    if compressed and rng.random() < 0.9:
        content = zlib.compress(content)
    elif compressed:
        dictionary = dictionary.replace(b"/FlateDecode", b"/Null")
    import regex

    dictionary = regex.sub(rb"/Length\s++\d++(?:\s++\d++\s++R)?+", b"/Length %d" % len(content), dictionary, count=1)
    return dictionary + b"stream\n" + content + b"\nendstream\n"


def mutate(data: bytes, max_size: int, seed: int) -> bytes:
    """One structure-aware mutation of ``data`` (libFuzzer's custom mutator)."""
    rng = random.Random(seed)
    pdf = Pdf.split(data) if rng.random() >= 0.125 else None
    if pdf is None:
        return atheris.Mutate(data, max_size)
    objects = pdf.objects
    i = rng.randrange(len(objects))
    num, gen, body = objects[i]
    action = rng.random()
    if action < 0.35:
        new = _mutate_stream(body, rng, max_size) if b"stream" in body else None
        objects[i] = (num, gen, new if new is not None else _mutate_bytes(body, rng, max_size))
    elif action < 0.6:
        split = body.find(b"stream")
        head, tail = (body[:split], body[split:]) if split >= 0 else (body, b"")
        objects[i] = (num, gen, _mutate_bytes(head, rng, max_size) + tail)
    elif action < 0.7:
        # point one reference at another object
        import regex

        refs = list(regex.finditer(rb"\b(\d{1,7})\s++\d{1,5}\s++R\b", body))
        if refs:
            ref = rng.choice(refs)
            target = rng.choice(objects)[0] if rng.random() < 0.8 else rng.choice((0, num, 99999, 2**31))
            body = body[: ref.start(1)] + str(target).encode() + body[ref.end(1):]
            objects[i] = (num, gen, body)
        else:
            objects[i] = (num, gen, _mutate_bytes(body, rng, max_size))
    elif action < 0.78:
        del objects[i]
    elif action < 0.86:
        # the same number twice, or a copy under a new number
        twin = (num if rng.random() < 0.5 else max(o[0] for o in objects) + 1, gen, objects[rng.randrange(len(objects))][2])
        objects.insert(rng.randrange(len(objects) + 1), twin)
    elif action < 0.93:
        pdf.trailer = _mutate_bytes(pdf.trailer, rng, 4096)
    else:
        j = rng.randrange(len(objects))
        objects[i], objects[j] = (num, gen, objects[j][2]), (objects[j][0], objects[j][1], body)
    if not objects:
        return atheris.Mutate(data, max_size)
    out = pdf.join()
    return out if len(out) <= max_size else atheris.Mutate(data, max_size)


def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    """The mutator libFuzzer calls."""
    return mutate(data, max_size, seed)


def test_one_input(data: bytes) -> None:
    """One input through ``legalparse.parse``."""
    check(data)


if __name__ == "__main__":
    _harness.run(test_one_input, name="pdf", custom_mutator=custom_mutator)
