package io.revblueprint.job;

import io.revblueprint.system.Folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A run's outputs for one period: written into a staging folder, then published in one move to
 * {@code <out>/<period>}, so a failed run leaves the previous outputs untouched.
 */
public record OutputFolder(Path out, String periodLabel, long runId) {

    public Path staging() {
        return WorkFolders.staging(out).resolve(periodLabel + "-run" + runId);
    }

    public Path published() {
        return out.resolve(periodLabel);
    }

    /** Where a rejected import's quarantine.csv goes: beside the published periods, which it leaves untouched. */
    public Path rejectedQuarantine() {
        return out.resolve("rejected-import").resolve(periodLabel + "-run" + runId).resolve("quarantine.csv");
    }

    /** A file in the staging folder, its parent folders created. */
    public Path stagedFile(String relativePath) {
        Path file = staging().resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file.getParent(), e);
        }
        return file;
    }

    /** The team PDFs in the published folder: one per team folder, the executive summary beside them. */
    public long publishedTeamPdfs() {
        try (Stream<Path> files = Files.find(published(), 2, (file, attributes) -> attributes.isRegularFile()
                && !file.getParent().equals(published()) && file.getFileName().toString().endsWith(".pdf"))) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + published(), e);
        }
    }

    /**
     * Replaces the published folder with the staged one; when the staged one is gone but the published one is there,
     * a process killed after the move and before it recorded so already published it.
     */
    public void publish() {
        Path target = published();
        if (!Files.exists(staging()) && Files.exists(target)) {
            return;
        }
        Path previous = WorkFolders.staging(out).resolve(periodLabel + "-replaced-run" + runId);
        try {
            if (Files.exists(target)) {
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging(), target, StandardCopyOption.ATOMIC_MOVE);
            Folders.deleteTree(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + staging() + " to " + target, e);
        }
    }
}
