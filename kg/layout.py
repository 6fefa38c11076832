"""Node positions for large graphs, computed once in Python so the page opens without a physics run.

A force-directed layout in the Fruchterman–Reingold family, made fast for thousands of nodes:
springs pull along edges, and the all-pairs repulsion is read from a density grid convolved with
the repulsion kernel by FFT (O(n + G² log G) per step instead of O(n²)), plus an exact short-range
repulsion between nearby nodes (a k-d tree) so that nodes in one grid cell do not collapse. A weak
pull to the centre keeps disconnected components in view. Deterministic for a given ``seed``.

>>> pos = force_layout(4, [(0, 1), (1, 2), (2, 3)], seed=1)
>>> len(pos), all(len(p) == 2 for p in pos)
(4, True)
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from scipy.spatial import cKDTree


def _kernel(size: int) -> tuple[np.ndarray, np.ndarray]:
    """FFTs of the repulsion kernel d/|d|² laid out for a circular convolution of ``size``²."""
    offsets = np.fft.fftfreq(size, d=1.0 / size)  # 0, 1, …, size/2-1, -size/2, …, -1
    dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
    r2 = dx * dx + dy * dy
    r2[0, 0] = 1.0
    kx, ky = dx / r2, dy / r2
    kx[0, 0] = ky[0, 0] = 0.0
    return np.fft.rfft2(kx), np.fft.rfft2(ky)


def _scatter(index: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    """Row sums of ``values`` grouped by ``index`` (like ``np.add.at``, much faster)."""
    return np.stack([np.bincount(index, weights=values[:, 0], minlength=n), np.bincount(index, weights=values[:, 1], minlength=n)], axis=1)


def force_layout(
    n: int,
    edges: Sequence[tuple[int, int]],
    *,
    seed: int = 7,
    iterations: int = 120,
    edge_length: float = 1.0,
    grid: int = 0,
    gravity: float = 0.3,
) -> list[tuple[float, float]]:
    """Positions of nodes ``0..n-1`` (edge length about ``edge_length``), as (x, y) pairs."""
    if n == 0:
        return []
    if n == 1:
        return [(0.0, 0.0)]
    k = edge_length
    rng = np.random.default_rng(seed)
    side = math.sqrt(n) * k
    pos = rng.uniform(-side / 2, side / 2, size=(n, 2))
    pairs = np.array([(a, b) for a, b in edges if a != b], dtype=np.int64).reshape(-1, 2)
    src, dst = pairs[:, 0], pairs[:, 1]
    g = grid or int(min(128, max(32, 2 ** math.ceil(math.log2(math.sqrt(n) * 2)))))
    fkx, fky = _kernel(2 * g)
    start = side / 8
    # nodes without edges have no spring to hold them: pull them harder, or they ring the graph
    degree = np.bincount(pairs.ravel(), minlength=n)
    pull = np.where(degree == 0, 4 * gravity, gravity)
    for step in range(iterations):
        temperature = start * (1 - step / iterations) + k * 0.02
        force = np.zeros_like(pos)
        # long-range repulsion through the density grid
        lo = pos.min(axis=0)
        h = max(float((pos.max(axis=0) - lo).max()) / (g - 1), 1e-9)
        cells = np.minimum(((pos - lo) / h).astype(np.int64), g - 1)
        flat = cells[:, 0] * g + cells[:, 1]
        density = np.zeros((2 * g, 2 * g))
        density[:g, :g] = np.bincount(flat, minlength=g * g).reshape(g, g)
        fd = np.fft.rfft2(density)
        field_x = np.fft.irfft2(fd * fkx, s=density.shape)[:g, :g]
        field_y = np.fft.irfft2(fd * fky, s=density.shape)[:g, :g]
        scale = k * k / h
        force[:, 0] += scale * field_x.ravel()[flat]
        force[:, 1] += scale * field_y.ravel()[flat]
        # short-range repulsion, exact, between nodes closer than 1.5 cells
        near = cKDTree(pos).query_pairs(r=1.5 * h, output_type="ndarray")
        if len(near):
            i, j = near[:, 0], near[:, 1]
            d = pos[i] - pos[j]
            d2 = np.maximum((d * d).sum(axis=1), 1e-9 * k * k)
            f = d * (k * k / d2)[:, None]
            force += _scatter(i, f, n) - _scatter(j, f, n)
        # springs along edges
        if len(pairs):
            d = pos[dst] - pos[src]
            dist = np.sqrt((d * d).sum(axis=1))
            f = d * (dist / k)[:, None]
            force += _scatter(src, f, n) - _scatter(dst, f, n)
        # gravity towards the centre
        centre = pos.mean(axis=0)
        force -= (pos - centre) * pull[:, None]
        length = np.sqrt((force * force).sum(axis=1))
        pos += force * (np.minimum(length, temperature) / np.maximum(length, 1e-12))[:, None]
    pos -= np.median(pos, axis=0)
    # nodes without edges drift to the rim and would make "fit" zoom far out: pull the few
    # beyond the bulk of the graph back onto its edge, keeping their direction
    radius = np.sqrt((pos * pos).sum(axis=1))
    rim = float(np.percentile(radius, 98)) * 1.05
    far = radius > rim
    pos[far] *= (rim / radius[far])[:, None]
    return [(float(x), float(y)) for x, y in pos]
