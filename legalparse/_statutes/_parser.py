"""Scan text for citation heads and read each cite forward into :class:`Found` items.

One pass of :data:`_patterns.TRIGGER` over the text; at each head a small reader for that kind
of code reads the title (backwards, a few characters), the section sign, the list of sections
with their subdivisions, ranges, ``et seq.``/``note`` and any qualifier ("of title 42",
"of the Internal Revenue Code"). The scan resumes after the cite, so items never overlap.
"""

from __future__ import annotations

from typing import Any, Optional

import attrs
import regex

from ._regexcache import _compile, _finditer, _fullmatch, _match, _search, _sub

from . import _patterns as P
from ._vocabulary import CAL_SUBJECTS, NAMED_CODES, RULE_FAMILIES, STATE_CODES, TEX_SUBJECTS

_ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
          "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV",
          "XXVI", "XXVII")


@attrs.define
class Found:
    """One cite as read from the text, before short forms are resolved."""

    start: int
    end: int
    form: str  # "full", "short", "id"
    code: Optional[str]
    title: Optional[str]
    section: Optional[str]
    subsections: tuple[str, ...] = ()
    section_end: Optional[str] = None
    subsections_end: Optional[tuple[str, ...]] = None
    et_seq: bool = False
    note: bool = False
    appendix: bool = False
    as_written: Optional[str] = None
    kind: str = "section"  # "section", "rule", "const", "id", "case"
    rule_family: Optional[str] = None
    code_ref: Optional[str] = None  # "the Code": resolved from the document


@attrs.define
class _Item:
    start: int
    end: int
    section: str
    subsections: tuple[str, ...]
    section_end: Optional[str] = None
    subsections_end: Optional[tuple[str, ...]] = None


# ------------------------------------------------------------------ small readers


def _subs(text: str, pos: int) -> tuple[tuple[str, ...], int]:
    m = _at(P.SUBS_RE, text, pos)
    if not m or m.end() == pos:
        return (), pos
    parts = [g.group(1) for g in P.SUB_RE.finditer(m.group())]
    tail = m.group()
    if tail.endswith(".") and not tail.endswith(")."):
        # Wisconsin trailing paragraph: "(6)(a)7." -> ... "7"
        digits = _search(r"\)(\d{1,2})\.$", tail)
        if digits:
            parts.append(digits.group(1))
    return tuple(parts), m.end()


def _level(part: str) -> str:
    if part.isdigit():
        return "num"
    if _fullmatch(r"[ivxl]+", part):
        return "roman" if len(part) > 1 else "lower|roman"
    if _fullmatch(r"[IVXL]+", part):
        return "ROMAN" if len(part) > 1 else "upper|ROMAN"
    if part.islower():
        return "lower" if len(part) <= 2 else "other"
    if part.isupper():
        return "upper"
    return "other"


def _compatible(a: str, b: str) -> bool:
    return bool(set(_level(a).split("|")) & set(_level(b).split("|")))


def continue_path(previous: tuple[str, ...], cont: tuple[str, ...]) -> tuple[str, ...]:
    """The full path of a list continuation: after (b)(1)(A), "(2)" is (b)(2)."""
    if not cont:
        return previous
    for depth in range(len(previous) - 1, -1, -1):
        if _compatible(previous[depth], cont[0]):
            return previous[:depth] + cont
    return cont


def _clean_section(raw: str, join_hyphen: bool) -> str:
    """A section as printed, without line-end hyphenation or layout whitespace."""
    if "\n" in raw:
        def fix(m: "regex.Match[str]") -> str:
            left = m.group(1)
            return left if (join_hyphen and left.isdigit()) else left + "-"
        raw = _sub(r"([0-9A-Za-z.]+)-[ \t]?\n[ \t]*", fix, raw)
    return raw


def _split_range(section: str, min_digits: int = 3) -> tuple[str, Optional[str]]:
    """Under "§§", "6103-6105", "2071–2077" and "2000cc-2000cc-5" are ranges; "2000e-5", "23-59"
    and "29-2519" are not (a hyphen between short numbers is a section's own)."""
    for m in _finditer("[" + P.DASH + "]", section):
        left, right = section[: m.start()], section[m.end():]
        if not left or not right or not right[0].isdigit() or not left[0].isdigit():
            continue
        lnum = _match(r"\d+", left).group()  # type: ignore[union-attr]
        rnum = _match(r"\d+", right).group()  # type: ignore[union-attr]
        if right.startswith(left) and right[len(left): len(left) + 1] in tuple(P.DASH):
            return left, right  # "2000cc-2000cc-5"
        digits = 1 if m.group() != "-" else min_digits
        if len(lnum) == len(rnum) and len(lnum) >= digits and rnum >= lnum and (
            left[len(lnum):] == "" or right[len(rnum):] != "" or left == lnum
        ):
            if "-" not in right and "-" not in left and ":" not in left:
                return left, right
    return section, None


def _section_items(
    text: str, pos: int, *, plural: bool, cfr: bool = False, rule: bool = False,
    join_hyphen: bool = False, allow_list: bool = True,
) -> tuple[list[_Item], int]:
    """Read "6103(i)(2)", "§§ 552a(b), 706", "12(b)(1) and 12(b)(6)", "(c)(3)(A)" continuations."""
    items: list[_Item] = []
    number_re = P.RULE_NUMBER_RE if rule else (P.CFR_SECTION_RE if cfr else P.SECTION_RE)
    m = _at(number_re, text, pos)
    if not m:
        return items, pos
    first = True
    while m:
        raw = m.group()
        if not first and (P.ORDINAL_RE.match(raw) or _at(P.NOT_A_CITE_AFTER, text, m.end())):
            break
        section = _clean_section(raw, join_hyphen)
        end = m.end()
        section_end: Optional[str] = None
        if plural and not rule:
            section, section_end = _split_range(section)
        subs, end2 = _subs(text, end)
        if subs and not rule and section.endswith(".") is False and _match(r"\d{4}$", section) and False:
            pass
        subs_end = None
        r = _at(P.SUBS_RANGE_RE, text, end2) if subs else None
        if r:
            tail = tuple(g.group(1) for g in P.SUB_RE.finditer(r.group(1)))
            subs_end = continue_path(subs, tail)
            end2 = r.end()
        if section_end is None:
            w = _at(P.SECTION_RANGE_WORD_RE, text, end2)
            if w:
                r2 = _at(number_re, text, w.end())
                if r2 and not _at(P.NOT_A_CITE_AFTER, text, r2.end()):
                    section_end = _clean_section(r2.group(), join_hyphen)
                    end2 = r2.end()
                    _, end2 = _subs(text, end2)
        items.append(_Item(m.start(), end2, section, subs, section_end, subs_end))
        first = False
        pos = end2
        if not allow_list:
            break
        # list continuations
        while True:
            sep = _at(P.LIST_SEP_RE, text, pos)
            if not sep:
                return items, pos
            after = sep.end()
            if text.startswith("(", after) or text.startswith(" (", after):
                cont, cend = _subs(text, after)
                if cont and not _at(P.NOT_A_CITE_AFTER, text, cend):
                    path = continue_path(items[-1].subsections, cont)
                    cr = _at(P.SUBS_RANGE_RE, text, cend)
                    cont_end = None
                    if cr:
                        cont_end = continue_path(path, tuple(g.group(1) for g in P.SUB_RE.finditer(cr.group(1))))
                        cend = cr.end()
                    start = after + (1 if text[after] == " " else 0)
                    items.append(_Item(start, cend, items[-1].section, path, None, cont_end))
                    pos = cend
                    continue
                return items, pos
            if not (plural or rule or "§" in sep.group()):
                return items, pos
            m = _at(number_re, text, after)
            if not m:
                return items, pos
            break
    return items, pos


def _tail_flags(text: str, pos: int) -> tuple[bool, bool, int]:
    """``et seq.`` and ``note`` after a cite (not part of the span)."""
    note = bool(_at(P.NOTE_RE, text, pos))
    if note:
        pos2 = _at(P.NOTE_RE, text, pos).end()  # type: ignore[union-attr]
    else:
        pos2 = pos
    es = _at(P.ET_SEQ_RE, text, pos2)
    return bool(es), note, (es.end() if es else pos2)


def _title_before(text: str, start: int, word_only: bool = False) -> tuple[Optional[str], int]:
    window = text[max(0, start - 16): start]
    m = (P.TITLE_WORD_BEFORE_RE if word_only else P.TITLE_BEFORE_RE).search(window)
    if not m:
        return None, start
    begin = start - len(window) + m.start()
    if begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "-–.,§" and not text[begin - 1] == ","):
        return None, start
    return m.group(1), begin


def _state_index(m: "regex.Match[str]") -> Optional[int]:
    for i in range(len(STATE_CODES)):
        if m.group(f"st{i}") is not None:
            return i
    return None


def _subject(table: tuple[tuple[str, str], ...], text: str) -> Optional[str]:
    for pattern, name in table:
        if _search(r"(?i)(?<![A-Za-z])(?:" + pattern + r")(?![A-Za-z])", text):
            return name
    return None


def _roman(num: str) -> str:
    if num.isdecimal() and 0 < int(num) < len(_ROMAN):
        return _ROMAN[int(num)]
    return num.upper()


def _emit(items: list[_Item], head_start: int, **fields: object) -> list[Found]:
    out = []
    for i, it in enumerate(items):
        out.append(
            Found(
                start=head_start if i == 0 else it.start,
                end=it.end,
                section=it.section,
                subsections=it.subsections,
                section_end=it.section_end,
                subsections_end=it.subsections_end,
                **fields,  # type: ignore[arg-type]
            )
        )
    return out


# ------------------------------------------------------------------ the scanner


_WINDOW = 400
"""How far past a position an anchored pattern may look. The ``regex`` module scans ahead for a
pattern's required literal even in ``match``; bounding the window keeps each read O(1)."""


def _at(pattern: "regex.Pattern[str]", text: str, pos: int) -> "Optional[regex.Match[str]]":
    return pattern.match(text, pos, pos + _WINDOW)


_OTHER_DOCUMENT_BEFORE = regex.compile(
    r"(?:\b(?:[Aa]rt(?:icle)?\.?|ART\.|R\.|Rule|ch\.|chap\.)[ \t]?(?:[IVXLC]{1,5}|\d{1,3}[A-Z]?)\b"
    r"|\bsupra|\b[Ee]d\.\)?)[ \t]?[,.]{0,2}[ \t\n]*$"
)
_BARE_ID_END = regex.compile(r"[ \t\u00a0]*(?:$|[\n;)\]\"”’'A-Z]|\.|,[ \t]+[a-zA-Z])")
_ACRONYM_RE = regex.compile(
    r"[ \t\n]{0,2}\([ \t\n]{0,2}(?:[A-Z][A-Z.]{1,7}|(?:\d{4}[ \t])?(?:Rev\.|Supp\.)[^()\n]{0,20})[ \t\n]{0,2}\)"
)
"""An acronym or revision between the code and its sign: "(HRS)", "(Rev. to 2017)", "(1949 Rev.)"."""
_SUBJECT_RE = regex.compile(r",[ \t](?:[A-Z][A-Za-z.&'’]{0,12}[ \t]){0,4}[A-Z][A-Za-z.&'’]{0,12}[ \t]?(?=§)")
_ANN_RE = regex.compile(r"[ \t]?Ann(?:otated)?\.", regex.I)

_KINDS = ("const", "usc", "cfr", "treas", "stat", "publ", "fedrule", "named", "cal", "tex", "ny", "state",
          "art", "session", "id", "rule", "sign")


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[Found] = []

    def run(self) -> list[Found]:
        text = self.text
        pos = 0
        for t in P.TRIGGER.finditer(text):
            at = t.start()
            if at < pos:
                continue
            kind = P.trigger_kind(t.group())
            head = P.TRIGGER_HEADS[kind]
            candidates = [at]
            if kind in ("back", "rule"):
                lo = max(pos, at - (14 if kind == "rule" else 48))
                candidates = [w.start() for w in P.WORD_START.finditer(text, lo, at)][-4:] + [at]
            for c in candidates:
                m = _at(head, text, c)
                if not m:
                    continue
                end = self._read(m)
                if end and end > m.start():
                    pos = end
                    break
        return self.found

    def _read(self, m: "regex.Match[str]") -> Optional[int]:
        kind = m.lastgroup if m.lastgroup in _KINDS else next(k for k in _KINDS if m.group(k) is not None)
        try:
            return getattr(self, "_read_" + kind)(m)  # type: ignore[no-any-return]
        except (IndexError, ValueError, AttributeError):  # odd text: skip this head
            return None

    # --- federal -----------------------------------------------------------------

    def _after_sign(self, pos: int) -> tuple[int, bool]:
        s = _at(P.SIGN_RE, self.text, pos)
        if s and _match(r"\s?\d", self.text[s.end(): s.end() + 2]):
            return s.end(), bool(P.PLURAL_SIGN.search(s.group()))
        g = _at(_compile(r"[ \t\u00a0\n]{0,3}"), self.text, pos)
        return (g.end() if g else pos), False

    def _read_usc(self, m: "regex.Match[str]") -> Optional[int]:
        text = self.text
        title, start = _title_before(text, m.start())
        if title is None:
            return None
        pos = m.end()
        appendix = False
        a = _at(P.APPENDIX_RE, text, pos)
        if a:
            appendix, pos = True, a.end()
        pos, plural = self._after_sign(pos)
        items, end = _section_items(text, pos, plural=plural, join_hyphen=True)
        if not items:
            return None
        et_seq, note, _ = _tail_flags(text, end)
        self.found += _emit(items, start, form="full", code="U.S.C.", title=title.lstrip("0") or title,
                            et_seq=et_seq, note=note, appendix=appendix,
                            as_written=_sub(r"\s+", " ", m.group()))
        return end

    def _read_cfr(self, m: "regex.Match[str]", *, title: Optional[str] = None) -> Optional[int]:
        text = self.text
        start = m.start()
        if title is None:
            title, start = _title_before(text, m.start())
            if title is None:
                return None
        pos = m.end()
        pt = _at(_compile(r"[ \t]?(?:pt\.|part|Part)[ \t]?"), text, pos)
        if pt:
            pos = pt.end()
        pos, plural = self._after_sign(pos)
        items, end = _section_items(text, pos, plural=plural, cfr=True)
        if not items:
            return None
        et_seq, note, _ = _tail_flags(text, end)
        self.found += _emit(items, start, form="full", code="C.F.R.", title=title, et_seq=et_seq,
                            note=note, as_written=_sub(r"\s+", " ", m.group()))
        return end

    def _read_treas(self, m: "regex.Match[str]") -> Optional[int]:
        return self._read_cfr(m, title="26")

    def _read_stat(self, m: "regex.Match[str]") -> Optional[int]:
        text = self.text
        vol = _search(r"(?<![0-9A-Za-z.])(\d{1,3})[ \t\u00a0]{1,2}$", text[max(0, m.start() - 6): m.start()])
        if not vol:
            return None
        start = m.start() - (len(text[max(0, m.start() - 6): m.start()]) - vol.start())
        p = _at(P.STAT_PAGE_RE, text, m.end())
        if not p:
            return None
        section, section_end = _split_range(p.group(1), min_digits=1)
        self.found.append(Found(start=start, end=p.end(), form="full", code="Stat.", title=vol.group(1),
                                section=section, section_end=section_end, as_written="Stat."))
        return p.end()

    def _read_publ(self, m: "regex.Match[str]") -> Optional[int]:
        text = self.text
        p = _at(P.PUBL_NUMBER_RE, text, m.end())
        if not p:
            return None
        congress, number = (p.group(1), p.group(2)) if p.group(1) else (None, p.group(3))
        self.found.append(Found(start=m.start(), end=p.end(), form="full", code="Pub. L.", title=congress,
                                section=number, as_written=_sub(r"\s+", " ", m.group())))
        pin = _at(P.PUBL_PIN_RE, text, p.end())
        return pin.end() if pin and pin.end() > p.end() else p.end()

    def _read_fedrule(self, m: "regex.Match[str]") -> Optional[int]:
        text = self.text
        word = (m.group("fr") or m.group("frw") or m.group("frw2") or m.group("fra") or "").lower()
        word = word.replace(".", "")
        code = RULE_FAMILIES.get(word)
        if code is None:
            return None
        pos = m.end()
        r = _at(_compile(r"[ \t\u00a0\n]{0,3}(?:,[ \t]?)?(?:Rules?[ \t]|R\.[ \t]?)?"), text, pos)
        pos = r.end() if r else pos
        items, end = _section_items(text, pos, plural=True, rule=True)
        if not items:
            # "Federal Rules of Civil Procedure" named without a rule: a context mark only
            self.found.append(Found(start=m.start(), end=m.end(), form="full", code=code, title=None,
                                    section=None, kind="rule-context"))
            return m.end()
        self.found += _emit(items, m.start(), form="full", code=code, title=None, kind="rule",
                            as_written=_sub(r"\s+", " ", m.group()))
        return end

    def _read_const(self, m: "regex.Match[str]") -> Optional[int]:
        c = _at(P.CONST_PART_RE, self.text, m.end())
        if not c:
            return None
        self._const(m.start(), c, m.group())
        return c.end()

    def _const(self, start: int, c: "regex.Match[str]", as_written: Optional[str], form: str = "full") -> None:
        kind = c.group("kind").lower()
        label = "art." if kind.startswith("art") else ("amend." if kind.startswith("am") else "pmbl.")
        section = f"{label} {_roman(c.group('num'))}"
        subs = tuple(x for x in ((f"§ {c.group('sec')}" if c.group("sec") else None),
                                 (f"cl. {c.group('cl')}" if c.group("cl") else None)) if x)
        self.found.append(Found(start=start, end=c.end(), form=form, code="U.S. Const.", title=None,
                                section=section, subsections=subs, kind="const", as_written=as_written))

    def _read_art(self, m: "regex.Match[str]") -> Optional[int]:
        c = _at(P.ART_SHORT_RE, self.text, m.end())
        if not c:
            return None
        found = Found(start=m.start(), end=c.end(), form="short", code="U.S. Const.", title=None,
                      section=f"art. {c.group('num')}",
                      subsections=tuple(x for x in (f"§ {c.group('sec')}", f"cl. {c.group('cl')}" if c.group("cl") else None) if x),
                      kind="const")
        self.found.append(found)
        return c.end()

    def _read_named(self, m: "regex.Match[str]") -> Optional[int]:
        text = self.text
        title = None
        for nc in NAMED_CODES:
            if _fullmatch(nc.pattern, m.group()):
                title = nc.title
                break
        if title is None:
            return None
        pos, plural = self._after_sign(m.end())
        if pos == m.end() or not _match(r"\d", text[pos: pos + 1]):
            self.found.append(Found(start=m.start(), end=m.end(), form="full", code="U.S.C.", title=title,
                                    section=None, kind="code-context"))
            return m.end()
        items, end = _section_items(text, pos, plural=plural)
        if not items:
            return None
        et_seq, note, _ = _tail_flags(text, end)
        self.found += _emit(items, m.start(), form="full", code="U.S.C.", title=title, et_seq=et_seq,
                            as_written=_sub(r"\s+", " ", m.group()))
        return end

    # --- states ------------------------------------------------------------------

    def _state_cite(self, m_start: int, head_end: int, code: str, mode: str, as_written: str,
                    title: Optional[str] = None) -> Optional[int]:
        text = self.text
        start = m_start
        pos = head_end
        ann = _at(_ANN_RE, text, pos)  # "Ariz. Rev. Stat. Ann." read as "Ariz. Rev. Stat." + "Ann."
        if ann:
            pos = ann.end()
        acronym = _at(_ACRONYM_RE, text, pos)  # "Hawaii Revised Statutes (HRS) § 343-2"
        if acronym:
            pos = acronym.end()
        subject = _at(_SUBJECT_RE, text, pos)  # "Md. Code Ann., Crim. Law § 3-303"
        if subject:
            pos = subject.end()
        if mode == "before" or mode == "tit":
            t, s = _title_before(text, m_start)
            if t is not None:
                title, start = t, s
        if mode == "tit":
            t2 = _at(P.TIT_RE, text, pos)
            if t2:
                title, pos = t2.group(1), t2.end()
        elif mode == "chapter":
            ch = _at(P.CHAPTER_RE, text, pos)
            if ch:
                title, pos = ch.group(1), ch.end()
        sign = _at(P.ARTICLE_SIGN_RE, text, pos)
        plural = False
        if sign:
            plural = bool(P.PLURAL_SIGN.search(sign.group())) or "arts" in sign.group()
            pos = sign.end()
        else:
            g = _at(_compile(r",?[ \t\u00a0\n]{0,3}(?=\d)"), text, pos)
            if not g:
                return None
            pos = g.end()
        items, end = _section_items(text, pos, plural=True if plural else False)
        if not items:
            return None
        # California "11357, subd. (a)"; allow the list to go on after a subd.
        for it in items:
            pass
        sd = _at(P.SUBD_RE, text, end)
        if sd:
            subs, e2 = _subs(text, sd.end())
            if subs:
                items[-1].subsections = items[-1].subsections + subs
                items[-1].end = e2
                end = e2
        if code.startswith("La."):
            for it in items:
                lm = _fullmatch(r"(.+?)\.([A-Z])", it.section)
                if lm and not it.subsections:
                    it.section, it.subsections = lm.group(1), (lm.group(2),)
        et_seq, note, _ = _tail_flags(text, end)
        self.found += _emit(items, start, form="full", code=code, title=title, et_seq=et_seq,
                            as_written=as_written)
        now = _at(P.NOW_RE, text, end)
        if now:
            self.found.append(Found(start=now.start(1), end=now.end(1), form="full", code=code, title=title,
                                    section=now.group(1), as_written=as_written))
            end = now.end()
        return end

    def _read_state(self, m: "regex.Match[str]") -> Optional[int]:
        i = _state_index(m)
        if i is None:
            return None
        entry = STATE_CODES[i]
        out = self._state_cite(m.start(), m.end(), entry.code, entry.title, _sub(r"\s+", " ", m.group()))
        if out is None and entry.postfix:
            window = self.text[max(0, m.start() - 40): m.start()]
            b = _search(r"(?<![0-9A-Za-z§])(" + P.SECTION + r")(" + P.SUBS + r")[ \t]?,?[ \t]?$", window)
            if b and "-" in b.group(1) or (b and "." in b.group(1)):
                start = m.start() - len(window) + b.start()
                subs = tuple(g.group(1) for g in P.SUB_RE.finditer(b.group(2)))
                self.found.append(Found(start=start, end=m.end(), form="full", code=entry.code, title=None,
                                        section=b.group(1), subsections=subs, as_written=m.group()))
                return m.end()
        return out

    def _read_cal(self, m: "regex.Match[str]") -> Optional[int]:
        subj = _subject(CAL_SUBJECTS, m.group()) if "Code Civ" not in m.group() else "Civ. Proc."
        if subj is None:
            return None
        return self._state_cite(m.start(), m.end(), f"Cal. {subj} Code", "none", _sub(r"\s+", " ", m.group()))

    def _read_tex(self, m: "regex.Match[str]") -> Optional[int]:
        if _search(r"(?i)Crim", m.group()) and _search(r"(?i)Code\s+Crim", m.group()):
            code = "Tex. Code Crim. Proc. Ann."
        else:
            subj = _subject(TEX_SUBJECTS, m.group()[4:])
            if subj is None:
                return None
            code = f"Tex. {subj} Code Ann."
        return self._state_cite(m.start(), m.end(), code, "none", _sub(r"\s+", " ", m.group()))

    def _read_ny(self, m: "regex.Match[str]") -> Optional[int]:
        subj = m.group("nysubj")
        if m.group("nypenal"):
            code = "N.Y. Penal Law"
        elif m.group("nycpl"):
            code = "N.Y. Crim. Proc. Law"
        elif subj is None:
            code = "N.Y. C.P.L.R."
        else:
            code = "N.Y. " + _sub(r"\s+", " ", subj).strip() + " Law"
        return self._state_cite(m.start(), m.end(), code, "none", _sub(r"\s+", " ", m.group()))

    def _read_session(self, m: "regex.Match[str]") -> Optional[int]:
        """Session laws: "2005 Wis. Act 400, § 5" (title = year, section = act or chapter)."""
        text = self.text
        t = _at(P.SESSION_TAIL_RE, text, m.end())
        if not t:
            return None
        if m.group("sess2"):
            if t.group("yn") is None:
                return None
            year, number = t.group("yn"), t.group("num")
            code, start = regex.sub(r"\s+", " ", m.group("sess2")), m.start()
        elif m.group("sess"):
            if t.group(3) is None:
                return None
            year, number = m.group("year"), t.group(3)
            code = _sub(r"\s+", " ", m.group("sess"))
            start = m.start() - len(year) - 1
        elif t.group(4):
            code = "Cal. Stat." if m.group().startswith("Stats") else "Mass. Acts"
            year, number, start = t.group(4), t.group(5), m.start()
        else:
            return None
        if number is None:
            return None
        self.found.append(Found(start=start, end=t.end(), form="full", code=code, title=year, section=number,
                                kind="session", as_written=_sub(r"\s+", " ", m.group())))
        pin = _at(P.SESSION_PIN_RE, text, t.end())
        return pin.end() if pin else t.end()

    # --- short forms -------------------------------------------------------------

    def _read_id(self, m: "regex.Match[str]") -> Optional[int]:
        text = self.text
        if _at(P.ID_PAGE_RE, text, m.end()):
            self.found.append(Found(start=m.start(), end=m.end(), form="id", code=None, title=None,
                                    section=None, kind="id-page"))
            return m.end()
        t = _at(P.ID_TAIL_RE, text, m.end())
        pos = t.end() if t else m.end()
        sign = t.group("sign") if t else None
        if sign and sign.startswith("§") or sign in ("sec.",):
            items, end = _section_items(text, pos, plural=sign == "§§", cfr=True)
            if items:
                self.found += _emit(items, m.start(), form="id", code=None, title=None, kind="id")
                return end
        subs, end = _subs(text, pos if text[pos: pos + 1] == "(" else m.end() + (len(t.group()) if t else 0))
        if subs and (t and ("at" in t.group() or sign)):
            self.found.append(Found(start=m.start(), end=end, form="id", code=None, title=None, section=None,
                                    subsections=subs, kind="id-subs"))
            return end
        if not _BARE_ID_END.match(text, m.end(), m.end() + 8):
            # "Id. ¶ 284", "Id. 2", "Id. ,r,r 18": a paragraph or page of some record, not a statute
            self.found.append(Found(start=m.start(), end=m.end(), form="id", code=None, title=None,
                                    section=None, kind="id-page"))
            return m.end()
        self.found.append(Found(start=m.start(), end=m.end(), form="id", code=None, title=None, section=None,
                                kind="id"))
        return m.end()

    def _preceding_word_blocks(self, start: int) -> bool:
        """A capitalized word right before "§ 5" names some other document ("Restatement ... § 757");
        so do a constitution's or court rule's article ("art X, § 15", "R. XI, § 14") and a
        treatise cited "supra"."""
        window = self.text[max(0, start - 30): start]
        if _OTHER_DOCUMENT_BEFORE.search(window):
            return True
        w = _search(r"([A-Za-z][A-Za-z'’.]*)[ \t\u00a0\n]*[,]?[ \t\u00a0\n]*$", window)
        if not w:
            return False
        word = w.group(1)
        if word.lower().rstrip(".") in P.FUNCTION_WORDS or word.lower() in P.FUNCTION_WORDS:
            return False
        if window.rstrip().endswith(","):
            return False
        if word.lower() in P.BLOCKING_ABBREVIATIONS:
            return True
        if word.endswith(".") and len(word) >= 5:  # "... Procedure. § 2073": a sentence ends
            return False
        return word[0].isupper()

    def _qualifier(self, end: int) -> tuple[Optional[dict[str, Any]], int]:
        """What a "section N" is a section of: a title, a named code, a state code, an Act."""
        text = self.text
        look = text[end: end + 14]
        if "of" not in look and "itle" not in look and not any(ch.isupper() for ch in look[:5]):
            return None, end  # the common case, decided without running a pattern
        for regex_, key in ((P.OF_TITLE_RE, "title"), (P.OF_USC_RE, "title"), (P.COMMA_TITLE_RE, "title")):
            q = _at(regex_, text, end)
            if q:
                return {"code": "U.S.C.", "title": q.group(1).lstrip("0")}, q.end()
        post = _at(P.POSTFIX_RE, text, end)
        if post:
            for i in P.POSTFIX_STATES:
                if post.group(f"st{i}") is not None:
                    return {"code": STATE_CODES[i].code, "title": None}, post.end()
        of = _at(P.OF_THE_RE, text, end)
        if not of:
            return None, end
        pos = of.end()
        nc = _at(P.NAMED_CODE_RE, text, pos)
        if nc:
            for i, entry in enumerate(NAMED_CODES):
                if nc.group(f"nc{i}") is not None:
                    return {"code": "U.S.C.", "title": entry.title, "as_written": nc.group()}, nc.end()
        st = _at(P.STATE_HEAD_RE, text, pos)
        if st:
            k = _state_index(st)
            if k is not None:
                return {"code": STATE_CODES[k].code, "title": None, "as_written": st.group()}, st.end()
        if _at(P.THE_CODE_RE, text, pos) and of.group().rstrip().endswith(("the", "this", "said")):
            return {"code_ref": "Code"}, pos + 4
        act = _at(P.ACT_NAME_RE, text, pos)
        if act and "this" not in of.group() and not act.group().startswith("Act"):
            name = _sub(r"\s+", " ", act.group()).strip()
            return {"code": name, "title": None, "as_written": name, "act": True}, act.end()
        if _match(r"(?:[A-Z]|this\b|that\b|its\b|our\b|the\s+(?:[a-z]+\s+)?(?:Act|[A-Z]))", text[pos: pos + 20]):
            return {"reject": True}, end
        if of.group().rstrip().endswith("the") and _match(
            r"(?!title|act\b|code\b|statutes?\b|same\b)[a-z]{3,}", text[pos: pos + 20]
        ):
            return {"reject": True}, end  # "Section 101(a) of the bill", "of the agreement"
        return None, end

    def _read_sign(self, m: "regex.Match[str]") -> Optional[int]:
        text = self.text
        head = m.group()
        plural = bool(P.PLURAL_SIGN.search(head))
        g = _at(_compile(r"[ \t\u00a0\n]{0,3}"), text, m.end())
        pos = g.end() if g else m.end()
        if not _match(r"\d", text[pos: pos + 1]):
            return None
        if head[0] in "sS" and not text[pos - 1].isspace() and head not in ("s.",):
            return None
        items, end = _section_items(text, pos, plural=plural, cfr=True)
        if not items:
            return None
        et_seq, note, _ = _tail_flags(text, end)
        qual, qend = self._qualifier(end)
        if qual and qual.get("reject"):
            return end
        # "§208, 110 Stat. 1240" is the section of the enacting Act, not a code section;
        # "§ 19, p. 6" is a paragraph of some paper
        if _match(r",[ \t\n]{0,3}(?:\d{1,3}[ \t]Stat\.|pp?\.[ \t]?\d|at[ \t]\d)", text[end: end + 14]):
            return end
        if qual is None and self._preceding_word_blocks(m.start()):
            return end
        if _OTHER_DOCUMENT_BEFORE.search(text[max(0, m.start() - 30): m.start()]):
            return max(end, qend)  # "Colo. Const. art X, § 15(1)(b), 1A C.R.S."
        if qual and "code" in qual:
            self.found += _emit(items, m.start(), form="full", code=qual["code"], title=qual.get("title"),
                                et_seq=et_seq, note=note, as_written=qual.get("as_written", qual["code"]),
                                kind="act" if qual.get("act") else "section")
            items[-1].end = items[-1].end if not qual else items[-1].end
            self.found[-1].end = max(self.found[-1].end, qend)
        else:
            self.found += _emit(items, m.start(), form="short", code=None, title=None, et_seq=et_seq,
                                note=note, code_ref=(qual or {}).get("code_ref"))
        now = _at(P.NOW_RE, text, end)
        if now:
            self.found.append(Found(start=now.start(1), end=now.end(1), form="short", code=None, title=None,
                                    section=now.group(1)))
            return now.end()
        return max(end, qend)

    def _read_rule(self, m: "regex.Match[str]") -> Optional[int]:
        text = self.text
        pos = m.end()
        g = _at(_compile(r"[ \t\u00a0]"), text, pos)
        pos = g.end() if g else pos
        items, end = _section_items(text, pos, plural=True, rule=True)
        if not items:
            return None
        of = _at(P.RULE_OF_RE, text, end)
        if of and (of.group("fam") or of.group("fam2")):
            code = RULE_FAMILIES[(of.group("fam") or of.group("fam2")).lower()]
            self.found += _emit(items, m.start(), form="full", code=code, title=None, kind="rule",
                                as_written=_sub(r"\s+", " ", of.group().strip()[7:]))
            self.found[-1].end = self.found[-1].end
            return of.end()
        if of or _at(P.RULE_NOT_FEDERAL_AFTER, text, end):
            return end
        if self._preceding_word_blocks(m.start()) and not m.group("rulefam"):
            return end
        fam = m.group("rulefam")
        self.found += _emit(items, m.start(), form="short", code=None, title=None, kind="rule",
                            rule_family=RULE_FAMILIES.get(fam.lower()) if fam else None)
        return end


def scan(text: str) -> list[Found]:
    """Every cite head in ``text`` read into :class:`Found` items, in document order."""
    return _Scanner(text).run()
