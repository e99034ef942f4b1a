package io.revblueprint.crm;

import java.util.regex.Pattern;

/**
 * Whether a users.csv email is one address a mail server accepts as a recipient: the WHATWG form of an address
 * (what browsers check), so no display name, list, quoted local part or line break can slip into a header.
 */
public final class EmailAddress {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+"
            + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final int MAX_LENGTH = 320;

    private EmailAddress() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= MAX_LENGTH && VALID.matcher(email).matches();
    }
}
