package io.revblueprint.cli;

import io.revblueprint.job.ReplicaFailure;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Which database the run uses, read from its configuration as the application starts, so a failure to reach it
 * can name it (the URL without any password in it, and the user) instead of a bare "Connection refused".
 */
final class DatabaseAddress implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** H2's DATABASE_ALREADY_OPEN_1: its file is locked by another process. */
    private static final int H2_DATABASE_IN_USE = 90020;

    /** MySQL's ER_BAD_DB_ERROR: "Unknown database 'x'" (MariaDB's too). */
    private static final int MYSQL_UNKNOWN_DATABASE = 1049;

    /** SQLSTATE class 28, invalid authorization: a wrong user or password (MySQL and H2 alike). */
    private static final String REFUSED_LOGIN = "28";

    private Connection jobDatabase = new Connection(null, null, "spring.datasource");
    private Connection replica = new Connection(null, null, "blueprint.source.jdbc");

    /** A database the run connects to, and the settings that name it. */
    private record Connection(String url, String username, String prefix) {

        String named() {
            return withoutPassword(url) + (username == null ? "" : " as " + username);
        }

        /** "spring.datasource.url (SPRING_DATASOURCE_URL)". */
        String setting(String key) {
            String name = prefix + "." + key;
            return name + " (" + name.replace('.', '_').toUpperCase(Locale.ROOT) + ")";
        }
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        jobDatabase = connection(event, "spring.datasource");
        replica = connection(event, "blueprint.source.jdbc");
    }

    private static Connection connection(ApplicationEnvironmentPreparedEvent event, String prefix) {
        return new Connection(event.getEnvironment().getProperty(prefix + ".url"),
                event.getEnvironment().getProperty(prefix + ".username"), prefix);
    }

    /** A run's failure in one line: the database unreachable or in use, named; else the failure's own words. */
    String describe(Throwable failure) {
        String unreachable = unreachable(failure);
        String inUse = inUse(failure);
        return unreachable != null ? unreachable : inUse != null ? inUse
                : isMariaDbUrl() ? "spring.datasource.url=" + withoutPassword(jobDatabase.url()) + " needs a driver"
                + " this build does not have; give it as jdbc:mysql://… (MySQL Connector/J, which MariaDB speaks)"
                : RunOutcome.describe(failure);
    }

    /** "Failed to load driver class org.mariadb.jdbc.Driver" said nothing of the URL form that works. */
    private boolean isMariaDbUrl() {
        return jobDatabase.url() != null && jobDatabase.url().startsWith("jdbc:mariadb:");
    }

    /**
     * The failure in words when a database could not be reached or refused the login (the job's, or the replica
     * when the failure arose reading it: "cannot reach the database jdbc:h2:…" sent an operator to the wrong
     * setting); else null.
     */
    String unreachable(Throwable failure) {
        Connection database = ReplicaFailure.in(failure) && replica.url() != null ? replica : jobDatabase;
        if (database.url() == null) {
            return null;
        }
        Throwable refused = RunOutcome.chainOf(failure).stream().filter(cause -> cause instanceof SQLException sql
                && sql.getSQLState() != null && sql.getSQLState().startsWith(REFUSED_LOGIN)).findFirst().orElse(null);
        if (refused != null) {
            return "the database " + database.named() + " refused the login: " + RunOutcome.describe(refused)
                    + "; check " + database.setting("username") + " and " + database.setting("password");
        }
        Throwable unknown = RunOutcome.chainOf(failure).stream().filter(cause -> cause instanceof SQLException sql
                && sql.getErrorCode() == MYSQL_UNKNOWN_DATABASE).findFirst().orElse(null);
        if (unknown != null) {
            // A typo in the database's name read "MetaDataAccessException: Could not get Connection …".
            String name = unknown.getMessage().replaceFirst("(?s)^[^']*'([^']*)'.*$", "$1");
            return "the database " + database.named() + " does not exist on that server (" + unknown.getMessage()
                    + "); create it with CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4, or correct "
                    + database.setting("url");
        }
        Throwable cause = connectionFailure(failure);
        if (cause == null) {
            return null;
        }
        return "cannot reach the database " + database.named() + ": " + RunOutcome.describe(cause)
                + "; start it or correct " + database.setting("url") + ", then run the same command again (a run that"
                + " stopped restarts where it stopped)";
    }


    /**
     * The failure in words when another process holds the embedded database's file (a second run, or --runs while a
     * run goes on, on the same --blueprint.data-dir); else null.
     */
    private String inUse(Throwable failure) {
        boolean locked = RunOutcome.chainOf(failure).stream().anyMatch(cause -> cause instanceof SQLException sql
                && sql.getErrorCode() == H2_DATABASE_IN_USE
                || cause.getMessage() != null && cause.getMessage().contains("The file is locked"));
        return !locked || jobDatabase.url() == null ? null : "another process is using the database "
                + withoutPassword(jobDatabase.url())
                + " (a run, or a listing, on the same --blueprint.data-dir); wait for it to finish, or give another"
                + " --blueprint.data-dir";
    }

    private static Throwable connectionFailure(Throwable failure) {
        return RunOutcome.chainOf(failure).stream().filter(DatabaseAddress::isConnectionFailure).findFirst()
                .orElse(null);
    }

    private static boolean isConnectionFailure(Throwable cause) {
        return cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException
                || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
    }

    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@:]*:[^/@]*@", "//***@");
    }
}
