package io.revblueprint.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every metric of the catalogue is complete, and docs/metrics.md's catalogue table is the catalogue. */
class MetricCatalogueTest {

    private static final Path DOCS = Path.of("docs/metrics.md");
    private static final String TABLE_HEADING = "## Catalogue";

    @ParameterizedTest
    @EnumSource(Metric.class)
    void everyMetricHasALabelADefinitionAUnitADirectionAndAGroup(Metric metric) {
        assertThat(metric.label()).as("label of %s", metric).isNotBlank();
        assertThat(metric.definition()).as("definition of %s", metric).isNotBlank().endsWith(".");
        assertThat(metric.unit()).as("unit of %s", metric).isNotNull()
                .isNotIn(Unit.Kind.POINTS, Unit.Kind.NUMBER);
        assertThat(metric.direction()).as("direction of %s", metric).isNotNull();
        assertThat(metric.group()).as("report group of %s", metric).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void aDefaultTargetIsALevelOfTheMetricsUnit(Metric metric) {
        if (metric.defaultTarget() != null) {
            assertThat(metric.defaultTarget()).isNotNegative();
            if (metric.isRate()) {
                assertThat(metric.defaultTarget()).isLessThanOrEqualTo(1.0);
            }
        }
    }

    @Test
    void labelsAreDistinctSoNoTwoMetricsReadAlike() {
        assertThat(Arrays.stream(Metric.values()).map(Metric::label)).doesNotHaveDuplicates();
    }

    @Test
    void anUnknownNameIsAnErrorThatSaysWhatToUse() {
        assertThat(Metric.fromKey("mql_to_sql_rate")).isEqualTo(Metric.MQL_TO_SQL_RATE);
        assertThatThrownBy(() -> Metric.fromKey("mql_to_sql"))
                .hasMessage("unknown metric 'mql_to_sql'; use a metric name of metrics.md, such as mql_to_sql_rate"
                        + " or win_rate");
    }

    @Test
    void theDocsTableIsTheCatalogue() throws IOException {
        String docs = Files.readString(DOCS);
        int start = docs.indexOf(TABLE_HEADING);
        assertThat(start).as("%s has a section '%s'", DOCS, TABLE_HEADING).isNotNegative();
        String section = docs.substring(start);
        int next = section.indexOf("\n#", TABLE_HEADING.length());
        String table = (next < 0 ? section : section.substring(0, next)).lines()
                .filter(line -> line.startsWith("|")).collect(Collectors.joining("\n"));
        assertThat(table).as("the catalogue table in %s; replace it with the expected one", DOCS)
                .isEqualTo(expectedTable());
    }

    private static String expectedTable() {
        return "| metric | label | unit | better | default target | group | needs recorded | also shown in | definition |\n"
                + "|---|---|---|---|---|---|---|---|---|\n"
                + Arrays.stream(Metric.values()).map(MetricCatalogueTest::row).collect(Collectors.joining("\n"));
    }

    private static String row(Metric metric) {
        String panels = Arrays.stream(Metric.Panel.values()).filter(metric::isShownIn)
                .map(panel -> panel.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        String inputs = metric.inputs().stream().sorted()
                .map(input -> input.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        return "| `" + metric.key() + "` | " + metric.label() + " | " + metric.unit().name().toLowerCase(Locale.ROOT)
                + " | " + (metric.higherIsBetter() ? "higher" : "lower") + " | "
                + (metric.defaultTarget() == null ? "—" : metric.defaultTarget()) + " | "
                + metric.group().name().toLowerCase(Locale.ROOT) + " | " + (inputs.isEmpty() ? "—" : inputs) + " | "
                + (panels.isEmpty() ? "—" : panels) + " | "
                + metric.definition() + " |";
    }
}
