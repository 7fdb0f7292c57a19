"""The article's register of speakers: who was named so far, for the short references later.

Wire copy names a speaker in full once ("Helen Marsh, a spokeswoman for the State
Department") and then shortens: a surname ("Marsh"), a pronoun ("she"), a role ("the
spokeswoman"), a body ("the ministry").  :class:`Register` keeps, in order, every resolved
speaker (full name, the words of its apposition, side, actor), every actor the article names
outside quotations, the people named, the countries of the sentence before, and the country
of the dateline; :mod:`helpers.speakers` resolves short references against it and writes in
its ``rule`` which entry it used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = ["Register", "Speaker"]

_LETTERS = re.compile(r"[a-z]+")

@lru_cache(maxsize=4096)
def _entry_words(actor: str, rule: str) -> frozenset[str]:
    return frozenset(_LETTERS.findall((actor + " " + rule).lower()))




_FEMALE = frozenset({"she", "ms", "mrs", "miss", "spokeswoman", "congresswoman", "chairwoman",
                     "businesswoman", "woman", "mother", "daughter", "wife", "sister"})
#: A country named as a place ("deployed to southwestern Japan", "in the Philippines"): no
#: owner for "the defense ministry" in the next sentence, which stays the dateline's.
_PLACE_BEFORE = re.compile(r"\b(?:to|in|into|near|off|across|around|toward|towards|at)\s+"
                           r"(?:the\s+)?(?:(?:north|south|east|west)\w*\s+|central\s+)?$", re.I)

_MALE = frozenset({"he", "mr", "spokesman", "congressman", "chairman", "businessman", "man",
                   "father", "son", "husband", "brother"})


def _names_of(written: str) -> list[str]:
    """The capitalised words of a name, any of which a later reference may use ("Zhang Wei":
    "Zhang" in Chinese order, "Wei" in English)."""
    return [w for w in re.findall(r"[\w'’-]+", written) if w[:1].isupper()]


def _gender_of(written: str) -> str | None:
    words = set(_LETTERS.findall(written.lower()))
    if words & _FEMALE and not words & _MALE:
        return "she"
    if words & _MALE and not words & _FEMALE:
        return "he"
    return None


@dataclass
class Speaker:
    words: frozenset[str]          # lower-case words of the source and its apposition
    names: tuple[str, ...]         # capitalised words that are not titles: "Helen", "Marsh"
    side: str
    actor: str
    person: bool
    written: str


@dataclass
class Register:
    """The speakers an article has named so far, in order, for later short references."""

    speakers: list[Speaker] = field(default_factory=list)
    #: (words of the actor's codebook entry, side, actor, kind) of every mention so far
    actors: list[tuple[frozenset[str], str, str, str]] = field(default_factory=list)
    #: people named so far, speakers or not, for "he" and "she": (side, actor, as written)
    people: list[tuple[str, str, str]] = field(default_factory=list)
    #: (side, actor, place) of the dateline's place, as the actor codebook knows it: wire style
    #: names the home country's bodies without it ("BEIJING — The commerce ministry said …")
    home: tuple[str, str, str] | None = None
    #: the countries the sentence before named, outside quotations
    countries: list = field(default_factory=list)

    #: "he" or "she" for a surname, as a title said it ("spokeswoman Ma Qinglan", "Ms. Li")
    genders: dict = field(default_factory=dict)

    def person_for(self, pronoun: str) -> tuple[str, str, str] | None:
        """The last person named whom ``pronoun`` ("he", "she", "i") can refer to: a person a
        title gave the other pronoun is passed over ("Spokeswoman Ma Li said …. Zhang Wei
        added …. “…,” she said" is Ma Li); with none left, the last person named."""
        wanted = pronoun.lower()
        for side, actor, written in reversed(self.people):
            known = _gender_of(written) or next(
                (self.genders[n] for n in _names_of(written) if n in self.genders), None)
            if wanted in ("he", "she") and known and known != wanted:
                continue
            return side, actor, written
        return self.people[-1] if self.people else None

    def add(self, speaker: Speaker) -> None:
        self.speakers.append(speaker)
        gender = _gender_of(" ".join(speaker.words))   # the apposition too: "a businessman"
        if speaker.person and gender:
            self.genders.update(dict.fromkeys(_names_of(speaker.written), gender))
        if speaker.person:
            self.people.append((speaker.side, speaker.actor, speaker.written))

    def see(self, mentions, text: str = "") -> None:
        """Remember the actors a sentence names (for "a ministry spokesman", "she" later on);
        mentions inside a quotation don't count."""
        self.countries = [m for m in mentions if m.kind == "country"
                          and not getattr(m, "in_quote", False)
                          and not _PLACE_BEFORE.search(text[max(0, m.start - 40):m.start])]
        for m in mentions:
            if m.kind != "demonym":
                self.actors.append((_entry_words(m.actor, m.rule), m.side, m.actor, m.kind))
            if m.kind == "person" and not getattr(m, "in_quote", False):
                self.people.append((m.side, m.actor, text[m.start:m.end] or m.actor))

    def institution(self, noun: str, before=()) -> tuple[str, str] | None:
        """The side and actor of the last actor named whose entry has ``noun`` in it."""
        for m in reversed(list(before)):
            if m.kind != "demonym" and noun in (m.actor + " " + m.rule).lower():
                return m.side, m.actor
        for words, side, actor, _kind in reversed(self.actors):
            if noun in words:
                return side, actor
        return None

    def last_institution(self) -> tuple[str, str] | None:
        """The side and actor of the last government body, army or organisation named."""
        for _words, side, actor, kind in reversed(self.actors):
            if kind in ("agency", "military", "country", "organisation"):
                return side, actor
        return None

    def by_name(self, names: tuple[str, ...]) -> Speaker | None:
        """The last speaker whose name contains these names ("Marsh" → Helen Marsh)."""
        wanted = {n.lower() for n in names}
        for earlier in reversed(self.speakers):
            if wanted and wanted <= {n.lower() for n in earlier.names}:
                return earlier
        return None

    def last(self, *, person: bool | None = None, noun: str | None = None) -> Speaker | None:
        for earlier in reversed(self.speakers):
            if person is not None and earlier.person != person:
                continue
            if noun is not None and noun not in earlier.words:
                continue
            return earlier
        return None
