"""newsgraph.graph: the KnowledgeGraph, its traversal helpers, exporters, stores and CLI."""
from .knowledge import KnowledgeGraph
from .names import name_key, to_simplified
from .traversal import neighbors, released_by, shortest_path, subgraph, what_outperforms, who_cites_whom, who_released

__all__ = [
    "KnowledgeGraph", "name_key", "neighbors", "released_by", "shortest_path", "subgraph",
    "to_simplified", "what_outperforms", "who_cites_whom", "who_released",
]
