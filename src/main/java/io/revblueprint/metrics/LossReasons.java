package io.revblueprint.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loss reasons as a reader counts them: free-text reasons that differ only in case, spacing or punctuation are one
 * reason, and a reason that starts with a known variant ("Price, too expensive per seat", "price too high") joins its
 * canonical reason ("Price"). The variants are RevOps' to extend ({@code blueprint.loss-reasons}); metrics.csv keeps
 * the reasons as recorded.
 */
public final class LossReasons {

    /** A canonical reason and the phrases that mean it; matched at the start of a reason, in words. */
    public static final Map<String, List<String>> DEFAULT_VARIANTS = Map.of(
            "Price", List.of("price", "pricing", "too expensive", "cost"),
            "Lost to competitor", List.of("lost to competitor", "competitor", "chose competitor", "went with competitor"),
            "No decision / status quo", List.of("no decision", "status quo"),
            "No budget", List.of("no budget", "budget"),
            "Timing", List.of("timing", "bad timing", "not now"),
            "Missing feature", List.of("missing feature", "feature gap", "product gap"));

    static final String UNKNOWN = "UNKNOWN";
    public static final String NOT_RECORDED = "No reason recorded";

    /**
     * A reason's share of the lost deals, after merging, and the recorded reasons other than its own name that it took
     * in (metrics.csv lists those apart).
     */
    public record Share(String reason, long lost, long of, List<Recorded> mergedIn) {

        public Share(String reason, long lost, long of) {
            this(reason, lost, of, List.of());
        }

        public Share {
            mergedIn = List.copyOf(mergedIn);
        }

        public double share() {
            return of == 0 ? 0 : (double) lost / of;
        }
    }

    /** A reason as recorded and its lost deals. */
    public record Recorded(String label, long lost) {
    }

    private final Map<String, String> canonicalByVariant = new TreeMap<>(
            Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));

    /** The default variants, with {@code extra} added (an extra canonical reason replaces a default one's variants). */
    public LossReasons(Map<String, List<String>> extra) {
        Map<String, List<String>> variants = new LinkedHashMap<>(DEFAULT_VARIANTS);
        variants.putAll(extra == null ? Map.of() : extra);
        variants.forEach((canonical, phrases) -> {
            canonicalByVariant.put(words(canonical), canonical);
            phrases.forEach(phrase -> canonicalByVariant.put(words(phrase), canonical));
        });
    }

    /** The reason as the blueprint names it: its canonical reason, else the recorded text, tidied. */
    public String canonical(String recorded) {
        if (recorded == null || recorded.isBlank() || recorded.equalsIgnoreCase(UNKNOWN)) {
            return NOT_RECORDED;
        }
        String words = words(recorded);
        for (Map.Entry<String, String> variant : canonicalByVariant.entrySet()) {
            if (words.equals(variant.getKey()) || words.startsWith(variant.getKey() + " ")) {
                return variant.getValue();
            }
        }
        String tidy = new Dimension(Dimension.Kind.LOSS_REASON, recorded.strip().replaceAll("\\s+", " ")).valueInWords();
        return Character.toUpperCase(tidy.charAt(0)) + tidy.substring(1);
    }

    /** The loss_reason_share rows of one scope merged by canonical reason, largest share first. */
    public List<Share> merge(List<MetricValue> shares) {
        Map<String, Share> merged = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (MetricValue share : shares) {
            String reason = canonical(share.dimension().value());
            String key = words(reason);
            labels.putIfAbsent(key, reason);
            long lost = share.numerator() == null ? 0 : share.numerator();
            long of = share.denominator() == null ? 0 : share.denominator();
            String recorded = share.dimension().value();
            List<Recorded> mergedIn = recorded.equals(labels.get(key)) ? List.of()
                    : List.of(new Recorded(recorded, lost));
            merged.merge(key, new Share(labels.get(key), lost, of, mergedIn),
                    (a, b) -> new Share(a.reason(), a.lost() + b.lost(), Math.max(a.of(), b.of()),
                            Stream.concat(a.mergedIn().stream(), b.mergedIn().stream()).toList()));
        }
        List<Share> result = new ArrayList<>(merged.values());
        result.sort(Comparator.comparingLong(Share::lost).reversed().thenComparing(Share::reason));
        return result;
    }

    /** Lower case, punctuation as spaces, single spaces: "Price, too  expensive!" → "price too expensive". */
    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
