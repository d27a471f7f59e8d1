"""The next period told « au même rythme »: its weeks or days at the rate just read.

« … où je suis restée six semaines à temps plein, 35 heures par semaine. J'ai ensuite
rejoint le PLIE du Pays de Lorient pour cinq semaines, au même rythme. »: the second
sentence gives a count of weeks and points back to the rate of the period before. A jury
member multiplies (5 × 35 h) and adds the two periods; so does this reader, as a reading
to confirm (the rate is carried over, not written).
"""

from __future__ import annotations

import re
from dataclasses import replace

from cipcheck.content.hours import (
    SOMEONE_ELSE,
    THIRD_PARTY,
    Figure,
    hour_mentions,
    num,
    quote_around,
)
from cipcheck.reading import Reading, Sentence

_SAME = re.compile(r"\b(?:(?:au|a|du|selon|sur|dans|avec)\s+)?(?:le\s+|les\s+)?memes?\s+"
                   r"(?:rythme|regime|cadence|conditions|horaires?|volume|base|rythmes)\b")
_RATE_OF = {"w": re.compile(r"(\d+(?:,\d+)?) semaines × (\d+(?:,\d+)?) h$"),
            "d": re.compile(r"(\d+(?:,\d+)?) jours × (\d+(?:,\d+)?) h$")}


def same_rate(reading: Reading, s: Sentence, out: list[Figure]) -> Figure | None:
    """The figure of a sentence that counts weeks or days « au même rythme » as the
    period read just before (``out[-1]``, relabelled as the first period when needed)."""
    if not out or not _SAME.search(s.norm):
        return None
    last = out[-1]
    if last.page != s.page or not 0 < s.index - last.sentence <= 3 or last.total:
        return None
    toks = reading.tokens_of(s)
    if any(t.word in SOMEONE_ELSE or t.word in THIRD_PARTY for t in toks):
        return None
    mentions = [m for m in hour_mentions(toks, False) if m.unit in {"w", "d", "h"}]
    if len(mentions) != 1 or mentions[0].unit == "h":
        return None  # hours written say the period's length themselves
    m = mentions[0]
    rate = _RATE_OF[m.unit].match(last.how)
    if rate is None or not 1 <= m.value <= 52:
        return None
    per = float(rate.group(2).replace(",", "."))
    unit = "semaines" if m.unit == "w" else "jours"
    # « Premier stage : 8 semaines à 35h … » was read as « stage 1 »: this is « stage 2 ».
    noun, _, k_text = last.label.rpartition(" ")
    if not last.label:
        noun, k = "periode", 1
        out[-1] = replace(last, label="periode 1", stated=False)
    elif k_text.isdigit() and noun and not noun.startswith("date"):
        k = int(k_text)
    else:
        return None
    return Figure(m.value * per, reading.page_at(s, toks[m.at].start),
                  quote_around(s.text, toks[m.at].start, toks[m.end - 1].end),
                  f"{num(m.value)} {unit} × {num(per)} h, au même rythme", stated=False,
                  inferred=True, label=f"{noun} {k + 1}", sentence=s.index,
                  lead=" ".join(t.word for t in toks[:4]))
