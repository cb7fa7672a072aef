"""A precomputed layout for graphs too large for in-browser physics: linear time, deterministic.

Each connected component becomes a radial tree grown breadth-first from its best-connected
node (every node sits on a ring round the root, in a wedge as wide as the subtree it leads),
and the components are packed in rows, largest first.
"""
from __future__ import annotations

import math
from collections import Counter

SPACING = 40.0  # minimum arc length between two nodes on a ring, in vis-network units


def radial_layout(nodes: list[str], edges: list[tuple[str, str, str]]) -> dict[str, tuple[float, float]]:
    """``{node: (x, y)}`` for every node; neighbours along the BFS tree stay close."""
    adjacent: dict[str, list[str]] = {n: [] for n in nodes}
    for u, v, _ in edges:
        if u != v:
            adjacent[u].append(v)
            adjacent[v].append(u)
    degree = {n: len(a) for n, a in adjacent.items()}
    order = sorted(nodes, key=lambda n: (-degree[n], n))
    placed: dict[str, tuple[float, float]] = {}
    boxes = []
    for root in order:
        if root not in placed:
            local, radius = _tree(root, adjacent, degree)
            placed.update(local)
            boxes.append((radius, list(local)))
    return _pack(sorted(boxes, key=lambda b: -b[0]), placed)


def _tree(root: str, adjacent: dict[str, list[str]], degree: dict[str, int]):
    parent, levels = {root: None}, [[root]]
    while levels[-1]:
        nxt = []
        for node in levels[-1]:
            for child in sorted(adjacent[node], key=lambda n: (-degree[n], n)):
                if child not in parent:
                    parent[child] = node
                    nxt.append(child)
        levels.append(nxt)
    levels.pop()
    size = Counter()
    for level in reversed(levels):  # leaves count once, a subtree counts its leaves
        for node in level:
            size[node] += 1 if size[node] == 0 else 0
            if parent[node] is not None:
                size[parent[node]] += size[node]
    wedge = {root: (0.0, 2 * math.pi)}
    pos, radius = {root: (0.0, 0.0)}, 0.0
    for depth, level in enumerate(levels[1:], start=1):
        radius = max(radius * 1.4 + SPACING * 2.5, len(level) * SPACING / (2 * math.pi))
        cursor: dict[str, float] = {}
        for node in level:
            p = parent[node]
            start, width = wedge[p]
            begin = cursor.get(p, start)
            share = width * size[node] / size[p]
            wedge[node] = (begin, share)
            cursor[p] = begin + share
            angle = begin + share / 2
            pos[node] = (radius * math.cos(angle), radius * math.sin(angle))
    return pos, radius + SPACING


def _pack(boxes, local: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Components side by side in rows about as wide as the whole drawing is tall."""
    row_width = math.sqrt(sum((2 * r) ** 2 for r, _ in boxes)) * 1.2
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for radius, members in boxes:
        if x > 0 and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + radius, y + radius
        for node in members:
            lx, ly = local[node]
            out[node] = (round(cx + lx, 1), round(cy + ly, 1))
        x += 2 * radius
        row_height = max(row_height, 2 * radius)
    return out
