package io.revblueprint.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Which character encoding a file's bytes are in, and where they stop being readable in one. */
public final class TextEncoding {

    /** What CRM exports written on Windows use when they are not UTF-8. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int BUFFER = 64 * 1024;

    /** A file as detected: the same path, size and modification time mean the same bytes. */
    private record Version(Path path, long size, FileTime modified) {
    }

    /**
     * Detection reads the whole file, and a run's steps open the same export file up to five times (as_of, owners,
     * lookups, the rows themselves), so each version's answer is kept; a few runs' worth for a long-lived worker.
     */
    private static final Map<Version, Charset> DETECTED = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Version, Charset> eldest) {
                    return size() > 64;
                }
            });

    private TextEncoding() {
    }

    /**
     * UTF-16 when the file starts with its byte order mark (Excel's "Unicode Text"), else UTF-8 when every byte of
     * the file is valid UTF-8, else Windows-1252.
     */
    public static Charset detect(Path file) {
        Version version = versionOf(file);
        Charset known = DETECTED.get(version);
        if (known != null) {
            return known;
        }
        Charset detected = startsWithUtf16Mark(file) ? StandardCharsets.UTF_16
                : firstUndecodableByte(file, StandardCharsets.UTF_8) < 0 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        DETECTED.put(version, detected);
        return detected;
    }

    private static boolean startsWithUtf16Mark(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] mark = in.readNBytes(2);
            return mark.length == 2 && (mark[0] == (byte) 0xFF && mark[1] == (byte) 0xFE
                    || mark[0] == (byte) 0xFE && mark[1] == (byte) 0xFF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The physical line (1 = first) of the first bytes the charset cannot decode, or -1 when it decodes them all. */
    public static long firstUndecodableLine(Path file, Charset charset) {
        long offset = firstUndecodableByte(file, charset);
        return offset < 0 ? -1 : 1 + newlinesBefore(file, offset);
    }

    /** The offset of the first bytes the charset cannot decode, or -1; lines are counted only when there is one. */
    private static long firstUndecodableByte(Path file, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        long decoded = 0;
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            while (true) {
                boolean end = channel.read(in) < 0;
                in.flip();
                int start = in.position();
                CoderResult result = decoder.decode(in, out, end);
                decoded += in.position() - start;
                if (result.isError()) {
                    return decoded;
                }
                out.clear();
                if (end && !in.hasRemaining()) {
                    return decoder.flush(out).isError() ? decoded : -1;
                }
                in.compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static long newlinesBefore(Path file, long offset) {
        byte[] buffer = new byte[BUFFER];
        long count = 0;
        long remaining = offset;
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; remaining > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining))) > 0; ) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        count++;
                    }
                }
                remaining -= read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return count;
    }

    private static Version versionOf(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Version(file.toAbsolutePath().normalize(), attributes.size(), attributes.lastModifiedTime());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
