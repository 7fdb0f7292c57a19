r"""Sentences that read the framing tables, so a notebook's prose follows its numbers.

Each function takes a table of :mod:`helpers.framing` (or :mod:`helpers.keyness`,
:mod:`helpers.phrases`) for **one article** and returns a sentence or two in plain English;
notebook 05 prints them after the cell that makes the table, on any article.

>>> import pandas as pd
>>> share = pd.DataFrame({"side": ["China", "United States", "narrator"],
...                       "words": [30, 10, 60], "quoted_words": [20, 0, 0],
...                       "reported_words": [10, 10, 0], "share": [0.3, 0.1, 0.6]})
>>> print(share_sentence(share).replace("), ", "),\n"))
China's claims hold 30 of the article's 100 words (30%; 20 of them in its own quotations),
the United States' claims 10 (10%; none quoted),
and the narrator the other 60 (60%).
"""

from __future__ import annotations

import pandas as pd

from helpers import codebooks

__all__ = ["frames_sentence", "keyness_sentence", "naming_sentence", "quotes_sentence",
           "share_sentence", "tone_sentence"]


def _and(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return items[0] if items else ""
    return ", ".join(items[:-1]) + " and " + items[-1]


def _name(side: str) -> str:
    """A side as a sentence names it: "China", "the United States", "other speakers"."""
    if side == codebooks.other_side():
        return "other speakers"
    return f"the {side}" if side.split()[0] in {"United", "Republic", "European"} else side


def _possessive(side: str) -> str:
    name = _name(side)
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _quoted(names: list[str], most: int = 6) -> str:
    shown = [f"“{n}”" for n in names[:most]]
    more = len(names) - most
    return _and(shown + ([f"{more} more"] if more > 0 else []))


def share_sentence(share: pd.DataFrame) -> str:
    """Who holds the words: each side's content words, quoted and in all, and the narrator's."""
    if share.empty or share["words"].sum() == 0:
        return "The article has no words to attribute."
    total = int(share["words"].sum())
    parts = []
    for row in share[share["side"] != "narrator"].itertuples(index=False):
        quoted = (f"{row.quoted_words:,} of them in its own quotations" if row.quoted_words
                  else "none quoted")
        held = f"hold {row.words:,} of the article's {total:,} words" if not parts \
            else f"{row.words:,}"
        parts.append(f"{_possessive(row.side)} claims {held} ({row.share:.0%}; {quoted})")
    for row in share[share["side"] == "narrator"].itertuples(index=False):
        parts.append(f"and the narrator the other {row.words:,} ({row.share:.0%})")
    return _cap(", ".join(parts)) + "."


def quotes_sentence(quote_table: pd.DataFrame) -> str:
    """How many direct quotations each side has, and the titles and scare quotes left out."""
    if quote_table.empty:
        return "The article has no direct quotations."
    speech = quote_table[quote_table["kind"] == "speech"]
    by_side = speech["side"].value_counts()
    order = [*codebooks.compared_sides(), "other", "narrator"]
    parts = [f"{by_side[s]:,} {'with no speaker found' if s == 'narrator' else _possessive(s)}"
             for s in order if s in by_side]
    text = (f"There {'is' if len(speech) == 1 else 'are'} {len(speech):,} direct "
            f"quotation{'' if len(speech) == 1 else 's'}: {_and(parts)}." if len(speech)
            else "No quotation is a side's speech.")
    other = quote_table[quote_table["kind"] != "speech"]["kind"].value_counts()
    if len(other):
        text += " Left out as no side's words: " + _and(
            [f"{n} {k if n == 1 else k + 's'}" for k, n in other.items()]).replace(
            "scares", "scare quotes").replace("scare", "scare quote").replace(
            "scare quote quotes", "scare quotes") + "."
    return text


def _names_of(table: pd.DataFrame, side: str, whose: str) -> list[str]:
    here = table[(table["side"] == side) & (table["whose"] == whose)]
    return list(dict.fromkeys(here.sort_values("count", ascending=False, kind="stable")["name"]))


def naming_sentence(name_counts: pd.DataFrame, phrase_counts: pd.DataFrame | None = None,
                    topic: str = codebooks.DEFAULT_TOPIC) -> str:
    """What each side calls the object, in its own quoted words and in the reporter's.

    When the topic codebook names nothing in the compared sides' words, the sentence says
    so and reads the noun phrases each side uses and the other does not instead.
    """
    compared = codebooks.compared_sides()
    uses_codebook = len(name_counts) and name_counts["side"].isin(compared).any()
    table = name_counts if uses_codebook else phrase_counts
    lead = "" if uses_codebook else (
        f"The topic codebook ({topic}) finds no name of the object in either side's words, so "
        "these are the noun phrases each side uses and the other does not. ")
    if table is None or table.empty or not table["side"].isin(compared).any():
        return lead + "Neither side's words hold a name or a noun phrase to compare."
    verb, obj = ("call the object", "calls it") if uses_codebook else ("use", "uses")
    parts = []
    for side in compared:
        quoted, reported = _names_of(table, side, "quoted"), _names_of(table, side, "reported")
        if not quoted and not reported:
            parts.append(f"{_name(side)} names nothing" if uses_codebook
                         else f"{_possessive(side)} words hold no noun phrase of their own")
            continue
        own = (f"{_possessive(side)} own quoted words {verb} {_quoted(quoted)}" if quoted else
               f"{_name(side)} is never quoted {'naming it' if uses_codebook else 'using one'}")
        said = f"; the reporter's wording of its claims {obj} {_quoted(reported)}"
        parts.append(own + (said if reported else ""))
    text = lead + " ".join(_cap(p) + "." for p in parts)
    if uses_codebook:
        narrator = _names_of(name_counts, "narrator", "narrator")
        if narrator:
            text += f" The narrator's own words say {_quoted(narrator)}."
    return text


def frames_sentence(profile: pd.DataFrame) -> str:
    """Which frames each side's content uses most, quoted and reported, and which fire not."""
    compared = codebooks.compared_sides()
    parts = []
    for side in compared:
        here = profile[(profile["side"] == side) & (profile["hits"] > 0)]
        words = int(profile.loc[profile["side"] == side, "side_words"].max() or 0) \
            if (profile["side"] == side).any() else 0
        if not words:
            parts.append(f"{_name(side)} has no content words")
            continue
        if here.empty:
            parts.append(f"{_possessive(side)} {words:,} content words hold no frame word")
            continue
        top = here.sort_values(["hits", "quoted"], ascending=False, kind="stable").head(3)
        listed = _and([f"{r.frame} {r.hits} ({r.quoted} quoted)" for r in top.itertuples()])
        parts.append(f"{_possessive(side)} {words:,} content words hold {int(here['hits'].sum())} "
                     f"frame words, most for {listed}")
    fired = set(profile.loc[profile["hits"] > 0, "frame"])
    silent = [f for f in dict.fromkeys(profile["frame"]) if f not in fired]
    text = _cap("; ".join(parts)) + "."
    if silent:
        text += f" No side and no narrator uses {_and(silent)}."
    return text


def keyness_sentence(key: pd.DataFrame) -> str:
    """The top keyword with its counts and sentences, against 3.84 and a Bonferroni bar."""
    side_a, side_b = key.attrs.get("side_a", ""), key.attrs.get("side_b", "")
    if key.empty:
        return f"Keyness needs content words from both {side_a} and {side_b}."
    top = key.iloc[0]
    where = [s for s in f"{top['sentence_ids_a']};{top['sentence_ids_b']}".split(";") if s]
    shown = ("sentence " if len(where) == 1 else "sentences ") + ", ".join(where[:10]) + (
        f" and {len(where) - 10:,} more" if len(where) > 10 else "")
    passing = int((key["g2"] >= key.attrs["g2_critical"]).sum())
    strict = int((key["g2"] >= key.attrs["g2_bonferroni"]).sum())
    keyed = _name(top["key_for"]) if top["key_for"] else "neither side"
    return (f"The top keyword is “{top['term']}”: {top['count_a']:,} in {_possessive(side_a)} "
            f"{key.attrs['size_a']:,} content words, {top['count_b']:,} in "
            f"{_possessive(side_b)} {key.attrs['size_b']:,} ({shown}), key for "
            f"{keyed}, G² = {top['g2']:.2f}. {passing:,} of the "
            f"{key.attrs['tests']:,} terms compared pass 3.84; with a Bonferroni correction "
            f"for {key.attrs['tests']:,} tests a term would need G² ≥ "
            f"{key.attrs['g2_bonferroni']:.2f}, and {strict:,} "
            f"{'does' if strict == 1 else 'do'}.")


def tone_sentence(summary: pd.DataFrame) -> str:
    """Each side's mean tone, quoted and reported apart, and how many pieces VADER rates."""
    parts = []
    for side in codebooks.compared_sides():
        rows = summary[summary["side"] == side]
        if rows.empty:
            parts.append(f"{_name(side)} has no words to score")
            continue
        bits = []
        for row in rows.itertuples(index=False):
            label = "its quoted words" if row.whose == "quoted" else "its reported claims"
            if not row.rated:
                bits.append(f"{label} ({row.pieces} piece{'s' if row.pieces != 1 else ''}, "
                            f"{row.words} words) hold no word VADER rates, so their 0 is an "
                            "absence of rated words, not a neutral tone")
            else:
                bits.append(f"{label} score {row.mean:+.2f} on average ({row.pieces} "
                            f"piece{'s' if row.pieces != 1 else ''}, {row.words} words; "
                            f"lowest {row.min:+.2f})")
        parts.append(f"For {_name(side)}, " + _and(bits) + ".")
    return " ".join(parts)
