package io.revblueprint.system;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Checks the settings' names ({@link KnownSettings}) and values ({@link SettingValues}) once every source of them is
 * read and before any bean starts: checked by a bean, a misspelt setting was refused only after the database had
 * started, 10 to 22 s in, leaving a new H2 file behind.
 */
public class KnownSettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        new KnownSettings(event.getEnvironment());
        SettingValues.check(event.getEnvironment());
    }
}
