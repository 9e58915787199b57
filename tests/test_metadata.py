"""Caption reading on real captions, stamps, judge lines and dates.

Every input string below is copied from a document of the corpus or of CAP's
samples; the expected values are what the document says.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from legalparse._document import Document, Page
from legalparse._metadata import find_metadata, find_opinions, find_sections
from legalparse._metadata import _caption, _court, _docket, _judges, _kind, _names, _when
from legalparse._metadata._dates import first_date
from legalparse._metadata._lines import Line, caption_lines, lines
from legalparse._metadata._sections import HEADING_WORDS
from legalparse._metadata._stamp import find_stamps
from legalparse._metadata._vocab import DOCUMENT_TITLES, PARTY_ROLES
from legalparse._span import Span


def doc(text: str, *, head: dict[str, tuple[str, ...]] | None = None, furniture: tuple[str, ...] = ()) -> Document:
    return Document(
        text=text,
        format="text",
        pages=[Page(number=1, span=Span(0, len(text)), furniture=furniture)],
        head_matter=head or {},
    )


def as_lines(text: str) -> list[Line]:
    return list(lines(text))


# ---------------------------------------------------------------- docket numbers

@pytest.mark.parametrize(
    ("printed", "normal"),
    [
        ("Case 1:25-cv-00677-DLF", "1:25-cv-00677"),
        ("3:18-cv-16281(BRM)(TJB)", "3:18-cv-16281"),
        ("8:16-cv-1261 DOC (KESx)", "8:16-cv-01261"),
        ("2:20-SW-908 DB", "2:20-sw-00908"),
        ("1:20-cv-01133-DAD-BAM", "1:20-cv-01133"),
        ("17-cv-00072-BLF", "17-cv-00072"),
        ("CV 16-06794 AB (JCx)", "16-cv-06794"),
        ("24–482.", "24-482"),
        ("21-50498", "21-50498"),
        ("19031-13", "19031-13"),
        ("ED108783", "ED108783"),
        ("COA09-277.", "COA09-277"),
        ("2007AP2077.", "2007AP2077"),
        ("CV 96 131435", "CV 96 131435"),
        ("CV-03-0476159 S", "CV-03-0476159 S"),
        ("17 BK 3283-LTS", "17 BK 3283-LTS"),
        ("26950.", "26950"),
    ],
)
def test_docket_normalization(printed: str, normal: str) -> None:
    assert _docket.normalize(printed) == normal


def test_state_docket_is_kept_as_printed() -> None:
    # District of Columbia Court of Appeals: "No. 12–CF–1657."
    assert _docket.normalize("12–CF–1657.", federal=False) == "12-CF-1657"


@pytest.mark.parametrize(
    ("label_text", "items"),
    [
        ("96-7169/96-7186", ["96-7169", "96-7186"]),
        ("133961 and 133962", ["133961", "133962"]),
        ("19031-13, 27735-13, Filed February 20, 2020.", ["19031-13", "27735-13"]),
        ("17 BK 3283-LTS (Jointly Administered)", ["17 BK 3283-LTS"]),
        ("707503/15)", ["707503/15"]),
    ],
)
def test_docket_lists(label_text: str, items: list[str]) -> None:
    assert _docket.split_list(label_text) == items


@pytest.mark.parametrize(
    ("caption", "dockets"),
    [
        ("NICHOLE MARIE JAGELS, ) No. ED108783\nAppellant, ) Appeal from the Circuit Court of\n"
         ") St. Charles County, Missouri\nvs. ) No. 1711-CC00064", ["ED108783"]),
        ("Appeal from the United States District Court\nfor the Western District of Texas\nUSDC No. 3:20-CV-257", []),
        ("Docket No. 133961.\nDocket No. 133962.\nCOA No. 266264.", ["133961", "133962"]),
        ("See Anthes v. New York Univ., No. 17-CV 02511 (ALC), 2018 WL 1737540", []),
        ("Finjan’s Motion in Limine No. 1 (ECF 527): GRANTED IN PART", []),
    ],
)
def test_caption_dockets_skip_lower_courts_and_citations(caption: str, dockets: list[str]) -> None:
    found = [item for item, lower, _, _ in _docket.labelled(as_lines(caption)) if not lower]
    assert [_docket.normalize(d) for d in found] == dockets


# ---------------------------------------------------------------- ECF stamps

@pytest.mark.parametrize(
    ("stamp", "docket", "date"),
    [
        ("Case 2:19-cv-12345-BRM-JAD Document 33 Filed 06/30/20 Page 3 of 9 PageID: 412", "2:19-cv-12345-BRM-JAD", "2020-06-30"),
        ("Case: 12-2209 Document: 00116475093 Page: 1 Date Filed: 01/03/2013 Entry ID: 5700979", "12-2209", "2013-01-03"),
        ("Case 17-3510, Document 1-1, 10/31/2017, 2161300, Page1 of 2", "17-3510", "2017-10-31"),
        ("Case No. 1:23-cv-01996-CNS-KAS Document 103 filed 06/25/26 USDC Colorado pg 1 of 2", "1:23-cv-01996-CNS-KAS", "2026-06-25"),
        ("Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page 1 of 4 Page ID #:365", "8:16-cv-01261-DOC-KES", "2016-08-05"),
    ],
)
def test_stamps_from_furniture(stamp: str, docket: str, date: str) -> None:
    found = find_stamps(doc("Body text.", furniture=(stamp,)))
    assert [(s.docket, s.date) for s in found] == [(docket, date)]


def test_stamps_still_in_the_text_are_read() -> None:
    text = "IT IS SO ORDERED.\nCase 3:18-cv-16281-BRM-TJB Document 32 Filed 06/30/20 Page 9 of 9 PageID: 271"
    assert [(s.docket, s.date) for s in find_stamps(doc(text))] == [("3:18-cv-16281-BRM-TJB", "2020-06-30")]


def test_stamp_date_is_a_fallback_with_a_warning() -> None:
    text = "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\nORDER\nThe motion is DENIED."
    meta = find_metadata(doc(text, furniture=("Case 3:18-cv-16281-BRM-TJB Document 32 Filed 06/30/20 Page 1 of 9 PageID: 263",)))
    assert meta.date == "2020-06-30"
    assert [w.code for w in meta.warnings] == ["date_from_stamp"]
    assert meta.docket_numbers == ("3:18-cv-16281",)


# ---------------------------------------------------------------- courts

@pytest.mark.parametrize(
    ("caption", "court_id"),
    [
        ("UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY", "njd"),
        ("United States Court of Appeals\nFor the First Circuit", "ca1"),
        ("United States Court of Appeals\nfor the Fifth Circuit", "ca5"),
        ("IN THE UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA", "caed"),
        ("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nSAN JOSE DIVISION", "cand"),
        ("In the Missouri Court of Appeals\nEastern District\nDIVISION THREE", "moctapp"),
        ("UNITED STATES TAX COURT", "tax"),
        ("Court of Appeals of North Carolina.", "ncctapp"),
        ("Supreme Court of South Carolina.", "sc"),
        ("Connecticut Superior Court, Judicial District of Waterbury", "connsuperct"),
    ],
)
def test_court_from_caption(caption: str, court_id: str) -> None:
    assert find_metadata(doc(caption + "\nOPINION\n")).court_id == court_id


@pytest.mark.parametrize(("pattern", "court_id", "example"), [(p.pattern, c, e) for p, c, e in _court.REPORTER_LINES])
def test_reporter_lines(pattern: str, court_id: str, example: str) -> None:
    assert _court.reporter_court(example) == court_id


def test_court_from_colorado_stamp() -> None:
    stamp = "Case No. 1:23-cv-01996-CNS-KAS Document 103 filed 06/25/26 USDC Colorado pg 1 of 2"
    assert find_metadata(doc("COURTROOM MINUTES\n", furniture=(stamp,))).court_id == "cod"


def test_court_name_is_courts_db_name() -> None:
    meta = find_metadata(doc("UNITED STATES TAX COURT\nROCK BORDELON,\nPetitioner v.\nCOMMISSIONER OF INTERNAL REVENUE, Respondent\n"))
    assert (meta.court_id, meta.court) == ("tax", "United States Tax Court")


# ---------------------------------------------------------------- case names

@pytest.mark.parametrize(
    ("caption", "name"),
    [
        ("RASOOL McCRIMMON, :\nPlaintiff, : Civ. No. 3:18-cv-16281(BRM)(TJB)\nv. :\nSTEVE JOHNSON, et al., : OPINION\nDefendants. :",
         "McCrimmon v. Johnson"),
        ("No. 12-2207\nTRANSAMERICA LIFE INSURANCE COMPANY,\nPlaintiff, Appellant,\nv.\nESTELLA RODRIGUES,\nDefendant, Appellee,",
         "Transamerica Life Insurance Company v. Rodrigues"),
        ("Vanessa St. Pierre,\nPlaintiff—Appellant,\nversus\nStandard Insurance Company; Dearborn National Life\nInsurance Company,\nDefendants—Appellees.",
         "St. Pierre v. Standard Insurance Company"),
        ("ROCK BORDELON AND TORIE BORDELON,1\nPetitioners v.\nCOMMISSIONER OF INTERNAL REVENUE, Respondent", "Bordelon v. Commissioner"),
        ("NICHOLE MARIE JAGELS, ) No. ED108783\n)\nAppellant, ) Appeal from the Circuit Court of\n) St. Charles County, Missouri\n"
         "vs. ) No. 1711-CC00064\n)\nSTATE OF MISSOURI, ) Honorable Deborah J. Alessi\n)\nRespondent. ) Filed: January 19, 2021", "Jagels v. State"),
        ("Title: Clifton W. Marshall, et al. v. Northrop Grumman Corporation, et al.", "Marshall v. Northrop Grumman Corporation"),
        ("Short Title: National Football League Manag v. National\nFootball League Playe",
         "National Football League Manag v. National Football League Playe"),
        ("Syllabus\nELLINGBURG v. UNITED STATES\nCERTIORARI TO THE UNITED STATES COURT OF APPEALS FOR", "Ellingburg v. United States"),
        ("IN THE MATTER OF THE SEARCH OF\nMICHAEL ANTHONY BUTLER, JR., AS\nDESCRIBED IN ATTACHMENT A-4\nCASE NO. 2:20-SW-908 DB",
         "In the Matter of the Search of Michael Anthony Butler, Jr., As Described in Attachment A-4"),
        ("D George Sweigert,\nPlaintiff,\n-against-\nJason Goodman,\nDefendant.", "Sweigert v. Goodman"),
    ],
)
def test_case_name_from_caption(caption: str, name: str) -> None:
    assert _caption.find_parties(as_lines(caption))[0] == name


@pytest.mark.parametrize("banner", ["NOT FOR PUBLICATION", "FOR PUBLICATION", "UNPUBLISHED", "NOT PRECEDENTIAL"])
def test_a_publication_banner_above_the_caption_is_no_party(banner: str) -> None:
    caption = (f"{banner}\n:\nRASOOL McCRIMMON, :\n:\nPlaintiff, : Civ. No. 3:18-cv-16281(BRM)(TJB) :\n"
               "v. :\n:\nSTEVE JOHNSON, et al., : OPINION\n:\nDefendants. :")
    _, parties = _caption.find_parties(as_lines(caption))
    assert [(p.name, p.role) for p in parties] == [
        ("RASOOL McCRIMMON", "plaintiff"), ("STEVE JOHNSON, et al.", "defendant")]


def test_parties_carry_their_roles() -> None:
    caption = "ESTELLA RODRIGUES,\nPlaintiff, Appellant,\nv.\nTRANSAMERICA LIFE INSURANCE COMPANY,\nDefendant, Appellee,"
    _, parties = _caption.find_parties(as_lines(caption))
    assert [(p.name, p.role) for p in parties] == [
        ("ESTELLA RODRIGUES", "plaintiff"),
        ("TRANSAMERICA LIFE INSURANCE COMPANY", "defendant"),
    ]


@pytest.mark.parametrize(
    ("printed", "short"),
    [
        ("The STATE, Petitioner, v. Ricky L. HATCHER, Respondent.", "State v. Hatcher"),
        ("Geoffrey N. FIEGER, Fieger, Fieger, Kenny & Johnson, P.C., Petitioners-Appellants, v. Michael A. COX, "
         "Individually and in his, Official Capacity as Attorney General, Respondents-Appellees.", "Fieger v. Cox"),
        ("Alicia Danielle MOSTELLER, Plaintiff, v. DUKE ENERGY CORPORATION, a North Carolina Corporation; Duke Energy "
         "Carolinas, LLC, Defendants.", "Mosteller v. Duke Energy Corporation"),
        ("BLEECKER STREET TENANTS CORP., Respondent,v.BLEEKER JONES LLC et al., Appellants, et al., Defendants.",
         "Bleecker Street Tenants Corp. v. Bleeker Jones LLC"),
    ],
)
def test_case_name_from_tagged_parties(printed: str, short: str) -> None:
    assert _caption.from_one_line(printed) == short


@pytest.mark.parametrize(
    ("reporter_caption", "name"),
    [
        ("PLACE v. CITY OF WATERBURY, No. CV 96 131435 (Nov. 19, 1996)", "Place v. City of Waterbury"),
        ("MONROE COUNTY DEPT. v. LUIS, 2009 WI App 109", "Monroe County Dept v. Luis"),
        ("WILLIAMSON v. CHESHIRE ACADEMY, No. CV 98 9409098 S (Oct. 24, 2001)", "Williamson v. Cheshire Academy"),
    ],
)
def test_reporter_caption_is_not_shortened_again(reporter_caption: str, name: str) -> None:
    assert _caption.from_one_line(reporter_caption, shorten=False) == name


@pytest.mark.parametrize(
    ("party", "short"),
    [
        ("RASOOL McCRIMMON", "McCrimmon"),
        ("CONSUMERINFO.COM, INC. dba EXPERIAN CONSUMER SERVICES", "Consumerinfo.com, Inc."),
        ("ESTEBAN LEON; and DOES 1 through 10, inclusive", "Leon"),
        ("STATE OF MISSOURI", "State"),
        ("UNITED STATES OF AMERICA", "United States"),
        ("HOLSEY ELLINGBURG, JR.", "Ellingburg"),
        ("ADM ASSOCIATES, LLC", "Adm Associates, LLC"),
        ("Lonnie Flowers *", "Flowers"),
        ("DENNIS B. REGALADO", "Regalado"),
    ],
)
def test_short_party(party: str, short: str) -> None:
    assert _names.short_party(party) == short


@pytest.mark.parametrize(("pattern", "role"), PARTY_ROLES)
def test_party_role_words(pattern: str, role: str) -> None:
    word = regex.sub(r"[?+*]", "", pattern).replace("s", "s", 1)
    assert _caption.role_of(f"JOHN DOE, {word.capitalize()},") == role


# ---------------------------------------------------------------- judges

@pytest.mark.parametrize(
    ("line", "judge"),
    [
        ("MARTINOTTI, DISTRICT JUDGE", "Martinotti"),
        ("GUSTAFSON, Judge:", "Gustafson"),
        ("¶ 1. VERGERONT, J.", "Vergeront"),
        ("Ramos, D.J.:", "Ramos"),
        ("Justice BEATTY.", "Beatty"),
        ("STROUD, Judge.", "Stroud"),
        ("THOMPSON, Associate Judge:", "Thompson"),
        ("CURRIER, J.A.D.", "Currier"),
        ("Opinion of the Court by FOLEY, J.", "Foley"),
        ("*125BLACKBURN, Presiding Judge.", "Blackburn"),
        ("JUSTICE HALL delivered the judgment of the court, with opinion.", "Hall"),
        ("R.A. ROBINSON, JUDGE.", "R.A. Robinson"),
        ("STEWART D. AARON, UNITED STATES MAGISTRATE JUDGE:", "Stewart D. Aaron"),
    ],
)
def test_author_lines(line: str, judge: str) -> None:
    assert _judges.from_byline(line) == judge


@pytest.mark.parametrize(
    "panel",
    ["Angela T. Quigless, P.J., Kurt S. Odenwald, J., and James M. Dowd, J.", "Before DYKMAN, VERGERONT and LUNDSTEN, JJ.",
     "Helen Voutsinas, JJ."],
)
def test_panel_lines_name_no_author(panel: str) -> None:
    assert _judges.author_line(as_lines(panel)) is None


@pytest.mark.parametrize(
    ("tail", "judge"),
    [
        ("IT IS SO ORDERED.\nDated: May 22, 2020\n______________________________________\nBETH LABSON FREEMAN\n"
         "United States District Judge", "Beth Labson Freeman"),
        ("DATED: June 30, 2020 /s/Brian R. Martinotti\nBRIAN R. MARTINOTTI\nUNITED STATES DISTRICT JUDGE", "Brian R. Martinotti"),
        ("DATED: ______________________\nHon. Jeremy D. Peterson\nUnited States Magistrate Judge", "Jeremy D. Peterson"),
        ("______________________________\nJames M. Dowd, Judge\nAngela T. Quigless, P.J., and\nKurt S. Odenwald, J., concur.", "James M. Dowd"),
        ("IT IS SO ORDERED\nDated: August 5, 2016\nDAVID O. CARTER\nUnited States District Judge", "David O. Carter"),
    ],
)
def test_signature_blocks(tail: str, judge: str) -> None:
    assert _judges.signer(as_lines(tail)) == judge


def test_clerk_signature_is_not_a_judge() -> None:
    assert _judges.signer(as_lines("By the Court:\n/s/ Margaret Carter, Clerk")) is None


def test_civil_minutes_present_line() -> None:
    line = "Present: The Honorable ANDRÉ BIROTTE JR., United States District Judge"
    assert _judges.author_line(as_lines(line)) == "André Birotte Jr."


def test_per_curiam_has_no_judge() -> None:
    text = ("United States Court of Appeals\nfor the Fifth Circuit\nNo. 21-50498\nVanessa St. Pierre,\nPlaintiff—Appellant,\n"
            "versus\nStandard Insurance Company,\nDefendant—Appellee.\nBefore Barksdale, Stewart, and Dennis, Circuit Judges.\n"
            "Per Curiam:*\nThis case arises from a dispute involving a life insurance policy.\n")
    meta = find_metadata(doc(text))
    assert meta.judges == ()
    assert meta.document_type == "per_curiam_opinion"


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("June 30, 2020", "2020-06-30"),
        ("Sept. 7, 2010.", "2010-09-07"),
        ("4 December 2008", "2008-12-04"),
        ("06/30/20", "2020-06-30"),
        ("[Filed 31-Aug-2007]", "2007-08-31"),
        ("2010-12-3", "2010-12-03"),
    ],
)
def test_date_forms(printed: str, iso: str) -> None:
    assert first_date(printed) == iso


@pytest.mark.parametrize(
    ("caption", "iso"),
    [
        ("No. 24–482. Argued October 14, 2025—Decided January 20, 2026", "2026-01-20"),
        ("Respondent. ) Filed: January 19, 2021", "2021-01-19"),
        ("Case No.: CV 16-06794 AB (JCx) Date: February 12, 2019", "2019-02-12"),
        ("ORDER OF COURT\nEntered: January 3, 2013", "2013-01-03"),
        ("APPEALS FOR THE EIGHTH CIRCUIT\n[January 20, 2026]", "2026-01-20"),
        ("Docket Nos. 19031-13, 27735-13, Filed February 20, 2020.", "2020-02-20"),
        ("FILED\nMarch 16, 2022", "2022-03-16"),
        ("Appeal by plaintiff from order entered 4 December 2008 by Judge Nathaniel J. Poovey", None),
    ],
)
def test_caption_dates(caption: str, iso: str | None) -> None:
    assert _when.from_caption(as_lines(caption)) == iso


@pytest.mark.parametrize(
    ("values", "iso"),
    [
        (("Heard Feb. 16, 2011.Decided March 21, 2011.",), "2011-03-21"),
        (("Submitted on Briefs July 2, 2008.", "Opinion Filed September 25, 2008."), "2008-09-25"),
        (("Decided June 29, 2009.",), "2009-06-29"),
        (("November 19, 1996 CT Page 9699",), "1996-11-19"),
    ],
)
def test_tagged_dates(values: tuple[str, ...], iso: str) -> None:
    assert _when.from_head(values) == iso


@pytest.mark.parametrize(
    ("tail", "iso"),
    [
        ("IT IS SO ORDERED.\nDated: May 22, 2020\nBETH LABSON FREEMAN", "2020-05-22"),
        ("DATED: ______________________\nHon. Jeremy D. Peterson\nUnited States Magistrate Judge\nOctober 29, 2020", "2020-10-29"),
        ("SO ORDERED this 5th day of August, 2016.", "2016-08-05"),
    ],
)
def test_signature_dates(tail: str, iso: str) -> None:
    assert _when.signed(as_lines(tail)) == iso


# ---------------------------------------------------------------- document types

@pytest.mark.parametrize(("pattern", "kind", "example"), DOCUMENT_TITLES)
def test_document_title_vocabulary(pattern: str, kind: str, example: str) -> None:
    assert _kind.title_kind(as_lines(example)) == kind


@pytest.mark.parametrize(
    ("caption", "kind"),
    [
        ("UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\nSTEVE JOHNSON, et al., : OPINION", "opinion"),
        ("CIVIL MINUTES - GENERAL\nCase No.: CV 16-06794 AB (JCx)", "order"),
        ("T.C. Memo. 2020-26\nUNITED STATES TAX COURT", "memorandum_opinion"),
        ("[EDITOR'S NOTE: This case is unpublished as indicated by the issuing court.]\nMEMORANDUM OF DECISION (#101)", "memorandum_opinion"),
        ("NOTICE: This opinion is subject to formal revision before publication", None),
    ],
)
def test_document_type_from_title(caption: str, kind: str | None) -> None:
    assert _kind.title_kind(as_lines(caption)) == kind


# ---------------------------------------------------------------- head matter

def test_columbia_head_matter() -> None:
    head = {
        "reporter_caption": ("WILLIAMSON v. CHESHIRE ACADEMY, No. CV 98 9409098 S (Oct. 24, 2001)",),
        "caption": ("NETTA WILLIAMSON, EXECUTRIX, ET AL v. CHESHIRE ACADEMY, ET AL.",),
        "docket": ("No. CV 98 9409098 S CT Page 14567",),
        "court": ("Connecticut Superior Court, Judicial District of New Haven at New Haven",),
        "date": ("October 24, 2001",),
        "opinion_byline": ("R.A. ROBINSON, JUDGE.",),
    }
    meta = find_metadata(doc("MEMORANDUM OF DECISION\nR.A. ROBINSON, JUDGE.\nThe plaintiff moves.", head=head))
    assert (meta.court_id, meta.docket_numbers, meta.case_name, meta.judges, meta.date, meta.document_type) == (
        "connsuperct", ("CV 98 9409098 S",), "Williamson v. Cheshire Academy", ("R.A. Robinson",), "2001-10-24",
        "memorandum_opinion",
    )


def test_cap_head_matter() -> None:
    head = {
        "parties": ("The STATE, Petitioner, v. Ricky L. HATCHER, Respondent.",),
        "docketnumber": ("No. 26950.",),
        "court": ("Supreme Court of South Carolina.",),
        "decisiondate": ("Heard Feb. 16, 2011.Decided March 21, 2011.",),
        "author": ("Justice BEATTY.",),
        "opinion_type": ("majority",),
    }
    text = "The STATE, Petitioner,\nv.\nRicky L. HATCHER, Respondent.\nNo. 26950.\nJustice BEATTY.\nWe reverse."
    meta = find_metadata(doc(text, head=head))
    assert (meta.court_id, meta.docket_numbers, meta.case_name, meta.judges, meta.date) == (
        "sc", ("26950",), "State v. Hatcher", ("Beatty",), "2011-03-21")
    assert [(p.kind, p.authors) for p in find_opinions(doc(text, head=head))] == [("lead", ("Beatty",))]


def test_fastcase_head_matter() -> None:
    head = {
        "ShortName": ("Groner v. Shinseki",),
        "CourtName": ("Supreme Court of the United States.",),
        "DocketNumber": ("No. 13-7320.",),
        "DecisionDate": ("2014-01-13",),
    }
    meta = find_metadata(doc("Petition for writ of certiorari denied.", head=head))
    assert (meta.court_id, meta.docket_numbers, meta.case_name, meta.date) == (
        "scotus", ("13-7320",), "Groner v. Shinseki", "2014-01-13")


# ---------------------------------------------------------------- a whole caption

MCCRIMMON = """NOT FOR PUBLICATION
UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY
_________________________________________
:
RASOOL McCRIMMON, :
:
Plaintiff, : Civ. No. 3:18-cv-16281(BRM)(TJB)
:
v. :
:
STEVE JOHNSON, et al., : OPINION
:
Defendants. :
_________________________________________ :
MARTINOTTI, DISTRICT JUDGE
Before this Court is Plaintiff Rasool McCrimmon’s (“Plaintiff” or “McCrimmon”)
amended complaint filed pursuant to 42 U.S.C. § 1983.
I. FACTUAL AND PROCEDURAL BACKGROUND
As the motion to dismiss involves only three of the named defendants, the factual
background provided is limited.
II. LEGAL STANDARD
In deciding a motion under Rule 12(b)(6), the Court accepts the facts as true.
III. DECISION
A. Statute of Limitations
The claims are timely.
B. Official Capacity
The claims are barred.
IV. CONCLUSION
The motion to dismiss is GRANTED IN PART and DENIED IN PART.
DATED: June 30, 2020 /s/Brian R. Martinotti
BRIAN R. MARTINOTTI
UNITED STATES DISTRICT JUDGE
"""


def test_whole_district_court_caption() -> None:
    stamp = "Case 3:18-cv-16281-BRM-TJB Document 32 Filed 06/30/20 Page 1 of 9 PageID: 263"
    meta = find_metadata(doc(MCCRIMMON, furniture=(stamp,)))
    assert meta.court_id == "njd"
    assert meta.docket_numbers == ("3:18-cv-16281",)
    assert meta.case_name == "McCrimmon v. Johnson"
    assert meta.judges == ("Brian R. Martinotti",)
    assert meta.date == "2020-06-30"
    assert meta.document_type == "opinion"
    assert meta.warnings == ()


def test_sections_nest() -> None:
    sections = find_sections(doc(MCCRIMMON))
    assert [(s.number, s.level) for s in sections] == [
        ("I", 1), ("II", 1), ("III", 1), ("A", 2), ("B", 2), ("IV", 1)]
    three = sections[2]
    assert MCCRIMMON[three.span.start : three.span.end].startswith("III. DECISION")
    assert MCCRIMMON[three.span.end :].startswith("IV. CONCLUSION")


def test_numbered_paragraphs_are_not_headings() -> None:
    text = ("THUS, IT IS HEREBY ORDERED THAT:\n1. Defendant Leon, his agents, servants, employees, and\n"
            "all persons who are in active concert with him are enjoined.\n2. The Court finds that no bond is required.\n")
    assert find_sections(doc(text)) == ()


@pytest.mark.parametrize(("pattern", "example"), HEADING_WORDS)
def test_heading_words(pattern: str, example: str) -> None:
    sections = find_sections(doc(f"Some text of the opinion.\n{example}\nMore text of the opinion follows here.\n"))
    assert [s.heading for s in sections] == [example]


def test_state_opinion_with_dissent() -> None:
    text = ("STROUD, Judge.\nThe trial court erred.\nReversed.\nJudge ELMORE concurs.\n"
            "HUNTER, J., dissenting.\nI would affirm.\n")
    parts = find_opinions(doc(text))
    assert [(p.kind, p.authors) for p in parts] == [("lead", ("Stroud",)), ("dissent", ("Hunter",))]


# ---------------------------------------------------------------- properties

@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_text_never_raises(text: str) -> None:
    document = doc(text)
    meta = find_metadata(document)
    for part in find_opinions(document):
        assert 0 <= part.span.start <= part.span.end <= len(text)
    for section in find_sections(document):
        assert 0 <= section.span.start <= section.span.end <= len(text)
    assert meta.date is None or regex.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.date)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "UNITED STATES DISTRICT COURT", "DISTRICT OF NEW JERSEY", "v.", ":", "Plaintiff,", "Defendants.", "No. 12-2207",
    "I. BACKGROUND", "A.", "II", "JUSTICE THOMAS, dissenting.", "PER CURIAM.", "Dated: June 30, 2020",
    "UNITED STATES DISTRICT JUDGE", "Case 2:19-cv-12345-BRM-JAD Document 33 Filed 06/30/20 Page 3 of 9",
    "In re:", "IT IS SO ORDERED.", "Syllabus", "[January 20, 2026]", "¶ 1. VERGERONT, J.",
]), max_size=40))
def test_caption_shaped_noise_never_raises(parts: list[str]) -> None:
    text = "\n".join(parts)
    find_metadata(doc(text))
    find_sections(doc(text))
    find_opinions(doc(text))


def test_caption_lines_skip_pleading_paper_numbers() -> None:
    text = "1\n2\n3\nORDER\n8:16-cv-1261-DOC (KESx)\nUNITED STATES DISTRICT COURT\n"
    assert [ln.text for ln in caption_lines(doc(text))] == ["ORDER", "8:16-cv-1261-DOC (KESx)", "UNITED STATES DISTRICT COURT"]


def test_long_capital_title_names_the_document_type() -> None:
    line = "MEMORANDUM OF DECISION RE: FOR ADDITUR OR ALTERNATIVELY, MOTION TO SET ASIDE VERDICT AND MOTION FOR NEW TRIAL"
    assert _kind.title_kind(as_lines(line)) == "memorandum_opinion"


def test_clerk_filed_stamp_in_furniture_is_a_printed_date() -> None:
    furniture = ("United States Court of Appeals", "Fifth Circuit", "FILED", "March 16, 2022", "Lyle W. Cayce", "Clerk",
                 "Case: 21-50498 Document: 00516242060 Page: 1 Date Filed: 03/16/2022")
    meta = find_metadata(doc("Per Curiam:*\nThis case arises from a dispute.", furniture=furniture))
    assert (meta.date, meta.warnings) == ("2022-03-16", ())


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        ("SUPREME COURT OF THE UNITED STATES\nSyllabus\nTARRANT REGIONAL WATER DISTRICT v.\nHERRMANN ET AL.\n"
         "CERTIORARI TO THE UNITED STATES COURT OF APPEALS FOR", "Tarrant Regional Water District v. Herrmann"),
        ("As corrected through Thursday, May 7, 2026\n[*1]The People of the State of New York, Respondent,\nv\n"
         "Teon Seymore, Appellant.", "People v. Seymore"),
        ("Danny L. DeGraff, Nancy R. DeGraff Supreme Court and MBS Hardware & Lumber, Inc. d/b/a\n"
         "Milton Hardware Supply On Appeal from\nChittenden Superior Court v.\nNorman Burnett March Term, 2007", None),
    ],
)
def test_case_name_edges(caption: str, name: str | None) -> None:
    assert _caption.find_parties(as_lines(caption))[0] == name


def test_head_matter_keys_are_read_in_any_case() -> None:
    head = {"shortname": ("Groner v. Shinseki",), "courtname": ("Supreme Court of the United States.",),
            "docketnumber": ("No. 13-7320.",), "decisiondate": ("2014-01-13",)}
    meta = find_metadata(doc("Petition for writ of certiorari denied.", head=head))
    assert (meta.court_id, meta.docket_numbers, meta.case_name, meta.date) == ("scotus", ("13-7320",), "Groner v. Shinseki", "2014-01-13")


_HEAD_KEYS = st.sampled_from(["court", "docketnumber", "docket", "decisiondate", "date", "author", "parties", "caption",
                              "reporter_caption", "ShortName", "opinion_type", "opinion_byline", "dissent_byline"])


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(_HEAD_KEYS, st.lists(st.text(max_size=200), max_size=3).map(tuple), max_size=6), st.text(max_size=500))
def test_arbitrary_head_matter_never_raises(head: dict[str, tuple[str, ...]], text: str) -> None:
    document = doc(text, head=head)
    meta = find_metadata(document)
    assert all(isinstance(d, str) for d in meta.docket_numbers)
    for part in find_opinions(document):
        assert 0 <= part.span.start <= part.span.end <= len(text)


def test_the_internals_raise_nothing_on_a_caption_of_odd_lines() -> None:
    # the public functions swallow errors, so run the workers themselves on odd input
    from legalparse._metadata._extract import _find_metadata
    from legalparse._metadata._opinions import find_opinions as opinions
    from legalparse._metadata._sections import find_sections as sections

    text = "v.\n:\n)\nNo.\nNos. ,\n-against-\n(a)\nI\n[*1]\nJUSTICE , dissenting.\nDATED:\n\u00a0\n"
    _find_metadata(doc(text))
    sections(doc(text))
    opinions(doc(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("IVXABvn.,:;()[]*-–¶/ \n0123456789JUSTICEPERCURIAMNo")), max_size=400))
def test_workers_raise_nothing_on_caption_alphabet(text: str) -> None:
    from legalparse._metadata._extract import _find_metadata
    from legalparse._metadata._opinions import find_opinions as opinions
    from legalparse._metadata._sections import find_sections as sections

    _find_metadata(doc(text))
    sections(doc(text))
    opinions(doc(text))


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        ("Title Thomas J. Kennis v. Metropolitan West Asset Management, LLC, et al.\nPresent: The Honorable GEORGE H. WU",
         "Kennis v. Metropolitan West Asset Management, LLC"),
        ("Title MANUFACTURING AUTOMATION AND SOFTWARE SYSTEMS,\nINC. V. KRISTOPHER HUGHES, ET AL.\nPresent: The Honorable",
         "Manufacturing Automation and Software Systems, Inc. v. Hughes"),
        ("IN RE: ] Appeal from the United\nFEDEX GROUND PACKAGE SYSTEM, ] States District Court for\n"
         "INC. EMPLOYMENT PRACTICES ] the Northern District\nLITIGATION ] of Indiana, South Bend",
         "In Re Fedex Ground Package System, Inc. Employment Practices Litigation"),
    ],
)
def test_minutes_titles_and_bracket_columns(caption: str, name: str) -> None:
    assert _caption.find_parties(as_lines(caption))[0] == name


@pytest.mark.parametrize(
    ("title", "kind"),
    [("**AMENDED** CIVIL MINUTES - GENERAL", "order"), ("O R D E R", "order"), ("SUGGESTION OF REMAND AND TRANSFER ORDER", "order")],
)
def test_title_forms(title: str, kind: str) -> None:
    assert _kind.title_kind(as_lines(title)) == kind
