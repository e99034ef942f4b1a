package io.revblueprint.snapshot;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** snapshot.json: the cutoff instant, where the data came from, and the company time zone if given. */
public record SnapshotManifest(Instant asOf, String source, String company, ZoneId timezone) {

    public static final String FILE = "snapshot.json";

    /** {@code configuredZone}: the company zone when the manifest names none (an offset-less as_of is read in it). */
    public static SnapshotManifest read(Path folder, ZoneId configuredZone) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new SnapshotFileException(FILE + " is missing in " + folder + "; a snapshot needs it (at least {\"as_of\": \"…\"})");
        }
        JsonNode json;
        try {
            json = JsonMapper.builder().build().readTree(file.toFile());
        } catch (JacksonException e) {
            throw new SnapshotFileException(FILE + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        ZoneId zone = zone(json);
        return new SnapshotManifest(asOf(json, zone != null ? zone : configuredZone), text(json, "source"),
                text(json, "company"), zone);
    }

    /** The company zone: the manifest's, else the configured one. */
    public ZoneId zoneOr(ZoneId configured) {
        return timezone != null ? timezone : configured;
    }

    private static Instant asOf(JsonNode json, ZoneId zone) {
        String value = text(json, "as_of");
        if (value == null) {
            throw new SnapshotFileException(FILE + ": as_of is required (e.g. \"as_of\": \"2026-11-21T02:00:00Z\")");
        }
        try {
            return InstantText.parse(value, zone);
        } catch (DateTimeParseException e) {
            throw new SnapshotFileException(FILE + ": as_of '" + value
                    + "' is not an ISO-8601 timestamp (e.g. 2026-11-21T02:00:00Z)");
        }
    }

    private static ZoneId zone(JsonNode json) {
        String value = text(json, "timezone");
        try {
            return value == null ? null : ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new SnapshotFileException(FILE + ": timezone '" + value + "' is not an IANA time zone id");
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() || node.asString().isBlank() ? null : node.asString().strip();
    }
}
