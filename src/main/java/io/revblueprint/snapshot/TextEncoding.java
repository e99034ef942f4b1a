package io.revblueprint.snapshot;

import java.io.IOException;
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

/** Which character encoding a file's bytes are in, and where they stop being readable in one. */
public final class TextEncoding {

    /** What CRM exports written on Windows use when they are not UTF-8. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int BUFFER = 64 * 1024;

    private TextEncoding() {
    }

    /** UTF-8 when every byte of the file is valid UTF-8, else Windows-1252. */
    public static Charset detect(Path file) {
        return firstUndecodableLine(file, StandardCharsets.UTF_8) < 0 ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** The physical line (1 = first) of the first bytes the charset cannot decode, or -1 when it decodes them all. */
    public static long firstUndecodableLine(Path file, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        long line = 1;
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            while (true) {
                boolean end = channel.read(in) < 0;
                in.flip();
                int start = in.position();
                CoderResult result = decoder.decode(in, out, end);
                line += newlines(in, start, in.position());
                if (result.isError()) {
                    return line;
                }
                out.clear();
                if (end && !in.hasRemaining()) {
                    return decoder.flush(out).isError() ? line : -1;
                }
                in.compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static long newlines(ByteBuffer bytes, int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) {
            if (bytes.get(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
