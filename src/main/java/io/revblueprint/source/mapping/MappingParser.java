package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.InstantText;
import io.revblueprint.snapshot.SnapshotFormat;
import io.revblueprint.snapshot.SnapshotFormats;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/** Reads a mapping's YAML (settings already filled in) into a {@link Mapping}, checking every name it uses. */
final class MappingParser {

    private static final Set<String> TOP = Set.of("name", "company", "timezone", "as_of", "read", "settings", "files",
            "canonical");
    private static final Set<String> READ = Set.of("encoding", "zone", "date_formats", "null_values", "salesforce_ids",
            "deleted_flags");
    private static final Set<String> FILE = Set.of("file", "required", "columns");
    private static final Set<String> ROW_SOURCE = Set.of("from", "distinct", "rows", "columns", "skip", "each_column");
    private static final Set<String> SKIP = Set.of("if", "reason");

    private MappingParser() {
    }

    static Mapping parse(YamlNode root, boolean ownColumns) {
        root.object(TOP);
        Map<String, FileSpec> files = files(root.get("files"));
        Map<String, List<RowSource>> canonical = new LinkedHashMap<>();
        YamlNode targets = root.get("canonical");
        if (targets == null) {
            throw root.fail("canonical: says which source files make each canonical file (teams, users, leads, …)");
        }
        targets.object(Set.copyOf(targets.fields()));
        for (String target : targets.fields()) {
            SnapshotFormat<?> format = format(targets, target);
            YamlNode sources = targets.get(target);
            canonical.put(format.fileName(), sources == null ? List.of()
                    : sources.oneOrMore().stream().map(source -> rowSource(source, format, files.keySet())).toList());
        }
        return new Mapping(root.file(), root.has("name") ? root.get("name").text() : root.file(),
                root.has("company") ? root.get("company").text() : null, zone(root.get("timezone")),
                asOf(root.get("as_of"), files.keySet()), read(root.get("read")), files, canonical, ownColumns);
    }

    private static SnapshotFormat<?> format(YamlNode targets, String target) {
        String fileName = target.toLowerCase(Locale.ROOT).endsWith(".csv") ? target : target + ".csv";
        return SnapshotFormats.IN_IMPORT_ORDER.stream().filter(format -> format.fileName().equalsIgnoreCase(fileName))
                .findFirst().orElseThrow(() -> targets.fail("'" + target + "' is not a canonical file; they are "
                        + SnapshotFormats.IN_IMPORT_ORDER.stream().map(format -> format.fileName().replace(".csv", ""))
                                .collect(Collectors.joining(", "))));
    }

    private static Map<String, FileSpec> files(YamlNode node) {
        Map<String, FileSpec> files = new LinkedHashMap<>();
        if (node == null) {
            return files;
        }
        node.object(Set.copyOf(node.fields()));
        for (String alias : node.fields()) {
            YamlNode spec = node.get(alias);
            if (spec == null) {
                files.put(alias, new FileSpec(alias, List.of(), false, List.of()));
            } else if (spec.node().isObject()) {
                spec.object(FILE);
                files.put(alias, new FileSpec(alias, spec.has("file") ? spec.get("file").texts() : List.of(),
                        spec.has("required") && spec.get("required").bool(),
                        spec.has("columns") ? spec.get("columns").texts() : List.of()));
            } else {
                files.put(alias, new FileSpec(alias, spec.texts(), false, List.of()));
            }
        }
        return files;
    }

    private static RowSource rowSource(YamlNode node, SnapshotFormat<?> format, Set<String> aliases) {
        node.object(ROW_SOURCE);
        List<String> origins = node.fields().stream().filter(Set.of("from", "distinct", "rows")::contains).toList();
        if (origins.size() != 1) {
            throw node.fail("give exactly one of from (a file), distinct (each value once) or rows (written here)");
        }
        List<Lookup> lookups = new ArrayList<>();
        if (origins.get(0).equals("rows")) {
            return literalSource(node, format, aliases, lookups);
        }
        RowSource.Origin origin = origins.get(0).equals("from") ? new RowSource.FromFile(alias(node.required("from"), aliases))
                : distinct(node.required("distinct"), aliases, lookups);
        List<RowSource.Column> columns = columns(node.get("columns"), format, aliases, node, lookups);
        Set<String> outputs = columns.stream().map(RowSource.Column::name).collect(Collectors.toSet());
        ExpressionParser conditions = new ExpressionParser(aliases, outputs, lookups);
        List<RowSource.SkipRule> skips = new ArrayList<>();
        if (node.has("skip")) {
            for (YamlNode skip : node.get("skip").items()) {
                skip.object(SKIP);
                if (!skip.has("if") || !skip.has("reason")) {
                    throw skip.fail("a skip rule has if (a condition) and reason (said in the summary)");
                }
                skips.add(new RowSource.SkipRule(conditions.condition(skip.get("if")), skip.get("reason").text()));
            }
        }
        return new RowSource(node.path(), origin, columns, skips, node.has("each_column") ? regex(node.get("each_column")) : null,
                lookups);
    }

    private static List<RowSource.Column> columns(YamlNode node, SnapshotFormat<?> format, Set<String> aliases,
                                                  YamlNode source, List<Lookup> lookups) {
        if (node == null) {
            throw source.fail("columns: says how each canonical column of " + format.fileName() + " is made");
        }
        node.object(format.knownColumns());
        Set<String> defined = new LinkedHashSet<>();
        List<RowSource.Column> columns = new ArrayList<>();
        for (String column : node.fields()) {
            columns.add(new RowSource.Column(column,
                    new ExpressionParser(aliases, Set.copyOf(defined), lookups).value(node.required(column))));
            defined.add(column);
        }
        requireAll(format, defined, node);
        return columns;
    }

    /** Rows written here; {@code columns} beside them adds values looked up in the files (a default team's zone). */
    private static RowSource literalSource(YamlNode node, SnapshotFormat<?> format, Set<String> aliases,
                                           List<Lookup> lookups) {
        if (node.has("skip") || node.has("each_column")) {
            throw node.fail("rows are written as they are: no skip or each_column beside them");
        }
        RowSource.Literal literal = literal(node.get("rows"), format);
        List<RowSource.Column> columns = new ArrayList<>();
        YamlNode added = node.get("columns");
        if (added != null) {
            added.object(format.knownColumns());
            for (String column : added.fields()) {
                if (literal.rows().stream().anyMatch(row -> row.containsKey(column))) {
                    throw added.get(column).fail("'" + column + "' is written in the rows already");
                }
                columns.add(new RowSource.Column(column,
                        new ExpressionParser(aliases, Set.of(), lookups).value(added.required(column))));
            }
        }
        return new RowSource(node.path(), literal, columns, List.of(), null, lookups);
    }

    private static RowSource.Literal literal(YamlNode node, SnapshotFormat<?> format) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (YamlNode row : node.items()) {
            row.object(format.knownColumns());
            Map<String, String> values = new LinkedHashMap<>();
            row.fields().forEach(column -> values.put(column, row.get(column) == null ? null : row.get(column).text()));
            requireAll(format, values.keySet(), row);
            rows.add(values);
        }
        return new RowSource.Literal(rows);
    }

    private static void requireAll(SnapshotFormat<?> format, Set<String> columns, YamlNode node) {
        List<String> missing = format.requiredColumns().stream().filter(column -> !columns.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw node.fail("gives no " + String.join(", ", missing) + " (required in " + format.fileName() + ")");
        }
    }

    private static RowSource.Distinct distinct(YamlNode node, Set<String> aliases, List<Lookup> lookups) {
        node.object(Set.of("from", "key", "except"));
        if (!node.has("from") || !node.has("key")) {
            throw node.fail("distinct needs from (the files) and key (the value each row stands for)");
        }
        ExpressionParser parser = new ExpressionParser(aliases, Set.of(), lookups);
        return new RowSource.Distinct(node.required("from").oneOrMore().stream().map(alias -> alias(alias, aliases)).toList(),
                parser.value(node.required("key")), node.has("except") ? parser.condition(node.get("except")) : null);
    }

    private static String alias(YamlNode node, Set<String> aliases) {
        String alias = node.text();
        if (!aliases.contains(alias)) {
            throw node.fail("'" + alias + "' is not one of the mapping's files " + aliases);
        }
        return alias;
    }

    private static Mapping.AsOf asOf(YamlNode node, Set<String> aliases) {
        if (node == null) {
            return new Mapping.AsOf(null, List.of());
        }
        if (node.isScalar()) {
            try {
                return new Mapping.AsOf(InstantText.parse(node.text(), ZoneOffset.UTC), List.of());
            } catch (DateTimeParseException e) {
                throw node.fail("not an ISO-8601 timestamp, e.g. 2026-11-21T02:00:00Z");
            }
        }
        node.object(Set.of("latest"));
        List<Mapping.FileColumn> columns = new ArrayList<>();
        for (YamlNode column : node.get("latest").oneOrMore()) {
            String[] parts = column.text().split("\\.", 2);
            if (parts.length != 2 || !aliases.contains(parts[0])) {
                throw column.fail("write file.column, with a file of the mapping " + aliases);
            }
            columns.add(new Mapping.FileColumn(parts[0], parts[1]));
        }
        return new Mapping.AsOf(null, columns);
    }

    private static ReadOptions read(YamlNode node) {
        if (node == null) {
            return new ReadOptions(ReadOptions.AUTO, null, List.of(), Set.of(), false, List.of());
        }
        node.object(READ);
        List<String> patterns = new ArrayList<>();
        if (node.has("date_formats")) {
            for (YamlNode pattern : node.get("date_formats").oneOrMore()) {
                try {
                    DateTimeFormatter.ofPattern(pattern.text(), Locale.ROOT);
                    patterns.add(pattern.text());
                } catch (IllegalArgumentException e) {
                    throw pattern.fail("not a date pattern (e.g. M/d/yyyy H:mm): " + e.getMessage());
                }
            }
        }
        return new ReadOptions(node.has("encoding") ? node.get("encoding").text() : ReadOptions.AUTO,
                zone(node.get("zone")), patterns,
                node.has("null_values") ? Set.copyOf(node.get("null_values").texts()) : Set.of(),
                node.has("salesforce_ids") && node.get("salesforce_ids").bool(),
                node.has("deleted_flags") ? node.get("deleted_flags").texts() : List.of());
    }

    private static ZoneId zone(YamlNode node) {
        try {
            return node == null ? null : ZoneId.of(node.text());
        } catch (DateTimeException e) {
            throw node.fail("'" + node.text() + "' is not an IANA time zone, e.g. Europe/Berlin or UTC");
        }
    }

    private static Pattern regex(YamlNode node) {
        try {
            return Pattern.compile(node.text(), Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw node.fail("not a regular expression: " + e.getDescription());
        }
    }
}
