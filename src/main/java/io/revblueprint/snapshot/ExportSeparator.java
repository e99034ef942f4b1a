package io.revblueprint.snapshot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/** The character an export's header separates its columns with: a comma, else a semicolon or tab it holds. */
final class ExportSeparator {

    private ExportSeparator() {
    }

    static char of(Path path, Charset charset) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
                charset.newDecoder().onMalformedInput(CodingErrorAction.IGNORE)
                        .onUnmappableCharacter(CodingErrorAction.IGNORE)))) {
            String header = reader.readLine();
            return header == null ? ',' : of(header);
        } catch (IOException e) {
            return ','; // the reader that follows says what is wrong with the file
        }
    }

    /** Counted outside quotes: a quoted label may hold any of them. */
    static char of(String header) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            quoted ^= c == '"';
            if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (commas > 0 || semicolons + tabs == 0) {
            return ',';
        }
        return semicolons >= tabs ? ';' : '\t';
    }
}
