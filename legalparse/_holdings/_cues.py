"""Cue phrases that speak for or against a sentence being the court's holding.

Each cue is a named pattern with one sentence it fires on (from real opinions);
``tests/test_holdings_cues.py`` runs every example.  The scorer weighs the cues
(``weights.json``); the names here are the feature names there.
"""

from __future__ import annotations

from typing import Optional

import attrs
import regex


@attrs.frozen
class Cue:
    """A named pattern and a sentence it must match."""

    name: str
    pattern: str
    example: str
    ignore_case: bool = True
    """Whether letter case is ignored (citation, decretal and opening cues read capitals)."""


_SUBJECT = r"(?:we|court|board|tribunal|panel|i)"  # the deciding body speaking

_SUBJECT_NOT_IF = (
    rf"\b{_SUBJECT}(?<!\b(?:if|whether|unless|when)[ \t\n]++(?:(?:the|this)[ \t\n]++)?{_SUBJECT})"
)
"""The deciding body, not in a condition ("if we hold", "if the court finds", "whether this Court concludes");
the look-behind runs only where the subject has matched."""

_W = (  # up to three words between subject and verb, none a modal ("the Court must determine")
    r"(?:(?!(?:must|may|should|will|would|to|need|might|could|cannot|shall|can)\b)[\w\u2019',]++[ \t\n]++){0,3}?"
)

CUES: tuple[Cue, ...] = (
    # the court speaking in its own voice
    Cue("hold", rf"{_SUBJECT_NOT_IF}(?<!\b(?:asks?|asked|urges?|urged|invites?|invited|requests?|requested)[ \t\n]++that[ \t\n]++{_SUBJECT})[ \t\n]++{_W}(?:holds?|reiterate|reaffirm)\b(?![ \t\n]++(?:whether|if)\b)"
        rf"|\b(?:we|court)(?<!\b(?:if|whether|unless|when|that)[ \t\n]++(?:(?:the|this)[ \t\n]++)?(?:we|court))[ \t\n]++[^.;?!]{{1,160}}?[ \t\n]and[ \t\n]++hold[ \t\n]++that\b",
        "Accordingly, we hold that the trial court properly dismissed plaintiff's claims."),
    Cue("conclude", rf"{_SUBJECT_NOT_IF}[ \t\n]++{_W}(?:conclude|determine|decide|decline|think)s?\b(?![ \t\n]++(?:whether|if)\b)",
        "The Court concludes that the Court of Appeals did not hold the University to the demanding burden."),
    Cue("find", rf"{_SUBJECT_NOT_IF}[ \t\n]++{_W}finds?\b(?![ \t\n]++(?:whether|if)\b)",
        "The court finds that there was no attorney-client relationship between BSI and the City."),
    Cue("agree", rf"\b{_SUBJECT}[ \t\n]++{_W}(?:dis)?agrees?\b",
        "We agree with the Court of Appeals that the mere fact that evidence is sealed does not suffice."),
    Cue("persuaded", rf"\b{_SUBJECT}[ \t\n]++(?:[^.;:]{{1,80}}?[ \t\n]and[ \t\n]++)?(?:are|is|am)[ \t\n]++(?:not[ \t\n]++)?(?:persuaded|satisfied|convinced|of the opinion)\b"
        r"|\b(?:persuades?|convinces?)[ \t\n]++(?:us|the[ \t\n]++(?:court|board))\b",
        "Thus, we are persuaded that the loan became a recourse obligation."),
    Cue("will_rule", r"\b(?:court|we)[ \t\n]++will[ \t\n]++(?:not[ \t\n]++)?(?:dismiss|grant|deny|remand|affirm|reverse|strike|enter|award|exclude|admit|sustain|overrule|seal|unseal|apply|reduce|offset)\b",
        "Therefore, this Court will not dismiss Plaintiff\u2019s official capacity claims for prospective injunctive relief."),
    Cue("see_no", r"\b(?:we|court)[ \t\n]++(?:see|discern|perceive)[ \t\n]++no\b",
        "But we see no reason to limit Rule 60(b)(1) to obvious legal mistakes."),
    Cue("connective", r"^[\"'\u201c(]?(?:Accordingly|Therefore|Thus|Consequently|Hence|In[ \t\n]++(?:sum|summary|short|conclusion)|As[ \t\n]++a[ \t\n]++result|For[ \t\n]++(?:these|the[ \t\n]++(?:foregoing|reasons))|So|Finding[ \t\n]++no)\b|^[^,.;\n]{1,80}+,[ \t\n]++(?:then|therefore|thus|accordingly|consequently|hence),",
        "Therefore, we find that Mr. Bordelon was at risk in 2011 for the Kilgore Loan.", ignore_case=False),
    Cue("here", r"^(?:Here|In[ \t\n]++the[ \t\n]++(?:present|instant)[ \t\n]++(?:case|matter)|In[ \t\n]++this[ \t\n]++case|In[ \t\n]++the[ \t\n]++case[ \t\n]++at[ \t\n]++bar)\b",
        "Here, the record refutes Jagels' claim that her guilty pleas were the result of coercion.", ignore_case=False),
    Cue("because", r"^(?:Because|Since|Given[ \t\n]++that|As)\b",
        "Because the Court of Appeals did not apply the correct standard, its decision was incorrect.", ignore_case=False),
    Cue("outcome", r"\b(?:fail(?:s|ed)?[ \t\n]++to[ \t\n]++state|fails?\b|lacks?[ \t\n]++(?:merit|the[ \t\n]++requisite|standing|jurisdiction)|(?:is|are)[ \t\n]++(?:not[ \t\n]++)?entitled[ \t\n]++to\b|(?:does|do|did)[ \t\n]++not[ \t\n]++(?:apply|violate|control|permit|require|constitute|establish|abuse|err)|no[ \t\n]++genuine[ \t\n]++(?:issue|dispute)|as[ \t\n]++a[ \t\n]++matter[ \t\n]++of[ \t\n]++law|properly|(?:is|was|are|were)[ \t\n]++(?:not[ \t\n]++)?(?:\p{L}{2,20}?ly[ \t\n]++)?(?:warranted|unenforceable|inappropriate|appropriate|timely|untimely|barred|moot|harmless|insufficient|sufficient|cognizable|irrelevant|inadmissible|admissible|proper|improper|required|preempted|satisfied|reasonable|unreasonable|excessive|justified|unjustified|foreclosed|void|valid|invalid|enforceable|constitutional|unconstitutional|applicable|inapplicable|meritless|frivolous)\b|cannot[ \t\n]++(?:survive|prevail|stand)|must[ \t\n]++fail|(?:has|have)[ \t\n]++(?:not[ \t\n]++)?(?:adequately[ \t\n]++|sufficiently[ \t\n]++)?(?:established|shown|demonstrated|failed|alleged|pled|pleaded)|is[ \t\n]++plainly|does[ \t\n]++not[ \t\n]++control"
        r"|for[ \t\n]++failure[ \t\n]++to|(?:lacks?|without)[ \t\n]++merit|lacks?[ \t\n]++(?:the[ \t\n]++)?(?:subject[ \t\n-]++matter[ \t\n]++|personal[ \t\n]++|appellate[ \t\n]++)?jurisdiction|(?:has|have)[ \t\n]++(?:not[ \t\n]++)?met[ \t\n]++(?:its|his|her|their|the)[ \t\n]++burden|will[ \t\n]++(?:not[ \t\n]++)?be[ \t\n]++(?:offset|reduced|granted|denied|dismissed|sealed|unsealed|stricken|awarded|excluded|admitted)|refutes?|(?:does|do|did)[ \t\n]++not[ \t\n]++(?:\w++[ \t\n]++){0,4}?(?:make|take|render|suffice|satisfy|support|defeat|preclude))",
        "Accordingly, she has failed to state a claim under the Texas Insurance Code or the DTPA."),
    Cue("evaluative", r"\b(?:makes?[ \t\n]++(?:\w++[ \t\n]++)?clear[ \t\n]++that|erroneous(?:ly)?+|incorrect(?:ly)?+|(?:the|a)[ \t\n]++correct[ \t\n]++(?:analysis|standard|approach|rule|test|reading|interpretation)|too[ \t\n]++narrow(?:ly)?+|(?:text|structure|history|record|evidence)[ \t\n]++(?:\w++[ \t\n]++){0,4}?(?:demonstrates?|establish(?:es)?|shows?|confirms?)[ \t\n]++that|compels?[ \t\n]++(?:the|a|this)[ \t\n]++conclusion|(?:record|evidence)[ \t\n]++(?:amply[ \t\n]++|fully[ \t\n]++|clearly[ \t\n]++)?supports?[ \t\n]++the)\b",
        "But the statutory text and structure of the MVRA demonstrate that restitution under that Act is criminal punishment."),
    Cue("negation", r"\b(?:not|no|neither|nor|never|cannot)\b|n[\u2019']t\b",
        "So Smith v. Doe does not control."),
    # look-alikes
    Cue("past_outcome", r"\b(?:was|were)[ \t\n]++(?:\p{L}{1,20}?ly[ \t\n]++)?(?:dismissed|affirmed|reversed|granted|denied|upheld|vacated)\b",
        "Accordingly, Allah\u2019s claims for compensatory damages are barred by \u00a7 1997e(e) and were appropriately dismissed."),
    Cue("argument", r"\b(?:[Ii]n[ \t\n]++\S{1,40}+[\u2019']s?[ \t\n]++view|[Aa]ccording[ \t\n]++to|argues?|argued|arguing|contends?|contended|asserts?|asserted|maintains|urges?|urged|insists?|posits?|counters?|responds?|responded|suggests?|suggested|avers?|disputes?)\b",
        "Plaintiffs argue that the MOU violates section 6103.", ignore_case=False),
    Cue("party_argues", r"\b(?:Plaintiffs?|Defendants?|Appellants?|Appellees?|Petitioners?|Respondents?|Movants?|Government|State|Commissioner|County|City|Debtors?|[\p{Lu}][\w\-]++)[ \t\n]++(?:\w++[ \t\n]++)?(?:argues?|argued|contends?|contended|asserts?|asserted|maintains|urges?|insists?|posits?|counters?|responds?|suggests?|avers?|claims?[ \t\n]++that|believes?|seeks?)\b",
        "Defendants respond that the documents are confidential.", ignore_case=False),
    Cue("party_subject", r"^(?:[\p{Lu}][\w.\u2019'\-]*+[ \t\n]++){0,4}?(?:the[ \t\n]++)?(?:Plaintiffs?|Defendants?|Appellants?|Appellees?|Petitioners?|Respondents?|Movants?|Government|State|Commissioner|County|City|Debtors?|Relators?|parties|plaintiffs?|defendants?)[\u2019']?s?\b",
        "Defendants respond that the documents are confidential.", ignore_case=False),
    Cue("quotation", r"^[\"'\u201c\u2018]|[\"\u201c][^\"\u201d]{60,2000}+[\"\u201d]",
        "\u201cA preliminary injunction is an extraordinary remedy never awarded as of right.\u201d", ignore_case=False),
    Cue("case_cite", r"\b\d{1,4}+[ \t\n]++(?:U\.[ \t]?S\.|S\.[ \t]?Ct\.|L\.[ \t]?Ed\.|F\.[ \t]?(?:2d|3d|4th|Supp\.)|F\.|[A-Z][A-Za-z.]{0,12}+[ \t]?(?:2d|3d|4th)?|Conn\.|N\.C\.[ \t]?App\.|Wis\.[ \t]?2d|S\.E\.[ \t]?2d|N\.W\.[ \t]?2d|P\.[ \t]?[23]d|A\.[ \t]?[23]d)[ \t\n]++\d{1,5}+\b|\b\d{1,4}+[ \t\n]++\p{Lu}[\w.]{0,15}+(?:[ \t]?\p{Lu}[\w.]{0,10}+)?[ \t\n]++at[ \t\n]++\d|\bId\.|\bid\.,?[ \t\n]++at\b|\b[Ss]ee(?:,?[ \t\n]++e\.g\.,?|[ \t\n]++also)?[ \t\n]++\p{Lu}[\w.'\u2019]*+[ \t\n]++v\.",
        "See Kron v. Thelen, 178 Conn. 189 (1978).", ignore_case=False),
    Cue("signal_start", r"^(?:See|Cf\.|But[ \t\n]++see|Compare|Accord|Id\.|Ibid\.|\(|quoting|citing)\b",
        "See id. at 5 (quoting Smith v. Jones).", ignore_case=False),
    Cue("other_court", r"\b(?:courts?[ \t\n]++(?:have|has)[ \t\n]++(?:held|found|recognized|concluded)|(?:Court|court)[ \t\n]++(?:held|explained|stated|noted|observed|reasoned|recognized)|held[ \t\n]++that|has[ \t\n]++(?:long[ \t\n]++)?held|have[ \t\n]++(?:long[ \t\n]++)?held|(?:Supreme|Circuit)[ \t\n]++Court)\b",
        "In Grutter, the Court held that a university may consider race.", ignore_case=False),
    Cue("history", r"\b(?:the[ \t\n]++(?:district|trial|circuit|motion|lower|bankruptcy|superior|probate|family|juvenile|magistrate|court[ \t\n]++of[ \t\n]++appeals)|the[ \t\n]++(?:Board|ALJ|jury|agency|Tax[ \t\n]++Court))[ \t\n]++(?!properly|correctly|rightly)(?:\w+[ \t\n]++)?(?:granted|denied|found|held|concluded|ruled|entered|dismissed|determined|issued|rejected|awarded|sentenced|instructed|returned|affirmed|reasoned)\b",
        "The district court issued a judgment in favor of Appellees and dismissed St. Pierre's suit."),
    Cue("standard", r"\b(?:standard[ \t\n]++of[ \t\n]++review|de[ \t\n]++novo|to[ \t\n]++survive[ \t\n]++a[ \t\n]++motion|summary[ \t\n]++judgment[ \t\n]++is[ \t\n]++(?:appropriate|proper)|we[ \t\n]++review|is[ \t\n]++reviewed|(?:court|we)[ \t\n]++must[ \t\n]++(?:accept|construe|view|determine|consider|draw)|a[ \t\n]++(?:court|party|plaintiff|movant)[ \t\n]++(?:may|must)|the[ \t\n]++(?:moving|nonmoving|non-moving)[ \t\n]++party|bears?[ \t\n]++the[ \t\n]++burden|(?:legal|applicable|governing)[ \t\n]++standard|abuse[ \t\n]++of[ \t\n]++discretion[ \t\n]++standard|clearly[ \t\n]++erroneous|is[ \t\n]++(?:an[ \t\n]++)?extraordinary[ \t\n]++remedy|must[ \t\n]++(?:establish|show|demonstrate)[ \t\n]++that)\b",
        "To survive a motion to dismiss, a complaint must contain sufficient factual matter."),
    Cue("hedge", r"\b(?:may|might|assuming|arguably|perhaps|possibly|need[ \t\n]++not[ \t\n]++(?:decide|reach|address)|do[ \t\n]++not[ \t\n]++(?:decide|reach|address)|express[ \t\n]++no[ \t\n]++(?:view|opinion)|(?<!\beven[ \t\n])if)\b",
        "Assuming without deciding that the statute applies, the claim may still fail."),
    Cue("decretal", r"\b(?:IT[ \t\n]++IS[ \t\n]++(?:HEREBY[ \t\n]++)?ORDERED|SO[ \t\n]++ORDERED|ORDER(?:S|ED)|orders?[ \t\n]++as[ \t\n]++follows|GRANT(?:S|ED)|DEN(?:IES|IED)|AFFIRM(?:S|ED)|REVERS(?:ES|ED)|VACATE[SD]?|REMAND(?:S|ED)|DISMISS(?:ES|ED)|(?:is|are)[ \t\n]++(?:hereby[ \t\n]++)?(?:granted|denied|dismissed|overruled|sustained|remanded|affirmed|reversed|vacated)|TERMINATE[SD]?|(?:[Ww]e|Court)[ \t\n]++(?:therefore[ \t\n]++|thus[ \t\n]++)?(?:affirm|reverse|vacate|remand|grant|deny|dismiss)(?:s|es)?[ \t\n]++(?:the|this|in|and|[\p{L}\u2019']++[\u2019']s?[ \t\n]++(?:motion|application|request|petition|judgment|decision|order)))\b",
        "Accordingly, the motion to set aside the verdict and the motion for an additur are denied.", ignore_case=False),
    Cue("procedural", r"\b(?:hearing|oral[ \t\n]++argument|briefing|scheduled?|continued|continuance|deadline|status[ \t\n]++conference|is[ \t\n]++directed|shall[ \t\n]++file|is[ \t\n]++set[ \t\n]++for|calendar|clerk|pending|no[ \t\n]++later[ \t\n]++than)\b",
        "The hearing on the motion is continued to June 7, 2019."),
    Cue("court_past", r"\b(?:this|the|[Tt]he[ \t\n]++(?:trial|district|circuit|motion|lower))[ \t\n]++[Cc]ourt[ \t\n]++(?!properly|correctly|rightly)(?:\w++[ \t\n]++)?(?:found|held|concluded|determined|ruled|explained|reasoned)\b|\bIn[ \t\n]++\p{Lu}[\w.\u2019']++(?:[ \t\n]++v\.[^,]{1,60}+)?,[ \t\n]++(?:the|this|we)\b",
        "In Cochran, this Court found the chain of custody was sufficient.", ignore_case=False),
    Cue("individual", r"\bI[ \t\n]++(?:\w++[ \t\n]++)?(?:note|will|do|would|believe|write|agree|concur|dissent|am|have|think|join|disagree)\b",
        "I note that Justice Markman has properly decided not to participate in this case.", ignore_case=False),
    Cue("question", r"\?[\"'\u201d\u2019)]*+$",
        "Does the MOU violate the Code?"),
    Cue("discusses_case", r"\b[Ii]n[ \t\n]++\p{Lu}[\w.'\u2019]*+(?:[ \t\n]++[\w.'\u2019&]++){0,6}?[ \t\n]++v\.[ \t\n]*+\p{Lu}|^(?:[\w,]++[ \t\n]++){0,3}?(?:[Ii]n|[Uu]nder)[ \t\n]++\p{Lu}\p{Ll}++,[ \t\n]++(?:the|this|we|a)\b",
        "Similarly, in Mainolfi v. ZoningBoard of Appeals, Derby, the court denied a motion to disqualify."),
    Cue("modal_rule", r"\b(?:must|may|should|shall)[ \t\n]++(?:not[ \t\n]++)?(?:be[ \t\n]++)?\p{Ll}++",
        "Thus, parties seeking to seal court documents must establish good cause or demonstrate compelling reasons for doing so."),
    Cue("lead_in", r":[\"'\u201d\u2019)]{0,2}+$",
        "Consideration by the university is of course necessary, but it is not sufficient to satisfy strict scrutiny:"),
    Cue("narrative", r"\b(?:testified|reiterated|told|said|purchased|transported|signed|sent|wrote|telephoned|arrived|met|visited|pleaded|pled[ \t\n]++guilty|was[ \t\n]++charged|were[ \t\n]++charged)\b",
        "Then at the plea hearing, she reiterated that the pleas were knowing and voluntary."),
    Cue("we_court", r"\b(?:we|our|us|this[ \t\n]++court|the[ \t\n]++court|the[ \t\n]++board|i)\b",
        "We conclude the trial judge did not abuse his discretion."),
)

COMPILED: tuple[tuple[str, "regex.Pattern[str]"], ...] = tuple(
    (c.name, regex.compile(c.pattern, regex.IGNORECASE if c.ignore_case else 0)) for c in CUES
)
"""The cues, compiled; most ignore case (the decretal and citation cues read capitals)."""


VETOES: tuple[Cue, ...] = (
    Cue("party_argument", r"^(?:[\p{Lu}][\w.\u2019'\-]*+,?[ \t\n]++){1,5}?(?:(?!we\b)\w++[ \t\n]++)?(?:argues?|argued|contends?|contended|asserts?|asserted|maintains|urges?|urged|insists?|submits?|responds?|responded|counters?|suggests?|posits?|disagrees?|explains|explained)\b"
        r"(?![\s\S]{0,240}?\b(?:and|but)[ \t\n]++we[ \t\n]++(?:agree|conclude|hold|find)\b)",
        "St. Pierre contends that the district court erred by finding that the City could not act as an agent.", ignore_case=False),
    Cue("party_view", r"\bin[ \t\n]++(?:the[ \t\n]++)?\p{Lu}[\w\-.]{0,40}+(?:[ \t\n]++\p{Lu}[\w\-.]{0,40}+)?[\u2019']s?[ \t\n]++view\b|\baccording[ \t\n]++to[ \t\n]++(?:the[ \t\n]++)?(?:plaintiffs?|defendants?|appellants?|appellees?|petitioners?|respondents?|government|state)\b",
        "So, in Kemp's view, his motion was cognizable under Rule 60(b)(6)."),
    Cue("framing", r"\b(?:court|we)[ \t\n]++(?:must|will|should|need[ \t\n]++to|now|fi?rst|next|then)[ \t\n]++(?:fi?rst[ \t\n]++|next[ \t\n]++|now[ \t\n]++)?(?:determine|decide|consider|address|examine|turn|analyze|assess|explain|discuss)\b|^The[ \t\n]++(?:first|next|second|third|remaining|only|central|threshold)[ \t\n]++(?:question|issue)\b|\b(?:question|issue)[ \t\n]++(?:before[ \t\n]++(?:us|the[ \t\n]++court)|presented)[ \t\n]++is[ \t\n]++whether\b",
        "Accordingly, the Court must determine whether each of the theories was properly disclosed."),
    Cue("decretal_lead_in", r"\b(?:orders?|ORDERS?|ORDERED)\b[^\n:]{0,40}+:$",
        "For the reasons stated on the record, the Court orders as follows:", ignore_case=False),
    Cue("standard_of_review", r"\b(?:we|court)[ \t\n]++reviews?\b|\bstandard[ \t\n]++of[ \t\n]++review\b|\bde[ \t\n]++novo\b|\bto[ \t\n]++survive[ \t\n]++a[ \t\n]++motion\b",
        "We review a district court's dismissal of a complaint for failure to state a claim de novo."),
    Cue("rule_statement", r"\b(?:is|are)[ \t\n]++(?:only[ \t\n]++)?(?:appropriate|proper|warranted|available)[ \t\n]++(?:only[ \t\n]++)?(?:where|when|if|unless)\b|^An?[ \t\n]++(?:plaintiff|party|movant|defendant|court|complaint|litigant|petitioner)[ \t\n]++(?:must|may|need|should|bears)\b"
        r"|\bin[ \t\n]++order[ \t\n]++to[ \t\n]++[^,;]{1,120}+,[ \t\n]++an?[ \t\n]++(?:\p{Ll}++[ \t\n]++){1,2}?(?:must|need|should|may)\b",
        "Summary judgment is appropriate where there is no genuine dispute as to any material fact."),
    Cue("lower_court_history", r"^(?:[\w,\u2019']++[ \t\n]++){0,4}?the[ \t\n]++(?:district|trial|circuit|motion|lower|bankruptcy|superior|probate)[ \t\n]++court[ \t\n]++(?!properly|correctly|rightly|erred|did[ \t\n]++not)(?:\w++[ \t\n]++)?(?:granted|denied|issued|entered|dismissed|held|found|concluded|ruled|determined|rejected|explained|reasoned|noted)\b",
        "The district court issued a judgment in favor of Appellees and dismissed St. Pierre's suit."),
    Cue("left_undecided", r"\bassuming[ \t\n]++without[ \t\n]++deciding|\bneed[ \t\n]++not[ \t\n]++(?:decide|reach|address)|\bwe[ \t\n]++do[ \t\n]++not[ \t\n]++(?:decide|reach)|\bexpress[ \t\n]++no[ \t\n]++(?:view|opinion)|\bis[ \t\n]++a[ \t\n]++question[ \t\n]++for[ \t\n]++the\b|\bwe[ \t\n]++leave[ \t\n]++(?:it|that|this|the)\b"
        r"|\b(?:court|we)[ \t\n]++(?:therefore[ \t\n]++)?(?:does|do)[ \t\n]++not[ \t\n]++(?:consider|decide|reach|address)\b|\b(?:no|not)[ \t\n]++(?:cause|need|occasion)[ \t\n]++to[ \t\n]++(?:define|decide|reach|address|consider)\b|^We[ \t\n]++assume\b|\b(?:we|court)[ \t\n]++(?:are|is)[ \t\n]++not[ \t\n]++saying\b|\bwe[ \t\n]++do[ \t\n]++not[ \t\n]++(?:suggest|mean|imply)\b|\bthis[ \t\n]++(?:memorandum(?:[ \t\n]++of[ \t\n]++decision)?|opinion|order|ruling)[ \t\n]++(?:only[ \t\n]++addresses|does[ \t\n]++not[ \t\n]++address)\b"
        r"|\bdeclines?[ \t\n]++to[ \t\n]++(?:address|reach|consider|decide|do[ \t\n]++so)\b",
        "Assuming without deciding that the statute applies, the claim may still fail."),
    Cue("order_formula", r"^On[ \t\n]++order[ \t\n]++of[ \t\n]++the[ \t\n]++Court\b",
        "On order of the Court, the application for leave to appeal is considered, and it is DENIED, because we are not persuaded that the questions presented should be reviewed by this Court.",
        ignore_case=False),
    Cue("argument_is_that", r"\b(?:argument|contention|position|theory)[ \t\n]++(?:[\w\u2019',]++[ \t\n]++){0,6}?is[ \t\n]++that\b",
        "Thus, defendant Duke Energy's first argument is that the regulations as alleged by plaintiff do not apply to the subject utility pole."),
    Cue("court_in_case", r"\b(?:court|Court)[ \t\n]++in[ \t\n]++\p{Lu}[^;:]{0,120}?,[ \t\n]++(?:supra,[ \t\n]++)?(?:held|found|concluded|ruled|stated|noted|explained|reasoned|determined)\b",
        "In denying a motion to disqualify, the court in Moss v.Coughlin, supra, found that the issues involved in pursuing a negligence action were not so patently clear.",
        ignore_case=False),
    Cue("precedent_opening", r"^(?:\p{Lu}\p{Ll}++,[ \t\n]++)?[Ii]n[ \t\n]++\p{Lu}[\w.'\u2019]*+(?:[ \t\n]++[\w.'\u2019&]++){0,6}?[ \t\n]++v\.",
        "Similarly, in Mainolfi v. ZoningBoard of Appeals, Derby, Superior Court, the court denied a motion to disqualify.",
        ignore_case=False),
    Cue("pronoun_past", r"^It[ \t\n]++(?:then[ \t\n]++|also[ \t\n]++|further[ \t\n]++|first[ \t\n]++|next[ \t\n]++|ultimately[ \t\n]++)?(?:concluded|held|found|determined|ruled|reasoned|explained|noted|rejected)\b",
        "It then concluded that St. Pierre failed to state any viable claims against Appellees under the Texas Insurance Code or the DTPA.",
        ignore_case=False),
    Cue("burden_framing", r"\b(?:must|needs?[ \t\n]++to|has[ \t\n]++to)[ \t\n]++(?:show|establish|prove|demonstrate)\b|\b(?:must|should|will)[ \t\n]++(?:assess|determine|decide|consider|examine)[ \t\n]++whether\b",
        "Thus, Mr. Bordelon must show: (1) that he was personally liable for the Many Loan and (2) that he was not protected against loss."),
    Cue("disclaimer", r"\b(?:ruling|holding|decision|opinion|conclusion)[ \t\n]++(?:today[ \t\n]++)?does[ \t\n]++not[ \t\n]++(?:mean|suggest|imply)\b",
        "Our ruling today does not mean that a restitution statute can never be civil."),
    Cue("posture", r"^(?:Presently[ \t\n]++|Currently[ \t\n]++)?(?:pending|before)[ \t\n]++(?:before[ \t\n]++)?(?:the[ \t\n]++|this[ \t\n]++)?(?:Court[ \t\n]++)?(?:is|are)\b",
        "Presently pending is Moving Defendants Steve Johnson, Sean Patterson, and Amy Emrich\u2019s motion to dismiss the complaint.",
        ignore_case=True),
    Cue("conditional_rule", r"\b(?:when|if|where|whenever)[ \t\n]++an?[ \t\n]++\p{Ll}++[^,;]{0,160}+,[ \t\n]++(?:the|a)[ \t\n]++(?:court|defendant|plaintiff|party|judge|employer|agency)[ \t\n]++(?:may|must|can|shall|need)\b",
        "In addition, when a defendant does not make the required restitution payments, the court may modify the terms of his supervised release or probation."),
    Cue("filing_directive", r"\bno[ \t\n]++later[ \t\n]++than\b|\b(?:shall|must|is[ \t\n]++to)[ \t\n]++(?:be[ \t\n]++)?file[ds]?\b",
        "The Joint Status Report must be filed no later than Wednesday, June 5, 2019."),
    Cue("opens_with_quotation", r"^[\"\u201c\u2018']",
        "\u201cA statute should not be interpreted to thwart its purpose.\u201d", ignore_case=False),
    Cue("citation_sentence", r"^(?:See|Id\.|Cf\.|But[ \t\n]++see|Compare|Accord)(?:\b|[ \t\n,])",
        "See Iqbal, 556 U.S. at 678.", ignore_case=False),
    Cue("separate_voice", r"^(?:\p{Lu}\w*+,?[ \t\n]++){0,2}?I[ \t\n]++(?!\.)",
        "I note that Justice Markman has properly decided not to participate in this case.", ignore_case=False),
    Cue("testimony", r"^(?:\[[QA][.:]?+\]|[QA]:|Q\.)[ \t]",
        "[Q:] You went back four days later and picked Jason White's photograph out of a lineup; did you not?", ignore_case=False),
    Cue("party_pronoun_argues", r"^(?:\p{Lu}\p{Ll}++,[ \t\n]++)?(?:[Hh]e|[Ss]he|[Tt]hey)[ \t\n]++(?:also[ \t\n]++|further[ \t\n]++|then[ \t\n]++)?(?:concludes?|argues?|contends?|claims?|asserts?|maintains?|insists?|urges?)\b",
        "Consequently, he concludes he did not lie to the State, that he was truthful, and the trial court was obligated to dismiss the murder charges.", ignore_case=False),
    Cue("dated_history", r"^(?:On|In|By)[ \t\n]++(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)[ \t\n]++(?:\d{1,2}+,?+[ \t\n]++)?)?\d{4}+\b",
        "On February 21, 2020, the Court ordered Plaintiff to show cause why the claims should not be dismissed for failure to effect timely service.", ignore_case=False),
    Cue("form_or_signature_block", r"_{4,}+|(?<=[\w.+\-])@[\w\-]{1,63}+\.\p{L}{2,}+|\(\d{3}\)[ \t]?+\d{3}-\d{4}\b",
        "KILPATRICK TOWNSEND & STOCKTON LLP 1100 Peachtree Street, Suite 2800 Atlanta, GA 30309-4530 (404) 815-6095 rwilliamson@kilpatrickstockton.com"),
    Cue("publication_notice", r"\b(?:is|are)[ \t\n]++(?:not|non)[ \t\n\-]?+precedential\b|\bnot[ \t\n]++(?:designated[ \t\n]++)?for[ \t\n]++publication\b"
        r"|\bnot[ \t\n]++(?:be[ \t\n]++)?cited[ \t\n]++as[ \t\n]++precedent",
        "This decision is not precedential and does not establish VA policies or interpretations of general applicability."),
    Cue("other_court_said", r"\b(?:[Cc]ourts?|Justice|Judge)[ \t\n]++(?!properly|correctly|rightly)(?:\w++[ \t\n]++)?(?:held|explained|stated|noted|observed|reasoned|recognized|concluded|found|rejected|upheld|approved|adopted|applied)\b",
        "In Grutter, the Court held that the admissions program was narrowly tailored.", ignore_case=False),
)
"""Sentences these match are never holdings (ANNOTATION: arguments, review standards, quoted or cited rules, separate voices)."""

COMPILED_VETOES: tuple[tuple[str, "regex.Pattern[str]"], ...] = tuple(
    (c.name, regex.compile(c.pattern, regex.IGNORECASE if c.ignore_case else 0)) for c in VETOES
)


class AnyOf:
    """Matches where any of a set of compiled cues does, trying each in turn.

    Searching the cues one by one and stopping at the first that matches is about twice
    as fast as one alternation of them all, which the engine cannot scan for quickly.
    """

    def __init__(self, patterns: "tuple[regex.Pattern[str], ...]") -> None:
        self.patterns = patterns

    def search(self, text: str) -> "Optional[regex.Match[str]]":
        for pattern in self.patterns:
            m = pattern.search(text)
            if m is not None:
                return m
        return None


def _union(cues: "tuple[Cue, ...]") -> AnyOf:
    """What matches where any of ``cues`` does (each keeps its own case rule)."""
    compiled = dict(COMPILED + COMPILED_VETOES)
    return AnyOf(tuple(compiled[c.name] for c in cues))


DECISION_CUES = ("hold", "conclude", "find", "agree", "persuaded", "will_rule", "see_no", "connective", "here", "outcome", "evaluative", "because", "negation")
"""A sentence none of these fire on (and not an answered question) decides nothing: it is not read further."""

ANY_DECISION = _union(tuple(c for c in CUES if c.name in DECISION_CUES))
ANY_VETO = _union(VETOES)
