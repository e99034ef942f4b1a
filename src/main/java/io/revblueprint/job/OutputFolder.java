package io.revblueprint.job;

import io.revblueprint.delivery.FileNames;
import io.revblueprint.system.Folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
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

    public boolean isPublished() {
        return Files.isDirectory(published());
    }

    /**
     * The team PDFs the run made: one per team folder, the executive summary beside them; in the published folder
     * when a process killed after the move already published them.
     */
    public long teamPdfs() {
        Path folder = Files.exists(staging()) ? staging() : published();
        try (Stream<Path> files = Files.find(folder, 2, (file, attributes) -> attributes.isRegularFile()
                && !file.getParent().equals(folder) && file.getFileName().toString().endsWith(".pdf"))) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /**
     * Replaces the chosen teams' folders in the published one and leaves the rest as an earlier run published it:
     * a {@code --teams} run had replaced the whole period, every other team's blueprint with it.
     */
    public void publishTeams(List<String> teamIds) {
        try {
            for (String teamId : teamIds) {
                Path staged = staging().resolve(FileNames.of(teamId));
                if (Files.exists(staged)) {
                    Path target = published().resolve(FileNames.of(teamId));
                    Path previous = WorkFolders.staging(out).resolve(periodLabel + "-replaced-run" + runId + "-"
                            + FileNames.of(teamId));
                    if (Files.exists(target)) {
                        Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
                    }
                    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
                    Folders.deleteTree(previous);
                }
            }
            Folders.deleteTree(staging());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + staging() + " to " + published(), e);
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
