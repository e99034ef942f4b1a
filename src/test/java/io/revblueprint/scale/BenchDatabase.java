package io.revblueprint.scale;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A database the benchmark runs the job on, emptied before each run. */
record BenchDatabase(String name, String url, String user, String password) {

    static BenchDatabase h2(Path folder) {
        return new BenchDatabase("H2 file", "jdbc:h2:file:" + folder.toAbsolutePath().resolve("blueprint"), "sa", "");
    }

    /** {@code bench.mysql.url}, else BLUEPRINT_TEST_MYSQL_URL, else a local server's {@code bench} database. */
    static BenchDatabase mysql() {
        String url = System.getProperty("bench.mysql.url", System.getenv().getOrDefault("BLUEPRINT_TEST_MYSQL_URL",
                "jdbc:mysql://127.0.0.1:3306/bench"));
        return new BenchDatabase("MySQL", url, System.getenv().getOrDefault("BLUEPRINT_TEST_MYSQL_USER", "root"),
                System.getenv().getOrDefault("BLUEPRINT_TEST_MYSQL_PASSWORD", ""));
    }

    boolean isMySql() {
        return url.startsWith("jdbc:mysql:");
    }

    /** A MySQL server on this machine, whose CPU the benchmark can read. */
    boolean isLocalMySql() {
        return url.matches("jdbc:mysql://(127\\.0\\.0\\.1|localhost)([:/?].*)?");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Drops and recreates the MySQL database; an H2 file folder is deleted by the caller. */
    void recreate() throws SQLException {
        if (!isMySql()) {
            return;
        }
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?') < 0 ? url.length() : url.indexOf('?');
        String database = url.substring(slash + 1, query);
        try (Connection server = DriverManager.getConnection(url.substring(0, slash + 1), user, password);
             Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            statement.execute("CREATE DATABASE `" + database + "`");
        }
    }
}
