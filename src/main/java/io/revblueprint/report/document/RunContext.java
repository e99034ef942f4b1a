package io.revblueprint.report.document;

import io.revblueprint.metrics.LossReasons;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.SlaPolicy;
import io.revblueprint.plan.Target;
import io.revblueprint.report.layout.PaperSize;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What every PDF of one run shares: whose data, which period (and, for a period not over at as_of, the last date
 * with data; null for a full period), as of when, which run, the currency revenue is counted in (ISO code), the SLA
 * policy and targets in force, which loss reasons count as one, how benchmarks were compared, the paper it is
 * printed on, and the days the snapshot's MQLs fall on (null when none), to say where they are when a period has none.
 */
public record RunContext(
        String company,
        Period period,
        LocalDate dataUntil,
        Instant asOf,
        String runId,
        String currency,
        SlaPolicy sla,
        Map<Metric, Target> targets,
        LossReasons lossReasons,
        BenchmarkRules benchmarkRules,
        PaperSize paperSize,
        Period snapshotMqlDays) {

    public RunContext {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(runId, "runId");
        sla = sla == null ? SlaPolicy.DEFAULT : sla;
        targets = Map.copyOf(targets == null ? Map.of() : targets);
        lossReasons = lossReasons == null ? new LossReasons(Map.of()) : lossReasons;
        benchmarkRules = benchmarkRules == null ? BenchmarkRules.DEFAULT : benchmarkRules;
        paperSize = paperSize == null ? PaperSize.A4 : paperSize;
    }

    /** "2026-Q3". */
    public String periodLabel() {
        return period.label();
    }

    public boolean isPartial() {
        return dataUntil != null;
    }
}
