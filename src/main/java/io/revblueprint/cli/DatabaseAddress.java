package io.revblueprint.cli;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Which database the run uses, read from its configuration as the application starts, so a failure to reach it
 * can name it (the URL without any password in it, and the user) instead of a bare "Connection refused".
 */
final class DatabaseAddress implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** H2's DATABASE_ALREADY_OPEN_1: its file is locked by another process. */
    private static final int H2_DATABASE_IN_USE = 90020;

    private String url;
    private String username;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        url = event.getEnvironment().getProperty("spring.datasource.url");
        username = event.getEnvironment().getProperty("spring.datasource.username");
    }

    /** A run's failure in one line: the database unreachable or in use, named; else the failure's own words. */
    String describe(Throwable failure) {
        String unreachable = unreachable(failure);
        String inUse = inUse(failure);
        return unreachable != null ? unreachable : inUse != null ? inUse : RunOutcome.describe(failure);
    }

    /** The failure in words when it is the database that could not be reached; else null. */
    String unreachable(Throwable failure) {
        Throwable cause = connectionFailure(failure);
        if (cause == null || url == null) {
            return null;
        }
        return "cannot reach the database " + withoutPassword(url) + (username == null ? "" : " as " + username)
                + ": " + RunOutcome.describe(cause) + "; start it or correct spring.datasource.url"
                + " (SPRING_DATASOURCE_URL), then run the same command again (a run that stopped restarts where it"
                + " stopped)";
    }

    /**
     * The failure in words when another process holds the embedded database's file (a second run, or --runs while a
     * run goes on, on the same --blueprint.data-dir); else null.
     */
    private String inUse(Throwable failure) {
        boolean locked = RunOutcome.chainOf(failure).stream().anyMatch(cause -> cause instanceof SQLException sql
                && sql.getErrorCode() == H2_DATABASE_IN_USE
                || cause.getMessage() != null && cause.getMessage().contains("The file is locked"));
        return !locked || url == null ? null : "another process is using the database " + withoutPassword(url)
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
