"""Sentences and tokens, offline, with offsets that point back into the article.

Splitting on ". " is wrong three ways in a news story: abbreviations ("the U.S. Navy"),
initials ("John F. Kennedy") and quotations that end in "?" or "!" before the speaker
(“Is it?” she asked.).  This module uses NLTK's Punkt algorithm with parameters the
workbook keeps as plain lists in ``data/`` (abbreviations, sentence starters), so nothing is
downloaded, plus the rules Punkt alone gets wrong:

1. a paragraph break always ends a sentence;
2. a piece that starts with a lower-case letter rejoins the sentence before it;
3. a piece that is only punctuation or closing quotes rejoins the sentence before it;
4. a list marker ("1.", "a)") that Punkt cut off joins the item after it;
   and a number after an abbreviation that is also a word ("No. 3") rejoins it;
5. the ellipsis character "…" can end a sentence, as "..." can.

>>> from helpers.text import split_sentences
>>> split_sentences("The U.S. Navy said so. “Is it?” she asked. Mr. Li left.")
['The U.S. Navy said so.', '“Is it?” she asked.', 'Mr. Li left.']

Tokens keep acronyms whole and their capitals in ``norm``, so ``US`` is never ``us``:

>>> from helpers.text import tokenize
>>> [t.norm for t in tokenize("China’s envoy told us the U.S. said no.")]
['china', "'s", 'envoy', 'told', 'us', 'the', 'US', 'said', 'no', '.']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

import pandas as pd
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

from helpers import codebooks
from helpers.article import PARAGRAPH_SEPARATOR, Article

__all__ = [
    "Token",
    "count_words",
    "iter_rows",
    "load_wordlist",
    "paragraph_texts",
    "paragraphs",
    "quotations",
    "sentence_spans",
    "sentences",
    "split_sentences",
    "stopwords",
    "tokenize",
    "tokens",
]

SENTENCE_COLUMNS = ["article_id", "sentence_id", "paragraph_id", "start", "end", "text",
                    "n_words", "split_rule"]
TOKEN_COLUMNS = ["article_id", "sentence_id", "i", "start", "end", "token", "norm",
                 "is_stop", "is_punct"]


def iter_rows(table: pd.DataFrame, columns: list[str]):
    """Yield tuples of ``columns`` of ``table``, row by row.

    Much faster than ``DataFrame.itertuples`` on large tables (pandas fetches each string cell
    one by one there); the hot loops of the workbook use it.
    """
    return zip(*(table[c].tolist() for c in columns), strict=True)


def load_wordlist(name: str) -> list[str]:
    """Return the entries of ``data/<name>``: one per line, ``#`` comments and blanks skipped.

    Read through :mod:`helpers.codebooks`, so an edited list counts at the next call.
    """
    return list(codebooks.wordlist(name))


class _NewsLanguageVars(PunktLanguageVars):
    """Punkt's English settings, plus the ellipsis character as a possible sentence end."""

    sent_end_chars = (".", "?", "!", "…")


def _punkt() -> PunktSentenceTokenizer:
    return _punkt_with(codebooks.wordlist("abbreviations.txt"),
                       codebooks.wordlist("sentence_starters.txt"))


@lru_cache(maxsize=4)
def _punkt_with(abbreviations: tuple[str, ...], starters: tuple[str, ...]
                ) -> PunktSentenceTokenizer:
    params = PunktParameters()
    # Punkt stores an abbreviation lower-cased, without its final stop ("U.S." -> "u.s").
    params.abbrev_types = {a.lower().rstrip(".") for a in abbreviations}
    params.sent_starters = {w.lower() for w in starters}
    return PunktSentenceTokenizer(params, lang_vars=_NewsLanguageVars())


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_OPENING = "\"'“‘([«"
_CLOSING_ONLY = re.compile(r"^[\s\"'”’)\]».,;:!?…—–-]*$")
_LIST_MARKER = re.compile(r"^\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]$")


def _before_numbers() -> re.Pattern[str]:
    return _before_numbers_with(codebooks.wordlist("abbreviations_before_numbers.txt"))


@lru_cache(maxsize=4)
def _before_numbers_with(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, words)) + r")$")


def _rejoin_reason(previous: str, piece: str) -> str | None:
    """Say why a piece Punkt split off belongs to the sentence before it, or return None."""
    if _CLOSING_ONLY.match(piece):
        return "rejoined: only punctuation"
    if piece[:1].isdigit() and _before_numbers().search(previous):
        return "rejoined: abbreviation before a number"
    if piece[:1] in ")],;":
        return "rejoined: starts with closing punctuation"   # "(D-N.J.), the …"
    first = piece.lstrip(_OPENING + " ")[:1]
    if first.islower():
        return "rejoined: starts in lower case"
    return None


def sentence_spans(text: str) -> list[tuple[int, int, int, str]]:
    """Return ``(start, end, paragraph_index, rule)`` for every sentence of ``text``.

    ``rule`` is the audit trail: ``"punkt"`` where Punkt's boundary stood, or the rule that
    joined pieces (``"rejoined: starts in lower case"``).
    """
    punkt = _punkt()
    spans: list[tuple[int, int, int, str]] = []
    para_start = 0
    paragraph = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        para_end = brk.start() if brk else len(text)
        chunk = text[para_start:para_end]
        first_in_paragraph = len(spans)
        marker_start = None  # a list marker ("1.") that Punkt cut off from its item
        for start, end in punkt.span_tokenize(chunk):
            piece = chunk[start:end]
            reason = None
            if len(spans) > first_in_paragraph:
                reason = _rejoin_reason(text[spans[-1][0]:spans[-1][1]], piece)
            if marker_start is not None:
                start, reason, marker_start = marker_start, "joined: list marker", None
                spans.append((para_start + start, para_start + end, paragraph, reason))
            elif reason:
                prev_start, _, para, _ = spans[-1]
                spans[-1] = (prev_start, para_start + end, para, reason)
            elif _LIST_MARKER.match(piece):
                marker_start = start
            else:
                spans.append((para_start + start, para_start + end, paragraph, "punkt"))
        if marker_start is not None:  # a marker with nothing after it stands alone
            spans.append((para_start + marker_start, para_end, paragraph, "punkt"))
        if chunk.strip():
            paragraph += 1
        para_start = brk.end() if brk else len(text)
    return _split_after_final_abbreviations(text, spans)


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")


def _final_abbreviation_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return _final_abbreviation_with(words)


@lru_cache(maxsize=4)
def _final_abbreviation_with(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?P<gap>\s+)(?P<word>[A-Z][a-z]+)"
                      r"(?P<after>\s+\S+|[.,;:!?]|$)")


def _split_after_final_abbreviations(text: str, spans: list) -> list:
    """Split "… back to the U.S. Officials later said …" after the abbreviation.

    Punkt never ends a sentence after an abbreviation it knows unless the next word is a
    sentence starter.  An abbreviation in ``data/abbreviations_sentence_final.txt`` (U.S.,
    p.m., Inc.) ends a sentence when the capitalised word after it is one the text itself
    uses in lower case elsewhere (Punkt's orthographic evidence: "officials" is a common
    word) and is not the first of a name of several capitalised words ("the U.S. State
    Department", "the U.S. Navy" stay whole).
    """
    finals = codebooks.wordlist("abbreviations_sentence_final.txt")
    if not finals or not any(f in text for f in finals):
        return spans
    pattern = _final_abbreviation_pattern(finals)
    lower = None
    out = []
    for start, end, paragraph, rule in spans:
        cut_at = start
        for m in pattern.finditer(text, start, end):
            after = m["after"].strip()
            if after[:1].isupper():
                continue   # "U.S. State Department": a name goes on
            if len(text[cut_at:m.start()].split()) < 3:
                continue   # "The U.S. Navy said …": too short to be a sentence before it
            if lower is None:
                lower = set(_LOWER_WORD.findall(text))
            if m["word"].lower() not in lower:
                continue
            out.append((cut_at, m.start("gap"), paragraph, rule))
            cut_at, rule = m.start("word"), "split: a sentence-final abbreviation"
        out.append((cut_at, end, paragraph, rule))
    return out


def split_sentences(text: str) -> list[str]:
    """Return the sentences of ``text`` as strings (see the module docstring for the rules)."""
    return [text[start:end] for start, end, _, _ in sentence_spans(text)]


class Token(NamedTuple):
    """One token: its text, its offsets in the string it came from, and its ``norm``."""

    token: str
    start: int
    end: int
    norm: str
    is_punct: bool


_TOKEN_RULES = r"""
      (?:[^\W\d_]\.){2,}(?![^\W\d_])            # dotted acronyms and abbreviations: U.S., e.g.
    | \d+(?:[.,:]\d+)*%?(?![^\W_])              # numbers: 2022, 3.5, 1,000, 10:30, 5%
    | [^\W_]+(?:-[^\W_]+)*?(?=n['’]t\b)         # the "do" of "don't" ...
    | n['’]t\b                                  # ... and its "n't"
    | ['’](?:s|re|ve|ll|d|m)\b                  # clitics split off: 's 're 've 'll 'd 'm
    | [^\W_]+(?:-[^\W_]+|['’](?!(?:s|re|ve|ll|d|m)\b)[^\W_]+)*  # words, G20, O'Brien
    | \.\.\.|…|--                               # ellipses and double dashes
    | \S                                        # any other single character
    """
# Most tokens are plain words: letters followed by a space or punctuation other than an
# apostrophe, hyphen or full stop.  This first branch takes them in one step, without trying
# the rules above one after another (a third less time per text).  It only accepts what the
# rules would give, so the tokens are the same; tests/test_text.py checks that on every text of
# the tests.
_PLAIN_WORD = r"[^\W\d_]++(?![^\W_]|['’.\-])"
_TOKEN = re.compile(_PLAIN_WORD + "|" + _TOKEN_RULES, re.VERBOSE | re.IGNORECASE)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


@lru_cache(maxsize=200_000)
def _norm_and_punct(token: str) -> tuple[str, bool]:
    """Return a token's norm and whether it is punctuation.

    The norm folds case and apostrophes but keeps acronyms (``US``, ``U.S.`` -> ``US``) in
    capitals.  Cached: a text has far fewer distinct tokens than tokens, so this is computed
    once per word form.
    """
    letters = token.replace(".", "")
    if len(letters) >= 2 and letters.isupper() and not any(a in token for a in "'’ʼ"):
        norm = letters
    else:
        norm = token.translate(_APOSTROPHES).casefold()
    return norm, all(unicodedata.category(ch)[0] in "PS" for ch in token)


#: The norm of a word whose spelling changes before "n't": "won't" is split, as "don't" is,
#: into "wo" + "n't", and "wo" means "will" (else "wo", "ca" and "sha" would be counted as
#: content words).
CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}


def _before_nt(norm: str) -> str:
    """The norm of the word before an "n't": lower case ("DON'T" is no acronym), and "will"
    for the "wo" of "won't"."""
    norm = norm.casefold()
    return CONTRACTED.get(norm, norm)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word, number and punctuation tokens (no downloads needed).

    >>> [t.norm for t in tokenize("We won't, can’t and shan't.")]
    ['we', 'will', "n't", ',', 'can', "n't", 'and', 'shall', "n't", '.']
    """
    make = tuple.__new__  # builds a Token from a tuple: what Token._make does, minus one call
    toks = [make(Token, (word, *m.span(), *_norm_and_punct(word)))
            for m in _TOKEN.finditer(text) for word in (m.group(),)]
    folded = text.casefold()
    for k in range(1, len(toks)) if "n't" in folded or "n’t" in folded else ():
        if toks[k].norm == "n't" and toks[k - 1].end == toks[k].start:
            toks[k - 1] = toks[k - 1]._replace(norm=_before_nt(toks[k - 1].norm))
    return toks


# Quotation marks: curly pairs (also German „…“ and «…»), and the straight double quote,
# which opens and closes.
_OPEN_CLOSE = {"“": "”", "„": "“", "«": "»"}
_STRAIGHT = '"'
_QUOTE_MARK = re.compile('[“”„«»"\n]')


class Quotations(NamedTuple):
    """What :func:`quotations` finds in a text: offsets into it."""

    spans: list[tuple[int, int]]     # balanced quotations, marks included: (start, end)
    unclosed: list[tuple[int, str]]  # opening marks never closed: (offset, mark)
    stray: list[int]                 # closing ” with no opening “ before it


def quotations(text: str) -> Quotations:
    """Pair the quotation marks of ``text`` (a paragraph, or a sentence).

    One quotation is open at a time: inside it, only its own closing mark counts (a straight
    quote inside “…” is part of the quotation).  An opening mark met while another is open
    leaves the first unclosed and starts again.  Straight marks are paired by direction: one
    after a space or a bracket and before a letter opens, one after a letter and before a
    space or punctuation closes, so one stray mark does not shift every later quotation.  A
    line break ends a quotation left open on its line.  The actor mentions (``in_quote``)
    and the quotes table both use this one rule.

    >>> quotations('“It was civilian,” Mao said. “It lost its way')
    Quotations(spans=[(0, 18)], unclosed=[(29, '“')], stray=[])
    """
    spans: list[tuple[int, int]] = []
    unclosed: list[tuple[int, str]] = []
    stray: list[int] = []
    open_at, open_mark = None, None
    for m in _QUOTE_MARK.finditer(text):  # visit only the quotation marks (and line breaks)
        i, ch = m.start(), m.group(0)
        if ch == "\n":   # a line break ends any quotation left open on its line
            if open_at is not None:
                unclosed.append((open_at, open_mark))
                open_at = None
            continue
        if ch == _STRAIGHT:
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            opens = (before.isspace() or before in "([{—–-/") and not after.isspace()
            closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-")
        if open_at is None:
            if ch == _STRAIGHT and closes and not opens:
                stray.append(i)     # a straight mark that can only close: nothing is open
            elif ch in _OPEN_CLOSE or ch == _STRAIGHT:
                open_at, open_mark = i, ch
            elif ch == "”":
                stray.append(i)
        else:
            closer = _STRAIGHT if open_mark == _STRAIGHT else _OPEN_CLOSE[open_mark]
            if ch == _STRAIGHT and open_mark == _STRAIGHT and opens and not closes:
                unclosed.append((open_at, open_mark))   # "a" … "b": the first never closed
                open_at = i
            elif ch == closer:
                spans.append((open_at, i + 1))
                open_at = None
            elif ch in _OPEN_CLOSE and open_mark != _STRAIGHT:
                unclosed.append((open_at, open_mark))
                open_at, open_mark = i, ch
    if open_at is not None:
        unclosed.append((open_at, open_mark))
    return Quotations(spans, unclosed, stray)


def paragraph_texts(rows: Iterable[tuple]):
    """Rebuild paragraphs from their sentences, for rules that work across sentences.

    ``rows`` are ``(article_id, paragraph_id, sentence_id, start, end, text)`` in reading
    order (a sentence table's columns).  Yields ``(article_id, paragraph start offset,
    paragraph text, [(sentence_id, start, end), …])`` per paragraph; the text between two
    sentences is filled with spaces, so offsets in the paragraph text plus its start are
    offsets into the article body.  Quotation marks are paired per paragraph, so that a
    quotation of two sentences (“It was civilian. It lost its way,” Mao said.) is one.
    """
    key, sents, pieces = None, [], []
    for art, para, sid, start, end, text in rows:
        if (art, para) != key:
            if sents:
                yield key[0], sents[0][1], "".join(pieces), sents
            key, sents, pieces = (art, para), [], []
        if sents:
            pieces.append(" " * (start - sents[-1][2]))
        sents.append((sid, start, end))
        pieces.append(text)
    if sents:
        yield key[0], sents[0][1], "".join(pieces), sents


def count_words(text: str) -> int:
    """Return the number of tokens in ``text`` that are not punctuation (a sentence's length)."""
    return sum(1 for tok in _TOKEN.findall(text) if not _norm_and_punct(tok)[1])


def stopwords() -> frozenset[str]:
    """Return the stopword list in ``data/stopwords.txt`` (apostrophes folded to ')."""
    return _stopwords_from(codebooks.wordlist("stopwords.txt"))


@lru_cache(maxsize=4)
def _stopwords_from(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.translate(_APOSTROPHES) for w in words)


def sentences(article: Article | Iterable[Article]) -> pd.DataFrame:
    """Return one row per sentence of the article's body, or of every article's.

    Parameters
    ----------
    article
        One :class:`~helpers.article.Article`, or several: a list of them or the
        :class:`~helpers.article.Corpus` from :func:`~helpers.article.load_corpus`.  Their ids
        must differ.

    Returns
    -------
    pandas.DataFrame
        Columns ``article_id``, ``sentence_id`` (1, 2, …), ``paragraph_id`` (1, 2, …),
        ``start`` and ``end`` (offsets into ``article.body``, so
        ``article.body[start:end] == text``), ``text``, ``n_words`` (tokens that are not
        punctuation) and ``split_rule`` (which rule set the sentence's end).  For several
        articles the tables follow one another, in order; ``sentence_id``, ``paragraph_id``
        and the offsets start again for each article, so ``(article_id, sentence_id)`` names
        a sentence.
    """
    articles = [article] if isinstance(article, Article) else list(article)
    seen: set[str] = set()
    rows = []
    for art in articles:
        if art.id in seen:
            raise ValueError(f"Two articles have the id {art.id!r}; give each its own id "
                             "(load_article(path, article_id=...)).")
        seen.add(art.id)
        body = art.body
        for n, (start, end, para, rule) in enumerate(sentence_spans(body), start=1):
            text = body[start:end]
            rows.append((art.id, n, para + 1, start, end, text, count_words(text), rule))
    table = pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
    # Where each story was filed ("BEIJING"): the voice rules read "the foreign ministry"
    # with no country named as the dateline country's, as wire style intends.
    table.attrs["datelines"] = {art.id: art.dateline.place for art in articles
                                if getattr(art, "dateline", None) is not None}
    # The headlines: their quotations are read too (helpers.headlines), as sentence 0.
    table.attrs["titles"] = {art.id: art.title for art in articles if getattr(art, "title", None)}
    return table


def tokens(sentence_table: pd.DataFrame) -> pd.DataFrame:
    """Return one row per token of every sentence in ``sentence_table``.

    Returns
    -------
    pandas.DataFrame
        Columns ``article_id``, ``sentence_id``, ``i`` (position in the sentence, from 0),
        ``start`` and ``end`` (offsets into the article body), ``token`` (as written),
        ``norm`` (lower case with straight apostrophes, except acronyms such as ``US``, which
        keep their capitals), ``is_stop`` (``norm`` is in ``data/stopwords.txt``) and
        ``is_punct``.
    """
    import numpy as np

    finditer = _TOKEN.finditer
    texts = sentence_table["text"].tolist()
    # One pass of the regex per sentence; the other columns are then built a column at a time
    # (numpy, and one norm per distinct word form), not a token at a time.
    toks: list[str] = []
    rel_starts: list[int] = []
    counts: list[int] = []
    for text in texts:
        matches = list(finditer(text))
        toks += [m.group() for m in matches]
        rel_starts += [m.start() for m in matches]
        counts.append(len(matches))
    counts_arr = np.array(counts, dtype=np.int64)
    first = np.cumsum(counts_arr) - counts_arr  # index of each sentence's first token
    starts = (np.repeat(sentence_table["start"].to_numpy(dtype=np.int64), counts_arr)
              + np.array(rel_starts, dtype=np.int64))
    codes, forms = pd.factorize(pd.Series(toks, dtype=object))
    norm_punct = [_norm_and_punct(form) for form in forms]
    stop = stopwords()
    form_norm = np.array([norm for norm, _ in norm_punct], dtype=object)
    form_punct = np.array([punct for _, punct in norm_punct], dtype=bool)
    form_stop = np.array([norm in stop for norm, _ in norm_punct], dtype=bool)
    lengths = np.fromiter(map(len, toks), dtype=np.int64, count=len(toks))
    norms = form_norm[codes].tolist()
    is_stop = form_stop[codes]
    negations = [code for code, (norm, _) in enumerate(norm_punct) if norm == "n't"]
    ends = starts + lengths
    for k in (np.flatnonzero(np.isin(codes, negations)) - 1).tolist() if negations else ():
        if k >= 0 and ends[k] == starts[k + 1]:
            norms[k] = _before_nt(norms[k])
            is_stop[k] = norms[k] in stop
    return pd.DataFrame({
        "article_id": np.repeat(sentence_table["article_id"].to_numpy(dtype=object),
                                counts_arr).tolist(),
        "sentence_id": np.repeat(sentence_table["sentence_id"].to_numpy(dtype=np.int64),
                                 counts_arr),
        "i": np.arange(len(toks), dtype=np.int64) - np.repeat(first, counts_arr),
        "start": starts,
        "end": ends,
        "token": toks,
        "norm": norms,
        "is_stop": is_stop,
        "is_punct": form_punct[codes],
    }, columns=TOKEN_COLUMNS)


def paragraphs(article: Article) -> pd.DataFrame:
    """Return one row per paragraph: ``article_id``, ``paragraph_id`` (from 1), ``start``,
    ``end`` (offsets into ``article.body``), ``n_words`` and ``text``."""
    rows, start = [], 0
    for n, para in enumerate(article.paragraphs, start=1):
        rows.append((article.id, n, start, start + len(para), count_words(para), para))
        start += len(para) + len(PARAGRAPH_SEPARATOR)
    return pd.DataFrame(rows, columns=["article_id", "paragraph_id", "start", "end", "n_words",
                                       "text"])


assert PARAGRAPH_SEPARATOR == "\n\n"  # sentence_spans relies on blank lines between paragraphs
