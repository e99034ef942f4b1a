package io.revblueprint.cli;

import io.revblueprint.job.RunParameters;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/** Checks that need no database, so a typo fails in a second instead of after start-up. */
final class Preflight {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private Preflight() {
    }

    static void check(RunRequest request) {
        if (request.schedule() != null) {
            ScheduledRuns.parse(request.schedule());
        }
        if (request.snapshot() != null) {
            snapshot(request.snapshot(), request.schedule() != null);
        }
        if (request.mapping() != null && !Files.isRegularFile(request.mapping())) {
            throw new UsageException("mapping file " + request.mapping() + " does not exist");
        }
        if (request.out() != null && Files.exists(request.out()) && !Files.isDirectory(request.out())) {
            throw new UsageException("--out " + request.out() + " is a file, not a folder; give a folder (it is created"
                    + " when missing)");
        }
        try {
            if (request.source() != null) {
                RunParameters.checkSource(request.source());
            }
            if (request.period() != null) {
                RunParameters.checkPeriod(request.period());
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (request.snapshot() != null && request.schedule() == null && !request.teams().isEmpty()) {
            teams(request.snapshot().resolve("teams.csv"), request.teams());
        }
    }

    /**
     * A folder, or a file that really is a whole zip; a folder's zips (a large export's parts) whole too; a scheduled
     * run's root must be a folder of exports, not one export.
     */
    private static void snapshot(Path snapshot, boolean root) {
        if (!Files.exists(snapshot)) {
            throw new UsageException("snapshot " + snapshot + " does not exist; give a folder or a .zip of the export");
        }
        if (Files.isDirectory(snapshot)) {
            if (root) {
                refuseOneExport(snapshot);
            } else {
                zipsIn(snapshot).forEach(Preflight::whole);
            }
            return;
        }
        if (root) {
            throw new UsageException("--snapshot=" + snapshot + " is a file; with --schedule give the folder the"
                    + " exports land in");
        }
        if (!startsLikeAZip(snapshot)) {
            throw new UsageException("snapshot " + snapshot + " is neither a folder nor a zip file; give the export's"
                    + " folder or its .zip");
        }
        whole(snapshot);
    }

    /** A zip cut short while copying was read up to the cut: three files missing and the metrics wrong, exit 0. */
    private static void whole(Path zip) {
        try (ZipFile ignored = new ZipFile(zip.toFile())) {
            // Opening reads the zip's directory at its end, which a cut file lacks.
        } catch (IOException e) {
            throw new UsageException("snapshot " + zip + " is not a whole zip file (" + e.getMessage() + "): it may"
                    + " have been cut short while copying; copy or export it again");
        }
    }

    private static List<Path> zipsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"))
                    .filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UsageException("cannot read snapshot " + folder + ": " + e.getMessage());
        }
    }

    /** With --schedule, the root holding an export's own files would run every tick on its stray files. */
    private static void refuseOneExport(Path root) {
        try (Stream<Path> files = Files.list(root)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.equals("snapshot.json") || name.toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted().findFirst().ifPresent(name -> {
                        throw new UsageException("--snapshot=" + root + " holds " + name + ", so it is one export;"
                                + " with --schedule give the folder the exports land in, one folder or .zip each");
                    });
        } catch (IOException e) {
            throw new UsageException("cannot read snapshot " + root + ": " + e.getMessage());
        }
    }

    private static boolean startsLikeAZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        } catch (IOException e) {
            throw new UsageException("cannot read snapshot " + file + ": " + e.getMessage());
        }
    }

    /** A canonical folder names its teams in teams.csv: an unknown --teams entry is a typo found now. */
    private static void teams(Path teamsFile, List<String> requested) {
        List<String> known = teamIds(teamsFile);
        for (String team : requested) {
            if (!known.isEmpty() && !known.contains(team)) {
                throw new UsageException("unknown team '" + team + "' in --teams" + nearMiss(team, known)
                        + "; the snapshot's teams are " + String.join(", ", known));
            }
        }
    }

    /** The team ids of a readable teams.csv; none otherwise (an unreadable file is the import's to report, with its line). */
    private static List<String> teamIds(Path teamsFile) {
        if (!Files.isRegularFile(teamsFile)) {
            return List.of();
        }
        try (Reader reader = Files.newBufferedReader(teamsFile, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .filter(row -> row.isMapped("team_id") && row.isSet("team_id")).map(Preflight::teamId).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static String teamId(CSVRecord row) {
        return row.get("team_id").strip();
    }

    private static String nearMiss(String team, List<String> known) {
        return known.stream().filter(id -> id.equalsIgnoreCase(team)).findFirst()
                .map(id -> " (team ids are case-sensitive: did you mean " + id + "?)").orElse("");
    }
}
