package io.revblueprint.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * "cannot write X: No space left on device": the reason in the message itself. A render partition's failure is
 * read back from its stack trace, which the job repository cuts before the cause, so a full disk said only "cannot
 * write X". Here because the render writes each blueprint's message beside its PDF for delivery.
 */
public final class WriteFailure {

    private WriteFailure() {
    }

    public static UncheckedIOException of(Path file, IOException failure) {
        return new UncheckedIOException("cannot write " + file + reason(failure), failure);
    }

    /** ": " and the failure's reason; nothing for a file-system failure that names only its path. */
    private static String reason(IOException failure) {
        String reason = failure instanceof FileSystemException onFile ? onFile.getReason() : failure.getMessage();
        return reason == null || reason.isBlank() ? "" : ": " + reason;
    }
}
