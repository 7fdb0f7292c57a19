"""Who speaks: speech cues, speakers, clauses, direct quotations and each side's share of voice.

This module assigns every sentence, or every clause where one sentence reports both sides, to
the side whose claim it reports (``China``, ``United States``, ``other``) or to the
``narrator`` (the reporter's own account).  Where to change who speaks: the cues are in
``data/speech_cues.csv``, the words a speaker phrase may not cross and the rest of the word
lists in the ``data/`` files named in :data:`WORD_LISTS`, the speakers' sides in
``data/actors.csv``; the rules that read them are below.

The rules are deliberately simple and visible, and each row says which one fired:

* a **speech cue** (``data/speech_cues.csv``: said, insists, accused, according to …) outside
  quotation marks, with a **speaker** next to it: the words before the cue back to a clause
  boundary ("Beijing has said", "which Washington says", "A spokesperson for the ministry
  added"), or after it ("…,” said the ministry", "according to the Pentagon");
* the speaker's side comes from the **actor codebook** (``helpers.actors``): the last actor
  named inside the speaker's words, or, for a pronoun ("it says"), the nearest actor named
  before it;
* a sentence with voices of **two sides** is cut into clauses at the voices' speakers and at
  strong boundaries (``data/clause_breaks.txt``: while, whereas, but, after …, and ";"); a
  clause with no voice is the narrator's;
* a sentence that only reports an action ("China froze dialogue") has no cue: narrator.

>>> from helpers.article import load_article, DEFAULT_ARTICLE
>>> from helpers.text import sentences
>>> from helpers.voices import voices
>>> v = voices(sentences(load_article(DEFAULT_ARTICLE)))
>>> v.loc[v["sentence_id"] == 10, ["clause_id", "side", "speaker", "cue"]].values.tolist()
[[1, 'China', 'Beijing', 'said'], [2, 'United States', 'Washington', 'insists']]
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from helpers import actors, codebooks
from helpers.text import count_words, iter_rows, paragraph_texts, quotations, tokenize

__all__ = ["QUOTE_COLUMNS", "VOICE_COLUMNS", "WORD_LISTS", "load_speech_cues", "quotes",
           "share_of_voice", "voices"]


VOICE_COLUMNS = ["article_id", "sentence_id", "clause_id", "start", "end", "text", "side",
                 "speaker", "actor", "cue", "rule", "n_words", "speaker_start", "speaker_end",
                 "cue_start", "cue_end"]


QUOTE_COLUMNS = ["article_id", "quote_id", "sentence_id", "start", "end", "text", "speaker",
                 "side", "cue", "layout", "status"]












_SPEAKER_MAX_WORDS = 8


def _parse_cues(rows: tuple[tuple[str, str], ...]) -> dict[str, str]:
    forms = {}
    for cue, listed in rows:
        for form in listed.split("|"):
            forms[form.strip().lower()] = cue
    return forms


def load_speech_cues() -> dict[str, str]:
    """Return ``{word form: cue}`` from ``data/speech_cues.csv`` (``"said"`` → ``"say"``).

    Re-read when the file changed, so a cue added in JupyterLab counts at the next call.
    """
    return _cue_rules().cues


class _Mention(NamedTuple):
    """An actor mention with offsets relative to its sentence (what the voice rules need)."""

    start: int
    end: int
    side: str
    actor: str
    kind: str
    rule: str


def _mentions_by_sentence(mention_table: pd.DataFrame, sentence_table: pd.DataFrame
                          ) -> dict[tuple, list[_Mention]]:
    """Group mentions by (article_id, sentence_id) once, with sentence-relative offsets."""
    keys = zip(sentence_table["article_id"], sentence_table["sentence_id"], strict=True)
    offsets = dict(zip(keys, sentence_table["start"], strict=True))
    grouped: dict[tuple, list[_Mention]] = defaultdict(list)
    columns = ["article_id", "sentence_id", "start", "end", "side", "actor", "kind", "rule"]
    for art, sid, start, end, side, actor, kind, rule in iter_rows(mention_table, columns):
        offset = offsets.get((art, sid))
        if offset is not None:
            grouped[(art, sid)].append(_Mention(start - offset, end - offset, side, actor, kind,
                                                rule))
    return grouped


def _speaker_side(np_start: int, np_end: int, sentence_mentions: list[_Mention],
                  np_words: list[str], rules: _Rules):
    """Resolve a speaker phrase to (side, actor, rule), or None when it names no actor."""
    inside = [m for m in sentence_mentions if m.start >= np_start and m.end <= np_end]
    if inside:
        last = inside[-1]
        return last.side, last.actor, f"speaker names {last.actor} ({last.rule})"
    if np_words and np_words[-1].lower() in rules.pronouns:
        before = [m for m in sentence_mentions if m.end <= np_start and m.kind != "demonym"]
        if before:
            last = before[-1]
            return (last.side, last.actor,
                    f"pronoun '{np_words[-1]}' → nearest actor before it ({last.actor})")
    return None


_WORD_RUN = re.compile(r"\w+")


class _Rules(NamedTuple):
    """What the voice rules read from ``data/``, read once per call of :func:`voices`."""

    cues: dict[str, str]
    cue_words: frozenset[str]   # the first word of every cue form: a sentence with none has no voice
    aux: frozenset[str]
    be: frozenset[str]
    pronouns: frozenset[str]
    boundaries: frozenset[str]
    clause_breaks: frozenset[str]


@lru_cache(maxsize=4)
def _rules_from(cue_rows, aux, be, pronouns, boundaries, clause_breaks) -> _Rules:
    cues = _parse_cues(cue_rows)
    return _Rules(cues, frozenset(_WORD_RUN.findall(form)[0] for form in [*cues, "according"]),
                  *(frozenset(w.lower() for w in words)
                    for words in (aux, be, pronouns, boundaries, clause_breaks)))


def _cue_rules() -> _Rules:
    rows = codebooks.read_table("speech_cues.csv", ("cue", "forms", "meaning"), ("cue", "forms"))
    return _rules_from(tuple((r["cue"], r["forms"]) for _, r in rows),
                       *(codebooks.wordlist(name) for name in WORD_LISTS))


#: The word lists in ``data/`` the voice rules read, each with a header saying what it decides.
WORD_LISTS = ("speech_auxiliaries.txt", "passive_be.txt", "speaker_pronouns.txt",
              "speaker_boundaries.txt", "clause_breaks.txt")


def _quoted_mask(text: str, quoted: list[tuple[int, int]]) -> bytearray:
    """One byte per character of ``text``: 1 inside a quotation (marks included), else 0."""
    mask = bytearray(len(text))
    for a, b in quoted:
        mask[a:b] = b"\x01" * (b - a)
    return mask


def _find_voices(text: str, sentence_mentions: list[_Mention], rules: _Rules) -> list[dict]:
    """Find every (speaker, cue) pair in one sentence, outside quotation marks."""
    if rules.cue_words.isdisjoint(_WORD_RUN.findall(text.lower())):
        return []  # no speech cue at all: the narrator's, without tokenizing
    cues = rules.cues
    quoted = quotations(text).spans
    toks = tokenize(text)
    if quoted:
        inside = _quoted_mask(text, quoted)
        toks = [t for t in toks if not inside[t.start]]
    words = [t.norm for t in toks]
    found = []
    for k, tok in enumerate(toks):
        form = words[k].lower()
        according = form == "according" and k + 1 < len(toks) and words[k + 1] == "to"
        if form not in cues and not according:
            continue
        if tok.token[:1].isupper() and text[:tok.start].strip(" “\"‘'(["):
            continue  # "the United States", "State Department": a name, not a cue mid-sentence
        cue_end = toks[k + 1].end if according else tok.end
        # Speaker before the cue: skip auxiliaries, stop at a boundary word or punctuation.
        j = k - 1
        while j >= 0 and words[j] in rules.aux:
            j -= 1
        if not according and j >= 0 and words[j] in rules.be:
            continue  # passive ("was told", "is said"): the subject is not the speaker
        np_tokens = []
        if not according and j >= 0 and words[j] in rules.pronouns:
            np_tokens = [toks[j]]  # "a balloon it says": the speaker is the pronoun alone
        elif not according:
            while (j >= 0 and len(np_tokens) < _SPEAKER_MAX_WORDS and not toks[j].is_punct
                   and words[j].lower() not in rules.boundaries):
                np_tokens.insert(0, toks[j])
                j -= 1
            if j >= 0 and len(np_tokens) == _SPEAKER_MAX_WORDS:
                np_tokens = []  # ran out of room: no clean speaker phrase before the cue
        layout = "speaker before cue"
        if not np_tokens:  # "…,” said the ministry" / "according to the Pentagon"
            j = k + (2 if according else 1)
            while (j < len(toks) and len(np_tokens) < _SPEAKER_MAX_WORDS and not toks[j].is_punct
                   and words[j].lower() not in rules.boundaries):
                np_tokens.append(toks[j])
                j += 1
            layout = "speaker after cue"
        if not np_tokens:
            continue
        np_start, np_end = np_tokens[0].start, np_tokens[-1].end
        np_words = [t.token for t in np_tokens]
        resolved = _speaker_side(np_start, np_end, sentence_mentions, np_words, rules)
        if resolved:
            side, actor, why = resolved
        elif layout == "speaker after cue" and not according:
            continue  # "said" followed by a non-actor phrase is no attribution we can read
        else:
            side, actor, why = "other", "", "speaker not in the actor codebook"
        found.append({
            "speaker": text[np_start:np_end], "np_start": np_start, "np_end": np_end,
            "cue": text[tok.start:cue_end], "cue_start": tok.start, "cue_end": cue_end,
            "side": side, "actor": actor, "layout": layout,
            "rule": f"cue '{text[tok.start:cue_end]}' ({layout}); {why}",
        })
    return found


def _clause_cuts(text: str, found: list[dict], rules: _Rules) -> list[int]:
    """Where to cut a two-sided sentence: at each voice's speaker and at strong boundaries."""
    quoted = quotations(text).spans
    cuts = set()
    inside = _quoted_mask(text, quoted)
    for t in tokenize(text):
        if inside[t.start]:
            continue
        if t.norm in rules.clause_breaks or t.token == ";":
            cuts.add(t.start if t.token != ";" else t.end)
    for voice in found:
        start = min(voice["np_start"], voice["cue_start"])
        # Keep a boundary word right before the speaker with the speaker's clause.
        if not any(0 < start - c <= 12 and not re.search(r"\w\s+\w", text[c:start].strip())
                   for c in cuts):
            cuts.add(start)
    return sorted(c for c in cuts if 0 < c < len(text))


def voices(sentence_table: pd.DataFrame, codebook: pd.DataFrame | None = None,
           mention_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return one row per sentence, or per clause where a sentence reports both sides.

    Parameters
    ----------
    sentence_table
        From :func:`helpers.text.sentences` (one or many articles).
    codebook
        The actor codebook; by default ``data/actors.csv``.
    mention_table
        Actor mentions if already computed (:func:`helpers.actors.mentions`).

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``sentence_id``, ``clause_id`` (1, 2, … within the sentence),
        ``start``/``end`` (offsets into the article body), ``text``, ``side`` (``China``,
        ``United States``, ``other`` or ``narrator``), ``speaker`` (as written), ``actor``,
        ``cue`` (as written), ``rule`` (why), ``n_words``, and the body offsets of the
        speaker and the cue (``speaker_start``, ``speaker_end``, ``cue_start``, ``cue_end``;
        −1 for the narrator).
    """
    if mention_table is None:
        mention_table = actors.mentions(sentence_table, codebook)
    by_sentence = _mentions_by_sentence(mention_table, sentence_table)
    rules = _cue_rules()
    rows = []
    for article_id, sentence_id, sent_start, sent_text, sent_words in iter_rows(
            sentence_table, ["article_id", "sentence_id", "start", "text", "n_words"]):
        found = _find_voices(sent_text, by_sentence.get((article_id, sentence_id), []), rules)
        sides = {v["side"] for v in found}
        if len(sides) <= 1:
            pieces = [(0, len(sent_text), found)]
        else:
            cuts = [0, *_clause_cuts(sent_text, found, rules), len(sent_text)]
            pieces = [(a, b, [v for v in found if a <= min(v["np_start"], v["cue_start"]) < b])
                      for a, b in zip(cuts, cuts[1:], strict=False)]
        clause_id = 0
        for a, b, here in pieces:
            piece = sent_text[a:b]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if not piece:
                continue
            clause_id += 1
            if here:
                first = here[0]
                extra = "" if len({v["side"] for v in here}) == 1 else "; sides disagree, first voice kept"
                row = (first["side"], first["speaker"], first["actor"], first["cue"],
                       first["rule"] + extra)
                spans = (sent_start + first["np_start"], sent_start + first["np_end"],
                         sent_start + first["cue_start"], sent_start + first["cue_end"])
            else:
                why = ("no speech cue with a speaker: the reporter's account" if len(pieces) == 1
                       else "clause of a two-sided sentence with no speech cue: the reporter's")
                row = ("narrator", "", "", "", why)
                spans = (-1, -1, -1, -1)
            start = sent_start + a + lead
            n_words = sent_words if len(pieces) == 1 else count_words(piece)
            rows.append((article_id, sentence_id, clause_id, start, start + len(piece),
                         piece, *row, n_words, *spans))
    return pd.DataFrame(rows, columns=VOICE_COLUMNS)


def quotes(sentence_table: pd.DataFrame, codebook: pd.DataFrame | None = None,
           voice_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return every direct quotation with its speaker and side.

    The speaker is the voice of the clause the quotation ends in or starts in; failing that,
    the first voice of the sentences it spans.  A quotation with no voice around it is left
    to the narrator, and says so in ``layout``.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``quote_id`` (1, 2, …), ``sentence_id`` (where it opens),
        ``start``/``end`` (body offsets, marks included), ``text`` (without marks),
        ``speaker``, ``side``, ``cue``, ``layout`` (``speaker before quote``,
        ``quote first, speaker after``, ``quote split by the cue``,
        ``no speaker in its sentence``) and ``status`` (``ok``, or what is unbalanced: such
        a row quotes from the mark to the end of the paragraph).
    """
    if voice_table is None:
        voice_table = voices(sentence_table, codebook)
    voiced: dict[tuple, list[dict]] = defaultdict(list)
    for voice in voice_table[voice_table["side"] != "narrator"].to_dict("records"):
        voiced[(voice["article_id"], voice["sentence_id"])].append(voice)
    rows = []
    rows_in = iter_rows(sentence_table, ["article_id", "paragraph_id", "sentence_id", "start",
                                         "end", "text"])
    for article_id, para_start, para_text, sents in paragraph_texts(rows_in):
        found = quotations(para_text)
        # An unbalanced mark quotes from itself to the end of the paragraph, and says so.
        items = [(a, b, "ok") for a, b in found.spans]
        items += [(i, len(para_text), f"unbalanced: an opening {mark} that is never closed")
                  for i, mark in found.unclosed]
        items += [(i, len(para_text), "unbalanced: a closing ” with no opening “")
                  for i in found.stray]
        previous = None
        for a, b, status in sorted(items):
            start, end = para_start + a, para_start + b
            covered = [sid for sid, s_start, s_end in sents if s_end > start and s_start < end]
            sentence_id = covered[0]
            mine = [v for sid in covered for v in voiced.get((article_id, sid), [])]
            at_end = [v for v in mine if v["start"] <= end - 1 <= v["end"]]
            at_start = [v for v in mine if v["start"] <= start <= v["end"]]
            voice = next((t[0] for t in (at_end, at_start, mine) if t), None)
            if voice is None:
                speaker, side, cue, layout = "", "narrator", "", "no speaker in its sentence"
            else:
                speaker, side, cue = voice["speaker"], voice["side"], voice["cue"]
                if previous is not None and previous[1] <= voice["speaker_start"] < start:
                    layout = "quote split by the cue"
                    rows[-1] = (*rows[-1][:-2], layout, rows[-1][-1])
                elif voice["speaker_start"] >= end:
                    layout = "quote first, speaker after"
                else:
                    layout = "speaker before quote"
            inner = para_text[a:b].strip("“”\"„«»").strip().rstrip(",;:").strip()
            rows.append((article_id, 0, sentence_id, start, end, inner, speaker, side, cue,
                         layout, status))
            previous = (start, end) if voice is not None else None
    table = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    table["quote_id"] = table.groupby("article_id", sort=False).cumcount() + 1
    return table


def share_of_voice(voice_table: pd.DataFrame) -> pd.DataFrame:
    """Return, per side, the clauses, words and share of the article's words it holds.

    Returns
    -------
    pandas.DataFrame
        ``side``, ``clauses``, ``words``, ``share`` (of all words, 0–1) and ``sentence_ids``.
    """
    order = [*codebooks.compared_sides(), "other", "narrator"]
    total = voice_table["n_words"].sum()
    rows = []
    for side in order:
        here = voice_table[voice_table["side"] == side]
        if side == "other" and here.empty:
            continue
        words = int(here["n_words"].sum())
        rows.append((side, len(here), words, round(words / total, 4) if total else 0.0,
                     ";".join(map(str, here["sentence_id"].drop_duplicates()))))
    return pd.DataFrame(rows, columns=["side", "clauses", "words", "share", "sentence_ids"])
