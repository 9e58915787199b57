from pathlib import Path

import legalparse

SAMPLE = Path(__file__).parent.parent / "fixtures" / "samples" / "njd_2020_mccrimmon-v-johnson_opinion-motion-to-dismiss.pdf"


def test_sample_parses_to_its_pages():
    op = legalparse.parse_file(SAMPLE)
    assert op.source.format == "pdf"
    assert op.source.page_count == len(op.pages) > 1
    assert "McCRIMMON" in op.text
