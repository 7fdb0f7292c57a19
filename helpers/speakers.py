"""Who is the source of a speech cue: the grammar around the cue, and the article's speakers.

An attribution has three parts (as in the Penn Attribution Relations Corpus, PARC 3.0): a
**source** (the speaker as written), a **cue** (said, according to, was quoted as saying) and
a **content** (the claim).  :func:`find_voices` finds every cue of one sentence outside its
quotation marks and, for each, its source and content, with character offsets and a ``rule``
saying how it decided.  The conventions it follows:

* **Cues are lemmas** (``data/speech_cues.csv``); their inflections come from lemminflect,
  which ships its tables in the package (nothing is downloaded).  A cue used as a noun
  ("China's claims", "the U.S. demand") is not a cue.  A verb that can also report an act
  (reject, call, urge, add …; kind ``report`` or ``rebut``) is speech only with a speech
  complement: a that-clause, a quotation, a colon, a to-infinitive demand, or, for
  ``rebut``, a claim as its object ("rejected the accusation", ``data/claim_nouns.txt``).
* **The source before the cue** may be followed by comma-delimited insertions: an apposition
  ("Wei Jianhua, a ministry spokesman, said"), a relative clause ("Marsh, who …, said") or a
  parenthetical ("X, in turn, accused Y"); they are stepped over, and the cue's object is never
  taken as its source.  Titles and initials stay inside a name ("Sen. Mary J. Smith"), and
  "X and Y said" keeps both.
* **Inverted order** ("…,” said Paul Martin, a detective) takes the name group after the cue,
  and its apposition tells the side.
* **The side** comes from the actor codebook inside the source (its head, not a place in a
  modifier: "a diplomat in Beijing" is no Chinese voice; "experts", "analysts" … are third
  parties, ``data/third_party_heads.txt``), else from a title that names a side
  (``data/speaker_titles.csv``: "Sen.", "R-Ohio", "Commerce Secretary"), else from an
  apposition, else from the :class:`Register` of the article's earlier speakers (a surname
  alone, "he", "she", "the spokesperson"), else ``other``, the source kept as written.

The cue lexicon (lemmas, generated inflections, the word lists) is :mod:`helpers.cues`; whom
a source names (codebook, title, apposition, register) is :mod:`helpers.sources`.
"""

from __future__ import annotations

import re

from helpers import sources, verbless
from helpers.cues import CUE_KINDS, Lexicon, cue_forms, lexicon, naming
from helpers.register import Register
from helpers.sources import (
    _PARTY_TAG,
    _PREPOSITIONS,
    _TIME_WORDS,
    _is_name_word,
    _outside,
    _source_span,
    _subject,
    _title_abbreviation,
    _Tok,
)

__all__ = ["CUE_KINDS", "Lexicon", "Register", "cue_forms", "find_voices",
           "lexicon"]

_WORDS = re.compile(r"\w+")
_STOPS = re.compile(r"[.;:!?]")
_STOPS_OR_COMMA = re.compile(r"[.,;:!?]")
_INITIALISMS = re.compile(r"\b(?:[A-Z]\.){2,}")   # "U.S.", "U.N.": no full stop
_LEAD = re.compile(r"[\s,]*(?:(?:in a statement|on \w+day|in an interview|to reporters|"
                   r"reporters|on \w+|at a \w+ \w+)[\s,]*)*(?:that\s+)?")


# ------------------------------------------------------------------------------ register
# ------------------------------------------------------------------------------ grammar
def _quote_before(text: str, position: int, quoted, reach: int = 0) -> bool:
    """A quotation that introduces speech ends right before ``position``: its last words
    end in punctuation (“…,” / “….”) or a comma follows the mark, and at most ``reach``
    words (the source: “…,” he added) stand between."""
    for a, b in quoted:
        if b > position:
            continue
        between = text[b:position]
        if len(between.replace(",", " ").split()) > reach or _STOPS.search(between):
            continue
        if text[a:b].rstrip("”\"’'»")[-1:] in ",.?!…" or between.lstrip().startswith(","):
            return True
    return False


#: A report by an outlet: with "…, citing X" after it, X is the source.
_REPORTED = frozenset({"reported", "reports", "reporting"})
#: How the adjectives of nationality end ("American", "Chinese", "Russian", "British").
_ADJECTIVE_ENDINGS = ("can", "ese", "ian", "ish")


#: A new clause of the reporter's between a claim and a later source (", as experts warned").
_NEW_CLAUSE = re.compile(r",\s+(?:as|while|but|whereas|although)\b|;")

#: Heads of a source besides the role, institution and third-party nouns of data/.
_SOURCE_HEADS = frozenset({"government", "side", "country", "capital", "company", "group",
                           "committee", "council", "panel", "court", "party"})


def _noun_use(toks: list[_Tok], k: int, lemma: str, lex: Lexicon) -> bool:
    """Whether the cue word at ``k`` is used as a noun: "China's claims", "the U.S. demand",
    "its warning"."""
    word = toks[k].word
    prev = toks[k - 1] if k else None
    if prev is not None and (word.endswith("ed") or word in lex.past) and (
            prev.word in ("a", "an") or prev.word in ("the", "its", "their", "his", "her")
            and k + 1 < len(toks) and not toks[k + 1].punct):
        return True     # "in a written response", "the alleged fraud": an adjective
    if word.endswith("ed") or word in lex.past or word in ("says",):
        return False    # a past form ("wrote", "told") is a verb: "the diplomat wrote"
    if prev is None:
        return False
    if prev.word in lex.determiners or prev.word == "'s":
        return True
    if prev.token[:1].isupper() and prev.word.endswith(_ADJECTIVE_ENDINGS):
        return True        # "American charges", "Chinese claims": a nationality adjective
    before = toks[k - 2] if k > 1 else None
    if before is not None and (before.word in lex.determiners or before.word == "'s"):
        if word == lemma and _is_name_word(prev):
            return True        # "the U.S. demand": a base form after "the" + a name
        if word != lemma and word.endswith("s") and (
                prev.word in lex.role_nouns or prev.word in lex.institutions
                or prev.word in lex.third_party or prev.word in _SOURCE_HEADS):
            return False       # "The ministry warns that …", "Each government accuses …"
        if not prev.punct and not _is_name_word(prev) and prev.word not in lex.aux:
            return True        # "China's sweeping claims", "the latest warning"
    return False


def _modifier_use(toks: list[_Tok], k: int, lex: Lexicon) -> bool:
    """Whether the cue word at ``k``, inside a source phrase, modifies the noun after it
    ("state media", "Chinese state media"): its base form right before another lower-case
    word that is not a determiner, pronoun or preposition.  A cue noun with a clause after it
    ("a claim the spokesperson dismissed") still ends the phrase."""
    word, nxt = toks[k].word, toks[k + 1]
    return word == lex.forms[word][0] and not nxt.punct and not _is_name_word(nxt) \
        and nxt.word not in lex.forms and nxt.word not in lex.determiners \
        and nxt.word not in lex.pronouns and nxt.word not in _PREPOSITIONS \
        and nxt.word not in ("that", "and", "or", "to")


def _complement(text: str, toks: list[_Tok], k: int, kind: str, lex: Lexicon, quoted) -> bool:
    """Whether a report/rebut cue at ``k`` has a speech complement after (or a quotation
    right before) it."""
    cue = toks[k]
    if kind == "stance":   # "China views Taiwan as its own territory": "as" in the clause
        for tok in toks[k + 1:k + 10]:
            if tok.punct or tok.word in lex.clause_breaks:
                return False
            if tok.word == "as":
                return True
        return False
    if _quote_before(text, cue.start, quoted, reach=6):
        return True
    if _trailing(toks, k):
        return True         # "The measures violate the rules, it added.": the claim before it
    if lex.forms[cue.word][0] == "continue":
        return False        # only after its quotation ("…,” the article continued)
    if kind == "report" and any(t.word == "what" for t in toks[max(0, k - 3):k - 1]):
        return True         # "staged what it called combat patrols": a naming, the side's
    if 2 <= k < len(toks) - 1 and toks[k - 2].token == "," and toks[k + 1].token == "," and (
            toks[k - 1].word in lex.pronouns or _is_name_word(toks[k - 1])):
        return True         # "The demand, he added, “will backfire”": a parenthetical source
    if kind == "rebut" and _claim_noun_before(toks, k, lex):
        return True         # "…, a charge Beijing rejected": the charge is what is rebutted
    for a, _ in quoted:   # "called the visit “provocative”", "rejected the ruling as “void”",
        between = _INITIALISMS.sub("", text[cue.end:a])   # "called the prosecutions part of a
        #                                                     campaign to “contain”", "the U.S. move"
        if a >= cue.end and not _STOPS_OR_COMMA.search(between) and not any(
                w.lower() in lex.clause_breaks for w in between.split()):
            return True
    rest = toks[k + 1:k + 10]
    if lex.forms.get(cue.word, ("",))[0] == "call" and naming(rest, lex):
        return True         # "Beijing calls them protectionism", "called it a violation"
    for n, tok in enumerate(rest):
        if tok.word == "that" and (n == 0 or n <= 3 and (rest[0].word in _BEFORE_THAT
                                                          or rest[0].word in _TIME_WORDS)):
            return True     # "announced on Tuesday that …", not "added eleven firms that …"
        if tok.token == ":" and n == 0:
            return True
        if tok.token in ("'", "’") and n and rest[n - 1].word.endswith("s"):
            continue        # "rejected the lawmakers' claims": a plural's possessive mark
        if tok.punct or tok.word in lex.clause_breaks:
            break
        if kind == "rebut" and tok.word == "to" and n == 0:
            break           # "refused to comment on the reports": an act, whatever follows
        if kind == "rebut" and tok.word in lex.claim_nouns:
            return True
        if kind == "report" and tok.word == "to" and n > 0 and n + 1 < len(rest) \
                and lex.forms[cue.word][0] != "add" \
                and not rest[n + 1].punct and not _is_name_word(rest[n + 1]) \
                and rest[n + 1].word not in lex.determiners:
            return True        # "urged Washington to stop", "called on both sides to talk"
            #                    (not "added equipment used to make cells to the list")
    return False


def _trailing(toks: list[_Tok], k: int) -> bool:
    """A cue that ends its sentence after a comma and a short source: "…, it added.",
    "…, the ministry added on Friday."."""
    rest = [t for t in toks[k + 1:] if not t.punct]
    if len(rest) > 3 or any(t.word not in _TIME_WORDS and t.word not in ("on", "in", "a",
                                                                          "statement")
                            for t in rest):
        return False
    back = next((n for n in range(k - 1, max(-1, k - 6), -1) if toks[n].punct), None)
    return back is not None and toks[back].token == "," and back < k - 1


def _claim_noun_before(toks: list[_Tok], k: int, lex: Lexicon) -> bool:
    """Whether the rebut cue at ``k`` closes a clause about a claim noun before its source:
    "a charge Beijing rejected", "an accusation that Washington has denied"."""
    j = k - 1
    while j >= 0 and (toks[j].word in lex.aux or toks[j].word in lex.determiners):
        j -= 1          # "has", "had"
    names = 0
    while j >= 0 and _is_name_word(toks[j]) and names < 4:
        j, names = j - 1, names + 1
    if not names or j < 1:
        return False
    if toks[j].word in ("that", "which"):
        j -= 1
    return toks[j].word in lex.claim_nouns and toks[j - 1].word in lex.determiners


def _before_tag(toks: list[_Tok], j: int) -> int:
    """The token before a bracketed abbreviation or party tag that ends at ``j`` ("(MOFCOM)",
    "(R-Ohio)", "(D-N.J.)"), else ``j``."""
    if toks[j].token != ")":
        return j
    opening = next((n for n in range(j - 1, max(0, j - 6), -1) if toks[n].token == "("), None)
    inside = "".join(t.token for t in toks[opening + 1:j]) if opening else ""
    return opening - 1 if opening and (inside.isupper() or _PARTY_TAG.match(inside)) else j


def _np_before(toks: list[_Tok], j: int, lex: Lexicon) -> tuple[int, int] | None:
    """The source phrase ending at token ``j``: back to punctuation or a boundary word."""
    i = j
    count = 0
    while i >= 0 and count < _MAX_SOURCE:
        tok = toks[i]
        if tok.punct:
            before_tag = _before_tag(toks, i)
            if before_tag < i:   # (a tag does not count towards the source's length)
                i = before_tag
                continue       # "the Ministry of Commerce (MOFCOM) said": its abbreviation;
                #                "Rep. Ann Ray (R-Ohio) said": her party and state
            if tok.token == "." and i > 0 and _title_abbreviation(toks[i - 1], lex):
                i -= 1
                count += 1
                continue       # "Sen." and "J." stay inside the name
            break
        if tok.word in lex.boundaries:
            if tok.word == "and" and i < j and _left_conjunct(toks, i, lex):
                i -= 1
                count += 1
                continue       # "Rep. Dana Whitfield and Sen. Tom H. Ashby said", "The
                #                Chinese Embassy and several analysts said"
            break
        if tok.word in lex.forms and i < j and not _is_name_word(tok) \
                and not _modifier_use(toks, i, lex):
            break              # another cue: "Beijing said, denying it ..." stops here
        i -= 1
        count += 1
    if count >= _MAX_SOURCE or i == j:
        return None
    lo = i + 1
    if lo >= 2 and toks[lo - 1].word == "who" and not toks[lo - 2].punct:
        # "Lawmakers who backed the measure cited …": the clause restricts the source before it
        antecedent = _np_before(toks, lo - 2, lex)   # (the source is the antecedent alone)
        if antecedent is not None:
            return antecedent
    for k in range(lo, j - 1):
        if toks[k].word in lex.claim_nouns and toks[k + 1].word in ("by", "from") \
                and k + 2 <= j:
            lo = k + 2     # "remarks by a U.S. official who …": the official is the source
        if toks[k].word in lex.determiners and not _is_name_word(toks[k + 1]) \
                and toks[k + 1].word in lex.claim_nouns | _ACT_NOUNS \
                and (_is_name_word(toks[k + 2]) or toks[k + 2].word in ("the", "its", "their")):
            lo = k + 2     # "a move Beijing said would …", "a claim the ministry denied":
            #                the noun is the reporter's, the name after it the source
    return lo, j


#: Nouns of an act or a step that a reduced relative clause describes ("a move Beijing said
#: would …"): with a name right after them they are not part of the source.
_ACT_NOUNS = frozenset({"move", "step", "measure", "decision", "plan", "policy", "action",
                        "rule", "ban", "deal", "sale", "visit", "trip", "charge"})

#: Lower-case words a joined source's first noun phrase may hold besides names, nouns of
#: offices and third parties, determiners and prepositions ("senior officials and experts").
_SOURCE_ADJECTIVES = frozenset({"senior", "top", "local", "other", "several", "military",
                                "defense", "defence", "government", "state", "federal",
                                "provincial", "municipal", "trade", "foreign", "two", "three"})


def _left_conjunct(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """Whether the words before the "and" at ``i`` are a noun phrase that the source joins
    ("Chinese officials and experts", "The embassy and two analysts"), not a clause ("The
    ships collided and officials said"): they end in a name, a role noun or a third party's
    head, and hold no verb."""
    if i == 0:
        return False
    nouns = lex.role_nouns | lex.third_party | lex.institutions
    last = _before_tag(toks, i - 1)   # "Rep. Ann Ray (R-Ohio) and …"
    if last < 0 or not (_is_name_word(toks[last]) or toks[last].word in nouns):
        return False
    n = last
    while n >= 0 and not toks[n].punct and (n == last or toks[n].word not in lex.boundaries):
        t = toks[n]
        if not (_is_name_word(t) or t.word in nouns or t.word in lex.determiners
                or t.word in _PREPOSITIONS or t.word in lex.portfolios or t.word == "'s"
                or t.word in _SOURCE_ADJECTIVES):
            return False
        n -= 1
    return True


def _apposition_before(toks: list[_Tok], before: int, inserts: list, lex: Lexicon):
    """Step over an apposition before a relative clause too: "Zhou Ming, a researcher at the
    academy, which is affiliated with the ministry, said" (the name, not the apposition, is
    the source); "In Beijing, the ministry, which …, said" keeps "the ministry"."""
    found = _np_before(toks, before, lex) if before >= 0 else None
    if found is None or toks[found[0]].word not in ("a", "an", "the") or found[0] < 2 \
            or toks[found[0] - 1].token != "," or not _is_name_word(toks[found[0] - 2]):
        return before, inserts
    name = _np_before(toks, found[0] - 2, lex)
    if name is None or toks[name[0]].word in _PREPOSITIONS:
        return before, inserts
    return found[0] - 2, [found, *inserts]


def _clause_before(toks: list[_Tok], lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether the words before a present-tense cue hold a finite verb of their own (a past
    form or an auxiliary): then they are a clause, not the cue's subject."""
    return any(not _is_name_word(t) and t.word != "'s" and (
                   t.word in lex.aux or t.word in lex.be
                   or t.word in lex.past or len(t.word) > 4 and t.word.endswith("ed"))
               for t in toks[lo:hi + 1])


def _np_after(toks: list[_Tok], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """The source phrase starting at token ``i`` (inverted order, "according to")."""
    j = i
    while j < len(toks) and j - i < 10:
        tok = toks[j]
        if tok.punct:
            if tok.token == "." and j > i and _title_abbreviation(toks[j - 1], lex) \
                    and j + 1 < len(toks) and _is_name_word(toks[j + 1]):
                j += 1
                continue
            break
        if tok.word in lex.boundaries and not (tok.word == "and" and j > i and j + 1 < len(toks)
                                                and _is_name_word(toks[j + 1])):
            break
        if tok.word in lex.forms and not _is_name_word(tok) and j > i \
                and not (j + 1 < len(toks) and _modifier_use(toks, j, lex)):
            break          # (not "state" in "according to Chinese state media")
        j += 1
    if j == i:
        return None
    return i, j - 1


_DECLINE = frozenset({"declined", "declines", "declining", "decline", "refused", "refuses",
                      "refusing", "refuse", "unable", "would"})

#: Words that may stand between a cue and its "that": a prepositional phrase or an addressee
#: ("said in a statement that", "told reporters that"), not an object ("added ten firms that").
_BEFORE_THAT = frozenset({"in", "on", "at", "during", "to", "after", "before", "late", "early",
                          "earlier", "reporters", "journalists", "lawmakers", "parliament"})

#: The longest source phrase, in tokens ("Special Agent Dana Whitfield of the FBI's San
#: Francisco field office" is 12).
_MAX_SOURCE = 16

_QUANTIFIERS = frozenset({"several", "some", "many", "most", "others", "few", "both", "all",
                          "two", "three"})
_TITLING = frozenset({"titled", "entitled", "called", "dubbed", "named"})


def _apposition_after(toks: list[_Tok], np_range, lex: Lexicon) -> list[tuple[int, int]]:
    """The appositions after a source that follows its cue ("said Paul Martin, a detective",
    "said Xu Jian, a researcher at the academy, a think tank under the ministry"); not a
    clause ("According to Zhou, Washington is trying …")."""
    out: list[tuple[int, int]] = []
    after = np_range[1] + 1 if np_range is not None else len(toks)
    while after < len(toks) and toks[after].token == "," and len(out) < 2:
        end = after + 1
        while end < len(toks) and not (toks[end].punct and toks[end].token != "-"):
            end += 1
        first = toks[after + 1] if end > after + 1 else None
        if first is None or out and first.word not in ("a", "an", "the") or (
                first.word not in ("who", "which", "whose") and any(
                    t.word != "'s" and (t.word in lex.be or t.word in lex.aux or t.word
                                        in lex.forms and not _is_name_word(t))
                    for t in toks[after:end])):
            break   # (a clause, with a verb or a cue of its own)
        out.append((after + 1, end - 1))
        after = end
    return out


#: A company's legal form after a comma is part of its name ("Haoyue Co., Ltd.").
_COMPANY_SUFFIXES = frozenset({"ltd", "inc", "llc", "corp", "plc", "ag", "gmbh", "co"})


def _comma_segments(toks: list[_Tok], j: int) -> tuple[int, list[tuple[int, int]]]:
    """Step back over comma-delimited insertions ending at token ``j`` (a comma).

    Returns the token index just before the first insertion and the insertions' token
    ranges, nearest the cue last.
    """
    segments = []
    while j >= 0 and toks[j].token == ",":
        i = j - 1
        while i >= 0 and j - i < 30 and (toks[i].token not in (",", ";", ":", "(", ")") or (
                toks[i].token == "," and toks[i + 1].word in _COMPANY_SUFFIXES)):
            i -= 1     # "general manager of Haoyue Electric Co., Ltd.,": one insertion
        if i < 0 or toks[i].token != "," or i == j - 1:
            break
        segments.insert(0, (i + 1, j - 1))
        j = i - 1
    return j, segments


def find_voices(text: str, mentions, lex: Lexicon, register: Register, quoted) -> list[dict]:
    """Find every (source, cue, content) in one sentence, outside its quotation marks.

    ``mentions`` are the sentence's actor mentions with sentence-relative offsets (each has
    ``start``, ``end``, ``side``, ``actor``, ``kind``, ``rule``); ``quoted`` the sentence's
    quotation spans.  ``register`` holds the article's earlier speakers and learns the new
    ones.  Returns one dict per attribution, with sentence-relative offsets.
    """
    if lex.first_words.isdisjoint(_WORDS.findall(text.lower())) and not (
            ":" in text and quoted):
        return []   # no cue and no quotation after a colon: the narrator's, quickly
    toks = _outside(text, quoted)
    found: list[dict] = []
    k = -1
    while k + 1 < len(toks):
        k += 1
        tok = toks[k]
        according = tok.word == "according" and k + 1 < len(toks) and toks[k + 1].word == "to"
        entry = lex.forms.get(tok.word)
        particle = None
        if entry is None and not according and k + 1 < len(toks):
            for word, lemma, kind in lex.phrasal.get(tok.word, ()):
                if toks[k + 1].word == word:   # "pointed out that", "lashed out at"
                    entry, particle = (lemma, kind), toks[k + 1]
                    break
        if entry is None and not according:
            continue
        lemma, kind = entry if entry else ("according to", "speech")
        if tok.token[:1].isupper() and text[:tok.start].strip(" “\"‘'([") and not according:
            continue  # "the United States", "State Department": a name, not a cue
        if not according and _noun_use(toks, k, lemma, lex):
            continue
        cue_start, cue_end = tok.start, (toks[k + 1].end if according or particle else tok.end)
        j = k - 1
        while j >= 0 and toks[j].word in lex.aux:
            if toks[j].word in ("not", "n't", "never"):
                break
            j -= 1
        if j >= 0 and toks[j].word in ("not", "n't", "never"):
            continue   # "has not said when": no claim is reported
        if lemma == "insist" and k + 1 < len(toks) and toks[k + 1].word == "on":
            continue   # "if the U.S. insists on going its own way": persisting, not speech
        if lemma == "ask" and k + 1 < len(toks) and toks[k + 1].word == "not":
            continue   # "who asked not to be named": a request of anonymity, not the claim
        if k >= 2 and toks[k - 1].word == "to" and toks[k - 2].word in _DECLINE:
            continue   # "declined to comment", "refused to say": no claim either
        if k == 0 and not according and tok.word.endswith(("ed", "ing")) \
                and not _quote_before(text, cue_start, quoted):
            continue   # "Asked about …, she said": an introductory clause, not a source
        if tok.word == "citing" and j >= 0 and toks[j].token == ",":
            kind = "speech"   # "…, citing concerns that …": a participle of the same source
        elif kind == "passive" and not (j >= 0 and toks[j].word in lex.be):
            if lemma != "cite" or tok.word == "citing":
                continue   # "the report quoted officials": only "was quoted as saying" counts
            kind = "speech"   # "Lawmakers cited the purchase of …": the reason a side gives
        layout, np_range, inserts = None, None, []
        if tok.word == "accused" and k + 1 < len(toks) and toks[k + 1].word == "of" \
                and j == k - 1 and toks[j].word not in lex.be and not any(
                    t.word in ("that", "which", "whom", "who") for t in toks[max(0, k - 5):k]):
            # "… unsealed charges against five nationals accused of hacking": a reduced
            # passive (not "firms that lawmakers accused of …"); the sentence's subject accuses
            # (none, if the accused are the subject).
            np_range, layout = _subject(toks, lex), "reduced passive: subject of the sentence"
            if np_range is None or np_range[1] >= k - 1:
                continue
        elif according:   # "according to Chen Wei, deputy director of …": its apposition too
            np_range = _np_after(toks, k + 2, lex)
            layout, inserts = "according to", _apposition_after(toks, np_range, lex)
        elif j >= 0 and toks[j].word in lex.be:
            # "was quoted (by Xinhua) as saying": the subject is the source; other passives
            # ("was told", "is said") are not speech of the subject.
            if kind != "passive":
                continue
            ahead = [t.word for t in toks[k + 1:k + 8]]
            if "as" not in ahead:
                continue
            at = k + 1 + ahead.index("as")
            if at + 1 < len(toks) and toks[at + 1].word in lex.forms:
                cue_end = toks[at + 1].end
            b = j - 1
            while b >= 0 and toks[b].word in lex.aux:
                b -= 1
            np_range = _np_before(toks, b, lex) if b >= 0 else None
            cue_start = toks[j].start
            layout = "passive (quoted as saying)"
        else:
            if kind != "speech" and not _complement(text, toks, k, kind, lex, quoted):
                continue  # "rejected the proposal", "added ten firms": an act, not speech
            before = j
            if before >= 0 and toks[before].token == ",":
                reported = next((n for n in range(k) if toks[n].word in _REPORTED), None)
                if tok.word == "citing" and reported is not None:
                    # "State TV reported that the firm expected …, citing an executive": the
                    # cited party is the source, the outlet only its conduit.
                    np_range, layout = _np_after(toks, k + 1, lex), "citing: the cited source"
                    claim = (toks[reported + 1].end + 1 if reported + 1 < len(toks)
                             and toks[reported + 1].word == "that" else toks[reported].end + 1,
                             toks[j].start)
                elif tok.word.endswith("ing"):
                    # "…, saying it was civilian": the source is the main clause's subject
                    prior = found[-1] if found else None
                    if prior is not None:
                        found.append(_same_source(prior, text, cue_start, cue_end,
                                                  "participle of the same source", tok.token))
                        continue
                    np_range, layout = _subject(toks, lex), "participle: subject of the sentence"
                else:
                    comma = before
                    before, inserts = _comma_segments(toks, before)
                    if len(inserts) == 1 and toks[inserts[0][0]].word in ("who", "which"):
                        before, inserts = _apposition_before(toks, before, inserts, lex)
                    if not inserts and comma >= 1 and any(
                            toks[comma].end <= a and b <= cue_start for a, b in quoted):
                        # "A congressional report, “Steel on the Waterfront,” concluded …":
                        # the apposition is a quotation (a title), the name before it the source.
                        before, inserts = comma - 1, [(comma, comma)]
            if layout is None and before >= 2 and toks[before].word in _TITLING \
                    and toks[before - 1].token == "," and any(
                        toks[before].end <= a and b <= cue_start for a, b in quoted):
                # "The ministry's paper, titled “The Truth About …,” said": a titled
                # apposition (its comma inside the marks), the name before it the source
                before, inserts = before - 2, [(before, before)]
            if layout is None:
                if before >= 2 and (toks[before].word in ("which", "who")
                                    and toks[before - 1].token == "," or toks[before].word
                                    == "who" and not toks[before - 1].punct):
                    # "US Customs, which said in a statement that …, has …": the relative
                    # pronoun's antecedent is the source (also with no comma: "remarks by an
                    # official who claimed that …").
                    np_range = _np_before(toks, before - (toks[before - 1].token == ",") - 1,
                                          lex)
                    layout = "source before a relative clause"
                elif before >= 1 and k == before + 1 and (
                        toks[before].word in ("and", "but") or toks[before].word.endswith("ly")
                        and toks[before - 1].word in ("and", "but")):
                    # "She did not release the video but said …": the coordinated verb's
                    # subject (an adverb between: "and routinely protests") is the last
                    # source's ("Beijing insisted … and accused …") or, with none, the
                    # sentence's.
                    prior = found[-1] if found else None
                    if prior is not None:
                        found.append(_same_source(prior, text, cue_start, cue_end,
                                                  "coordinated verb of the same source", tok.token))
                        continue
                    np_range, layout = _subject(toks, lex), "coordinated verb: subject of the sentence"
            if layout is None:
                if before >= 0 and toks[before].word in lex.pronouns:
                    np_range = (before, before)
                elif before >= 0 and (not toks[before].punct or toks[before].token == ")"):
                    np_range = _np_before(toks, before, lex)
                    if np_range is not None and toks[np_range[0]].word in lex.aux \
                            and np_range[0] >= 1 and toks[np_range[0] - 1].token == ",":
                        # "The ministry, which rarely comments, has also accused …": the
                        # subject stands before the insertions, the auxiliary after them.
                        first, inserts = _comma_segments(toks, np_range[0] - 1)
                        np_range = _np_before(toks, first, lex) if inserts and first >= 0 \
                            else None
                    if np_range is not None and not (tok.word in lex.past or tok.word.endswith(
                            "ed")) and _clause_before(toks, *np_range, lex):
                        continue   # "the files included results of thermal stress tests":
                        #            a present form after a clause is a noun
                layout = "source before cue"
            inverted = _quote_before(text, cue_start, quoted) or not any(
                not t.punct for t in toks[:max(0, j + 1)])
            if np_range is None and inverted:
                np_range = _np_after(toks, k + 1, lex)
                layout = "source after cue"
                inserts = _apposition_after(toks, np_range, lex)
        if np_range is None:
            continue
        span = _source_span(toks, np_range, quoted)
        if span is None:
            continue
        lo, hi = span
        if (paper := sources.publisher(toks, lo, hi, np_range[1])) is not None:
            inserts.append(paper)
        for _ in range(2):   # "Rep. Ann Ray, R-Ohio, who …, said": the tag is an insertion too
            if lo >= 2 and toks[lo - 1].token == "," and not toks[lo - 2].punct and (
                    _PARTY_TAG.match(toks[lo].token)
                    or toks[lo].word in ("a", "an") and sources.names_a_person(toks, lo, hi, lex)
                    or toks[lo].token[:1].islower() and toks[lo].word not in lex.determiners
                    and sources.names_a_person(toks, lo, hi, lex, head_only=True)):
                # (the last: "Wu Ting, purchasing director at …, said"; not "In Beijing, the
                # ministry said")
                before_np = _np_before(toks, lo - 2, lex)
                if before_np is None or not _is_name_word(toks[before_np[1]]) \
                        or toks[before_np[0]].word in _PREPOSITIONS:   # "In Washington, a …"
                    break   # "China will take measures, a ministry spokesperson said": the
                    #         words before the comma are the content, not a name
                inserts.insert(0, (lo, hi))
                lo, hi = before_np
            else:
                break
        if lo >= 4 and toks[lo - 1].word == "and" and toks[lo - 2].token == ",":
            # "Sen. Ann Ray of Ohio, the panel's top Republican, and Sen. Bo Li, a Delaware
            # Democrat, said": the first conjunct and its apposition join the source.
            first, segments = _comma_segments(toks, lo - 2)
            left = _np_before(toks, first, lex) if len(segments) == 1 and first >= 0 else None
            if left and _is_name_word(toks[left[0]]) and _is_name_word(toks[left[1]]) \
                    and sources.names_a_person(toks, *segments[0], lex):
                lo = left[0]
        if inserts and inserts[0][0] == hi + 2 and toks[hi + 1].token == "," \
                and sources.is_full_name(toks, *inserts[0], lex) \
                and sources.names_a_person(toks, lo, hi, lex):
            # "The US ambassador in Manila, Gregory Tallis, wrote …": the name in apposition
            # to the role is the source's name.
            hi = inserts.pop(0)[1]
        np_start, np_end = toks[lo].start, toks[hi].end
        if lo == hi and toks[lo].word in ("we", "i"):
            continue   # a reporter never writes "we said": the first person is quoted words
            #            whose marks did not pair ("“We oppose …, Mao Ning told reporters.")
        bodies = {e.written for e in register.speakers if not e.person}
        prior = next((v for v in reversed(found) if v["speaker"] in bodies), None)
        partners = []
        if lo == hi and toks[lo].word in ("it", "they") and prior is not None:
            # "The State Department said …, which it called …": the source already named in
            # the sentence, not the nearest name.
            side, actor = prior["side"], prior["actor"]
            why = f"pronoun '{toks[lo].token}' → the source before it ({prior['speaker']})"
        elif lo == hi and toks[lo].word in ("it", "they") and _trailing(toks, k) \
                and (earlier := register.last(person=False)) is not None:
            # "The measures violate the rules, it added.": the names in the claim before it
            # are not its antecedent; the body that spoke before is.
            side, actor = earlier.side, earlier.actor
            why = f"pronoun '{toks[lo].token}' after the claim → {earlier.written}"
        elif lo == hi and toks[lo].word in _QUANTIFIERS and (subject := _subject(toks, lex)) \
                and subject[1] < lo - 1:
            # "Members of Congress welcomed the action, though several said …": a quantifier
            # alone stands for some of the sentence's subject.
            side, actor, why = sources.resolve(text, toks, *subject, [], mentions, lex, register)
            why = f"'{toks[lo].token}' → some of the sentence's subject; {why}"
        else:
            (side, actor, why), *partners = sources.resolve_all(text, toks, lo, hi, inserts,
                                                                mentions, lex, register)
        if side == "other" and any(v["content_start"] <= toks[lo].start < v["content_end"]
                                   and v["side"] != "other" and not _NEW_CLAUSE.search(
                                       text, v["cue_end"], toks[lo].start) for v in found):
            continue   # "MOFCOM said U.S. firms had told it that …", "… said the cap responded
            #            to …": a third party inside a side's claim is part of that claim
        content = (claim if layout == "citing: the cited source"
                   else _content(text, toks, cue_end, layout, np_start, quoted, lex))
        voice = {"speaker": text[np_start:np_end], "np_start": np_start, "np_end": np_end,
                 "cue": text[cue_start:cue_end], "cue_start": cue_start, "cue_end": cue_end,
                 "side": side, "actor": actor, "layout": layout,
                 "rule": f"cue '{text[cue_start:cue_end]}' ({layout}); {why}",
                 "content_start": content[0], "content_end": content[1]}
        found.append(voice)
        for p_side, p_actor, p_why in partners:   # a joint source of both sides: a voice each
            found.append({**voice, "side": p_side, "actor": p_actor, "joint": True,
                          "rule": f"cue '{text[cue_start:cue_end]}' ({layout}); {p_why}"})
        sources.remember(register, toks, lo, hi, inserts, side, actor, lex,
                         text[np_start:np_end], mentions)
    found += verbless.colon_quotations(text, toks, quoted, found, mentions, lex, register)
    found += verbless.possessive_claims(text, toks, found, mentions, lex)
    for v in found:   # a claim ends where another side's clause begins ("…, as experts warned")
        later = [w["np_start"] for w in found if w["np_start"] > v["cue_end"]
                 and w["side"] != v["side"]
                 and v["content_start"] < w["np_start"] < v["content_end"]
                 and _NEW_CLAUSE.search(text, v["cue_end"], w["np_start"])]
        if later:
            v["content_end"] = len(text[:min(later)].rstrip(" ,;—–-").removesuffix(" as")
                                   .removesuffix(" while").removesuffix(" and").rstrip(" ,"))
    return found


def _same_source(prior: dict, text: str, cue_start: int, cue_end: int, layout: str,
                 word: str) -> dict:
    """A second cue of the source found before it in the sentence ("…, saying …", "… and
    accused …"): the same source, this cue, the rest of the sentence as content."""
    return {**prior, "cue": text[cue_start:cue_end], "cue_start": cue_start, "cue_end": cue_end,
            "layout": layout, "rule": prior["rule"] + f"; and '{word}'",
            "content_start": cue_end, "content_end": len(text)}


def _content(text, toks, cue_end, layout, np_start, quoted, lex) -> tuple[int, int]:
    """The claim (PARC's content): the quotation right next to the source and cue, else the
    words after the cue (a that-clause or a reported clause) up to the end of the clause,
    else the words before the source ("…, according to the ministry")."""
    for a, b in quoted:
        if b <= np_start and not text[b:np_start].strip(" ,"):
            return a, b                      # "“…,” she said"
        if a >= cue_end and not text[cue_end:a].strip(" ,:\u00a0"):
            return a, b                      # "she said: “…”", "said, “…”"
    rest = text[cue_end:]
    lead = _LEAD.match(rest)
    start = cue_end + (lead.end() if lead else 0)
    end = len(text.rstrip(" .”\"’"))
    np_tok = next((n for n, t in enumerate(toks) if t.start == np_start), None)
    relative = np_tok is not None and np_tok > 0 and toks[np_tok - 1].word in (
        "which", "that", "who", "whom")
    for t in toks:
        if t.start <= start:
            continue
        if (relative and t.token in (",", ";")) or t.word in lex.clause_breaks or t.token == ";":
            end = min(end, t.start)        # the claim ends with its clause
            break
    end = start + len(text[start:end].rstrip(" ,;"))
    if layout == "according to" and start >= end - 1:
        return 0, np_start
    if start < end:
        return start, end
    return 0, max(0, np_start)
