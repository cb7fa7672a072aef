"""The newsgraph vocabulary: node and edge types, articles, evidence, errors."""
from .errors import InputError, LookupFailed, NewsgraphError, SchemaError
from .article import Article
from .models import (
    NODE_CLASSES,
    Edge,
    Evidence,
    Extraction,
    Model,
    Node,
    NodeModel,
    Organization,
    Policy,
    Source,
    make_node,
    slugify,
)
from .vocabulary import (
    ALLOWED_ENDPOINTS,
    PROVENANCE_EDGE_TYPES,
    SEMANTIC_EDGE_TYPES,
    EdgeType,
    NodeType,
    check_endpoints,
    parse_edge_type,
    parse_node_type,
)

__all__ = [
    "ALLOWED_ENDPOINTS", "NODE_CLASSES", "PROVENANCE_EDGE_TYPES", "SEMANTIC_EDGE_TYPES",
    "Article", "Edge", "EdgeType", "Evidence", "Extraction", "InputError", "LookupFailed",
    "Model", "NewsgraphError", "Node", "NodeModel", "NodeType", "Organization", "Policy", "SchemaError",
    "Source", "check_endpoints", "make_node", "parse_edge_type", "parse_node_type", "slugify",
]
