package io.revblueprint.benchmark;

import io.revblueprint.crm.Segment;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Unit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The published benchmark figures (benchmarks-data/benchmarks.csv, and any file of the company's own added on top),
 * at most one per metric and segment, validated when read: a row that names an unknown metric, a wrong unit, a bad
 * number or no source stops the run with the file, line and field. A figure for one segment stands before a figure
 * the source gives for all segments; a figure of the company's own file stands before a shipped one.
 */
public final class BenchmarkTable {

    public static final List<String> COLUMNS = List.of("metric", "segment", "growth_stage", "p25", "median", "p75",
            "unit", "publisher", "title", "year", "page", "trust", "note");

    /** The segment value of a figure the source does not split by segment: it is stored for every segment. */
    static final String ALL_SEGMENTS = "ALL";
    static final String UNDATED = "n/d";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true).setIgnoreEmptyLines(true).setTrim(true).get();
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern WEB_PAGE = Pattern.compile("https?://\\S+");

    private final Map<Metric, Map<Segment, Benchmark>> byMetric;

    private BenchmarkTable(Map<Metric, Map<Segment, Benchmark>> byMetric) {
        this.byMetric = byMetric;
    }

    /** A table of the given figures, one per metric and segment. */
    public static BenchmarkTable of(List<Benchmark> figures) {
        Map<Metric, Map<Segment, Benchmark>> byMetric = new EnumMap<>(Metric.class);
        for (Benchmark figure : figures) {
            if (byMetric.computeIfAbsent(figure.metric(), metric -> new EnumMap<>(Segment.class))
                    .putIfAbsent(figure.segment(), figure) != null) {
                throw new IllegalArgumentException("a second benchmark for " + figure.metric() + " × " + figure.segment());
            }
        }
        return new BenchmarkTable(byMetric);
    }

    /** Parses the shipped benchmark CSV; {@code source} names the file in error messages. */
    public static BenchmarkTable parse(String csv, String source) {
        return parse(csv, source, true);
    }

    /**
     * Parses a company's own file (its own or an analyst firm's licensed figures): the same format, except that
     * {@code page} may name a document instead of a web page, as licensed reports have none.
     */
    public static BenchmarkTable parseOwn(String csv, String source) {
        return parse(csv, source, false);
    }

    /** Commons CSV refuses a header with an unnamed or twice-named column as an IllegalArgumentException. */
    private static CSVParser open(String csv, String source) throws IOException {
        try {
            return CSVParser.parse(new StringReader(csv), FORMAT);
        } catch (IllegalArgumentException e) {
            String reason = e.getMessage().length() > 80 ? e.getMessage().substring(0, 80) + "…" : e.getMessage();
            throw new IllegalArgumentException(source + " line 1: the header is not usable (" + reason
                    + "); it must name " + String.join(",", COLUMNS), e);
        }
    }

    private static BenchmarkTable parse(String csv, String source, boolean publicPage) {
        try (CSVParser parser = open(csv, source)) {
            List<String> missing = COLUMNS.stream()
                    .filter(column -> parser.getHeaderNames().stream().noneMatch(column::equalsIgnoreCase)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(source + " line 1: missing column " + String.join(", ", missing)
                        + "; the header must name " + String.join(",", COLUMNS));
            }
            Map<Metric, Map<Segment, Integer>> lineOf = new EnumMap<>(Metric.class);
            Map<Metric, Map<Segment, Benchmark>> figures = new EnumMap<>(Metric.class);
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                for (Benchmark figure : new Row(source, line, records.next(), publicPage).figures()) {
                    Map<Segment, Benchmark> bySegment = figures.computeIfAbsent(figure.metric(),
                            metric -> new EnumMap<>(Segment.class));
                    Benchmark other = bySegment.get(figure.segment());
                    if (other != null && other.allSegments() == figure.allSegments()) {
                        throw new IllegalArgumentException(source + " line " + line + ", segment: " + figure.metric()
                                + " already has a figure for " + (figure.allSegments() ? "ALL" : figure.segment())
                                + " on line " + lineOf.get(figure.metric()).get(figure.segment())
                                + "; keep one figure per metric and segment");
                    }
                    if (other == null || other.allSegments()) {
                        bySegment.put(figure.segment(), figure);
                        lineOf.computeIfAbsent(figure.metric(), metric -> new EnumMap<>(Segment.class))
                                .put(figure.segment(), (int) line);
                    }
                }
            }
            return new BenchmarkTable(figures);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(source + " is not readable CSV: " + e.getMessage(), e);
        }
    }

    /** This table with {@code own}'s figures standing before this table's for the same metric and segment. */
    public BenchmarkTable withOwn(BenchmarkTable own) {
        Map<Metric, Map<Segment, Benchmark>> merged = new EnumMap<>(Metric.class);
        byMetric.forEach((metric, bySegment) -> merged.put(metric, new EnumMap<>(bySegment)));
        own.byMetric.forEach((metric, bySegment) ->
                merged.computeIfAbsent(metric, key -> new EnumMap<>(Segment.class)).putAll(bySegment));
        return new BenchmarkTable(merged);
    }

    public Optional<Benchmark> find(Metric metric, Segment segment) {
        return Optional.ofNullable(byMetric.getOrDefault(metric, Map.of()).get(segment));
    }

    /** Every figure, by metric and segment. */
    public List<Benchmark> all() {
        return byMetric.values().stream().flatMap(bySegment -> bySegment.values().stream()).toList();
    }

    /**
     * The team's overall figures placed against its segment's benchmarks, each marked dated when older than the
     * age allows; a metric without a published benchmark is simply absent (the report says "no published
     * benchmark").
     */
    public List<BenchmarkComparison> compare(String scope, Segment segment, List<MetricValue> metrics, BenchmarkAge age) {
        return metrics.stream()
                .filter(value -> value.scope().equals(scope) && value.isOverall())
                .flatMap(value -> find(value.metric(), segment)
                        .map(benchmark -> BenchmarkComparison.of(scope, value.value(), benchmark, age)).stream())
                .sorted(Comparator.comparing(comparison -> comparison.metric().key()))
                .toList();
    }

    /** One CSV row, read with the file and line its errors must name. */
    private record Row(String source, long line, CSVRecord record, boolean publicPage) {

        List<Benchmark> figures() {
            int columns = record.getParser().getHeaderNames().size();
            if (record.size() != columns) {
                throw fail("row", "has " + record.size() + " fields, the header has " + columns
                        + "; quote any field that contains a comma");
            }
            Metric spec = metric();
            checkUnit(spec);
            Double p25 = number("p25", spec);
            double median = required(number("median", spec), "median", "the published value");
            Double p75 = number("p75", spec);
            checkBand(p25, median, p75);
            Integer year = year();
            String trust = trust();
            String note = text("note");
            if (trust.equals("C") && !note.toLowerCase(Locale.ROOT).contains("quoted by")) {
                throw fail("note", "a trust C figure ships only with its chain of custody; say who it is quoted by"
                        + " (\"as quoted by …\")");
            }
            String segment = text("segment").toUpperCase(Locale.ROOT);
            boolean allSegments = segment.equals(ALL_SEGMENTS);
            List<Segment> segments = allSegments ? List.of(Segment.values()) : List.of(segment(segment));
            return segments.stream().map(each -> new Benchmark(spec, each, optional("growth_stage"), p25, median,
                    p75, text("publisher"), text("title"), year, page(), trust, note, allSegments)).toList();
        }

        private Metric metric() {
            try {
                return Metric.fromKey(text("metric"));
            } catch (IllegalArgumentException unknown) {
                throw fail("metric", unknown.getMessage());
            }
        }

        private void checkUnit(Metric spec) {
            String unit = text("unit");
            switch (spec.unit()) {
                case MONEY, MONEY_PER_DAY, P_VALUE -> throw fail("metric", spec.key() + " is stated in "
                        + (spec.unit() == Unit.Kind.P_VALUE ? "p-value" : "the deals' currency")
                        + ", which no published figure can be compared with; remove the row");
                case RATIO, COUNT, HOURS, DAYS -> {
                    String expected = Unit.of(spec.unit()).csv();
                    if (!unit.equalsIgnoreCase(expected)) {
                        throw fail("unit", "'" + unit + "' is not the unit of " + spec.key() + " in metrics.csv; convert"
                                + " the figure to " + expected + (spec.isRate() ? " (a fraction 0..1)" : ""));
                    }
                }
            }
        }

        private void checkBand(Double p25, double median, Double p75) {
            if ((p25 == null) != (p75 == null)) {
                throw fail(p25 == null ? "p25" : "p75", "give both p25 and p75, or neither for a single published value");
            }
            if (p25 != null && p25 > median) {
                throw fail("p25", p25 + " is above the median " + median);
            }
            if (p75 != null && p75 < median) {
                throw fail("p75", p75 + " is below the median " + median);
            }
        }

        private Double number(String field, Metric spec) {
            String text = optional(field);
            if (text == null) {
                return null;
            }
            double value;
            try {
                value = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw fail(field, "'" + text + "' is not a number; write decimals with a dot (rates as fractions 0..1)");
            }
            boolean rate = spec.isRate();
            if (!Double.isFinite(value) || value < 0 || (rate && value > 1)) {
                throw fail(field, text + " is out of range; " + (rate ? "rates are fractions from 0 to 1 (30% is 0.30)"
                        : "give a non-negative number of " + Unit.of(spec.unit()).csv()));
            }
            return value;
        }

        private Integer year() {
            String year = text("year");
            if (year.equalsIgnoreCase(UNDATED)) {
                return null;
            }
            if (!YEAR.matcher(year).matches()) {
                throw fail("year", "'" + year + "' is not a year; give the year of the figure, or n/d for an undated page");
            }
            return Integer.valueOf(year);
        }

        private String trust() {
            String trust = text("trust").toUpperCase(Locale.ROOT);
            if (trust.equals("X")) {
                throw fail("trust", "trust X figures are never shipped; remove the row");
            }
            if (!List.of("A", "B", "C").contains(trust)) {
                throw fail("trust", "'" + trust + "' is not a trust rating; use A, B or C (see figures.md)");
            }
            return trust;
        }

        private String page() {
            String page = text("page");
            if (publicPage && !WEB_PAGE.matcher(page).matches()) {
                throw fail("page", "'" + page + "' is not a web address; give the page the figure was read on");
            }
            return page;
        }

        private Segment segment(String segment) {
            try {
                return Segment.valueOf(segment);
            } catch (IllegalArgumentException e) {
                throw fail("segment", "'" + segment + "' is not a segment; use SMB, MID_MARKET, ENTERPRISE or ALL");
            }
        }

        private double required(Double value, String field, String what) {
            if (value == null) {
                throw fail(field, "is empty; give " + what);
            }
            return value;
        }

        private String text(String field) {
            String value = optional(field);
            if (value == null) {
                throw fail(field, "is empty" + (List.of("publisher", "title", "page").contains(field)
                        ? "; a figure without its public source does not ship" : ""));
            }
            return value;
        }

        private String optional(String field) {
            String value = record.get(field);
            return value == null || value.isBlank() ? null : value;
        }

        private IllegalArgumentException fail(String field, String problem) {
            return new IllegalArgumentException(source + " line " + line + ", " + field + ": " + problem);
        }
    }
}
