package io.revblueprint.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MySQL the MySQL-path tests run against: the JDBC URL in BLUEPRINT_TEST_MYSQL_URL (user and password in
 * BLUEPRINT_TEST_MYSQL_USER / _PASSWORD), else a Testcontainers mysql:8.4 when Docker is available.
 */
final class MySqlDatabase {

    static final String URL_VARIABLE = "BLUEPRINT_TEST_MYSQL_URL";

    private static MySQLContainer container;

    private MySqlDatabase() {
    }

    static final String SKIPPED = "No MySQL: set BLUEPRINT_TEST_MYSQL_URL=jdbc:mysql://127.0.0.1:3306/test (user root)"
            + " or run Docker";

    private static boolean told;

    /** Used by @EnabledIf: true when there is a MySQL to test against; when not, says why once per build. */
    static synchronized boolean available() {
        boolean available = System.getenv(URL_VARIABLE) != null || dockerAvailable();
        if (!available && !told) {
            System.out.println("MySQL-path tests skipped. " + SKIPPED);
            told = true;
        }
        return available;
    }

    /** Points the Spring datasource at this database (from a test's {@code @DynamicPropertySource}). */
    static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", MySqlDatabase::url);
        registry.add("spring.datasource.username", MySqlDatabase::user);
        registry.add("spring.datasource.password", MySqlDatabase::password);
    }

    /** The URL of another database on the same server, e.g. the replica a test loads. */
    static String sibling(String suffix) {
        String url = url();
        int query = url.indexOf('?') < 0 ? url.length() : url.indexOf('?');
        return url.substring(0, query) + suffix + url.substring(query);
    }

    static String url() {
        String url = System.getenv(URL_VARIABLE);
        return url != null ? url : container().getJdbcUrl();
    }

    static String user() {
        return System.getenv(URL_VARIABLE) != null ? System.getenv().getOrDefault("BLUEPRINT_TEST_MYSQL_USER", "root")
                : container().getUsername();
    }

    static String password() {
        return System.getenv(URL_VARIABLE) != null ? System.getenv().getOrDefault("BLUEPRINT_TEST_MYSQL_PASSWORD", "")
                : container().getPassword();
    }

    private static synchronized MySQLContainer container() {
        if (container == null) {
            // MySQL 8 ships with local_infile off; the import loads rows with LOAD DATA LOCAL INFILE.
            container = new MySQLContainer("mysql:8.4").withCommand("--local-infile=1");
            container.start();
        }
        return container;
    }

    /** Asks Testcontainers only where a Docker engine could be: without one it logs an ERROR block. */
    private static boolean dockerAvailable() {
        if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
