"""Features of each candidate sentence: its cues, where it stands, what surrounds it.

A candidate is a sentence of the lead opinion (a question and its short answer are
one candidate).  Headings (short lines without a final period, all-capital lines)
are not candidates but set the section a sentence stands in.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Optional

import attrs
import regex

from .._span import Span
from ._cues import ANY_DECISION, ANY_VETO, COMPILED
from ._scope import OPINION_START
from ._sentences import sentence_spans

MAX_SENTENCE = 3000
"""Longer "sentences" are tables, lists or unpunctuated text, never a holding."""

_WORD = regex.compile(r"[\p{L}\d\u00a7]++")
_HEADING_WORDS = {
    "background": regex.compile(r"\b(?:BACKGROUND|FACTS|FACTUAL|HISTORY|PROCEDURAL)\b", regex.IGNORECASE),
    "standard": regex.compile(r"\b(?:STANDARD|STANDARDS|REVIEW|LEGAL[ \t]++FRAMEWORK)\b", regex.IGNORECASE),
    "conclusion": regex.compile(r"\b(?:CONCLUSION|CONCLUSIONS|ORDER|SUMMARY|DECISION)\b", regex.IGNORECASE),
}
_HELD = regex.compile(r"^Held\s*+:")
_CITATION = regex.compile(r"(?:See|Id\.|Cf\.|Ibid\.|But[ \t]++see|Accord)\b")
"""A citation after a question is its source, not its answer."""
_CAPS_LINE = regex.compile(r"^[^\p{Ll}]*+$")
_RULED_ON = regex.compile(r"\b(?:motions?|applications?|requests?|petitions?|appeals?|judgment|decision|order|objections?)\b", regex.IGNORECASE)
_REASONED = regex.compile(
    r"\b(?:because|since|for[ \t\n]++failure|finds?|concludes?|holds?|persuaded|that|as[ \t\n]++a[ \t\n]++matter[ \t\n]++of[ \t\n]++law)\b",
    regex.IGNORECASE,
)
_LOOKALIKES = (
    "argument", "party_argues", "quotation", "case_cite", "signal_start", "other_court",
    "court_past", "history", "standard", "individual", "past_outcome", "discusses_case",
)
_LEADING_NUMBER = regex.compile(r"^\(?(?:\d{1,3}+|[IVX]{1,5}+\.)[.)]?[ \t]*+(?:\n|\p{Lu})")
_FINAL = regex.compile(r"[.?!][\"'\u201d\u2019)\]]{0,3}+$|:$")

FEATURES: tuple[str, ...] = tuple(name for name, _ in COMPILED) + (
    "after_heading", "before_heading", "in_background", "in_standard", "in_conclusion",
    "position", "last_fifth", "first_tenth", "short", "long", "paragraph_end", "statute",
    "conclude_outcome", "we_outcome", "connective_outcome", "argument_only", "bare_decretal",
    "line_number", "court_decides", "opener", "lookalike", "decides_outcome", "opener_outcome",
    "decides_early", "decides_statute", "length_of_opinion", "decision_cue", "answered_question", "paragraph_start",
    "reasoned_decretal", "restated", "concludes_section", "opens_conclusion", "opener_late",
    "own_voice", "decides_scarce", "echoes_syllabus",
)
"""Names of the features, in the order the scorer reads them."""


@attrs.frozen
class Candidate:
    """A sentence that may be a holding, with its features."""

    span: Span
    features: dict[str, float] = attrs.field(eq=False)
    words: frozenset[str] = attrs.field(default=frozenset(), eq=False)
    """Its lower-cased words, to tell a restated holding from a new one."""


def is_heading(sentence: str) -> bool:
    """Whether a sentence is a heading or label rather than prose."""
    words = _WORD.findall(sentence, 0, 400)
    if len(words) <= 2 and not sentence.endswith("."):
        return True
    if len(words) <= 12 and _CAPS_LINE.match(sentence) and any(c.isalpha() for c in sentence):
        return True
    return len(words) <= 10 and not _FINAL.search(sentence)


def candidates(
    text: str,
    sentences: Sequence[Span],
    statute_starts: Sequence[int] = (),
    reading: Optional[Mapping[int, str]] = None,
    *,
    reportable_only: bool = True,
) -> list[Candidate]:
    """Candidates among ``sentences`` (in text order) with their features.

    ``reading`` gives, by index, the words to read for a sentence whose span holds
    something else too (a sentence broken by a page's footnotes is read without them).
    With ``reportable_only`` (the default), sentences without any decision cue are
    counted but not returned; training reads them all.
    """
    reading = reading or {}
    kinds: list[bool] = [is_heading(reading.get(i) or s.slice(text)) for i, s in enumerate(sentences)]
    found: list[tuple[Span, dict[str, float], str, bool]] = []
    vocabulary: list[frozenset[str]] = []  # each found sentence's lower-cased words
    section = ""
    prose = [i for i, h in enumerate(kinds) if not h]
    total = max(len(prose), 1)
    rank = 0
    weighed = 0  # sentences past the look-alike vetoes: the opinion's length, the same read either way
    statutes = sorted(statute_starts)
    cursor = 0
    cited = precedent_parties(text)
    i = 0
    while i < len(sentences):
        span = sentences[i]
        sentence = reading.get(i) or span.slice(text)
        if kinds[i]:
            section = sentence
            i += 1
            continue
        after_heading = i > 0 and kinds[i - 1]
        nxt = i + 1
        if sentence.rstrip("\"'\u201d\u2019) ").endswith("?") and nxt < len(sentences) and not kinds[nxt]:
            answer = sentences[nxt].slice(text)
            if len(_WORD.findall(answer, 0, 200)) <= 6 and not _CITATION.match(answer):  # "Does the MOU violate the Code? It does not."
                span = Span(span.start, sentences[nxt].end)
                sentence = span.slice(text)
                nxt += 1
        answered = nxt > i + 1
        before_heading = nxt >= len(sentences) or kinds[nxt]
        rank += 1
        while cursor < len(statutes) and statutes[cursor] < span.start:
            cursor += 1
        has_statute = cursor < len(statutes) and statutes[cursor] < span.end
        if len(sentence) > MAX_SENTENCE or _HELD.match(sentence):
            i = nxt
            continue  # the reporter's syllabus, not the court's words
        if ANY_VETO.search(sentence):
            i = nxt
            continue  # a look-alike: an argument, a standard, a quoted rule ...
        weighed += 1
        reportable = answered or bool(ANY_DECISION.search(sentence))
        if reportable_only and not reportable:
            i = nxt
            continue  # decides nothing: never reported, so not weighed either
        f = {name: 1.0 if pattern.search(sentence) else 0.0 for name, pattern in COMPILED}
        tokens = _WORD.findall(sentence)
        reasoned = float(bool(_REASONED.search(sentence)))
        if f["decretal"] and not reasoned and (_RULED_ON.search(sentence) or len(tokens) < 15):
            i = nxt
            continue  # a bare decretal line is a disposition, not a holding
        if f["past_outcome"] and _tells_precedent(sentence, cited):
            i = nxt
            continue  # "Accordingly, Allah's claims ... were appropriately dismissed": a cited case's outcome
        words = len(tokens)
        position = rank / total
        end = span.end
        f.update(
            after_heading=float(after_heading),
            before_heading=float(before_heading),
            in_background=float(bool(_HEADING_WORDS["background"].search(section))),
            in_standard=float(bool(_HEADING_WORDS["standard"].search(section))),
            in_conclusion=float(bool(_HEADING_WORDS["conclusion"].search(section))),
            position=position,
            last_fifth=float(position > 0.8),
            first_tenth=float(position <= 0.1),
            short=float(words < 8),
            long=float(words > 90),
            paragraph_end=float(_paragraph_end(text, end)),
            statute=float(has_statute),
            conclude_outcome=f["conclude"] * f["outcome"],
            we_outcome=f["we_court"] * f["outcome"],
            connective_outcome=f["connective"] * f["outcome"],
            argument_only=f["argument"] * (1.0 - max(f["hold"], f["conclude"], f["find"], f["agree"])),
            bare_decretal=f["decretal"] * (1.0 - max(f["hold"], f["conclude"], f["find"], f["because"], f["connective"], reasoned)),
            line_number=float(bool(_LEADING_NUMBER.match(sentence))),
            reasoned_decretal=f["decretal"] * max(f["connective"], reasoned),
        )
        decides = max(f["hold"], f["conclude"], f["find"], f["agree"], f["persuaded"], f["will_rule"], f["see_no"])
        opener = max(f["connective"], f["here"])
        f.update(
            court_decides=decides,
            opener=opener,
            lookalike=max(f[k] for k in _LOOKALIKES),
            decides_outcome=decides * f["outcome"],
            opener_outcome=opener * f["outcome"],
            decides_early=decides * f["first_tenth"],
            decides_statute=decides * f["statute"],
            decision_cue=max(decides, opener, f["outcome"], f["evaluative"], f["because"], f["negation"], float(answered)),
            answered_question=float(answered),
            paragraph_start=float(span.start == 0 or text[span.start - 1] == "\n"),
            concludes_section=float(before_heading) * max(decides, opener, f["outcome"], f["evaluative"]),
            opens_conclusion=float(after_heading) * f["in_conclusion"],
            opener_late=opener * f["last_fifth"],
        )
        found.append((span, f, sentence, reportable))
        vocabulary.append(frozenset(w.lower() for w in tokens))
        i = nxt
    _mark_voice([(span, f, read) for span, f, read, _ in found])
    size = min(1.0, math.log1p(weighed) / math.log(1000.0))
    for _, f, _, _ in found:
        f["length_of_opinion"] = size  # long opinions have more cue-laden sentences per holding
    points = syllabus_points(text)
    for (_, f, _, _), own in zip(found, vocabulary):
        f["echoes_syllabus"] = float(echoes(own, points))
    out = [Candidate(span, f, words) for (span, f, _, _), words in zip(found, vocabulary)]
    for c in out:
        c.features["restated"] = 0.0
    # restatements are sought among the sentences that could be reported, whether or not the others are kept
    _mark_restated([c for c, (_, _, _, reportable) in zip(out, found) if reportable])
    return out


RESTATED = 0.4
"""Share of content words two candidates hold in common for one to restate the other."""


def _mark_restated(found: list[Candidate]) -> None:
    """Flag candidates whose point the opinion states twice, apart (introduction and analysis, analysis and conclusion)."""
    content = [frozenset(w for w in c.words if len(w) > 3) for c in found[:MAX_COMPARED]]
    for i, a in enumerate(content):
        for j in range(i + RESTATED_APART, len(content)):
            b = content[j]
            if a and b and len(a & b) >= RESTATED * len(a | b):
                found[i].features["restated"] = found[j].features["restated"] = 1.0


_VOICES = {  # how a court names itself: an appellate panel says "we", a trial judge "the Court", a tribunal "the Board"
    "we": regex.compile(r"\b(?:we|our)\b", regex.IGNORECASE),
    "court": regex.compile(r"\b(?:the|this)[ \t\n]++(?:court|board|tribunal|panel)\b", regex.IGNORECASE),
}


def _mark_voice(found: list[tuple[Span, dict[str, float], str]]) -> None:
    """Mark sentences that decide in the court's own voice, and how few decide at all.

    The voice is the one ("we" or "the Court") most of the document's deciding sentences
    use; a deciding sentence in the other voice more often reports what another court
    did.  Where few sentences decide, each of them is more likely a holding.
    """
    deciding = [(f, read) for _, f, read in found if f["court_decides"]]
    counts = {name: sum(1 for _, read in deciding if pattern.search(read)) for name, pattern in _VOICES.items()}
    voice = max(counts, key=lambda k: counts[k]) if any(counts.values()) else ""
    for f, read in deciding:
        f["own_voice"] = float(bool(voice) and bool(_VOICES[voice].search(read)))
    scarce = 1.0 / (1.0 + math.log1p(len(deciding)))
    for _, f, _ in found:
        f.setdefault("own_voice", 0.0)
        f["decides_scarce"] = f["court_decides"] * scarce


CAPTION = 2000
"""Characters at the head of a document that name its own parties (caption and title)."""
_CASE_PARTY = regex.compile(
    r"(\p{Lu}[\p{L}\-]{2,30}+)(?:,?[ \t\n]++(?:Inc|Co|Corp|Ltd|LLC|et[ \t\n]++al)\.?+)?[ \t\n]++v\.[ \t\n]"
)
_POSSESSIVE = regex.compile(r"^(?:\p{Lu}\p{Ll}++,[ \t\n]++)?+(\p{Lu}[\p{L}\-]{2,30}+)['\u2019]s\b")
"""A possessive name as the sentence's subject, after at most a one-word opener ("Accordingly, Allah's claims")."""


def precedent_parties(text: str) -> frozenset[str]:
    """Names before "v." in cases cited past the caption that the caption itself does not name."""
    own = set(_WORD.findall(text, 0, CAPTION))
    return frozenset({m.group(1) for m in _CASE_PARTY.finditer(text, min(CAPTION, len(text)))} - own)


def _tells_precedent(sentence: str, parties: frozenset[str]) -> bool:
    """Whether the sentence's subject is a cited case's party ("Accordingly, Allah's claims …")."""
    m = _POSSESSIVE.match(sentence)
    return m is not None and m.group(1) in parties


_SYLLABUS_HELD = regex.compile(r"(?<!\p{L})Held(?:,[ \t\n]++further)?+[ \t\n]*+[:,][ \t\n]*+")
SYLLABUS_REACH = 30_000
"""Characters at the head of a document searched for the reporter's "Held:" (syllabus or summary)."""
_NUMBERED_POINT = regex.compile(r"^[ \t]*+\d{1,2}+\.[ \t]++(?=\p{Lu})", regex.MULTILINE)
MAX_POINTS = 8
"""Most syllabus points read (a syllabus numbers a few)."""
ECHO = 0.4
"""Share of a syllabus point's content words a sentence must hold to echo it (and at least ``ECHO_LEAST``)."""
ECHO_LEAST = 3
"""Fewest content words in common: a short point ("The Compact does not pre-empt the Oklahoma water
statutes") is not echoed by every sentence that names its subject."""
_PLAIN = frozenset({"that", "this", "with", "from", "under", "have", "which", "were", "does", "their", "there",
                    "because", "court", "court\u2019s", "court's"})


def _content(words: "frozenset[str] | set[str]") -> frozenset[str]:
    return frozenset(w for w in words if len(w) > 3 and w not in _PLAIN)


def syllabus_points(text: str) -> tuple[frozenset[str], ...]:
    """The content words of each "Held:" point the reporter wrote above the opinion.

    A point is the first sentence after "Held:" (or "Held, further,") and, where the
    syllabus numbers its points ("1. The Compact does not pre-empt …", "2. …"), the first
    sentence of each, up to the opinion's first line.
    """
    starts = []
    reach = min(len(text), SYLLABUS_REACH)
    for m in _SYLLABUS_HELD.finditer(text, 0, reach):
        starts.append(m.end())
        opening = OPINION_START.search(text, m.end(), reach)
        for n in _NUMBERED_POINT.finditer(text, m.end(), opening.start() if opening else min(reach, m.end() + 800)):
            starts.append(n.end())
    points: list[frozenset[str]] = []
    for start in sorted(set(starts)):
        for span in sentence_spans(text, start, min(len(text), start + 800)):
            sentence = span.slice(text)
            if not is_heading(sentence) and len(_WORD.findall(sentence)) >= 4:  # "1." before the point
                point = _content({w.lower() for w in _WORD.findall(sentence)})
                if point and point not in points:
                    points.append(point)
                break
        if len(points) >= MAX_POINTS:
            break
    return tuple(points)


def echoes(words: "frozenset[str]", points: "tuple[frozenset[str], ...]") -> bool:
    """Whether a sentence with ``words`` states a syllabus point in the court's own words."""
    mine = _content(words)
    return any(len(mine & p) >= max(ECHO * len(p), ECHO_LEAST) for p in points)


MAX_COMPARED = 400
"""Candidates compared for restatement (the comparison is quadratic)."""
RESTATED_APART = 3
"""Candidates this many apart or more; neighbours repeat words without restating."""


def _paragraph_end(text: str, end: int) -> bool:
    """Whether the sentence ending at ``end`` closes its paragraph (a break follows a short line)."""
    newline = text.find("\n", end, end + 3)
    if newline < 0:
        return end >= len(text.rstrip())
    if text.startswith("\n", newline + 1) or text[newline + 1 : newline + 2].isspace():
        return True
    line_start = text.rfind("\n", max(0, end - 400), end) + 1
    length = end - line_start
    return length < 55 or length > 160
