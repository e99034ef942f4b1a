package io.revblueprint.plan;

import io.revblueprint.crm.Role;
import io.revblueprint.crm.Team;
import io.revblueprint.metrics.Metric;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The playbook (templates/playbook.yaml): per leak type, the metrics that reveal it and the fix, validated when
 * read so a broken edit stops the run and names the entry and field. An entry with {@code scope: unowned} is for
 * the leads and deals no team owns, before the teams' entries.
 */
public final class Playbook {

    private static final Set<String> FIELDS = Set.of("type", "scope", "leak", "title", "first_step", "metrics",
            "action", "owner_role", "sla", "effort_weeks", "proof_metric");
    private static final String TEAMS = "teams";
    private static final String UNOWNED = "unowned";
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final int MIN_TITLE_WORDS = 2;
    private static final int MAX_TITLE_WORDS = 8;

    private final Map<Metric, Play> byMetric;
    private final Map<Metric, Play> forUnowned;

    private Playbook(Map<String, Map<Metric, Play>> byScope) {
        this.byMetric = Map.copyOf(byScope.get(TEAMS));
        this.forUnowned = Map.copyOf(byScope.get(UNOWNED));
    }

    /** The play a team's miss of {@code metric} triggers. */
    public Optional<Play> forMetric(Metric metric) {
        return Optional.ofNullable(byMetric.get(metric));
    }

    /** The play a miss of {@code metric} in {@code scope} triggers: for the work no team owns, its own play first. */
    public Optional<Play> forMiss(String scope, Metric metric) {
        return Team.UNASSIGNED.equals(scope) && forUnowned.containsKey(metric)
                ? Optional.of(forUnowned.get(metric)) : forMetric(metric);
    }

    /** Parses playbook YAML; {@code source} names the file in error messages. */
    public static Playbook parse(String yaml, String source) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(yaml);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + " is not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IndexOutOfBoundsException e) {
            // snakeyaml-engine fails so on a character pair split at its 1,024-character buffer boundary.
            throw new IllegalArgumentException(source + " could not be parsed (the YAML parser failed: " + e.getMessage()
                    + "); move or remove the emoji or other non-BMP character near that position", e);
        }
        JsonNode entries = root == null ? null : root.get("plays");
        if (entries == null || !entries.isArray() || entries.isEmpty()) {
            throw new IllegalArgumentException(source + ": expected a non-empty list under 'plays:'");
        }
        Map<String, Map<Metric, Play>> byScope = Map.of(TEAMS, new EnumMap<>(Metric.class),
                UNOWNED, new EnumMap<>(Metric.class));
        Set<String> types = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = new Entry(entries.get(i), source + " plays[" + i + "]");
            List<Play> plays = entry.plays();
            if (!types.add(plays.get(0).type())) {
                throw entry.fail("type", "'" + plays.get(0).type() + "' is used by an earlier entry; one entry per leak type");
            }
            Map<Metric, Play> byMetric = byScope.get(entry.scope());
            for (Play play : plays) {
                Play earlier = byMetric.putIfAbsent(play.metric(), play);
                if (earlier != null) {
                    throw entry.fail("metrics", play.metric() + " already reveals the leak type " + earlier.type()
                            + "; a metric belongs to one leak type (per scope)");
                }
            }
        }
        return new Playbook(byScope);
    }

    /** One entry of the YAML list, read with where its errors must point. */
    private record Entry(JsonNode node, String where) {

        List<Play> plays() {
            if (!node.isObject()) {
                throw new IllegalArgumentException(where + ": expected an entry with fields " + String.join(", ", FIELDS));
            }
            node.propertyNames().stream().filter(field -> !FIELDS.contains(field)).findFirst().ifPresent(field -> {
                throw fail(field, "unknown field; an entry has " + String.join(", ", FIELDS));
            });
            String type = text("type");
            if (!TYPE.matcher(type).matches()) {
                throw fail("type", "'" + type + "' must be lower_snake_case, e.g. slow_response");
            }
            String leak = text("leak");
            String title = text("title");
            int words = title.split(" ").length;
            if (words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS) {
                throw fail("title", "'" + title + "' has " + words + " words; a title has " + MIN_TITLE_WORDS + " to "
                        + MAX_TITLE_WORDS + " words, so it fits page 1 and an email line");
            }
            String firstStep = text("first_step");
            String action = text("action");
            Role ownerRole = role();
            int effortWeeks = effortWeeks();
            String sla = text("sla");
            Metric proofMetric = metric(text("proof_metric"), "proof_metric");
            List<Play> plays = new ArrayList<>();
            for (Metric metric : metrics()) {
                plays.add(new Play(metric, leak, title, firstStep, action, ownerRole, effortWeeks, type, sla,
                        proofMetric));
            }
            return plays;
        }

        /** {@code teams} (the default) or {@code unowned}: the leads and deals no team owns. */
        String scope() {
            JsonNode scope = node.get("scope");
            if (scope == null) {
                return TEAMS;
            }
            String value = scope.isString() ? scope.asString().strip() : scope.toString();
            if (!value.equals(TEAMS) && !value.equals(UNOWNED)) {
                throw fail("scope", "'" + value + "' is not a scope; use teams (the default) or unowned (the leads and"
                        + " deals no team owns)");
            }
            return value;
        }

        private List<Metric> metrics() {
            JsonNode metrics = node.get("metrics");
            if (metrics == null || !metrics.isArray() || metrics.isEmpty()) {
                throw fail("metrics", "give the list of metrics whose miss reveals this leak, e.g. [win_rate]");
            }
            List<Metric> names = new ArrayList<>();
            for (JsonNode metric : metrics) {
                names.add(metric(metric.isString() ? metric.asString().strip() : metric.toString(), "metrics"));
            }
            return names;
        }

        private Metric metric(String name, String field) {
            try {
                return Metric.fromKey(name);
            } catch (IllegalArgumentException unknown) {
                throw fail(field, unknown.getMessage());
            }
        }

        private Role role() {
            String role = text("owner_role");
            try {
                return Role.valueOf(role);
            } catch (IllegalArgumentException e) {
                throw fail("owner_role", "'" + role + "' is not a role of users.csv; use one of "
                        + Arrays.toString(Role.values()));
            }
        }

        private int effortWeeks() {
            JsonNode effort = node.get("effort_weeks");
            if (effort == null || !effort.canConvertToInt() || effort.asInt() < 1 || effort.asInt() > Sprint.WEEKS) {
                throw fail("effort_weeks", "must be a whole number of weeks from 1 to " + Sprint.WEEKS
                        + " (the sprint's length)");
            }
            return effort.asInt();
        }

        private String text(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isString() || value.asString().isBlank()) {
                throw fail(field, "is missing");
            }
            return value.asString().strip().replaceAll("\\s+", " ");
        }

        IllegalArgumentException fail(String field, String problem) {
            return new IllegalArgumentException(where + ", " + field + ": " + problem);
        }
    }
}
