package io.revblueprint.job;

import io.revblueprint.RevenueBlueprintApplication;
import io.revblueprint.system.DatabaseSetupException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A MySQL database that stores text as latin1 is refused before the schema is made, saying how to fix it. */
@EnabledOnMySql
class Latin1DatabaseTest {

    @Test
    void aLatin1DatabaseIsRefusedAtStartWithTheStatementThatFixesIt() throws Exception {
        String url = MySqlDatabase.sibling("_latin1");
        String database = url.replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
        try (Connection server = DriverManager.getConnection(MySqlDatabase.url(), MySqlDatabase.user(),
                MySqlDatabase.password()); Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET latin1");
        }

        assertThatThrownBy(() -> new SpringApplicationBuilder(RevenueBlueprintApplication.class)
                .web(WebApplicationType.NONE).run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + MySqlDatabase.user(),
                        "--spring.datasource.password=" + MySqlDatabase.password()).close())
                .rootCause().isInstanceOf(DatabaseSetupException.class)
                .hasMessage("the database " + database + " stores text as latin1, which cannot hold every name and sign"
                        + " the blueprints use; run ALTER DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE"
                        + " utf8mb4_unicode_ci (before the first run), then run the same command again");
    }
}
