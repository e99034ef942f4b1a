package io.revblueprint.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * Random edits of a valid input, the way broken exports and attackers break files: characters inserted (quotes,
 * separators, line breaks, NUL and other control characters, very long runs), ranges deleted or repeated, the file
 * cut short. Each input is made from a seed, so a failure names the seed that reproduces it.
 * {@code -Dfuzz.inputs=N} sets how many inputs each fuzz test tries (the {@code fuzz} profile sets many).
 */
public final class Mutations {

    private static final List<String> NASTY = List.of("\"", ",", ";", "\n", "\r\n", "\u0000", "\u001b", "\uFEFF",
            "\\", "../", "=HYPERLINK(\"x\")", "@SUM(1)", ":", "{", "}", "[", "- ", "&a", "*a", "!!binary", "\t", "é",
            "\uD83D\uDE00", "9999-99-99T99:99:99Z", "-1", "NaN", "1e309", "");

    private Mutations() {
    }

    /** The seeds of this run's inputs: 0 to {@code fuzz.inputs} (default 60). */
    public static LongStream seeds() {
        return LongStream.range(0, Long.getLong("fuzz.inputs", 60));
    }

    /**
     * One to eight random edits of a file's bytes, chosen by {@code seed}: the bytes kept as they are, inserted
     * characters written as UTF-8.
     */
    public static byte[] mutate(byte[] bytes, long seed) {
        String mutated = mutate(new String(bytes, StandardCharsets.ISO_8859_1), seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(mutated.length());
        mutated.codePoints().forEach(codePoint -> {
            if (codePoint <= 0xFF) {
                out.write(codePoint);
            } else {
                out.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
            }
        });
        return out.toByteArray();
    }

    private static String mutate(String text, long seed) {
        Random random = new Random(seed);
        String result = text;
        for (int edits = 1 + random.nextInt(8); edits > 0; edits--) {
            result = edit(result, random);
        }
        return result;
    }

    private static String edit(String text, Random random) {
        int at = random.nextInt(text.length() + 1);
        return switch (random.nextInt(11)) {
            case 0, 1, 2, 3 -> text.substring(0, at) + NASTY.get(random.nextInt(NASTY.size())) + text.substring(at);
            case 4 -> text.substring(0, at) + randomText(random) + text.substring(at);
            case 5 -> text.substring(0, at) + "x".repeat(256 + random.nextInt(70_000)) + text.substring(at);
            case 6, 7 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(200)));
            case 8, 9 -> {
                int end = Math.min(text.length(), at + 1 + random.nextInt(400));
                yield text.substring(0, end) + text.substring(at);
            }
            default -> text.substring(0, at);
        };
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(12); length > 0; length--) {
            text.appendCodePoint(random.nextInt(0x3000));
        }
        return text.toString();
    }
}
