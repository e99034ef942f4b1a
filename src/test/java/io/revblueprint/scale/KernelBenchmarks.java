package io.revblueprint.scale;

import io.revblueprint.crm.WorkCalendar;
import io.revblueprint.metrics.BusinessHours;
import io.revblueprint.snapshot.CsvRow;
import io.revblueprint.snapshot.InstantText;
import io.revblueprint.snapshot.ParsedRow;
import io.revblueprint.snapshot.RowContext;
import io.revblueprint.snapshot.SnapshotFormat;
import io.revblueprint.snapshot.SnapshotFormats;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * JMH micro-benchmarks of the kernels every row or every lead goes through: reading a timestamp (the common UTC
 * shape, one with an offset, and one with a fraction, which takes the general ISO path), parsing a whole activities row, and the business hours between an MQL and its
 * first touch across a weekend. Run with {@code mvn -B -Pbench verify} (results: target/bench/kernels.txt).
 */
@Tag("bench")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class KernelBenchmarks {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** The inputs, made once per benchmark. */
    @State(Scope.Benchmark)
    public static class Inputs {

        final SnapshotFormat<?> activities = SnapshotFormats.IN_IMPORT_ORDER.stream()
                .filter(format -> format.fileName().equals("activities.csv")).findFirst().orElseThrow();
        final CsvRow activity = new CsvRow("activities.csv", 2, Map.of("activity_id", "A-00000001",
                "lead_id", "L-0000001", "opportunity_id", "", "owner_id", "U-0001", "type", "CALL",
                "occurred_at", "2026-07-01T08:00:30Z", "automated", "false"),
                () -> "A-00000001,L-0000001,,U-0001,CALL,2026-07-01T08:00:30Z,false", null);
        final RowContext context = new RowContext(BERLIN, Instant.parse("2026-10-01T00:00:00Z"), "EUR");
        final WorkCalendar calendar = WorkCalendar.standard(BERLIN);
        final Instant mqlOnFriday = Instant.parse("2026-07-03T15:20:00Z");
        final Instant touchOnTuesday = Instant.parse("2026-07-07T10:05:00Z");
    }

    @Test
    void run() throws Exception {
        Path results = Path.of("target", "bench", "kernels.txt");
        Files.createDirectories(results.getParent());
        new Runner(new OptionsBuilder()
                .include(KernelBenchmarks.class.getName() + "\\.")
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .forks(1)
                .result(results.toString()).resultFormat(ResultFormatType.TEXT)
                .build()).run();
    }

    @Benchmark
    public Instant timestampInUtcSeconds() {
        return InstantText.parse("2026-07-01T08:00:30Z", BERLIN);
    }

    @Benchmark
    public Instant timestampWithOffset() {
        return InstantText.parse("2026-07-01T10:00:30+02:00", BERLIN);
    }

    @Benchmark
    public Instant timestampWithFraction() {
        return InstantText.parse("2026-07-01T10:00:30.500+0200", BERLIN);
    }

    @Benchmark
    public ParsedRow<?> activitiesRow(Inputs inputs) {
        return inputs.activities.read(inputs.activity, inputs.context);
    }

    @Benchmark
    public double businessHoursAcrossAWeekend(Inputs inputs) {
        return BusinessHours.between(inputs.mqlOnFriday, inputs.touchOnTuesday, inputs.calendar);
    }
}
