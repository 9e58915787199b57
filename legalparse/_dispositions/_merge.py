"""Mentions -> dispositions: one entry per request (per docket number), one per appeal.

A request is often stated three times (title, conclusion, decretal paragraph);
the scorer and the reader want it once.  Mentions of one type merge when their
docket numbers agree or one has none; the outcome comes from the most
authoritative mention (decretal > conclusion > statement > title; a ruling "as
to Count I" counts less than an unqualified one).
"""

from __future__ import annotations

from collections import Counter
from typing import Optional

import attrs
import regex

from ._ecf import ECF, numbers
from ._motions import HEAD, PHRASE_END, classify, typed
from ._rulings import _EMBEDDED, Mention

_SENTENCE_END = regex.compile(r"(?<!\b(?:No|Nos|Dkt|Doc|v|Inc|Co|Corp|Ltd|[A-Z]))\.\s+(?=[A-Z])|\n\s*\n")


@attrs.frozen
class DocketIndex:
    """What the document says each docket number is: {"30": "dismiss"}, and the commonest type."""

    by_number: dict[str, str]
    by_type: dict[str, tuple[str, ...]]
    dominant: Optional[str]


def index_requests(text: str) -> DocketIndex:
    """Requests named with a docket number anywhere in the text ("Motion to Dismiss (ECF No. 30)")."""
    by_number: dict[str, str] = {}
    by_type: dict[str, list[str]] = {}
    counts: Counter[str] = Counter()
    heads = list(HEAD.finditer(text))
    owner: Optional[str] = None
    pending: list[str] = []
    for i, h in enumerate(heads):
        stop = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        end_m = PHRASE_END.search(text, h.end(), min(len(text), h.end() + 160))
        phrase_end = end_m.start() if end_m is not None else min(len(text), h.end() + 160)
        phrase_end = min(phrase_end, stop)
        pre = text[max(0, h.start() - 30) : h.start()]
        words = f"{pre.rsplit(' ', 3)[-1] if pre else ''} {text[h.start():phrase_end]}"
        embedded = i > 0 and owner is not None and _EMBEDDED.search(text[heads[i - 1].end() : h.start()])
        if not typed(words) and not embedded:
            owner = None
            near = ECF.search(text, h.end(), min(len(text), h.end() + 24))
            if near is not None and text[h.end() : near.start()].strip(" ([,"):
                near = None
            pending = numbers(near) if near is not None and i + 1 < len(heads) and heads[i + 1].start() - near.end() < 12 else []
            continue
        kind = owner if embedded and owner else classify(words)
        if not embedded:
            counts[kind] += 1
        owner = kind
        window_end = min(stop, h.end() + 220)
        cut = _SENTENCE_END.search(text, phrase_end, window_end)
        if cut is not None:
            window_end = cut.start()
        m = ECF.search(text, h.end(), window_end)
        found = (numbers(m) if m is not None else []) + pending
        pending = []
        for n in found:
            by_number.setdefault(n, kind)
            by_type.setdefault(kind, [])
            if n not in by_type[kind]:
                by_type[kind].append(n)
    dominant = counts.most_common(1)[0][0] if counts else None
    return DocketIndex(by_number, {k: tuple(v) for k, v in by_type.items()}, dominant)


def _typed(m: Mention, index: DocketIndex, fallback: Optional[str]) -> Mention:
    if m.kind != "request" or m.motion_type is not None:
        return m
    for n in m.ecf:
        if n in index.by_number:
            return attrs.evolve(m, motion_type=index.by_number[n], key="")
    return attrs.evolve(m, motion_type=fallback or index.dominant or "other", key="")


def _split_plural(m: Mention) -> list[Mention]:
    if m.kind == "request" and m.plural and len(m.ecf) > 1:
        return [attrs.evolve(m, ecf=(n,), plural=False) for n in m.ecf]
    return [m]


def _compatible_keys(a: str, b: str) -> bool:
    return not a or not b or a.startswith(b) or b.startswith(a)


@attrs.define
class _Entry:
    mentions: list[Mention]

    @property
    def best(self) -> Mention:
        return max(self.mentions, key=lambda m: (m.rank, len(m.outcome), m.start))

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


def _outcome(entry: _Entry) -> tuple[str, ...]:
    best = entry.best
    if best.qualified:
        words = {o for m in entry.mentions for o in m.outcome}
        if {"granted", "denied"} <= words or {"granted_in_part", "denied_in_part"} <= words:
            return ("granted_in_part", "denied_in_part")
    return best.outcome


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
        m = _typed(m, index, typed_fallback)
        if not m.ecf and m.motion_type in index.by_type and len(index.by_type[m.motion_type]) == 1:
            m = attrs.evolve(m, ecf=index.by_type[m.motion_type])
        items.extend(_split_plural(m))
    entries: list[_Entry] = []
    for m in sorted(items, key=lambda m: (not m.ecf, -m.rank, m.start)):
        same = [e for e in entries if e.best.motion_type == m.motion_type]
        if m.ecf:
            hit = [e for e in same if set(e.ecf) & set(m.ecf)]
            if hit:
                hit[0].mentions.append(m)
                continue
            if any(e.ecf for e in same) or not same:
                entries.append(_Entry([m]))
                continue
            # same type without numbers: the numbered mention names it
            cand = [e for e in same if not e.ecf and any(_compatible_keys(x.key, m.key) for x in e.mentions)]
            if cand:
                cand[0].mentions.append(m)
            else:
                entries.append(_Entry([m]))
            continue
        cand = [e for e in same if any(_compatible_keys(x.key, m.key) for x in e.mentions)]
        if len(same) == 1 and (cand or same[0].ecf or m.cue == "title"):
            same[0].mentions.append(m)
        elif cand:
            cand[0].mentions.append(m)
        elif same and all(e.ecf for e in same):
            pass  # a body sentence about one of several numbered requests: absorbed
        else:
            entries.append(_Entry([m]))
    out = []
    for e in entries:
        best = e.best
        out.append((best, _outcome(e), e.ecf, e.movant, best.motion_type or "other"))
    return out


def merge_appeals(mentions: list[Mention]) -> Optional[tuple[Mention, tuple[str, ...]]]:
    """The document's judgment on review: the last mandate line, else every appellate sentence's words."""
    appeals = [m for m in mentions if m.kind == "appeal" and m.outcome]
    if not appeals:
        return None
    mandates = [m for m in appeals if m.cue == "mandate"]
    if mandates:
        last = mandates[-1]
        return last, last.outcome
    seen: list[str] = []
    for m in appeals:
        seen.extend(o for o in m.outcome if o not in seen)
    if len(seen) > 1 and "dismissed" in seen:
        seen.remove("dismissed")
    chosen = max(appeals, key=lambda m: (m.rank, m.start))
    return chosen, tuple(seen)
