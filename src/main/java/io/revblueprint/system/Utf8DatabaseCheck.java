package io.revblueprint.system;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Before the schema is made on MySQL: the database must store text as utf8mb4. A {@code latin1} default (a fresh
 * MySQL or MariaDB without a character-set setting) would fail the first run's plan on a "−" or a name in Greek.
 */
@Component
class Utf8DatabaseCheck implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            if (!context.getConnection().getMetaData().getDatabaseProductName().matches("(?i)mysql|mariadb")) {
                return;
            }
            try (Statement statement = context.getConnection().createStatement();
                 ResultSet database = statement.executeQuery("SELECT DATABASE(), @@character_set_database")) {
                database.next();
                String name = database.getString(1);
                String charset = database.getString(2);
                if (!charset.startsWith("utf8mb4")) {
                    throw new DatabaseSetupException("the database " + name + " stores text as " + charset
                            + ", which cannot hold every name and sign the blueprints use; run ALTER DATABASE `"
                            + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci (before the first run), then"
                            + " run the same command again");
                }
            }
        } catch (SQLException e) {
            throw new DatabaseSetupException("cannot read the database's character set: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "utf8mb4 check";
    }
}
