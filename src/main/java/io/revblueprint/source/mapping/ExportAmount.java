package io.revblueprint.source.mapping;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount as an export writes it, made the contract's plain decimal: a currency sign or code and spaces dropped,
 * and '.' or ',' read as the thousands or the decimal separator by how they stand ("1.234,50", "€1,234.50",
 * "90.000", "12,5"). A German "90.000" was read as 90 and a deal of € 90,000 counted as € 90, without a word. The
 * currency so written is the amount's own: "USD 10,000.00" and "GBP 20,000.00" were added up as euros.
 */
final class ExportAmount {

    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}|[A-Z]{3}$|[\\p{Sc}\\s\\u00A0'’]");
    private static final Pattern NAMED = Pattern.compile("^\\s*([A-Z]{3})\\b|\\b([A-Z]{3})\\s*$|(\\p{Sc})");
    private static final Map<String, String> SIGNS = Map.of("€", "EUR", "£", "GBP", "¥", "JPY", "₹", "INR");
    /** The currencies written "$": the run's own when it is one of them, else the US dollar. */
    private static final Set<String> DOLLARS = Set.of("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN");
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9.,]*[0-9]");
    private static final Pattern THOUSANDS_ONLY = Pattern.compile("[-+]?[1-9][0-9]{0,2}([.,])[0-9]{3}(\\1[0-9]{3})*");

    private ExportAmount() {
    }

    /** The plain decimal the text means, or the text as written when it is none (the contract rejects it). */
    static String plain(String written) {
        String text = number(written);
        if (text == null) {
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

    /**
     * The ISO code of the currency an amount's text names ("USD 1,234.50", "1.234,50 €"), or null when it names none
     * or a sign that is no single currency's, or is no amount; "$" is the run's currency when that is a dollar, else
     * the US dollar.
     */
    static String currency(String written, String runCurrency) {
        Matcher named = NAMED.matcher(written);
        if (!named.find() || number(written) == null) {
            return null;
        }
        String code = named.group(1) != null ? named.group(1) : named.group(2);
        if (code != null) {
            return code;
        }
        return named.group(3).equals("$") ? (DOLLARS.contains(runCurrency) ? runCurrency : "USD")
                : SIGNS.get(named.group(3));
    }

    /** The text without its currency and spaces when what is left is digits and separators, else null. */
    private static String number(String written) {
        String text = CURRENCY.matcher(written).replaceAll("");
        return NUMBER.matcher(text).matches() ? text : null;
    }

    private static String decimal(String text, char separator, String written) {
        String plain = separator == ',' ? text.replace(',', '.') : text;
        return plain.indexOf('.') == plain.lastIndexOf('.') && !plain.contains(",") ? plain : written;
    }
}
