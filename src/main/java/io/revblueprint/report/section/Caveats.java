package io.revblueprint.report.section;

import io.revblueprint.metrics.Metric;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.text.Figures;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The doubts a section's finding says after its figures: " Caveat: … ." once per distinct doubt. */
final class Caveats {

    private Caveats() {
    }

    /** The caveats the team's plan casts on {@code metrics}, each once; empty when none. */
    static String on(TeamBlueprint blueprint, Metric... metrics) {
        return Stream.of(metrics).map(blueprint.plan().caveats()::get).filter(Objects::nonNull).distinct()
                .map(doubt -> " Caveat: " + Figures.phrase(doubt) + ".").collect(Collectors.joining());
    }
}
