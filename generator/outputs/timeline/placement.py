"""Labels along a line, in the order of their dates, as near their marks as spacing allows.

Each label has a target (the leading edge that would put it right at its mark)
and a size; consecutive labels must be `gap` apart. Minimising the squared
displacement under these order constraints is isotonic regression after a
change of variable (subtract each label's cumulative offset), solved exactly by
pool-adjacent-violators. Order is kept, so leaders drawn from marks to labels
can never cross one another.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate


def spread(targets: Sequence[float], sizes: Sequence[float], gap: float, low: float, high: float) -> list[float] | None:
    """Leading edges nearest `targets`, each label `gap` after the last, within [low, high]; None if they cannot fit."""
    if not targets:
        return []
    offsets = [0.0, *accumulate(size + gap for size in sizes[:-1])]
    ceiling = high - offsets[-1] - sizes[-1]
    if ceiling < low - 1e-6:
        return None
    shifted = _isotonic([target - offset for target, offset in zip(targets, offsets, strict=True)])
    return [min(max(value, low), ceiling) + offset for value, offset in zip(shifted, offsets, strict=True)]


def _isotonic(values: Sequence[float]) -> list[float]:
    """The non-decreasing sequence nearest `values` in least squares (pool adjacent violators)."""
    blocks: list[list[float]] = []  # [sum, count]
    for value in values:
        blocks.append([value, 1.0])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            total, count = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += count
    return [total / count for total, count in blocks for _ in range(int(count))]


def lanes(spans: Sequence[tuple[float, float]], gap: float) -> list[int]:
    """A lane for each span (start, end), in the order given: the first lane whose last span ended `gap` before it."""
    ends: list[float] = []
    chosen = []
    for start, end in spans:
        lane = next((k for k, last in enumerate(ends) if last + gap < start), len(ends))
        if lane == len(ends):
            ends.append(end)
        ends[lane] = end
        chosen.append(lane)
    return chosen
