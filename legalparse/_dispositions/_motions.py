"""What was asked for: the request's head noun and its ``motion_type``.

The head nouns ("motion", "application", "request", "petition", "letter
brief") mark a request; the words around the head ("Daubert motion", "motion
in limine", "application to seal") give its type.  Types are tried in table
order, so narrower types come first ("motion for leave to file under seal"
is ``seal``, not ``leave_to_file``).
"""

from __future__ import annotations

import regex

HEAD = regex.compile(
    r"(?<![\w-])(?:(?P<motion>(?:cross[- ])?motions?|MILs?|letter[- ]briefs?)"
    r"|(?P<application>applications?)|(?P<request>requests?)|(?P<petition>petitions?))(?![\w-])",
    regex.I,
)
"""A request's head noun; the group that matched names its ``subject``."""

# (motion_type, pattern, example).  Each example is run by a test.
MOTION_TYPES: tuple[tuple[str, str, str], ...] = (
    ("other", r"\A\W*motions?\s+to\s+deny\b", "motion to deny Moving Defendants' motion to dismiss"),
    ("in_limine", r"\bin\s+limine\b|\bMILs?\b", "Finjan's Motion in Limine No. 2"),
    ("exclude_expert", r"\bDaubert\b|\bexclude\b[^;]{0,60}?\b(?:experts?|testimony|opinions?|reports?)\b",
     "Cisco's Daubert motion"),
    ("intervene", r"\binterven(?:e|tion)\b", "American Oversight's Motion to Intervene for the Limited Purpose of Unsealing"),
    ("unseal", r"\bunseal", "The United States' motion to unseal this case"),
    ("seal", r"\bunder\s+seal\b|\bto\s+seal\b|\bsealing\b|\bseal\b", "Defendants' applications to seal"),
    ("redact", r"\bredact", "Defendant's request for the filing of redacted versions"),
    ("in_forma_pauperis", r"\bin\s+forma\s+pauperis\b|\bIFP\b", "motion for leave to proceed in forma pauperis"),
    ("habeas_corpus", r"\bhabeas\b|§\s*22(?:41|54|55)\b", "petition for a writ of habeas corpus"),
    ("certiorari", r"\bcertiorari\b", "petition for a writ of certiorari"),
    ("leave_to_appeal", r"\bleave\s+to\s+appeal\b|\binterlocutory\s+appeal\b|\ballowance\s+of\s+appeal\b"
                        r"|\bpermission\s+to\s+(?:take\s+(?:an\s+)?)?appeal\b",
     "application for leave to appeal"),
    ("rehearing", r"\brehearing\b|\breargument\b", "petition for rehearing"),
    ("reconsideration", r"\breconsider|\balter\b|\bRule\s+59\s*\(e\)|\bRule\s+60\s*\(b\)"
                        r"|\brelief\s+from\s+(?:the\s+|a\s+)?(?:final\s+)?(?:judgment|order)",
     "motion for reconsideration"),
    ("preliminary_injunction", r"\bpreliminary\s+injunct|\btemporary\s+injunct|\binjunctive\s+relief"
                               r"|\bpreliminary\s+relief|\binjunction\b",
     "the plaintiffs' motion for a preliminary injunction"),
    ("temporary_restraining_order", r"\btemporary\s+restraining\b|\bTRO\b", "motion for a temporary restraining order"),
    ("summary_judgment", r"\bsummary\s+(?:judgment|disposition|adjudication)|\bMSJ\b",
     "Motion for Summary Judgment"),
    ("judgment_on_the_pleadings", r"\bjudgment\s+on\s+the\s+pleadings\b", "motion for judgment on the pleadings"),
    ("judgment_as_a_matter_of_law", r"\bmatter\s+of\s+law\b|\bJMOL\b", "motion for judgment as a matter of law"),
    ("default_judgment", r"\bdefault\b", "motion for default judgment"),
    ("set_aside_verdict", r"\bset\s+aside\s+(?:the\s+)?(?:jury['’]?s?\s+)?verdict\b", "motion to set aside the verdict"),
    ("additur", r"\badditur\b", "motion for an additur"),
    ("remittitur", r"\bremittitur\b", "motion for remittitur"),
    ("new_trial", r"\bnew\s+trial\b", "motion for a new trial"),
    ("class_certification", r"\bclass\s+certification\b|\bcertify\s+(?:a\s+|the\s+)?class\b", "motion for class certification"),
    ("disqualify", r"\bdisqualif", "the City's motion to disqualify Attorney Brennan"),
    ("recusal", r"\brecus", "the motion for recusal"),
    ("consolidate", r"\bconsolidat", "motion to consolidate"),
    ("substitute", r"\bsubstitut", "motion to substitute party"),
    ("remand", r"\bremand\b", "motion to remand"),
    ("transfer", r"\btransfer\b|\bchange\s+(?:of\s+)?venue\b", "motion to transfer venue"),
    ("amend", r"\bamend\b|\bsupplemental\s+(?:complaint|pleading)\b"
              r"|\bleave\s+to\s+file\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?(?:(?:first|second|third|fourth|proposed)\s+)*amended\b",
     "motion for leave to amend"),
    ("compel", r"\bcompel\b|\bproduction\s+of\b", "Defendant's motion to compel"),
    ("protective_order", r"\bprotective\s+order\b", "motion for a protective order"),
    ("quash", r"\bquash\b", "defendant's motion to quash"),
    ("sanctions", r"\bsanction", "motion for sanctions"),
    ("suppress", r"\bsuppress\b", "motion to suppress"),
    ("strike", r"\bstrike\b", "motion to strike"),
    ("stay", r"\bstay\b|\babeyance\b", "motion for stay pending appeal"),
    ("extension_of_time", r"\bextension\b|\bextend\b|\benlarge|\bcontinuance\b", "motion for an extension of time"),
    ("appoint_counsel", r"\bappoint(?:ment)?\s+(?:of\s+)?counsel\b", "motion to appoint counsel"),
    ("attorney_fees", r"\bfees?\b", "motion for attorneys' fees"),
    ("dismiss", r"\bdismiss|\bRule\s+12\s*\(b\)", "Defendants' Motion to Dismiss"),
    ("vacate", r"\bvacate\b|\bset\s+aside\b", "motion to vacate the judgment"),
    ("leave_to_file", r"\bleave\s+to\s+(?:file|submit)\b|\bsur-?reply\b|\bamicus\b", "motion for leave to file a sur-reply"),
    ("other", r"\bjudicial\s+notice\b|\bto\s+deny\b", "Plaintiff's request for judicial notice"),
)

_TYPES = tuple((name, regex.compile(pattern, regex.I)) for name, pattern, _ in MOTION_TYPES)
_ANY_TYPE = regex.compile("|".join(f"(?:{pattern})" for _, pattern, _ in MOTION_TYPES), regex.I)

# Where a request's own words stop: a verb, a clause, another request, a citation.
PHRASE_END = regex.compile(
    r"[;:()\[\]]|,\s|\s(?:is|are|was|were|be|been|has|have|had|which|that|who|because|filed|pursuant|"
    r"as\s+to|insofar|to\s+the\s+extent|or\s+in\s+the\s+alternative|alternatively|(?:and|or)\s+(?:the|a|an|its|his|her|their)\s|"
    r"and\s+for\s|and\s+(?:\w+['’]s?\s+)?(?:motion|application|request)|(?:ECF|Dkt|Doc|Docket)\b)"
    r"|\.(?:\s|$)",
    regex.I,
)


def classify(words: str) -> str:
    """The ``motion_type`` of a request described by ``words`` ("motion to dismiss" -> ``dismiss``).

    >>> classify("Daubert motion to exclude Dr. Smith")
    'exclude_expert'
    """
    for name, pattern in _TYPES:
        if pattern.search(words):
            return name
    return "other"


def typed(words: str) -> bool:
    """Whether ``words`` name a type at all (a bare "the Motion" does not)."""
    return _ANY_TYPE.search(words) is not None


# Types that name the request even without a head noun: "the Court GRANTS summary judgment".
SELF_NAMING = frozenset({
    "summary_judgment", "preliminary_injunction", "temporary_restraining_order", "default_judgment",
    "judgment_on_the_pleadings", "judgment_as_a_matter_of_law", "new_trial", "class_certification",
    "leave_to_appeal", "certiorari", "habeas_corpus", "rehearing", "remittitur", "additur", "seal", "unseal",
    "stay", "amend", "leave_to_file",
})


def subject_of(head_group: str) -> str:
    """The contract ``subject`` for a head noun group."""
    return {"motion": "motion", "request": "motion", "application": "application", "petition": "petition"}[head_group]
