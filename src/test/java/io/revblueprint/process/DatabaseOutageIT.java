package io.revblueprint.process;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The database goes away in the middle of a run: a MariaDB of the test's own, on a port of its own, is killed
 * while the metrics are computed. The run ends in one line naming the database, and once it is back the same
 * command completes the run where it stopped. Needs mariadbd and mariadb-install-db (skipped, saying so, without).
 */
class DatabaseOutageIT {

    private static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    private static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");

    @TempDir
    static Path temp;

    static Path dataDir;
    static int port;
    static Process server;

    @BeforeAll
    static void ownMariaDb() throws Exception {
        boolean installed = Files.isExecutable(MARIADBD) && Files.isExecutable(INSTALL_DB);
        if (!installed) {
            System.out.println("DatabaseOutageIT skipped: needs " + MARIADBD + " and " + INSTALL_DB);
        }
        assumeTrue(installed, "needs MariaDB's server binaries");
        dataDir = Files.createDirectories(temp.resolve("mariadb"));
        Process install = new ProcessBuilder(INSTALL_DB.toString(), "--no-defaults", "--datadir=" + dataDir,
                "--user=root", "--auth-root-authentication-method=normal", "--skip-test-db")
                .redirectErrorStream(true).redirectOutput(temp.resolve("install.txt").toFile()).start();
        assertThat(install.waitFor(120, TimeUnit.SECONDS) && install.exitValue() == 0)
                .as(Files.readString(temp.resolve("install.txt"))).isTrue();
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        startServer();
        try (var connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/", "root", "");
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE outage CHARACTER SET utf8mb4");
        }
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroyForcibly().waitFor();
        }
    }

    @Test
    void aDatabaseLostMidStepEndsTheRunInOneLineAndTheSameCommandCompletesItOnceItIsBack() throws Exception {
        Path out = temp.resolve("out");
        List<String> command = List.of("--snapshot=" + ProcessFaultsIT.TINY, "--period=2026-Q3", "--out=" + out,
                "--email=outbox", "--blueprint.import.max-bad-row-ratio=0.9",
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:" + port + "/outage?connectTimeout=3000",
                "--spring.datasource.username=root", "--spring.datasource.password=",
                "--spring.datasource.hikari.connection-timeout=5000");

        JarProcess first = JarProcess.start(temp.resolve("first.txt"), command);
        assertThat(first.awaitLine("computeMetrics: started")).as(first.console()).isTrue();
        stopServer();

        assertThat(first.exitCode()).as(first.console()).isEqualTo(1);
        assertThat(first.console()).contains("revenue-blueprint: cannot reach the database jdbc:mysql://127.0.0.1:"
                + port + "/outage").doesNotContain("\tat ");
        assertThat(out.resolve("2026-Q3")).doesNotExist();

        startServer();
        JarProcess second = JarProcess.start(temp.resolve("second.txt"), command);

        assertThat(second.exitCode()).as(second.console()).isZero();
        assertThat(out.resolve("2026-Q3/metrics.csv")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("2026-Q3/metrics.csv")))
                .isEqualTo(Files.readString(reference().resolve("2026-Q3/metrics.csv")));
    }

    /** The same snapshot and period run undisturbed on H2. */
    private static Path reference() throws Exception {
        Path home = Files.createDirectories(temp.resolve("reference"));
        JarProcess run = JarProcess.start(home.resolve("console.txt"),
                ProcessFaultsIT.command(home, home.resolve("out"), "none"));
        assertThat(run.exitCode()).as(run.console()).isZero();
        return home.resolve("out");
    }

    private static void startServer() throws Exception {
        server = new ProcessBuilder(MARIADBD.toString(), "--no-defaults", "--datadir=" + dataDir, "--user=root",
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dataDir.resolve("mysqld.sock"),
                "--skip-networking=0", "--local-infile=1", "--innodb-buffer-pool-size=16M")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(temp.resolve("mariadb.txt").toFile()))
                .start();
        for (int attempt = 0; attempt < 300; attempt++) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("MariaDB did not start:\n" + Files.readString(temp.resolve("mariadb.txt")));
    }
}
