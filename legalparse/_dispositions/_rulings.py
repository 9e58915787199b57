"""Rulings stated in one sentence: who decides what, in which grammatical shape.

Shapes recognized (each a ``cue``):

- ``decretal`` / ``conclusion`` / ``statement``: "Defendants' Motion to Dismiss
  (ECF No. 30) is GRANTED IN PART and DENIED IN PART", "the Court will DENY
  the plaintiffs' motion", "The judgment of the Court of Appeals is vacated";
  the cue says where the sentence stands (after ORDERED, after "For the
  foregoing reasons", elsewhere);
- ``list``: "Finjan's Motion in Limine No. 1 (ECF 527): GRANTED IN PART";
- ``title``: "ORDER GRANTING IN PART AND DENYING IN PART MOTION FOR ATTORNEYS' FEES";
- ``mandate``: a line of its own, "AFFIRMED.", "Judgment affirmed in part;
  reversed in part and cause remanded with directions."
"""

from __future__ import annotations

from typing import Optional

import attrs
import regex

from ._ecf import references
from ._motions import HEAD, PHRASE_END, SELF_NAMING, classify, subject_of, typed
from ._movant import movant_after, movant_before, movant_of
from ._normalize import normalize_disposition
from ._outcomes import APPELLATE_VERBS, TOKEN, Token, _form, outcomes, run_at
from ._zones import inside_quotation


@attrs.frozen(kw_only=True)
class Mention:
    """One statement of a ruling, before mentions of the same ruling are merged."""

    kind: str
    """``request`` (motion, petition, application) or ``appeal``."""
    subject: str
    motion_type: Optional[str]
    """``None`` while the words name no type ("the Motion is GRANTED")."""
    movant: Optional[str]
    ecf: tuple[str, ...]
    outcome: tuple[str, ...]
    start: int
    end: int
    cue: str
    qualified: bool = False
    plural: bool = False
    key: str = ""
    """The request's own words, lowercased, for telling two requests of one type apart."""
    described: bool = False
    """Whether the words after the head noun describe the request ("motion to ...", "request for ...")."""
    batch: int = -1
    """For one of several requests named together ("applications to seal (Dkt. Nos. 169-170)"): where they were named."""
    batch_size: int = 0
    docket: str = ""
    """For a judgment in one of several consolidated cases: the case number its sentence names."""

    @property
    def rank(self) -> int:
        base = {"decretal": 5, "list": 5, "mandate": 5, "conclusion": 4, "statement": 3, "title": 2}[self.cue]
        return base - (2 if self.qualified else 0)


_AUX = regex.compile(
    r"(?:\b(?:is|are|be|stands?|shall\s+be|will\s+be|hereby\s+is)\b[\s,]*+"
    r"(?:(?:hereby|therefore|accordingly|also|further|otherwise|respectfully|now|thus|consequently|and|in\s+all\s+respects|[a-z]+ly)[\s,]++){0,3}"
    r"(?:\(?[a-h]\)\s*+)?|\bhereby\s+|\b(?:unanimously|otherwise)\s+|\bshould\s+be\s+)$",
    regex.I,
)
_COURT = regex.compile(
    r"\b(?:(?:the|this)\s+Court|we|I)\s++"
    r"(?:(?:hereby|therefore|accordingly|thus|also|now|further|must|will|shall|respectfully|conditionally|"
    r"consequently|instead|summarily|simply|only|likewise|otherwise|would|\(?\d{1,2}\)|\(?[a-h]\))\s++){0,3}$",
    regex.I,
)
# "the Court ADOPTS the Report and Recommendation, GRANTS ...": the court's voice carried over a list
_COURT_LIST = regex.compile(
    r"\b(?:the|this)\s+Court\s+(?:hereby\s+)?(?:ADOPTS|ACCEPTS|OVERRULES|SUSTAINS|adopts|accepts|overrules|sustains)\b"
    r"[^.;]{0,200}?(?:,|\band\b)\s*+(?:and\s+)?$"
)
_MODAL_ONLY = regex.compile(r"\b(?:we|I|will|shall|must|hereby|would)\s++(?:[\w()]+\s++){0,2}$", regex.I)
_CONDITIONAL = regex.compile(
    r"\b(?:if|unless|whether|once|until|when|whenever|should|argues?|contends?|asserts?|asks?|urges?|"
    r"requests?\s+that|recommends?|proposes?|submits?\s+that|moves?\s+that|prays?|seeks?)\b",
    regex.I,
)
_DECRETAL = regex.compile(r"\b(?:ORDERED|ADJUDGED|DECREED|orders\s+as\s+follows|so\s+ordered)\b")
_CONCLUSION = regex.compile(
    r"\W*(?:(?:CONCLUSION|[IVX]+\.\s+CONCLUSION)\s+)?(?:accordingly|for\s+(?:the\s+|all\s+)?(?:foregoing|above|these|those|all\s+of\s+the\s+above|the\s+reasons)"
    r"|therefore|in\s+sum|in\s+conclusion|thus|consequently|based\s+(?:up)?on|having\s+(?:considered|reviewed)"
    r"|for\s+the\s+reasons|upon\s+(?:due\s+)?consideration|it\s+is\s+(?:hereby\s+)?ordered)",
    regex.I,
)
_CLAUSE_BREAK = regex.compile(
    r";|:\s|\bORDERED\b(?:\s+that)?[:,]?|\bORDERS\b(?:\s+that)?|\bfurther\s+ORDERED\b(?:\s+that)?|,\s+and\s+(?=it\b|they\b)",
)
_JUDGMENT_NOUN = regex.compile(
    r"\b(?:judgments?|orders?|decisions?|decrees?|convictions?|sentences?|rulings?|case|cause|matter|appeals?|"
    r"awards?|adjudications?|determinations?|writ|commitment|petition\s+for\s+review|findings?)\b",
    regex.I,
)
_APPEAL_NOUN = regex.compile(r"\b(?:appeals?|cross-appeals?|writ|petition\s+for\s+review)\b", regex.I)
_PRONOUN = regex.compile(r"\W*(?:it|they|each|both|same)\b", regex.I)
_TITLE_LINE = regex.compile(
    r"(?:^|\n)[ \t]*+(?:\[?\(?(?i:in\s+chambers)\)?\]?\s*+|(?i:proceedings):?\s*+(?:\[?\(?(?i:in\s+chambers)\)?\]?\s*+)?)?"
    r"(?:(?:AMENDED|REDACTED|SEALED|MEMORANDUM|OPINION|AND|ORDER|RULING|DECISION|JUDGMENT|FINAL|"
    r"Amended|Redacted|Memorandum|Opinion|And|Order|Ruling|Decision|Judgment)\s++){1,5}(?:RE:?\s+|Re:?\s+)?(?:\(\d\)\s*+)?$",
)
_MANDATE_WORDS = frozenset(
    "the judgment judgments order orders decree decision decisions cause case and in part parts with directions "
    "instructions costs for further proceedings consistent this opinion etc by court writ it is so ordered "
    "conviction convictions sentence sentences appeal remanded affirmed reversed vacated modified dismissed "
    "set aside as to all other respects otherwise of trial circuit superior district a an new memorandum per curiam "
    "unanimously without on law facts insofar appealed from so ordered reinstated".split()
)
_WORDS = regex.compile(r"[A-Za-z]+")
_KEY_WORDS = regex.compile(r"[A-Za-z0-9]+")
_QUALIFIED = regex.compile(
    r"\b(?:as\s+to|to\s+the\s+extent|with\s+(?:regard|respect)\s+to|insofar\s+as|except\s+(?:as\s+to|for)"
    r"|in\s+all\s+other\s+respects)\b", regex.I
)
_EMBEDDED = regex.compile(r"\A\s+(?:to|for)\s+\w+\s+(?:(?:the|a|an)\s+)?(?:(?!(?:and|or)\b)[\w’'-]+\s+){0,5}\Z", regex.I)
_JOINED = regex.compile(r"\A[^;:]{0,160}?(?:,|\band\b)\s*(?:(?:the|a|an)\s+|[\w-]+(?:['’]s?)?\s+){0,3}\Z", regex.I)
_DESCRIBED = regex.compile(
    r"\s*+(?:(?:to|for|in|seeking|requesting|that)\s++(?!(?:the\s+)?(?:above|foregoing|same|reasons|these|those|trial)\b)\w"
    r"|\(?(?:ECF|Dkt|Doc|No)\b)",
    regex.I,
)
_OBJECT_END = regex.compile(
    r";|(?<![A-Z])(?<!\b(?:Dr|Drs|Mr|Ms|Mrs|No|Nos|Inc|Co|Corp|Ltd|v|vs|Jr|Sr|St|Dkt|Doc))\.\s|\s(?:and|but)\s+(?:\w+\s+){0,2}?"
    r"(?i:grants?|denies|deny|affirms?|reverses?|vacates?|remands?|dismiss(?:es)?|defers?)\b"
)
_CASE_NUMBER = regex.compile(r"\bNo\.\s*(\d{2}[-–]\d{1,5})\b")
_PRE_WORD = regex.compile(r"[\w§()-]+")
_WITHOUT_PREJUDICE = regex.compile(r"\bwithout\s+prejudice\b", regex.I)
_AS_MOOT = regex.compile(r"\bas\s+moot\b", regex.I)


_LOWER_WORD = regex.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")


def _title_end(text: str, pos: int, limit: int) -> int:
    """Where a title that continues past ``pos`` ends: a blank line or a line of running prose."""
    at = pos
    while at < limit:
        nl = text.find("\n", at, limit)
        if nl < 0:
            return limit
        line_end = text.find("\n", nl + 1, limit)
        line = text[nl + 1 : limit if line_end < 0 else line_end]
        if not line.strip():
            return nl
        if len(_LOWER_WORD.findall(line)) >= 4:
            return nl
        at = nl + 1
    return limit


_ORDER_HEADING = regex.compile(r"(?m)^[ \t]*+(?:[IVX]{1,5}\.\s*+|[A-H]\.\s*+)?(?:CONCLUSION\s+AND\s+)?ORDERS?[ \t]*+$")


def _cue(text: str, start: int, end: int, list_context: bool, at: Optional[int] = None) -> str:
    before = text[max(0, start - 80) : end if at is None else at]
    if _DECRETAL.search(before) or _ORDER_HEADING.search(text, max(0, start - 2500), start):
        return "decretal"
    if list_context:
        return "list"
    # the opening summary and the closing paragraphs state the rulings; the middle reasons about them
    if _CONCLUSION.match(text, start, end) or start > len(text) * 0.8 or start < len(text) * 0.12:
        return "conclusion"
    return "statement"


def _clause_start(text: str, start: int, pos: int) -> int:
    at = start
    for m in _CLAUSE_BREAK.finditer(text, start, pos):
        at = m.end()
    return at


def _ecf_window_end(text: str, end: int) -> int:
    """Past a citation parenthetical that follows the sentence: "... to seal. (Dkt. Nos. 169-170.)"."""
    m = regex.match(r"\s*\((?:[^()\n]|\n(?!\n)){0,60}?\)", text[end : end + 80])
    if m is not None and regex.search(r"\b(?:ECF|Dkt|Doc|Docket)\b", m.group(0)):
        return end + m.end()
    return end


def _requests(text: str, lo: int, hi: int) -> list["regex.Match[str]"]:
    return [m for m in HEAD.finditer(text, lo, hi)]


def _request_mention(
    text: str, head: "regex.Match[str]", limit: int, floor: int, run: list[Token], cue: str, start: int, end: int,
    ecf_hi: int, object_after_verb: bool = False,
) -> Optional[Mention]:
    phrase_end_m = PHRASE_END.search(text, head.end(), min(limit, head.end() + 160))
    phrase_end = phrase_end_m.start() if phrase_end_m is not None else min(limit, head.end() + 160)
    next_head = HEAD.search(text, head.end(), phrase_end)
    if next_head is not None:
        phrase_end = next_head.start()
    pre = text[max(floor, head.start() - 40) : head.start()]
    pre_words = " ".join(_PRE_WORD.findall(regex.split(r"['’]s?\s|\b(?:the|a|an|its|their|and|or)\s|[,;:.]\s", pre)[-1])[-3:])
    words = f"{pre_words} {text[head.start():phrase_end]}"
    kind = classify(words) if typed(words) else None
    for later in HEAD.finditer(text, phrase_end, ecf_hi):
        if not _EMBEDDED.search(text[head.end() : later.start()]):
            ecf_hi = later.start()
            break
    refs = [r for r in references(text, max(floor, head.start() - 80), ecf_hi) if r[0] >= head.start()
            or text[r[0]] == "["]
    ecf: list[str] = []
    for _, nums in refs:
        ecf.extend(n for n in nums if n not in ecf)
    movant = movant_before(text, head.start(), floor) or movant_of(text[head.end() : phrase_end])
    if movant is None:
        movant = movant_after(text, phrase_end, limit)
    outs = outcomes(run)
    tail = text[run[-1].end : limit] if run else ""
    if outs and outs[-1] == "denied":
        if _WITHOUT_PREJUDICE.search(tail[:80]) or _WITHOUT_PREJUDICE.search(text[phrase_end:run[0].start]):
            outs = outs[:-1] + ("denied_without_prejudice",)
        elif _AS_MOOT.search(tail[:40]):
            outs = outs[:-1] + ("denied_as_moot",)
    if "granted" in outs and "denied" in outs:
        outs = tuple("granted_in_part" if o == "granted" else "denied_in_part" if o == "denied" else o for o in outs)
    key = " ".join(_KEY_WORDS.findall(text[head.end() : min(limit, head.end() + 200)].lower()))
    key = regex.sub(r"\s+re\s+(?:ecf|dkt|doc)\b.*$", "", key)
    key = regex.sub(r"(?:\s+(?:is|are|be|was|hereby|shall|must|will|also|and|in|its|entirety|\d{1,2}))+$", "", key)
    qualified = any(t.qualified for t in run) or (object_after_verb and bool(_QUALIFIED.search(text, head.end(), limit)))
    if head.start() - start > 300:  # an unpunctuated caption block: start at the request's line
        line = text.rfind("\n", start, head.start())
        start = line + 1 if line >= 0 else start
    if run and end - run[-1].end > 300:
        stop = regex.compile(r"[.;](?=\s)").search(text, run[-1].end, end)
        end = stop.end() if stop else end
    return Mention(
        kind="request",
        subject=subject_of(head.lastgroup or "motion"),
        motion_type=kind,
        movant=movant,
        ecf=tuple(ecf),
        outcome=outs,
        start=start,
        end=end,
        cue=cue,
        qualified=qualified,
        described=bool(_DESCRIBED.match(text, head.end(), phrase_end)),
        plural=head.group(0).lower().endswith("s") and not head.group(0).lower().endswith("ss"),
        key=key,
    )


_ENUMERATOR = regex.compile(r"\((?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s")


def split_enumerated(text: str, mention: Mention, lo: int, hi: int) -> list[Mention]:
    """"the Court DENIES plaintiff's motions in limine (1) to exclude ...; (2) to exclude ...": one per item."""
    if not mention.plural or mention.ecf:
        return [mention]
    marks = list(_ENUMERATOR.finditer(text, lo, hi))
    if len(marks) < 2:
        return [mention]
    items = []
    for i, m in enumerate(marks):
        stop = marks[i + 1].start() if i + 1 < len(marks) else hi
        item = " ".join(_WORDS.findall(text[m.end() : stop].lower()))
        items.append(attrs.evolve(mention, plural=False, key=item, described=True))
    return items


def _appeal_mention(run: list[Token], start: int, end: int, cue: str) -> Optional[Mention]:
    outs = outcomes(run)
    if not outs:
        return None
    return Mention(kind="appeal", subject="appeal", motion_type=None, movant=None, ecf=(), outcome=outs,
                   start=start, end=end, cue=cue)


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def mandate_line(text: str, pos: int) -> Optional[Mention]:
    """A line that is only a judgment: "AFFIRMED.", "Order reversed and cause remanded."."""
    a, b = _line_bounds(text, pos)
    line = text[a:b].strip()
    if not line or len(line) > 160:
        return None
    line_start = a + (len(text[a:b]) - len(text[a:b].lstrip()))
    body = regex.sub(r"^(?:By\s+the\s+Court\.?\s*[—–-]+\s*|¶\s*\d+\s*)", "", line)
    words = _WORDS.findall(body)
    if not words or not body[:1].isupper():
        return None
    if sum(w.lower() in _MANDATE_WORDS for w in words) < len(words):
        return None
    prev = text[max(0, a - 200) : a].rstrip()
    if prev and prev[-1] not in ".:!?)]\"”" and not regex.search(r"\n\s*$", text[max(0, a - 3) : a]) and prev[-1].islower():
        return None
    outs = normalize_disposition(body)
    if not outs or not any(o.split("_")[0] in ("affirmed", "reversed", "vacated", "remanded", "modified", "dismissed") for o in outs):
        return None
    return Mention(kind="appeal", subject="appeal", motion_type=None, movant=None, ecf=(), outcome=outs,
                   start=line_start, end=line_start + len(line), cue="mandate")


def title_rulings(text: str, line_start: int, p: int) -> tuple[list[Mention], int]:
    """"REDACTED ORDER (1) GRANTING X, (2) DENYING Y, AND (3) GRANTING IN PART Z [Re: ECF 318, 378, 380]"."""
    first = run_at(text, p, min(len(text), p + 300), frozenset({"ing"}))
    if not first:
        return [], p + 1
    title_end = _title_end(text, first[-1].end, min(len(text), first[-1].end + 600))
    runs = [first]
    at = first[-1].end
    while True:
        nxt = TOKEN.search(text, at, title_end)
        if nxt is None or not nxt.group(0).lower().endswith("ing") or not nxt.group(0)[:1].isupper():
            break
        run = run_at(text, nxt.start(), title_end, frozenset({"ing"}))
        if not run:
            break
        runs.append(run)
        at = run[-1].end
    found: list[Mention] = []
    for i, run in enumerate(runs):
        hi = runs[i + 1][0].start if i + 1 < len(runs) else title_end
        heads = _requests(text, run[-1].end, hi)
        if heads:
            mm = _request_mention(text, heads[0], hi, run[-1].end, run, "title", line_start, title_end, hi)
            if mm is not None:
                found.append(mm)
            continue
        words = text[run[-1].end : hi]
        if typed(words) and classify(words) in SELF_NAMING:
            found.append(Mention(kind="request", subject="motion", motion_type=classify(words), movant=None, ecf=(),
                                 outcome=outcomes(run), start=line_start, end=title_end, cue="title", key=""))
        elif any(t.verb in APPELLATE_VERBS for t in run):
            ap = _appeal_mention(run, line_start, title_end, "title")
            if ap:
                found.append(ap)
    # "[Re: ECF 318, 378, 380]" after several numbered rulings: one number each, in order
    refs = references(text, runs[-1][-1].end, title_end)
    numbers = [n for _, nums in refs for n in nums]
    requests = [m for m in found if m.kind == "request"]
    if len(requests) > 1 and len(numbers) == len(requests):
        by_order = iter(numbers)
        found = [attrs.evolve(m, ecf=(next(by_order),)) if m.kind == "request" else m for m in found]
    return found, runs[-1][-1].end


def rulings_in(text: str, start: int, end: int) -> list[Mention]:
    """The rulings stated in the sentence ``text[start:end]``."""
    found: list[Mention] = []
    consumed = start
    active_until = -1  # end of the last court-voice ruling, for "... and DENIES ..."
    last_ruling_end = start  # a later passive ruling's subject stands after the earlier ruling
    ecf_hi = _ecf_window_end(text, end)
    for m in TOKEN.finditer(text, start, end):
        p = m.start()
        if p < consumed:
            continue
        if inside_quotation(text, start, p):
            continue
        if text[m.end() : m.end() + 1] == "/" or text[max(0, p - 1) : p] == "/":
            continue  # a form's blank "GRANTED/DENIED"
        tok_word = m.group(0)
        low_before = text[max(start, p - 80) : p]
        mention_list: list[Mention] = []
        form = "ing" if tok_word.lower().endswith("ing") else None
        # -- mandate line ------------------------------------------------
        mline = mandate_line(text, p)
        if mline is not None and mline.start <= p < mline.end:
            found.append(mline)
            consumed = mline.end
            continue
        # -- title: ORDER GRANTING ... -----------------------------------
        if form == "ing":
            a, _ = _line_bounds(text, p)
            if (tok_word[:1].isupper()) and _TITLE_LINE.search(text, max(0, a - 1), p):
                titled, consumed = title_rulings(text, a, p)
                found.extend(titled)
            continue
        # -- active: the Court GRANTS / we affirm -------------------------
        if not tok_word[:1].isdigit() and not tok_word.lower().endswith(("ed", "wn")) and tok_word.lower() not in (
            "moot", "affirmance", "set aside", "held in abeyance", "made permanent", "taken under submission"
        ):
            court = _COURT.search(low_before) or _COURT_LIST.search(text, max(start, p - 260), p)
            cont = p <= active_until + 120 and regex.fullmatch(
                r"(?s:.){0,120}?(?:[,;]|\b(?:and|but)\b)\s*(?:and\s+)?(?:\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s*)?(?:(?:hereby|also|further|otherwise|thus)\s+)?",
                text[active_until:p], regex.I
            ) if active_until > 0 else None
            if court is None and not cont:
                continue
            if court is not None and regex.search(r"\bwould\b", court.group(0), regex.I) and not regex.search(
                r"\bCourt\b", court.group(0)
            ):
                continue
            if court is not None and _form(tok_word) == "base":
                # base form: only after "we"/"I" or a modal ("will DENY", "hereby grant")
                if not _MODAL_ONLY.search(low_before) and not cont:
                    continue
            if _CONDITIONAL.search(text, _clause_start(text, start, p), p) and not cont:
                continue
            run = run_at(text, p, end, frozenset({"es", "base"}))
            if not run:
                continue
            obj_end_m = _OBJECT_END.search(text, run[-1].end, end)
            obj_end = obj_end_m.start() if obj_end_m is not None else end
            cue = _cue(text, start, end, False, p)
            heads = _requests(text, run[-1].end, min(obj_end, run[-1].end + 200))
            verbs = {t.verb for t in run}
            lead = text[run[-1].end : heads[0].start() if heads else obj_end]
            if heads and verbs & {"grant", "deny"} and typed(lead) and classify(lead) in SELF_NAMING:
                heads = []  # "grants a temporary administrative stay ... pending the resolution of the motion"
            if verbs & APPELLATE_VERBS or (verbs == {"dismiss"} and not heads):
                obj = text[run[-1].end : obj_end]
                if regex.match(r"\s+(?:a|an|any)\s", obj, regex.I):
                    consumed = run[-1].end
                    continue
                if verbs == {"dismiss"} and not _APPEAL_NOUN.search(obj):
                    consumed = run[-1].end
                    active_until = obj_end
                    continue
                ap = _appeal_mention(run, start, end, cue)
                if ap:
                    found.append(ap)
            elif heads:
                mm = _request_mention(text, heads[0], obj_end, run[-1].end, run, cue, start, end,
                                      max(obj_end, ecf_hi if obj_end >= end - 2 else obj_end), object_after_verb=True)
                if mm is not None:
                    found.extend(split_enumerated(text, mm, heads[0].end(), end))
            else:
                obj = text[run[-1].end : obj_end]
                if typed(obj) and classify(obj) in SELF_NAMING and verbs & {"grant", "deny"}:
                    found.append(Mention(kind="request", subject="motion", motion_type=classify(obj), movant=None,
                                         ecf=(), outcome=outcomes(run), start=start, end=end, cue=cue))
            consumed = run[-1].end
            active_until = obj_end
            continue
        # -- passive / list / elliptical: X is GRANTED; X (ECF 1): DENIED ----
        run = run_at(text, p, end, frozenset({"ed"}))
        if not run:
            continue
        aux = _AUX.search(low_before)
        list_ctx = bool(regex.search(r"[:—–]\s*$", text[max(start, p - 4) : p]))
        colon = text.rfind(":", max(start, p - 4), p) if list_ctx else -1
        clause_from = _clause_start(text, start, colon if colon > 0 else p)
        cstart = max(clause_from, last_ruling_end)
        if aux is None and not list_ctx:
            # elliptical: "Motion of petitioner for leave ... denied." / "habeas petition DISMISSED"
            after = text[run[-1].end : run[-1].end + 2]
            heads = _requests(text, cstart, p)
            if not heads or not (after[:1] in (".", ";", ",", "") or after[:1] == "\n"
                                 or regex.match(r"\s+and\s", text[run[-1].end : run[-1].end + 6])):
                continue
            if regex.search(r"\b(?:has|have|had|was|were|is|are|be|been|ordered|orders?|shall|must|will|would|may|to|that|"
                            r"which|if|when|after|once)\b", text[max(cstart, text.rfind(",", 0, heads[-1].start()) + 1,
                                                                 heads[-1].start() - 80) : heads[-1].start()], regex.I):
                continue
            between = text[heads[-1].end() : p]
            if regex.search(r"\b(?:is|are|was|were|has|have|had|be|been|by|court|filed|which|that|who|order|"
                            r"granting|denying|the\s+\w+\s+court)\b", between, regex.I) or len(between) > 140:
                continue
            if not tok_word.isupper() and (p - heads[-1].start()) > 160:
                continue
        elif aux is not None:
            if regex.match(r"be\b", aux.group(0), regex.I) and not _DECRETAL.search(text, max(0, start - 80), p):
                continue
            noun = HEAD.search(text, cstart, p) or _JUDGMENT_NOUN.search(text, cstart, p)
            if noun is not None and _CONDITIONAL.search(text, max(cstart, noun.start() - 60), noun.start()):
                continue
            if _CONDITIONAL.search(text, max(cstart, p - 24), p - len(aux.group(0))):
                continue
            if regex.match(r"should\b", aux.group(0), regex.I) and not {t.verb for t in run} <= APPELLATE_VERBS:
                continue
        consumed = run[-1].end
        last_ruling_end = run[-1].end
        verbs = {t.verb for t in run}
        cue = _cue(text, start, end, list_ctx, p)
        heads = _requests(text, cstart, p)
        if not heads and _PRONOUN.match(text, cstart, p):
            prev_start = _clause_start(text, start, max(start, cstart - 2))
            heads = _requests(text, prev_start, cstart)
        if verbs & APPELLATE_VERBS:
            subj = text[clause_from:p]  # "unanimously modified, ..., and otherwise affirmed": one subject
            if heads and not _JUDGMENT_NOUN.search(subj):
                continue
            if not _JUDGMENT_NOUN.search(subj) and aux is not None:
                continue
            ap = _appeal_mention(run, start, end, cue)
            if ap:
                case = _CASE_NUMBER.search(subj)
                found.append(attrs.evolve(ap, docket=regex.sub(r"\s|–", "-", case.group(1))) if case else ap)
            continue
        if heads and verbs <= {"dismiss", "moot"} and _APPEAL_NOUN.search(text, cstart, heads[0].start()):
            if verbs == {"moot"}:
                continue  # "the appeal from the denial of the motion ... is moot": no ruling on the motion
            ap = _appeal_mention(run, start, end, cue)  # "the appeal from the denial of the motion ... is dismissed"
            if ap:
                found.append(ap)
            continue
        if heads:
            limit = p
            embedded = [i > 0 and bool(_EMBEDDED.search(text[heads[i - 1].end() : heads[i].start()])) for i in range(len(heads))]
            idx = len(heads) - 1
            while idx > 0 and embedded[idx]:
                idx -= 1
            ms: list["regex.Match[str]"] = [heads[idx]]
            if idx > 0 and regex.search(r"\bare\b", aux.group(0) if aux else "", regex.I):
                j = idx
                while j > 0:
                    k = j - 1
                    while k > 0 and embedded[k]:
                        k -= 1
                    if not _JOINED.search(text[heads[k].end() : heads[j].start()]):
                        break
                    j = k
                    ms.insert(0, heads[j])
            for i, h in enumerate(ms):
                hi = ms[i + 1].start() if i + 1 < len(ms) else limit
                mm = _request_mention(text, h, hi, cstart, run, cue, start, end,
                                      ecf_hi if i + 1 == len(ms) else hi)
                if mm is not None:
                    found.append(mm)
            continue
        subj = text[cstart:p]
        if verbs & {"grant", "deny"} and typed(subj) and classify(subj) in SELF_NAMING:
            found.append(Mention(kind="request", subject="motion", motion_type=classify(subj), movant=None, ecf=(),
                                 outcome=outcomes(run), start=start, end=end, cue=cue,
                                 key=" ".join(_KEY_WORDS.findall(subj.lower()))))
        elif verbs == {"dismiss"} and _APPEAL_NOUN.search(subj):
            ap = _appeal_mention(run, start, end, cue)
            if ap:
                found.append(ap)
    return found
