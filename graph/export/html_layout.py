"""The precomputed layout of the HTML view: deterministic, and fast enough for 10,000 nodes.

:func:`community_layout` (what the page uses) lays out the edges shown when the page opens:
each community (see :mod:`.html_communities`) with a seeded force-directed layout of its own
(networkx's Fruchterman-Reingold; a radial tree above ``FORCE_MAX`` nodes), the communities of
a connected component placed by a force layout of the graph between them and pushed apart until
none overlaps, the components packed in rows (largest first), and nodes without an edge in a
grid below. :func:`radial_layout` grows each component as a radial tree breadth-first from its
best-connected node (every node on a ring round the root, in a wedge as wide as its subtree).
"""
from __future__ import annotations

import math
import zlib
from collections import Counter, defaultdict

import networkx as nx
import numpy as np

SPACING = 40.0  # minimum arc length between two nodes on a ring, in vis-network units
NODE_ROOM = 75.0  # about the distance between neighbours in a force layout, in vis-network units
FORCE_MAX = 400  # a community larger than this is laid out as a radial tree (linear time); networkx's
# force layout is dense below 500 nodes (numpy only) and would need scipy above
SEED = 7


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


def _pack(boxes, local: dict[str, tuple[float, float]], slack: float = 1.2) -> dict[str, tuple[float, float]]:
    """Components side by side in rows about as wide as the whole drawing is tall."""
    row_width = max(math.sqrt(sum((2 * r) ** 2 for r, _ in boxes)) * slack, 2 * max((r for r, _ in boxes), default=0))
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


def community_layout(nodes: list[str], edges: list[tuple[str, str, float]], community: dict[str, int]
                     ) -> dict[str, tuple[float, float]]:
    """``{node: (x, y)}``: communities as clusters, components in rows, unconnected nodes in a grid below.

    ``edges`` are ``(u, v, weight)``; ``community[node]`` is its community (-1 or absent: none).
    """
    adjacent: dict[str, dict[str, float]] = {n: {} for n in nodes}
    for u, v, w in edges:
        if u != v and u in adjacent and v in adjacent:
            adjacent[u][v] = adjacent[v][u] = adjacent[u].get(v, 0) + w
    connected = [n for n in nodes if adjacent[n]]
    boxes = []
    for component in _components(connected, adjacent):
        groups = defaultdict(list)
        for n in component:
            groups[community.get(n, -1)].append(n)
        if len(groups) == 1:
            local = _local(component, adjacent)
        else:
            local = _clusters([groups[c] for c in sorted(groups)], adjacent)
        boxes.append((_radius(local), sorted(local), local))
    placed: dict[str, tuple[float, float]] = {}
    for radius, members, local in boxes:
        placed.update(local)
    out = _pack(sorted(((r, m) for r, m, _ in boxes), key=lambda b: (-b[0], b[1][0])), placed, 1.0) if boxes else {}
    if out:  # screens are wider than tall: so is the drawing
        xs, ys = [x for x, _ in out.values()], [y for _, y in out.values()]
        if max(ys) - min(ys) > 1.1 * (max(xs) - min(xs)):
            out = {n: (y, x) for n, (x, y) in out.items()}
    alone = sorted(n for n in nodes if not adjacent[n])
    if alone:
        top = max((y for _, y in out.values()), default=-NODE_ROOM) + 2 * NODE_ROOM
        left = min((x for x, _ in out.values()), default=0.0)
        width = max(max((x for x, _ in out.values()), default=0.0) - left, NODE_ROOM * math.sqrt(len(alone)) * 1.5)
        columns = max(1, int(width // (NODE_ROOM * 1.5)) + 1)
        for i, n in enumerate(alone):
            out[n] = (round(left + (i % columns) * NODE_ROOM * 1.5, 1), round(top + (i // columns) * NODE_ROOM, 1))
    return out


def near(anchor_sets: dict[str, list[str]], placed: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Positions for nodes left out of the layout (articles): beside the centroid of the nodes they name,
    at the first free spot on a spiral round it (no two nodes closer than half ``NODE_ROOM``).

    >>> spots = near({"a1": ["x", "y"], "a2": ["x", "y"]}, {"x": (0.0, 0.0), "y": (100.0, 0.0)})
    >>> math.dist(spots["a1"], spots["a2"]) >= NODE_ROOM / 2 and spots["a1"][1] != 0
    True
    """
    cell = NODE_ROOM / 2
    taken: set[tuple[int, int]] = {(int(x // cell), int(y // cell)) for x, y in placed.values()}

    def free(x: float, y: float) -> bool:
        cx, cy = int(x // cell), int(y // cell)
        return not any((cx + dx, cy + dy) in taken for dx in (-1, 0, 1) for dy in (-1, 0, 1))

    out = {}
    for node, anchors in sorted(anchor_sets.items()):
        points = [placed[a] for a in anchors if a in placed]
        if not points:
            continue
        cx = sum(p[0] for p in points) / len(points)
        cy = sum(p[1] for p in points) / len(points)
        angle = (zlib.crc32(node.encode("utf-8")) % 3600) / 3600 * 2 * math.pi
        for step in range(400):
            radius = NODE_ROOM * (0.7 + 0.15 * step)
            x, y = cx + radius * math.cos(angle + step * 2.4), cy + radius * math.sin(angle + step * 2.4)
            if free(x, y):
                break
        out[node] = (round(x, 1), round(y, 1))
        taken.add((int(x // cell), int(y // cell)))
    return out


def _components(nodes: list[str], adjacent: dict[str, dict[str, float]]) -> list[list[str]]:
    seen: set[str] = set()
    out = []
    for start in nodes:
        if start in seen:
            continue
        seen.add(start)
        stack, members = [start], []
        while stack:
            node = stack.pop()
            members.append(node)
            for nxt in adjacent[node]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        out.append(sorted(members))
    return sorted(out, key=lambda c: (-len(c), c[0]))


def _local(members: list[str], adjacent: dict[str, dict[str, float]]) -> dict[str, tuple[float, float]]:
    """One group's layout, centred on (0, 0), about ``NODE_ROOM`` between neighbours."""
    if len(members) == 1:
        return {members[0]: (0.0, 0.0)}
    if len(members) <= 3:  # a pair or a triangle, NODE_ROOM apart
        radius = NODE_ROOM / (2 * math.sin(math.pi / len(members)))
        return {n: (radius * math.cos(2 * math.pi * i / len(members) + 0.5), radius * math.sin(2 * math.pi * i / len(members) + 0.5))
                for i, n in enumerate(members)}
    inside = set(members)
    if len(members) > FORCE_MAX:
        edges = [(u, v, "") for u in members for v in adjacent[u] if v in inside and u < v]
        return _centred(radial_layout(members, edges), 1.0)
    graph = nx.Graph()
    graph.add_nodes_from(members)
    graph.add_weighted_edges_from((u, v, math.sqrt(w)) for u in members for v, w in sorted(adjacent[u].items())
                                  if v in inside and u < v)
    pos = nx.spring_layout(graph, seed=SEED, iterations=50, method="force")
    points = np.array([pos[n] for n in members])
    gaps = np.sqrt(((points[:, None, :] - points[None, :, :]) ** 2).sum(-1))
    np.fill_diagonal(gaps, np.inf)
    nearest = float(np.median(gaps.min(1))) or 1.0  # the typical distance to the nearest node becomes NODE_ROOM
    return _centred({n: (float(x), float(y)) for n, (x, y) in zip(members, points)}, NODE_ROOM / nearest)


def _centred(pos: dict[str, tuple[float, float]], factor: float) -> dict[str, tuple[float, float]]:
    cx = sum(x for x, _ in pos.values()) / len(pos)
    cy = sum(y for _, y in pos.values()) / len(pos)
    return {n: ((x - cx) * factor, (y - cy) * factor) for n, (x, y) in pos.items()}


def _radius(local: dict[str, tuple[float, float]]) -> float:
    return max(math.hypot(x, y) for x, y in local.values()) + NODE_ROOM * 0.8


def _clusters(groups: list[list[str]], adjacent: dict[str, dict[str, float]]) -> dict[str, tuple[float, float]]:
    """Communities of one component: each laid out alone, then placed by the graph between them."""
    locals_ = [_local(g, adjacent) for g in groups]
    radii = np.array([_radius(l) for l in locals_])
    index = {n: i for i, g in enumerate(groups) for n in g}
    between = nx.Graph()
    between.add_nodes_from(range(len(groups)))
    links: Counter = Counter()
    for i, group in enumerate(groups):
        for u in group:
            for v, w in adjacent[u].items():
                if index[v] > i:
                    links[i, index[v]] += w
    between.add_weighted_edges_from((i, j, w) for (i, j), w in sorted(links.items()))
    if len(groups) > FORCE_MAX:  # very many communities: side by side in rows, largest first
        rows = _pack(sorted(((float(r), [i]) for i, r in enumerate(radii)), key=lambda b: (-b[0], b[1][0])),
                     {i: (0.0, 0.0) for i in range(len(groups))})
        centres = np.array([rows[i] for i in range(len(groups))], dtype=float)
        return {n: (float(cx + x), float(cy + y)) for (cx, cy), local in zip(centres, locals_) for n, (x, y) in local.items()}
    pos = nx.spring_layout(between, seed=SEED, iterations=120, method="force")
    centres = np.array([pos[i] for i in range(len(groups))], dtype=float)
    centres -= centres.mean(0)
    spread = np.sqrt((centres ** 2).sum(1).mean()) or 1.0
    centres *= math.sqrt((radii ** 2).sum()) / spread * 0.35  # compact: pushing apart opens only the room needed
    centres = _push_apart(centres, radii, gap=NODE_ROOM * 0.4)
    out = {}
    for (cx, cy), local in zip(centres, locals_):
        for n, (x, y) in local.items():
            out[n] = (float(cx + x), float(cy + y))
    return out


def _push_apart(centres: np.ndarray, radii: np.ndarray, gap: float, rounds: int = 400) -> np.ndarray:
    """Move discs apart until none overlaps another (each pair shares the correction)."""
    need = radii[:, None] + radii[None, :] + gap
    np.fill_diagonal(need, 0.0)
    for _ in range(rounds):
        delta = centres[:, None, :] - centres[None, :, :]
        dist = np.sqrt((delta ** 2).sum(-1))
        overlap = np.where(dist < need, need - dist, 0.0)
        np.fill_diagonal(overlap, 0.0)
        if not overlap.any():
            break
        safe = np.where(dist > 1e-9, dist, 1.0)
        direction = delta / safe[..., None]
        order = np.arange(len(radii))
        direction[..., 0] = np.where(dist <= 1e-9, np.sign(order[:, None] - order[None, :]), direction[..., 0])
        centres = centres + (direction * (overlap / 2 * 1.05)[..., None]).sum(1) / np.maximum(1, (overlap > 0).sum(1))[:, None]
    return centres
