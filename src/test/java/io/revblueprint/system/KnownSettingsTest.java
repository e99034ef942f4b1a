package io.revblueprint.system;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A typo in a setting of a group whose keys are all known is refused, not ignored. */
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
    void aMisspelledEnvironmentVariableIsRefusedToo() {
        StandardEnvironment environment = withVariables(Map.of(),
                Map.of("BLUEPRINT_SLA_STANDARD_REPONSE_HOURS", "8"));

        assertThatThrownBy(() -> new KnownSettings(environment)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("blueprint.sla.standard.reponse.hours is not a setting");
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
