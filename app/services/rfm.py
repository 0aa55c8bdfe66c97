"""RFM: recency, frequency and monetary scores from 1 to 5, and the named segments.

Scores are quintiles by rank, so that ties share a score: a customer's score for a
value is ``1 + 5 * (customers with a strictly lower value) // customers``. The lowest
value scores 1 (and every customer tied with it), a value above four fifths of the
customers scores 5. Recency ranks by the day of the last purchase (later is higher),
frequency by the number of purchases, monetary by all-time spend in the programme's
currency. With one customer, every score is 1.

Segments read R and FM = (F + M) // 2, the first rule that holds wins:

==========================  ==========================================
segment                     rule
==========================  ==========================================
Champions                   R >= 4 and FM >= 4
New                         R >= 4 and F = 1 (bought once, lately)
Loyal                       R >= 3 and FM >= 3
Potential loyalists         R >= 4 (recent, not yet frequent or big)
Need attention              R = 3
Can't lose them             R = 1 and FM >= 4 (were the best, gone)
At risk                     R <= 2 and FM >= 3
Hibernating                 R = 2
Lost                        R = 1 (and FM <= 3)
==========================  ==========================================

The same table (``RULES``) produces the SQL CASE that the recompute runs and the Python
function the tests and the Python baseline use, so the two cannot drift apart. The SQL
finds each score through four edge values read along a sorted index (``edge_offsets``),
which gives the same scores as ranking every customer (the tests compare the two).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import Segment


@dataclass(frozen=True)
class Rule:
    segment: Segment
    r_min: int = 1
    r_max: int = 5
    f_max: int = 5
    fm_min: int = 1

    def holds(self, r: int, f: int, m: int) -> bool:
        return (self.r_min <= r <= self.r_max and f <= self.f_max
                and (f + m) // 2 >= self.fm_min)

    def sql(self, r: str, f: str, m: str) -> str:
        terms = []
        if self.r_min > 1:
            terms.append(f"{r} >= {self.r_min}")
        if self.r_max < 5:
            terms.append(f"{r} <= {self.r_max}")
        if self.f_max < 5:
            terms.append(f"{f} <= {self.f_max}")
        if self.fm_min > 1:
            terms.append(f"({f} + {m}) / 2 >= {self.fm_min}")
        return " AND ".join(terms) or "1 = 1"


RULES: tuple[Rule, ...] = (
    Rule(Segment.CHAMPIONS, r_min=4, fm_min=4),
    Rule(Segment.NEW, r_min=4, f_max=1),
    Rule(Segment.LOYAL, r_min=3, fm_min=3),
    Rule(Segment.POTENTIAL_LOYALISTS, r_min=4),
    Rule(Segment.NEED_ATTENTION, r_min=3),
    Rule(Segment.CANT_LOSE, r_max=1, fm_min=4),
    Rule(Segment.AT_RISK, r_max=2, fm_min=3),
    Rule(Segment.HIBERNATING, r_min=2),
    Rule(Segment.LOST),
)


def segment(r: int, f: int, m: int) -> Segment:
    for rule in RULES:
        if rule.holds(r, f, m):
            return rule.segment
    raise AssertionError("the last rule always holds")  # pragma: no cover


def segment_sql(r: str, f: str, m: str) -> str:
    """The CASE expression of ``segment`` over three integer columns (integer division
    on SQLite and PostgreSQL alike)."""
    whens = " ".join(f"WHEN {rule.sql(r, f, m)} THEN '{rule.segment.value}'"
                     for rule in RULES[:-1])
    return f"CASE {whens} ELSE '{RULES[-1].segment.value}' END"


def score(lower: int, count: int) -> int:
    """The quintile score of a value that ``lower`` of ``count`` customers are below."""
    return 1 + 5 * lower // count


def edge_offsets(count: int) -> list[int]:
    """Where the score's edges lie in the sorted values (0-based): with ``values``
    sorted, the score of ``x`` is 1 plus how many of ``values[i]`` for these ``i`` are
    below ``x``, which equals ``score``: floor(5 c / n) >= k holds exactly when c, the
    number of values below x, reaches ceil(k n / 5), that is when the ceil(k n / 5)-th
    smallest value is below x. Four look-ups along a sorted index instead of a rank
    over every customer."""
    return [(k * count + 4) // 5 - 1 for k in range(1, 5)]


def score_from_edges_sql(column: str, edges: list[str]) -> str:
    """The score of ``column`` as SQL, given the four edge values' parameter names."""
    return "(1" + "".join(f" + CASE WHEN {column} > :{edge} THEN 1 ELSE 0 END"
                          for edge in edges) + ")"
