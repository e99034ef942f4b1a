package io.revblueprint.system;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;

/** The settings of {@code spring.mail.*}, as Spring Boot's own configuration metadata lists them. */
final class SpringMailSettings {

    private static final String PREFIX = "spring.mail.";
    private static final String METADATA = "META-INF/spring-configuration-metadata.json";

    private SpringMailSettings() {
    }

    static SettingShape.Group shape() {
        SettingShape.Group mail = new SettingShape.Group(new LinkedHashMap<>());
        JsonMapper json = JsonMapper.builder().build();
        try {
            for (URL metadata : Collections.list(SpringMailSettings.class.getClassLoader().getResources(METADATA))) {
                try (InputStream in = metadata.openStream()) {
                    for (JsonNode property : json.readTree(in).path("properties")) {
                        String name = property.path("name").asString();
                        if (name.startsWith(PREFIX)) {
                            add(mail, name.substring(PREFIX.length()), property.path("type").asString());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Spring Boot's configuration metadata", e);
        }
        return mail;
    }

    /** A map (spring.mail.properties) takes any key below it: mail.smtp.timeout is JavaMail's, not Spring's. */
    private static void add(SettingShape.Group mail, String setting, String type) {
        if (type.startsWith("java.util.Map")) {
            mail.settings().put(setting, new SettingShape.Keys(new SettingShape.Value()));
        } else {
            mail.add(setting);
        }
    }
}
