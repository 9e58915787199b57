"""Mentions -> dispositions: one entry per request (per docket number), one per appeal.

A request is often stated three times (title, conclusion, decretal paragraph);
the scorer and the reader want it once.  Mentions of one type merge when their
docket numbers agree or one has none; the outcome comes from the most
authoritative mentions (decretal > conclusion > statement > title; a ruling
"as to Count I" counts less than an unqualified one).

A mention without a docket number borrows one from the place the document
names the request with its number: the only number cited for that type, or
the numbered request whose description shares the mention's words (minutes
list "DEFENDANT'S MOTION IN LIMINE NO. 1 TO EXCLUDE DEFENDANT'S WITHDRAWN PLEA
AGREEMENT (Dkt. 1625)"; the ruling says "the Court GRANTS Flores's motion in
limine to exclude his withdrawn plea agreement").
"""

from __future__ import annotations

from collections import Counter
from typing import Optional

import attrs
import regex

from ._ecf import ECF, groups, numbers
from ._motions import HEAD, PHRASE_END, classify, typed
from ._rulings import _EMBEDDED, Mention

_SENTENCE_END = regex.compile(r"(?<!\b(?:No|Nos|Dkt|Doc|v|Inc|Co|Corp|Ltd|[A-Z]))\.\s+(?=[A-Z])|\n\s*\n")
# A docket cite right after one of these names that paper, not the request.
_OTHER_PAPER = regex.compile(
    r"\b(?:Opinion|Order|Op\.|Resp\.?|Response|Reply|Opp['’]?n|Opposition|Br\.|Brief|Decl\.?|Declaration|Mem\.|"
    r"Memorandum|Ex\.|Exhibit|Compl\.?|Complaint|Tr\.|Transcript|Report|Notice|Letter|Stipulation|Answer|OSC)"
    r"[^()\[\]]{0,14}$"
)
_RE = regex.compile(r"\bRe:?\s*$", regex.I)  # "[Re: ECF 318, 378, 380]": the order's own list, read with its title
_PAREN_PAPER = regex.compile(
    r"\s*(?:see\s+)?(?:[\w’'.]+['’]s?\s+){0,2}(?:Opinion|Order|Op\.|Resp|Response|Reply|Opp|Opposition|Br\.|Brief|Decl|"
    r"Declaration|Mem\.|Memorandum|Ex\.|Exhibit|Compl|Complaint|Tr\.|Transcript|Report|Notice|Letter|OSC)\b",
    regex.I,
)


def _cites_other_paper(text: str, at: int) -> bool:
    if _OTHER_PAPER.search(text, max(0, at - 24), at):
        return True
    paren = text.rfind("(", max(0, at - 80), at)
    return paren >= 0 and ")" not in text[paren:at] and bool(_PAREN_PAPER.match(text, paren + 1, at))


_HEAD_ZONE = 3000
_HABEAS = regex.compile(r"\bhabeas\s+corpus\b|§\s*22(?:41|54|55)\b", regex.I)
_ROLES = frozenset({"government", "plaintiff", "defendant", "petitioner", "respondent", "appellant", "appellee", "movant"})
_WORD = regex.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_STOP = frozenset(
    "a an the of to and or in on for by as at its his her their this that these those any all no nos re "
    "regarding motion motions limine exclude preclude filed dkt ecf doc s is are be with from under".split()
)


def content_words(text: str) -> frozenset[str]:
    """The describing words of a request ("withdrawn", "plea", "agreement")."""
    return frozenset(w.rstrip("s") if len(w) > 3 else w for w in (x.split("'")[0].split("’")[0] for x in _WORD.findall(text.lower())) if w not in _STOP)


@attrs.frozen
class Numbered:
    """A request the document names with its docket numbers."""

    motion_type: str
    numbers: tuple[str, ...]
    words: frozenset[str]
    position: int = 0
    """Where the document names it; the caption and proceedings lines come first."""
    parties: frozenset[str] = frozenset()
    """Role words of who filed it ("government", "defendant"), from the words before its head noun."""


@attrs.frozen
class DocketIndex:
    """Numbered requests of the document, and the commonest request type."""

    entries: tuple[Numbered, ...]
    dominant: Optional[str]
    petition_type: Optional[str] = None
    """The commonest type of the petitions the document names ("habeas_corpus")."""

    def type_of(self, number: str) -> Optional[str]:
        for e in self.entries:
            if number in e.numbers:
                return e.motion_type
        return None

    def of_type(self, motion_type: str) -> list[tuple[str, ...]]:
        """Numbers of the requests of one type; those the caption or proceedings lines list, if any."""
        seen: list[tuple[str, ...]] = []
        head = [e for e in self.entries if e.motion_type == motion_type and e.position < _HEAD_ZONE]
        for e in head or self.entries:
            if e.motion_type == motion_type and e.numbers not in seen and not any(set(e.numbers) & set(x) for x in seen):
                seen.append(e.numbers)
        return seen

    def described(self, words: frozenset[str], motion_type: Optional[str], movant: frozenset[str] = frozenset()) -> Optional[Numbered]:
        """The numbered request whose description the words match best, if one clearly does."""
        if len(words) < 2:
            return None
        scored = []
        listed = [e for e in self.entries if e.position < _HEAD_ZONE]
        roles = movant & _ROLES
        for e in listed or self.entries:
            if roles and e.parties and not roles & e.parties:
                continue  # the government's motion is not the defendant's
            overlap = len(words & e.words)
            if overlap >= 3 or (overlap >= 2 and overlap * 2 >= len(words)):
                scored.append((overlap + (0.5 if e.motion_type == motion_type else 0) + 0.25 * len(movant & e.words), e))
        if not scored:
            return None
        scored.sort(key=lambda s: -s[0])
        if len(scored) > 1 and scored[1][0] == scored[0][0] and scored[1][1].numbers != scored[0][1].numbers:
            return None
        return scored[0][1]


def index_requests(text: str) -> DocketIndex:
    """Requests named with a docket number anywhere in the text ("Motion to Dismiss (ECF No. 30)")."""
    entries: list[Numbered] = []
    counts: Counter[str] = Counter()
    by_subject: dict[str, Counter[str]] = {}
    heads = list(HEAD.finditer(text))
    owner: Optional[str] = None
    pending: list[tuple[str, ...]] = []
    for i, h in enumerate(heads):
        stop = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        end_m = PHRASE_END.search(text, h.end(), min(len(text), h.end() + 160))
        phrase_end = end_m.start() if end_m is not None else min(len(text), h.end() + 160)
        phrase_end = min(phrase_end, stop)
        pre = text[max(0, h.start() - 30) : h.start()]
        words = f"{pre.rsplit(' ', 3)[-1] if pre else ''} {text[h.start():phrase_end]}"
        embedded = i > 0 and owner is not None and _EMBEDDED.search(text[heads[i - 1].end() : h.start()])
        plural = h.group(0).lower().endswith("s") and not h.group(0).lower().endswith("ss")
        if not typed(words) and not embedded:
            wide_end = _SENTENCE_END.search(text, h.end(), min(stop, h.end() + 150))
            wide = text[h.start() : wide_end.start() if wide_end else min(stop, h.end() + 150)]
            if typed(wide) and classify(wide) == "other" and plural:
                words = wide
        if not typed(words) and not embedded:
            owner = None
            near = ECF.search(text, h.end(), min(len(text), h.end() + 24))
            if near is not None and text[h.end() : near.start()].strip(" ([,"):
                near = None
            pending = groups(near, False) if near is not None and i + 1 < len(heads) and heads[i + 1].start() - near.end() < 12 else []
            continue
        kind = owner if embedded and owner else classify(words)
        if not embedded:
            counts[kind] += 1
            by_subject.setdefault(h.lastgroup or "motion", Counter())[kind] += 1
        owner = kind
        window_end = min(stop, h.end() + 260)
        for cut in _SENTENCE_END.finditer(text, phrase_end, window_end):
            seg = text[phrase_end : cut.start()]
            if seg.count("(") <= seg.count(")"):
                window_end = cut.start()
                break
        found: list[tuple[str, ...]] = list(pending)
        pending = []
        refs = [r for r in ECF.finditer(text, h.end(), window_end) if not _cites_other_paper(text, r.start())
                and not (_RE.search(text, max(0, r.start() - 8), r.start()) and len(numbers(r)) > 1)]
        if refs and not plural:
            nums: list[str] = []
            for r in refs[:2] if len(refs) > 1 and refs[1].start() - refs[0].end() < 40 else refs[:1]:
                for g in groups(r, False):
                    nums.extend(n for n in g if n not in nums)
            found.append(tuple(nums))
        else:
            for r in refs:
                found.extend(groups(r, True))
        desc = content_words(text[h.start() : refs[0].start() if refs else min(window_end, phrase_end + 200)])
        before = text[max(0, h.start() - 50) : h.start()]
        before = regex.split(r"[\n)\].;]", before)[-1]
        parties = content_words(before) & _ROLES
        for g in found:
            g = tuple(n for n in g if n != "1")  # entry 1 is the complaint, never a request
            if g:
                entries.append(Numbered(kind, g, desc, h.start(), parties))
    dominant = counts.most_common(1)[0][0] if counts else None
    petitions = by_subject.get("petition")
    petition_type = petitions.most_common(1)[0][0] if petitions else None
    if petition_type is None and _HABEAS.search(text):
        petition_type = "habeas_corpus"
    return DocketIndex(tuple(entries), dominant, petition_type)


def _resolve(m: Mention, index: DocketIndex, fallback: Optional[str]) -> list[Mention]:
    """Type and docket numbers for a mention that lacks them; a plural mention splits per request."""
    if m.kind != "request":
        return [m]
    words = content_words(m.key) if m.key else frozenset()
    hit = index.described(words, m.motion_type, content_words(m.movant or "")) if m.key and not m.ecf else None
    if hit is not None:
        m = attrs.evolve(m, ecf=hit.numbers, motion_type=hit.motion_type)
    if m.motion_type is None:
        kind = None
        for n in m.ecf:
            kind = index.type_of(n)
            if kind:
                break
        if kind is None and m.subject == "petition":
            kind = index.petition_type or "other"
        if kind is None and m.described and not (index.dominant and len(index.of_type(index.dominant)) > 1):
            kind = "other"
        m = attrs.evolve(m, motion_type=kind or fallback or index.dominant or "other", key="")
    if not m.ecf:
        numbered = index.of_type(m.motion_type or "other")
        if m.plural and numbered:
            return [attrs.evolve(m, ecf=g, plural=False, batch=m.start, batch_size=len(numbered)) for g in numbered]
        if len(numbered) == 1:
            m = attrs.evolve(m, ecf=numbered[0])
    if m.plural and len(m.ecf) > 1:
        return [attrs.evolve(m, ecf=(n,), plural=False, batch=m.start, batch_size=len(m.ecf)) for n in m.ecf]
    return [m]


_PART = regex.compile(r"\s+(?:as to|to the extent|with respect to|insofar as|except)\b.*$")


def _compatible_keys(a: str, b: str) -> bool:
    """Whether two requests' words may name one request ("for summary judgment" and "for summary
    judgment as to Count I")."""
    if not a or not b or a.startswith(b) or b.startswith(a):
        return True
    a, b = _PART.sub("", a), _PART.sub("", b)
    return a == b


def _same_request(entry: "_Entry", m: Mention) -> bool:
    # two decretal lines are two rulings unless their words agree in full
    for x in entry.mentions:
        if x.rank >= 5 and m.rank >= 5:
            if not x.key or not m.key or x.key.startswith(m.key) or m.key.startswith(x.key):
                return True
            continue
        if _compatible_keys(x.key, m.key):
            return True
    return False


@attrs.define
class _Entry:
    mentions: list[Mention]

    @property
    def best(self) -> Mention:
        return max(self.mentions, key=lambda m: (m.rank, len(m.outcome), len(m.key.split()) > 2, m.start))

    @property
    def ecf(self) -> tuple[str, ...]:
        seen: list[str] = []
        for m in sorted(self.mentions, key=lambda m: -m.rank):
            seen.extend(n for n in m.ecf if n not in seen)
        return tuple(seen)

    @property
    def movant(self) -> Optional[str]:
        for m in sorted(self.mentions, key=lambda m: (-m.rank, m.start)):
            if m.movant:
                return m.movant
        return None


def combine(outcomes: list[str]) -> tuple[str, ...]:
    """One request's outcome from its mentions' words: "granted" and "denied" together are a
    ruling in part, and a ruling "in part" implies the other part."""
    seen: list[str] = []
    for o in outcomes:
        if o not in seen:
            seen.append(o)
    if "granted" in seen and "denied" in seen:
        seen = ["granted_in_part" if o == "granted" else "denied_in_part" if o == "denied" else o for o in seen]
        seen = list(dict.fromkeys(seen))
    if {"granted_in_part", "denied_in_part"} & set(seen):
        seen = [o for o in seen if o not in ("granted", "denied")]
    partial = {"granted_in_part", "denied_in_part"} & set(seen)
    if len(partial) == 1 and len(seen) == 1:
        seen = ["granted_in_part", "denied_in_part"]
    return tuple(seen)


def _outcome(entry: _Entry) -> tuple[str, ...]:
    top = max(m.rank for m in entry.mentions)
    words: list[str] = []
    for m in sorted(entry.mentions, key=lambda m: m.start):
        if m.rank == top:
            words.extend(m.outcome)
    return combine(words)


def merge_requests(mentions: list[Mention], index: DocketIndex) -> list[tuple[Mention, tuple[str, ...], tuple[str, ...], Optional[str], str]]:
    """One (chosen mention, outcome, ecf, movant, motion_type) per request."""
    typed_fallback = None
    typed_kinds = {m.motion_type for m in mentions if m.kind == "request" and m.motion_type}
    if len(typed_kinds) == 1:
        typed_fallback = next(iter(typed_kinds))
    items: list[Mention] = []
    for m in mentions:
        if m.kind != "request" or not m.outcome:
            continue
        items.extend(_resolve(m, index, typed_fallback))
    entries: list[_Entry] = []
    for m in sorted(items, key=lambda m: (not m.ecf, -m.rank, m.start)):
        same = [e for e in entries if e.best.motion_type == m.motion_type]
        if m.ecf:
            hit = [e for e in same if set(e.ecf) & set(m.ecf)]
            if hit:
                hit[0].mentions.append(m)
                continue
            if m.batch >= 0:
                twin = [e for e in same if any(x.batch >= 0 and x.batch != m.batch and x.batch_size == m.batch_size for x in e.mentions)
                        and not any(x.batch == m.batch for x in e.mentions) and not set(e.ecf) & set(m.ecf)
                        and not any(set(e2.ecf) & set(e.ecf) for e2 in entries if e2 is not e and any(x.batch == m.batch for x in e2.mentions))]
                if twin:
                    twin[0].mentions.append(m)
                    continue
            if any(e.ecf for e in same) or not same:
                entries.append(_Entry([m]))
                continue
            cand = [e for e in same if not e.ecf and _same_request(e, m)]
            if cand:
                cand[0].mentions.append(m)
            else:
                entries.append(_Entry([m]))
            continue
        if not content_words(m.key) and len(same) > 1:
            continue  # "the motion" where several are decided: it cannot be told which
        cand = [e for e in same if _same_request(e, m)]
        if len(same) == 1 and (cand or same[0].ecf or m.cue == "title"):
            same[0].mentions.append(m)
        elif cand:
            cand[0].mentions.append(m)
        elif same and all(e.ecf for e in same):
            pass  # a body sentence about one of several numbered requests: absorbed
        else:
            entries.append(_Entry([m]))
    ordered = any(m.rank >= 5 and m.ecf for e in entries for m in e.mentions)
    out = []
    for e in entries:
        best = e.best
        if ordered and best.cue not in ("decretal", "list", "mandate") and not e.ecf:
            continue  # reasoning about part of a request the decretal paragraph decides
        out.append((best, _outcome(e), e.ecf, e.movant, best.motion_type or "other"))
    return out


def merge_appeals(mentions: list[Mention]) -> list[tuple[Mention, tuple[str, ...]]]:
    """The document's judgments on review: one, or one per consolidated case its rulings name."""
    appeals = [m for m in mentions if m.kind == "appeal" and m.outcome]
    cases = sorted({m.docket for m in appeals if m.docket})
    if len(cases) > 1:
        out = []
        for case in cases:
            judged = _merge_judgment([m for m in appeals if m.docket == case])
            if judged is not None:
                out.append(judged)
        return out
    judged = _merge_judgment(appeals)
    return [judged] if judged is not None else []


def _merge_judgment(appeals: list[Mention]) -> Optional[tuple[Mention, tuple[str, ...]]]:
    if not appeals:
        return None
    mandates = [m for m in appeals if m.cue == "mandate"]
    if mandates:
        last = mandates[-1]
        return last, last.outcome
    # the judgment is stated last: an opinion's opening "We reverse" may be refined at its end
    last_start = appeals[-1].start
    seen: list[str] = []
    final: set[str] = set()
    for m in appeals:
        seen.extend(o for o in m.outcome if o not in seen)
        if m.start >= last_start - 700:
            final.update(m.outcome)
    main = {"affirmed", "reversed", "vacated", "affirmed_in_part", "reversed_in_part", "vacated_in_part"}
    if final & main:
        seen = [o for o in seen if o not in main or o in final]
    if len(seen) > 1 and "dismissed" in seen:
        seen.remove("dismissed")
    chosen = max(appeals, key=lambda m: (m.rank, m.start))
    return chosen, tuple(seen)
