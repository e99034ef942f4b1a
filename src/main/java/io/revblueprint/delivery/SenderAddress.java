package io.revblueprint.delivery;

/**
 * Who the blueprints come from: {@code blueprint.delivery.from}; else the SMTP account, when it is an address (a
 * mailbox provider rejects any other sender for it); else a placeholder that many servers reject or file as spam,
 * which the run warns about before it mails anyone.
 */
record SenderAddress(String address, boolean placeholder) {

    static final String PLACEHOLDER = "Revenue Blueprint <blueprint@localhost>";

    static SenderAddress of(String configured, String smtpUsername) {
        if (configured != null && !configured.isBlank()) {
            return new SenderAddress(configured.strip(), false);
        }
        if (smtpUsername != null && smtpUsername.contains("@")) {
            return new SenderAddress("Revenue Blueprint <" + smtpUsername.strip() + ">", false);
        }
        return new SenderAddress(PLACEHOLDER, true);
    }
}
