package io.revblueprint.plan;

import io.revblueprint.crm.Role;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The playbook (templates/playbook.yaml): one play per metric, validated when read. */
public final class Playbook {

    private final Map<String, Play> plays;

    private Playbook(Map<String, Play> plays) {
        this.plays = Map.copyOf(plays);
    }

    public Optional<Play> forMetric(String metric) {
        return Optional.ofNullable(plays.get(metric));
    }

    /** Parses playbook YAML; {@code source} names the file in error messages. */
    public static Playbook parse(String yaml, String source) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(yaml);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + " is not valid YAML: " + e.getOriginalMessage(), e);
        }
        JsonNode entries = root == null ? null : root.get("plays");
        if (entries == null || !entries.isArray() || entries.isEmpty()) {
            throw new IllegalArgumentException(source + ": expected a non-empty list under 'plays:'");
        }
        Map<String, Play> plays = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Play play = play(entries.get(i), source + " plays[" + i + "]");
            if (plays.putIfAbsent(play.metric(), play) != null) {
                throw new IllegalArgumentException(source + " plays[" + i + "]: a second play for " + play.metric());
            }
        }
        return new Playbook(plays);
    }

    private static Play play(JsonNode entry, String where) {
        String role = text(entry, "owner_role", where);
        Role ownerRole;
        try {
            ownerRole = Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": owner_role '" + role + "' is not a role of users.csv");
        }
        JsonNode effort = entry.get("effort_weeks");
        if (effort == null || !effort.canConvertToInt() || effort.asInt() < 1 || effort.asInt() > 6) {
            throw new IllegalArgumentException(where + ": effort_weeks must be a whole number of weeks from 1 to 6");
        }
        return new Play(text(entry, "metric", where), text(entry, "leak", where), text(entry, "action", where),
                ownerRole, effort.asInt());
    }

    private static String text(JsonNode entry, String field, String where) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IllegalArgumentException(where + ": '" + field + "' is missing");
        }
        return value.asString().strip();
    }
}
