package io.revblueprint.system;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Refuses, at start-up, a setting of a group whose every key is known: "blueprint.sla.standard-reponse-hours=8" was
 * ignored, and every standard MQL was judged on 4 hours without a word. Spring binds only the keys it knows.
 */
@Component
class KnownSettings {

    private static final String TEAM_VARIABLES = "BLUEPRINT_TEAMS_";

    private static final Map<String, Class<? extends Record>> GROUPS = Map.of(
            "blueprint.sla", BlueprintProperties.Sla.class,
            "blueprint.plan", BlueprintProperties.Plan.class,
            "blueprint.import", BlueprintProperties.ImportSettings.class);

    KnownSettings(ConfigurableEnvironment environment) {
        refuseTeamVariables(environment);
        List<ConfigurationPropertyName> names = StreamSupport.stream(
                        ConfigurationPropertySources.get(environment).spliterator(), false)
                .filter(IterableConfigurationPropertySource.class::isInstance)
                .map(IterableConfigurationPropertySource.class::cast)
                .flatMap(IterableConfigurationPropertySource::stream).toList();
        GROUPS.forEach((prefix, group) -> check(ConfigurationPropertyName.of(prefix), settings(prefix, group), names));
    }

    /** {@code settings}: the group's, dashed as the README writes them (blueprint.sla.standard-response-hours). */
    private static void check(ConfigurationPropertyName group, List<String> settings,
                              List<ConfigurationPropertyName> names) {
        Set<String> known = settings.stream().map(setting -> keyIn(group, ConfigurationPropertyName.of(setting)))
                .collect(Collectors.toSet());
        names.stream().filter(group::isAncestorOf).filter(name -> !known.contains(keyIn(group, name)))
                .findFirst().ifPresent(name -> {
                    throw new IllegalArgumentException(name + " is not a setting; the settings of " + group
                            + " are " + String.join(", ", settings));
                });
    }

    /** BLUEPRINT_TEAMS_T_BER_TARGETS_WIN_RATE bound to no team and changed nothing, without a word. */
    private static void refuseTeamVariables(ConfigurableEnvironment environment) {
        if (environment.getPropertySources().get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)
                instanceof EnumerablePropertySource<?> variables) {
            Arrays.stream(variables.getPropertyNames()).filter(name -> name.startsWith(TEAM_VARIABLES)).findFirst()
                    .ifPresent(name -> {
                        throw new IllegalArgumentException("environment variable " + name + " cannot name a team (a"
                                + " variable's name loses the team id's case and dashes); give team settings as"
                                + " --blueprint.teams.T-BER.targets.win_rate=0.5, in a configuration file"
                                + " (--spring.config.additional-location) or in SPRING_APPLICATION_JSON");
                    });
        }
    }

    /**
     * The key below the group, its parts joined in the uniform form Spring matches by (lower case, no dashes): an
     * environment variable's underscores split it (BLUEPRINT_IMPORT_MAX_BAD_ROW_RATIO is
     * blueprint.import.max.bad.row.ratio), and Spring binds it all the same.
     */
    private static String keyIn(ConfigurationPropertyName group, ConfigurationPropertyName name) {
        StringBuilder key = new StringBuilder();
        for (int element = group.getNumberOfElements(); element < name.getNumberOfElements(); element++) {
            key.append(name.getElement(element, ConfigurationPropertyName.Form.UNIFORM));
        }
        return key.toString();
    }

    /** A record's components as settings of {@code prefix}: standardResponseHours → prefix.standard-response-hours. */
    private static List<String> settings(String prefix, Class<? extends Record> group) {
        return Arrays.stream(group.getRecordComponents()).map(component -> prefix + "." + component.getName()
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)).toList();
    }
}
