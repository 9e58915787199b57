"""Vocabulary of captions: each table entry is data, with an example that a test runs."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
"""Month names and the abbreviations courts print ("Sept. 7, 2010")."""

DOCUMENT_TITLES: tuple[tuple[str, str, str], ...] = (
    # (pattern matched against a caption title line, document type, example)
    (r"report\s+and\s+recommendations?|findings\s+and\s+recommendations?", "report_and_recommendation",
     "REPORT AND RECOMMENDATION"),
    (r"memorandum\s+(?:and|&)\s+order|memorandum\s+opinion\s+(?:and|&)\s+order", "memorandum_and_order",
     "MEMORANDUM AND ORDER"),
    (r"memorandum\s+(?:opinion|decision|of\s+decision)|memorandum\s+findings\s+of\s+fact\s+and\s+opinion"
     r"|t\.\s?c\.\s+memo\.|memorandum\s+re\b", "memorandum_opinion", "MEMORANDUM OF DECISION"),
    (r"per\s+curiam", "per_curiam_opinion", "Per Curiam:"),
    (r"opinion(?:\s+and\s+order)?|findings\s+of\s+fact\s+and\s+conclusions\s+of\s+law", "opinion",
     "OPINION AND ORDER"),
    (r"(?:final\s+)?judgment(?:\s+in\s+a\s+civil\s+(?:case|action))?", "judgment", "JUDGMENT"),
    (r"(?:\[?\s*proposed\s*\]?\s+)?order\b.*|decision\s+(?:and|&)\s+order|stipulation\s+and\s+order|civil\s+minutes.*|criminal\s+minutes.*"
     r"|order\s+of\s+(?:the\s+)?court", "order", "ORDER GRANTING PRELIMINARY INJUNCTION"),
    (r"docketing\s+notice|notice\b.*|courtroom\s+minutes|minute\s+entry|letter", "other", "DOCKETING NOTICE"),
    (r"(?:[\w'’-]+\s+){1,5}order\b.*", "order", "EXPEDITED HEARING ORDER DENYING REQUESTED RELIEF"),
)
"""Title lines of the caption and the document type each names; the first that matches wins."""

PARTY_ROLES: tuple[tuple[str, str], ...] = (
    ("plaintiffs?", "plaintiff"),
    ("defendants?", "defendant"),
    ("appellants?", "appellant"),
    ("appellees?", "appellee"),
    ("petitioners?", "petitioner"),
    ("respondents?", "respondent"),
    ("cross-appellants?", "cross_appellant"),
    ("cross-appellees?", "cross_appellee"),
    ("intervenors?", "intervenor"),
    ("creditors?", "creditor"),
    ("debtors?", "debtor"),
    ("movants?", "movant"),
    ("claimants?", "claimant"),
    ("relators?", "relator"),
    ("garnishees?", "garnishee"),
    ("employees?", "employee"),
    ("employers?", "employer"),
    ("carriers?", "carrier"),
)
"""Role words printed after a party's name ("Plaintiff, Appellant," / "Petitioners-Appellants")."""

ORGANIZATION_WORDS: frozenset[str] = frozenset(
    """inc inc. incorporated corp corp. corporation co co. company companies llc l.l.c. llp lp l.p. ltd ltd.
    plc pc p.c. pllc n.a. bank association ass'n assn authority board bureau city county state states
    commonwealth people united america department dept dept. commission commissioner commissioners
    council district university college school schools hospital church chapel insurance trust fund
    services service group holdings partners partnership agency office society union federation
    league council committee town village township borough parish republic government administration
    estate tenants coalition center centre foundation institute management systems products
    industries laboratories labs energy railroad railway airlines bd. bd board of""".split()
)
"""Words that mark a party as an organization, whose name a reporter keeps whole."""

ACRONYMS: frozenset[str] = frozenset(
    "LLC LLP LP PLLC PC USA US NFL NFLPA FBI IRS DHS SEC FTC NLRB EEOC II III IV NA FDIC DOJ ICE TCL".split()
)
"""Words kept upper-case when an all-caps caption is title-cased ("ADM ASSOCIATES, LLC")."""

SMALL_WORDS: frozenset[str] = frozenset("of the and at for in on by to de del la du da von van a an or".split())
"""Words kept lower-case inside a title-cased name ("University of Texas at Austin")."""

STATE_NAMES: frozenset[str] = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
    vermont virginia washington wisconsin wyoming""".split()
    + ["new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota",
       "rhode island", "south carolina", "south dakota", "west virginia"]
)
"""A party "State of Missouri" is shortened to "State", as reporters do."""

JUDGE_TITLES: tuple[str, ...] = (
    "united states district judge", "u.s. district judge", "united states magistrate judge",
    "u.s. magistrate judge", "chief united states district judge", "senior united states district judge",
    "united states circuit judge", "circuit judge", "district judge", "magistrate judge",
    "chief judge", "senior judge", "bankruptcy judge", "united states bankruptcy judge",
    "judge of the superior court", "judge", "justice", "associate justice", "chief justice",
    "presiding judge", "special master", "administrative law judge", "judge trial referee",
)
"""Title lines printed under a signer's name ("BETH LABSON FREEMAN / United States District Judge")."""
