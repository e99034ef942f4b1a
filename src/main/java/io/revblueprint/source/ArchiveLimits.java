package io.revblueprint.source;

/**
 * How much a snapshot archive may unpack to: the total bytes, the number of entries, and how many times its own
 * size (CSV compresses about 10×; a zip bomb thousands of times).
 */
public record ArchiveLimits(long maxBytes, int maxEntries, int maxRatio) {

    /** Small archives are never judged by ratio: a few kilobytes of repeated text compress very well too. */
    static final long RATIO_FREE_BYTES = 16L << 20;
}
