package io.revblueprint.job;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public CRM exports beside the project (../shared/datasets, see its README for their licences), read where
 * they are; tests on them run when the folder is there.
 */
final class SharedDatasets {

    static final Path FOLDER = Path.of("..", "shared", "datasets");

    private SharedDatasets() {
    }

    /** Used by @EnabledIf. */
    static boolean present() {
        return Files.isDirectory(FOLDER.resolve("salesforce-tcrm-handson-demo"))
                && Files.isDirectory(FOLDER.resolve("maven-crm-sales-opportunities"));
    }
}
