package io.revblueprint.delivery;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hand-over between the report step and delivery: each message is a {@code .email.json} file next to the PDF it
 * attaches ({@code revenue-growth-blueprint-T-BER-2026-Q3.email.json} beside {@code ….pdf}).
 */
public final class MessageFiles {

    static final String SUFFIX = ".email.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MessageFiles() {
    }

    /** The message file for a PDF: the same name with {@value #SUFFIX} instead of {@code .pdf}. */
    public static Path besidePdf(Path pdf) {
        String name = pdf.getFileName().toString();
        return pdf.resolveSibling(name.substring(0, name.length() - ".pdf".length()) + SUFFIX);
    }

    public static void write(Path file, OutgoingMessage message) {
        try {
            Files.writeString(file, JSON.writeValueAsString(message));
        } catch (IOException e) {
            throw WriteFailure.of(file, e);
        }
    }

    /** Every message under the folder with the path of its PDF: the executive summary last, teams by folder before it. */
    public static List<Delivery> deliveriesIn(Path folder) {
        List<Delivery> deliveries = new ArrayList<>();
        for (Path file : messageFiles(folder)) {
            OutgoingMessage message = read(file);
            Path pdf = file.resolveSibling(message.attachment());
            message.recipients().forEach(recipient -> deliveries.add(new Delivery(recipient, message, pdf)));
        }
        return deliveries;
    }

    private static List<Path> messageFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(SUFFIX))
                    .sorted((a, b) -> a.getNameCount() != b.getNameCount()
                            ? Integer.compare(b.getNameCount(), a.getNameCount()) : a.compareTo(b))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the messages in " + folder, e);
        }
    }

    private static OutgoingMessage read(Path file) {
        try {
            return JSON.readValue(Files.readString(file), OutgoingMessage.class);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("cannot read the message " + file + ": " + e.getMessage()
                    + "; rerun the period to write it again", e);
        }
    }
}
