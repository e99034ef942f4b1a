package io.revblueprint.demo;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes snapshot.json: the cutoff, where the data comes from and the company's time zone. */
final class SnapshotJson {

    static final String FILE = "snapshot.json";

    private SnapshotJson() {
    }

    static void write(Path folder) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("as_of", Timestamps.utc(DemoCompany.AS_OF));
        fields.put("source", "demo");
        fields.put("company", DemoCompany.NAME);
        fields.put("timezone", DemoCompany.ZONE.getId());
        String json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(fields);
        Files.writeString(folder.resolve(FILE), json + "\n", StandardCharsets.UTF_8);
    }
}
