package io.revblueprint.source.mapping;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Money as exports write it, in the locales a European company's portals use. */
class ExportAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1500.50|1500.50", "1500|1500", "1500.0|1500.0", "-250.5|-250.5", "0.125|0.125", "1500.000|1500.000",
            "90.000|90000", "1.000.000|1000000", "12,500|12500", "1,000,000|1000000",
            "1.234,50|1234.50", "1,234.50|1234.50", "12,5|12.5", "1234,56|1234.56",
            "€1,234.50|1234.50", "1.234,50 €|1234.50", "USD 1,234.50|1234.50", "1500 EUR|1500", "£ 900|900",
            "1 234,50|1234.50", "1'234.50|1234.50"})
    void isReadAsThePlainDecimalItMeans(String written, String plain) {
        assertThat(ExportAmount.plain(written)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0} in a {1} run → {2}")
    @CsvSource(delimiter = '|', value = {
            "USD 10,000.00|EUR|USD", "1.234,50 GBP|EUR|GBP", "€1,234.50|USD|EUR", "£ 900|EUR|GBP", "¥120000|EUR|JPY",
            "$10,000.00|EUR|USD", "$10,000.00|CAD|CAD", "$ 900|AUD|AUD", "1500|USD|", "1.234,50|EUR|", "TBD|EUR|",
            "USD about 5k|EUR|", "₩ 1000|EUR|"})
    void theCurrencyAnAmountNamesIsItsOwn(String written, String runCurrency, String currency) {
        assertThat(ExportAmount.currency(written, runCurrency)).isEqualTo(currency);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"n/a", "1.2.3", "1,2,3", "(1,234.50)", "about 5k", "12.5.2025"})
    void whatIsNoAmountIsLeftAsWrittenForTheQuarantine(String written) {
        assertThat(ExportAmount.plain(written)).isEqualTo(written);
    }
}
