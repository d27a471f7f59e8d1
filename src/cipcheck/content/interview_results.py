"""What the interview counter returns: each interview counted with its page and a few words,
the ones seen but not counted (planned, cancelled, not held) and the hints of a short
count.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Interview:
    """One interview counted: where it is told and a few words of how."""

    page: int
    words: str
    rank: int | None = None
    date: tuple[int, int] | None = None
    implied: bool = False  # deduced from a later rank (« troisième rencontre »)
    # Counted on weak evidence (« rang »: deduced from a rank; « ellipse »: « Le deuxième,
    # … » standing for the noun; « un de plus »: « j'ai eu un entretien avec elle »;
    # « ensemble »: « nous faisons ensemble… » on a dated line; « reprises »: « revus à
    # trois reprises », untold); None when told plainly.
    doubt: str | None = None


@dataclass(frozen=True)
class Planned:
    """An interview seen but not counted: planned, wished or cancelled."""

    page: int
    words: str
    reason: str  # "à venir" | "annulé" | "non tenu" | "hors série" | "pas nommé entretien"
    # | "indice" (see hints)


@dataclass
class InterviewCount:
    """The interviews counted in a part, and what each was read from."""

    count: int
    pages: list[int] = field(default_factory=list)
    ranks: list[int] = field(default_factory=list)
    dates: list[tuple[int, int]] = field(default_factory=list)
    announced: int | None = None
    interviews: list[Interview] = field(default_factory=list)
    planned: list[Planned] = field(default_factory=list)
    # Distinct dates (day, month) of the part told in the past or present, not planned:
    # more of them than interviews counted is a sign the count missed some.
    past_dates: int = 0
    # Signs of a held interview that could not be placed on the timeline (a meeting told
    # only by its verb before the first one counted, « lors de l'entretien de bilan »
    # with no such interview told, « au dernier rendez-vous » in undated prose): the
    # count may be short of them, so a count under the minimum is then uncertain.
    hints: list[Planned] = field(default_factory=list)
    # The line where the writer counts fewer than were read (« Deux entretiens, c'est
    # peu »; its count in ``reason``): the ones beyond are doubts (« compte du texte »).
    stated: Planned | None = None
    # The writer's own count (« Deux entretiens seulement », « je n'ai tenu que deux
    # entretiens »; its count in ``reason``) when no more than were read: the text itself
    # says the part tells that many, so a count under the minimum is sure.
    own: Planned | None = None
    # The broad net (interview_episodes): dated episodes told with a meeting noun or
    # ordinal, read clause by clause, that no interview counted holds.
    episodes: list[Planned] = field(default_factory=list)
    # The same net by rank: one clause per meeting rank told as held (« Le deusième
    # rendé-vous… »), the ones counted included.
    ranked: list[Planned] = field(default_factory=list)

    @property
    def unsure(self) -> list[Interview]:
        """The interviews counted on weak evidence only (see Interview.doubt)."""
        return [i for i in self.interviews if i.doubt is not None]

    @property
    def sure(self) -> int:
        """How many interviews are counted on plain evidence."""
        return self.count - len(self.unsure)

    def verdict(self, need: int) -> str:
        """What the count says against a minimum of ``need``: « pass »; « unsure » (the
        minimum is reached only through interviews read on weak evidence); « fail »; or,
        short of it but never failing on a guess, « hints » (meetings told that could not
        be placed), « announced » (the text says it held enough), « dates » (more past
        moments dated than interviews recognised) or « episodes » (dated meetings read
        clause by clause, see interview_episodes) — unless the writer's own count agrees
        (``own``). The check words each one."""
        if self.count >= need:
            return "pass" if self.sure >= need else "unsure"
        if self.own is not None:
            # Two readings agree — what the writer counts and what is told — and both
            # are short: no hint of more makes it a guess.
            return "fail"
        if self.hints and self.count + len(self.hints) >= need:
            return "hints"
        if self.announced and self.announced >= need:
            return "announced"
        if self.past_dates >= need:
            return "dates"
        dated = sum(1 for i in self.interviews if i.date is not None)
        if (self.episodes and dated + len(self.episodes) >= need) \
                or len(self.ranked) >= need:
            # A blunter reading, clause by clause, sees enough dated meetings besides the
            # dated interviews counted (an undated one may be one of them): what the
            # precise reader missed is a guess either way, so never a failure.
            return "episodes"
        return "fail"

    @property
    def uncertain(self) -> bool:
        """The text announces more than it tells, or a count rests on a rank alone."""
        return bool((self.announced and self.announced > self.count)
                    or any(i.implied for i in self.interviews))
