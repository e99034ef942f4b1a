package io.revblueprint.report.text;

import java.util.List;

/** Small helpers for the generated sentences. */
public final class Prose {

    private Prose() {
    }

    /** "Response SLA …" → "response SLA …" inside a sentence; "MQL → SQL …" keeps its capitals. */
    public static String lowerFirst(String text) {
        if (text.length() < 2 || !Character.isLowerCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    public static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "1 fix", "3 fixes". */
    public static String count(long count, String one, String many) {
        return Figures.count(count) + " " + (count == 1 ? one : many);
    }

    /** "a", "a and b", "a, b and c". */
    public static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Recorded free text, quoted on one line (a line break as " / "), cut at a word: “Lost to competitor / …”. */
    public static String quoted(String text, int maxChars) {
        String line = text.strip().replaceAll("\\s*\\R\\s*", " / ").replaceAll("\\s+", " ");
        if (line.length() > maxChars) {
            int cut = line.lastIndexOf(' ', maxChars);
            line = line.substring(0, cut > maxChars / 2 ? cut : maxChars).strip() + " …";
        }
        return "“" + line + "”";
    }

    public static String withoutFullStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
