package io.revblueprint.scale;

import io.revblueprint.demo.DemoSnapshot;
import io.revblueprint.demo.ScaleSnapshotGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The scale benchmark ({@code mvn -B -Pbench verify}): generates snapshots of {@code bench.leads} leads, runs the
 * packaged jar on each {@code bench.databases} in its own JVM ({@code bench.heap}), and prints per run import rows/s per
 * file, seconds per stage, PDFs/s, wall time and peak heap and RSS, next to MySQL's own LOAD DATA of the same files
 * and of the rows the job stored ({@link RawLoad}).
 * {@code bench.args} adds job options (e.g. {@code --blueprint.import.chunk-size=5000}), {@code bench.jar} runs another
 * build's jar, {@code bench.jfr=true} records a flight recording per run. {@code bench.export=FOLDER} also times a
 * CRM export read through its mapping, made {@code bench.export.copies} (100) times larger ({@link ExportReplica});
 * {@code bench.leads=} (empty) leaves the snapshots out. Results go to standard output and target/bench/results.md;
 * see benchmarks/README.md.
 */
@Tag("bench")
class ScaleBenchmark {

    private static final Path WORK = Path.of("target", "bench");
    private static final Path JAR = Path.of(System.getProperty("bench.jar", "target/revenue-blueprint.jar"));
    private static final List<String> IMPORT_FILES = List.of("importLeads", "importOpportunities", "importActivities");

    @Test
    void run() throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.leads", "10000,100000,1000000").split(","))
                .filter(size -> !size.isBlank()).map(size -> Integer.parseInt(size.strip().replace("_", ""))).toList();
        List<String> databases = List.of(System.getProperty("bench.databases", "h2,mysql").split(","));
        List<String> table = new ArrayList<>(sizes.isEmpty() ? List.of() : Result.HEADER);
        for (int leads : sizes) {
            Path snapshot = snapshot(leads);
            RawLoad.Result raw = databases.contains("mysql") ? rawLoad(snapshot) : null;
            for (String name : databases) {
                table.add(measure(leads, snapshot, name.strip(), raw).row());
                System.out.println(table.get(table.size() - 1));
            }
        }
        String export = System.getProperty("bench.export", "");
        if (!export.isBlank()) {
            if (!table.isEmpty()) {
                table.add("");
            }
            table.addAll(mappedExport(Path.of(export), Integer.getInteger("bench.export.copies", 100), databases));
        }
        System.out.println(String.join("\n", table));
        Files.createDirectories(WORK);
        Files.writeString(WORK.resolve("results.md"), String.join("\n", table) + "\n", StandardCharsets.UTF_8);
    }

    /** The same job on a large export read through its mapping (the export made {@code copies} times larger). */
    private static List<String> mappedExport(Path export, int copies, List<String> databases) throws Exception {
        Path replica = WORK.resolve(export.getFileName() + "-x" + copies);
        if (!Files.exists(replica.resolve("complete"))) {
            FileSystemUtils.deleteRecursively(replica);
            long rows = ExportReplica.write(export, replica, copies);
            Files.writeString(replica.resolve("complete"), Long.toString(rows));
        }
        long sourceRows = Long.parseLong(Files.readString(replica.resolve("complete")).strip());
        List<String> table = new ArrayList<>(MappedResult.HEADER);
        for (String name : databases) {
            Path work = WORK.resolve("run-" + replica.getFileName() + "-" + name.strip());
            BenchDatabase db = database(name.strip(), work);
            JobProcess.Cost cost = runJob(work, db, List.of("--snapshot=" + replica.toAbsolutePath()));
            table.add(new MappedResult(replica.getFileName().toString(), db.name(), sourceRows, StageTimes.of(db), cost)
                    .row());
            System.out.println(table.get(table.size() - 1));
        }
        return table;
    }

    /** LOAD DATA of the snapshot into a freshly made database (a new machine has none yet). */
    private static RawLoad.Result rawLoad(Path snapshot) throws Exception {
        BenchDatabase mysql = BenchDatabase.mysql();
        mysql.recreate();
        return RawLoad.raw(mysql, snapshot);
    }

    /** Generated once per size and kept in target/bench (or {@code bench.snapshots}) for later runs (the seed is fixed). */
    private static Path snapshot(int leads) throws IOException {
        Path folder = Path.of(System.getProperty("bench.snapshots", WORK.toString())).resolve("snapshot-" + leads);
        if (!Files.exists(folder.resolve("complete"))) {
            long start = System.nanoTime();
            DemoSnapshot written = new ScaleSnapshotGenerator(20261002L, leads).writeTo(folder);
            Files.writeString(folder.resolve("complete"), written.rowCounts().toString());
            System.out.printf(Locale.ROOT, "generated %d leads in %.1f s: %s%n", leads,
                    (System.nanoTime() - start) / 1e9, written.rowCounts());
        }
        return folder;
    }

    private static Result measure(int leads, Path snapshot, String database, RawLoad.Result raw) throws Exception {
        Path work = WORK.resolve("run-" + leads + "-" + database);
        BenchDatabase db = database(database, work);
        JobProcess.Cost cost = runJob(work, db, List.of("--snapshot=" + snapshot.toAbsolutePath(), "--period=2026-Q3"));
        StageTimes times = StageTimes.of(db);
        // LOAD DATA is MySQL's: an H2 row has no limit to compare with.
        RawLoad.Result storedRows = db.isMySql() ? RawLoad.storedRows(db, work) : null;
        return new Result(leads, db.name(), times, cost, pdfs(work.resolve("out/2026-Q3")), db.isMySql() ? raw : null,
                storedRows);
    }

    /** The database of a run, emptied (an H2 file lives in the run's folder, which is made anew). */
    private static BenchDatabase database(String name, Path work) throws Exception {
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
        BenchDatabase db = name.equals("mysql") ? BenchDatabase.mysql() : BenchDatabase.h2(work.resolve("h2"));
        db.recreate();
        return db;
    }

    /** Runs the packaged jar on the database with the run's own outputs, outbox and data folder; fails if it fails. */
    private static JobProcess.Cost runJob(Path work, BenchDatabase db, List<String> source) throws Exception {
        List<String> arguments = new ArrayList<>(source);
        arguments.addAll(List.of("--out=" + work.resolve("out").toAbsolutePath(), "--email=outbox",
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(), "--blueprint.data-dir=" + work.toAbsolutePath()));
        String extra = System.getProperty("bench.args", "");
        if (!extra.isBlank()) {
            arguments.addAll(List.of(extra.strip().split("\\s+")));
        }
        JobProcess.Cost cost = JobProcess.run(JAR, work, System.getProperty("bench.heap", "1g"),
                JobProcess.jvmOptions(db.isMySql()), Boolean.getBoolean("bench.jfr"), arguments,
                db.isLocalMySql() ? CpuTime.localDatabaseServer() : OptionalLong.empty());
        assertEquals(0, cost.exitCode(), "the job failed; see " + work.resolve("run.log"));
        return cost;
    }

    /** One row of the mapped export's table. */
    private record MappedResult(String export, String database, long sourceRows, StageTimes times,
                                JobProcess.Cost cost) {

        static final List<String> HEADER = List.of(
                "| export | database | source rows | canonical rows | openSnapshot s | importUsers s | import s"
                        + " | canonical rows/s | wall s | peak heap MiB | job CPU s | server CPU s |",
                "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");

        String row() {
            long canonicalRows = times.rowsOfAll("import");
            double importSeconds = times.importSeconds();
            return String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %.1f | %.1f | %.1f | %,.0f | %.1f | %d | %.1f | %s |",
                    export, database, sourceRows, canonicalRows, times.seconds("openSnapshot"),
                    times.seconds("importUsers"), importSeconds, canonicalRows / importSeconds, cost.wallSeconds(),
                    cost.peakHeapMib(), cost.jobCpuSeconds(), Result.orDash("%.1f", cost.serverCpuSeconds()));
        }
    }

    private static long pdfs(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(file -> file.toString().endsWith(".pdf")).count();
        }
    }

    /** One row of the results table. */
    private record Result(int leads, String database, StageTimes times, JobProcess.Cost cost, long pdfs,
                          RawLoad.Result raw, RawLoad.Result storedRows) {

        static final List<String> HEADER = List.of(
                "| leads | database | leads rows/s | opportunities rows/s | activities rows/s | import s | LOAD DATA rows/s"
                        + " | import ÷ LOAD DATA | LOAD DATA of the stored rows rows/s | import ÷ that | metrics s | plan s"
                        + " | report s | PDFs | PDFs/s | delivery s | wall s | peak heap MiB | peak RSS MiB | job CPU s"
                        + " | server CPU s | machine busy |",
                "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");

        String row() {
            double report = times.seconds("renderBlueprints", "renderExecutiveSummary");
            double importSeconds = times.importSeconds();
            return String.format(Locale.ROOT,
                    "| %,d | %s | %s | %s | %s | %.1f | %s | %s | %s | %s | %.1f | %.1f | %.1f | %d | %.2f | %.1f | %.1f"
                            + " | %d | %d | %.1f | %s | %s |",
                    leads, database, rate("importLeads"), rate("importOpportunities"), rate("importActivities"),
                    importSeconds, limit(raw), ratio(raw), limit(storedRows), ratio(storedRows),
                    times.seconds("computeMetrics"), times.seconds("planFixes"), report, pdfs, pdfs / report,
                    times.seconds("deliverBlueprints", "checkDeliveries"), cost.wallSeconds(), cost.peakHeapMib(),
                    cost.peakRssMib(), cost.jobCpuSeconds(), orDash("%.1f", cost.serverCpuSeconds()),
                    orDash("%.0f %%", cost.machineBusyPercent()));
        }

        private static String orDash(String format, double value) {
            return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, format, value);
        }

        /** Rows per second; MariaDB records whole seconds, so a step under one second shows as "> rows". */
        private String rate(String step) {
            StageTimes.Step s = times.step(step);
            return s.seconds() == 0 ? String.format(Locale.ROOT, "> %,d", s.rows())
                    : String.format(Locale.ROOT, "%,.0f", s.rows() / s.seconds());
        }

        private String limit(RawLoad.Result load) {
            return load == null ? "–" : String.format(Locale.ROOT, "%,.0f", load.rowsPerSecond());
        }

        /**
         * Our import of the three big files against LOAD DATA of the same rows, rows per second to rows per second;
         * MariaDB records whole seconds, so when every file's step shows 0 s, each took under one: "> n %", as though
         * each took one.
         */
        private String ratio(RawLoad.Result load) {
            if (load == null) {
                return "–";
            }
            long rows = IMPORT_FILES.stream().mapToLong(step -> times.step(step).rows()).sum();
            double seconds = IMPORT_FILES.stream().mapToDouble(step -> times.step(step).seconds()).sum();
            return String.format(Locale.ROOT, "%s%.0f %%", seconds == 0 ? "> " : "",
                    100 * (rows / (seconds == 0 ? IMPORT_FILES.size() : seconds)) / load.rowsPerSecond());
        }
    }
}
