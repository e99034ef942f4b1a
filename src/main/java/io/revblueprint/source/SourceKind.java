package io.revblueprint.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of source a snapshot can be read from ({@code --source=…}). */
public enum SourceKind {
    CANONICAL, SALESFORCE, HUBSPOT, JDBC, MAPPING;

    /** Throws {@link IllegalArgumentException} listing the kinds when the text names none. */
    public static SourceKind parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--source=" + text + " is not one of " + names());
        }
    }

    public static String names() {
        return Arrays.stream(values()).map(SourceKind::label).collect(Collectors.joining("|"));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
