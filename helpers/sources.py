"""Who a source is: the side and actor of the words before (or after) a speech cue.

:mod:`helpers.speakers` finds where the source of a cue is written; this module says whom it
names, in this order, and writes in ``rule`` which step decided:

* a source joined by "and" speaks for the compared sides its parts name (one voice each);
  "each government" for the parties the story names;
* a **regional government** ("the Guangdong provincial government", "Iowa officials":
  ``data/regions.csv``; "provincial officials": the dateline's country);
* an actor of the codebook in the source's **head** (not in a place modifier: "a diplomat in
  Beijing" is no Chinese voice; "experts", "analysts" … are third parties,
  ``data/third_party_heads.txt``; a country inside a portfolio or a field of study, "the
  Institute of American Studies", is no side);
* a **title** that names a side (``data/speaker_titles.csv``: "Sen.", "R-Ohio", "Commerce
  Secretary");
* the **apposition** ("Zhang Wei, a spokesman for the Chinese Embassy");
* the article's **register** (:class:`helpers.register.Register`): a pronoun, a surname, a
  role or document noun ("the spokesperson", "the statement"), a body named without its
  country ("the foreign ministry": the country named last, else the dateline's);
* else ``other``, the source kept as written.

Every source resolved is remembered in the register for the short references later, and so
is a person a sentence introduces with an office without quoting (:func:`introduce`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from helpers import codebooks
from helpers.cues import Lexicon
from helpers.register import Register, Speaker
from helpers.text import tokenize

_PARTY_TAG = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*$")  # "R-Ohio", "D-Calif." after a US legislator
_PHRASE_WORDS = re.compile(r"[\w'’-]+")
_LOCATED = re.compile(r"\s(?:in|at|from|near|based in)\s")
_PORTFOLIO_AFTER = re.compile(r"(?:\s+(?:and|[A-Z][\w-]*)){0,4}\s+(?:Affairs|Studies)\b")
#: Verbs of a relative clause that states the source's office ("who heads the bureau").
_OFFICE_VERBS = frozenset({"leads", "heads", "directs", "oversees", "runs", "chairs", "manages",
                           "serves", "represents", "commands"})
#: What may stand before the sentence's subject: nothing, punctuation, "The".
_SUBJECT_START = re.compile(r"[\W_]*(?:(?:In|On|At|Last|Earlier)\s[^,]{1,30},\s*)?(?:the\s+)?",
                            re.I)   # (after an opening time or place: "In April, the …")
#: A subordinate clause's subject right after its conjunction ("days after Washington …").
_SUBORDINATE = re.compile(r"\b(?:after|before|when|because|while|since|although|as|once)\s+"
                          r"(?:the\s+)?$", re.I)
#: Pieces an outlet publishes in its own voice.
_GENRES = frozenset({"editorial", "editorials", "commentary", "commentaries", "op-ed", "column",
                     "article"})

#: Words that make an outlet a state's voice ("state-run outlets"); a state-owned *company* is
#: still a company, so "state-owned" is not one of them.
_STATE_RUN = frozenset({"state", "state-run", "state-controlled"})
_PREPOSITIONS = frozenset({"of", "under", "at", "for", "in", "to", "from", "with", "by", "on"})


class _Tok(NamedTuple):
    start: int
    end: int
    token: str
    word: str      # lower-case norm
    punct: bool


def _outside(text: str, quoted: list[tuple[int, int]]) -> list[_Tok]:
    inside = bytearray(len(text))
    for a, b in quoted:
        inside[a:b] = b"\x01" * (b - a)
    return [_Tok(t.start, t.end, t.token, t.norm.lower(), t.is_punct) for t in tokenize(text)
            if not inside[t.start]]


def _is_name_word(tok: _Tok) -> bool:
    return tok.token[:1].isupper() or tok.token[:1].isdigit()


def _title_abbreviation(tok: _Tok, lex: Lexicon) -> bool:
    return tok.word in lex.title_abbreviations or (len(tok.token) == 1 and tok.token.isupper())


def _mentions_in(mentions, start: int, end: int):
    return [m for m in mentions if m.start >= start and m.end <= end]


def _side_of_phrase(text: str, start: int, end: int, mentions, lex: Lexicon):
    """(side, actor, why) from the actor codebook inside a source phrase, or None."""
    phrase = text[start:end]
    located = _LOCATED.search(phrase)
    head_end = start + located.start() if located else end
    head_words = [w.lower() for w in _PHRASE_WORDS.findall(text[start:head_end])]
    if head_words and (head_words[-1] in lex.third_party
                       or any(w in lex.third_party for w in head_words[-2:])) \
            and not _STATE_RUN.intersection(head_words[:-1]):
        return "other", "", f"third party ('{head_words[-1]}')"
    # A mention that starts in the head counts whole ("Chinese Embassy in Washington");
    # one that starts in a place modifier ("a diplomat in Beijing") names no side, unless it
    # is a body, where the source works ("an official at the State Department").
    # A country inside a portfolio or a field of study ("the Department of North American and
    # Oceanian Affairs", "the Institute of American Studies")
    # names the desk, not the side the source speaks for.
    # A piece "in" an outlet is the outlet's voice ("An editorial in the Global Times"), and
    # officials "in" a capital are its government's ("Military officials in Washington").
    # (and one "published in" it: "A commentary published in People's Daily")
    genre = bool(head_words) and (head_words[-1] in _GENRES or head_words[-1] in _REDUCED
                                  and len(head_words) > 1 and head_words[-2] in _GENRES)
    inside = [m for m in _mentions_in(mentions, start, end)
              if (m.start < head_end or m.kind in ("agency", "military") or genre
                  or m.kind == "country" and head_words[-1:] in (["officials"], ["authorities"]))
              and not _PORTFOLIO_AFTER.match(text, m.end)]
    if not inside:
        return None
    chosen = next((m for m in inside if m.kind != "demonym"), inside[0])
    return chosen.side, chosen.actor, f"source names {chosen.actor} ({chosen.rule})"


def _title_side(toks: list[_Tok], lo: int, hi: int, lex: Lexicon):
    words = [t.word for t in toks[lo:hi + 1]]
    party = next((side for title, side in lex.titles if title == ("party", "tag")), None)
    for t in toks[lo:hi + 1]:
        if party and _PARTY_TAG.match(t.token):
            return party, f"party tag '{t.token}' of a legislator"
    for title, side in lex.titles:
        n = len(title)
        for k in range(len(words) - n + 1):
            if tuple(words[k:k + n]) == title:
                return side, f"title '{' '.join(title)}'"
    return None


def _names(toks: list[_Tok], lo: int, hi: int, lex: Lexicon) -> tuple[str, ...]:
    return tuple(t.token for t in toks[lo:hi + 1]
                 if _is_name_word(t) and not t.punct and not _title_abbreviation(t, lex)
                 and t.word not in lex.determiners and t.word not in lex.role_nouns
                 and not _PARTY_TAG.match(t.token) and t.word != "'s")


def _conjuncts(text, toks, lo, hi, mentions) -> list[tuple[int, int]]:
    """The parts of a source joined by "and" ("Chinese officials and experts"); an "and"
    inside a name the codebook knows ("Ministry of Industry and Information Technology") or a
    portfolio ("North American and Oceanian Affairs") joins nothing."""
    cuts = [n for n in range(lo + 1, hi) if toks[n].word == "and"
            and not any(m.start < toks[n].start < m.end for m in mentions)
            and not _PORTFOLIO_AFTER.match(text, toks[n - 1].end)]
    if cuts and toks[lo].word in ("both", "either", "neither"):
        lo += 1   # "Both Shen and Ellison said": the parts are Shen and Ellison
    bounds = [lo - 1, *cuts, hi + 1]
    return [(a + 1, b - 1) for a, b in zip(bounds, bounds[1:], strict=False) if a + 1 <= b - 1]


def resolve(text, toks, lo, hi, inserts, mentions, lex, register):
    """(side, actor, why) of the source at tokens ``lo``..``hi`` (``inserts``: its
    appositions and relative clauses); a joint source of both sides gives its first part's
    (:func:`resolve_all` gives both)."""
    return resolve_all(text, toks, lo, hi, inserts, mentions, lex, register)[0]


def resolve_all(text, toks, lo, hi, inserts, mentions, lex, register):
    """[(side, actor, why)]: one entry, or one per compared side for a source joined by
    "and" whose parts speak for both ("Wang Yi and Antony Blinken").  A joined source speaks
    for the compared side its parts name ("The Chinese Embassy and two analysts": China; the
    analysts add no side)."""
    words = [t.word for t in toks[lo:hi + 1]]
    if len(words) == 2 and words[0] in ("each", "both") and words[1] in _EACH_SIDE:
        # "with each side accusing the other", "Both governments said …": the parties named
        # in this sentence, else in the one before; each compared one speaks.
        compared = codebooks.compared_sides()
        named = [(m.side, m.actor) for m in mentions if not getattr(m, "in_quote", False)
                 and m.side in compared] or [
            (m.side, m.actor) for m in register.countries if m.side in compared] or [
            (side, actor) for _, side, actor, kind in register.actors
            if kind == "country" and side in compared]   # "The two countries … Each government"
        out, seen = [], set()
        for side, actor in named:
            if side not in seen:
                seen.add(side)
                out.append((side, actor, f"'{' '.join(words)}': the parties named "
                                         f"({actor}) speak"))
        if out:
            return out
    parts = _conjuncts(text, toks, lo, hi, mentions)
    if len(parts) > 1:
        found = [(text[toks[a].start:toks[b].end], _resolve_one(text, toks, a, b, [], mentions,
                                                                lex, register))
                 for a, b in parts]
        sided = [(w, r) for w, r in found if r[0] in codebooks.compared_sides()]
        out, seen = [], set()
        for written, (side, actor, why) in sided:
            if side in seen:
                continue
            seen.add(side)
            also = [f"{w} ({r[0]})" for w, r in found if w != written]
            out.append((side, actor, f"joint source: {written} ({why})"
                        + (f", with {', '.join(also)}" if also else "")))
        if out:
            return out
    return [_resolve_one(text, toks, lo, hi, inserts, mentions, lex, register)]


def _resolve_one(text, toks, lo, hi, inserts, mentions, lex, register):
    np_start, np_end = toks[lo].start, toks[hi].end
    np_words = [t.word for t in toks[lo:hi + 1]]
    holds = any(w in lex.role_nouns for w in np_words)   # "The agent, a former linguist"
    known = register.by_name(_names(toks, lo, hi, lex)) if _names(toks, lo, hi, lex) else None
    for a, b in [(lo, hi), *([] if holds or known else inserts)]:
        words = [t.word for t in toks[a:b + 1]]
        if "former" in words[:-1]:   # ("Halvorsen, a former diplomat who now speaks for the
            #                           department": once named with an office, he keeps it)
            # "Dana Whitaker, a former deputy US trade representative": once an office, now
            # no side's voice.
            return "other", "", "a former office holder ('former …') speaks for no side"
    if _CLOSE_TO.search(text[np_start:np_end]):
        # "a source close to the People's Liberation Army", "people familiar with the talks":
        # near a side, not speaking for it.
        return "other", "", "a source close to or familiar with a body speaks for no side"
    for a, b in inserts:
        if toks[a].word in ("a", "an", "the") and apposition_head(toks, a, b) in lex.third_party \
                and not any(_ANSWERS_TO.search(text[toks[x].start:toks[y].end])
                            for x, y in inserts):
            # "The US-China Venture Forum, an industry association, warned …": the apposition
            # says what the source is, and it is no side's (unless it answers to one: "a think
            # tank under the Ministry of Commerce").
            return "other", "", f"apposition: '{apposition_head(toks, a, b)}' speaks for no " \
                                "side (data/third_party_heads.txt)"
    if lo == hi and toks[lo].word in lex.pronouns:
        pronoun = toks[lo].word
        if pronoun == "it" and hi + 2 < len(toks) and toks[hi + 1].word in lex.be \
                and (toks[hi + 2].word in lex.past or toks[hi + 2].word.endswith("ed")):
            return "other", "", "'it is reported': an impersonal passive names no source"
        if pronoun in ("he", "she", "i"):
            found = register.person_for(pronoun)
            if found:
                side, actor, written = found
                return side, actor, f"pronoun '{toks[lo].token}' → the last person named ({written})"
        # "Hong Kong-based firms", "US-led talks": a name inside a compound modifier is no
        # antecedent.
        # Nor is a name inside the quotation the pronoun introduces ("“… the US side …,” it
        # said").
        before = [m for m in mentions if m.end <= np_start and m.kind != "demonym"
                  and text[m.end:m.end + 1] not in ("-", "‑")
                  and not getattr(m, "in_quote", False)]
        if before and pronoun not in ("he", "she"):
            last, first = before[-1], before[0]
            ahead = text[:last.start].split()
            while len(ahead) > 1 and ahead[-1].lower() in ("the", "a", "an"):
                ahead = ahead[:-1]   # "… Committee on the Chinese Communist Party that it said"
            relative = lo > 0 and toks[lo - 1].word in ("which", "that")
            clause = [m for m in before if _SUBORDINATE.search(text[:m.start])]
            if relative and clause and clause[-1] is not first:
                # "… days after Washington announced sanctions on refineries it accuses of …":
                # the subject of the clause the relative clause hangs on
                return clause[-1].side, clause[-1].actor, (
                    f"pronoun '{toks[lo].token}' in a relative clause → the subject of its "
                    f"clause ({clause[-1].actor})")
            if last is not first and ahead and (ahead[-1].lower() in _PREPOSITIONS or relative) \
                    and _SUBJECT_START.fullmatch(text[:first.start]):
                # (and "Taiwan's ministry thanked Washington for the sale, which it said …":
                # in a relative clause "it" is the subject, not the object before it)
                # "The Treasury imposed sanctions on firms in China that it said …": the
                # nearest name is a place in a prepositional phrase; "it" is the subject.
                return first.side, first.actor, (f"pronoun '{toks[lo].token}' → the subject "
                                                 f"({first.actor})")
            return last.side, last.actor, f"pronoun '{toks[lo].token}' → nearest actor ({last.actor})"
        earlier = register.last(person=False) if pronoun not in ("he", "she") else None
        if earlier:
            return earlier.side, earlier.actor, f"pronoun '{toks[lo].token}' → {earlier.written}"
        body = register.last_institution() if pronoun not in ("he", "she", "i") else None
        if body:
            return body[0], body[1], f"pronoun '{toks[lo].token}' → the last body named ({body[1]})"
        return "other", "", f"pronoun '{toks[lo].token}' with no speaker before it"
    # A province's body before the codebook's ("the Zhejiang Provincial Department of
    # Commerce" is no US department).
    found = _regional(text[np_start:np_end], np_words, lex, register) \
        or _side_of_phrase(text, np_start, np_end, mentions, lex)
    if found:
        return found
    titled = _title_side(toks, lo, hi, lex)
    if titled is None:
        for a, b in inserts:
            titled = _title_side(toks, a, b, lex)
            if titled:
                break
    if titled and titled[0]:
        return titled[0], "", titled[1]
    for a, b in inserts:
        if toks[a].token.islower() and (toks[a].word.endswith(("ed", "ing")) or toks[a].word in (
                "when", "while", "after", "before", "if", "in", "on")):
            continue   # "Qiao, asked whether …, said", "X, speaking in Tokyo, said": a clause
        if toks[a].word in ("who", "which", "whose", "whom") and not (
                toks[a].word == "who" and a + 1 <= b and toks[a + 1].word in _OFFICE_VERBS) \
                and not _ANSWERS_TO.search(text[toks[a].start:toks[b].end]):
            continue   # a relative clause says what the source did, not who it is, unless it
            #            states an office: "who oversees exports at the Agriculture Department"
        found = _regional(text[toks[a].start:toks[b].end], [t.word for t in toks[a:b + 1]],
                          lex, register) \
            or _side_of_phrase(text, toks[a].start, toks[b].end, mentions, lex)
        if found and found[0] != "other":
            return found[0], found[1], "apposition: " + found[2]
    for a, b in [(lo, hi), *[(x, y) for x, y in inserts if toks[x].word not in ("who", "which")
                             or _ANSWERS_TO.search(text[toks[x].start:toks[y].end])]]:
        # The last body of an "of" chain is the one spoken for: "deputy director of the
        # Department of … Affairs of the Ministry of Foreign Affairs" speaks for the ministry.
        for n in range(b, a - 1, -1):
            t = toks[n]
            if t.word not in lex.institutions:
                continue
            # "the Dutch trade ministry": a name the codebook does not know right before the
            # noun says it is another institution than the one named before.
            if any(_is_name_word(x) and not _mentions_in(mentions, x.start, x.end)
                   and x.word not in lex.portfolios for x in _modifiers(toks, a, n, lex)):
                continue
            before = [m for m in mentions if m.end <= np_start]
            subject = next((m for m in before if m.kind != "demonym"), None)
            if np_words[0] in ("its", "their") and subject is not None \
                    and subject.kind in ("country", "agency", "military") \
                    and _SUBJECT_START.fullmatch(text[:subject.start]):
                # "China has suspended imports from three U.S. exporters, its customs agency
                # said": "its" is the subject's, not the last country's.
                return subject.side, subject.actor, f"'its {t.word}' → the sentence's subject " \
                                                    f"({subject.actor})"
            if subject is not None and subject.kind == "country" \
                    and _SUBJECT_START.fullmatch(text[:subject.start]) \
                    and text[:np_start].rstrip().endswith(","):
                # "China firmly opposes the arms sales to Taiwan …, a spokesperson for the
                # Ministry of National Defense said": a source after the claim speaks for
                # the claim's subject, not for the last country the claim names.
                found = _country_of(t.word, [subject], register, lex, here_only=True)
                if found:
                    return found[0], found[1], f"'{t.word}' with no country named, after " \
                                               f"the claim → its subject ({subject.actor})"
            found = _country_of(t.word, before, register, lex, here_only=True) \
                if not _mentions_in(mentions, np_start, np_end) else None
            if found:
                return found
            found = register.institution(t.word, before)
            if found:
                return found[0], found[1], f"'{t.token}' → the {t.word} named before ({found[1]})"
            earlier = register.last(noun=t.word)
            if earlier:
                return earlier.side, earlier.actor, f"'{t.token}' → earlier speaker {earlier.written}"
            found = _country_of(t.word, before, register, lex)
            if found:
                return found
    names = _names(toks, lo, hi, lex)
    if names:
        earlier = register.by_name(names)
        if earlier:
            return earlier.side, earlier.actor, f"earlier speaker {earlier.written}"
    role = next((w for w in reversed(np_words) if w in lex.role_nouns), None)
    owner = next((w for w in np_words[:np_words.index(role)] if w in lex.third_party), None) \
        if role else None
    if owner:   # "A company spokesman, Peter Ruan, said": the company's, no side's
        return "other", "", f"'{owner} {role}' speaks for no side (data/third_party_heads.txt)"
    if role and role in np_words[:2] and np_words[0] not in lex.determiners and any(
            t.token in names for t in toks[lo + np_words.index(role) + 1:hi + 1]) \
            and np_words[np_words.index(role) + 1:][:1] not in (["in"], ["at"], ["from"]):
        # (not a role and its place: "Several diplomats in Beijing")
        # A title before a name ("Spokesman Tao Renjie"), not a modifier before the role
        # ("Philippine officials": another body, kept as written).
        body = next((m for m in reversed(mentions) if m.end <= np_start
                     and m.kind in ("agency", "organisation", "military")
                     and not getattr(m, "in_quote", False)), None)
        if body is not None:   # "At the United Nations in New York, deputy spokesperson X
            #                     said": the body the sentence names before the title
            return body.side, body.actor, f"title '{role}' → the body named before it in the " \
                                          f"sentence ({body.actor})"
        earlier = register.last(noun=role)
        if earlier and register.home and earlier.side == register.home[0] \
                and earlier.side in codebooks.compared_sides():
            # "BEIJING — … a Foreign Ministry spokesperson said. [Washington's account.]
            # Spokesperson Ding said …": the home country's spokesperson, named before.
            return earlier.side, earlier.actor, f"title '{role}' → the dateline's {role} " \
                                                f"named before ({earlier.written})"
        earlier = register.last(person=False)   # "Spokesman Tao Renjie said", after the body
        if earlier and earlier.side in codebooks.actor_sides() and (
                earlier.actor or earlier.side in codebooks.compared_sides()):
            # (a body: "according to his family" gives no spokesperson)
            return earlier.side, earlier.actor, f"title '{role}' → the body that spoke before " \
                                                f"({earlier.written})"
        if register.home and role.startswith("spokes"):
            side, actor, place = register.home   # "BEIJING — Spokesperson Lin Tao said"
            return side, actor, f"title '{role}' with no body named → the dateline's ({place})"
    opener = _PLACE_OPENER.match(text[:np_start]) if role in (
        "spokesperson", "spokesman", "spokeswoman", "official", "officials") else None
    place = next((m for m in mentions if m.kind == "country" and opener
                  and m.end <= opener.end(1)), None)
    if place:
        # "In Beijing, a spokesperson said …": the place that opens the sentence says whose.
        return place.side, place.actor, f"'{role}' after 'In {opener[1]},' → its government"
    if role and (np_words[0] in lex.determiners or np_words[0] == "one"
                 or np_words == ["officials"]):   # "Officials said …": the body's officials
        earlier = register.last(noun=role) or next(
            (e for e in (register.last(noun=n) for n in _ROLE_FAMILIES.get(role, ())) if e),
            None) or (register.last(person=False) if role in _DOCUMENT_NOUNS else None)
        if earlier:
            return earlier.side, earlier.actor, f"'{role}' → earlier speaker {earlier.written}"
        body = register.last_institution() if role in _DOCUMENT_NOUNS else None
        if body:   # "The Commerce Ministry issued new rules. According to the notice, …"
            return body[0], body[1], f"'{role}' → a document of the last body named ({body[1]})"
        if role in ("spokesperson", "spokesman", "spokeswoman", "official", "officials"):
            body = register.last_institution()
            speaker = register.last(person=False)
            if speaker and speaker.side in codebooks.compared_sides() and (
                    body is None or body[0] not in codebooks.compared_sides()):
                # "… to Russian forces in Ukraine. …, which officials said …": a third party
                # named in passing has no officials here; the body that spoke before does.
                return speaker.side, speaker.actor, f"'{role}' → the body that spoke before " \
                                                    f"({speaker.written})"
            if body:   # "… was asked about it. “…,” the spokesperson said."
                return body[0], body[1], f"'{role}' → speaks for the last body named ({body[1]})"
            if register.home and register.home[0] in codebooks.compared_sides():
                side, actor, place = register.home   # "WASHINGTON — Officials said …"
                return side, actor, f"'{role}' with no body named → the dateline's ({place})"
    if role and role.startswith("spokes") and register.home and np_words.index(role) >= 1 \
            and all(w in lex.portfolios for w in np_words[:np_words.index(role)]):
        # "Defense spokesperson urges …", "a foreign ministry spokesman" with no country: the
        # spokesperson of that portfolio in the dateline's country.
        side, actor, place = register.home
        return side, actor, f"'{' '.join(np_words)}' with no country named → the dateline's " \
                            f"({place})"
    if (np_words[0] in ("lawmakers", "legislators") or np_words[-1] in ("sponsors",
                                                                        "cosponsors")) \
            and register.home \
            and register.home[0] in codebooks.compared_sides():
        side, actor, place = register.home   # "WASHINGTON — Lawmakers from both parties said"
        return side, actor, f"'{' '.join(np_words)}' with no country named → the dateline's " \
                            f"({place})"
    return "other", "", "source not in the actor codebook (kept as written)"


#: Nouns of a government, its offices and its people: with a province or state before them
#: ("the Guangdong provincial government", "Iowa officials") they speak for its country.
_GOVERNMENT_NOUNS = frozenset({
    "government", "authorities", "officials", "official", "department", "governor", "mayor",
    "legislature", "lawmakers", "legislators", "bureau", "commission", "office",
    "administration", "police", "regulators", "committee", "congress", "assembly",
    "spokesperson", "spokesman", "spokeswoman", "commissioner", "commissioners", "council",
    "sheriff"})
_LOCAL_WORDS = frozenset({"provincial", "municipal", "prefectural", "county", "city", "mayor",
                          "district", "township", "village",
                          "governor"})


def _regional(phrase: str, words: list[str], lex: Lexicon, register: Register):
    """(side, actor, why) of a regional government ("the Guangdong provincial government",
    "Iowa officials", data/regions.csv), or of "provincial officials" in the dateline's
    country; else None."""
    words = [*words, *(part for w in words if "-" in w for part in w.split("-"))]
    if not _GOVERNMENT_NOUNS.intersection(words):   # "vice-governor" is a governor
        return None
    lowered = phrase.lower().replace("’", "'")
    for place, side in lex.regions.items():
        if re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", lowered):
            return side, "", f"a regional government ('{place}', data/regions.csv) speaks for " \
                             f"its country"
    local = next((w for w in words if w in _LOCAL_WORDS), None)
    if local and register.home and register.home[0] in codebooks.compared_sides():
        side, actor, place = register.home
        return side, actor, f"'{local}' government with no place named → the dateline's ({place})"
    return None


def _modifiers(toks: list[_Tok], a: int, n: int, lex: Lexicon) -> list[_Tok]:
    """The words right before the noun at ``n`` that modify it: back to a determiner, a
    preposition or punctuation ("the Dutch trade ministry" → Dutch, trade; "an institute under
    the Ministry" → none)."""
    out = []
    for x in reversed(toks[max(a, n - 3):n]):
        if x.punct or x.word in lex.determiners or x.word in _PREPOSITIONS:
            break
        out.append(x)
    return out


#: Bodies a country keeps only abroad: "the embassy" in a story filed from Washington is a
#: foreign one, never the dateline country's.
_ABROAD = frozenset({"embassy", "consulate", "mission"})


def _country_of(noun: str, before, register: Register, lex: Lexicon, here_only=False):
    """The country an unqualified "the foreign ministry" belongs to: the country named last
    (in this sentence before it, or in the sentence before), else the dateline's, else the
    only compared side that has such bodies (data/institution_owners.csv); a country that has
    none (the US has no ministries) is passed over."""
    owner = lex.owners.get(noun)
    compared = set(codebooks.compared_sides())

    def can_own(side: str) -> bool:
        return owner is None or side == owner or side not in compared

    here = [m for m in before if m.kind == "country" and not getattr(m, "in_quote", False)]
    for m in reversed(here):
        if can_own(m.side):
            return m.side, m.actor, f"'{noun}' with no country named → the country named last " \
                                    f"({m.actor})"
    if here_only:
        return None
    if noun in _ABROAD and register.home and register.home[0] in compared and len(compared) == 2:
        # "WASHINGTON — …,” said embassy spokesperson Zhao Li": in a story of the two compared
        # sides filed from one side's country, the embassy is the other side's.
        side = next(c for c in compared if c != register.home[0])
        return side, "", f"'{noun}' with no country named, in a story filed from " \
                         f"{register.home[2]} → the other side's"
    for m in reversed(register.countries):
        if can_own(m.side):
            return m.side, m.actor, f"'{noun}' with no country named → the country named last " \
                                    f"({m.actor})"
    if register.home and can_own(register.home[0]) and noun not in _ABROAD:
        side, actor, place = register.home
        return side, actor, f"'{noun}' with no country named → the dateline's ({place})"
    if owner:
        return owner, "", f"'{noun}' with no country named → the only side with one ({owner})"
    return None


#: "each side", "both governments": the parties the sentence names.
_EACH_SIDE = frozenset({"side", "sides", "government", "governments", "country", "countries",
                        "capital", "capitals"})

#: A generic role noun and the titles it stands for later in a story ("China's consul general
#: … Zhang Heming said …. “…,” the diplomat wrote.").
_ROLE_FAMILIES = {
    "diplomat": ("consul", "ambassador", "envoy", "diplomats", "attaché"),
    "envoy": ("ambassador", "consul"),
    "lawmaker": ("senator", "sen", "rep", "representative", "congressman", "congresswoman"),
    "legislator": ("senator", "sen", "rep", "representative", "lawmaker"),
    "article": ("commentary", "editorial", "column", "op-ed"),   # a piece of a paper
    "commentary": ("article", "editorial", "column", "op-ed"),
    "editorial": ("article", "commentary", "column", "op-ed"),
}

#: Documents a source speaks through ("said in a statement", "In an emailed statement, X
#: said"): remembered with the source, for "the statement said" later.
_DOCUMENT_NOUNS = frozenset({"statement", "paper", "report", "document", "letter", "readout",
                             "notice", "circular", "announcement", "editorial", "commentary",
                             "article", "indictment", "complaint"})


#: A sentence that opens with its place: "In Beijing, a spokesperson said …".
_PLACE_OPENER = re.compile(r"\s*(?:In|From|At)\s+([^,]{2,40}),\s*$")


#: A statement's author given after it: "in a statement attributed to an unnamed spokesperson,
#: it said" (later "the spokesperson said" is the same source).
_THROUGH = re.compile(r"\b(?:attributed to|issued by|released by|through) (?:an? |its |the |their )?"
                      r"(?:unnamed |anonymous )?(spokes(?:person|man|woman))\b")


_PERSON_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "minister", "secretary",
                            "ambassador", "senator", "official", "student", "professor"})


def remember(register, toks, lo, hi, inserts, side, actor, lex, written, mentions) -> None:
    through = frozenset(_THROUGH.findall(" ".join(t.word for t in toks)))
    if lo == hi and toks[lo].word in lex.pronouns:
        if through and toks[lo].word in ("it", "they"):   # "… attributed to a spokesperson,
            register.add(Speaker(through, (), side, actor, False, written))   # it said"
        return
    kinds = {m.kind for m in _mentions_in(mentions, toks[lo].start, toks[hi].end)}
    spans = [(lo, hi), *[(a, b) for a, b in inserts if toks[a].word not in ("who", "which")]]
    words = frozenset(t.word for a, b in spans for t in toks[a:b + 1]) | frozenset(
        t.word for t in toks if t.word in _DOCUMENT_NOUNS) | through
    names = tuple(n for a, b in spans for n in _names(toks, a, b, lex))
    titles = [n for n in range(lo, hi + 1) if toks[n].word in _PERSON_TITLES]
    person = "person" in kinds or not (kinds - {"demonym"}) and (
        bool(_names(toks, lo, hi, lex)) and not any(t.word in lex.role_nouns
                                                     for t in toks[lo:hi + 1])
        or bool(titles)) or bool(titles) and any(   # "Taiwan Affairs Office spokeswoman Ma
            _is_name_word(t) for t in toks[titles[-1] + 1:hi + 1])   # Qinglan": a person
    register.add(Speaker(words, names, side, actor, person, written))


#: Nouns for a person that head an apposition ("Gao Lianjie, a research fellow at …, a think
#: tank under …, told"), besides the role nouns and the third-party heads.
_PERSON_NOUNS = frozenset({
    "fellow", "director", "head", "chief", "chairman", "chairwoman", "chair", "president",
    "vice-president", "manager", "founder", "co-founder", "partner", "member", "lecturer",
    "adviser", "advisor", "lawyer", "attorney", "dean", "deputy", "editor", "correspondent",
    "leader", "representative", "negotiator", "aide", "commander", "general", "admiral",
    "colonel", "student", "teacher", "worker", "owner", "employee", "veteran", "republican",
    "democrat", "independent", "dealer", "farmer", "trader", "businessman", "businesswoman",
    "resident", "shopkeeper", "grower", "retailer", "entrepreneur", "engineer", "scientist",
    "economist", "consultant", "activist", "historian", "journalist", "pilot", "fisherman",
    "mother", "father", "wife", "husband", "son", "daughter", "sister", "brother", "parent"})
_CLOSE_TO = re.compile(r"\b(?:close to|familiar with|briefed on|knowledgeable about)\b", re.I)
_ANSWERS_TO = re.compile(r"\b(?:under|affiliated|attached to|run by|arm of|part of)\b", re.I)
_HEAD_STOPS = frozenset({*_PREPOSITIONS, "who", "which", "that", "and"})


def apposition_head(toks: list[_Tok], lo: int, hi: int) -> str:
    """The head noun of an apposition: its last word before a preposition ("a research fellow
    at the Institute …" → "fellow", "an industry association" → "association")."""
    end = lo
    while end <= hi and toks[end].word not in _HEAD_STOPS and not toks[end].punct:
        end += 1
    return toks[end - 1].word if end > lo else ""


def names_a_person(toks: list[_Tok], lo: int, hi: int, lex: Lexicon, head_only=False) -> bool:
    """An apposition that says who a person is: a role noun in it (unless ``head_only``), or
    a role, person or third-party noun at its head."""
    head = apposition_head(toks, lo, hi)
    return head in _PERSON_NOUNS or head in lex.third_party or head in lex.role_nouns or (
        not head_only and any(t.word in lex.role_nouns for t in toks[lo:hi + 1]))


def is_full_name(toks: list[_Tok], lo: int, hi: int, lex: Lexicon | None = None) -> bool:
    """Two to four capitalised words and nothing else: "Gregory Tallis", "Mary J. Smith"; with
    ``lex``, after a title abbreviation too ("Senior Col. Fang Zhiyuan", "Dr. Ann Lo")."""
    if lex is not None:
        title = lo + (toks[lo].word == "senior")
        if title + 2 <= hi and toks[title + 1].token == "." \
                and toks[title].word in lex.title_abbreviations:
            lo = title + 2
    return 1 <= hi - lo <= 3 and all(_is_name_word(t) and not t.token[:1].isdigit()
                                     for t in toks[lo:hi + 1] if t.token != ".")


def _office_start(toks: list[_Tok], i: int, lex: Lexicon) -> int:
    """The first word of the office written before a name, from its role noun at ``i`` back
    over capitalised words, role nouns, "'s" and an "of" between capitals ("U.S. Secretary of
    State", "China's Commerce Ministry spokesperson")."""
    while i > 0:
        before = toks[i - 1]
        if before.word in ("'s", "’s") or before.word in lex.role_nouns or (
                _is_name_word(before) and not before.punct) or (
                before.word in ("of", "for") and i > 1 and _is_name_word(toks[i - 2])
                and _is_name_word(toks[i])):
            i -= 1
        else:
            break
    return i


def introduce(text: str, mentions, lex: Lexicon, register: Register, quoted, found) -> None:
    """Remember a person the sentence introduces with an office, though not as a source
    ("Zhang Xiaogang, spokesperson for the Ministry of National Defense, made the remarks
    …"), so that "Zhang said" later has a side."""
    toks = _outside(text, quoted)
    spoken = {v["np_start"] for v in found}
    k = 0
    while k < len(toks) - 3:
        lo = k
        while k < len(toks) and _is_name_word(toks[k]) and not toks[k].punct:
            k += 1
        if k - lo >= 2 and lo > 0 and toks[lo - 1].word in lex.role_nouns \
                and toks[lo].start not in spoken:
            # the office written before the name: "Foreign Ministry spokesperson Guo Wenhai
            # made the remarks …"
            first = _office_start(toks, lo - 1, lex)
            side, actor, _why = resolve(text, toks, first, k - 1, [], mentions, lex, register)
            if side in codebooks.compared_sides():
                remember(register, toks, first, k - 1, [], side, actor, lex,
                         text[toks[first].start:toks[k - 1].end], mentions)
        elif k - lo >= 2 and k < len(toks) and toks[k].token == "," \
                and toks[lo].start not in spoken:
            end = k + 1
            while end < len(toks) and toks[end].token not in (",", ";", ".", "(", ")") \
                    and end - k < 16:
                end += 1
            if end < len(toks) and toks[end].token == "," and any(
                    t.word in lex.role_nouns for t in toks[k + 1:end]):
                side, actor, _why = resolve(text, toks, lo, k - 1, [(k + 1, end - 1)],
                                            mentions, lex, register)
                if side in codebooks.compared_sides():
                    remember(register, toks, lo, k - 1, [(k + 1, end - 1)], side, actor, lex,
                             text[toks[lo].start:toks[k - 1].end], mentions)
        k = max(k, lo + 1)
    for n, tok in enumerate(toks[:-2]):
        # A document and its author, though no one speaks yet ("The measures, announced in a
        # notice by the city's commerce bureau, include …"), for "The notice said" later.
        by = n + 1 + (toks[n + 1].word in _REDUCED)
        if tok.word not in _DOCUMENT_NOUNS or by >= len(toks) - 1 or toks[by].word != "by":
            continue
        end = by + 1
        while end < len(toks) and not toks[end].punct and toks[end].word not in lex.boundaries \
                and end - by <= 8:
            end += 1
        side, actor, _why = resolve(text, toks, by + 1, end - 1, [], mentions, lex, register)
        if side in codebooks.compared_sides():
            register.add(Speaker(frozenset(t.word for t in toks[n:end]), (), side, actor, False,
                                 text[tok.start:toks[end - 1].end]))


# ------------------------------------------------------------------ shared token grammar
def _subject(toks: list[_Tok], lex: Lexicon) -> tuple[int, int] | None:
    """The sentence's opening noun phrase, up to its first verb-like word ("The island's
    defense authority thanked …", "Oduya declined …")."""
    j = 0
    while j < len(toks) and j < 9:
        tok = toks[j]
        if tok.punct and tok.token != "." or tok.word == "'s":
            if not tok.punct:   # "China's Ministry of Commerce": a possessive, not "is"
                j += 1
                continue
            break
        if tok.word in lex.aux or tok.word in lex.be \
                or (tok.word in lex.forms and not _is_name_word(tok)) \
                or (j and not _is_name_word(tok) and tok.word.endswith("ed")):
            break
        j += 1
    return (0, j - 1) if j else None


_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                         "sunday", "yesterday", "today", "tonight", "earlier", "later"})


_REDUCED = frozenset({"released", "published", "issued", "posted", "obtained", "seen", "dated",
                      "circulated", "submitted", "filed"})


def publisher(toks: list[_Tok], lo: int, hi: int, end: int) -> tuple[int, int] | None:
    """The reduced relative cut from a document source ("A commentary published in Tuesday's
    People's Daily said"): the paper it names speaks through it, so it is kept as an
    apposition for the side."""
    if hi < end and toks[hi].word in _DOCUMENT_NOUNS and toks[hi + 1].word in _REDUCED:
        return hi, end
    return None


def _trim_time(toks: list[_Tok], lo: int, hi: int) -> tuple[int, int]:
    """Drop a time phrase from the end of a source ("China on Wednesday" → "China"), and a
    reduced relative ("a Pentagon report released last year" → "a Pentagon report")."""
    hi = next((k - 1 for k in range(lo + 1, hi + 1) if toks[k].word in _REDUCED
               and not (k + 1 <= hi and toks[k + 1].word == "by")), hi)   # "… published by X"
    while hi > lo and toks[hi].word in _TIME_WORDS:
        hi -= 1
        if hi > lo and toks[hi].word in ("on", "late", "early"):
            hi -= 1
            if hi > lo and toks[hi].word in ("late", "early"):
                hi -= 1
    return lo, hi


def _source_span(toks: list[_Tok], np_range, quoted) -> tuple[int, int] | None:
    """The source's tokens without a time phrase or a reduced relative; a source never spans
    a quotation ("… that the drills were “destabilizing,” Zhang said": the words after it)."""
    lo, hi = _trim_time(toks, *np_range)
    inside = [b for a, b in quoted if toks[lo].start <= a and b <= toks[hi].end]
    if inside:
        lo = next((i for i in range(lo, hi + 1) if toks[i].start >= max(inside)), hi + 1)
    return (lo, hi) if lo <= hi else None
