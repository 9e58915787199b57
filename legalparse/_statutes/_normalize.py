"""Canonical form and link of a resolved citation."""

from __future__ import annotations

from typing import Optional

from ._vocabulary import URL_TEMPLATES

_RULE_CODES = ("Fed. R. Civ. P.", "Fed. R. App. P.", "Fed. R. Crim. P.", "Fed. R. Evid.", "Fed. R. Bankr. P.")
_TIT_CODES = ("Cal. Code Regs.", "Okla. Stat.", "Del. Code Ann.", "Me. Stat.", "Vt. Stat. Ann.", "P.R. Laws Ann.")
_BEFORE_CODES = ("Ill. Comp. Stat.", "Pa. Cons. Stat.", "N.C. Admin. Code")
_ARTICLE_CODES = ("La. Civ. Code Ann.", "La. Code Civ. Proc. Ann.", "La. Code Crim. Proc. Ann.",
                  "Tex. Code Crim. Proc. Ann.")


def _path(subs: tuple[str, ...]) -> str:
    return "".join(f"({s})" for s in subs)


def canonical(code: str, title: Optional[str], section: str, subsections: tuple[str, ...],
              section_end: Optional[str] = None, subsections_end: Optional[tuple[str, ...]] = None,
              et_seq: bool = False, note: bool = False, appendix: bool = False) -> str:
    """The Bluebook-style cite: "26 U.S.C. § 6103(i)(2)", "Fed. R. Civ. P. 56(a)"."""
    pin = _path(subsections)
    if subsections_end:
        common = 0
        while common < min(len(subsections), len(subsections_end)) and subsections[common] == subsections_end[common]:
            common += 1
        pin += "\u2013" + _path(subsections_end[common:])
    if code == "U.S. Const.":
        return ", ".join(["U.S. Const. " + section, *subsections])
    if code == "Stat.":
        return f"{title} Stat. {section}" + (f"\u2013{section_end}" if section_end else "")
    if code == "Pub. L.":
        return f"Pub. L. No. {title}-{section}" if title else f"Pub. L. No. {section}"
    if title and len(title) == 4 and title.isdigit() and code.endswith(("Acts", "Act", "Laws", "Law", "Stat.")):
        chapter = "ch. " if code in ("Mass. Acts", "Cal. Stat.") else ""
        if code.endswith(("Sess. Law", "Sess. Laws")):
            return f"{code} {title}-{section}"
        return f"{title} {code} {chapter}{section}"  # a session law: "2012 Mass. Acts ch. 192"
    if code in _RULE_CODES:
        return f"{code} {section}{pin}"
    sign = "§§" if section_end else "§"
    sec = f"{section}{pin}" + (f"\u2013{section_end}" if section_end else "")
    if code in _ARTICLE_CODES:
        body = f"{code} art. {sec}"
    elif code == "Mass. Gen. Laws" and title:
        body = f"Mass. Gen. Laws ch. {title}, {sign} {sec}"
    elif code in _TIT_CODES and title:
        body = f"{code} tit. {title}, {sign} {sec}"
    elif code in _BEFORE_CODES and title:
        body = f"{title} {code} {'' if code == 'Ill. Comp. Stat.' else sign + ' '}{sec}"
    elif code in ("U.S.C.", "C.F.R."):
        app = " app." if appendix else ""
        body = f"{title + ' ' if title else ''}{code}{app} {sign} {sec}"
    elif code[:1].isupper() and not any(c in code for c in ".") and code not in ("ILCS",):
        body = f"{code} {sign} {sec}"  # a named Act
    else:
        body = f"{code} {sign} {sec}"
    if note:
        body += " note"
    if et_seq:
        body += " et seq."
    return body


def url(code: str, title: Optional[str], section: str, subsections: tuple[str, ...]) -> Optional[str]:
    """Cornell LII for U.S.C., C.F.R., the federal rules and the Constitution; govinfo for Stat. and Pub. L."""
    template = URL_TEMPLATES.get(code)
    if template is None:
        return None
    if code in ("U.S.C.", "C.F.R.", "Stat.", "Pub. L.") and not title:
        return None
    if code == "U.S. Const.":
        kind, _, num = section.partition(" ")
        page = {"art.": "article", "amend.": "amendment"}.get(kind)
        if page is None:
            return None
        return template.format(section=page + num.lower())
    anchor = ""
    if subsections and code == "U.S.C.":
        anchor = "#" + "_".join(subsections)
    elif subsections and code == "C.F.R.":
        anchor = f"#p-{section}{_path(subsections)}"
    return template.format(title=title, section=section, anchor=anchor)
