package io.revblueprint.source.mapping;

import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the value and condition forms of a mapping. A value is a column name, a constant (a number or true/false),
 * or fields: one of {@link #SOURCES} and any of {@link #MODIFIERS}. A condition is {@code all}, {@code any} or
 * {@code not}, or a value with one of {@link #TESTS}.
 */
final class ExpressionParser {

    static final Set<String> SOURCES = Set.of("column", "value", "ref", "as_of", "each_column", "first", "concat", "join");
    static final Set<String> MODIFIERS = Set.of("when", "matches", "split", "map", "keywords", "bands", "type",
            "not_before", "not_after", "default", "note", "clamped_note", "separator");
    static final Set<String> TESTS = Set.of("in", "not_in", "present", "same_as", "after", "before");
    private static final Set<String> JOIN_FIELDS = Set.of("file", "key", "on", "where", "column", "pick");
    private static final Set<String> BAND_FIELDS = Set.of("max", "value");

    private final Set<String> aliases;
    private final Set<String> outputs;
    private final List<Lookup> lookups;

    /**
     * {@code aliases}: the mapping's files; {@code outputs}: the canonical columns a {@code ref} may name;
     * {@code lookups}: where each lookup read is added, so the lookups into one file can be built in one pass.
     */
    ExpressionParser(Set<String> aliases, Set<String> outputs, List<Lookup> lookups) {
        this.aliases = aliases;
        this.outputs = outputs;
        this.lookups = lookups;
    }

    Expression value(YamlNode node) {
        if (node.node().isString()) {
            return new ColumnValue(List.of(node.text()));
        }
        if (node.isScalar()) {
            return new ConstantValue(node.text());
        }
        if (node.node().isArray()) {
            throw node.fail("a list is not a value; write {first: [a, b]} for the first value that is set,"
                    + " or {column: [A, B]} for a column with several possible names");
        }
        Set<String> allowed = new LinkedHashSet<>(SOURCES);
        allowed.addAll(MODIFIERS);
        node.object(allowed);
        List<String> sources = node.fields().stream().filter(SOURCES::contains).toList();
        if (sources.size() != 1) {
            throw node.fail("give exactly one of " + String.join(", ", SOURCES) + " (found " + sources + ")");
        }
        Expression source = source(sources.get(0), node);
        return node.fields().stream().anyMatch(field -> MODIFIERS.contains(field) && !field.equals("separator"))
                ? shaped(source, node) : source;
    }

    private Expression source(String kind, YamlNode node) {
        YamlNode spec = node.get(kind);
        return switch (kind) {
            case "column" -> new ColumnValue(spec == null ? List.of() : spec.texts());
            case "value" -> new ConstantValue(node.required(kind).text());
            case "ref" -> ref(node.required(kind));
            case "as_of" -> new AsOfValue();
            case "each_column" -> eachColumn(node.required(kind));
            case "first" -> new FirstValue(node.required(kind).items().stream().map(this::value).toList());
            case "concat" -> new ConcatValue(node.required(kind).items().stream().map(this::value).toList(),
                    node.has("separator") ? node.get("separator").node().asString() : " ");
            default -> join(node.required(kind));
        };
    }

    private Expression ref(YamlNode spec) {
        String column = spec.text();
        if (!outputs.contains(column)) {
            throw spec.fail("'" + column + "' is not a canonical column mapped before this one; a ref names one of "
                    + outputs);
        }
        return new OutputValue(column);
    }

    private static Expression eachColumn(YamlNode spec) {
        return switch (spec.text()) {
            case "match" -> new EachColumnValue(true);
            case "value" -> new EachColumnValue(false);
            default -> throw spec.fail("each_column is 'match' (what the column's label matched) or 'value'");
        };
    }

    private Expression join(YamlNode spec) {
        spec.object(JOIN_FIELDS);
        String alias = spec.required("file").text();
        if (!aliases.contains(alias)) {
            throw spec.get("file").fail("'" + alias + "' is not one of the mapping's files " + aliases);
        }
        ExpressionParser joined = new ExpressionParser(aliases, Set.of(), lookups);
        Expression key = joined.value(spec.required("key"));
        Expression on = value(spec.required("on"));
        Condition where = spec.has("where") ? joined.condition(spec.get("where")) : null;
        Expression column = spec.has("column") ? joined.value(spec.get("column")) : null;
        Lookup.Pick pick = Lookup.Pick.FIRST;
        Expression by = null;
        YamlNode pickNode = spec.get("pick");
        if (pickNode != null && pickNode.isScalar() && pickNode.text().equals("most_common")) {
            pick = Lookup.Pick.MOST_COMMON;
        } else if (pickNode != null && !(pickNode.isScalar() && pickNode.text().equals("first"))) {
            pickNode.object(Set.of("earliest", "latest"));
            pick = pickNode.has("earliest") ? Lookup.Pick.EARLIEST : Lookup.Pick.LATEST;
            by = joined.value(pickNode.get(pick == Lookup.Pick.EARLIEST ? "earliest" : "latest"));
        }
        Lookup lookup = new Lookup(alias, key, where, column, pick, by);
        lookups.add(lookup);
        return new JoinValue(lookup, on);
    }

    private Expression shaped(Expression source, YamlNode node) {
        List<String> translations = node.fields().stream().filter(Set.of("map", "keywords", "bands")::contains).toList();
        if (translations.size() > 1) {
            throw node.fail("use one of map, keywords and bands (found " + translations + ")");
        }
        return new ShapedValue(source,
                node.has("when") ? condition(node.get("when")) : null,
                node.has("matches") ? regex(node.get("matches")) : null,
                node.has("split") ? node.get("split").node().asString() : null,
                node.has("map") ? lowerCaseKeys(node.get("map")) : null,
                node.has("keywords") ? lowerCaseKeys(node.get("keywords")) : null,
                node.has("bands") ? bands(node.get("bands")) : null,
                node.has("type") ? type(node.get("type")) : null,
                node.has("not_before") ? node.get("not_before").oneOrMore().stream().map(this::value).toList() : List.of(),
                node.has("not_after") ? node.get("not_after").oneOrMore().stream().map(this::value).toList() : List.of(),
                node.has("default") ? value(node.get("default")) : null,
                node.has("note") ? node.get("note").text() : null,
                node.has("clamped_note") ? node.get("clamped_note").text() : null);
    }

    Condition condition(YamlNode node) {
        if (node.has("all") || node.has("any")) {
            String kind = node.has("all") ? "all" : "any";
            node.object(Set.of(kind));
            return new Condition.Combined(node.get(kind).items().stream().map(this::condition).toList(), kind.equals("any"));
        }
        if (node.has("not")) {
            node.object(Set.of("not"));
            return new Condition.Not(condition(node.get("not")));
        }
        if (!node.node().isObject()) {
            throw node.fail("expected a test such as {column: Status, in: [Qualified]} or all/any/not");
        }
        List<String> tests = node.fields().stream().filter(TESTS::contains).toList();
        if (tests.size() != 1) {
            throw node.fail("give exactly one test of " + String.join(", ", TESTS) + " (found " + tests + ")");
        }
        String test = tests.get(0);
        ObjectNode rest = (ObjectNode) node.node().deepCopy();
        rest.remove(List.of(test));
        Expression value = value(new YamlNode(rest, node.file(), node.path()));
        YamlNode argument = node.get(test);
        if (argument == null) {
            throw node.fail(test + " needs a value");
        }
        return switch (test) {
            case "in", "not_in" -> new Condition.In(value, Set.copyOf(argument.texts()), test.equals("not_in"));
            case "present" -> new Condition.Present(value, argument.bool());
            case "same_as" -> new Condition.SameAs(value, value(argument));
            default -> new Condition.TimeOrder(value, value(argument), test.equals("after"));
        };
    }

    private static Pattern regex(YamlNode node) {
        try {
            return Pattern.compile(node.text());
        } catch (PatternSyntaxException e) {
            throw node.fail("not a regular expression: " + e.getDescription());
        }
    }

    private static Map<String, String> lowerCaseKeys(YamlNode node) {
        if (!node.node().isObject()) {
            throw node.fail("expected pairs of value: becomes, e.g. {Closed Won: 'true'}");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String field : node.fields()) {
            YamlNode to = node.get(field);
            map.put(field.strip().toLowerCase(Locale.ROOT), to == null ? null : to.text());
        }
        return map;
    }

    private static List<Band> bands(YamlNode node) {
        List<Band> bands = new ArrayList<>();
        for (YamlNode band : node.items()) {
            band.object(BAND_FIELDS);
            YamlNode max = band.get("max");
            try {
                bands.add(new Band(max == null ? null : new BigDecimal(max.text()), band.required("value").text()));
            } catch (NumberFormatException e) {
                throw max.fail("max must be a number");
            }
        }
        return bands;
    }

    private static ValueType type(YamlNode node) {
        try {
            return ValueType.valueOf(node.text().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw node.fail("type is timestamp, date or integer");
        }
    }
}
