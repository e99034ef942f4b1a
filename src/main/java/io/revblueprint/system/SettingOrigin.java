package io.revblueprint.system;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.boot.origin.TextResourceOrigin;

/**
 * Where a setting was given, as Spring recorded it: Spring's name of it (blueprint.targets.win.rate) is not always
 * what the operator typed (BLUEPRINT_TARGETS_WIN_RATE).
 */
public final class SettingOrigin {

    private SettingOrigin() {
    }

    /** " (environment variable X)", " (revops.yml line 3)", or "" where Spring does not know; property may be null. */
    public static String of(ConfigurationProperty property) {
        String variable = variable(property);
        if (variable != null) {
            return " (environment variable " + variable + ")";
        }
        return origin(property) instanceof TextResourceOrigin file && file.getResource() != null
                && file.getLocation() != null
                ? " (" + file.getResource().getFilename() + " line " + (file.getLocation().getLine() + 1) + ")" : "";
    }

    /** The environment variable that set the property; null when it came from elsewhere. */
    static String variable(ConfigurationProperty property) {
        return origin(property) instanceof SystemEnvironmentOrigin variable ? variable.getProperty() : null;
    }

    private static Origin origin(ConfigurationProperty property) {
        Origin origin = property == null ? null : property.getOrigin();
        return origin instanceof PropertySourceOrigin wrapper && wrapper.getOrigin() != null ? wrapper.getOrigin()
                : origin;
    }
}
