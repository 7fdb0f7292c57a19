"""Quotations in a headline, and whose they are.

A headline is written in a grammar of its own: no articles, a present-tense verb, clauses
joined by a comma or a semicolon, and single quotation marks as often as double ones::

    China says US TikTok bill ‘bullying’, vows to protect firms’ rights
    US sanctions Chinese chemical firms over fentanyl; China calls it 'bullying'
    US recovers debris from Chinese balloon as Beijing protests “overreaction”

The speaker of a headline's quotation is the **subject of its clause**: the words that open
the clause, up to its first speech verb (or, with none, its first lower-case word).  A clause
opens the headline, follows a semicolon or a comma, or follows "as", "while", "after", "amid"
or "but" when a capitalised word comes next; a clause that opens with a verb (", vows …",
", calls it …") has the subject of the clause before it.  The subject is then resolved as any
source is (:func:`helpers.sources.resolve`: the actor codebook, titles, third parties,
regions).  :func:`helpers.voices.quotes` puts these quotations first, with ``sentence_id`` 0
(the headline) and offsets into the headline.  This is hand-written because no library
parses headline grammar; the rules are few and each is tested in ``tests/test_headlines.py``.

>>> [(q["text"], q["speaker"], q["side"]) for q in headline_quotes(
...     "US sanctions firms over fentanyl; China calls it 'bullying'")]
[('bullying', 'China', 'China')]
"""

from __future__ import annotations

import re

from helpers import actors, speakers, text
from helpers.register import Register
from helpers.sources import _outside, resolve

__all__ = ["headline_quotes"]

#: A pair of single marks: the opener after the start, a space, a bracket or a dash and before
#: a non-space; the closer after a non-space and before the end, a space or punctuation.  An
#: apostrophe inside a word ("China's") or after one ("lawmakers' push") opens nothing.
_SINGLE = re.compile(r"(?:^|(?<=[\s(\[—–-]))(['‘])(?=\S)(.+?)(?<=\S)['’](?=$|[\s,.;:!?)\]])")
#: Where a new clause may open (its first word must then be capitalised, or a verb).
#: A comma may stand inside the closing mark ('calls drills "provocative," Beijing …').
_CLAUSE_JOINS = re.compile(r";\s*|,[\"”’']?\s+|\s+(?:as|while|after|amid|but)\s+(?=[A-Z])")


def _marks(title: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation in the headline, marks included."""
    spans = list(text.quotations(title).spans)
    for m in _SINGLE.finditer(title):
        if not any(a <= m.start() < b for a, b in spans):
            spans.append((m.start(), m.end()))
    return sorted(spans)


def _clauses(title: str, quoted: list[tuple[int, int]]) -> list[int]:
    """The offsets where the headline's clauses open (joins inside a quotation don't count)."""
    return [0, *(m.end() for m in _CLAUSE_JOINS.finditer(title)
                 if not any(a <= m.start() < b - 2 for a, b in quoted))]


def _is_verb(toks, k: int, first: int, lex, title_case: bool = False) -> bool:
    """A speech verb of the clause; a capitalised form that opens it, or opens a name in a
    headline in sentence case, is no verb ("State Department says …"; in Title Case, "China
    Calls Tariffs ‘Bullying’" has its verb)."""
    return toks[k].word in lex.forms and not (toks[k].token[:1].isupper() and (
        k == first or not title_case and k + 1 < len(toks) and toks[k + 1].token[:1].isupper()))


def _title_case(title: str) -> bool:
    """Whether the headline capitalises its words ("China Calls Battery Tariffs ‘Bullying’")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", title) if len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _subject(toks, first: int, last: int, lex, title_case=False) -> tuple[int, int] | None:
    """Token range of the clause's subject: up to its first speech verb, else up to its
    first lower-case word (not a determiner); None when the clause opens with a verb."""
    words = range(first, last + 1)
    stop = next((k for k in words if _is_verb(toks, k, first, lex, title_case)), None)
    if stop is None:
        stop = next((k for k in words if k > first and not toks[k].punct
                     and toks[k].token[:1].islower() and toks[k].word not in lex.determiners
                     and toks[k].word != "'s"), last + 1)
    if stop == first or toks[first].token[:1].islower():
        return None
    end = stop - 1
    while end >= first and toks[end].punct:
        end -= 1
    return (first, end) if end >= first else None


#: A source after a colon that ends the headline: "US curbs will ‘backfire’: experts",
#: "China opposes arms sales: defense spokesperson" (a few words, no verb); or a last clause
#: of a source and its verb: "US curbs ‘harm both sides’, ministry says".
_TRAILING_SOURCE = re.compile(r":\s+(?P<source>[^:;,\"“”‘’']{2,60})$")


def headline_quotes(title: str | None, article_id: str = "text", codebook=None,
                    home=None) -> list[dict]:
    """The quotations of a headline, each with the subject of its clause as the speaker
    (or the source after a colon that ends it); ``home`` is the dateline's (side, actor,
    place), for a body named without its country ("Defense spokesperson urges …").

    Returns a list of dicts: ``start``/``end`` (offsets into the headline, marks included),
    ``text`` (without the marks), ``speaker`` (as written), ``side``, ``cue`` (the clause's
    speech verb, or empty), ``rule`` (how the speaker was found) and ``has_cue``.
    """
    if not title:
        return []
    quoted = _marks(title)
    if not quoted:
        return []
    lex = speakers.lexicon()
    found = actors.mentions_in_text(title, codebook, article_id)
    mentions = [_Mention(int(m.start), int(m.end), m.side, m.actor, m.kind, m.rule)
                for m in found.itertuples()]
    toks = _outside(title, quoted)
    capitals = _title_case(title)
    trailing = _TRAILING_SOURCE.search(title)
    if trailing and len(trailing.group("source").split()) <= 4 and not any(
            t.word in lex.forms for t in toks if t.start >= trailing.start("source")):
        first = next(k for k, t in enumerate(toks) if t.start >= trailing.start("source"))
        trailing = (first, len(toks) - 1)
    else:
        trailing = None
    opens = _clauses(title, quoted)
    last = [k for k, t in enumerate(toks) if t.start >= opens[-1] and not t.punct]
    if trailing is None and len(opens) > 1 and 2 <= len(last) <= 5 \
            and _is_verb(toks, last[-1], last[0], lex, capitals):
        trailing = (last[0], last[-2])   # "US curbs ‘harm both sides’, ministry says"
    subjects: list[tuple[int, int] | None] = []
    spans = []
    for n, start in enumerate(opens):
        end = opens[n + 1] if n + 1 < len(opens) else len(title)
        ks = [k for k, t in enumerate(toks) if start <= t.start < end]
        spans.append((start, end, ks))
        # (in Title Case a later clause may open with its verb: "China Hits US Plastics With
        # Dumping Probe, Calls Battery Tariffs ‘Bullying’" shares the first clause's subject)
        opens_with_verb = bool(n and capitals and ks and toks[ks[0]].word in lex.forms)
        subject = _subject(toks, ks[0], ks[-1], lex, capitals) if ks and not opens_with_verb \
            else None
        named = next((m for m in mentions if subject and m.start == toks[subject[0]].start), None)
        if capitals and subject and named and not any(
                _is_verb(toks, k, ks[0], lex, capitals) for k in ks):
            # Title Case with no speech verb: no lower-case word ends the subject, so the
            # actor that opens the clause is it ("China Hits US Plastics With …").
            subject = (subject[0], max((k for k in ks if toks[k].end <= named.end),
                                       default=subject[1]))
        subjects.append(subject if subject else (subjects[-1] if subjects else None))
    out = []
    for a, b in quoted:
        clause = next(n for n, (s, e, _) in enumerate(spans) if s <= a < e or n == len(spans) - 1)
        ks = spans[clause][2]
        cue = next((toks[k].token for k in ks if _is_verb(toks, k, ks[0], lex, capitals)), "")
        subject = trailing if trailing and b <= toks[trailing[0]].start else subjects[clause]
        inner = title[a:b].strip("“”\"„«»‘’'").strip().rstrip(",;:").strip()
        if subject is None:
            out.append({"start": a, "end": b, "text": inner, "speaker": "", "side": "narrator",
                        "cue": cue, "rule": "headline: its clause has no subject",
                        "has_cue": bool(cue)})
            continue
        lo, hi = subject
        side, actor, why = resolve(title, toks, lo, hi, [], mentions, lex, Register(home=home))
        out.append({"start": a, "end": b, "text": inner,
                    "speaker": title[toks[lo].start:toks[hi].end], "side": side, "cue": cue,
                    "rule": (f"headline: the source at its end (after a colon or in a last "
                             f"clause); {why}" if subject == trailing
                             else f"headline: the subject of its clause; {why}"),
                    "has_cue": bool(cue) or subject == trailing})
    return out


class _Mention:
    """An actor mention as :func:`helpers.sources.resolve` reads it."""

    __slots__ = ("start", "end", "side", "actor", "kind", "rule", "in_quote")

    def __init__(self, start, end, side, actor, kind, rule):
        self.start, self.end, self.side, self.actor = start, end, side, actor
        self.kind, self.rule, self.in_quote = kind, rule, False
