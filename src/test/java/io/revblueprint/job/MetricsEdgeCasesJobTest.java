package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import io.revblueprint.history.MetricHistory;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.report.csv.MetricsCsv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job on a hand-made snapshot of planted edge cases (snapshots/metrics-edge): teams in Berlin, New York
 * (MON-THU) and Sydney with holidays, MQLs across both autumn clock changes and Sydney's spring one, automated
 * touches and touches before the MQL, follow-up windows closed at both ends, an unknown owner, an unknown lead_id,
 * another currency. Figures worked out by hand from the contract, and every row against the reference.
 */
@SpringBootTest(classes = RevenueBlueprintApplication.class,
        properties = "spring.datasource.url=jdbc:h2:mem:metrics-edge;DB_CLOSE_DELAY=-1")
class MetricsEdgeCasesJobTest {

    static final Path EDGE = Path.of("src/test/resources/snapshots/metrics-edge");

    @TempDir
    static Path temp;

    private static final Map<String, JobExecution> runs = new HashMap<>();

    @Autowired
    BlueprintLauncher launcher;

    @Autowired
    MetricHistory history;

    @ParameterizedTest
    @ValueSource(strings = {"2026-10", "2026-Q4", "2026-W44", "2026-10-19..2026-11-01"})
    void everyRowMatchesTheReference(String period) throws Exception {
        List<CSVRecord> metrics = metrics(period);
        assertThat(MetricsMatchReferenceTest.quarantined(out(period), period)).isEmpty();

        List<MetricsReference.Row> expected = MetricsReference.expected(EDGE, Set.of(), period, "EUR");
        assertThat(MetricsReference.differences(metrics, expected)).isEmpty();
    }

    @Test
    void writesTheContractsColumns() throws Exception {
        metrics("2026-10");
        assertThat(Files.readAllLines(out("2026-10").resolve("2026-10/metrics.csv")).get(0))
                .isEqualTo("scope,metric,dimension,value,ci_low,ci_high,numerator,denominator,unit");
        assertThat(MetricsCsv.HEADER).containsExactly(
                "scope", "metric", "dimension", "value", "ci_low", "ci_high", "numerator", "denominator", "unit");
    }

    @Test
    void responseSlaOfOctoberByHand() throws Exception {
        List<CSVRecord> october = metrics("2026-10");
        // T-BER: L-B1 met (2 h over the clock change, automated and earlier touches ignored), L-B2 met at exactly
        // 4 h, L-B3 only automated touches: breached, L-D1 untouched: breached.
        assertThat(fraction(october, "T-BER", "response_sla_compliance", "")).isEqualTo("2/4");
        assertThat(fraction(october, "T-BER", "response_sla_compliance", "tier=HIGH_INTENT")).isEqualTo("1/1");
        assertThat(cell(october, "T-BER", "lead_response_hours_median", "", "value")).isEqualTo("2"); // of 2 h and 4 h
        assertThat(cell(october, "T-BER", "lead_response_hours_median", "", "denominator")).isEqualTo("2");
        // T-NYC (MON-THU): across New York's clock change 2 h, Friday not counted, Columbus Day not counted.
        assertThat(fraction(october, "T-NYC", "response_sla_compliance", "")).isEqualTo("4/4");
        // T-SYD: Fri 17:00-17:30, Labour Day Monday after the spring change, Tue 08:30-10:00: exactly 2 h.
        assertThat(cell(october, "T-SYD", "lead_response_hours_median", "", "value")).isEqualTo("2");
        assertThat(fraction(october, "T-SYD", "response_sla_compliance", "tier=HIGH_INTENT")).isEqualTo("1/1");
        // An unknown owner and no owner: UNASSIGNED on the company calendar, 5 h and untouched.
        assertThat(fraction(october, "UNASSIGNED", "response_sla_compliance", "")).isEqualTo("0/2");
        assertThat(fraction(october, "ALL", "response_sla_compliance", "")).isEqualTo("7/11");
        assertThat(fraction(october, "T-BER", "accept_reject_sla_compliance", "")).isEqualTo("3/4");
    }

    @Test
    void followUpAndReasonsOfOctoberByHand() throws Exception {
        List<CSVRecord> october = metrics("2026-10");
        // L-F1: 8 touches from created_at to disqualified_at, both ends included, over exactly 14 days.
        assertThat(fraction(october, "T-BER", "follow_up_compliance", "")).isEqualTo("1/1");
        // L-F2: the touch before mql_at does not count, 7 remain.
        assertThat(fraction(october, "T-NYC", "follow_up_compliance", "")).isEqualTo("0/1");
        // NOT_ICP, UNRESPONSIVE twice, and "Bad timing" (undocumented).
        assertThat(fraction(october, "ALL", "disqualification_reason_coverage", "")).isEqualTo("3/4");
    }

    @Test
    void funnelOfOctoberByHand() throws Exception {
        List<CSVRecord> october = metrics("2026-10");
        assertThat(cell(october, "ALL", "mql_count", "", "value")).isEqualTo("11");
        assertThat(cell(october, "UNASSIGNED", "mql_count", "", "value")).isEqualTo("2");
        assertThat(cell(october, "T-SYD", "mql_count", "", "value")).isEqualTo("1");
        assertThat(cell(october, "T-BER", "mql_count", "source=Webinar", "value")).isEqualTo("3");
        assertThat(cell(october, "T-REV", "mql_count", "", "value")).isEqualTo("missing"); // owns no lead
        assertThat(fraction(october, "T-BER", "sql_to_opportunity_rate", "")).isEqualTo("1/1");
        // T-BER: one SQL in October against two in September.
        assertThat(cell(october, "T-BER", "lead_velocity_rate", "", "value")).isEqualTo("-0.5");
        assertThat(fraction(october, "T-BER", "lead_velocity_rate", "")).isEqualTo("-1/2");
        assertThat(cell(october, "T-BER", "lead_velocity_rate", "", "ci_low")).isEmpty();
    }

    @Test
    void winLossOfOctoberByHand() throws Exception {
        List<CSVRecord> october = metrics("2026-10");
        assertThat(fraction(october, "ALL", "win_rate", "")).isEqualTo("6/9");
        assertThat(fraction(october, "T-BER", "win_rate", "source=Webinar")).isEqualTo("1/1"); // the lead's source
        assertThat(fraction(october, "T-NYC", "win_rate", "source=Outbound")).isEqualTo("1/2");
        assertThat(fraction(october, "T-BER", "win_rate", "segment=SMB")).isEqualTo("0/1");
        assertThat(fraction(october, "T-NYC", "loss_reason_share", "loss_reason=UNKNOWN")).isEqualTo("1/1");
        assertThat(cell(october, "T-BER", "avg_won_deal_size", "", "value")).isEqualTo("18000");
        assertThat(cell(october, "T-BER", "avg_won_deal_size", "", "unit")).isEqualTo("EUR");
        // T-NYC wins in dollars only: its deal size is in dollars; the company's mixes, so dollars stand apart.
        assertThat(cell(october, "T-NYC", "avg_won_deal_size", "", "value")).isEqualTo("20000");
        assertThat(cell(october, "T-NYC", "avg_won_deal_size", "", "unit")).isEqualTo("USD");
        assertThat(cell(october, "T-NYC", "avg_won_deal_size", "currency=USD", "value")).isEqualTo("missing");
        assertThat(cell(october, "ALL", "avg_won_deal_size", "currency=USD", "value")).isEqualTo("20000");
        // Two groups for T-BER: Paid Search (5 deals) and the pooled Webinar deal.
        assertThat(cell(october, "T-BER", "win_rate_source_chi2_p", "", "denominator")).isEqualTo("6");
        assertThat(cell(october, "T-BER", "pipeline_velocity", "", "unit")).isEqualTo("EUR/day");
        assertThat(cell(october, "T-NYC", "pipeline_velocity", "", "unit")).isEqualTo("USD/day");
        assertThat(fraction(october, "ALL", "attribution_coverage", "")).isEqualTo("2/6");
        assertThat(fraction(october, "ALL", "campaign_attribution_coverage", "")).isEqualTo("1/6");
    }

    @Test
    void pendingMqlsOfTheQuarterAreLeftOut() throws Exception {
        List<CSVRecord> quarter = metrics("2026-Q4");
        // L-B4 (met across Buß- und Bettag) joins; L-B5 is 2 business hours old at as_of: pending.
        assertThat(fraction(quarter, "T-BER", "response_sla_compliance", "")).isEqualTo("3/5");
        assertThat(cell(quarter, "T-BER", "mql_count", "", "value")).isEqualTo("6");
    }

    @Test
    void evidenceIsStoredWithTheRunButNotWrittenToMetricsCsv() throws Exception {
        List<CSVRecord> october = metrics("2026-10");
        long runId = runs.get("2026-10").getJobInstance().getInstanceId();
        List<MetricValue> evidence = history.evidenceOfRun(runId);

        assertThat(evidence).extracting(v -> v.metric().key() + " by " + v.dimension().kind().key())
                .containsOnly("mql_to_sql_rate by response_sla", "sql_to_opportunity_rate by awaiting");
        assertThat(evidence).filteredOn(v -> v.scope().equals("T-BER") && v.dimension().csv().equals("response_sla=MET"))
                .singleElement().satisfies(v -> assertThat(v.numerator() + "/" + v.denominator()).isEqualTo("1/2"));
        assertThat(october).noneMatch(row -> row.get("dimension").startsWith("response_sla=")
                || row.get("dimension").startsWith("awaiting="));
        assertThat(history.ofRun(runId)).hasSize(october.size())
                .extracting(v -> v.scope() + " " + v.metric() + " " + v.dimension())
                .containsExactlyElementsOf(october.stream()
                        .map(row -> row.get("scope") + " " + row.get("metric") + " " + row.get("dimension")).toList());
    }

    private List<CSVRecord> metrics(String period) throws Exception {
        if (!runs.containsKey(period)) {
            JobExecution execution = launcher.launch(new RunParameters(EDGE, period, out(period), List.of(), "NONE", false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            runs.put(period, execution);
        }
        return TinySnapshotJobTest.read(out(period).resolve(period + "/metrics.csv"));
    }

    private static Path out(String period) {
        return temp.resolve("out-" + period.replace("..", "_"));
    }

    private static String fraction(List<CSVRecord> rows, String scope, String metric, String dimension) {
        return cell(rows, scope, metric, dimension, "numerator") + "/" + cell(rows, scope, metric, dimension, "denominator");
    }

    private static String cell(List<CSVRecord> rows, String scope, String metric, String dimension, String column) {
        return rows.stream().filter(row -> row.get("scope").equals(scope) && row.get("metric").equals(metric)
                        && row.get("dimension").equals(dimension))
                .map(row -> row.get(column)).findFirst().orElse("missing");
    }
}
