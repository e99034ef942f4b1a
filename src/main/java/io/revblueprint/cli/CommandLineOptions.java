package io.revblueprint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Parses the contract's options; Spring properties ({@code --spring.*}, {@code --blueprint.*}, {@code --logging.*}) pass through. */
final class CommandLineOptions {

    static final String USAGE = "usage: java -jar revenue-blueprint.jar --demo | --snapshot=PATH"
            + " [--source=canonical|salesforce|hubspot|jdbc|mapping] [--mapping=FILE] [--check] [--period=2026-Q3|2026-09|"
            + "2026-W38|2026-07-01..2026-09-30] [--out=DIR] [--teams=t1,t2] [--email=smtp|outbox|none] [--force]";

    static final List<String> PASS_THROUGH = List.of("--spring.", "--blueprint.", "--logging.");

    private CommandLineOptions() {
    }

    static RunRequest parse(String... args) {
        boolean demo = false;
        boolean force = false;
        boolean check = false;
        Path snapshot = null;
        String source = null;
        Path mapping = null;
        String period = null;
        Path out = Path.of("out");
        List<String> teams = List.of();
        EmailMode email = null;
        List<String> springArguments = new ArrayList<>();
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--demo" -> demo = flag(name, value);
                case "--force" -> force = flag(name, value);
                case "--check" -> check = flag(name, value);
                case "--snapshot" -> snapshot = Path.of(required(name, value));
                case "--source" -> source = required(name, value);
                case "--mapping" -> mapping = Path.of(required(name, value));
                case "--period" -> period = required(name, value);
                case "--out" -> out = Path.of(required(name, value));
                case "--teams" -> teams = teams(required(name, value));
                case "--email" -> email = EmailMode.parse(required(name, value));
                case "--help", "-h" -> throw new UsageException(USAGE);
                default -> springArguments.add(passThrough(arg));
            }
        }
        boolean replica = "jdbc".equalsIgnoreCase(source);
        if (demo && (snapshot != null || source != null)) {
            throw new UsageException("--demo makes its own snapshot; drop --snapshot and --source. " + USAGE);
        }
        if (!demo && snapshot == null && !replica) {
            throw new UsageException("say which snapshot to import with --snapshot=PATH (or --source=jdbc for the"
                    + " replica), or run --demo. " + USAGE);
        }
        return new RunRequest(demo, snapshot, source, mapping, check, period, out, teams, email, force, springArguments,
                null);
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
                case "--generate-snapshot" -> folder = Path.of(required(name, value));
                case "--leads" -> leads = positive(name, required(name, value));
                case "--seed" -> seed = number(name, required(name, value));
                default -> throw new UsageException("--generate-snapshot takes only --leads=N and --seed=S, not " + arg
                        + "; " + GenerateRequest.USAGE);
            }
        }
        if (leads == null) {
            throw new UsageException("say how many leads with --leads=N; " + GenerateRequest.USAGE);
        }
        return new GenerateRequest(folder, leads, seed);
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
        throw new UsageException("unknown option " + arg + "; " + USAGE);
    }
}
