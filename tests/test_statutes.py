"""Statute citations: one table per feature, each row a real sentence (or a labelled constructed
one from the conformance battery) and what a careful reader marks in it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional

import pytest

from legalparse._statutes import CitationForm, StatuteCitation, find_cases, find_statutes

HERE = Path(__file__).resolve().parent / "statutes"


def keys(text: str) -> list[tuple[str, Optional[str], str, tuple[str, ...]]]:
    return [(c.code, c.title, c.section, c.subsections) for c in find_statutes(text)]


def only(text: str) -> StatuteCitation:
    found = find_statutes(text)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


# --------------------------------------------------------------------- U.S.C. in every printed form

USC = [
    ("plain", "The plain language of 26 U.S.C. § 6103(i)(2) mandates disclosure.", ("U.S.C.", "26", "6103", ("i", "2"))),
    ("no-sign", "The IRS relied on 26 U.S.C. 6103(i)(2) in entering the memorandum.", ("U.S.C.", "26", "6103", ("i", "2"))),
    ("no-space", "The memorandum tracks 26 U.S.C. §6103(i)(2)(A).", ("U.S.C.", "26", "6103", ("i", "2", "A"))),
    ("spaced-abbrev", "Nothing in 26 U. S. C. § 6103(i)(2) requires more.", ("U.S.C.", "26", "6103", ("i", "2"))),
    ("spaced-subsections", "The memorandum tracks 26 U.S.C. § 6103 (i) (2) almost verbatim.", ("U.S.C.", "26", "6103", ("i", "2"))),
    ("nbsp", "Under 26\u00a0U.S.C.\u00a0§\u00a06103(i)(2), the agency head may ask.", ("U.S.C.", "26", "6103", ("i", "2"))),
    ("line-break", "not arbitrary and capricious. 5 U.S.C.\n§ 706(2)(A).", ("U.S.C.", "5", "706", ("2", "A"))),
    ("hyphenated-at-line-end", "disclosure is authorized by 26 U.S.C. § 61-\n03(i)(2) and the memorandum", ("U.S.C.", "26", "6103", ("i", "2"))),
    ("uscs", "The sentencing enhancement in 18 U.S.C.S. § 924(c)(1)(A) applies.", ("U.S.C.", "18", "924", ("c", "1", "A"))),
    ("usca-publisher-year", "48 U.S.C.A. § 2161(c)(7) (West 2017).", ("U.S.C.", "48", "2161", ("c", "7"))),
    ("old-s", "invoking that court's\njurisdiction under the Miller Act, 40 U.S.C. s 270b, which", ("U.S.C.", "40", "270b", ())),
    ("sec", "1 U.S.C. sec. 1", ("U.S.C.", "1", "1", ())),
    ("lowercase", "5 usc 552", ("U.S.C.", "5", "552", ())),
    ("lettered-1028A", "aggravated identity theft under 18 U.S.C. § 1028A(a)(1).", ("U.S.C.", "18", "1028A", ("a", "1"))),
    ("lettered-2000e-5", "42 U.S.C.A. § 2000e-5(f) (3) (West 1994).", ("U.S.C.", "42", "2000e-5", ("f", "3"))),
    ("section-of-title", "under section 89 of title 14, United States Code.", ("U.S.C.", "14", "89", ())),
    ("section-of-title-short", "Plaintiffs sue under section 1983 of title 42.", ("U.S.C.", "42", "1983", ())),
    ("section-of-usc", "Section 14123(a)(2) of 49 U.S.C. requires a report.", ("U.S.C.", "49", "14123", ("a", "2"))),
    ("title-first", "in violation of Title 21, United States Code, Section 853.", ("U.S.C.", "21", "853", ())),
    ("us-code-words", "1 U.S. Code §1", ("U.S.C.", "1", "1", ())),
]


@pytest.mark.parametrize("text,want", [pytest.param(t, w, id=i) for i, t, w in USC])
def test_usc_forms(text: str, want: tuple) -> None:
    assert keys(text)[0] == want


def test_appendix_note_and_et_seq_are_flags_outside_the_span() -> None:
    app = only("50 U.S.C. app. § 5(b)")
    assert (app.title, app.section, app.appendix, app.canonical) == ("50", "5", True, "50 U.S.C. app. § 5(b)")
    note = find_statutes("(codified at 8 U.S.C. § 1231 note).")[0]
    assert note.note and note.text == "8 U.S.C. § 1231"
    seq = only("The Privacy Act, 5 U.S.C. § 552a et seq., regulates records.")
    assert seq.et_seq and seq.text == "5 U.S.C. § 552a" and seq.canonical == "5 U.S.C. § 552a et seq."


# --------------------------------------------------------------------- the Internal Revenue Code

IRC = [
    ("irc-abbrev", "See I.R.C. § 6103(b)(6) (defining taxpayer identity).", ("6103", ("b", "6")), "I.R.C."),
    ("irc-sec", "under I.R.C. sec. 704(d) P-H had an insufficient basis", ("704", ("d",)), "I.R.C."),
    ("irc-Sec-publisher", "pursuant to I.R.C. Sec. 7217 (West Supp.1981),1 alleging", ("7217", ()), "I.R.C."),
    ("irc-words-first", "Internal Revenue Code § 7213(a)(1) makes unauthorized disclosure a felony.", ("7213", ("a", "1")), "Internal Revenue Code"),
    ("section-of-irc", "Section 6103 of the Internal Revenue Code generally bars disclosure.", ("6103", ()), "Internal Revenue Code"),
]


@pytest.mark.parametrize("text,want,written", [pytest.param(t, w, a, id=i) for i, t, w, a in IRC])
def test_internal_revenue_code_is_title_26(text: str, want: tuple, written: str) -> None:
    c = find_statutes(text)[0]
    assert (c.code, c.title, c.section, c.subsections) == ("U.S.C.", "26", *want)
    assert c.as_written == written


def test_the_code_in_context_and_tax_court_section_references() -> None:
    text = ("Unless otherwise indicated, all section references are to the Internal Revenue Code "
            "(26 U.S.C.), as amended. The Commissioner relies on sec. 465(b)(4). "
            "Sec. 465(a), (c)(3)(A) limits losses.")
    assert keys(text) == [("U.S.C.", "26", "465", ("b", "4")), ("U.S.C.", "26", "465", ("a",)),
                          ("U.S.C.", "26", "465", ("c", "3", "A"))]
    code = "The Internal Revenue Code of 1986 governs. Section 7491 of the Code shifts the burden."
    assert keys(code) == [("U.S.C.", "26", "7491", ())]


# --------------------------------------------------------------------- regulations, Stat., Pub. L.

OTHER_FEDERAL = [
    ("cfr", "8 C.F.R. § 287.8(c)(2)(i).", [("C.F.R.", "8", "287.8", ("c", "2", "i"))]),
    ("cfr-paren-section", "see also 26 C.F.R. sec. 301.6231(a)(3)-1(a)(4), Proced. & Admin. Regs.",
     [("C.F.R.", "26", "301.6231(a)(3)-1", ("a", "4"))]),
    ("treas-reg", "Treas. Reg. § 301.6103(c)-1(a).", [("C.F.R.", "26", "301.6103(c)-1", ("a",))]),
    ("cfr-no-sign", "See 23 C.F.R. 645.209, ... 23 C.F.R. 645.207", [("C.F.R.", "23", "645.209", ()), ("C.F.R.", "23", "645.207", ())]),
    ("publaw-stat", "Privacy Act of 1974, Pub. L. No. 93-579, 88 Stat. 1896 (codified at 5 U.S.C. § 552a).",
     [("Pub. L.", "93", "579", ()), ("Stat.", "88", "1896", ()), ("U.S.C.", "5", "552a", ())]),
    ("publaw-div-pin", "See Pub. L. No. 105-277, div. G, § 2242(b), 112 Stat. 2681-822 (1998)",
     [("Pub. L.", "105", "277", ()), ("Stat.", "112", "2681-822", ())]),
    ("publaw-no-congress", "See Act of Aug. 11, 1955,\nPub. L. 346, 69 Stat. 654.", [("Pub. L.", None, "346", ()), ("Stat.", "69", "654", ())]),
    ("stat-across-lines", "Compact, Pub. L. 91\u201352, 83 Stat.\n86. Tarrant", [("Pub. L.", "91", "52", ()), ("Stat.", "83", "86", ())]),
    ("act-section-before-stat", "Mandatory Victims Restitution Act, §208, 110 Stat. 1240.", [("Stat.", "110", "1240", ())]),
]


@pytest.mark.parametrize("text,want", [pytest.param(t, w, id=i) for i, t, w in OTHER_FEDERAL])
def test_regulations_statutes_at_large_public_laws(text: str, want: list) -> None:
    assert keys(text) == want


# --------------------------------------------------------------------- federal rules

RULES = [
    ("frcp-list", "Defendants move to dismiss under Fed. R. Civ. P. 12(b)(1) and 12(b)(6). Rule 12(b)(6) tests the complaint.",
     [("Fed. R. Civ. P.", "12", ("b", "1"), "full"), ("Fed. R. Civ. P.", "12", ("b", "6"), "full"), ("Fed. R. Civ. P.", "12", ("b", "6"), "short")]),
    ("frap-no-spaces", "a notice of appeal under Fed.R.App.P. 4(a)(4), other than", [("Fed. R. App. P.", "4", ("a", "4"), "full")]),
    ("frap-not-circuit", "are set forth in Fed. R. App. P. 35 and 40, 3rd Cir.", [("Fed. R. App. P.", "35", (), "full"), ("Fed. R. App. P.", "40", (), "full")]),
    ("frap-abbrev", "Counsel must file under FRAP 12(a), 32(a).", [("Fed. R. App. P.", "12", ("a",), "full"), ("Fed. R. App. P.", "32", ("a",), "full")]),
    ("fre", "The statement is not hearsay. Fed. R. Evid. 801(d)(2)(D).", [("Fed. R. Evid.", "801", ("d", "2", "D"), "full")]),
    ("rule-long-form", "moves to intervene under Federal Rule of Civil Procedure 24(b)(1)(B) for the",
     [("Fed. R. Civ. P.", "24", ("b", "1", "B"), "full")]),
    ("rule-of-the-rules", "brought pursuant to Rule 56(a) of the Federal Rules of Civil Procedure.",
     [("Fed. R. Civ. P.", "56", ("a",), "full")]),
    ("small-caps", "FED. R. CIV. P. 12(b)(6).", [("Fed. R. Civ. P.", "12", ("b", "6"), "full")]),
    ("rules-of-evidence-list", "inadmissible hearsay under Federal Rules of Evidence 801 and 802.",
     [("Fed. R. Evid.", "801", (), "full"), ("Fed. R. Evid.", "802", (), "full")]),
    ("subdivision-range", "Fed. R. Civ. P. 60(b)(1)\u2013(5) lists reasons.", [("Fed. R. Civ. P.", "60", ("b", "1"), "full")]),
]


@pytest.mark.parametrize("text,want", [pytest.param(t, w, id=i) for i, t, w in RULES])
def test_federal_rules(text: str, want: list) -> None:
    assert [(c.code, c.section, c.subsections, c.form.value) for c in find_statutes(text)] == want


NOT_FEDERAL_RULES = [
    ("state-court-rule", "Plaintiff filed a motion under Rule 12(b)(6) of the North Carolina Rules of Civil Procedure."),
    ("no-federal-rules-in-document", "The trial court dismissed under Rule 12(b)(6). We review de novo."),
    ("state-rules-abbrev", "The evidence was admissible. Rule 6(b), SCRCrimP."),
    ("local-rule", "See Fed. R. Civ. P. 56. Local Rule 7.1 requires a statement."),
    ("tax-court-rules", "All Rule references are to the Tax Court Rules of Practice and Procedure. Rule 142(a) places the burden."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NOT_FEDERAL_RULES])
def test_bare_rules_only_where_the_federal_rules_apply(text: str) -> None:
    assert [c for c in find_statutes(text) if c.form is CitationForm.SHORT] == []


# --------------------------------------------------------------------- Constitution and named Acts

def test_constitution_units() -> None:
    c = only("U.S. Const. art. I, § 9, cl. 3.")
    assert (c.code, c.title, c.section, c.subsections) == ("U.S. Const.", None, "art. I", ("§ 9", "cl. 3"))
    assert c.url == "https://www.law.cornell.edu/constitution/articlei"
    a = only("U.S. Const. amend. XIV, § 1.")
    assert (a.section, a.subsections, a.canonical) == ("amend. XIV", ("§ 1",), "U.S. Const. amend. XIV, § 1")
    short = find_statutes("The Constitution forbids it. Art. I, §10, cl. 1.")
    assert [(s.section, s.subsections, s.form.value) for s in short] == [("art. I", ("§ 10", "cl. 1"), "short")]


NAMED = [
    ("civil-rights-act", 'subsections (c) and (e) of § 706 of the Civil Rights Act of 1964, 78 Stat. 260',
     ("Civil Rights Act of 1964", None, "706", ())),
    ("promesa", "Section 301(c)(7) of PROMESA provides that the term", ("PROMESA", None, "301", ("c", "7"))),
    ("bankruptcy-code", 'as used in Section 544 of the Bankruptcy Code, means the Oversight Board', ("U.S.C.", "11", "544", ())),
    ("state-code-named", "Section 23-65 of the Connecticut General Statutes concerns trees.", ("Conn. Gen. Stat.", None, "23-65", ())),
]


@pytest.mark.parametrize("text,want", [pytest.param(t, w, id=i) for i, t, w in NAMED])
def test_named_acts_and_codes(text: str, want: tuple) -> None:
    assert keys(text)[0] == want


# --------------------------------------------------------------------- state codes

STATES = [
    ("nc", "N.C.G.S. \u00a7 14-306.4(a)(3); see", ("N.C. Gen. Stat.", None, "14-306.4", ("a", "3"))),
    ("mass-chapter", "See G.L. c. 127, \u00a7 133A, as amended", ("Mass. Gen. Laws", "127", "133A", ())),
    ("ilcs", "Sex Offender Registration Act (SORA) ( 730 ILCS 150/1 et seq. (West 2014) )", ("Ill. Comp. Stat.", "730", "150/1", ())),
    ("cal-official-style", "(Health & Saf. Code, \u00a7\u00a7 11359, 11357, subd. (a).)", ("Cal. Health & Safety Code", None, "11359", ())),
    ("wis-trailing-paragraph", "WIS. STAT. \u00a7 704.90(6)(a)7.", ("Wis. Stat.", None, "704.90", ("6", "a", "7"))),
    ("prico", "Act 66-2012, 3 L.P.R.A. \u00a7 9101 et seq. (\"Act 66\")", ("P.R. Laws Ann.", "3", "9101", ())),
    ("okla-tit-across-lines", "Okla. Stat., Tit. 82,\n\u00a7105.12(A)(5) (West 2013).", ("Okla. Stat.", "82", "105.12", ("A", "5"))),
    ("neb-range-to", "See Neb.Rev.Stat. \u00a7\u00a7 29-2519 to 29-2546 (Reissue 1995).", ("Neb. Rev. Stat.", None, "29-2519", ())),
    ("texas-words", "Texas Insurance Code \u00a7 4001.003(1)", ("Tex. Ins. Code Ann.", None, "4001.003", ("1",))),
    ("texas-small-caps", "TEX. INS. CODE \u00a7 4001.003(1)(B)", ("Tex. Ins. Code Ann.", None, "4001.003", ("1", "B"))),
    ("dc", "(codified as D.C.Code \u00a7 22-3302 ).", ("D.C. Code", None, "22-3302", ())),
    ("ariz-ann", "Ariz. Rev. Stat. Ann. \u00a7 36-3701 et seq. (West 2009)", ("Ariz. Rev. Stat.", None, "36-3701", ())),
    ("conn-postfix", "the Motion to Dismiss must fail.45a-187 (a) C.G.S.", ("Conn. Gen. Stat.", None, "45a-187", ("a",))),
    ("louisiana-dot-letter", "La. Rev. Stat. \u00a7\u00a7 12:1-622.B, 12:1303.A", ("La. Stat. Ann.", None, "12:1-622", ("B",))),
    ("louisiana-article", "La. Civ. Code Ann. art. 3045.", ("La. Civ. Code Ann.", None, "3045", ())),
    ("wva-et-seq", "as set out in W. Va.Code \u00a7 23-4C-1 et seq. , or to", ("W. Va. Code", None, "23-4C-1", ())),
]


@pytest.mark.parametrize("text,want", [pytest.param(t, w, id=i) for i, t, w in STATES])
def test_state_codes(text: str, want: tuple) -> None:
    assert keys(text)[0] == want


# --------------------------------------------------------------------- ranges and lists

RANGES = [
    ("en-dash", "See 26 U.S.C. \u00a7\u00a7 6103\u20136105.", ("6103", "6105", None)),
    ("hyphen-letters", "40 U.S.C. ss 270a-270f (1994).", ("270a", "270f", None)),
    ("repeated-prefix", "42 U.S.C.\n      \u00a7\u00a7 2000cc-2000cc-5 (Count X).", ("2000cc", "2000cc-5", None)),
    ("through", "42 U.S.C.A. \u00a7\u00a7 1981a, 2000e through 2000e-17 (West 1994).", ("2000e", "2000e-17", None)),
    ("subsection-range", "governed by 26 U.S.C. \u00a7 6103(i)(1)\u2013(3).", ("6103", None, ("i", "3"))),
    ("hyphenated-section-is-not-a-range", "Sections 23-59 and 23-65 of the Connecticut General Statutes", ("23-59", None, None)),
]


@pytest.mark.parametrize("text,want", [pytest.param(t, w, id=i) for i, t, w in RANGES])
def test_ranges(text: str, want: tuple) -> None:
    ranged = [c for c in find_statutes(text) if c.section == want[0]]
    assert ranged and (ranged[0].section, ranged[0].section_end, ranged[0].subsections_end) == want


LISTS = [
    ("two-sections", "The plaintiffs sued under the Privacy Act and the APA, 5 U.S.C. \u00a7\u00a7 552a(b), 706.",
     [("552a", ("b",), "5 U.S.C. \u00a7\u00a7 552a(b)"), ("706", (), "706")]),
    ("and", "5 U.S.C. \u00a7\u00a7 8344 and 8468 in order to", [("8344", (), "5 U.S.C. \u00a7\u00a7 8344"), ("8468", (), "8468")]),
    ("subsection-continuation", "sec. 7482(b)(1)(A), (2) governs venue",
     [("7482", ("b", "1", "A"), "sec. 7482(b)(1)(A)"), ("7482", ("b", "2"), "(2)")]),
    ("sections-then-title", "in sections 552b(c)(4) and 552b(c)(6), Title 5 U.S.C., as amended.",
     [("552b", ("c", "4"), "sections 552b(c)(4)"), ("552b", ("c", "6"), "552b(c)(6), Title 5 U.S.C.")]),
]


@pytest.mark.parametrize("text,want", [pytest.param(t, w, id=i) for i, t, w in LISTS])
def test_lists_are_one_item_each(text: str, want: list) -> None:
    found = find_statutes(text)
    if "Tax" not in text and "sec. 7482" in text:
        found = find_statutes("All section references are to the Internal Revenue Code. " + text)
    assert [(c.section, c.subsections, c.text) for c in found] == want


# --------------------------------------------------------------------- short forms and Id.

SHORT = [
    ("centro", "Tax records are kept confidential. 26 U.S.C. \u00a7 6103(a). As relevant here, one such exception, "
     "\u00a7 6103(i)(2), allows the head of a federal agency to request return information. Id. \u00a7 6103(i)(2).",
     [("6103", ("a",), "full"), ("6103", ("i", "2"), "short"), ("6103", ("i", "2"), "id")]),
    ("id-at-subsection", "courts award fees, 42 USC \u00a7 1988(b), and, by discretion, expert fees, id. at (c).",
     [("1988", ("b",), "full"), ("1988", ("c",), "id")]),
    ("bare-id", "42 U.S.C. \u00a7 1983. Id.", [("1983", (), "full"), ("1983", (), "id")]),
    ("id-after-case-is-not-a-statute", "42 U.S.C. \u00a7 1983. See Monroe v. Pape, 365 U.S. 167 (1961). Id. at 171.",
     [("1983", (), "full")]),
    ("scotus-short", "See 8 U. S. C. \u00a71231(a)(6); \u00a71226(a).", [("1231", ("a", "6"), "full"), ("1226", ("a",), "short")]),
    ("section-word", "ICE invoked 26 U.S.C. \u00a7 6103(i)(2). But section 6103(i)(2) requires a pending investigation.",
     [("6103", ("i", "2"), "full"), ("6103", ("i", "2"), "short")]),
]


@pytest.mark.parametrize("text,want", [pytest.param(t, w, id=i) for i, t, w in SHORT])
def test_short_forms_and_id(text: str, want: list) -> None:
    found = find_statutes(text)
    assert [(c.section, c.subsections, c.form.value) for c in found] == want
    assert all(c.title == found[0].title and c.code == found[0].code for c in found)


def test_short_form_takes_the_antecedent_of_the_same_shape() -> None:
    text = ("Section 2 of the Sherman Act, 15 USC \u00a7 2, and General Statutes \u00a7 35-24 apply. "
            "Section 35-26 bars restraints.")
    last = find_statutes(text)[-1]
    assert (last.code, last.section, last.form.value) == ("Conn. Gen. Stat.", "35-26", "short")


NEGATIVES = [
    ("contract-sections", "Under Section 4.2 of the Memorandum of Understanding and \u00a7 3 of the Agreement, the parties shall confer."),
    ("ecf-and-opinion-section", "Plaintiffs' motion, ECF No. 12, is DENIED. See Mem. Op. at 5 (Section 2)."),
    ("numbers", "He filed Form 1040 for tax year 2019 and paid $6,103 in tax on 26 acres at 5 Main St."),
    ("cases-only", "The Court relied on Osborn v. Bank of the United States, 22 U.S. 738 (1824), and 26 U.S. 103."),
    ("treatise", "See 11 Moore's Federal Practice \u00a7 60.05 (3d ed. 2022)."),
    ("word-containing-section", "a street light in an intersection 15 feet above the surface"),
    ("bill-section", "[Section 101(a) of the bill] extends this requirement."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NEGATIVES])
def test_not_statutes(text: str) -> None:
    assert find_statutes(text) == ()


# --------------------------------------------------------------------- canonical form and links

CANONICAL = [
    ("26 U.S.C. \u00a7 6103(i)(2)", "26 U.S.C. \u00a7 6103(i)(2)", "https://www.law.cornell.edu/uscode/text/26/6103#i_2"),
    ("See 26 U.S.C. \u00a7\u00a7 6103\u20136105.", "26 U.S.C. \u00a7\u00a7 6103\u20136105", "https://www.law.cornell.edu/uscode/text/26/6103"),
    ("26 U.S.C. \u00a7 6103(i)(1)\u2013(3)", "26 U.S.C. \u00a7 6103(i)(1)\u2013(3)", "https://www.law.cornell.edu/uscode/text/26/6103#i_1"),
    ("8 C.F.R. \u00a7 287.8(c)(2)(i)", "8 C.F.R. \u00a7 287.8(c)(2)(i)", "https://www.law.cornell.edu/cfr/text/8/287.8#p-287.8(c)(2)(i)"),
    ("Fed. R. Civ. P. 56(a)", "Fed. R. Civ. P. 56(a)", "https://www.law.cornell.edu/rules/frcp/rule_56"),
    ("88 Stat. 1896", "88 Stat. 1896", "https://www.govinfo.gov/link/statute/88/1896"),
    ("Pub. L. No. 93-579", "Pub. L. No. 93-579", "https://www.govinfo.gov/link/plaw/93/public/579"),
    ("Okla. Stat. tit. 82, \u00a7 105.12", "Okla. Stat. tit. 82, \u00a7 105.12", None),
    ("G.L. c. 127, \u00a7 133A", "Mass. Gen. Laws ch. 127, \u00a7 133A", None),
    ("730 ILCS 150/1", "730 Ill. Comp. Stat. 150/1", None),
]


@pytest.mark.parametrize("text,canonical,url", [pytest.param(t, c, u, id=c) for t, c, u in CANONICAL])
def test_canonical_and_url(text: str, canonical: str, url: Optional[str]) -> None:
    c = find_statutes(text)[0]
    assert (c.canonical, c.url) == (canonical, url)


# --------------------------------------------------------------------- the conformance battery

def _battery() -> list:
    return [json.loads(line) for line in (HERE / "battery.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def _family(item: dict) -> str:
    kind = item.get("kind") or ""
    if kind in ("usc", "irc"):
        return "usc"
    code = re.sub(r"[^a-z]", "", (item.get("code") or "").lower())
    for prefix, fam in (("usc", "usc"), ("cfr", "cfr"), ("treasreg", "cfr"), ("stat", "stat"), ("publ", "publaw"),
                        ("fedrcivp", "frcp"), ("fedrappp", "frap"), ("fedrevid", "fre"), ("usconst", "const")):
        if code.startswith(prefix):
            return fam
    return kind if kind in ("cfr", "stat", "publaw", "frcp", "frap", "fre") else "other"


def _key(item: dict) -> tuple:
    fam = _family(item)
    title = item.get("title") if fam in ("usc", "cfr", "stat", "publaw") else None
    if item.get("kind") == "irc":
        title = "26"
    section = re.sub(r"\s+", "", str(item.get("section"))).replace("\u2013", "-")
    return fam, title, section, tuple(item.get("subsections") or ())


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in _battery()])
def test_battery_case_finds_every_expected_citation(case: dict) -> None:
    found = [_key({"code": c.code, "title": c.title, "section": c.section, "subsections": c.subsections})
             for c in find_statutes(case["text"])]
    for want in case["expected"]:
        assert _key(want) in found, (want, found)
    if "negative" in case["tags"] or "id-trap" in case["tags"]:
        assert len(found) == len(case["expected"])


# --------------------------------------------------------------------- the peers' own test vectors

def _vectors() -> list:
    path = HERE / "peer_vectors.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("vector", [pytest.param(v, id=f"{v['peer']}:{v['text'][:40]}") for v in _vectors()])
def test_peer_vector(vector: dict) -> None:
    found = find_statutes(vector["text"])
    for want in vector["expected"]:
        hits = [c for c in found if c.section.replace("\u2013", "-") == str(want["section"]).replace("\u2013", "-")
                and (want["code"] is None or c.code == want["code"])
                and (want["title"] is None or c.title == want["title"])]
        assert hits, (want, [(c.code, c.title, c.section) for c in found])
        if want.get("subsections") is not None:
            assert list(hits[0].subsections) == list(want["subsections"])


# --------------------------------------------------------------------- case citations in the stream

def test_find_cases_reports_eyecite_fields() -> None:
    cases = find_cases("See Monroe v. Pape, 365 U.S. 167 (1961) (construing 42 U.S.C. \u00a7 1983).")
    assert [(c.text, c.volume, c.reporter, c.reporter_page, c.page) for c in cases] == [
        ("365 U.S. 167", "365", "U.S.", "167", None)]
    assert cases[0].span.start == 20
