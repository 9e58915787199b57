"""HTML and XML reading: structure, footnotes, page labels, and safety."""

from __future__ import annotations

import time

import pytest

import legalparse
from legalparse._ingest import ingest

CAP = b"""<section class="casebody" data-firstpage="1004" data-lastpage="1010">
<section class="head-matter">
<p class="parties">STATE of Connecticut v. Peter DYOUS.</p>
<p class="docketnumber">No. 35497.</p>
<p class="court">Appellate Court of Connecticut.</p>
<p class="decisiondate">Argued May 27, 2014.</p>
</section>
<article class="opinion" data-type="majority">
<p class="author">SHELDON, J.</p>
<p>The acquittee appeals from the judgment.<a class="footnotemark" href="#footnote_1_1" id="ref_footnote_1_1">1</a> We affirm.</p>
<p>He was committed under General Statutes <a class="page-label" data-label="1005" href="#p1005">*1005</a>\xc2\xa7 17a-593(c).</p>
<aside data-label="1" class="footnote" id="footnote_1_1"><a href="#ref_footnote_1_1">1</a>
<p>General Statutes \xc2\xa7 17a-593(c) provides in relevant part.</p></aside>
</article>
</section>"""


def test_cap_casebody_pages_footnotes_and_head_matter() -> None:
    doc = ingest(CAP, source="cap.html")
    assert doc.format == "html" and doc.paged
    assert [p.label for p in doc.pages] == ["1004", "1005"]
    assert "We affirm." in doc.text and "judgment. We affirm." in doc.text  # the marker is out of the text
    assert "§ 17a-593(c)." in doc.text
    (note,) = doc.footnotes
    assert note.label == "1" and note.text == "General Statutes § 17a-593(c) provides in relevant part."
    assert note.marker is not None and doc.text[note.marker.start - 9 : note.marker.start] == "judgment."
    assert doc.head_matter["docketnumber"] == ("No. 35497.",)
    assert doc.head_matter["opinion_type"] == ("majority",)
    assert doc.page_at(doc.text.index("§ 17a")) == 2


def test_courtlistener_star_pagination_and_bracket_footnotes() -> None:
    html = b"""<div><center><h1>ERIE RAILROAD CO. v. TOMPKINS.</h1></center>
    <p><span class="star-pagination">*69</span> MR. JUSTICE BRANDEIS delivered the opinion of the Court.</p>
    <p>The doctrine of <i>Swift</i> v. <i>Tyson</i><sup>[1]</sup> shall now be disapproved.</p>
    <p><span class="star-pagination">*70</span>It is so ordered.</p>
    <p>[1] 16 Pet. 1 (1842).</p></div>"""
    doc = ingest(html, source="erie.html")
    assert [p.label for p in doc.pages] == [None, "69", "70"]
    assert "Swift v. Tyson shall" in doc.text
    assert [(n.label, n.text) for n in doc.footnotes] == [("1", "16 Pet. 1 (1842).")]


def test_columbia_xml_with_unquoted_attribute_is_read() -> None:
    xml = b"""<opinion unpublished=true><docket><center>No. CV00 037 98 44</center></docket>
    <opinion_text><unpublished>The Motion to Dismiss is denied.<footnote_reference>[fn1]</footnote_reference>
    </unpublished></opinion_text>
    <footnote_body><footnote_number>[fn1]</footnote_number> See General Statutes \xc2\xa7 45a-186.</footnote_body>
    </opinion>"""
    doc = ingest(xml, source="columbia.xml")
    assert "The Motion to Dismiss is denied." in doc.text
    assert [(n.label, n.text) for n in doc.footnotes] == [("1", "See General Statutes § 45a-186.")]
    assert doc.head_matter["docket"] == ("No. CV00 037 98 44",)


def test_page_chrome_is_dropped() -> None:
    html = b"""<html><head><title>t</title><script>var x=1;</script></head><body>
    <nav id="dropdown">Home | Decisions | Search</nav><div class="header">Law Reporting Bureau</div>
    <main><p>ORDERED that the judgment is affirmed.</p></main>
    <footer class="footer">Contact us</footer></body></html>"""
    doc = ingest(html, source="page.html")
    assert doc.text == "ORDERED that the judgment is affirmed."


def test_html_charset_is_honoured() -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>§ 1983 ¶ 4 “quoted”</p></body></html>'
    doc = ingest(html.encode("cp1252"), source="cp.html")
    assert doc.text == "§ 1983 ¶ 4 “quoted”"


def test_external_entities_are_never_resolved(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    xml = f"""<?xml version="1.0"?>
<!DOCTYPE opinion [<!ENTITY leak SYSTEM "file://{secret}"><!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>
<opinion><p>Before &leak; after &net; end.</p></opinion>""".encode()
    op = legalparse.parse(xml)
    assert "TOP-SECRET" not in op.text
    assert "Before" in op.text and "end." in op.text


def test_entity_expansion_bomb_stays_small() -> None:
    lol = ["<!ENTITY lol0 \"lollollollollollollollollollol\">"]
    for i in range(1, 10):
        lol.append(f"<!ENTITY lol{i} \"{('&lol%d;' % (i - 1)) * 10}\">")
    xml = ("<?xml version=\"1.0\"?><!DOCTYPE opinion [" + "".join(lol) + "]><opinion><p>&lol9;</p></opinion>").encode()
    start = time.monotonic()
    try:
        op = legalparse.parse(xml)
        assert len(op.text) < 10_000
    except legalparse.LegalparseError:
        pass
    assert time.monotonic() - start < 10


@pytest.mark.parametrize("kind", ["html", "xml"])
def test_deep_nesting_does_not_exhaust_the_stack(kind: str) -> None:
    depth = 100_000
    if kind == "html":
        data = b"<html><body>" + b"<div>" * depth + b"deep text" + b"</div>" * depth + b"</body></html>"
    else:
        data = b"<?xml version='1.0'?>" + b"<a>" * depth + b"deep text" + b"</a>" * depth
    try:
        op = legalparse.parse(data)
        assert isinstance(op.text, str)
    except legalparse.LegalparseError as exc:
        assert str(exc)


def _nested(kind: str, depth: int, inner: bytes) -> bytes:
    """A document with a first paragraph, then ``inner`` nested ``depth`` elements deep, then a last paragraph."""
    tag, open_doc, close_doc = ((b"div", b"<html><body>", b"</body></html>") if kind == "html"
                                else (b"a", b"<?xml version='1.0'?><opinion>", b"</opinion>"))
    return (open_doc + b"<p>The motion is denied.</p>" + (b"<" + tag + b">") * depth
            + inner + (b"</" + tag + b">") * depth + b"<p>So ordered.</p>" + close_doc)


@pytest.mark.parametrize("kind", ["html", "xml"])
def test_nesting_past_the_parsers_default_depth_keeps_its_text(kind: str) -> None:
    """Word-processor HTML can nest 300 unclosed tags; libxml2 stops at 256 by default, the reader goes on."""
    document = ingest(_nested(kind, 300, b"The order is affirmed."), source=f"deep.{kind}")
    assert "The order is affirmed." in document.text and "So ordered." in document.text
    assert "markup_truncated" not in [w.code for w in document.warnings]


@pytest.mark.parametrize("kind", ["html", "xml"])
def test_nesting_past_the_readers_depth_is_reported(kind: str) -> None:
    document = ingest(_nested(kind, 3000, b"deep"), source=f"deep.{kind}")
    assert "The motion is denied." in document.text
    assert [w.code for w in document.warnings].count("markup_truncated") == 1
