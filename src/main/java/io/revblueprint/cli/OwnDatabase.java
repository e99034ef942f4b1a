package io.revblueprint.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The options that run a request on an H2 file of its own (the demo's, a check's) with the default login, not a
 * MySQL one from the environment: the demo's database then opens with --blueprint.data-dir=data/demo ("sa" was
 * refused: "Wrong user name or password").
 */
final class OwnDatabase {

    private OwnDatabase() {
    }

    static List<String> at(Path file) {
        return List.of("--spring.datasource.url=jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "--spring.datasource.username=", "--spring.datasource.password=");
    }
}
