package io.revblueprint.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SenderAddressTest {

    @Test
    void theConfiguredSenderComesFirst() {
        assertThat(SenderAddress.of("RevOps <revops@northwind.example>", "smtp-user@northwind.example"))
                .isEqualTo(new SenderAddress("RevOps <revops@northwind.example>", false));
    }

    @Test
    void withoutOneTheSmtpAccountSendsWhenItIsAnAddress() {
        assertThat(SenderAddress.of("", "reports@northwind.example"))
                .isEqualTo(new SenderAddress("Revenue Blueprint <reports@northwind.example>", false));
    }

    @Test
    void otherwiseThePlaceholderIsMarkedSoTheRunWarns() {
        assertThat(SenderAddress.of(null, "apikey")).isEqualTo(new SenderAddress(SenderAddress.PLACEHOLDER, true));
        assertThat(SenderAddress.of(" ", null).placeholder()).isTrue();
    }
}
