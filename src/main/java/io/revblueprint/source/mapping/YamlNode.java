package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.SnapshotFileException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A node of a mapping's YAML with the path to it, so every error names the file, the place and what to write. */
record YamlNode(JsonNode node, String file, String path) {

    SnapshotFileException fail(String message) {
        return new SnapshotFileException(file + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    YamlNode get(String field) {
        JsonNode child = node.get(field);
        return child == null || child.isNull() ? null : new YamlNode(child, file, path.isEmpty() ? field : path + "." + field);
    }

    /** A field that must have a value: {@code column:} with nothing after it is a mistake, not a null. */
    YamlNode required(String field) {
        YamlNode child = get(field);
        if (child == null) {
            throw fail(field + ": has no value; give one (a source column, a constant or an expression)");
        }
        return child;
    }

    boolean has(String field) {
        return get(field) != null;
    }

    List<YamlNode> items() {
        if (!node.isArray()) {
            throw fail("expected a list ([a, b] or one '- item' per line)");
        }
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new YamlNode(node.get(i), file, path + "[" + i + "]"));
        }
        return items;
    }

    /** A list's items, or this node as a list of one. */
    List<YamlNode> oneOrMore() {
        return node.isArray() ? items() : List.of(this);
    }

    List<String> fields() {
        return List.copyOf(node.propertyNames());
    }

    YamlNode object(Set<String> allowed) {
        if (!node.isObject()) {
            throw fail("expected fields (" + String.join(", ", allowed) + ")");
        }
        for (String field : node.propertyNames()) {
            if (!allowed.contains(field)) {
                throw get(field) == null ? fail("unknown field '" + field + "'")
                        : get(field).fail("unknown field; expected one of " + String.join(", ", allowed));
            }
        }
        return this;
    }

    boolean isScalar() {
        return node.isValueNode();
    }

    String text() {
        if (!node.isValueNode()) {
            throw fail("expected a single value");
        }
        return node.asString().strip();
    }

    List<String> texts() {
        return oneOrMore().stream().map(YamlNode::text).toList();
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw fail("expected true or false");
        }
        return node.asBoolean();
    }
}
