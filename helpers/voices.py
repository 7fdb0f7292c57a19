"""The voice table: each sentence or clause with the side whose claim it reports, quotations,
share of voice.

Every row is the narrator's (the reporter's own account) unless an attribution was found in
it: a **source**, a **cue** and a **content** (the claim), found by :mod:`helpers.speakers`
with the rules and the ``data/`` files it names.  A side owns only the content; the source,
the cue and the rest of the sentence are the reporter's words, so share of voice counts the
content's words (``content_words``).  A sentence with voices of **two sides** is cut into
clauses at the sources and at strong boundaries (``data/clause_breaks.txt``: while, whereas,
but, after …, and ";").  Quotation marks are paired per paragraph, and over paragraphs when a
quotation runs on; a sentence that only continues a quotation, and a quotation with no cue that
follows an attributed one, keep its source.  Every row says in ``rule`` why it got its side.

>>> from helpers.article import load_article, DEFAULT_ARTICLE
>>> from helpers.text import sentences
>>> from helpers.voices import voices
>>> v = voices(sentences(load_article(DEFAULT_ARTICLE)))
>>> v.loc[v["sentence_id"] == 10, ["clause_id", "side", "speaker", "cue"]].values.tolist()
[[1, 'China', 'Beijing', 'said'], [2, 'United States', 'Washington', 'insists']]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from helpers import actors, codebooks, headlines, sources, speakers, verbless
from helpers.text import count_words, iter_rows, paragraph_texts, quotations, tokenize

__all__ = ["QUOTE_COLUMNS", "VOICE_COLUMNS", "load_speech_cues", "quotes",
           "share_of_voice", "voices"]


VOICE_COLUMNS = ["article_id", "sentence_id", "clause_id", "start", "end", "text", "side",
                 "speaker", "actor", "cue", "rule", "n_words", "speaker_start", "speaker_end",
                 "cue_start", "cue_end", "content_start", "content_end", "content_words"]


QUOTE_COLUMNS = ["article_id", "quote_id", "sentence_id", "start", "end", "text", "speaker",
                 "side", "cue", "layout", "status", "kind"]


def load_speech_cues() -> dict[str, str]:
    """Return ``{word form: cue lemma}`` for ``data/speech_cues.csv`` (``"said"`` → ``"say"``).

    The file lists lemmas; their inflections come from lemminflect.  Re-read when the file
    changed, so a cue added in JupyterLab counts at the next call.
    """
    return {form: lemma for form, (lemma, _) in speakers.cue_forms().items()}


class _Mention(NamedTuple):
    """An actor mention with offsets relative to its sentence (what the voice rules need)."""

    start: int
    end: int
    side: str
    actor: str
    kind: str
    rule: str
    in_quote: bool = False


def _mentions_by_sentence(mention_table: pd.DataFrame, sentence_table: pd.DataFrame
                          ) -> dict[tuple, list[_Mention]]:
    """Group mentions by (article_id, sentence_id) once, with sentence-relative offsets."""
    keys = zip(sentence_table["article_id"], sentence_table["sentence_id"], strict=True)
    offsets = dict(zip(keys, sentence_table["start"], strict=True))
    grouped: dict[tuple, list[_Mention]] = defaultdict(list)
    columns = ["article_id", "sentence_id", "start", "end", "side", "actor", "kind", "rule",
               "in_quote"]
    if "in_quote" not in mention_table.columns:
        mention_table = mention_table.assign(in_quote=False)
    for art, sid, start, end, side, actor, kind, rule, quoted in iter_rows(mention_table, columns):
        offset = offsets.get((art, sid))
        if offset is not None:
            grouped[(art, sid)].append(_Mention(start - offset, end - offset, side, actor, kind,
                                                rule, bool(quoted)))
    return grouped


def _clause_cuts(text: str, found: list[dict], rules: speakers.Lexicon) -> list[int]:
    """Where to cut a two-sided sentence: at each voice's speaker and at strong boundaries."""
    quoted = quotations(text).spans
    cuts = set()
    inside = bytearray(len(text))
    for a, b in quoted:
        inside[a:b] = b"\x01" * (b - a)
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


def _row_for(first: dict, here: list[dict]) -> tuple:
    sides = {v["side"] for v in here if not v.get("joint")}
    extra = "" if len(sides) <= 1 else "; sides disagree, first voice kept"
    return (first["side"], first["speaker"], first["actor"], first["cue"], first["rule"] + extra)


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
        ``United States``, ``other`` or ``narrator``), ``speaker`` (the source as written),
        ``actor``, ``cue`` (as written), ``rule`` (why), ``n_words``, the body offsets of the
        source, the cue and the content (``speaker_start``, ``speaker_end``, ``cue_start``,
        ``cue_end``, ``content_start``, ``content_end``; −1 for the narrator, an empty cell
        in the CSV) and
        ``content_words`` (the words of the side's claim: what share of voice counts).
    """
    if mention_table is None:
        mention_table = actors.mentions(sentence_table, codebook)
    by_sentence = _mentions_by_sentence(mention_table, sentence_table)
    lex = speakers.lexicon()
    # Quotation marks are paired per paragraph (and over paragraphs, for a run-on), so a
    # sentence knows the quotation it is in even when the opening mark is in the one before.
    quote_starts: dict = defaultdict(list)
    quote_spans = list(_quote_spans(sentence_table))
    for art, q_start, q_end, status in quote_spans:
        if status.startswith("ok"):  # an unbalanced mark would hide its own attribution
            quote_starts[art].append((q_start, q_end))
    rows = []
    datelines = sentence_table.attrs.get("datelines", {})
    homes: dict[str, tuple[str, str, str] | None] = {}
    register, current = speakers.Register(), None
    paragraph, label = None, None   # the paragraph and its transcript speaker label, if any
    for article_id, sentence_id, paragraph_id, sent_start, sent_text, sent_words in iter_rows(
            sentence_table, ["article_id", "sentence_id", "paragraph_id", "start", "text",
                             "n_words"]):
        if article_id != current:
            place = datelines.get(article_id)
            if place not in homes:
                homes[place] = _home(place, codebook)
            register, current = speakers.Register(home=homes[place]), article_id
        sent_end = sent_start + len(sent_text)
        quoted = [(max(a, sent_start) - sent_start, min(b, sent_end) - sent_start)
                  for a, b in quote_starts.get(article_id, ())
                  if a < sent_end and sent_start < b]
        here_mentions = by_sentence.get((article_id, sentence_id), [])
        first_of_paragraph = (article_id, paragraph_id) != paragraph
        if first_of_paragraph:
            paragraph = (article_id, paragraph_id)
            label = verbless.label_source(sent_text, here_mentions, lex, register)
        found = speakers.find_voices(sent_text, here_mentions, lex, register, quoted)
        if label is not None:
            found = _answer_voices(found, label, sent_text, first_of_paragraph)
        sources.introduce(sent_text, here_mentions, lex, register, quoted, found)
        register.see(here_mentions, sent_text)
        sides = {v["side"] for v in found if not v.get("joint")}   # a joint source: one clause
        if len(sides) <= 1:
            pieces = [(0, len(sent_text), found)]
        else:
            cuts = [0, *_clause_cuts(sent_text, found, lex), len(sent_text)]
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
            start = sent_start + a + lead
            if here:
                first = here[0]
                row = _row_for(first, here)
                c_start = max(first["content_start"], a + lead)
                c_end = min(first["content_end"], a + lead + len(piece))
                spans = (*((sent_start + first["np_start"], sent_start + first["np_end"],
                            sent_start + first["cue_start"], sent_start + first["cue_end"])
                           if first["np_start"] >= 0 else (-1, -1, -1, -1)),
                         *((sent_start + c_start, sent_start + c_end) if c_end > c_start
                           else (-1, -1)))
                content = count_words(sent_text[c_start:c_end]) if c_end > c_start else 0
            else:
                why = ("no speech cue with a source: the reporter's account" if len(pieces) == 1
                       else "clause of a two-sided sentence with no speech cue: the reporter's")
                row = ("narrator", "", "", "", why)
                spans = (-1, -1, -1, -1, -1, -1)
                content = 0
            n_words = sent_words if len(pieces) == 1 else count_words(piece)
            partners = [v for v in here[1:] if v.get("joint") and here and
                        v["cue_start"] == here[0]["cue_start"]] if here else []
            shares = _split(content, 1 + len(partners))
            rows.append([article_id, sentence_id, clause_id, start, start + len(piece),
                         piece, *row, n_words, *spans, shares[0]])
            for partner, share in zip(partners, shares[1:], strict=True):
                # A joint source of both sides ("Wang Yi and Antony Blinken said …"): a row of
                # the same clause for each side; the clause's words are counted once (n_words
                # 0 here), its claim's words shared between the sides that make it.
                rows.append([article_id, sentence_id, clause_id, start, start + len(piece),
                             piece, partner["side"], partner["speaker"], partner["actor"],
                             partner["cue"], partner["rule"] + "; the claim is both sides'",
                             0, *spans, share])
    table = pd.DataFrame(_continue_quotations(rows, sentence_table, quote_spans),
                         columns=VOICE_COLUMNS)
    # -1 marks "no span" (the narrator's); helpers.figures writes those cells empty.
    table.attrs["missing"] = dict.fromkeys([f"{part}_{end}" for part in ("speaker", "cue", "content")
                                            for end in ("start", "end")], -1)
    return table


def _split(words: int, ways: int) -> list[int]:
    """``words`` shared as evenly as whole words allow, the first share the largest."""
    return [words // ways + (1 if k < words % ways else 0) for k in range(ways)]


#: The answering speaker's own claim around the one reported: "I'd note that …", "If that's
#: the case, …", "we believe".
_OWN_CLAIM = re.compile(r"\b(?:I|we)(?:'d|’d| would| will|'ll|’ll)?\s+(?:note|say|think|believe|"
                        r"expect|reject|urge|call)\b|\bif that'?s the case\b", re.I)


def _answer_voices(found: list[dict], label: dict, text: str, labelled: bool) -> list[dict]:
    """The voices of a sentence of a transcript answer ("GEN. HALVORSEN: … . We have …").

    The answer is the labelled speaker's: a voice of a compared side inside it stays (the
    speaker reporting another's claim), any other ("What I can tell you is", "we said", "We
    reject that") is the speaker's own and gives way to the label.  The label's span is in the paragraph's
    first sentence only (``labelled``); later sentences have no source span of their own.
    """
    compared = set(codebooks.compared_sides())
    # "We reject that characterization": the first person is the labelled speaker, whoever
    # was named last.
    kept = [v for v in found if v["side"] in compared and v.get("layout") != "transcript"
            and v["np_start"] >= (label["content_start"] if labelled else 0)
            and text[v["np_start"]:v["np_end"]].lower() not in ("i", "we")]
    own = label if labelled else {
        **label, "np_start": -1, "np_end": -1, "cue_start": -1, "cue_end": -1,
        "content_start": 0, "content_end": len(text),
        "rule": label["rule"].replace("speaker label", "in the answer of the speaker label", 1)}
    if kept and (all(v["side"] == label["side"] for v in kept) or not _OWN_CLAIM.search(text)):
        return kept
    return [own, *kept]


def _home(place: str | None, codebook) -> tuple[str, str, str] | None:
    """(side, actor, place) of a dateline's place ("BEIJING", "TOKYO") as the actor codebook
    knows it, or a province, city or state of data/regions.csv ("GUANGZHOU": China, no
    actor); None when there is no dateline or neither knows the place."""
    if not place:
        return None
    found = actors.mentions_in_text(place, codebook)
    for m in found.itertuples():
        return m.side, m.actor, place
    parts = [p.strip() for p in re.split(r"[/,]", place) if p.strip()]
    regions = speakers.lexicon().regions
    for part in parts:   # "TOPEKA", "ALDEN FALLS, Iowa", "LONG BEACH, California"
        side = regions.get(part.lower().replace("’", "'"))
        if side:
            return side, "", place
    if len(parts) > 1 and parts[-1] in codebooks.wordlist("us_state_abbreviations.txt"):
        return "United States", "", place   # "JEFFERSON CITY, Mo.", "HUNTINGTON, W.Va."
    return None


def _quote_spans(sentence_table: pd.DataFrame):
    """Per article, the body spans of its quotations, a run-on over paragraphs as one.

    News style quotes a speaker over several paragraphs by leaving each paragraph's quotation
    open and opening the next paragraph with a mark: such a run is one quotation.  Yields
    ``(article_id, start, end, status)``.
    """
    rows_in = iter_rows(sentence_table, ["article_id", "paragraph_id", "sentence_id", "start",
                                         "end", "text"])
    pending = None   # (article_id, start) of a quotation left open at a paragraph's end
    for article_id, para_start, para_text, _ in paragraph_texts(rows_in):
        found = quotations(para_text)
        items = [(a, b, "ok") for a, b in found.spans]
        items += [(i, len(para_text), f"unbalanced: an opening {mark} that is never closed")
                  for i, mark in found.unclosed]
        items += [(i, len(para_text), "unbalanced: a closing ” with no opening “")
                  for i in found.stray]
        items.sort()
        if pending is not None and pending[0] == article_id and items and \
                not para_text[:items[0][0]].strip():
            first = items[0]
            if first[2] == "ok" or first[2].startswith("unbalanced: an opening"):
                yield_start = pending[1]
                if first[2] == "ok":
                    yield article_id, yield_start, para_start + first[1], "ok (run-on)"
                    items = items[1:]
                    pending = None
                else:
                    items = items[1:]   # still open: the run goes on
        elif pending is not None:
            yield pending[0], pending[1], pending[2], pending[3]
            pending = None
        for a, b, status in items:
            if status.startswith("unbalanced: an opening") and (a, b, status) == items[-1]:
                pending = (article_id, para_start + a, para_start + b, status)
                continue
            yield article_id, para_start + a, para_start + b, status
    if pending is not None:
        yield pending[0], pending[1], pending[2], pending[3]


def _continue_quotations(rows: list[list], sentence_table: pd.DataFrame, spans) -> list[list]:
    """A sentence that only continues a quotation belongs to the quotation's source.

    The source is the voice inside the quotation's own sentences; a quotation with no cue of
    its own that follows an attributed one in the same paragraph, or in the next paragraph
    (the news convention for a long quotation), keeps that source.  ``rows`` are the voice
    table's rows (lists in ``VOICE_COLUMNS`` order), changed in place and returned.
    """
    if not rows:
        return rows
    col = {name: k for k, name in enumerate(VOICE_COLUMNS)}
    ART, SID, START, END, TEXT, SIDE, RULE = (col[c] for c in (
        "article_id", "sentence_id", "start", "end", "text", "side", "rule"))
    by_article: dict = defaultdict(list)
    for k, row in enumerate(rows):
        by_article[row[ART]].append(k)
    paragraph = dict(zip(zip(sentence_table["article_id"].tolist(),
                             sentence_table["sentence_id"].tolist(), strict=True),
                         sentence_table["paragraph_id"].tolist(), strict=True))
    last: dict = {}   # article -> (source row, paragraph of its quotation's end)
    for article_id, start, end, status in spans:
        members = by_article[article_id]
        starts = [rows[k][START] for k in members]
        first = bisect_right(starts, start) - 1
        inside = [k for k in members[max(first, 0):bisect_left(starts, end)]
                  if rows[k][START] < end and start < rows[k][END]]
        if not inside:
            continue
        sources = [rows[k] for k in inside if rows[k][SIDE] != "narrator"
                   and not rows[k][RULE].startswith("inside the quotation")]
        first_para = paragraph.get((article_id, rows[inside[0]][SID]))
        how = "continues it"
        if sources:
            source = sources[0]
        elif article_id in last and first_para is not None and \
                first_para - last[article_id][1] <= 1 and status.startswith("ok"):
            source, how = last[article_id][0], "continues the quotation before it"
        else:
            continue
        last[article_id] = (source, paragraph.get((article_id, rows[inside[-1]][SID])))
        for k in inside:
            row = rows[k]
            if row[SIDE] != "narrator":
                continue
            a, b = max(start - row[START], 0), min(end - row[START], len(row[TEXT]))
            if count_words(row[TEXT][:a] + row[TEXT][b:]) <= 1:
                for name, value in (("side", source[SIDE]), ("speaker", source[col["speaker"]]),
                                    ("actor", source[col["actor"]]), ("cue", source[col["cue"]]),
                                    ("content_start", max(start, row[START])),
                                    ("content_end", min(end, row[END])),
                                    ("content_words", count_words(row[TEXT][a:b])),
                                    ("rule", f"inside the quotation of {source[col['speaker']]} "
                                             f"({how})")):
                    row[col[name]] = value
    return rows


@lru_cache(maxsize=4)
def _title_nouns_with(words: tuple[str, ...]) -> tuple[re.Pattern[str], frozenset[str]]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # (a short phrase may follow the noun: "the annual report to Congress, “Military …”")
    return re.compile(rf"\b(?:{alternatives})(?:\s+(?:to|by|of|for|from|on)(?:\s+[\w'’.-]+)"
                      rf"{{1,3}},)?[\s,]*$", re.I), frozenset(words)


def _title_nouns() -> tuple[re.Pattern[str], frozenset[str]]:
    """The title cue before a quotation, and the nouns that end a title (data/title_nouns.txt)."""
    return _title_nouns_with(codebooks.wordlist("title_nouns.txt"))


_SO_CALLED = re.compile(r"so-called\s*$", re.I)


#: Words that may follow a quoted fragment of speech ("“necessary measures” to protect",
#: "“bullying” and said"); another lower-case word right after a capitalised term makes the
#: term a name's modifier ("“Taiwan independence” separatist forces"): held at a distance.
_AFTER_SPEECH = frozenset({"and", "or", "but", "to", "of", "in", "on", "for", "with", "the", "a",
                           "an", "that", "which", "as", "at", "by", "from", "if", "is", "was",
                           "are", "were", "will", "would", "he", "she", "it", "they", "said",
                           "says", "against", "over", "into", "than", "while", "because"})


#: The words a title leaves in lower case ("Capital at the Crossroads", "Made in America").
_TITLE_SMALL_WORDS = frozenset({"of", "the", "and", "or", "in", "on", "for", "to", "a", "an",
                                "about", "with", "at", "by", "from", "into", "over", "under",
                                "as", "vs"})


def _kind(before: str, inner: str, has_voice: bool, after: str = "") -> str:
    """``speech``, ``title`` (of a report, book, film, law) or ``scare`` (a word held at a
    distance, with no speech around it, or a capitalised term used as a modifier: "sends a
    wrong signal to “Taiwan independence” separatist forces"); ``before`` is the sentence up
    to the quotation, ``after`` the sentence after it."""
    before = before[-40:]
    words = re.findall(r"[\w'’-]+", inner)
    title_case = len(words) >= 2 and all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS
                                         for w in words)
    cue_before, nouns = _title_nouns()
    if title_case and cue_before.search(before):   # "a report, “Steel on the Waterfront,”"
        return "title"
    following = re.match(r"\s+([a-z][\w-]*)", after)
    if has_voice and before.strip() and inner[:1].isupper() and following \
            and following.group(1) not in _AFTER_SPEECH \
            and len(re.findall(r"[\w'’-]+", inner)) <= 4:
        return "scare"
    if title_case and (not has_voice or words[-1].lower() in nouns or len(words) >= 5):
        # (five words or more in title case are a name, not speech: "Catalogue of
        # Technologies Prohibited or Restricted from Export")
        return "title"
    if _SO_CALLED.search(before):
        return "scare"
    if not has_voice and len(words) <= 4:
        return "scare"
    return "speech"


def quotes(sentence_table: pd.DataFrame, codebook: pd.DataFrame | None = None,
           voice_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return every direct quotation with its source, side and kind.

    The source is the voice whose source or cue is nearest the quotation among the sentences
    it spans; a quotation with no voice there that follows an attributed one in the same
    paragraph (or run of paragraphs) keeps that source.  A title in quotation marks and a
    short scare quote with no speech around it get ``kind`` ``title`` or ``scare``: they are
    shown but are no side's quotation (their side is the narrator's).

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``quote_id`` (1, 2, …), ``sentence_id`` (where it opens; 0 is the
        headline, read by :mod:`helpers.headlines`: its quotations come last, numbered after
        the body's), ``start``/``end`` (body offsets, marks included; into the headline for
        sentence 0), ``text`` (without marks),
        ``speaker``, ``side``, ``cue``, ``layout`` (``speaker before quote``,
        ``quote first, speaker after``, ``quote split by the cue``, ``continues the quotation
        before it``, ``no speaker in its sentence``), ``status`` (``ok``, ``ok (run-on)``, or
        what is unbalanced) and ``kind`` (``speech``, ``title``, ``scare``).
    """
    if voice_table is None:
        voice_table = voices(sentence_table, codebook)
    voiced: dict[tuple, list[dict]] = defaultdict(list)
    for voice in voice_table[(voice_table["side"] != "narrator")
                             & (voice_table["cue_start"] >= 0)].to_dict("records"):
        voiced[(voice["article_id"], voice["sentence_id"])].append(voice)
    sentence_rows = list(iter_rows(sentence_table, ["article_id", "sentence_id", "paragraph_id",
                                                    "start", "end"]))
    bodies: dict = {}
    paragraph_of: dict = {}
    for article_id, sid, para, start, end in sentence_rows:
        bodies.setdefault(article_id, {})[sid] = (start, end)
        paragraph_of[(article_id, sid)] = para
    texts = dict(zip(zip(sentence_table["article_id"].tolist(),
                         sentence_table["sentence_id"].tolist(), strict=True),
                     sentence_table["text"].tolist(), strict=True))
    rows, headline_rows = [], []
    # The headline's quotations come after the body's, numbered on from them: reading them
    # (since December 2026) changed no body quotation's id, which coding sheets refer to.
    datelines = sentence_table.attrs.get("datelines", {})
    for article_id, title in sentence_table.attrs.get("titles", {}).items():
        home = _home(datelines[article_id], codebook) if datelines.get(article_id) else None
        for q in headlines.headline_quotes(title, article_id, codebook, home):
            kind = _kind(title[:q["start"]], q["text"], q["has_cue"] or q["side"] != "narrator")
            speaker, side, cue = (q["speaker"], q["side"], q["cue"]) if kind == "speech" \
                else ("", "narrator", "")
            layout = "headline: the subject of its clause" if kind == "speech" \
                else f"{kind}: no side's quotation"
            headline_rows.append((article_id, 0, 0, q["start"], q["end"], q["text"], speaker,
                                  side, cue, layout, "ok", kind))
    previous: dict = {}
    for article_id, start, end, status in _quote_spans(sentence_table):
        spans = bodies.get(article_id, {})
        covered = [sid for sid, (s, e) in spans.items() if e > start and s < end]
        if not covered:
            continue
        sentence_id = covered[0]
        mine = [v for sid in covered for v in voiced.get((article_id, sid), [])]

        def distance(v, start=start, end=end):
            a, b = min(v["speaker_start"], v["cue_start"]), max(v["speaker_end"], v["cue_end"])
            return 0 if a < end and start < b else min(abs(a - end), abs(start - b))

        # The quotation is the content of the voice whose claim contains it ("Beijing said
        # the airship “deviated …”, while Washington insists …"); else the nearest cue.
        # "Lin said Washington's claim that the checks are routine “does not hold water”": a
        # claim noun's clause that runs to the sentence's end (no comma closes it) holds the
        # main verb too, so a speech cue in reach is the quotation's speaker; "about
        # Beijing's claim that Washington had “politicized” the issue, she said" keeps it.
        mine = [v for v in mine if not (v["rule"].startswith("claim ") and v["content_end"]
                                        >= spans[v["sentence_id"]][1] - 2)] or mine
        holding = [v for v in mine if v["content_start"] <= start and end <= v["content_end"] + 1]
        voice = holding[0] if holding else (min(mine, key=distance) if mine else None)
        body_piece = "".join(texts[(article_id, sid)] for sid in covered)
        s0 = spans[covered[0]][0]
        inner = body_piece[max(0, start - s0):max(0, end - s0)] if len(covered) == 1 else None
        if inner is None:
            inner = _joined(texts, article_id, covered, spans, start, end)
        inner = inner.strip("“”\"„«»").strip().rstrip(",;:").strip()
        layout = "no speaker in its sentence"
        prior = previous.get(article_id)
        if voice is None and prior is not None and prior["end"] <= start and \
                _same_run(paragraph_of, prior["sentence_id"], sentence_id, article_id):
            speaker, side, cue = prior["speaker"], prior["side"], prior["cue"]
            layout = "continues the quotation before it"
        elif voice is None:
            speaker, side, cue = "", "narrator", ""
        else:
            speaker, side, cue = voice["speaker"], voice["side"], voice["cue"]
            if voice["speaker_start"] >= end or voice["cue_start"] >= end:
                layout = "quote first, speaker after"
            else:
                layout = "speaker before quote"
            if rows and rows[-1][0] == article_id and rows[-1][6] == speaker and \
                    rows[-1][4] <= voice["cue_start"] < start:
                layout = "quote split by the cue"
                rows[-1] = (*rows[-1][:9], layout, *rows[-1][10:])
        before = _body_near(texts, article_id, sentence_id, spans, start)
        # A continuation is a whole quotation (it opens its sentence) or a long one; a word
        # or two in marks inside the reporter's sentence is held at a distance, not quoted.
        continues = layout == "continues the quotation before it" and (
            not before.strip() or len(re.findall(r"[\w'’-]+", inner)) > 4)
        s_end = spans[covered[-1]][1]
        after = texts[(article_id, covered[-1])][max(0, end - spans[covered[-1]][0]):] \
            if end <= s_end else ""
        kind = _kind(before, inner, voice is not None or continues, after)
        if kind != "speech":
            speaker, side, cue = "", "narrator", ""
            layout = f"{kind}: no side's quotation"
        rows.append((article_id, 0, sentence_id, start, end, inner, speaker, side, cue, layout,
                     status, kind))
        if kind == "speech" and side != "narrator":
            previous[article_id] = {"speaker": speaker, "side": side, "cue": cue, "end": end,
                                    "sentence_id": covered[-1]}
    rows += headline_rows   # after the body's rows: "quote split by the cue" reads rows[-1]
    order = {aid: n for n, aid in enumerate(dict.fromkeys(sentence_table["article_id"]))}
    rows.sort(key=lambda r: (order.get(r[0], -1), r[2] == 0))   # stable; the headline last
    table = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    table["quote_id"] = table.groupby("article_id", sort=False).cumcount() + 1
    return table


def _joined(texts, article_id, covered, spans, start, end) -> str:
    pieces = []
    for sid in covered:
        s, e = spans[sid]
        t = texts[(article_id, sid)]
        pieces.append(t[max(0, start - s):max(0, min(end, e) - s)])
    return " ".join(p for p in pieces if p)


def _body_near(texts, article_id, sentence_id, spans, start) -> str:
    """The text of the quotation's sentence up to the quotation (for the title cues)."""
    s, _ = spans[sentence_id]
    return texts[(article_id, sentence_id)][:max(0, start - s)]


def _same_run(para: dict, first_sid, sid, article_id) -> bool:
    """Whether two sentences are in the same paragraph, or in consecutive paragraphs."""
    return abs(para.get((article_id, sid), 0) - para.get((article_id, first_sid), -9)) <= 1


def share_of_voice(voice_table: pd.DataFrame) -> pd.DataFrame:
    """Return, per side, the clauses it speaks in, the words of its claims and their share.

    A side's words are the words of its **content** (the quotation, the that-clause, the
    reported clause); the source, the cue and every other word are the reporter's, so the
    narrator holds the rest of the article.

    Returns
    -------
    pandas.DataFrame
        ``side``, ``clauses``, ``words``, ``share`` (of all words, 0–1) and ``sentence_ids``.
    """
    order = [*codebooks.compared_sides(), "other", "narrator"]
    total = int(voice_table["n_words"].sum())
    spoken = int(voice_table.loc[voice_table["side"] != "narrator", "content_words"].sum())
    rows = []
    for side in order:
        here = voice_table[voice_table["side"] == side]
        if side == "other" and here.empty:
            continue
        words = total - spoken if side == "narrator" else int(here["content_words"].sum())
        rows.append((side, len(here), words, round(words / total, 4) if total else 0.0,
                     ";".join(map(str, here["sentence_id"].drop_duplicates()))))
    return pd.DataFrame(rows, columns=["side", "clauses", "words", "share", "sentence_ids"])
