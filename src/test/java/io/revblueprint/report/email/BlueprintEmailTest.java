package io.revblueprint.report.email;

import io.revblueprint.delivery.OutgoingMessage;
import io.revblueprint.report.SampleBlueprints;
import io.revblueprint.report.layout.PaperSize;
import io.revblueprint.report.section.Answer;
import io.revblueprint.report.section.LeakRow;
import org.junit.jupiter.api.Test;

import java.util.List;

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

    /** A reader of the mail alone could not tell last night's data from a snapshot weeks old. */
    @Test
    void saysThePeriodsDaysAndTheSnapshotsDateUnderItsTitle() {
        OutgoingMessage mail = BlueprintEmail.of("t-ent", "Enterprise Sales", SampleBlueprints.run(PaperSize.A4),
                "blueprint.pdf", new Answer("Nothing to fix.", List.of(), "", List.of(), List.of()), List.of());
        String span = "1 Jul – 30 Sept 2026, Europe/Berlin time · data as of 2026-10-01 06:00 UTC";

        assertThat(mail.text()).startsWith("Revenue Growth Blueprint — Enterprise Sales — 2026-Q3\n" + span + "\n");
        assertThat(mail.html()).contains("Enterprise Sales · 2026-Q3<br>" + span + "</p>");
    }

    private static LeakRow leak(String amount) {
        return new LeakRow("1", "Slow first touch on new MQLs", "Jürgen Müller", "1 Jan 2027", amount);
    }
}
