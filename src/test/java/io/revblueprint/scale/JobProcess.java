package io.revblueprint.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the packaged jar once as its own JVM and watches its peak resident memory and heap. */
final class JobProcess {

    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");
    private static final Pattern RSS_PEAK = Pattern.compile("VmHWM:\\s+(\\d+) kB");

    /**
     * What one run cost: wall seconds, peak RSS and heap in MiB, the exit code, and CPU: the job's seconds, a local
     * database server's (NaN without one) and how busy the machine's cores were, in percent of all of them.
     */
    record Cost(double wallSeconds, long peakRssMib, long peakHeapMib, int exitCode, double jobCpuSeconds,
                double serverCpuSeconds, double machineBusyPercent) {
    }

    private static final String BATCH_EVENTS = "org.springframework.batch.core.observability.jfr.events.step.chunk.";

    private JobProcess() {
    }

    /** {@code server}: the local database server whose CPU the run is charged with, if any. */
    static Cost run(Path jar, Path work, String heap, List<String> jvmOptions, boolean flightRecording,
            List<String> arguments, OptionalLong server) throws IOException, InterruptedException {
        Path gcLog = work.resolve("gc.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xlog:gc:file=" + gcLog));
        command.addAll(jvmOptions);
        if (flightRecording) {
            // Spring Batch records an event per item read and processed: millions at 1M leads, which slowed the
            // recorded import 2.5 times; the chunk events stay.
            command.add("-XX:StartFlightRecording=filename=" + work.resolve("run.jfr") + ",settings=profile"
                    + ",+" + BATCH_EVENTS + "ItemReadEvent#enabled=false,+" + BATCH_EVENTS + "ItemProcessEvent#enabled=false");
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        double serverCpu = serverCpu(server);
        double childrenCpu = CpuTime.ofEndedChildren();
        CpuTime.Machine machine = CpuTime.Machine.now();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("run.log").toFile()).start();
        long peakRss = 0;
        while (!process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peakRss = Math.max(peakRss, rssPeakKib(process.pid()));
        }
        // Counted once the job has ended and been waited for: the only child this JVM runs meanwhile.
        double jobCpu = CpuTime.ofEndedChildren() - childrenCpu;
        double wall = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
        return new Cost(wall, peakRss / 1024, peakHeapMib(gcLog), process.exitValue(), jobCpu,
                serverCpu(server) - serverCpu, CpuTime.Machine.now().busyPercentSince(machine));
    }

    private static double serverCpu(OptionalLong server) {
        return server.isPresent() ? CpuTime.ofProcess(server.getAsLong()) : Double.NaN;
    }

    /**
     * {@code bench.jvm} when given (to compare); else, on MySQL, the image's entrypoint's, as production runs the job;
     * on H2 none: the database runs inside the job's JVM, where C2 pays (see the Dockerfile and README).
     */
    static List<String> jvmOptions(boolean mySql) throws IOException {
        String given = System.getProperty("bench.jvm");
        if (given != null) {
            return List.of(given.strip().split("\\s+"));
        }
        return mySql ? imageJvmOptions() : List.of();
    }

    private static List<String> imageJvmOptions() throws IOException {
        String entrypoint = Files.readAllLines(Path.of("Dockerfile")).stream()
                .filter(line -> line.startsWith("ENTRYPOINT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("Dockerfile has no ENTRYPOINT"));
        return Pattern.compile("\"(-X[^\"]+)\"").matcher(entrypoint).results().map(match -> match.group(1)).toList();
    }

    private static long rssPeakKib(long pid) {
        try {
            Matcher matcher = RSS_PEAK.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
            return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
        } catch (IOException e) {
            return 0; // the process just ended; the earlier samples stand
        }
    }

    /** The largest heap occupancy before a collection, from the GC log. */
    private static long peakHeapMib(Path gcLog) throws IOException {
        long peak = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher matcher = GC_PAUSE.matcher(line);
            if (matcher.find()) {
                peak = Math.max(peak, Long.parseLong(matcher.group(1)));
            }
        }
        return peak;
    }
}
