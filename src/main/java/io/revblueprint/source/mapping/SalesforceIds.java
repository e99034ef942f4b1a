package io.revblueprint.source.mapping;

/**
 * Salesforce's 15-character ids are case-sensitive; their 18-character form adds a checksum of the upper-case
 * letters and is what exports and the API write. Widening every 15-character id makes both forms one key.
 */
final class SalesforceIds {

    private static final String SUFFIX_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private SalesforceIds() {
    }

    private static boolean isIdCharacter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** The 18-character form of a 15-character id; any other value as it is. */
    static String widen(String id) {
        if (id.length() != 15 || !id.chars().allMatch(SalesforceIds::isIdCharacter)) {
            return id;
        }
        StringBuilder wide = new StringBuilder(id);
        for (int chunk = 0; chunk < 3; chunk++) {
            int flags = 0;
            for (int i = 0; i < 5; i++) {
                char c = id.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    flags |= 1 << i;
                }
            }
            wide.append(SUFFIX_CHARACTERS.charAt(flags));
        }
        return wide.toString();
    }
}
