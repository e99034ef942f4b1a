package io.revblueprint.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar run as a child process, its console in a file the test reads while it runs. */
final class JarProcess {

    static final Path JAR = Path.of("target/revenue-blueprint.jar");
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final Process process;
    private final Path console;

    private JarProcess(Process process, Path console) {
        this.process = process;
        this.console = console;
    }

    /** Starts the jar with a quick-starting JVM; stdout and stderr both go to {@code console}. */
    static JarProcess start(Path console, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar", JAR.toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile())).start();
        return new JarProcess(process, console);
    }

    /** Waits until a console line contains {@code text}; false when the process ended first. */
    boolean awaitLine(String text) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (Files.readString(console, StandardCharsets.UTF_8).contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no line with '" + text + "' within " + PATIENCE.toSeconds() + " s:\n" + console());
    }

    int exitCode() throws InterruptedException {
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after " + PATIENCE.toSeconds() + " s");
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook runs, nothing is recorded. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, as Kubernetes sends it. */
    void terminate() {
        process.destroy();
    }

    String console() throws IOException {
        return Files.readString(console, StandardCharsets.UTF_8);
    }
}
