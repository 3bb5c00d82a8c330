"""Reads the service's exports back with each consumer's own library and reports what it found.

Usage: python3 test/export/check_exports.py DIR [NODE_ID]

DIR holds graph.graphml, graph.gexf, graph.cyjs, graph.jsonld, nodes.csv and relationships.csv
of one subgraph. Prints one JSON object: per format the node and edge counts the library saw and
a few facts about NODE_ID (when given), so that the Jest test compares them with Cypher counts.
Structural rules (typed GraphML keys, neo4j-admin CSV headers, JSON-LD expansion) are checked
here and fail with an AssertionError naming the rule.
"""

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

import networkx as nx
from pyld import jsonld

SCHEMA = "https://schema.org/"
OA = "http://www.w3.org/ns/oa#"
KGV = "urn:kg:vocab:"


def no_remote_contexts(url, options=None):
    raise AssertionError(f"the JSON-LD processor tried to fetch {url}: the @context must be inline")


def graph_report(graph, node_id):
    report = {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "edgeTypes": dict(Counter(data.get("type") for _, _, data in graph.edges(data=True))),
    }
    if node_id is not None and node_id in graph:
        report["sample"] = {k: v for k, v in graph.nodes[node_id].items()}
        report["sampleTypes"] = {k: type(v).__name__ for k, v in graph.nodes[node_id].items()}
        report["sampleOutEdges"] = sorted(data.get("type") for _, _, data in graph.out_edges(node_id, data=True))
    return report


def check_graphml(path, node_id):
    text = path.read_text(encoding="utf-8")
    declared = dict(re.findall(r'<key id="[^"]+" for="(?:node|edge)" attr.name="([^"]+)" attr.type="([^"]+)"', text))
    assert declared, "GraphML declares no typed <key>s"
    assert set(declared.values()) <= {"string", "int", "double", "boolean"}, f"unexpected attr.type: {declared}"
    assert 'edgedefault="directed"' in text, "GraphML graph is not directed"
    graph = nx.read_graphml(path, force_multigraph=True)
    report = graph_report(graph, node_id)
    ids = [key for _, _, key in graph.edges(keys=True)]
    report["distinctEdgeIds"] = len(set(ids))
    report["keyTypes"] = {name: declared[name] for name in ("start", "articleCount", "articleScoped", "confidence", "labels", "type") if name in declared}
    return report


def check_gexf(path, node_id):
    graph = nx.read_gexf(path, version="1.3")
    report = graph_report(graph, node_id)
    assert 'version="1.3"' in path.read_text(encoding="utf-8"), "not a GEXF 1.3 file"
    return report


def check_cytoscape(path, node_id):
    data = json.loads(path.read_text(encoding="utf-8"))
    graph = nx.cytoscape_graph(data)
    report = graph_report(graph, node_id)
    element_ids = [n["data"]["id"] for n in data["elements"]["nodes"]] + [e["data"]["id"] for e in data["elements"]["edges"]]
    report["elementIdsUnique"] = len(element_ids) == len(set(element_ids))
    return report


def values(node, key):
    return node.get(key, [])


def check_jsonld(path, node_id):
    document = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(document["@context"], dict), "the @context must be an inline object"
    options = {"documentLoader": no_remote_contexts}
    expanded = jsonld.expand(document, options)
    flattened = jsonld.flatten(document, None, options)
    by_id = {node["@id"]: node for node in flattened}

    def typed(type_iri):
        return [node for node in flattened if type_iri in node.get("@type", [])]

    node_types = [KGV + "Article", KGV + "Entity", KGV + "Statement"]
    nodes = [node for node in flattened if any(t in node.get("@type", []) for t in node_types)]
    relationships = typed(KGV + "Relationship")
    annotations = typed(OA + "Annotation")
    selectors = Counter()
    for annotation in annotations:
        target = by_id[values(annotation, OA + "hasTarget")[0]["@id"]]
        for ref in values(target, OA + "hasSelector"):
            selectors.update(by_id[ref["@id"]]["@type"])
    report = {
        "expandedObjects": len(expanded),
        "nodes": len(nodes),
        "edges": len(relationships),
        "annotations": len(annotations),
        "selectorTypes": {k.replace(OA, "oa:"): v for k, v in selectors.items()},
        "schemaTypes": dict(Counter(t.replace(SCHEMA, "schema:") for node in nodes for t in node["@type"] if t.startswith(SCHEMA))),
    }
    quotes = []
    for node in typed(SCHEMA + "Quotation") + typed(SCHEMA + "Claim"):
        speakers = [by_id.get(ref["@id"], {}) for ref in values(node, SCHEMA + "spokenByCharacter")]
        quotes.append({
            "text": values(node, SCHEMA + "text")[0]["@value"] if values(node, SCHEMA + "text") else None,
            "speaker": [values(s, SCHEMA + "name")[0]["@value"] for s in speakers if values(s, SCHEMA + "name")],
            "about": len(values(node, SCHEMA + "about")),
            "isPartOf": [ref["@id"] for ref in values(node, SCHEMA + "isPartOf")],
        })
    report["statements"] = quotes
    if node_id is not None:
        iri = "urn:kg:" + node_id
        if iri in by_id:
            report["sample"] = {"@type": by_id[iri]["@type"], "name": [v["@value"] for v in values(by_id[iri], SCHEMA + "name")]}
    return report


NEO4J_ADMIN_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
                     "localtime", "time", "localdatetime", "datetime", "duration"}


def header_type(column):
    name, _, kind = column.partition(":")
    if not kind:
        return name, "string", False
    array = kind.endswith("[]")
    return name, kind[:-2] if array else kind, array


def check_csv(nodes_path, relationships_path, node_id):
    with nodes_path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header, node_rows = rows[0], rows[1:]
    assert header[0] == "id:ID" and ":LABEL" in header, f"nodes.csv header lacks id:ID or :LABEL: {header[:3]}"
    for column in header:
        if column in ("id:ID", ":LABEL"):
            continue
        _, kind, _ = header_type(column)
        assert kind in NEO4J_ADMIN_TYPES, f"nodes.csv column {column} has a type neo4j-admin does not know"
    assert all(len(row) == len(header) for row in node_rows), "a nodes.csv row has the wrong number of fields"
    ids = [row[0] for row in node_rows]
    assert len(ids) == len(set(ids)), "nodes.csv repeats an :ID"
    id_set = set(ids)

    with relationships_path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    rel_header, rel_rows = rows[0], rows[1:]
    assert rel_header[:3] == [":START_ID", ":END_ID", ":TYPE"], f"relationships.csv header starts {rel_header[:3]}"
    assert all(len(row) == len(rel_header) for row in rel_rows), "a relationships.csv row has the wrong number of fields"
    dangling = [row for row in rel_rows if row[0] not in id_set or row[1] not in id_set]
    assert not dangling, f"relationships whose :START_ID or :END_ID is not a node :ID: {dangling[:3]}"

    typed_columns = {column.split(":")[0]: column for column in header + rel_header if ":" in column and not column.startswith(":")}
    report = {"nodes": len(node_rows), "edges": len(rel_rows), "typedColumns": typed_columns,
              "labels": dict(Counter(row[header.index(":LABEL")] for row in node_rows)),
              "edgeTypes": dict(Counter(row[2] for row in rel_rows))}
    # Every int[] value parses as ;-separated integers, as neo4j-admin reads it.
    for column_index, column in enumerate(rel_header):
        if column.endswith(":int[]"):
            for row in rel_rows:
                if row[column_index]:
                    [int(item) for item in row[column_index].split(";")]
    if node_id in id_set:
        row = node_rows[ids.index(node_id)]
        report["sample"] = {column: value for column, value in zip(header, row) if value}
    return report


def main():
    folder = Path(sys.argv[1])
    node_id = sys.argv[2] if len(sys.argv) > 2 else None
    report = {
        "networkx": nx.__version__,
        "graphml": check_graphml(folder / "graph.graphml", node_id),
        "gexf": check_gexf(folder / "graph.gexf", node_id),
        "cytoscape": check_cytoscape(folder / "graph.cyjs", node_id),
        "jsonld": check_jsonld(folder / "graph.jsonld", node_id),
        "csv": check_csv(folder / "nodes.csv", folder / "relationships.csv", node_id),
    }
    json.dump(report, sys.stdout, indent=1, default=str)


if __name__ == "__main__":
    main()
