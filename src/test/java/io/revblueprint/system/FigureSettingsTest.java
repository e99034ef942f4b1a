package io.revblueprint.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a rerun says when the settings its figures follow are not those of the run it repeats. */
class FigureSettingsTest {

    @Test
    void changedAddedAndRemovedSettingsAreNamedWithBothValues() {
        String then = "blueprint.sla.standard-response-hours=8.0\nblueprint.targets.win_rate=0.5\nblueprint.currency=EUR";
        String now = "blueprint.sla.standard-response-hours=4.0\nblueprint.currency=EUR\nblueprint.plan.min-n=30";

        assertThat(FigureSettings.differences(then, now)).containsExactly(
                "blueprint.plan.min-n: not set then, 30 now",
                "blueprint.sla.standard-response-hours: 8.0 then, 4.0 now",
                "blueprint.targets.win_rate: 0.5 then, not set now");
        assertThat(FigureSettings.differences(then, then)).isEmpty();
    }
}
