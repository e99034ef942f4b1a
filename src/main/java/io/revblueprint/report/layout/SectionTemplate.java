package io.revblueprint.report.layout;

import java.util.List;

/**
 * The subreport that lays out one kind of section: its data arrives in the master parameter {@code parameter}
 * ("Scorecard"), its compiled template in {@code parameter + "Report"}, and the tables it nests under their own names.
 */
public record SectionTemplate(String parameter, String path, List<Table> tables) {

    public SectionTemplate(String parameter, String path, Table... tables) {
        this(parameter, path, List.of(tables));
    }

    String reportParameter() {
        return parameter + "Report";
    }

    /** The nested tables a section lays its rows out in; each is compiled once and reached by its parameter name. */
    public enum Table {
        TILES("TilesTable", "templates/tables/headline-tiles.jrxml"),
        BULLETS("BulletTable", "templates/tables/bullet-list.jrxml"),
        LEAKS("LeakTable", "templates/tables/leak-table.jrxml"),
        FIXES("FixTable", "templates/tables/fix-table.jrxml"),
        SCORECARD("ScorecardTable", "templates/tables/scorecard-table.jrxml"),
        SOURCES("SourceTable", "templates/tables/source-table.jrxml"),
        RATES("RateTable", "templates/tables/rate-table.jrxml"),
        BENCHMARKS("BenchmarkTable", "templates/tables/benchmark-table.jrxml"),
        PROGRESS("ProgressTable", "templates/tables/progress-table.jrxml"),
        HEALTH("HealthTable", "templates/tables/health-table.jrxml"),
        TERMS("TermTable", "templates/tables/term-table.jrxml"),
        RANKING("RankingTable", "templates/tables/team-ranking-table.jrxml"),
        CHART_STRIPS("ChartStripTable", "templates/tables/chart-strips.jrxml");

        private final String parameter;
        private final String path;

        Table(String parameter, String path) {
            this.parameter = parameter;
            this.path = path;
        }

        String parameter() {
            return parameter;
        }

        String path() {
            return path;
        }
    }
}
