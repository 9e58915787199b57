"""Small PDFs built byte by byte for tests: plain, encrypted (RC4, 40-bit), broken.

Only what the tests need: one font, text lines at given positions, and the
PDF Standard security handler revision 2 (PDF 1.7 spec, 7.6.3, algorithms 2-4).
"""

from __future__ import annotations

import hashlib
from typing import Optional

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[tuple[float, float, float, str]]], *, user_password: Optional[str] = None,
             owner_password: str = "owner") -> bytes:
    """A PDF whose pages draw ``(x, y, size, text)`` lines in Helvetica; encrypted when a user password is given."""
    file_id = hashlib.md5(b"legalparse-test").digest()
    key: Optional[bytes] = None
    encrypt_dict = b""
    if user_password is not None:
        user = (user_password.encode("latin-1") + PAD)[:32]
        owner = (owner_password.encode("latin-1") + PAD)[:32]
        o_value = rc4(hashlib.md5(owner).digest()[:5], user)
        p_value = (-4).to_bytes(4, "little", signed=True)
        key = hashlib.md5(user + o_value + p_value + file_id).digest()[:5]
        u_value = rc4(key, PAD)
        encrypt_dict = (b"<< /Filter /Standard /V 1 /R 2 /O <" + o_value.hex().encode() + b"> /U <"
                        + u_value.hex().encode() + b"> /P -4 >>")

    def protect(num: int, data: bytes) -> bytes:
        if key is None:
            return data
        obj_key = hashlib.md5(key + num.to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:10]
        return rc4(obj_key, data)

    objects: list[bytes] = []
    n_pages = len(pages)
    font_num = 3 + 2 * n_pages
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, lines in enumerate(pages):
        page_num, content_num = 3 + 2 * i, 4 + 2 * i
        objects.append((f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content_num} 0 R "
                        f"/Resources << /Font << /F1 {font_num} 0 R >> >> >>").encode())
        ops = "".join(f"BT /F1 {size} Tf {x} {y} Td ({_escape(text)}) Tj ET\n" for x, y, size, text in lines)
        stream = protect(content_num, ops.encode("latin-1"))
        objects.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    if encrypt_dict:
        objects.append(encrypt_dict)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{num} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /ID [<{file_id.hex()}> <{file_id.hex()}>]"
    if encrypt_dict:
        trailer += f" /Encrypt {len(objects)} 0 R"
    out += (trailer + f" >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def opinion_page(lines: list[str], *, size: float = 12, top: float = 720, step: float = 16) -> list[tuple[float, float, float, str]]:
    """Lines of body text set down a page from ``top``."""
    return [(72, top - i * step, size, text) for i, text in enumerate(lines)]
