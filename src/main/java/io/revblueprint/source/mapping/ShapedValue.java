package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.InstantText;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An expression and what the mapping does to its value, in this order: only {@code when} the condition holds;
 * kept if it {@code matches}; the first item of a {@code split} list; translated by {@code map} (the whole value),
 * {@code keywords} (a word it contains) or numeric {@code bands}; read as a {@link ValueType}; moved up to
 * {@code notBefore} or down to {@code notAfter}; else the {@code fallback}. {@code note} counts the rows it gives a
 * value, per value of each source column it names in braces ("Status “{Status}”"), {@code clampedNote} the rows a
 * bound moved.
 */
record ShapedValue(Expression source, Condition when, Pattern matches, String split, Map<String, String> map,
                   Map<String, String> keywords, List<Band> bands, ValueType type, List<Expression> notBefore,
                   List<Expression> notAfter, Expression fallback, String note, String clampedNote) implements Expression {

    private static final Pattern COLUMN_IN_NOTE = Pattern.compile("\\{(\\p{L}[^{}]*)}");

    ShapedValue {
        notBefore = List.copyOf(notBefore);
        notAfter = List.copyOf(notAfter);
    }

    /**
     * Whether all it does is count its values in a note or give empty values a constant, noted or not (IsWon: an empty
     * cell is false): the value is the column's, which a file must then have.
     */
    boolean onlyFillsEmptyCells() {
        return shapesNothing() && (fallback == null || fallback instanceof ConstantValue
                || fallback instanceof ShapedValue noted && noted.shapesNothing() && noted.fallback() == null
                && noted.source() instanceof ConstantValue);
    }

    private boolean shapesNothing() {
        return when == null && matches == null && split == null && map == null && keywords == null && bands == null
                && type == null && notBefore.isEmpty() && notAfter.isEmpty();
    }

    @Override
    public String value(RowScope scope) {
        String value = when == null || when.holds(scope) ? translated(source.value(scope), scope) : null;
        if (value != null) {
            value = bounded(value, scope);
            String filled = note == null ? null : filledIn(note, scope);
            if (filled != null) {
                scope.note(filled);
            }
        }
        return value == null && fallback != null ? fallback.value(scope) : value;
    }

    /**
     * The note with each "{Column}" it names replaced by the record's value, or a canonical column's mapped before
     * ("{stage}", whatever label a portal gives it); "none" when empty. Null, no note, when the file has no such
     * column: an export without a Pipeline column counted "deals in pipeline “none”".
     */
    private static String filledIn(String note, RowScope scope) {
        Matcher named = COLUMN_IN_NOTE.matcher(note);
        StringBuilder filled = new StringBuilder();
        while (named.find()) {
            String key = SourceColumns.key(named.group(1));
            boolean inFile = scope.record().has(key);
            if (!inFile && !scope.outputs().containsKey(named.group(1))) {
                return null;
            }
            String value = inFile ? scope.record().get(key) : scope.output(named.group(1));
            named.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "none" : value));
        }
        return named.appendTail(filled).toString();
    }

    private String translated(String value, RowScope scope) {
        if (value == null || matches != null && !matches.matcher(value).matches()) {
            return null;
        }
        String item = split == null ? value : value.split(Pattern.quote(split), 2)[0].strip();
        String translated = map != null ? map.get(item.toLowerCase(Locale.ROOT))
                : keywords != null ? keyword(item) : bands != null ? band(item) : item;
        return translated == null || type == null ? translated : type.apply(translated, scope.context().times());
    }

    private String keyword(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return keywords.entrySet().stream().filter(word -> lower.contains(word.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private String band(String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        return bands.stream().filter(band -> band.max() == null || number.compareTo(band.max()) <= 0)
                .map(Band::value).findFirst().orElse(null);
    }

    private String bounded(String value, RowScope scope) {
        if (notBefore.isEmpty() && notAfter.isEmpty()) {
            return value;
        }
        SourceTimes times = scope.context().times();
        Instant instant = times.instant(value);
        if (instant == null) {
            return value;
        }
        Instant lowest = bound(notBefore, scope, BinaryOperator.maxBy(Instant::compareTo));
        Instant highest = bound(notAfter, scope, BinaryOperator.minBy(Instant::compareTo));
        Instant moved = lowest != null && instant.isBefore(lowest) ? lowest
                : highest != null && instant.isAfter(highest) ? highest : instant;
        if (moved.equals(instant)) {
            return value;
        }
        if (clampedNote != null) {
            scope.note(clampedNote);
        }
        return InstantText.format(moved);
    }

    private static Instant bound(List<Expression> bounds, RowScope scope, BinaryOperator<Instant> tightest) {
        return bounds.stream().map(bound -> bound.value(scope)).filter(Objects::nonNull)
                .map(text -> scope.context().times().instant(text)).filter(Objects::nonNull)
                .reduce(tightest).orElse(null);
    }

    @Override
    public void readColumns(Consumer<String> columns) {
        source.readColumns(columns);
        if (when != null) {
            when.readColumns(columns);
        }
        notBefore.forEach(bound -> bound.readColumns(columns));
        notAfter.forEach(bound -> bound.readColumns(columns));
        if (fallback != null) {
            fallback.readColumns(columns);
        }
    }
}
