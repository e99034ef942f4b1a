package io.revblueprint.source.mapping;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where some rows of a canonical file come from, and how each is made: the records of a file (one row per record,
 * or with {@code eachColumn} one per column whose label matches and that has a value), the first record of each
 * distinct key across files, or rows written in the mapping; then its columns in order, the rules that skip a
 * row (out of scope: counted, not quarantined), and the lookups into other files its values make.
 */
record RowSource(String path, Origin origin, List<Column> columns, List<SkipRule> skips, Pattern eachColumn,
                 List<Lookup> lookups) {

    sealed interface Origin permits FromFile, Distinct, Literal {
    }

    /** Every record of the file of an alias. */
    record FromFile(String alias) implements Origin {
    }

    /** The first record of each value of {@code key} across the files, in order, but for records {@code except} holds for. */
    record Distinct(List<String> aliases, Expression key, Condition except) implements Origin {
    }

    /** Rows written in the mapping itself, as canonical column → value. */
    record Literal(List<Map<String, String>> rows) implements Origin {
    }

    record Column(String name, Expression expression) {
    }

    record SkipRule(Condition condition, String reason) {
    }

    RowSource {
        columns = List.copyOf(columns);
        skips = List.copyOf(skips);
        lookups = List.copyOf(lookups);
    }

    /** The source columns it reads from its records, as keys. */
    Set<String> readKeys(ReadOptions options) {
        Set<String> keys = new LinkedHashSet<>();
        columns.forEach(column -> column.expression().readColumns(name -> keys.add(SourceColumns.key(name))));
        skips.forEach(skip -> skip.condition().readColumns(name -> keys.add(SourceColumns.key(name))));
        if (origin instanceof Distinct distinct) {
            distinct.key().readColumns(name -> keys.add(SourceColumns.key(name)));
            if (distinct.except() != null) {
                distinct.except().readColumns(name -> keys.add(SourceColumns.key(name)));
            }
        }
        options.deletedFlags().forEach(flag -> keys.add(SourceColumns.key(flag)));
        return keys;
    }
}
