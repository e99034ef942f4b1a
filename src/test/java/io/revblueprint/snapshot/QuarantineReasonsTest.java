package io.revblueprint.snapshot;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class QuarantineReasonsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "unparseable timestamp '2022-07-14' (ISO-8601 expected) | unparseable timestamp '…' (ISO-8601 expected)",
            "unknown user 0053F00000D31WiQAJ                        | unknown user …",
            "unknown lead L-5: not in leads.csv, or quarantined there | unknown lead …: not in leads.csv, or quarantined there",
            "unknown user Moses Frase: not in users.csv, or quarantined there | unknown user …: not in users.csv, or quarantined there",
            "duplicate user_id Moses Frase                          | duplicate user_id …",
            "duplicate lead_id L-1                                  | duplicate lead_id …",
            "later than as_of 2026-10-01T00:00:00Z: '2026-10-02'    | later than as_of 2026-10-01T00:00:00Z: '…'",
            "sql_at before mql_at                                   | sql_at before mql_at",
            "not a decimal '1,200.50' (a plain number with '.', like 1500.50: no currency symbol, no thousands separator) | not a decimal '…' (a plain number with '.', like 1500.50: no currency symbol, no thousands separator)"})
    void groupsReasonsWithoutTheirValuesAndIds(String reason, String kind) {
        assertThat(QuarantineReasons.kindOf(reason)).isEqualTo(kind);
    }
}
