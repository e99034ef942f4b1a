package io.revblueprint.source.mapping;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How source columns are matched: by letters and digits only, in any case, so an export's {@code ConvertedOpportunityId},
 * a replica's {@code converted_opportunity_id} and a label's {@code Converted Opportunity Id} are one column.
 */
final class SourceColumns {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    private SourceColumns() {
    }

    static String key(String name) {
        return NOT_LETTER_OR_DIGIT.matcher(name).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
