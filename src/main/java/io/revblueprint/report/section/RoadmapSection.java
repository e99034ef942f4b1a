package io.revblueprint.report.section;

import io.revblueprint.plan.Fix;
import io.revblueprint.report.chart.GanttChart;
import io.revblueprint.report.document.RevenueAtStake;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.layout.RecordDataSource;
import io.revblueprint.report.layout.Section;
import io.revblueprint.report.layout.SectionTemplate;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.Prose;
import net.sf.jasperreports.engine.JRDataSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** The prioritized fix roadmap: the 6-week timeline and every fix with owner, SLA, dates and revenue at stake. */
public record RoadmapSection(String finding, GanttChart timeline, String timelineNote, JRDataSource fixes) implements Section {

    static final SectionTemplate TEMPLATE = new SectionTemplate("Roadmap", "templates/sections/roadmap.jrxml", SectionTemplate.Table.FIXES);

    /** A snapshot older than this at the sprint's start is said to be old (a nightly run's is a few days). */
    private static final long STALE_DAYS = 14;


    static RoadmapSection of(TeamBlueprint blueprint) {
        FixRows rows = new FixRows(blueprint);
        List<Fix> ranked = rows.ranked();
        LocalDate sprintStart = ranked.isEmpty() ? null : sprintStart(ranked);
        return new RoadmapSection(
                finding(blueprint, rows),
                ranked.isEmpty() ? null : timeline(ranked, sprintStart),
                ranked.isEmpty() ? "" : sprintStartsWhen(blueprint, sprintStart) + " Bars run from each fix's"
                        + " start to its due date; amber bars answer possible leaks. The full action of each fix is in"
                        + " the appendix.",
                new RecordDataSource(rows.rows(ranked.size())));
    }

    /** "3 fixes put € 696K a year back within reach. First: #1 Slow first response, owned by Jürgen Müller, due 2026-10-16." */
    static String finding(TeamBlueprint blueprint, FixRows rows) {
        List<Fix> ranked = rows.ranked();
        if (ranked.isEmpty()) {
            return "No fix this period: no metric of " + blueprint.teamName() + " misses its target or benchmark.";
        }
        RevenueAtStake total = RevenueAtStake.ofFixes(ranked);
        Fix first = ranked.get(0);
        // Fixes there are, so a total is estimated (and above zero) or not.
        String worth = total.isEstimated() ? " put " + Figures.compactMoney(total, blueprint.run().currency())
                + " a year within reach" : ", by priority";
        String owned = first.ownerName() == null ? ", has no owner yet (" + FixRows.ownerInText(first) + ") and is due "
                : ", is owned by " + first.ownerName() + " and due ";
        return Prose.count(ranked.size(), "fix", "fixes") + worth + "; the first, " + FixRows.quotedTitle(first) + owned
                + Figures.dateInText(first.dueDate()) + ".";
    }

    /**
     * "The sprint starts on 7 Dec 2026, the Monday after this run; the data are as of 2 Oct 2026, 66 days before it."
     * Fixes due in 2026 on data of 2017 looked like a mistake when nothing said the snapshot was old.
     */
    static String sprintStartsWhen(TeamBlueprint blueprint, LocalDate sprintStart) {
        LocalDate asOf = LocalDate.ofInstant(blueprint.run().asOf(), ZoneOffset.UTC);
        long daysBefore = ChronoUnit.DAYS.between(asOf, sprintStart);
        if (daysBefore < 0) {
            // The demo's 2026-Q2 read "starts on 6 Jul 2026, the Monday after this run" under "Data as of 2026-10-02".
            return "The sprint starts on " + Figures.dateInText(sprintStart) + ", the Monday after the date this plan"
                    + " is made for; the data are as of " + Figures.dateInText(asOf) + ", later, as when a period is"
                    + " rerun on a newer snapshot.";
        }
        return "The sprint starts on " + Figures.dateInText(sprintStart) + ", the Monday after this run"
                + (daysBefore > STALE_DAYS ? "; the data are as of " + Figures.dateInText(asOf) + ", "
                + Prose.count(daysBefore, "day", "days") + " before it." : ".");
    }

    private static LocalDate sprintStart(List<Fix> ranked) {
        return ranked.stream().map(Fix::startDate).min(LocalDate::compareTo).orElseThrow()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static GanttChart timeline(List<Fix> ranked, LocalDate sprintStart) {
        return new GanttChart(sprintStart, ranked.stream().map(fix -> new GanttChart.Task(
                "#" + fix.rank() + " " + FixRows.title(fix),
                FixRows.owner(fix) + (fix.ownerName() == null ? "" : " · " + FixRows.role(fix.ownerRole())),
                fix.startDate(), fix.dueDate(), fix.isPossibleLeak())).toList());
    }

    @Override
    public SectionTemplate template() {
        return TEMPLATE;
    }
}
