package io.revblueprint.report.csv;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Unit;
import io.revblueprint.plan.Fix;
import io.revblueprint.report.SampleBlueprints;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFormatsTest {

    @Test
    void metricsCsvHasTheContractHeader() {
        assertThat(lines(MetricsCsv.toBytes(List.of())))
                .containsExactly("scope,metric,dimension,value,ci_low,ci_high,numerator,denominator,unit");
    }

    @Test
    void fixesCsvHasTheContractHeader() {
        assertThat(lines(FixesCsv.toBytes(List.of()))).containsExactly(
                "scope,rank,metric,current,target,benchmark,revenue_at_stake,action,owner_name,owner_role,start_date,due_date");
    }

    @Test
    void numbersArePlainAndShortestAndNullsAreEmpty() {
        List<MetricValue> rows = List.of(
                new MetricValue("t-ent", Metric.RESPONSE_SLA_COMPLIANCE, Dimension.parse("tier=HIGH_INTENT"), 0.61, 0.55,
                        0.67, 110L, 180L, Unit.RATIO),
                new MetricValue("t-ent", Metric.WIN_RATE_SOURCE_CHI2_P, Dimension.OVERALL, 1e-7, null, null, null,
                        null, Unit.P_VALUE),
                new MetricValue("ALL", Metric.MQL_COUNT, Dimension.OVERALL, 0.0, null, null, null, null, Unit.COUNT),
                new MetricValue("ALL", Metric.AVG_WON_DEAL_SIZE, Dimension.parse("currency=USD"), 1.5e10, null, null,
                        null, null, Unit.money("USD")));

        assertThat(lines(MetricsCsv.toBytes(rows))).containsExactly(
                "scope,metric,dimension,value,ci_low,ci_high,numerator,denominator,unit",
                "t-ent,response_sla_compliance,tier=HIGH_INTENT,0.61,0.55,0.67,110,180,ratio",
                "t-ent,win_rate_source_chi2_p,,0.0000001,,,,,p-value",
                "ALL,mql_count,,0,,,,,count",
                "ALL,avg_won_deal_size,currency=USD,15000000000,,,,,USD");
    }

    /** The contract's ci_low and ci_high are a rate's Wilson interval; a median's interval stays in the PDF. */
    @Test
    void aPercentilesIntervalIsNotWritten() {
        List<MetricValue> rows = List.of(new MetricValue("t-ent", Metric.LEAD_RESPONSE_HOURS_MEDIAN, Dimension.OVERALL,
                9.5, 6.25, 12.0, null, 40L, Unit.HOURS));

        assertThat(lines(MetricsCsv.toBytes(rows))).containsExactly(
                "scope,metric,dimension,value,ci_low,ci_high,numerator,denominator,unit",
                "t-ent,lead_response_hours_median,,9.5,,,,40,hours");
    }

    @Test
    void aTextCellThatLooksLikeAFormulaStaysTextButNegativeNumbersStayNumbers() {
        Fix fix = SampleBlueprints.winRateFix("t-ent", "Low win rate", "@SUM(1+1) every week", "1000",
                "=HYPERLINK(\"http://x\",\"Juergen\")", java.time.LocalDate.of(2026, 10, 23));
        MetricValue fewerSqls = new MetricValue("t-ent", Metric.LEAD_VELOCITY_RATE, Dimension.OVERALL, -0.25, null,
                null, -3L, 12L, Unit.RATIO);

        assertThat(lines(FixesCsv.toBytes(List.of(fix)))).last().asString()
                .contains(",'@SUM(1+1) every week,\"'=HYPERLINK(\"\"http://x\"\",\"\"Juergen\"\")\",");
        assertThat(lines(MetricsCsv.toBytes(List.of(fewerSqls)))).last()
                .isEqualTo("t-ent,lead_velocity_rate,,-0.25,,,-3,12,ratio");
    }

    @Test
    void fixesQuoteCommasAndWriteIsoDates() {
        Fix second = SampleBlueprints.teamFixes("t-ent").get(1);

        assertThat(lines(FixesCsv.toBytes(List.of(second)))).last().isEqualTo(
                "t-ent,2,mql_to_sql_rate,0.2167,0.25,0.22,187300,\"Agree MQL acceptance criteria with marketing, and review"
                        + " rejected MQLs weekly\",Ana Souza,MARKETING_MANAGER,2026-10-05,2026-10-30");
    }

    @Test
    void writingToAWriterGivesTheSameBytesAsToBytes() throws IOException {
        List<Fix> fixes = SampleBlueprints.teamFixes("t-ent");
        StringWriter file = new StringWriter();
        FixesCsv.write(fixes, file);
        assertThat(file.toString().getBytes(StandardCharsets.UTF_8)).isEqualTo(FixesCsv.toBytes(fixes));
    }

    private static List<String> lines(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).lines().toList();
    }
}
