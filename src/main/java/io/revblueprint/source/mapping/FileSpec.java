package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.SnapshotFileException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A source file a mapping reads, by alias: the names it may have (case-insensitive, {@code *} and {@code ?} as
 * wildcards), whether the source needs it, and the columns it must have.
 */
record FileSpec(String alias, List<String> names, boolean required, List<String> requiredColumns) {

    FileSpec {
        names = List.copyOf(names);
        requiredColumns = List.copyOf(requiredColumns);
    }

    /** The one file in the folder with one of the names; empty when none has. */
    Optional<Path> locate(Path folder) {
        List<Pattern> patterns = names.stream().map(FileSpec::glob).toList();
        List<Path> found;
        try (Stream<Path> files = Files.list(folder)) {
            found = files.filter(Files::isRegularFile)
                    .filter(file -> patterns.stream().anyMatch(pattern ->
                            pattern.matcher(file.getFileName().toString()).matches()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new SnapshotFileException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        if (found.size() > 1) {
            throw new SnapshotFileException("several files could be " + alias + " (" + names + "): "
                    + found.stream().map(file -> file.getFileName().toString()).collect(Collectors.joining(", "))
                    + "; keep one, or name it in the mapping's files." + alias);
        }
        return found.stream().findFirst();
    }

    private static Pattern glob(String name) {
        StringBuilder regex = new StringBuilder();
        for (char c : name.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    String describe() {
        return names.size() == 1 ? names.get(0) : names.stream().collect(Collectors.joining(" or ")).toLowerCase(Locale.ROOT);
    }
}
