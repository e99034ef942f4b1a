package io.revblueprint.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;

/**
 * Why a file operation failed, in words: Java's file exceptions carry only the path for the commonest causes, so an
 * unwritable --out read "cannot lock the output folder /x/out: /x/out".
 */
final class FileFailure {

    private FileFailure() {
    }

    /** The reason of the innermost file-system failure in {@code chain}, if any. */
    static Optional<String> reason(Iterable<Throwable> chain) {
        String reason = null;
        for (Throwable cause : chain) {
            if (cause instanceof FileSystemException failure) {
                reason = reasonOf(failure);
            }
        }
        return Optional.ofNullable(reason);
    }

    private static String reasonOf(FileSystemException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (failure instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        return failure.getReason();
    }
}
