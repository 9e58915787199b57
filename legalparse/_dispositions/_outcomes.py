"""Outcome words: the court's verbs of decision and the contract words they map to.

A token is one occurrence of a decision verb ("GRANTED", "affirms", "REVERSING",
"held in abeyance") with its grammatical form and any modifier that follows it
("in part", "as moot", "without prejudice").  Runs of tokens joined by "and",
commas or semicolons make one ruling's outcome ("GRANTED IN PART and DENIED IN
PART" -> ``granted_in_part``, ``denied_in_part``).
"""

from __future__ import annotations

from typing import Optional

import attrs
import regex

# (verb, forms) — every form is a whole-word alternative; the form family is
# read from the matched word ("ed", "es", "base", "ing").  Each verb has an
# example a test runs (tests/test_dispositions_vocabulary.py).
VERBS: tuple[tuple[str, str, str], ...] = (
    ("grant", r"granted|grants|grant|granting|made\s+permanent|sustained|allowed(?=\s*(?:[.;]|$))",
     "The motion is GRANTED."),
    ("deny", r"denied|denies|deny|denying|overruled", "Plaintiff's request is DENIED."),
    ("affirm", r"affirmed|affirms|affirm|affirming|affrimed|affirmance|affrmed|affrms|affrm|affrming", "AFFIRMED."),
    ("reverse", r"reversed|reverses|reverse|reversing", "Reversed and remanded."),
    ("vacate", r"vacated|vacates|vacate|vacating|vac(?=\s+in\s+part)|set\s+aside|quashed|recalled",
     "The judgment is vacated."),
    ("remand", r"remanded|remands|remand|remanding", "The case is remanded."),
    ("modify", r"modified|modifies|modify|modifying|"
               r"amended(?=\s*(?:[,;.:/]|$|in\s+part|and\b|as\b))|amends",
     "MODIFIED AND AFFIRMED"),
    ("dismiss", r"dismissed|dismisses|dismiss|dismissing", "The appeal is DISMISSED."),
    ("defer", r"deferred|defers|held\s+in\s+abeyance|taken\s+under\s+(?:submission|advisement)"
              r"|reserved(?=\s*(?:[.;]|$|for|until))|reserves\s+(?:ruling|judgment|decision)\s+on"
              r"|takes(?=[^.;]{0,80}\bunder\s+(?:submission|advisement))",
     "Cisco's Motion in Limine No. 1 (ECF 534): DEFERRED."),
    ("terminate", r"terminated|terminates", "TERMINATED with leave to refile."),
    ("withdraw", r"withdrawn", "Withdrawn"),
    ("moot", r"moot(?=\s*(?:[.;,]|$))", "The motion to stay is MOOT."),
)

# Abbreviated listings (court docket systems) that stand for several words.
ABBREVIATIONS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (r"Aff/Rev", ("affirmed_in_part", "reversed_in_part"), "Aff/Rev & Remanded to App Ct"),
)

APPELLATE_VERBS = frozenset({"affirm", "reverse", "vacate", "remand", "modify"})
REQUEST_VERBS = frozenset({"grant", "deny", "defer", "terminate", "withdraw", "moot"})

_IN_PART = {
    "grant": "granted_in_part",
    "deny": "denied_in_part",
    "affirm": "affirmed_in_part",
    "reverse": "reversed_in_part",
    "vacate": "vacated_in_part",
}
_PLAIN = {
    "grant": "granted",
    "deny": "denied",
    "affirm": "affirmed",
    "reverse": "reversed",
    "vacate": "vacated",
    "remand": "remanded",
    "modify": "modified",
    "dismiss": "dismissed",
    "defer": "held_in_abeyance",
    "terminate": "terminated",
    "withdraw": "withdrawn",
    "moot": "denied_as_moot",
}

_VERB_GROUPS = "|".join(f"(?P<{verb}>{forms})" for verb, forms, _ in VERBS)
TOKEN = regex.compile(rf"(?<![\w'’-])(?:{_VERB_GROUPS})(?![\w-])(?!['’][a-z])", regex.I | regex.V1)
ABBREVIATION = regex.compile("|".join(f"(?:{a})" for a, _, _ in ABBREVIATIONS), regex.I)

_MODIFIER = regex.compile(
    r"\s*+,?\s*+(?:"
    r"(?P<part>in\s+part)|(?P<moot>as\s+moot)|(?P<wop>without\s+prejudice)"
    r"|with\s+prejudice|in\s+(?:its|their)\s+entirety|in\s+full|in\s+all\s+other\s+respects"
    r"|to\s+trial|with\s+leave\s+to\s+(?:re-?file|amend|renew)|as\s+(?:amended|modified)"
    r"|with\s+costs|with\s+(?:directions|instructions)"
    r")(?![\w])",
    regex.I,
)
# A run's joints: commas, semicolons, "and", "but", and a restated subject
# ("and the case is remanded").  Bounded, so no backtracking blow-up.
CONNECTOR = regex.compile(
    r"\s*+[,;:/&]?\s*+(?:(?:and|but|or)\s++)?(?:,\s*)?(?:\(?[a-h]\)\s*+)?"
    r"(?:(?:the|this)\s+(?:case|cause|matter|judgment|order)\s+)?"
    r"(?:(?:is|are|be|was)\s+)?(?:(?:hereby|otherwise|further|also|accordingly|therefore)\s+)?",
    regex.I,
)
_QUALIFIER = regex.compile(
    r"\s*+,?\s*+(?:as\s+to|with\s+respect\s+to|insofar\s+as|to\s+the\s+extent|except\s+as\s+to|in\s+favor\s+of)"
    r"\s[^;]{1,300}?(?=\s*+[,;]?\s*+(?:(?:and|but)\s++)?(?:\(?[a-h]\)\s*+)?(?i:granted|denied|deferred|GRANTS|DENIES)\b)",
    regex.I,
)


_PARTIALLY = regex.compile(r"\b(?:partially|partly)\s+$", regex.I)


@attrs.frozen
class Token:
    """One decision verb in the text."""

    verb: str
    """``grant``, ``deny``, ``affirm``, ... (the key of :data:`VERBS`)."""
    form: str
    """``ed`` (participle), ``es`` (third person), ``base`` or ``ing``."""
    start: int
    end: int
    """End of the verb and its modifiers."""
    in_part: bool = False
    as_moot: bool = False
    without_prejudice: bool = False
    qualified: bool = False
    """Followed by "as to ..." or "to the extent ...": a ruling on part of the request."""

    @property
    def outcome(self) -> str:
        if self.verb == "deny" and self.as_moot:
            return "denied_as_moot"
        if self.verb == "deny" and self.without_prejudice:
            return "denied_without_prejudice"
        if self.in_part and self.verb in _IN_PART:
            return _IN_PART[self.verb]
        return _PLAIN[self.verb]


def _form(word: str) -> str:
    w = word.lower()
    if w.startswith(("reserves", "takes")):
        return "es"
    if w.endswith("ing"):
        return "ing"
    if w.endswith(("ed", "wn")) or " " in w or w in ("affirmance", "vac", "moot"):
        return "ed"
    if w.endswith("s") and w != "dismiss":
        return "es"
    return "base"


def token_at(text: str, pos: int, endpos: Optional[int] = None) -> Optional[Token]:
    """The token that starts exactly at ``pos`` (after optional blanks), with its modifiers."""
    end = len(text) if endpos is None else endpos
    m = TOKEN.match(text, pos, end)
    if m is None:
        return None
    return _token_from(text, m, end)


def _token_from(text: str, m: "regex.Match[str]", end: int) -> Token:
    verb = next(k for k, v in m.groupdict().items() if v is not None)
    word = m.group(0)
    form = _form(word)
    if word.lower() == "moot":
        form = "ed"
    in_part = as_moot = wop = qualified = False
    if _PARTIALLY.search(text, max(0, m.start() - 14), m.start()):
        in_part = True  # "partially granted"
    pos = m.end()
    while True:
        mm = _MODIFIER.match(text, pos, end)
        if mm is None:
            break
        in_part |= bool(mm.group("part"))
        qualified |= "other respects" in mm.group(0).lower()
        as_moot |= bool(mm.group("moot"))
        wop |= bool(mm.group("wop"))
        pos = mm.end()
    q = _QUALIFIER.match(text, pos, end)
    if q is not None:
        qualified = True
        pos = q.end()
    return Token(verb, form, m.start(), pos, in_part, as_moot, wop, qualified)


def run_at(text: str, pos: int, endpos: Optional[int] = None, forms: Optional[frozenset[str]] = None) -> list[Token]:
    """The run of tokens that starts at ``pos``: "GRANTED IN PART and DENIED IN PART"."""
    end = len(text) if endpos is None else endpos
    run: list[Token] = []
    while pos < end:
        if run:
            c = CONNECTOR.match(text, pos, end)
            if c is None:
                break
            at = c.end()
        else:
            at = pos
        m = TOKEN.match(text, at, end)
        if m is None:
            break
        tok = _token_from(text, m, end)
        if forms is not None and tok.form not in forms:
            break
        run.append(tok)
        pos = tok.end
        if len(run) > 8:
            break
    _distribute_in_part(text, run)
    return run


def _distribute_in_part(text: str, run: list[Token]) -> None:
    """"Reversed and remanded in part": "in part" reaches back over "and"."""
    for i in range(len(run) - 1, 0, -1):
        if run[i].in_part and not run[i - 1].in_part and run[i - 1].verb in _IN_PART:
            joint = text[run[i - 1].end : run[i].start].strip().lower()
            if joint in ("and", "&"):
                run[i - 1] = attrs.evolve(run[i - 1], in_part=True)


def outcomes(tokens: list[Token]) -> tuple[str, ...]:
    """Contract outcome words of ``tokens`` in order, each once."""
    seen: list[str] = []
    for t in tokens:
        o = t.outcome
        if o not in seen:
            seen.append(o)
    return tuple(seen)
