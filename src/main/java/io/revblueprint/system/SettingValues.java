package io.revblueprint.system;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Binds the settings once at start-up ({@link KnownSettingsCheck}) so that a value its setting cannot take
 * (BLUEPRINT_TARGETS_WIN_RATE=abc, blueprint.plan.min-n=-5, spring.mail.port=smtp) is refused before anything
 * starts: bound by their beans, they were refused after the database had started, 15 to 20 s in.
 */
final class SettingValues {

    private SettingValues() {
    }

    static void check(ConfigurableEnvironment environment) {
        Binder binder = Binder.get(environment);
        binder.bind("blueprint", BlueprintProperties.class);
        binder.bind("blueprint.partitioning", PartitioningProperties.class);
        binder.bind("spring.mail", MailProperties.class);
    }
}
