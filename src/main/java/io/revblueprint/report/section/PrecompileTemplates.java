package io.revblueprint.report.section;

import java.nio.file.Path;

/** A build step (exec-maven-plugin, process-classes): the report templates compiled into the build's classes. */
public final class PrecompileTemplates {

    private PrecompileTemplates() {
    }

    /** {@code args[0]}: the classes folder, where a run looks for them beside the JRXML. */
    public static void main(String[] args) {
        DocumentLayout.precompile(Path.of(args[0]));
    }
}
