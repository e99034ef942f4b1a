package io.revblueprint.report.email;

import io.revblueprint.report.section.LeakRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlueprintEmailTest {

    @Test
    void aLeakLineSaysAYearAfterTheAmountAndBeforeWhyItIsNothing() {
        assertThat(BlueprintEmail.leakLine(leak("up to € 1.3M"))).isEqualTo("Jürgen Müller, due 1 Jan 2027 · up to € 1.3M a year");
        assertThat(BlueprintEmail.leakLine(leak("€ 0, covered by the fixes above")))
                .isEqualTo("Jürgen Müller, due 1 Jan 2027 · € 0 a year, covered by the fixes above");
        assertThat(BlueprintEmail.leakLine(leak("not estimated"))).isEqualTo("Jürgen Müller, due 1 Jan 2027 · not estimated");
        assertThat(BlueprintEmail.leakLine(leak("not estimated: no gain measured")))
                .isEqualTo("Jürgen Müller, due 1 Jan 2027 · not estimated: no gain measured");
    }

    private static LeakRow leak(String amount) {
        return new LeakRow("1", "Slow first touch on new MQLs", "Jürgen Müller", "1 Jan 2027", amount);
    }
}
