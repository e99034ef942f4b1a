package io.revblueprint.plan;

/** A metric row's dimension split into key and value: {@code source=Paid Search} is source / Paid Search. */
record Breakdown(String key, String value) {

    static final Breakdown NONE = new Breakdown("", "");

    static Breakdown of(String dimension) {
        if (dimension == null || dimension.isEmpty()) {
            return NONE;
        }
        int equals = dimension.indexOf('=');
        return equals < 0 ? new Breakdown(dimension, "") : new Breakdown(dimension.substring(0, equals),
                dimension.substring(equals + 1));
    }

    /** "source Paid Search", for sentences. */
    String words() {
        return (key.replace('_', ' ') + " " + value).strip();
    }
}
