package io.revblueprint.source.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/** A test on the row being mapped: when a value applies, which rows a source skips, which rows a lookup keeps. */
interface Condition {

    boolean holds(RowScope scope);

    void readColumns(Consumer<String> columns);

    /** The value is one of the listed ones (trimmed, any case); with {@code negate}, it is set and none of them. */
    record In(Expression value, Set<String> values, boolean negate) implements Condition {

        public In {
            values = Set.copyOf(values.stream().map(In::normalized).toList());
        }

        @Override
        public boolean holds(RowScope scope) {
            String found = value.value(scope);
            if (found == null) {
                return false;
            }
            return values.contains(normalized(found)) != negate;
        }

        @Override
        public void readColumns(Consumer<String> columns) {
            value.readColumns(columns);
        }

        static String normalized(String value) {
            return value.strip().toLowerCase(Locale.ROOT);
        }
    }

    /** The value is set (or, with {@code present} false, empty). */
    record Present(Expression value, boolean present) implements Condition {

        @Override
        public boolean holds(RowScope scope) {
            return (value.value(scope) != null) == present;
        }

        @Override
        public void readColumns(Consumer<String> columns) {
            value.readColumns(columns);
        }
    }

    /** Both values are set and equal, in any case (a history row whose stage did not change). */
    record SameAs(Expression value, Expression other) implements Condition {

        @Override
        public boolean holds(RowScope scope) {
            String left = value.value(scope);
            String right = other.value(scope);
            return left != null && right != null && In.normalized(left).equals(In.normalized(right));
        }

        @Override
        public void readColumns(Consumer<String> columns) {
            value.readColumns(columns);
            other.readColumns(columns);
        }
    }

    /** Both values are instants and the first is after (or, with {@code after} false, before) the other. */
    record TimeOrder(Expression value, Expression other, boolean after) implements Condition {

        @Override
        public boolean holds(RowScope scope) {
            Instant left = instant(value, scope);
            Instant right = instant(other, scope);
            return left != null && right != null && (after ? left.isAfter(right) : left.isBefore(right));
        }

        @Override
        public void readColumns(Consumer<String> columns) {
            value.readColumns(columns);
            other.readColumns(columns);
        }

        private static Instant instant(Expression expression, RowScope scope) {
            String text = expression.value(scope);
            return text == null ? null : scope.context().times().instant(text);
        }
    }

    /** Every condition holds ({@code any} false) or at least one does. */
    record Combined(List<Condition> conditions, boolean any) implements Condition {

        public Combined {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean holds(RowScope scope) {
            return any ? conditions.stream().anyMatch(condition -> condition.holds(scope))
                    : conditions.stream().allMatch(condition -> condition.holds(scope));
        }

        @Override
        public void readColumns(Consumer<String> columns) {
            conditions.forEach(condition -> condition.readColumns(columns));
        }
    }

    /** The condition does not hold. */
    record Not(Condition condition) implements Condition {

        public Not {
            Objects.requireNonNull(condition);
        }

        @Override
        public boolean holds(RowScope scope) {
            return !condition.holds(scope);
        }

        @Override
        public void readColumns(Consumer<String> columns) {
            condition.readColumns(columns);
        }
    }
}
