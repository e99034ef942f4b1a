package io.revblueprint.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A typo in a blueprint.* setting is refused, not ignored. */
class KnownSettingsTest {

    @Test
    void aMisspelledSlaSettingIsRefusedNamingTheRealOnes() {
        assertThatThrownBy(() -> new KnownSettings(environment(Map.of("blueprint.sla.standard-reponse-hours", "8"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("blueprint.sla.standard-reponse-hours is not a setting; the settings of"
                        + " blueprint.sla are blueprint.sla.high-intent-score-above, ")
                .hasMessageContaining("blueprint.sla.standard-response-hours");
    }

    @Test
    void settingsInAnyFormSpringBindsArePassed() {
        StandardEnvironment environment = withVariables(Map.of("blueprint.sla.standard-response-hours", "8",
                "blueprint.plan.minN", "30", "blueprint.import.max-bad-row-ratio", "0.05",
                "blueprint.targets.win_rate", "0.3"),
                Map.of("BLUEPRINT_SLA_ACCEPTREJECTHOURS", "6", "BLUEPRINT_IMPORT_MAX_BAD_ROW_RATIO", "0.05"));

        assertThatCode(() -> new KnownSettings(environment)).doesNotThrowAnyException();
    }

    @Test
    void nestedSettingsMapsAndListsInEveryFormArePassed() {
        StandardEnvironment environment = withVariables(Map.of("blueprint.teams.T-BER.targets.win_rate", "0.5",
                        "blueprint.report.loss-reasons.Price[0]", "too expensive", "blueprint.own-benchmarks[1]",
                        "file:b.csv", "blueprint.source.archive.max-size", "1GB", "blueprint.partitioning.threads", "2"),
                Map.of("BLUEPRINT_SOURCE_JDBC_URL", "jdbc:mysql://replica/crm", "BLUEPRINT_DATA_DIR", "/data",
                        "BLUEPRINT_DELIVERY_FROM", "revops@example.com", "BLUEPRINT_TARGETS_WIN_RATE", "0.3",
                        "BLUEPRINT_OWN_BENCHMARKS_0", "file:a.csv", "BLUEPRINT_PARTITIONING_POLL_INTERVAL", "2s",
                        "BLUEPRINT_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/test"));

        assertThatCode(() -> new KnownSettings(environment)).doesNotThrowAnyException();
    }

    /** A Service named blueprint-metrics in the pod's namespace gives it these variables: no settings of ours. */
    @Test
    void kubernetesServiceLinksAreNoSettings() {
        assertThat(List.of("BLUEPRINT_METRICS_SERVICE_HOST", "BLUEPRINT_METRICS_SERVICE_PORT",
                "BLUEPRINT_METRICS_SERVICE_PORT_HTTP", "BLUEPRINT_METRICS_PORT", "BLUEPRINT_METRICS_PORT_9091_TCP",
                "BLUEPRINT_METRICS_PORT_9091_TCP_ADDR", "BLUEPRINT_METRICS_PORT_9091_TCP_PROTO"))
                .allMatch(KnownSettings::isServiceLink);
        assertThat(List.of("BLUEPRINT_TARGET_WIN_RATE", "BLUEPRINT_DELIVERY_FROM"))
                .noneMatch(KnownSettings::isServiceLink);
    }

    /** "targets" without its s: every team was judged on the catalogue's default win rate. */
    @Test
    void aMisspelledTopLevelVariableIsRefusedListingTheTopLevelSettings() {
        StandardEnvironment environment = withVariables(Map.of(), Map.of("BLUEPRINT_TARGET_WIN_RATE", "0.5"));

        assertThatThrownBy(() -> new KnownSettings(environment)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("blueprint.target.win.rate is not a setting; the settings of blueprint are "
                        + String.join(", ", topLevelSettings()));
    }

    @Test
    void aMisspelledKeyBelowATeamIsRefusedNamingTargets() {
        assertThatThrownBy(() -> new KnownSettings(environment(Map.of("blueprint.teams.T-BER.target.win_rate", "0.5"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("blueprint.teams.T-BER.target.win_rate is not a setting; the settings of"
                        + " blueprint.teams.T-BER are blueprint.teams.T-BER.targets.<key>");
    }

    @Test
    void aMisspelledSettingOfANestedGroupListsThatGroup() {
        assertThatThrownBy(() -> new KnownSettings(environment(Map.of("blueprint.source.jdbc.user", "crm"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("blueprint.source.jdbc.user is not a setting; the settings of blueprint.source.jdbc are"
                        + " blueprint.source.jdbc.url, blueprint.source.jdbc.username, blueprint.source.jdbc.password");
    }

    /** The list named blueprint.partitioning.worker, which --worker sets itself and nobody should. */
    @Test
    void theWorkersOwnSettingIsAcceptedButNotSuggested() {
        assertThatCode(() -> new KnownSettings(environment(Map.of("blueprint.partitioning.worker", "true"))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new KnownSettings(environment(Map.of("blueprint.partitioning.thread", "2"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blueprint.partitioning.threads")
                .hasMessageEndingWith("blueprint.partitioning.timeout");
    }

    @Test
    void aMisspelledSettingInAFileNamesTheFileAndLine(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("revops.yml"), """
                blueprint:
                  targets:
                    win_rate: 0.3
                  sla:
                    standard-response-hour: 6
                """);
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("revops", new FileSystemResource(file))
                .forEach(environment.getPropertySources()::addFirst);

        assertThatThrownBy(() -> new KnownSettings(environment)).isInstanceOf(SettingException.class)
                .hasMessageStartingWith("blueprint.sla.standard-response-hour (revops.yml line 5) is not a setting");
    }

    /** A setting the code reads one by one and the list forgets would stop every run: each is checked here. */
    @Test
    void everySettingTheCodeReadsIsKnown() throws IOException {
        Pattern read = Pattern.compile("(?:\\$\\{|getProperty\\(\"|name = \")(blueprint\\.[a-z.-]+)");
        List<String> settings;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            settings = sources.filter(file -> file.toString().endsWith(".java")).flatMap(KnownSettingsTest::lines)
                    .flatMap(line -> read.matcher(line).results().map(match -> match.group(1))).distinct().toList();
        }

        assertThat(settings).contains("blueprint.delivery.retry-pause", "blueprint.schedule.zone",
                "blueprint.partitioning.worker");
        settings.forEach(setting -> assertThatCode(() -> new KnownSettings(environment(Map.of(setting, "x"))))
                .as(setting).doesNotThrowAnyException());
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static List<String> topLevelSettings() {
        return List.of("blueprint.data-dir", "blueprint.company-timezone", "blueprint.currency", "blueprint.import.*",
                "blueprint.source.*", "blueprint.sla.*", "blueprint.targets.<key>", "blueprint.teams.<key>.*",
                "blueprint.plan.*", "blueprint.report.*", "blueprint.delivery.*", "blueprint.own-benchmarks",
                "blueprint.partitioning.*", "blueprint.benchmarks", "blueprint.playbook", "blueprint.run-lock.*",
                "blueprint.schedule.*");
    }

    @Test
    void aMisspelledEnvironmentVariableIsRefusedToo() {
        StandardEnvironment environment = withVariables(Map.of(),
                Map.of("BLUEPRINT_SLA_STANDARD_REPONSE_HOURS", "8"));

        assertThatThrownBy(() -> new KnownSettings(environment)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("blueprint.sla.standard.reponse.hours is not a setting");
    }

    /** SPRING_MAIL_HOTS left spring.mail.host unset: the night's mail went to the outbox, "email (outbox)". */
    @Test
    void aMisspelledMailVariableIsRefusedNamingSpringBootsMailSettings() {
        StandardEnvironment environment = withVariables(Map.of(), Map.of("SPRING_MAIL_HOTS", "smtp.example.com"));

        assertThatThrownBy(() -> new KnownSettings(environment)).isInstanceOf(SettingException.class)
                .hasMessageStartingWith("spring.mail.hots is not a setting;"
                        + " the settings of spring.mail are ")
                .hasMessageContaining("spring.mail.host, ").hasMessageContaining("spring.mail.properties.<key>");
    }

    @Test
    void springBootsMailSettingsInEveryFormArePassed() {
        StandardEnvironment environment = withVariables(Map.of("spring.mail.properties.mail.smtp.timeout", "30000",
                        "spring.mail.ssl.enabled", "true", "spring.mail.default-encoding", "UTF-8"),
                Map.of("SPRING_MAIL_HOST", "smtp.example.com", "SPRING_MAIL_PORT", "587",
                        "SPRING_MAIL_USERNAME", "revops", "SPRING_MAIL_PASSWORD", "secret",
                        "SPRING_MAIL_SSL_VERIFY_HOSTNAME", "false", "SPRING_MAIL_TEST_CONNECTION", "true",
                        "SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE", "true"));

        assertThatCode(() -> new KnownSettings(environment)).doesNotThrowAnyException();
    }

    /** It bound to no team: the team kept the company's targets without a word. */
    @Test
    void anEnvironmentVariableNamingATeamIsRefusedWithTheFormsThatWork() {
        StandardEnvironment environment = withVariables(Map.of(),
                Map.of("BLUEPRINT_TEAMS_T_BER_TARGETS_WIN_RATE", "0.5"));

        assertThatThrownBy(() -> new KnownSettings(environment)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("environment variable BLUEPRINT_TEAMS_T_BER_TARGETS_WIN_RATE cannot name a"
                        + " team").hasMessageContaining("SPRING_APPLICATION_JSON");
    }

    /** It bound to nothing (LOSS_REASONS) or lower-cased the reason (LOSSREASONS): the report showed no "Security". */
    @Test
    void anEnvironmentVariableNamingALossReasonIsRefused() {
        for (String variable : List.of("BLUEPRINT_REPORT_LOSS_REASONS_SECURITY", "BLUEPRINT_REPORT_LOSSREASONS_PRICE")) {
            assertThatThrownBy(() -> new KnownSettings(withVariables(Map.of(), Map.of(variable, "champion left"))))
                    .isInstanceOf(SettingException.class)
                    .hasMessageStartingWith("environment variable " + variable + " cannot name a loss reason")
                    .hasMessageContaining("--blueprint.report.loss-reasons.Security=");
        }
    }

    /** The settings, and the variables in place of the machine's environment. */
    private static StandardEnvironment withVariables(Map<String, Object> settings, Map<String, Object> variables) {
        StandardEnvironment environment = environment(settings);
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        return environment;
    }

    private static StandardEnvironment environment(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return environment;
    }
}
