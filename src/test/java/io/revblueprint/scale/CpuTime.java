package io.revblueprint.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time from Linux's /proc, so a run can say whether it was bound by the machine's cores and how the job and a
 * local database server shared them: the question every import speed-up starts from.
 */
final class CpuTime {

    /** Clock ticks per second of /proc's counters: USER_HZ, 100 on every Linux that matters here. */
    private static final double TICKS_PER_SECOND = 100;

    private CpuTime() {
    }

    /** The process's user and system CPU seconds so far, or NaN once it has ended (or on a system without /proc). */
    static double ofProcess(long pid) {
        return seconds(Long.toString(pid), 11);
    }

    /** The user and system CPU seconds of this JVM's ended child processes, all together (NaN without /proc). */
    static double ofEndedChildren() {
        return seconds("self", 13);
    }

    /** Two counters of /proc/PROCESS/stat, from {@code field} on, counted after the command name, in seconds. */
    private static double seconds(String process, int field) {
        try {
            String stat = Files.readString(Path.of("/proc", process, "stat"));
            // The command name is in parentheses and may hold spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[field]) + Long.parseLong(fields[field + 1])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** A MariaDB or MySQL server running on this machine, if any (the first found: one per machine here). */
    static OptionalLong localDatabaseServer() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(process -> process.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(CpuTime::isDatabaseServer)
                    .mapToLong(process -> Long.parseLong(process.getFileName().toString()))
                    .findFirst();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    private static boolean isDatabaseServer(Path process) {
        try {
            String command = Files.readString(process.resolve("comm")).strip();
            return command.equals("mariadbd") || command.equals("mysqld");
        } catch (IOException e) {
            return false;
        }
    }

    /** The machine's busy and total CPU ticks so far, all cores together (idle and I/O wait are not busy). */
    record Machine(long busy, long total) {

        static Machine now() {
            try {
                String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).strip().split("\\s+");
                long[] ticks = Arrays.stream(fields, 1, fields.length).mapToLong(Long::parseLong).toArray();
                long total = Arrays.stream(ticks, 0, Math.min(ticks.length, 8)).sum();
                return new Machine(total - ticks[3] - ticks[4], total);
            } catch (IOException | RuntimeException e) {
                return new Machine(0, 0);
            }
        }

        /** The share of all cores busy since {@code before}, in percent; NaN when it cannot be told. */
        double busyPercentSince(Machine before) {
            return total == before.total ? Double.NaN : 100.0 * (busy - before.busy) / (total - before.total);
        }
    }
}
