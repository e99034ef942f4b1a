package io.revblueprint.job;

import io.revblueprint.delivery.WriteFailure;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a UTF-8 text output file. */
final class OutputFiles {

    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private OutputFiles() {
    }

    static void write(Path file, Content content) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.writeTo(out);
        } catch (IOException e) {
            throw WriteFailure.of(file, e);
        }
    }
}
