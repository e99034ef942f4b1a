package io.revblueprint.system;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A value its setting cannot take is refused when the settings are read, before any bean. */
class SettingValuesTest {

    @Test
    void valuesTheirSettingsCannotTakeAreRefused() {
        assertThatThrownBy(() -> SettingValues.check(environment(Map.of("blueprint.targets.win_rate", "abc"))))
                .isInstanceOfSatisfying(BindException.class, refused -> assertThat(refused.getProperty().getValue())
                        .isEqualTo("abc"));
        assertThatThrownBy(() -> SettingValues.check(environment(Map.of("blueprint.plan.min-n", "-5"))))
                .isInstanceOf(BindException.class).hasRootCauseMessage("blueprint.plan.min-n=-5 must be 1 or more");
        assertThatThrownBy(() -> SettingValues.check(environment(Map.of("blueprint.partitioning.threads", "-1"))))
                .isInstanceOf(BindException.class).hasMessageContaining("blueprint.partitioning");
        assertThatThrownBy(() -> SettingValues.check(environment(Map.of("spring.mail.port", "smtp"))))
                .isInstanceOfSatisfying(BindException.class, refused -> assertThat(refused.getProperty().getValue())
                        .isEqualTo("smtp"));
    }

    @Test
    void goodValuesAndNoValuesPass() {
        assertThatCode(() -> SettingValues.check(environment(Map.of("blueprint.targets.win_rate", "0.3",
                "blueprint.plan.min-n", "30", "blueprint.company-timezone", "Europe/Berlin",
                "blueprint.partitioning.timeout", "30m", "spring.mail.port", "587")))).doesNotThrowAnyException();
        assertThatCode(() -> SettingValues.check(environment(Map.of()))).doesNotThrowAnyException();
    }

    private static StandardEnvironment environment(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return environment;
    }
}
