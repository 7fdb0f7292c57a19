"""Who speaks for which side, and how each side tells the story.

This module assigns every sentence, or every clause where one sentence reports both sides, to
the side whose claim it reports (``China``, ``United States``, ``other``) or to the
``narrator`` (the reporter's own account), and then runs every statistic by side: direct
quotations, the names given to the contested object, frames, keywords and tone.

The rules are deliberately simple and visible, and each row says which one fired:

* a **speech cue** (``data/speech_cues.csv``: said, insists, accused, according to …) outside
  quotation marks, with a **speaker** next to it: the words before the cue back to a clause
  boundary ("Beijing has said", "which Washington says", "A spokesperson for the ministry
  added"), or after it ("…,” said the ministry", "according to the Pentagon");
* the speaker's side comes from the **actor codebook** (``helpers.actors``): the last actor
  named inside the speaker's words, or, for a pronoun ("it says"), the nearest actor named
  before it;
* a sentence with voices of **two sides** is cut into clauses at the voices' speakers and at
  strong boundaries (while, whereas, but, after, before, although, because, ";"); a clause
  with no voice is the narrator's;
* a sentence that only reports an action ("China froze dialogue") has no cue: narrator.

>>> from helpers.article import load_article, DEFAULT_ARTICLE
>>> from helpers.text import sentences
>>> from helpers.framing import voices
>>> v = voices(sentences(load_article(DEFAULT_ARTICLE)))
>>> v.loc[v["sentence_id"] == 10, ["clause_id", "side", "speaker", "cue"]].values.tolist()
[[1, 'China', 'Beijing', 'said'], [2, 'United States', 'Washington', 'insists']]
"""

from __future__ import annotations

import csv
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from helpers import actors, paths, style
from helpers.text import count_words, iter_rows, paragraph_texts, quotations, stopwords, tokenize

__all__ = [
    "SIDES_COMPARED",
    "comparison_figure",
    "frame_hits",
    "frame_profile",
    "keyness",
    "load_frames",
    "load_object_names",
    "load_speech_cues",
    "naming",
    "naming_table",
    "plot_frames",
    "plot_keyness",
    "plot_naming",
    "plot_quotes",
    "plot_share_of_voice",
    "plot_tone",
    "quotes",
    "share_of_voice",
    "tone",
    "voice_explorer",
    "voices",
]

#: The two sides the workbook compares.
SIDES_COMPARED = ("China", "United States")

VOICE_COLUMNS = ["article_id", "sentence_id", "clause_id", "start", "end", "text", "side",
                 "speaker", "actor", "cue", "rule", "n_words", "speaker_start", "speaker_end",
                 "cue_start", "cue_end"]
QUOTE_COLUMNS = ["article_id", "quote_id", "sentence_id", "start", "end", "text", "speaker",
                 "side", "cue", "layout", "status"]

_STRAIGHTEN = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                             "’": "'"})
# Words a speaker's noun phrase cannot reach across, going away from the cue.
_BOUNDARY_WORDS = {"that", "which", "who", "whom", "whose", "while", "whereas", "but", "and",
                   "or", "after", "before", "when", "because", "since", "although", "though",
                   "if", "as", "than", "where", "until", "so", "yet", "following", "however"}
# Words that split a two-sided sentence into clauses.
_CLAUSE_BREAKS = {"while", "whereas", "but", "after", "before", "although", "though",
                  "because", "however", "yet"}
# Auxiliaries and adverbs that may stand between a speaker and the cue: "has also said".
_AUX = {"has", "have", "had", "also", "again", "repeatedly", "later", "previously", "earlier",
        "reportedly", "then", "publicly", "already", "will", "would", "did", "does",
        "do", "not", "n't", "never", "strongly", "firmly", "quickly", "once", "now"}
_BE = {"is", "are", "was", "were", "be", "been", "being", "'s"}
_PRONOUNS = {"it", "he", "she", "they", "we", "i"}
_SPEAKER_MAX_WORDS = 8


# ----------------------------------------------------------------------------- codebooks
def _read_csv(name: str) -> list[dict[str, str]]:
    with open(paths.DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def load_speech_cues() -> dict[str, str]:
    """Return ``{word form: cue}`` from ``data/speech_cues.csv`` (``"said"`` → ``"say"``)."""
    forms = {}
    for row in _read_csv("speech_cues.csv"):
        for form in row["forms"].split("|"):
            forms[form.strip().lower()] = row["cue"]
    return forms


def load_object_names() -> pd.DataFrame:
    """Return ``data/object_names.csv``: pattern, name, connotation (longest pattern first)."""
    table = pd.DataFrame(_read_csv("object_names.csv"))
    return table.assign(_len=table["pattern"].str.len()).sort_values(
        "_len", ascending=False, kind="stable").drop(columns="_len").reset_index(drop=True)


def load_frames() -> pd.DataFrame:
    """Return the frame lexicon ``data/frames.csv``: one row per frame and term.

    A term ending in ``*`` matches any ending ("accus*" → accused, accuses, accusation).
    """
    rows = []
    for row in _read_csv("frames.csv"):
        for term in row["terms"].split(";"):
            if term.strip():
                rows.append((row["frame"], row["definition"], term.strip().lower()))
    return pd.DataFrame(rows, columns=["frame", "definition", "term"])


def _term_pattern(term: str) -> str:
    """Turn a lexicon term into a regex: words separated by spaces, ``*`` for any ending."""
    words = term.replace("’", "'").split()
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
    return r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])"


# ----------------------------------------------------------------------------- voices
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
                  np_words: list[str]):
    """Resolve a speaker phrase to (side, actor, rule), or None when it names no actor."""
    inside = [m for m in sentence_mentions if m.start >= np_start and m.end <= np_end]
    if inside:
        last = inside[-1]
        return last.side, last.actor, f"speaker names {last.actor} ({last.rule})"
    if np_words and np_words[-1].lower() in _PRONOUNS:
        before = [m for m in sentence_mentions if m.end <= np_start and m.kind != "demonym"]
        if before:
            last = before[-1]
            return (last.side, last.actor,
                    f"pronoun '{np_words[-1]}' → nearest actor before it ({last.actor})")
    return None


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """The first word of every cue form, lower case: a sentence with none has no voice."""
    return frozenset(_WORD_RUN.findall(form)[0] for form in [*load_speech_cues(), "according"])


_WORD_RUN = re.compile(r"\w+")


def _quoted_mask(text: str, quoted: list[tuple[int, int]]) -> bytearray:
    """One byte per character of ``text``: 1 inside a quotation (marks included), else 0."""
    mask = bytearray(len(text))
    for a, b in quoted:
        mask[a:b] = b"\x01" * (b - a)
    return mask


def _find_voices(text: str, sentence_mentions: list[_Mention]) -> list[dict]:
    """Find every (speaker, cue) pair in one sentence, outside quotation marks."""
    if _cue_words().isdisjoint(_WORD_RUN.findall(text.lower())):
        return []  # no speech cue at all: the narrator's, without tokenizing
    cues = load_speech_cues()
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
        while j >= 0 and words[j] in _AUX:
            j -= 1
        if not according and j >= 0 and words[j] in _BE:
            continue  # passive ("was told", "is said"): the subject is not the speaker
        np_tokens = []
        if not according and j >= 0 and words[j] in _PRONOUNS:
            np_tokens = [toks[j]]  # "a balloon it says": the speaker is the pronoun alone
        elif not according:
            while (j >= 0 and len(np_tokens) < _SPEAKER_MAX_WORDS and not toks[j].is_punct
                   and words[j].lower() not in _BOUNDARY_WORDS):
                np_tokens.insert(0, toks[j])
                j -= 1
            if j >= 0 and len(np_tokens) == _SPEAKER_MAX_WORDS:
                np_tokens = []  # ran out of room: no clean speaker phrase before the cue
        layout = "speaker before cue"
        if not np_tokens:  # "…,” said the ministry" / "according to the Pentagon"
            j = k + (2 if according else 1)
            while (j < len(toks) and len(np_tokens) < _SPEAKER_MAX_WORDS and not toks[j].is_punct
                   and words[j].lower() not in _BOUNDARY_WORDS):
                np_tokens.append(toks[j])
                j += 1
            layout = "speaker after cue"
        if not np_tokens:
            continue
        np_start, np_end = np_tokens[0].start, np_tokens[-1].end
        np_words = [t.token for t in np_tokens]
        resolved = _speaker_side(np_start, np_end, sentence_mentions, np_words)
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


def _clause_cuts(text: str, found: list[dict]) -> list[int]:
    """Where to cut a two-sided sentence: at each voice's speaker and at strong boundaries."""
    quoted = quotations(text).spans
    cuts = set()
    inside = _quoted_mask(text, quoted)
    for t in tokenize(text):
        if inside[t.start]:
            continue
        if t.norm in _CLAUSE_BREAKS or t.token == ";":
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
    rows = []
    for article_id, sentence_id, sent_start, sent_text, sent_words in iter_rows(
            sentence_table, ["article_id", "sentence_id", "start", "text", "n_words"]):
        found = _find_voices(sent_text, by_sentence.get((article_id, sentence_id), []))
        sides = {v["side"] for v in found}
        if len(sides) <= 1:
            pieces = [(0, len(sent_text), found)]
        else:
            cuts = [0, *_clause_cuts(sent_text, found), len(sent_text)]
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


# ----------------------------------------------------------------------------- quotes table
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


# ----------------------------------------------------------------------------- naming
def naming(voice_table: pd.DataFrame, title: str | dict[str, str] | None = None,
           names: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return every naming of the contested object, with the side of the clause it is in.

    Longest name wins ("civilian unmanned aircraft" is one naming, not also "aircraft").  The
    headline, when given, counts as the narrator's (sentence_id 0): pass one title, or
    ``{article_id: title}`` for a table of several articles.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``sentence_id``, ``clause_id``, ``side``, ``name``, ``connotation``,
        ``surface`` (as written), ``in_quote`` and ``text`` (the clause).
    """
    names = load_object_names() if names is None else names
    compiled = [(re.compile(_term_pattern(p), re.IGNORECASE), n, c)
                for p, n, c in names[["pattern", "name", "connotation"]].itertuples(index=False)]
    units = list(voice_table[["article_id", "sentence_id", "clause_id", "side", "text"]]
                 .itertuples(index=False, name=None))
    if isinstance(title, str):
        title = {voice_table["article_id"].iloc[0] if len(voice_table) else "": title}
    for article_id, headline in (title or {}).items():
        if headline:
            units.insert(0, (article_id, 0, 1, "narrator", headline))
    rows = []
    for article_id, sid, cid, side, text in units:
        taken: list[tuple[int, int]] = []
        quoted = quotations(text).spans
        normalised = text.replace("’", "'")
        for pattern, name, connotation in compiled:
            for m in pattern.finditer(normalised):
                if any(m.start() < b and a < m.end() for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                in_quote = any(a <= m.start() < b for a, b in quoted)
                rows.append((article_id, sid, cid, side, name, connotation, text[m.start():m.end()],
                             in_quote, text, m.start()))
    table = pd.DataFrame(rows, columns=["article_id", "sentence_id", "clause_id", "side", "name",
                                        "connotation", "surface", "in_quote", "text", "_at"])
    return table.sort_values(["article_id", "sentence_id", "clause_id", "_at"]).drop(
        columns="_at").reset_index(drop=True)


def naming_table(naming_rows: pd.DataFrame) -> pd.DataFrame:
    """Return names × sides: how often each side's clauses use each name, and where.

    Returns
    -------
    pandas.DataFrame
        One row per name and side: ``name``, ``connotation``, ``side``, ``count`` and
        ``sentence_ids`` (``;``-separated; 0 is the headline).
    """
    if naming_rows.empty:
        return pd.DataFrame(columns=["name", "connotation", "side", "count", "sentence_ids"])
    grouped = naming_rows.groupby(["name", "connotation", "side"], sort=False)
    return (grouped.agg(count=("surface", "size"),
                        sentence_ids=("sentence_id", lambda s: ";".join(map(str, s))))
            .reset_index().sort_values(["side", "count", "name"], ascending=[True, False, True])
            .reset_index(drop=True))


# ----------------------------------------------------------------------------- frames
class _MentionSpans:
    """The ``(start, end)`` of every mention, per article, sorted for fast lookup by clause.

    Filtering the whole mention table once per clause made frames and keyness quadratic: on
    a long article (tens of thousands of clauses and mentions) that took minutes.
    """

    def __init__(self, mention_table: pd.DataFrame | None):
        self.by_article: dict[object, tuple[list[int], list[tuple[int, int, int]]]] = {}
        if mention_table is None or not len(mention_table):
            return
        grouped: dict[object, list[tuple[int, int, int]]] = defaultdict(list)
        rows = zip(mention_table["article_id"].tolist(), mention_table["start"].tolist(),
                   mention_table["end"].tolist(), strict=True)
        for order, (article_id, start, end) in enumerate(rows):
            grouped[article_id].append((start, order, end))
        for article_id, spans in grouped.items():
            spans.sort()
            self.by_article[article_id] = ([s for s, _, _ in spans], spans)

    def within(self, article_id, start: int, end: int) -> list[tuple[int, int]]:
        """Mentions with ``start <= mention start`` and ``mention end <= end``, in table order."""
        found = self.by_article.get(article_id)
        if found is None:
            return []
        starts, spans = found
        first, last = bisect_left(starts, start), bisect_right(starts, end)
        inside = sorted((order, s, e) for s, order, e in spans[first:last] if e <= end)
        return [(s, e) for _, s, e in inside]


def _attribution_spans(unit, mentions: _MentionSpans) -> list[tuple[int, int]]:
    """Spans (relative to the clause) that say who speaks: the speaker, the cue, actor names.

    Frames and keywords are about *how* a side tells the story, so these words are left out:
    otherwise "Washington says" would make "washington" and "says" keywords of the US side.
    """
    spans = []
    for a, b in ((unit.speaker_start, unit.speaker_end), (unit.cue_start, unit.cue_end)):
        if a >= 0:
            spans.append((a - unit.start, b - unit.start))
    spans += [(a - unit.start, b - unit.start)
              for a, b in mentions.within(unit.article_id, unit.start, unit.end)]
    return spans


def frame_hits(voice_table: pd.DataFrame, frames: pd.DataFrame | None = None,
               mention_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return one row per frame-lexicon hit, with the clause it is in (the evidence table).

    Longest term wins inside a clause, so "international practices" is not also counted
    elsewhere.  Words inside the speaker, the cue or an actor's name (``mention_table``) are
    not frame words: "People's Liberation Army" names an actor, it does not frame.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``sentence_id``, ``clause_id``, ``side``, ``frame``, ``term``,
        ``surface`` and ``text``.
    """
    frames = load_frames() if frames is None else frames
    ordered = frames.assign(_len=frames["term"].str.len()).sort_values("_len", ascending=False,
                                                                      kind="stable")
    compiled = [(re.compile(_term_pattern(t), re.IGNORECASE), f, t)
                for f, t in ordered[["frame", "term"]].itertuples(index=False)]
    rows = []
    mentions = _MentionSpans(mention_table)
    for unit in voice_table.itertuples(index=False):
        normalised = unit.text.replace("’", "'")
        taken: list[tuple[int, int]] = _attribution_spans(unit, mentions)
        for pattern, frame, term in compiled:
            for m in pattern.finditer(normalised):
                if any(m.start() < b and a < m.end() for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                rows.append((unit.article_id, unit.sentence_id, unit.clause_id, unit.side, frame,
                             term, unit.text[m.start():m.end()], unit.text, m.start()))
    table = pd.DataFrame(rows, columns=["article_id", "sentence_id", "clause_id", "side", "frame",
                                        "term", "surface", "text", "_at"])
    return table.sort_values(["article_id", "sentence_id", "clause_id", "_at"]).drop(
        columns="_at").reset_index(drop=True)


def frame_profile(hits: pd.DataFrame, voice_table: pd.DataFrame,
                  frames: pd.DataFrame | None = None,
                  sides: tuple[str, ...] = (*SIDES_COMPARED, "narrator")) -> pd.DataFrame:
    """Return hits per 100 words of each side's text, for every frame and side.

    Returns
    -------
    pandas.DataFrame
        ``frame``, ``side``, ``hits``, ``side_words`` (words in that side's clauses),
        ``per_100_words`` and ``sentence_ids`` (where the hits are; ``;``-separated).
    """
    frames = load_frames() if frames is None else frames
    words = voice_table.groupby("side")["n_words"].sum()
    rows = []
    for frame in dict.fromkeys(frames["frame"]):
        for side in sides:
            here = hits[(hits["frame"] == frame) & (hits["side"] == side)]
            n_words = int(words.get(side, 0))
            rate = 100 * len(here) / n_words if n_words else float("nan")
            rows.append((frame, side, len(here), n_words, round(rate, 2),
                         ";".join(map(str, here["sentence_id"]))))
    return pd.DataFrame(rows, columns=["frame", "side", "hits", "side_words", "per_100_words",
                                       "sentence_ids"])


# ----------------------------------------------------------------------------- keyness
def _side_terms(voice_table: pd.DataFrame, side: str, mention_table: pd.DataFrame | None
                ) -> tuple[Counter, dict[str, list[int]]]:
    stop = stopwords()
    counts: Counter = Counter()
    where: dict[str, list[int]] = {}
    mentions = _MentionSpans(mention_table)
    for unit in voice_table[voice_table["side"] == side].itertuples(index=False):
        masked = _attribution_spans(unit, mentions)
        for t in tokenize(unit.text):
            if any(a <= t.start < b for a, b in masked):
                continue
            if not t.is_punct and t.norm not in stop and not t.norm[:1].isdigit():
                counts[t.norm] += 1
                where.setdefault(t.norm, []).append(unit.sentence_id)
    return counts, where


def keyness(voice_table: pd.DataFrame, side_a: str = "China", side_b: str = "United States",
            min_count: int = 1, mention_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Compare the content words of two sides' clauses: Dunning's G² and Hardie's log ratio.

    G² (log-likelihood) says how surprising the difference is; the log ratio (base 2) says how
    big it is: +1 means twice as frequent, per word, in ``side_a``'s text as in ``side_b``'s.
    Counts of 0 get 0.5 in the log ratio so that it stays finite.  Content words only:
    stopwords, numbers, the speaker, the cue and actor names (``mention_table``) are left out.

    Returns
    -------
    pandas.DataFrame
        One row per term: ``term``, ``count_a``, ``count_b``, ``total``, ``g2``, ``log_ratio``,
        ``key_for`` (the side the term is relatively more frequent in), ``sentence_ids_a``,
        ``sentence_ids_b``, sorted by G² (largest first).
    """
    a, where_a = _side_terms(voice_table, side_a, mention_table)
    b, where_b = _side_terms(voice_table, side_b, mention_table)
    size_a, size_b = sum(a.values()), sum(b.values())
    rows = []
    for term in sorted(set(a) | set(b)):
        ca, cb = a.get(term, 0), b.get(term, 0)
        if ca + cb < min_count or not size_a or not size_b:
            continue
        total = size_a + size_b
        ea, eb = size_a * (ca + cb) / total, size_b * (ca + cb) / total
        g2 = 2 * sum(o * math.log(o / e) for o, e in ((ca, ea), (cb, eb)) if o)
        log_ratio = math.log2(((ca or 0.5) / size_a) / ((cb or 0.5) / size_b))
        rows.append((term, ca, cb, ca + cb, round(g2, 3), round(log_ratio, 3),
                     side_a if log_ratio > 0 else side_b,
                     ";".join(map(str, where_a.get(term, []))),
                     ";".join(map(str, where_b.get(term, [])))))
    table = pd.DataFrame(rows, columns=["term", "count_a", "count_b", "total", "g2", "log_ratio",
                                        "key_for", "sentence_ids_a", "sentence_ids_b"])
    table.attrs.update(side_a=side_a, side_b=side_b, size_a=size_a, size_b=size_b)
    return table.sort_values(["g2", "term"], ascending=[False, True]).reset_index(drop=True)


# ----------------------------------------------------------------------------- tone
@lru_cache(maxsize=1)
def _vader():
    # vaderSentiment ships its lexicon inside the package: nothing is downloaded.
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def tone(voice_table: pd.DataFrame) -> pd.DataFrame:
    """Return the voice table with VADER's scores for each row's text.

    Returns
    -------
    pandas.DataFrame
        The voice columns plus ``compound`` (−1 very negative … +1 very positive), ``neg``,
        ``neu`` and ``pos``.
    """
    # VADER strips only straight punctuation from a word's edges: "“failed" would not be
    # found in its lexicon.  Curly quotes and apostrophes are made straight first.
    scores = [_vader().polarity_scores(t.translate(_STRAIGHTEN)) for t in voice_table["text"]]
    out = voice_table.copy()
    for key in ("compound", "neg", "neu", "pos"):
        out[key] = [s[key] for s in scores]
    return out


def share_of_voice(voice_table: pd.DataFrame) -> pd.DataFrame:
    """Return, per side, the clauses, words and share of the article's words it holds.

    Returns
    -------
    pandas.DataFrame
        ``side``, ``clauses``, ``words``, ``share`` (of all words, 0–1) and ``sentence_ids``.
    """
    order = [*SIDES_COMPARED, "other", "narrator"]
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


# ----------------------------------------------------------------------------- plots
def _axes(ax, figsize=(8, 4.5)):
    import matplotlib.pyplot as plt

    if ax is None:  # a new figure gets the house style; a given Axes keeps its figure's
        style.apply()
        _, ax = plt.subplots(figsize=figsize)
    return ax


def _count(n: int, noun: str) -> str:
    """``3 words``, ``1 word``, ``12,400 words``."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _sides_in(present, sides: tuple[str, ...] | None) -> list[str]:
    """The sides to draw: ``sides`` if given, else China, the US, ``other`` and the narrator,
    ``other`` only when it is in ``present``."""
    if sides is not None:
        return list(sides)
    present = set(present)
    return [s for s in (*SIDES_COMPARED, "other", "narrator") if s != "other" or s in present]


_empty = style.empty_message


def plot_share_of_voice(share: pd.DataFrame, ax=None):
    """Draw each side's share of the article's words as horizontal bars; return the Axes."""
    ax = _axes(ax)
    if share.empty or share["words"].sum() == 0:
        return _empty(ax, "No text to attribute")
    labels = share["side"].tolist()
    ax.barh(labels, share["share"] * 100, color=[style.side_colour(s) for s in labels])
    ax.invert_yaxis()
    for y, (pct, words, clauses) in enumerate(share[["share", "words", "clauses"]].itertuples(
            index=False)):
        ax.text(pct * 100, y, f" {pct:.0%} ({_count(words, 'word')}, "
                f"{_count(clauses, 'clause')})", va="center", fontsize="small")
    ax.set_xlabel("Share of the article's words (%)")
    ax.set_xlim(0, min(100, share["share"].max() * 100 * 1.9))
    return ax


#: What :func:`plot_quotes` says when there is no quotation to count.
NO_QUOTES = "No direct quotations in this article"


def plot_quotes(quote_table: pd.DataFrame, ax=None,
                sides: tuple[str, ...] = (*SIDES_COMPARED, "other", "narrator")):
    """Draw the number of direct quotations per side, with their words; return the Axes.

    Quotations whose marks do not pair up (``status`` not ``ok``) are counted, and the label
    says how many of a side's are unbalanced: each runs from its mark to the end of its
    paragraph, so its words are a guess.  With no quotation the chart says so.
    """
    ax = _axes(ax, figsize=(8, 3.2))
    if quote_table.empty:
        return _empty(ax, NO_QUOTES)
    counts = quote_table.groupby("side").agg(quotes=("quote_id", "size"), words=(
        "text", lambda t: sum(len([w for w in x.split() if any(c.isalnum() for c in w)])
                              for x in t)), unbalanced=(
        "status", lambda st: sum(1 for x in st if x != "ok")))
    present = [s for s in sides if s in counts.index]
    ax.barh(present, counts.loc[present, "quotes"], color=[style.side_colour(s) for s in present])
    ax.invert_yaxis()
    for y, side in enumerate(present):
        n, w = counts.loc[side, "quotes"], counts.loc[side, "words"]
        odd = counts.loc[side, "unbalanced"]
        note = f" ({odd:,} unbalanced: marks that do not pair up)" if odd else ""
        ax.text(n, y, f" {_count(n, 'quote')}, {_count(w, 'word')}{note}", va="center",
                fontsize="small")
    ax.set_xlim(0, counts["quotes"].max() * 1.8)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("Direct quotations")
    return ax


def plot_naming(table: pd.DataFrame, ax=None, sides: tuple[str, ...] | None = None):
    """Draw a names × sides grid: a square in the side's colour with the count, where used.

    Rows are grouped by connotation, so the reader sees at a glance which side uses the
    surveillance names and which the civilian ones.  The columns are China, the United
    States and the narrator, and ``other`` when its clauses name the object (or ``sides``).
    Returns the Axes.
    """
    sides = _sides_in(table["side"] if len(table) else [], sides)
    n_rows = max(1, table["name"].nunique()) if len(table) else 1
    ax = _axes(ax, figsize=(8, 0.45 * n_rows + 1.6))
    if table.empty:
        return _empty(ax, "The object-name codebook found no names in this article")
    grid = (table.pivot_table(index=["connotation", "name"], columns="side", values="count",
                              aggfunc="sum", fill_value=0)
            .reindex(columns=list(sides), fill_value=0).sort_index())
    from matplotlib.patches import Rectangle

    for y, ((connotation, _name), counts) in enumerate(grid.iterrows()):
        for x, side in enumerate(sides):
            n = int(counts[side])
            if n:  # rectangles in data units scale with the axes, so cells never overlap
                ax.add_patch(Rectangle((x - 0.32, y - 0.36), 0.64, 0.72,
                                       color=style.side_colour(side), zorder=3))
                ax.text(x, y, str(n), ha="center", va="center", color="white", fontsize="medium",
                        fontweight="bold", zorder=4)
            else:
                ax.add_patch(Rectangle((x - 0.08, y - 0.08), 0.16, 0.16, color="#E5E5E5"))
        ax.text(len(sides) - 0.45, y, connotation, va="center", fontsize="x-small",
                color="#666666")
    ax.set_xticks(range(len(sides)), sides)
    ax.xaxis.tick_top()
    headline_only = set(table.groupby("name")["sentence_ids"].agg(
        lambda ids: all(i == "0" for i in ";".join(ids).split(";"))).loc[lambda x: x].index)
    ax.set_yticks(range(len(grid)), [f"{name} (headline)" if name in headline_only else name
                                     for _, name in grid.index])
    ax.set_xlim(-0.6, len(sides) + 0.6)
    ax.set_ylim(len(grid) - 0.5, -0.5)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    return ax


def plot_frames(profile: pd.DataFrame, ax=None, sides: tuple[str, ...] | None = None):
    """Draw frame hits per 100 words by side (grouped bars, hit counts printed); return the Axes.

    The sides are those of ``profile`` (China, the United States, ``other`` when present, the
    narrator), or ``sides``.  A side with no text has no rate: it gets no number (a printed
    0 is a real zero) and the legend says "no text".
    """
    if sides is None:
        present = set(profile["side"]) if len(profile) else set()
        sides = [s for s in (*SIDES_COMPARED, "other", "narrator") if s in present] or [
            *SIDES_COMPARED, "narrator"]
    ax = _axes(ax)
    if profile.empty or profile["hits"].sum() == 0:
        return _empty(ax, "No frame-lexicon words in this article")
    frames = list(dict.fromkeys(profile["frame"]))
    height = 0.8 / len(sides)
    for n, side in enumerate(sides):
        here = profile[profile["side"] == side].set_index("frame").reindex(frames)
        ys = [i + (n - (len(sides) - 1) / 2) * height for i in range(len(frames))]
        rates = here["per_100_words"]
        ax.barh(ys, rates.fillna(0), height=height, color=style.side_colour(side),
                label=f"{side} (no text)" if rates.isna().all() else side)
        for y, rate, hits in zip(ys, rates, here["hits"].fillna(0), strict=True):
            if rate == rate:  # not NaN: the side has text, so 0 is a real zero
                ax.text(rate, y, f" {int(hits)}", va="center", fontsize="x-small")
    ax.set_yticks(range(len(frames)), [f.replace(" and ", " &\n", 1) if len(f) > 22 else f
                                       for f in frames])
    ax.invert_yaxis()
    ax.set_xlabel("Frame words per 100 words of the side's text (number = hits)")
    ax.legend(loc="best")  # lower right on the default article; elsewhere off the bars
    return ax


#: G² above this is "significant at p < 0.05" for one degree of freedom.
G2_CRITICAL = 3.84


def plot_keyness(table: pd.DataFrame, ax=None, top: int = 8, floor: int = 3):
    """Draw the strongest keywords of each side as diverging bars of log ratio.

    Bars resting on fewer than ``floor`` tokens, or with G² below 3.84, are drawn faded and
    hatched; every bar is labelled with its counts (a:b), so a reader sees how little some of
    them rest on.
    """
    ax = _axes(ax, figsize=(8, 5.5))
    side_a = table.attrs.get("side_a", "China")
    side_b = table.attrs.get("side_b", "United States")
    if table.empty:
        return _empty(ax, f"Keyness needs text from both {side_a} and {side_b}")
    chosen = pd.concat([
        table[table["key_for"] == side_a].head(top),
        table[table["key_for"] == side_b].head(top),
    ]).sort_values("log_ratio")
    for y, row in enumerate(chosen.itertuples(index=False)):
        small = row.total < floor or row.g2 < G2_CRITICAL
        ax.barh(y, row.log_ratio, color=style.side_colour(row.key_for), alpha=0.35 if small else 1,
                hatch="//" if small else None, edgecolor="white" if small else None)
        ax.text(row.log_ratio, y, f" {row.count_a}:{row.count_b} ", va="center",
                ha="left" if row.log_ratio > 0 else "right", fontsize="x-small")
    ax.set_yticks(range(len(chosen)), chosen["term"])
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.set_xlabel(f"Log ratio (← more {side_b} · more {side_a} →); labels: count {side_a}:{side_b}")
    lim = max(1.0, chosen["log_ratio"].abs().max() * 1.35)
    ax.set_xlim(-lim, lim)
    return ax


#: Above this many voices on one side, :func:`plot_tone` draws small, faint dots.
MANY_DOTS = 200


def plot_tone(scored: pd.DataFrame, ax=None, sides: tuple[str, ...] | None = None):
    """Draw each voice's VADER compound score as a dot, by side, with the side's mean.

    Every side with a voice gets a row (``other`` too), unless ``sides`` says which.  A side
    with more than :data:`MANY_DOTS` voices gets small, faint dots spread wider, so where
    they pile up shows.
    """
    ax = _axes(ax)
    sides = _sides_in(scored["side"] if len(scored) else [], sides)
    present = [s for s in sides if (scored["side"] == s).any()]
    if not present:
        return _empty(ax, "No voices to score")
    for y, side in enumerate(present):
        here = scored[scored["side"] == side]
        many = len(here) > MANY_DOTS
        jitter = [((i % 21 - 10) * 0.028 if many else (i % 5 - 2) * 0.06)
                  for i in range(len(here))]
        ax.scatter(here["compound"], [y + j for j in jitter], color=style.side_colour(side),
                   s=6 if many else 40, alpha=0.15 if many else 0.8, zorder=3,
                   linewidths=0 if many else None)
        mean = here["compound"].mean()
        ax.plot([mean, mean], [y - 0.3, y + 0.3], color="#222222", linewidth=2, zorder=4)
        ax.text(1.02, y, f"mean {mean:+.2f} (n={len(here):,})", va="center", fontsize="small",
                transform=ax.get_yaxis_transform())
    ax.set_yticks(range(len(present)), present)
    ax.invert_yaxis()
    ax.axvline(0, color="#999999", linewidth=0.8, linestyle="--")
    ax.set_xlim(-1.05, 1.05)
    ax.set_xticks([-1, -0.5, 0, 0.5, 1])
    ax.set_xlabel("VADER compound score per voice (−1 negative … +1 positive)")
    return ax


def comparison_figure(share: pd.DataFrame, names: pd.DataFrame, profile: pd.DataFrame,
                      scored: pd.DataFrame, title: str, source: str):
    """Return one figure with the two sides side by side: voice, names, frames, tone."""
    import matplotlib.pyplot as plt

    style.apply()
    # Drawn at a larger base size: this figure is shown whole on one slide.
    with plt.rc_context({"font.size": 14, "axes.titlesize": 16}):
        fig, axes = plt.subplots(2, 2, figsize=(16, 10),
                                 gridspec_kw={"hspace": 0.45, "wspace": 0.6})
        plot_share_of_voice(share, axes[0, 0]).set_title("Who gets the words")
        plot_naming(names, axes[0, 1]).set_title("What each side calls the object", pad=30)
        plot_frames(profile, axes[1, 0]).set_title("Frames per 100 words of each side's text")
        plot_tone(scored, axes[1, 1]).set_title("Tone of each voice (VADER)")
        fig.suptitle(title, x=0.02, ha="left", fontsize=18, fontweight="bold")
        fig.text(0.02, 0.0, source, ha="left", va="top", fontsize="small", color="#555555")
    return fig


#: Rows the voice explorer shows at most (the table it filters keeps them all).
EXPLORER_ROWS = 50


def voice_explorer(voice_table: pd.DataFrame):
    """Build a live voice table: pick a side and a cue, and see the clauses that match.

    Returns
    -------
    ipywidgets.VBox
        Display it in JupyterLab; the table below the menus follows every change.
    """
    import ipywidgets as widgets

    sides = ["all", *dict.fromkeys(voice_table["side"])]
    cues = ["all", *sorted({c.lower() for c in voice_table["cue"] if c})]
    side_menu = widgets.Dropdown(options=sides, value="all", description="Side")
    cue_menu = widgets.Dropdown(options=cues, value="all", description="Cue")
    out = widgets.Output()

    def refresh(*_):
        shown = voice_table
        if side_menu.value != "all":
            shown = shown[shown["side"] == side_menu.value]
        if cue_menu.value != "all":
            shown = shown[shown["cue"].str.lower() == cue_menu.value]
        style.fill_output(
            out, f"{len(shown)} of {len(voice_table)} rows"
            + (f"; the first {EXPLORER_ROWS} shown" if len(shown) > EXPLORER_ROWS else ""),
            shown[["sentence_id", "clause_id", "side", "speaker", "cue", "text"]]
            .head(EXPLORER_ROWS))

    side_menu.observe(refresh, names="value")
    cue_menu.observe(refresh, names="value")
    refresh()
    return widgets.VBox([widgets.HBox([side_menu, cue_menu]), out])
