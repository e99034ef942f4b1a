package io.revblueprint.cli;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Parses the contract's options; Spring properties ({@code --spring.*}, {@code --blueprint.*}, {@code --logging.*}) pass through. */
final class CommandLineOptions {

    static final String USAGE = "usage: java -jar revenue-blueprint.jar --demo | --snapshot=PATH [options] | --period=P"
            + " (rerun) | --runs | --help";

    static final String HELP = """
            Revenue Blueprint: turns a CRM snapshot into a Revenue Growth Blueprint per team.

            usage: java -jar revenue-blueprint.jar --snapshot=PATH [options]
                   java -jar revenue-blueprint.jar --period=P [--teams=…] [--force]   rerun a period on its stored snapshot
                   java -jar revenue-blueprint.jar --demo | --runs | --help | --version

              --snapshot=PATH     a folder, a .zip, or a folder of .zip files: a canonical snapshot or a CRM export
              --source=KIND       canonical, salesforce, hubspot, jdbc (the MySQL replica) or mapping; default: told from the files
              --mapping=FILE      a mapping file for any CSV, or a profile that adjusts the Salesforce or HubSpot preset
              --check             only read and map the source, print what the import would do; writes only
                                  <out>/check/quarantine.csv
              --period=P          2026-Q3, 2026-09, 2026-W38 or 2026-07-01..2026-09-30; default: the last full quarter
              --out=DIR           where outputs go (default ./out); each period gets its own folder
              --teams=t1,t2       only these teams' blueprints and emails
              --email=MODE        smtp, outbox (.eml files in <out>/outbox) or none; default smtp when spring.mail.host is set
              --force             send again to people who already received this period's blueprint
              --demo              generate the sample snapshot and run on it (outbox only)
              --runs              list recent runs: id, as_of, period, teams, status, start, duration, PDFs, emails
              --schedule=CRON     keep running and start a run on the cron ("0 30 3 * * *"), on the newest finished
                                  snapshot folder under --snapshot
              --worker            render the partitions a run sends over RabbitMQ until stopped (README, "Rendering in parallel")
              --generate-snapshot=DIR --leads=N [--seed=S]
                                  write a synthetic snapshot of N leads (the demo's realism, for sizing) and stop
              --debug             stack traces with errors, and debug logging
              --version           print the version
              --help              this text
              --spring.*=…, --blueprint.*=…, --logging.*=…, --management.*=…, --server.*=…
                                  any setting (see the README), also as environment variables

            Exit codes: 0 done, 1 the run failed (one line on standard error says why), 2 a wrong command line.
            """;

    static final List<String> PASS_THROUGH = List.of("--spring.", "--blueprint.", "--logging.", "--management.",
            "--server.");

    /** Every option's name, for the hint after a misspelt one. */
    private static final List<String> OPTIONS = List.of("--snapshot", "--source", "--mapping", "--check", "--period",
            "--out", "--teams", "--email", "--force", "--demo", "--runs", "--schedule", "--worker",
            "--generate-snapshot", "--leads", "--seed", "--debug", "--version", "--help");

    /** Two slips (a letter missed, swapped or added twice) still point at the option meant. */
    private static final LevenshteinDistance SLIPS = new LevenshteinDistance(2);

    private CommandLineOptions() {
    }

    static RunRequest parse(String... args) {
        boolean demo = false;
        boolean force = false;
        boolean check = false;
        boolean runs = false;
        Path snapshot = null;
        String source = null;
        Path mapping = null;
        String period = null;
        Path out = Path.of("out");
        List<String> teams = List.of();
        EmailMode email = null;
        String schedule = null;
        List<String> springArguments = new ArrayList<>();
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--demo" -> demo = flag(name, value);
                case "--force" -> force = flag(name, value);
                case "--check" -> check = flag(name, value);
                case "--runs" -> runs = flag(name, value);
                case "--debug" -> flag(name, value);
                case "--snapshot" -> snapshot = path(required(name, value));
                case "--source" -> source = required(name, value);
                case "--mapping" -> mapping = path(required(name, value));
                case "--period" -> period = required(name, value);
                case "--out" -> out = path(required(name, value));
                case "--teams" -> teams = teams(required(name, value));
                case "--email" -> email = EmailMode.parse(required(name, value));
                case "--schedule" -> schedule = required(name, value);
                default -> springArguments.add(passThrough(arg));
            }
        }
        boolean replica = "jdbc".equalsIgnoreCase(source);
        if (demo && (snapshot != null || source != null)) {
            throw new UsageException("--demo makes its own snapshot; drop --snapshot and --source");
        }
        if (schedule != null && snapshot == null) {
            throw new UsageException("--schedule needs the folder the CRM exports land in: --snapshot=ROOT");
        }
        if (check && snapshot == null && !replica) {
            // --check --period=P read as a rerun and failed with a NullPointerException.
            throw new UsageException("--check reads an export: give it with --snapshot=PATH (or --source=jdbc for the"
                    + " replica)");
        }
        if (force && email == EmailMode.NONE) {
            // Accepted, and --force did nothing: the operator meant one of the two.
            throw new UsageException("--force sends the blueprints again and --email=none sends nothing: give one of"
                    + " them");
        }
        if (!demo && !runs && snapshot == null && !replica && period == null) {
            throw new UsageException("say which snapshot to import with --snapshot=PATH (or --source=jdbc for the"
                    + " replica), rerun a period with --period=P, or run --demo; --help lists every option");
        }
        return new RunRequest(demo, snapshot, source, mapping, check, period, out, teams, email, force, springArguments,
                null, runs, schedule);
    }

    /** Whether {@code option} (a flag) is among the arguments. */
    static boolean has(String[] args, String... option) {
        return Arrays.stream(args).anyMatch(arg -> Arrays.asList(option).contains(arg));
    }

    /**
     * {@code --generate-snapshot=DIR --leads=N [--seed=S]}: write a synthetic snapshot of that size and stop; null when
     * the command line asks for something else.
     */
    static GenerateRequest parseGenerate(String... args) {
        if (Arrays.stream(args).noneMatch(arg -> arg.startsWith("--generate-snapshot"))) {
            return null;
        }
        Path folder = null;
        Integer leads = null;
        long seed = GenerateRequest.DEFAULT_SEED;
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--generate-snapshot" -> folder = path(required(name, value));
                case "--leads" -> leads = positive(name, required(name, value));
                case "--seed" -> seed = number(name, required(name, value));
                default -> throw new UsageException("--generate-snapshot takes only --leads=N and --seed=S, not " + arg
                        + "; " + GenerateRequest.USAGE);
            }
        }
        if (leads == null) {
            throw new UsageException("say how many leads with --leads=N; " + GenerateRequest.USAGE);
        }
        refuseFilledFolder(folder);
        return new GenerateRequest(folder, leads, seed);
    }

    /** It overwrote what it found: a real export, mixed with synthetic files, then read as canonical. */
    private static void refuseFilledFolder(Path folder) {
        try (Stream<Path> entries = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            List<String> names = entries.map(entry -> entry.getFileName().toString()).sorted().limit(4).toList();
            if (!names.isEmpty()) {
                throw new UsageException("--generate-snapshot=" + folder + " is not empty (it holds "
                        + String.join(", ", names.subList(0, Math.min(3, names.size())))
                        + (names.size() > 3 ? ", …" : "") + "); give a new or empty folder: the synthetic snapshot"
                        + " would overwrite what is there");
            }
        } catch (IOException e) {
            throw new UsageException("cannot read --generate-snapshot=" + folder + ": " + e.getMessage());
        }
    }

    private static int positive(String name, String value) {
        long number = number(name, value);
        if (number < 1 || number > Integer.MAX_VALUE) {
            throw new UsageException(name + " must be a whole number from 1 to " + Integer.MAX_VALUE + ", not " + value);
        }
        return (int) number;
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static boolean flag(String name, String value) {
        if (value != null) {
            throw new UsageException(name + " takes no value");
        }
        return true;
    }

    /** A shell leaves "~" after "=" alone (--snapshot=~/Downloads/export): it is the user's home here too. */
    static Path path(String value) {
        return value.equals("~") || value.startsWith("~/")
                ? Path.of(System.getProperty("user.home")).resolve(value.substring(Math.min(2, value.length())))
                : Path.of(value);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new UsageException(name + " needs a value: " + name + "=…");
        }
        return value.strip();
    }

    private static List<String> teams(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(team -> !team.isEmpty()).toList();
    }

    private static String passThrough(String arg) {
        if (PASS_THROUGH.stream().anyMatch(arg::startsWith)) {
            return arg;
        }
        throw new UsageException("unknown option " + arg + meant(arg).map(option -> " (did you mean " + option + "?)")
                .orElse("") + "; " + USAGE);
    }

    /**
     * The option a misspelt one was meant to be: --emial=outbox and --team=T-BER were refused without a word on
     * what was meant. A setting's first word counts alone (--sprng.mail.host).
     */
    static Optional<String> meant(String arg) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        int dot = name.indexOf('.');
        String word = dot < 0 ? name : name.substring(0, dot);
        String rest = dot < 0 ? "" : name.substring(dot);
        Stream<String> candidates = dot < 0 ? OPTIONS.stream()
                : PASS_THROUGH.stream().map(prefix -> prefix.substring(0, prefix.length() - 1));
        return candidates.filter(candidate -> SLIPS.apply(word, candidate) >= 0)
                .min(Comparator.comparingInt(candidate -> SLIPS.apply(word, candidate)))
                .map(candidate -> candidate + rest);
    }
}
