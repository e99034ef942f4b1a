package io.revblueprint.job;

import io.revblueprint.metrics.Period;
import io.revblueprint.source.SourceKind;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One run as the command line asked for it; {@code period} is null for the default period, {@code source} null to
 * tell the kind of source from the snapshot's files, {@code mapping} null for none; {@code plannedOn} the day the
 * plan is dated, null for today.
 */
public record RunParameters(Path snapshot, String source, Path mapping, String period, Path out, List<String> teams,
                            String email, boolean force, LocalDate plannedOn) {

    public RunParameters(Path snapshot, String source, Path mapping, String period, Path out, List<String> teams,
                         String email, boolean force) {
        this(snapshot, source, mapping, period, out, teams, email, force, null);
    }

    /** A run of whatever source the snapshot's files are, without a mapping file. */
    public RunParameters(Path snapshot, String period, Path out, List<String> teams, String email, boolean force) {
        this(snapshot, null, null, period, out, teams, email, force);
    }

    /** Throws {@link IllegalArgumentException} listing the kinds of source when {@code source} names none. */
    public static void checkSource(String source) {
        SourceKind.parse(source);
    }

    /**
     * This run of a given period as if it ran the day after the period ended (the demo's earlier period: planned on
     * the later run's day, its fixes had not started when the later period ended, and the progress showed nothing).
     */
    public RunParameters plannedTheDayAfterItsPeriod() {
        LocalDate dayAfter = Period.parse(period, ZoneOffset.UTC).lastDay().plusDays(1);
        return new RunParameters(snapshot, source, mapping, period, out, teams, email, force, dayAfter);
    }

    /** Throws {@link IllegalArgumentException} saying what is wrong when {@code period} names no period. */
    public static void checkPeriod(String period) {
        // Only the form is checked here; the run resolves the period in the snapshot's zone.
        Period.parse(period, ZoneOffset.UTC);
    }
}
