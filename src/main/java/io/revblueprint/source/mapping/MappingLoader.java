package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.SnapshotFileException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads a mapping file, or a preset ({@code salesforce}, {@code hubspot}, in the jar) with a profile laid over it:
 * a profile is a mapping file that {@code extends} a preset and changes what it names (usually its settings;
 * fields are merged, lists and values replaced). Then every {@code $name} value is replaced by that setting.
 */
final class MappingLoader {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String EXTENDS = "extends";
    private static final String SETTINGS = "settings";

    private MappingLoader() {
    }

    /** A mapping file, on its own or extending a preset. */
    static Mapping load(Path file) {
        String name = file.getFileName().toString();
        ObjectNode tree = read(file, name);
        JsonNode preset = tree.remove(EXTENDS);
        return preset == null ? parse(tree, name, true) : preset(preset.asString(), tree, name);
    }

    /** A preset, with the profile's changes when one is given. */
    static Mapping preset(String preset, Path profile) {
        if (profile == null) {
            return parse(presetTree(preset), preset + " preset", false);
        }
        ObjectNode tree = read(profile, profile.getFileName().toString());
        JsonNode extended = tree.remove(EXTENDS);
        if (extended != null && !extended.asString().equals(preset)) {
            throw new SnapshotFileException(profile.getFileName() + ": extends " + extended.asString()
                    + ", but the source is " + preset + "; drop extends or give --source=" + extended.asString());
        }
        return preset(preset, tree, profile.getFileName().toString());
    }

    /** The preset a mapping file extends, or null. */
    static String extendedPreset(Path file) {
        JsonNode preset = read(file, file.getFileName().toString()).get(EXTENDS);
        return preset == null ? null : preset.asString();
    }

    private static Mapping preset(String preset, ObjectNode profile, String name) {
        return parse(merge(presetTree(preset), profile), name + " (over the " + preset + " preset)", false);
    }

    private static Mapping parse(ObjectNode tree, String name, boolean ownColumns) {
        JsonNode settings = tree.get(SETTINGS);
        ObjectNode filled = (ObjectNode) substitute(tree, settings, new YamlNode(tree, name, ""), Set.of());
        return MappingParser.parse(new YamlNode(filled, name, ""), ownColumns);
    }

    /**
     * A copy of the node with every "$name" string replaced by the setting of that name, itself filled in (a
     * setting may name others); the settings themselves are left as they are.
     */
    private static JsonNode substitute(JsonNode node, JsonNode settings, YamlNode where, Set<String> expanding) {
        if (node.isString() && node.asString().startsWith("$")) {
            String setting = node.asString().substring(1);
            JsonNode value = settings == null ? null : settings.get(setting);
            if (value == null) {
                throw where.fail("$" + setting + " is not one of the settings "
                        + (settings == null ? "(there are none)" : settings.propertyNames()));
            }
            if (expanding.contains(setting)) {
                throw where.fail("$" + setting + " names itself through " + expanding);
            }
            Set<String> deeper = new LinkedHashSet<>(expanding);
            deeper.add(setting);
            return substitute(value, settings, new YamlNode(value, where.file(), "settings." + setting), deeper);
        }
        if (node.isObject()) {
            ObjectNode copy = YAML.createObjectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                copy.set(field.getKey(), where.path().isEmpty() && field.getKey().equals(SETTINGS) ? field.getValue()
                        : substitute(field.getValue(), settings, child(where, field.getKey()), expanding));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = YAML.createArrayNode();
            for (int i = 0; i < node.size(); i++) {
                copy.add(substitute(node.get(i), settings,
                        new YamlNode(node.get(i), where.file(), where.path() + "[" + i + "]"), expanding));
            }
            return copy;
        }
        return node;
    }

    private static YamlNode child(YamlNode parent, String field) {
        return new YamlNode(parent.node().get(field), parent.file(), parent.path().isEmpty() ? field : parent.path() + "." + field);
    }

    /** The base with the overlay's fields laid over it: objects merged field by field, anything else replaced. */
    private static ObjectNode merge(ObjectNode base, ObjectNode overlay) {
        for (Map.Entry<String, JsonNode> field : overlay.properties()) {
            JsonNode under = base.get(field.getKey());
            if (under != null && under.isObject() && field.getValue().isObject()) {
                merge((ObjectNode) under, (ObjectNode) field.getValue());
            } else {
                base.set(field.getKey(), field.getValue());
            }
        }
        return base;
    }

    private static ObjectNode presetTree(String preset) {
        String resource = "presets/" + preset + ".yaml";
        try (InputStream in = MappingLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new SnapshotFileException("there is no preset '" + preset + "' (there are salesforce and hubspot)");
            }
            return object(YAML.readTree(in), resource);
        } catch (IOException | JacksonException e) {
            throw new SnapshotFileException(resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static ObjectNode read(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new SnapshotFileException("mapping file " + file + " does not exist");
        }
        try {
            return object(YAML.readTree(utf8(file, name)), name);
        } catch (JacksonException e) {
            throw new SnapshotFileException(name + " is not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IndexOutOfBoundsException e) {
            // snakeyaml-engine fails so on a character pair split at its 1,024-character buffer boundary.
            throw new SnapshotFileException(name + " could not be parsed (the YAML parser failed: " + e.getMessage()
                    + "); move or remove the emoji or other non-BMP character near that position", e);
        }
    }

    /** Decoded here, strictly: the YAML parser's own UTF-8 reader fails on some malformed bytes with an index error. */
    private static String utf8(Path file, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString().replaceFirst("^\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new SnapshotFileException(name + " is not UTF-8 text; save the mapping file as UTF-8", e);
        } catch (IOException e) {
            throw new SnapshotFileException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static ObjectNode object(JsonNode tree, String name) {
        if (tree == null || !tree.isObject()) {
            throw new SnapshotFileException(name + ": expected a mapping (fields such as files: and canonical:)");
        }
        return (ObjectNode) tree;
    }
}
