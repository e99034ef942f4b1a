package io.revblueprint.source.mapping;

import java.util.regex.Pattern;

/**
 * An amount as an export writes it, made the contract's plain decimal: a currency sign or code and spaces dropped,
 * and '.' or ',' read as the thousands or the decimal separator by how they stand ("1.234,50", "€1,234.50",
 * "90.000", "12,5"). A German "90.000" was read as 90 and a deal of € 90,000 counted as € 90, without a word.
 */
final class ExportAmount {

    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}|[A-Z]{3}$|[\\p{Sc}\\s\\u00A0'’]");
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9.,]*[0-9]");
    private static final Pattern THOUSANDS_ONLY = Pattern.compile("[-+]?[1-9][0-9]{0,2}([.,])[0-9]{3}(\\1[0-9]{3})*");

    private ExportAmount() {
    }

    /** The plain decimal the text means, or the text as written when it is none (the contract rejects it). */
    static String plain(String written) {
        String text = CURRENCY.matcher(written).replaceAll("");
        if (!NUMBER.matcher(text).matches()) {
            return written;
        }
        int dot = text.lastIndexOf('.');
        int comma = text.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            // Both: the last one is the decimal separator ("1.234,50", "1,234.50").
            char grouping = dot > comma ? ',' : '.';
            return decimal(text.replace(String.valueOf(grouping), ""), dot > comma ? '.' : ',', written);
        }
        if (THOUSANDS_ONLY.matcher(text).matches()) {
            // "90.000", "12,500", "1.000.000": money is not written to three decimals.
            return text.replace(".", "").replace(",", "");
        }
        return decimal(text, comma >= 0 ? ',' : '.', written);
    }

    private static String decimal(String text, char separator, String written) {
        String plain = separator == ',' ? text.replace(',', '.') : text;
        return plain.indexOf('.') == plain.lastIndexOf('.') && !plain.contains(",") ? plain : written;
    }
}
