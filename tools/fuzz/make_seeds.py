"""Write the seed corpora of the harnesses to ``tools/fuzz/seeds/{pdf,markup,text}``.

Seeds are a few small public-domain court records from the shared corpus
(when it is there) plus documents built here that reach the parts of each
reader a plain document does not: encryption, compressed and broken streams,
page labels and footnotes in every markup flavour, entities, form feeds,
filing stamps, legacy encodings.  Run it again after changing it::

    python tools/fuzz/make_seeds.py [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests"))

from pdfgen import make_pdf, opinion_page  # noqa: E402

CORPUS_FILES = {
    "pdf": [
        "pdf/cacd_2017_lewis-v-travertine_civil-minutes-order-settlement.pdf",
        "pdf/ala_2021_supreme-court-decisions-list-2021-12-10.pdf",
        "pdf/ca3_2022_rush-v-city-of-philadelphia_response-to-motion_partial-text.pdf",
    ],
    "markup": [
        "html/wisctapp_2010_viscusi-v-progressive_table-entry_cap-casebody.html",
        "html/ny_2013_people-v-flowers_cap-casebody.html",
        "html/pa_2014_commonwealth-v-selenski_cap-casebody.html",
        "xml/vt_1988_in-re-fox_columbia.xml",
        "xml/scotus_2014_groner-v-shinseki_cert-denied_fastcase-source.xml",
        "xml/connsuperct_2007_state-v-lewis_correct-illegal-sentence-and-dismiss_columbia.xml",
    ],
    "text": [
        "txt/cod_2026_adams-v-matrix-providers_courtroom-minutes-msj-granted.txt",
    ],
}

OPINION = [
    "UNITED STATES DISTRICT COURT",
    "FOR THE DISTRICT OF COLUMBIA",
    "JOHN DOE, Plaintiff, v. RICHARD ROE, Defendant.",
    "Civil Action No. 1:25-cv-00677 (DLF)",
    "MEMORANDUM OPINION",
    "The plaintiff claims the disclosure violates 26 U.S.C. § 6103(i)(2) and",
    "5 U.S.C. §§ 552a(b), 706(2)(A). For the reasons below, the motion for a",
    "preliminary injunction is DENIED and the motion to dismiss is GRANTED in part.",
    "SO ORDERED.",
]


def _pdf_with_flate_content() -> bytes:
    """One page whose content stream is FlateDecode compressed, with a ToUnicode-less font."""
    content = b"BT /F1 12 Tf 72 700 Td (The motion to dismiss is GRANTED. 42 U.S.C. \\247 1983.) Tj ET"
    stream = zlib.compress(content)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>",
    ]
    return _assemble(objects)


def _stream(content: bytes) -> bytes:
    return b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream"


def _assemble(objects: list[bytes], trailer: bytes = b"") -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer << /Size {len(objects) + 1} /Root 1 0 R ".encode() + trailer
    out += f">>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def pdf_seeds() -> dict[str, bytes]:
    """Small PDFs built here."""
    one = make_pdf([opinion_page(OPINION)])
    seeds = {
        "gen-opinion.pdf": one,
        "gen-two-pages.pdf": make_pdf([opinion_page(OPINION[:5]), opinion_page(OPINION[5:] + ["Page 2"])]),
        "gen-encrypted.pdf": make_pdf([opinion_page(OPINION[:3])], user_password="secret"),
        "gen-flate.pdf": _pdf_with_flate_content(),
        "gen-rotated-stamp.pdf": _assemble([
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Rotate 90 "
            b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Courier >> >> >> /Contents 4 0 R >>",
            _stream(b"BT /F1 8 Tf 0 1 -1 0 20 100 Tm (Case 1:20-cv-01234 Document 12 Filed 01/02/20 Page 1 of 3) Tj ET\n"
                    b"BT /F1 12 Tf 72 700 Td (The appeal is DISMISSED.) Tj 3 Ts (1) Tj ET"),
        ]),
        "gen-page-tree-cycle.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                                   b"2 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 >> endobj\n"
                                   b"trailer << /Root 1 0 R >>\n%%EOF",
        "gen-truncated.pdf": one[: len(one) * 2 // 3],
        "gen-no-xref.pdf": one[: one.rindex(b"xref")] + b"trailer << /Root 1 0 R >>\n%%EOF\n",
        "gen-incremental.pdf": one + b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n"
                               b"trailer << /Root 1 0 R /Prev 9 >>\n%%EOF\n",
    }
    return seeds


def markup_seeds() -> dict[str, bytes]:
    """Small HTML and XML documents built here."""
    return {
        "gen-courtlistener.html": (
            "<!DOCTYPE html><html><head><title>x</title><script>var a=1;</script></head><body>"
            "<nav class='navbar'>Menu</nav><div class='opinion'><p>ROE v. WADE</p>"
            "<span class='star-pagination'>*113</span><p>The judgment is <b>affirmed</b>.<sup>"
            "<a href='#fn1' class='footnote'>1</a></sup> See 42 U.S.C. § 1983.</p>"
            "<pre>  Indented   text\n  kept</pre><p id='fn1'>[1] A note.</p>"
            "<table><tr><td>a</td><td>b</td></tr></table></div></body></html>").encode(),
        "gen-cap-footnotes.html": (
            "<section class='casebody'><section class='head-matter'><p class='parties'>A v. B</p>"
            "<p class='docketnumber'>No. 1</p></section><article class='opinion' data-type='majority'>"
            "<p>Text<a class='footnotemark' href='#footnote_1_1' id='ref_footnote_1_1'>1</a>.</p>"
            "<a class='page-label' data-label='552' href='#p552' id='p552'>*552</a>"
            "<p>Reversed and remanded.</p><aside data-label='1' class='footnote' id='footnote_1_1'>"
            "<a href='#ref_footnote_1_1'>1</a><p>1 The note.</p></aside></article></section>").encode(),
        "gen-columbia.xml": (
            "<?xml version='1.0' encoding='utf-8'?><opinion><caption>In re X</caption>"
            "<opinion_text>Held, 18 U.S.C. § 924(c)<footnote_reference>1</footnote_reference>."
            "<page_number>Page 2</page_number>Affirmed.<footnote_body><footnote_number>1</footnote_number>"
            "Note text.</footnote_body></opinion_text></opinion>").encode(),
        "gen-casemets.xml": (
            "<?xml version='1.0'?><mets xmlns='http://www.loc.gov/METS/' xmlns:c='http://nrs.harvard.edu/urn-3:HLS.Libr.US_Case_Law.Schema.Case_Body:v1'>"
            "<metsHdr>hdr</metsHdr><c:casebody><c:parties pgmap='12'>A v. B</c:parties>"
            "<c:opinion type='majority'><c:p pgmap='13'>The order is vacated.</c:p>"
            "<c:footnote label='1'><c:p>Note.</c:p></c:footnote></c:opinion></c:casebody></mets>").encode(),
        "gen-entities.xml": (
            "<?xml version='1.0'?><!DOCTYPE d [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;'>"
            "<!ENTITY ext SYSTEM 'file:///etc/passwd'>]><d>&b;&b; &ext; &#167; &#x00A7; <![CDATA[ <p> ]]>"
            "<!-- c --><?pi x?></d>").encode(),
        "gen-latin1.html": b"<html><body><p>Section \xa7 5 \x96 affirmed \x93quoted\x94</p></body></html>",
        "gen-utf16.xml": "<?xml version='1.0' encoding='utf-16'?><opinion><p>§ 1983</p></opinion>".encode("utf-16"),
        "gen-nested.html": ("<div>" * 300 + "deep" + "</div>" * 300).encode(),
        "gen-broken.html": b"<html><body><p>Unclosed <b>bold <i>and <p>par</body><td>stray</tr></html",
    }


def text_seeds() -> dict[str, bytes]:
    """Small text documents built here."""
    page = "\n".join(OPINION)
    return {
        "gen-paged.txt": ("Case 1:20-cv-01234 Document 12 Filed 01/02/20 Page 1 of 2\n" + page + "\n1\n\f"
                          "Case 1:20-cv-01234 Document 12 Filed 01/02/20 Page 2 of 2\n" + page + "\n2\n").encode(),
        "gen-wrapped.txt": ("    The court finds that the defend-\nant's motion under Fed. R. Civ. P. 12(b)(6)\n"
                            "must be denied because 28 U.S.C. § 1331 grants jurisdic-\ntion. Id. § 1332(a)(1).\n\n"
                            "    Accordingly, the judgment is AFFIRMED.\n").encode(),
        "gen-cp1252.txt": b"Under \xa7 2254(d) \x96 \x93the writ\x94 is DENIED.\r\n",
        "gen-utf16.txt": "The petition is GRANTED. 8 U.S.C. § 1101(a)(43).\n".encode("utf-16"),
        "gen-controls.txt": b"The motion to dismiss under Rule 12(b)(6) is denied for the reasons stated below." * 3 + b"The motion\x00 is\x0b denied.\t\xef\xac\x81nal \xc2\xad soft\r\r\n\x0c\x0c",
        "gen-statutes.txt": ("26 U.S.C. §§ 6103(a), (i)(2)(A)-(B); Cal. Civ. Code § 1542; N.Y. Penal Law § 125.25(1); "
                             "id. at 5; 42 U.S.C. § 2000e-2(a)(1); Pub. L. No. 111-148, § 1501, 124 Stat. 119.").encode(),
    }


def write(kind: str, seeds: dict[str, bytes], corpus: str | None) -> None:
    """Replace the seed folder of ``kind`` with ``seeds`` and the chosen corpus files."""
    out = os.path.join(HERE, "seeds", kind)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    for name, data in seeds.items():
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(data)
    if corpus and os.path.isdir(corpus):
        for rel in CORPUS_FILES[kind]:
            src = os.path.join(corpus, rel)
            if os.path.exists(src) and os.path.getsize(src) < 50_000:
                shutil.copyfile(src, os.path.join(out, "corpus-" + os.path.basename(rel)))


def main() -> None:
    """Write every seed folder."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    args = ap.parse_args()
    write("pdf", pdf_seeds(), args.corpus)
    write("markup", markup_seeds(), args.corpus)
    write("text", text_seeds(), args.corpus)


if __name__ == "__main__":
    main()
