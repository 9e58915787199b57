"""Vocabulary as data: code names, their printed aliases, named codes, URL patterns.

Every entry carries an ``example`` that ``tests/test_statutes_vocabulary.py`` runs through
:func:`legalparse._statutes.find_statutes`.

State-code names are the Bluebook abbreviations, as listed by reporters-db's ``laws.json``
(freelawproject/reporters-db, BSD-2-Clause; ``cite_type`` ``leg_statute``); the aliases are the
other forms courts print (``N.C.G.S.``, ``G.L. c.``, ``ILCS``, ``RSMo``, ``L.P.R.A.`` ...).
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional


class StateCode(NamedTuple):
    """One state (or territory) code: its Bluebook name and how courts print it."""

    code: str
    """Bluebook abbreviation, the ``code`` of every citation to it."""
    aliases: tuple[str, ...]
    """Regex fragments (case-insensitive, ``.`` and spaces already flexible) for the head."""
    example: str
    """A sentence that must yield this code."""
    title: str = "none"
    """Where the title (or chapter) stands: ``none``, ``before`` ("730 ILCS"), ``tit`` ("tit. 82,"),
    ``chapter`` ("c. 127,")."""
    postfix: bool = False
    """The alias may also follow the section ("45a-187 (a) C.G.S.", "565.253 RSMo")."""


def _abbr(name: str) -> str:
    """A regex for a Bluebook-style abbreviation with optional periods and spaces."""
    words = re.findall(r"[A-Za-z&]+(?:'[a-z]+)?", name)
    return r"\.?\s?".join(w.replace("'", "['’]?") for w in words) + (r"\.?" if name.endswith(".") else "")


# (Bluebook name, extra aliases, example, title mode, postfix)
_STATES: tuple[tuple[str, tuple[str, ...], str, str, bool], ...] = (
    ("Ala. Code", (r"Code\s+of\s+Ala(?:bama|\.)(?:\s?1975)?", r"Alabama\s+Code"), "See Ala.Code §§ 13A-5-40(9), 13A-6-2(c) (1982).", "none", False),
    ("Alaska Stat.", (r"Alaska\s+Statutes",), "Alaska Stat. § 11.41.100(a)(1).", "none", False),
    ("Ariz. Rev. Stat.", (r"A\.\s?R\.\s?S\.", r"Ariz\.?\s?Rev\.?\s?Stat\.?\s?Ann\."), "A.R.S. § 13-1105(A)(2).", "none", False),
    ("Ark. Code Ann.", (r"Ark\.?\s?Code",), "Ark.Code Ann. § 5-4-104(b) (1997).", "none", False),
    ("Cal. Code Regs.", (), "Cal. Code Regs. tit. 16, § 1360.1.", "tit", False),
    ("Colo. Rev. Stat.", (r"C\.\s?R\.\s?S\.",), "Colo. Rev. Stat. § 18-1-105(1)(a).", "none", True),
    ("Conn. Gen. Stat.", (r"Connecticut\s+General\s+Statutes", r"(?<!N\.\s?C\.\s?)(?<!North\s+Carolina\s+)General\s+Statutes(?:\s+of\s+Connecticut)?", r"C\.\s?G\.\s?S\.(?:\s?A\.)?", r"Conn\.?\s?Gen\.?\s?Stat\.?\s?Ann\."), "General Statutes § 35-24 governs.", "none", True),
    ("Del. Code Ann.", (r"Del\.\s?C\.",), "Del. Code Ann. tit. 11, § 4209(d).", "tit", False),
    ("D.C. Code", (r"D\.\s?C\.\s?Official\s+Code", r"D\.\s?C\.\s?Code\s+Ann\."), "D.C.Code § 22-3302 applies.", "none", False),
    ("Fla. Stat.", (r"Florida\s+Statutes", r"Fla\.\s?Stat\.\s?Ann\."), "Fla. Stat. § 120.68 (2007)", "none", True),
    ("Ga. Code Ann.", (r"O\.\s?C\.\s?G\.\s?A\.",), "O.C.G.A. § 16-5-1(a).", "none", False),
    ("Haw. Rev. Stat.", (r"HRS",), "Haw. Rev. Stat. § 707-701.5.", "none", False),
    ("Idaho Code", (r"Idaho\s+Code\s+Ann\.",), "Idaho Code § 19-2719.", "none", False),
    ("Ill. Comp. Stat.", (r"ILCS", r"Ill\.?\s?Comp\.?\s?Stat\.?\s?Ann\."), "730 ILCS 150/1 et seq.", "before", False),
    ("Ind. Code", (r"Ind\.\s?Code\s+Ann\.",), "Ind. Code § 35-42-1-1.", "none", False),
    ("Iowa Code", (), "Iowa Code § 714.1.", "none", False),
    ("Kan. Stat. Ann.", (r"K\.\s?S\.\s?A\.",), "K.S.A. 21-5402(a).", "none", False),
    ("Ky. Rev. Stat. Ann.", (r"KRS",), "KRS 532.080(2).", "none", False),
    ("La. Stat. Ann.", (r"La\.?\s?Rev\.?\s?Stat\.?(?:\s?Ann\.)?", r"La\.\s?R\.\s?S\."), "La. Rev. Stat. § 14:30.", "none", False),
    ("La. Civ. Code Ann.", (r"La\.?\s?Civ\.?\s?Code\.?",), "La. Civ. Code Ann. art. 3045.", "none", False),
    ("La. Code Civ. Proc. Ann.", (r"La\.?\s?Code\s?Civ\.?\s?Proc\.?", r"La\.?\s?C\.\s?C\.\s?P\."), "La. Code Civ. Proc. Ann. art. 891.", "none", False),
    ("La. Code Crim. Proc. Ann.", (r"La\.?\s?Code\s?Crim\.?\s?Proc\.?", r"La\.?\s?C\.\s?Cr\.\s?P\."), "La. Code Crim. Proc. Ann. art. 894.", "none", False),
    ("La. Child. Code Ann.", (r"La\.?\s?Ch\.?\s?C\.",), "La. Child. Code Ann. art. 1015.", "none", False),
    ("La. Code Evid. Ann.", (r"La\.?\s?C\.\s?E\.",), "La. Code Evid. Ann. art. 404.", "none", False),
    ("Me. Stat.", (r"Me\.\s?Rev\.\s?Stat\.(?:\s?Ann\.)?", r"M\.\s?R\.\s?S\.(?:\s?A\.)?"), "Me. Stat. tit. 17-A, § 201.", "tit", False),
    ("Md. Code Ann.", (), "Md. Code Ann., Crim. Law § 3-303.", "none", False),
    ("Mass. Gen. Laws", (r"(?:Mass\.\s?|M\.\s?)?G\.\s?L\.(?:\s?A\.)?(?:\s?c\.|\s?ch\.)", r"Mass\.\s?Gen\.\s?Laws\s+Ann\.", r"Mass\.\s?Ann\.\s?Laws", r"General\s+Laws"), "See G.L. c. 127, § 133A.", "chapter", False),
    ("Mich. Comp. Laws", (r"M\.?\s?C\.?\s?L\.?(?:\s?A\.?)?(?=\s?§?\s?\d)", r"Mich\.\s?Comp\.\s?Laws\s+(?:Ann|Serv)\."), "MCL 750.316(1)(a).", "none", False),
    ("Minn. Stat.", (r"Minn\.\s?Stat\.\s?Ann\.",), "Minn. Stat. § 609.185(a)(1).", "none", False),
    ("Miss. Code Ann.", (), "Miss. Code Ann. § 97-3-19.", "none", False),
    ("Mo. Rev. Stat.", (r"RSMo", r"R\.\s?S\.\s?Mo\.", r"Mo\.\s?Ann\.\s?Stat\."), "Section 565.253, RSMo 2016, applies.", "none", True),
    ("Mont. Code Ann.", (r"MCA",), "Mont. Code Ann. § 45-5-102.", "none", False),
    ("Neb. Rev. Stat.", (r"Neb\.\s?Rev\.\s?Stat\.\s?Ann\.",), "See Neb.Rev.Stat. §§ 29-2519 to 29-2546.", "none", False),
    ("Nev. Rev. Stat.", (r"NRS",), "NRS 200.030(1).", "none", False),
    ("N.H. Rev. Stat. Ann.", (r"RSA",), "RSA 630:1-a.", "none", False),
    ("N.J. Stat. Ann.", (r"N\.\s?J\.\s?S\.\s?A\.", r"N\.\s?J\.\s?Rev\.\s?Stat\."), "N.J. Stat. Ann. § 2A:14-2(a).", "none", False),
    ("N.M. Stat. Ann.", (r"NMSA(?:\s?1978,?)?",), "NMSA 1978, § 30-2-1(A).", "none", False),
    ("N.C. Gen. Stat.", (r"N\.\s?C\.\s?G\.\s?S\.?", r"N\.\s?C\.\s?Gen\.\s?Stat\.\s?Ann\.", r"North\s+Carolina\s+General\s+Statutes", r"(?<![A-Za-z.])G\.\s?S\.(?=\s?§?\s?\d)"), "N.C.G.S. § 14-306.4(a)(3); see", "none", False),
    ("N.C. Admin. Code", (), "19A N.C. Admin. Code 2E.0420 (2005).", "before", False),
    ("N.D. Cent. Code", (r"N\.\s?D\.\s?C\.\s?C\.",), "N.D. Cent. Code § 12.1-16-01.", "none", False),
    ("Ohio Rev. Code Ann.", (r"Ohio\s+Rev\.\s?Code", r"O\.\s?R\.\s?C\.", r"(?<![A-Za-z.]\s?)R\.\s?C\.(?=\s?§?\s?\d{3,4}\.\d)"), "R.C. 2953.21(A)(1).", "none", False),
    ("Okla. Stat.", (r"Okla\.\s?Stat\.\s?Ann\.", r"O\.\s?S\."), "Okla. Stat. tit. 82, § 105.12.", "tit", False),
    ("Or. Rev. Stat.", (r"ORS",), "ORS 163.115(1)(a).", "none", False),
    ("Pa. Cons. Stat.", (r"Pa\.\s?C\.\s?S\.(?:\s?A\.)?", r"Pa\.\s?Cons\.\s?Stat\.\s?Ann\."), "18 Pa.C.S. § 3502(a).", "before", False),
    ("P.R. Laws Ann.", (r"L\.\s?P\.\s?R\.\s?A\.", r"P\.\s?R\.\s?Leyes\s+An\."), "Act 66-2012, 3 L.P.R.A. § 9101 et seq.", "tit", False),
    ("Pa. Stat. Ann.", (r"Pa\.\s?Stat\.\s?and\s+Cons\.\s?Stat\.\s?Ann\.", r"P\.\s?S\.(?=\s?§)"), "43 Pa. Stat. Ann. § 951.", "before", False),
    ("R.I. Gen. Laws", (), "R.I. Gen. Laws § 11-23-1.", "none", False),
    ("S.C. Code Ann.", (r"S\.\s?C\.\s?Code",), "S.C. Code Ann. § 16-3-10.", "none", False),
    ("S.D. Codified Laws", (r"SDCL",), "SDCL 22-16-4.", "none", False),
    ("Tenn. Code Ann.", (r"T\.\s?C\.\s?A\.",), "Tenn. Code Ann. § 39-13-202.", "none", False),
    ("Tex. Rev. Civ. Stat. Ann.", (), "Tex. Rev. Civ. Stat. Ann. art. 4590i, § 13.01.", "none", False),
    ("Utah Code Ann.", (r"Utah\s+Code",), "Utah Code Ann. § 76-5-203.", "none", False),
    ("Vt. Stat. Ann.", (r"V\.\s?S\.\s?A\.",), "Vt. Stat. Ann. tit. 13, § 2301.", "tit", False),
    ("Va. Code Ann.", (r"Va\.\s?Code", r"Code\s+of\s+Virginia"), "Va. Code Ann. § 18.2-32.", "none", False),
    ("Wash. Rev. Code", (r"RCW", r"Wash\.\s?Rev\.\s?Code\s+Ann\."), "RCW 9A.32.030(1)(a).", "none", False),
    ("W. Va. Code", (r"W\.\s?Va\.\s?Code\s+Ann\.",), "as set out in W. Va.Code § 23-4C-1 et seq.", "none", False),
    ("Wis. Stat.", (r"Wis\.\s?Stat\.\s?Ann\.", r"Wisconsin\s+Stat(?:utes|\.)"), "Wis. Stat. § 704.90(6)(a)7.", "none", False),
    ("Wyo. Stat. Ann.", (), "Wyo. Stat. Ann. § 6-2-101.", "none", False),
)

# Subject-matter codes: "Cal. Penal Code", "Tex. Ins. Code Ann.", "N.Y. Penal Law".
# (printed subject regex, Bluebook subject, example) per state family.
CAL_SUBJECTS: tuple[tuple[str, str], ...] = (
    (r"Civ\.?\s?Proc\.|Code\s+Civ\.?\s?Proc\.|Civil\s+Procedure", "Civ. Proc."),
    (r"Civ\.|Civil", "Civ."),
    (r"Pen\.|Penal", "Penal"),
    (r"Veh\.|Vehicle", "Veh."),
    (r"Welf\.?\s?&\s?Inst\.|Welfare\s+and\s+Institutions", "Welf. & Inst."),
    (r"Health\s?&\s?Saf(?:\.|ety)|Health\s+and\s+Safety", "Health & Safety"),
    (r"Gov(?:'t|’t|t)?\.?|Government", "Gov't"),
    (r"Bus\.?\s?&\s?Prof\.|Business\s+and\s+Professions", "Bus. & Prof."),
    (r"Lab\.|Labor", "Lab."),
    (r"Evid\.|Evidence", "Evid."),
    (r"Fam\.|Family", "Fam."),
    (r"Prob\.|Probate", "Prob."),
    (r"Ins\.|Insurance", "Ins."),
    (r"Educ?\.|Education", "Educ."),
    (r"Pub\.?\s?Res\.|Public\s+Resources", "Pub. Res."),
    (r"Rev\.?\s?&\s?Tax\.|Revenue\s+and\s+Taxation", "Rev. & Tax."),
    (r"Corp\.|Corporations", "Corp."),
    (r"Com\.|Commercial", "Com."),
    (r"Fin\.|Financial", "Fin."),
    (r"Unemp\.?\s?Ins\.", "Unemp. Ins."),
    (r"Water", "Water"),
    (r"Elec\.|Elections", "Elec."),
)

TEX_SUBJECTS: tuple[tuple[str, str], ...] = (
    (r"Ins\.|Insurance", "Ins."),
    (r"Educ\.|Education", "Educ."),
    (r"Fam\.|Family", "Fam."),
    (r"Penal", "Penal"),
    (r"Gov(?:'t|’t)\.?|Gov\.|Government", "Gov't"),
    (r"Loc\.?\s?Gov(?:'t|’t)\.?|Local\s+Government", "Loc. Gov't"),
    (r"Civ\.?\s?Prac\.?\s?&\s?Rem\.|Civil\s+Practice\s+and\s+Remedies", "Civ. Prac. & Rem."),
    (r"Bus\.?\s?&\s?Com\.|Business\s+and\s+Commerce", "Bus. & Com."),
    (r"Health\s?&\s?Safety|Health\s+and\s+Safety", "Health & Safety"),
    (r"Transp\.|Transportation", "Transp."),
    (r"Prop\.|Property", "Prop."),
    (r"Lab\.|Labor", "Lab."),
    (r"Tax", "Tax"),
    (r"Occ\.|Occupations", "Occ."),
    (r"Fin\.|Finance", "Fin."),
    (r"Est\.|Estates", "Est."),
    (r"Prob\.|Probate", "Prob."),
    (r"Hum\.?\s?Res\.|Human\s+Resources", "Hum. Res."),
    (r"Nat\.?\s?Res\.|Natural\s+Resources", "Nat. Res."),
    (r"Util\.|Utilities", "Util."),
    (r"Water", "Water"),
    (r"Elec\.|Election", "Elec."),
)

SUBJECT_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("Cal. Civ. Code § 3426.1(d).", "Cal. Civ. Code"),
    ("(Health & Saf. Code, §§ 11359, 11357, subd. (a).)", "Cal. Health & Safety Code"),
    ("Cal. Civ. Proc. Code § 473 (Deering 1937)", "Cal. Civ. Proc. Code"),
    ("(Pen. Code, § 187, subd. (a).)", "Cal. Penal Code"),
    ("Texas Insurance Code § 4001.003(1)", "Tex. Ins. Code Ann."),
    ("TEX. INS. CODE § 4001.003(1)(B)", "Tex. Ins. Code Ann."),
    ("Tex. Educ. Code Ann. §51.803 (West 2009)", "Tex. Educ. Code Ann."),
    ("N.Y. Penal Law § 125.25(1)", "N.Y. Penal Law"),
    ("convicted under Penal Law § 125.25(1) of murder", "N.Y. Penal Law"),
    ("a motion under CPL 440.10 to vacate", "N.Y. Crim. Proc. Law"),
)


class NamedCode(NamedTuple):
    """A code named in words that stands for a federal title ("the Bankruptcy Code" = 11 U.S.C.)."""

    pattern: str
    title: str
    example: str


NAMED_CODES: tuple[NamedCode, ...] = (
    NamedCode(r"Internal\s+Revenue\s+Code(?:\s+of\s+19[58]4)?(?:,\s+as\s+amended)?", "26",
              "Section 6103 of the Internal Revenue Code generally bars disclosure."),
    NamedCode(r"I\.\s?R\.\s?C\.|IRC|Tax\s+Code", "26", "See I.R.C. § 6103(b)(6)."),
    NamedCode(r"Bankruptcy\s+Code", "11", "as used in Section 544 of the Bankruptcy Code, means"),
)

# Federal rules: printed family word -> code.
RULE_FAMILIES: dict[str, str] = {
    "civ": "Fed. R. Civ. P.",
    "civil": "Fed. R. Civ. P.",
    "crim": "Fed. R. Crim. P.",
    "criminal": "Fed. R. Crim. P.",
    "app": "Fed. R. App. P.",
    "appellate": "Fed. R. App. P.",
    "evid": "Fed. R. Evid.",
    "evidence": "Fed. R. Evid.",
    "bankr": "Fed. R. Bankr. P.",
    "bankruptcy": "Fed. R. Bankr. P.",
    "cp": "Fed. R. Civ. P.",
    "ap": "Fed. R. App. P.",
    "e": "Fed. R. Evid.",
    "crp": "Fed. R. Crim. P.",
    "bp": "Fed. R. Bankr. P.",
}

RULE_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("Fed. R. Civ. P. 12(b)(1)", "Fed. R. Civ. P."),
    ("Fed.R.App.P. 4(a)(4)", "Fed. R. App. P."),
    ("Fed. R. Evid. 801(d)(2)(D)", "Fed. R. Evid."),
    ("Fed. R. Crim. P. 11(b)(1)", "Fed. R. Crim. P."),
    ("Fed. R. Bankr. P. 7001", "Fed. R. Bankr. P."),
    ("Federal Rule of Civil Procedure 24(b)(1)(B)", "Fed. R. Civ. P."),
    ("Rule 56(a) of the Federal Rules of Civil Procedure", "Fed. R. Civ. P."),
    ("FRAP 12(a)", "Fed. R. App. P."),
    ("Fed. Rule App. Proc. 4(a)(1)(a)", "Fed. R. App. P."),
)

# Where a provision's text can be read. ``{title}``, ``{section}``, ``{anchor}`` are filled in.
URL_TEMPLATES: dict[str, str] = {
    "U.S.C.": "https://www.law.cornell.edu/uscode/text/{title}/{section}{anchor}",
    "C.F.R.": "https://www.law.cornell.edu/cfr/text/{title}/{section}{anchor}",
    "Fed. R. Civ. P.": "https://www.law.cornell.edu/rules/frcp/rule_{section}",
    "Fed. R. App. P.": "https://www.law.cornell.edu/rules/frap/rule_{section}",
    "Fed. R. Crim. P.": "https://www.law.cornell.edu/rules/frcrmp/rule_{section}",
    "Fed. R. Evid.": "https://www.law.cornell.edu/rules/fre/rule_{section}",
    "Fed. R. Bankr. P.": "https://www.law.cornell.edu/rules/frbp/rule_{section}",
    "U.S. Const.": "https://www.law.cornell.edu/constitution/{section}",
    "Stat.": "https://www.govinfo.gov/link/statute/{title}/{section}",
    "Pub. L.": "https://www.govinfo.gov/link/plaw/{title}/public/{section}",
}

URL_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("26 U.S.C. § 6103(i)(2)", "https://www.law.cornell.edu/uscode/text/26/6103#i_2"),
    ("8 C.F.R. § 287.8(c)(2)(i)", "https://www.law.cornell.edu/cfr/text/8/287.8#p-287.8(c)(2)(i)"),
    ("Fed. R. Civ. P. 56(a)", "https://www.law.cornell.edu/rules/frcp/rule_56"),
    ("Fed. R. App. P. 35", "https://www.law.cornell.edu/rules/frap/rule_35"),
    ("Fed. R. Crim. P. 11", "https://www.law.cornell.edu/rules/frcrmp/rule_11"),
    ("Fed. R. Evid. 403", "https://www.law.cornell.edu/rules/fre/rule_403"),
    ("Fed. R. Bankr. P. 7001", "https://www.law.cornell.edu/rules/frbp/rule_7001"),
    ("U.S. Const. amend. XIV, § 1", "https://www.law.cornell.edu/constitution/amendmentxiv"),
    ("88 Stat. 1896", "https://www.govinfo.gov/link/statute/88/1896"),
    ("Pub. L. No. 93-579", "https://www.govinfo.gov/link/plaw/93/public/579"),
)


STATE_NAMES: dict[str, str] = {
    "Alabama": "Ala. Code", "Alaska": "Alaska Stat.", "Arizona": "Ariz. Rev. Stat.",
    "Arkansas": "Ark. Code Ann.", "Colorado": "Colo. Rev. Stat.", "Connecticut": "Conn. Gen. Stat.",
    "Delaware": "Del. Code Ann.", "Florida": "Fla. Stat.", "Georgia": "Ga. Code Ann.",
    "Hawaii": "Haw. Rev. Stat.", "Idaho": "Idaho Code", "Illinois": "Ill. Comp. Stat.", "Indiana": "Ind. Code",
    "Iowa": "Iowa Code", "Kansas": "Kan. Stat. Ann.", "Kentucky": "Ky. Rev. Stat. Ann.",
    "Louisiana": "La. Stat. Ann.", "Maine": "Me. Stat.", "Maryland": "Md. Code Ann.",
    "Massachusetts": "Mass. Gen. Laws", "Michigan": "Mich. Comp. Laws", "Minnesota": "Minn. Stat.",
    "Mississippi": "Miss. Code Ann.", "Missouri": "Mo. Rev. Stat.", "Montana": "Mont. Code Ann.",
    "Nebraska": "Neb. Rev. Stat.", "Nevada": "Nev. Rev. Stat.", "New Hampshire": "N.H. Rev. Stat. Ann.",
    "New Jersey": "N.J. Stat. Ann.", "New Mexico": "N.M. Stat. Ann.", "North Carolina": "N.C. Gen. Stat.",
    "North Dakota": "N.D. Cent. Code", "Ohio": "Ohio Rev. Code Ann.", "Oklahoma": "Okla. Stat.",
    "Oregon": "Or. Rev. Stat.", "Pennsylvania": "Pa. Cons. Stat.", "Rhode Island": "R.I. Gen. Laws",
    "South Carolina": "S.C. Code Ann.", "South Dakota": "S.D. Codified Laws", "Tennessee": "Tenn. Code Ann.",
    "Utah": "Utah Code Ann.", "Vermont": "Vt. Stat. Ann.", "Virginia": "Va. Code Ann.",
    "Washington": "Wash. Rev. Code", "West Virginia": "W. Va. Code", "Wisconsin": "Wis. Stat.",
    "Wyoming": "Wyo. Stat. Ann.", "District of Columbia": "D.C. Code", "Puerto Rico": "P.R. Laws Ann.",
}
"""Each state's (and D.C.'s, Puerto Rico's) general code. Not California, New York or Texas,
whose codes are by subject. Also the code for a bare section in that state's courts."""

_WORDED = r"(?:['’]s)?\s+(?:Revised\s+|General\s+|Consolidated\s+|Compiled\s+|Codified\s+|Official\s+)?(?:Code|Statutes|Laws)(?:\s+Annotated)?"


def state_codes() -> tuple[StateCode, ...]:
    """The state-code table with each Bluebook name turned into a flexible head pattern, and the
    state's name in words ("Indiana Code", "Hawaii Revised Statutes") as one more alias."""
    worded: dict[str, list[str]] = {}
    for name, code in STATE_NAMES.items():
        worded.setdefault(code, []).append(name.replace(" ", r"\s+") + _WORDED)
    out = []
    for code, aliases, example, title, postfix in _STATES:
        extra = tuple(f"(?<!West\\s)(?:{w})" for w in worded.get(code, ()))
        out.append(StateCode(code, (_abbr(code),) + aliases + extra, example, title, postfix))
    return tuple(out)


STATE_CODES: tuple[StateCode, ...] = state_codes()


def state_names_from_reporters_db() -> Optional[tuple[str, ...]]:
    """Bluebook names of state statutory codes in reporters-db ``laws.json`` (for the tests)."""
    try:
        import json
        import os

        import reporters_db

        path = os.path.join(os.path.dirname(reporters_db.__file__), "data", "laws.json")
        with open(path, encoding="utf-8") as fh:
            laws = json.load(fh)
    except Exception:  # reporters-db absent or changed: the tables above still stand
        return None
    return tuple(
        name
        for name, entries in laws.items()
        for entry in entries
        if entry.get("cite_type") == "leg_statute" and entry.get("jurisdiction") != "United States"
    )
