"""The citation grammar as regular expressions.

Every pattern is bounded (no nested unbounded repeats), so matching is linear in the text.
The scanner (``_parser.py``) finds a trigger word with :data:`TRIGGER`, tries the *head*
patterns of :data:`TRIGGER_HEADS` for that kind of trigger, and then reads the rest of the
cite forward with the anchored pieces below (``.match(text, pos)``).
"""

from __future__ import annotations

import re as _re

import regex

from ._vocabulary import CAL_SUBJECTS, NAMED_CODES, STATE_CODES, TEX_SUBJECTS

# ------------------------------------------------------------------ pieces

DASH = "-\u2010\u2011\u2012\u2013\u2014\u2212"
"""Hyphen and the dashes printed for ranges."""

SECTION = (
    r"\d[0-9A-Za-z]{0,12}"
    r"(?:(?:[" + DASH + r":/]|\.(?=[0-9A-Za-z])|-[ \t]?\n[ \t]{0,40}(?=\d))[0-9A-Za-z]{1,12}){0,8}"
)
"""A section number: "6103", "552a", "2000e-5", "14-306.4", "150/1", "12:1-622", "61-\\n03"."""

CFR_SECTION = (
    r"\d{1,4}\.\d{1,6}[A-Za-z]{0,3}(?:\([0-9A-Za-z]{1,4}\)){1,4}-\d{1,3}T?(?![0-9A-Za-z])"
    r"|" + SECTION
)
"""A regulation number, which may itself contain parentheses: "301.6231(a)(3)-1"."""

RULE_NUMBER = r"\d{1,4}(?:\.\d{1,3})?(?![0-9A-Za-z]|\.\d)"
"""A rule number: "12", "56", "4", "801"."""

SUB = r"[ \t]?\([ \t]?(?!\d{4}[ \t]?\))([0-9]{1,3}[A-Za-z]{0,2}|[A-Za-z]{1,5}[0-9]{0,2})[ \t]?\)"
"""One parenthesized subdivision, at most one space or tab before it: "(i)", " (2)", "(f )", "(2m)"."""

SUBS = r"(?:" + SUB + r"){0,12}(?:(?<=\))\d{1,2}\.(?![0-9A-Za-z]))?"
"""Subdivisions, then the Wisconsin trailing paragraph number ("(6)(a)7.")."""

SUB_RE = regex.compile(SUB)

SIGN = r"(?:§§?|\u00a7\s?\u00a7|[Ss]{1,2}\.?(?=[ \t]?\d)|[Ss]ec(?:tion)?s?\.?|SECS?\.|SECTIONS?)"
"""A section sign or word: "§", "§§", "ss", "s", "sec.", "Sec.", "section", "sections"."""

SIGN_RE = regex.compile(
    r"[ \t\u00a0]?,?[ \t\u00a0]{0,8}\n?[ \t\u00a0]{0,40}" + SIGN + r"[ \t\u00a0]{0,3}\n?[ \t\u00a0]{0,40}"
)
PLURAL_SIGN = regex.compile(r"§\s?§|ss|[Ss]ecs|[Ss]ections|SECS|SECTIONS")

SPACE = r"[ \t\u00a0]"
GAP = r"[ \t\u00a0\n]{0,6}"

SECTION_RE = regex.compile(r"(?:" + SECTION + r")")
CFR_SECTION_RE = regex.compile(r"(?:" + CFR_SECTION + r")")
RULE_NUMBER_RE = regex.compile(RULE_NUMBER)
SUBS_RE = regex.compile(SUBS)

SUBS_RANGE_RE = regex.compile(
    r"(?:" + SPACE + r"?[" + DASH + r"]" + SPACE + r"?|\s(?:to|through|thru)\s)((?:" + SUB + r"){1,12})"
)
"""The end of a subdivision range: "–(3)" in "(i)(1)–(3)", " through (b)(5)"."""

SECTION_RANGE_WORD_RE = regex.compile(r"\s(?:to|through|thru)\s(?:§§?\s?)?(?=\d)")
"""A worded section range: "29-2519 to 29-2546", "2000e through 2000e-17"."""

LIST_SEP_RE = regex.compile(
    r"(?:" + SPACE + r"?,[ \t\u00a0\n]{0,3}(?:and\s|or\s|&\s)?|\s(?:and|or|&)\s)(?:§§?\s?)?"
)
"""Between the items of a list: ", ", " and ", ", and ", " or "."""

SUBD_RE = regex.compile(r",?\s?subds?\.\s?")
"""California "11357, subd. (a)"."""

ET_SEQ_RE = regex.compile(r",?[ \t\u00a0\n]{0,3}et\.?[ \t]?seq\.?")
NOTE_RE = regex.compile(r"[ \t\u00a0\n]{1,3}note\b")
NOW_RE = regex.compile(r"[ \t]?\(now[ \t](?:§[ \t]?)?(" + SECTION + r")\)")
"""A renumbering note: "Section 45-289 (now 45a-287)"."""

NOT_A_CITE_AFTER = regex.compile(
    r"[ \t\u00a0\n]{0,3}(?:(?:[A-Z][A-Za-z]{0,5}\.[ \t]?){1,4}(?:\d|[23]d|4th)|Stat\.|U\.\s?S\.|F\.|"
    r"S\.\s?Ct|L\.\s?Ed|Cir\.|[A-Z][a-z]+\.? (?:\d|App)|%|percent|days?|years?|months?|U\.S\.C)"
)
"""What may not follow a list item: a reporter ("531 U.S. 98"), another code's title, a unit."""

ORDINAL_RE = regex.compile(r"\d+(?:st|nd|rd|th|d)$")

# ------------------------------------------------------------------ qualifiers after a section

OF_TITLE_RE = regex.compile(
    r",?\s+of\s+(?:the\s+)?[Tt]itle\s+(\d{1,2})\b"
    r"(?:\s?,?\s+(?:of\s+the\s+)?United\s+States\s+Co(?:de|urt)(?:\s+Annotated)?|\s+U\.\s?S\.\s?C\.)?"
)
""""section 1983 of title 42", "section 89 of title 14, United States Code"."""

OF_USC_RE = regex.compile(r"\s+of\s+(\d{1,2})\s+U\.?\s?S\.?\s?C\.(?:\s?[AS]\.)?")
""""Section 14123(a)(2) of 49 U.S.C."."""

COMMA_TITLE_RE = regex.compile(
    r",\s+[Tt]itle\s+(\d{1,2}),?\s+(?:U\.\s?S\.\s?C\.(?:\s?[AS]\.)?|United\s+States\s+Code)"
)
"""", Title 5 U.S.C." after a list of sections."""

OF_THE_RE = regex.compile(r",?\s+of\s+(?:the\s+|this\s+|that\s+|said\s+|such\s+|our\s+|its\s+)?")

_NAMED_CODE_ALT = "|".join(f"(?P<nc{i}>{c.pattern})" for i, c in enumerate(NAMED_CODES))
NAMED_CODE_RE = regex.compile(r"(?:" + _NAMED_CODE_ALT + r")(?![A-Za-z])")
THE_CODE_RE = regex.compile(r"Code\b(?!\s+of\s)")

ACT_NAME_RE = regex.compile(
    r"(?P<act>(?:(?:[A-Z][A-Za-z'’.\-]{0,20}|of|and|the|for|to|on|in|&)[ \t\n]){0,10}?Act"
    r"(?:[ \t\n]of[ \t\n]\d{4})?"
    r"|(?!MOA\b)[A-Z]{2,9}A(?![A-Za-z]))(?![A-Za-z])"
)
"""A named Act: "Civil Rights Act of 1964", "Sherman Act", "PROMESA"."""

# ------------------------------------------------------------------ heads

USC_HEAD = (
    r"U\.[ \t]?S\.[ \t]Code\b"
    r"|U\.[ \t\u00a0]?S\.[ \t\u00a0]?C(?!onst|ode)\.?(?:[ \t]?[ASU]\.)?"
    r"|U\.S\.C[AS]?\b|(?i:usc)[as]?\b|USCA\b"
    r"|United[ \t\n]States[ \t\n]Code(?:[ \t\n]Annotated)?"
)
CFR_HEAD = r"C\.[ \t]?F\.[ \t]?R\.|CFR\b|Code[ \t\n]of[ \t\n]Federal[ \t\n]Regulations"
TREAS_HEAD = r"Treas(?:ury)?\.?[ \t]?Reg(?:ulation)?s?\.?"
STAT_HEAD = r"Stat\.(?=[ \t\u00a0\n]{0,3}\d)"
PUBL_HEAD = (
    r"(?:Pub(?:lic)?\.?[ \t]{0,3}L(?:aw|\.)?|P\.[ \t]?L\.|PL)(?=[ \t]{0,3}(?:No\.?[ \t]?)?\d)"
)
FEDRULE_HEAD = (
    r"(?i:Fed(?:eral)?\.?[ \t]?R(?:ules?|\.)?[ \t]?(?P<fr>Civ|Crim|App|Evid|Bankr)\.?"
    r"(?:[ \t]?Proc?\.?|[ \t]?P\.?(?![A-Za-z]))?)"
    r"|Federal[ \t\n]Rules?[ \t\n]of[ \t\n](?:(?P<frw>Civil|Criminal|Appellate|Bankruptcy)[ \t\n]Procedure|(?P<frw2>Evidence))"
    r"|F\.?R\.?(?P<fra>C\.?P|A\.?P|Cr\.?P|B\.?P|E)\.?(?![A-Za-z])"
)
CONST_HEAD = r"(?i:U\.[ \t]?S\.[ \t]?Const\.?)|United[ \t]States[ \t]Constitution"
SESSION_HEAD = (
    r"(?<=\b(?P<year>1[89]\d\d|20\d\d)[ \t])(?P<sess>(?:Wis\.|Mass\.|Minn\.|Conn\.|Ill\.|Tex\.|Cal\.|Md\.|N\.[ \t]?[JYCH]\.|Pa\.|Va\.|Ohio|Mich\.|Fla\.|Ga\.|Ky\.|La\.|Mo\.|Neb\.|Nev\.|Or\.|Wash\.|Wyo\.)"
    r"[ \t](?:Sess\.[ \t])?(?:Laws|Acts?|Stat\.|Pub\.[ \t]Acts))(?=[ \t](?:ch\.[ \t]|c\.[ \t]|No\.[ \t])?\d)"
    r"|St\.[ \t](?=\d{4},[ \t]?c\.[ \t]?\d)|Stats\.[ \t](?=\d{4},[ \t]?ch\.[ \t]?\d)"
    r"|(?P<sess2>(?:[A-Z][a-z]{0,4}\.[ \t]?){1,2}Sess\.[ \t]Laws?|D\.[ \t]?C\.[ \t]Law)(?=[ \t]\d{1,4}-\d)"
)
SESSION_TAIL_RE = regex.compile(
    r"[ \t](?P<yn>\d{1,4})-(?P<num>\d{1,4})|[ \t](?:ch\.[ \t]|c\.[ \t]|No\.[ \t])?(\d{1,4})|(\d{4}),[ \t]?ch?\.[ \t]?(\d{1,4})"
)
SESSION_PIN_RE = regex.compile(r",[ \t]?(?:§§?|sec(?:tion)?s?\.?)[ \t]?\d[0-9A-Za-z" + DASH + r"]{0,12}(?:,[ \t]?\d{1,4}){0,6}")
ART_HEAD = r"Art(?:icle|\.)[ \t]?(?=[IVX]{1,4},[ \t]?§)"
NAMED_HEAD = "|".join(c.pattern for c in NAMED_CODES)
SIGN_HEAD = r"§\s?§|§|(?<![A-Za-z])(?:[Ss]ections?\b|SECTIONS?\b|[Ss]ecs?\.|Sec\b|s\.(?=\s\d{1,4}\.\d))"
RULE_HEAD = r"(?:(?P<rulefam>Appellate|Civil|Criminal|Evidence|Bankruptcy)[ \t])?Rules?(?=[ \t\u00a0]\d)"
ID_HEAD = r"[Ii]d\.|Ibid\."

_CAL_SUBJ = "|".join(f"(?:{p})" for p, _ in CAL_SUBJECTS)
_TEX_SUBJ = "|".join(f"(?:{p})" for p, _ in TEX_SUBJECTS)
CAL_HEAD = (
    r"(?i:Cal(?:ifornia)?\.?[ \t]?(?:" + _CAL_SUBJ + r")[ \t]?Code)"
    r"|(?:" + _CAL_SUBJ + r")[ \t]?Code(?=,?[ \t]?(?:§|[Ss]ections?[ \t]\d))|Code[ \t]Civ\.[ \t]?Proc\.(?=,?[ \t]?§)"
)
TEX_HEAD = (
    r"(?i:Tex(?:as)?\.?[ \t](?:" + _TEX_SUBJ + r")[ \t]Code(?:[ \t]Ann(?:otated)?\.?)?)"
    r"|(?i:Tex\.?[ \t]Code[ \t]Crim\.?[ \t]Proc\.?(?:[ \t]Ann\.)?)"
)
NY_HEAD = (
    r"N\.[ \t]?Y\.[ \t]?(?P<nysubj>(?:[A-Z][A-Za-z.'’]{0,12}[ \t](?:&[ \t])?){1,4}?)Law|N\.[ \t]?Y\.[ \t]?C\.[ \t]?P\.[ \t]?L\.[ \t]?R\."
    r"|(?P<nypenal>Penal[ \t]Law)(?=[ \t]?§)|(?P<nycpl>CPL)(?=[ \t]\d{2,3}\.\d)|(?P<nycplr>CPLR)(?=[ \t]\d{3,4})"
)

def _alias(pattern: str, first: bool) -> str:
    """Bluebook names and worded aliases match in any case ("WIS. STAT."); acronyms ("RSA") do not."""
    worded = first or regex.search(r"[a-z]{3}", pattern.replace("\\s", ""))
    return f"(?i:{pattern})" if worded else f"(?:{pattern})"


_STATE_ALT = "|".join(
    # the longer printed forms first ("Mich. Comp. Laws Serv." before "Mich. Comp. Laws")
    "(?P<st{0}>{1})".format(i, "|".join(_alias(a, a == s.aliases[0]) for a in s.aliases[1:] + s.aliases[:1]))
    for i, s in enumerate(STATE_CODES)
)

_HEAD_PARTS = {
    "const": CONST_HEAD, "usc": USC_HEAD, "cfr": CFR_HEAD, "treas": TREAS_HEAD, "stat": STAT_HEAD,
    "publ": PUBL_HEAD, "fedrule": FEDRULE_HEAD, "named": NAMED_HEAD, "cal": CAL_HEAD, "tex": TEX_HEAD,
    "ny": NY_HEAD, "state": _STATE_ALT, "art": ART_HEAD, "session": SESSION_HEAD, "id": ID_HEAD,
    "rule": RULE_HEAD,
}


def _head(*kinds: str) -> "regex.Pattern[str]":
    words = "|".join(f"(?P<{k}>{_HEAD_PARTS[k]})" for k in kinds if k != "sign")
    parts = [r"(?<![A-Za-z0-9])(?:" + words + ")"] if words else []
    if "sign" in kinds:
        parts.append(r"(?P<sign>" + SIGN_HEAD + r")")
    return regex.compile("|".join(parts))



_STATE_ACRONYMS = (
    r"ILCS|RSMo|R\.\s?S\.\s?Mo|KRS|RCW|ORS|NRS|HRS|MCA|SDCL|MCLA?|M\.\s?C\.\s?L|RSA|NMSA|A\.\s?R\.\s?S\."
    r"|C\.\s?R\.\s?S\.|C\.\s?G\.\s?S\.|O\.\s?C\.\s?G\.\s?A|K\.\s?S\.\s?A|M\.\s?R\.\s?S\.|M\.\s?G\.\s?L\.|G\.\s?L\."
    r"|G\.\s?S\.|N\.\s?C\.\s?G\.\s?S|N\.\s?J\.\s?S|N\.\s?D\.\s?C\.\s?C|O\.\s?R\.\s?C|R\.\s?C\.|O\.\s?S\."
    r"|Pa\.\s?C\.\s?S|L\.\s?P\.\s?R\.\s?A|T\.\s?C\.\s?A|V\.\s?S\.\s?A|Del\.\s?C\.|La\.\s?R\.\s?S|La\.\s?C\.|Mass\.\s?G\.\s?L"
    r"|N\.\s?Y\.|SDCL|P\.\s?R\.|CPLR?|Penal"
)
_TRIGGER_WORDS = (
    r"Code\b|CODE\b|Law[ \t]\d|Sess\.|Stat(?:s?\.|utes\b)|STAT(?:\.|UTES\b)|Laws\b|LAWS\b"
    r"|Acts?(?=[ \t](?:ch\.[ \t]|c\.[ \t]|No\.[ \t])?\d)"
    r"|Rules?\b|\u00a7|Sec(?:tions?\b|s?\.|\b)|sec(?:tions?\b|s?\.|\b)|SEC|s\.\s\d|Id\.|id\.|Ibid"
    r"|U\.|USC|usc|United|C\.\s?F\.|CFR|Treas|Pub|Fed|FED|Federal|F\.?R\.?[ACBE]|Art|I\.\s?R\.\s?C|IRC|Internal"
    r"|P\.[ \t]?L\.|PL[ \t]|St\.[ \t]\d|" + _STATE_ACRONYMS
)


def _split_top(pattern: str) -> list[str]:
    out, depth, cur, i = [], 0, "", 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur += pattern[i: i + 2]
            i += 2
            continue
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    return out + [cur]


def _factor(pattern: str) -> str:
    """``Code|CFR|Stat`` -> ``C(?:ode|FR)|S(?:tat)``: every branch then starts with its own literal,
    which lets Python's engine skip to candidate characters fast (measured 6x on opinions)."""
    groups: dict[str, list[str]] = {}
    for alt in _split_top(pattern):
        lead = alt[:6] if alt.startswith("\\u") else alt[0]
        groups.setdefault(lead, []).append(alt[len(lead):])
    return "|".join(f"{lead}(?:{'|'.join(rest)})" for lead, rest in groups.items())


TRIGGER = _re.compile(_factor(_TRIGGER_WORDS))
"""Cheap literal triggers (Python ``re``). A head starts at its trigger or, for a trailing word
("Code", "Stat.", "Laws", "Rule"), at one of the capitalized words right before it
("Texas Insurance Code", "N.C. Gen. Stat.", "Appellate Rule")."""

_FED_TRIGGERS = ("P.L", "PL", "P. L", "C.F", "C. F", "CFR", "Treas", "Pub", "Fed", "FED", "Federal", "FR", "F.R", "Art", "I.R",
                 "I. R", "IRC", "Internal", "St.")


def trigger_kind(word: str) -> str:
    """Which heads to try after a trigger."""
    if word == "\u00a7" or word[:3] in ("Sec", "sec", "SEC") or word.startswith("s."):
        return "sign"
    if word in ("Id.", "id.", "Ibid"):
        return "id"
    if word.startswith("Rule"):
        return "rule"
    if word in ("U.", "USC", "usc", "United"):
        return "us"
    if word[:4] in ("Code", "CODE", "Stat", "STAT", "Laws", "LAWS", "Sess") or word.startswith(("Act", "Law")):
        return "back"
    if word.startswith(_FED_TRIGGERS):
        return "fed"
    return "acr"


_TRIGGER_HEAD_KINDS = {
    "back": ("usc", "cfr", "stat", "named", "cal", "tex", "ny", "state", "session", "const"),
    "rule": ("rule",),
    "sign": ("sign",),
    "id": ("id",),
    "us": ("const", "usc"),
    "fed": ("cfr", "treas", "publ", "fedrule", "art", "named", "session"),
    "acr": ("state", "ny"),
}


class _Heads(dict[str, "regex.Pattern[str]"]):
    """Head patterns compiled on first use: the state-code alternations take a while to compile."""

    def __missing__(self, kind: str) -> "regex.Pattern[str]":
        pattern = self[kind] = _head(*_TRIGGER_HEAD_KINDS[kind])
        return pattern


TRIGGER_HEADS: dict[str, "regex.Pattern[str]"] = _Heads()
"""The head patterns worth trying after each kind of trigger (where a citation may begin;
``§`` needs no word boundary: "U.S.C.§6103")."""
WORD_START = _re.compile(r"(?<![A-Za-z0-9.'’&§])[A-Z]")

STATE_HEAD_RE = regex.compile(r"(?:" + _STATE_ALT + r")(?![A-Za-z])")
POSTFIX_STATES = tuple(i for i, s in enumerate(STATE_CODES) if s.postfix)
POSTFIX_RE = regex.compile(
    r"[ \t]?,?[ \t]?(?:\d{1,2}[A-Z]{0,2}[ \t])?(?:"
    + "|".join(
        "(?P<st{0}>{1})".format(i, "|".join(f"(?:{a})" for a in STATE_CODES[i].aliases[1:]))
        for i in POSTFIX_STATES
    )
    + r")(?![A-Za-z])"
)
"""A state-code alias printed after the section: "45a-187 (a) C.G.S.", "565.253, RSMo"."""

TITLE_BEFORE_RE = regex.compile(r"(?:[Tt]itle[ \t]+)?(\d{1,3}[A-Z]?(?:-[A-Z])?)\.?[ \t\u00a0\n]{0,3},?[ \t\u00a0]{0,2}$")
TITLE_WORD_BEFORE_RE = regex.compile(r"[Tt]itle[ \t]+(\d{1,3}),?[ \t\n]{0,3}$")
TIT_RE = regex.compile(r",?[ \t\n]{0,3}[Tt](?:it\.|itle|IT\.)[ \t\n]{0,3}(\d{1,3}[A-Z]?(?:-[A-Z])?),?[ \t\n]{0,3}")
CHAPTER_RE = regex.compile(r",?[ \t]?(?:c\.|ch\.|chap\.|chapter)?[ \t]?(\d{1,3}[A-Z]?),?[ \t]?")
APPENDIX_RE = regex.compile(r"[ \t]?(?:app\.|App\.|Appx\.|Appendix)")
ARTICLE_SIGN_RE = regex.compile(r",?[ \t]?(?:art(?:icle)?s?\.?|§§?|ss?\.|[Ss]ecs?\.|[Ss]ections?)[ \t\n]{0,3}(?=\d)")
PUBL_NUMBER_RE = regex.compile(
    r"[ \t]{0,3}(?:No\.?[ \t]?)?(?:(\d{1,3})[ \t]?[" + DASH + r"][ \t]?(\d{1,4})|(\d{1,4}))(?![0-9A-Za-z])"
)
PUBL_PIN_RE = regex.compile(
    r"(?:,[ \t\n]{0,3}(?:div\.|tit(?:le|\.)|Title)[ \t]?[A-Z0-9]{1,6}){0,3}"
    r"(?:,[ \t\n]{0,3}§§?[ \t]?" + SECTION + SUBS + r")?"
)
STAT_PAGE_RE = regex.compile(r"[ \t\u00a0\n]{0,3}(\d{1,5}(?:[" + DASH + r"]\d{1,5})?)(?![0-9A-Za-z])")
CONST_PART_RE = regex.compile(
    r",?[ \t]?(?P<kind>art(?:icle)?\.?|amend(?:ment)?\.?|amdt\.?|pmbl\.?)[ \t]?(?P<num>[IVXLC]{1,6}|\d{1,2})(?![A-Za-z0-9])"
    r"(?:,?[ \t]?§[ \t]?(?P<sec>\d{1,2}))?(?:,?[ \t]?cl\.[ \t]?(?P<cl>\d{1,2}))?",
    regex.I,
)
ART_SHORT_RE = regex.compile(r"(?P<num>[IVX]{1,4}),[ \t]?§[ \t]?(?P<sec>\d{1,2})(?:,[ \t]?cl\.[ \t]?(?P<cl>\d{1,2}))?")
RULE_OF_RE = regex.compile(
    r"\s+of\s+the\s+(?:Federal\s+Rules?\s+of\s+(?:(?P<fam>Civil|Criminal|Appellate|Bankruptcy)\s+Procedure|(?P<fam2>Evidence))"
    r"|(?P<other>[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,6}\s+Rules))"
)
RULE_NOT_FEDERAL_AFTER = regex.compile(r",[ \t]?(?:[A-Z][A-Za-z]*\.?){1,3}(?:R|P|Rules?)\b|,[ \t]?[A-Z]{2,}[A-Za-z]*P\b|[ \t]of[ \t]the[ \t](?!Federal)")
ID_TAIL_RE = regex.compile(
    r"[ \t\u00a0\n]{0,3}(?:at[ \t\u00a0\n]{0,3})?(?:(?P<sign>§§?|¶|para\.|paras\.|sec\.|subd?\.|subsec\.)[ \t\u00a0\n]{0,3})?"
)
ID_PAGE_RE = regex.compile(r"[ \t\u00a0\n]{0,3}(?:,[ \t])?(?:at[ \t\u00a0\n]{1,3}(?![(§])|\d)")
"""Id. with a page or paragraph pin ("Id. at 171", "Id., 678", "Id. at pp. K-L"): not a statute's."""

FUNCTION_WORDS = frozenset(
    """see cf but compare with and or under in of to by from also accord contra e.g eg
    pursuant per at as for on that than which where when while because since if unless
    violation violated violating violates amended amending amend codified enacted
    the a an its their his her this these those its' under: see, rule rules id
    i.e. ie including include includes including: both either neither not nor
    section sections title subsection subsections paragraph chapter art article
    statutes statute code laws""".split()
)
BLOCKING_ABBREVIATIONS = frozenset("cong. sess. supp. ed. rep. doc. res. h.r. s. bill".split())
"""Abbreviations that end a bill or report cite, not a sentence ("H.R. 12533, 95th Cong. § 102(e)")."""
"""Words that may stand right before a bare "§ N" without making it some other document's section."""
