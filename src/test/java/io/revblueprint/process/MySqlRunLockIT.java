package io.revblueprint.process;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two runs at once on one MySQL database, into different output folders: the second exits naming the first, which
 * completes. Needs BLUEPRINT_TEST_MYSQL_URL (a MariaDB or MySQL the test may write to).
 */
class MySqlRunLockIT {

    static final String URL = System.getenv("BLUEPRINT_TEST_MYSQL_URL");
    static final String USER = System.getenv().getOrDefault("BLUEPRINT_TEST_MYSQL_USER", "root");
    static final String PASSWORD = System.getenv().getOrDefault("BLUEPRINT_TEST_MYSQL_PASSWORD", "");

    @TempDir
    Path temp;

    @BeforeAll
    static void mySqlIsThere() {
        String reason = reachable();
        if (reason != null) {
            System.out.println("MySqlRunLockIT skipped: " + reason);
        }
        assumeTrue(reason == null, reason);
    }

    /** The first run mails through an SMTP server slowed down, so it is still running when the second starts. */
    @Test
    void aSecondRunOnTheSameDatabaseExitsNamingTheFirstWhichCompletes() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try (DelayingProxy slowSmtp = new DelayingProxy(smtp.getSmtp().getPort(), 200)) {
            List<String> slowMail = new ArrayList<>(command(temp.resolve("first")));
            slowMail.addAll(List.of("--email=smtp", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + slowSmtp.port()));
            JarProcess first = JarProcess.start(temp.resolve("first.txt"), slowMail);
            assertThat(first.awaitLine("deliverBlueprints: started")).as(first.console()).isTrue();

            JarProcess second = JarProcess.start(temp.resolve("second.txt"), command(temp.resolve("second")));
            assertTheSecondExitsAndTheFirstCompletes(first, second);
        } finally {
            smtp.stop();
        }
    }

    private void assertTheSecondExitsAndTheFirstCompletes(JarProcess first, JarProcess second) throws Exception {

        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.console().lines().toList()).singleElement().asString()
                .startsWith("revenue-blueprint: another run holds the database (pid ")
                .contains("last heartbeat").endsWith("s after its last heartbeat)");
        assertThat(first.exitCode()).as(first.console()).isZero();
        assertThat(temp.resolve("first/2026-Q3/metrics.csv")).isNotEmptyFile();
        assertThat(temp.resolve("second/2026-Q3")).doesNotExist();
    }

    private static List<String> command(Path out) {
        return List.of("--snapshot=" + ProcessFaultsIT.TINY, "--period=2026-Q3", "--out=" + out, "--email=outbox",
                "--blueprint.import.max-bad-row-ratio=0.9", "--spring.datasource.url=" + URL,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD);
    }

    /** Null when the database answers; else why this test cannot run. */
    private static String reachable() {
        if (URL == null) {
            return "set BLUEPRINT_TEST_MYSQL_URL=jdbc:mysql://127.0.0.1:3306/test (user root) to run it";
        }
        try (var connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return null;
        } catch (SQLException e) {
            return "MySQL at " + URL + " is not reachable (" + e.getMessage() + ")";
        }
    }
}
