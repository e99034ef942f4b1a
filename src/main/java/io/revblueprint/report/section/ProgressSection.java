package io.revblueprint.report.section;

import io.revblueprint.plan.FixProgress;
import io.revblueprint.plan.ProgressStatus;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.layout.RecordDataSource;
import io.revblueprint.report.layout.Section;
import io.revblueprint.report.layout.SectionTemplate;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.MetricSentence;
import io.revblueprint.report.text.Prose;
import io.revblueprint.report.text.SmallSample;
import net.sf.jasperreports.engine.JRDataSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Progress on the previous blueprint's fixes: each earlier fix's metric then and now, and whether it moved (rows null: none). */
public record ProgressSection(String finding, JRDataSource rows, String footnote) implements Section {

    static final SectionTemplate TEMPLATE = new SectionTemplate("Progress", "templates/sections/progress.jrxml", SectionTemplate.Table.PROGRESS);


    static ProgressSection of(TeamBlueprint blueprint) {
        List<FixProgress> progress = blueprint.plan().progress();
        // NYC's win rate "10.0 % → 19.4 %" on 10 deals was unmarked here while the scorecard marked it.
        boolean marked = progress.stream().flatMap(item -> Stream.of(item.then(), item.now()))
                .anyMatch(figure -> figure != null && SmallSample.isSmall(figure));
        return new ProgressSection(finding(blueprint, progress), progress.isEmpty() ? null
                : new RecordDataSource(progress.stream().map(ProgressSection::row).toList()),
                marked ? SmallSample.FOOTNOTE : "");
    }

    /** "Of the 3 fixes from 2026-Q2, 2 improved and 1 held; response SLA compliance rose from 61 % to 78 %." */
    static String finding(TeamBlueprint blueprint, List<FixProgress> progress) {
        if (progress.isEmpty()) {
            return "none to follow up; this is the first period with a plan for " + blueprint.teamName() + ".";
        }
        String period = blueprint.run().periodLabel();
        Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
        progress.forEach(item -> counts.merge(item.status(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((status, count) -> parts.add(count + " " + verb(status, count, period)));
        FixProgress first = progress.get(0);
        String example = first.then() == null || first.now() == null ? ""
                : "; " + Prose.lowerFirst(MetricSentence.describe(first.now(), Optional.of(first.then()),
                Optional.empty()));
        if (progress.size() == 1) {
            // "shows no clear change; … no clear change" said it twice: the figure's own sentence says it.
            String outcome = first.status() == ProgressStatus.HELD && !example.isEmpty()
                    ? ":" + example.substring(1) : " " + verb(first.status(), 1, period) + example;
            return "The fix from " + first.earlierPeriod() + outcome + ".";
        }
        if (counts.keySet().equals(Set.of(ProgressStatus.NOT_STARTED))) {
            return "None of the " + Prose.count(progress.size(), "fix", "fixes") + " from " + first.earlierPeriod()
                    + " had started when " + period + " ended (the first was planned from "
                    + Figures.dateInText(first.earlier().start()) + "), so their figures cannot show their effect"
                    + example + ".";
        }
        return "Of the " + Prose.count(progress.size(), "fix", "fixes") + " from " + first.earlierPeriod() + ", "
                + Prose.list(parts) + example + ".";
    }

    private static String verb(ProgressStatus status, int count, String period) {
        return switch (status) {
            case IMPROVED -> "improved";
            // "Held" beside "fell from 37 % to 34 %" read as a contradiction: the move is within the margin.
            case HELD -> count == 1 ? "shows no clear change" : "show no clear change";
            case REGRESSED -> "regressed";
            case TOO_FEW_CASES -> count == 1 ? "rests on too few cases to tell" : "rest on too few cases to tell";
            case NO_DATA -> count == 1 ? "has no figure this period" : "have no figure this period";
            case NOT_STARTED -> "had not started when " + period + " ended";
        };
    }

    private static String label(ProgressStatus status) {
        return switch (status) {
            case IMPROVED -> "Improved";
            case HELD -> "No clear change";
            case REGRESSED -> "Regressed";
            case TOO_FEW_CASES -> "Too few cases";
            case NO_DATA -> "No data";
            case NOT_STARTED -> "Started later";
        };
    }

    static ProgressRow row(FixProgress item) {
        return new ProgressRow(
                "#" + item.earlier().rank() + " " + item.earlier().metric().label()
                        + (item.earlier().dimension().isOverall() ? "" : " · " + item.earlier().dimension().valueInWords())
                        + (item.earlier().unrecorded() == null ? "" : ": record " + item.earlier().unrecorded().words()),
                item.earlierPeriod(),
                item.then() == null ? Figures.NONE : SmallSample.marked(item.then()),
                item.now() == null ? Figures.NONE : SmallSample.marked(item.now()),
                item.then() == null || item.now() == null ? Figures.NONE : Figures.change(item.now(), item.then()),
                label(item.status()),
                tone(item.status()).key());
    }

    private static Tone tone(ProgressStatus status) {
        return switch (status) {
            case IMPROVED -> Tone.GOOD;
            case REGRESSED -> Tone.BAD;
            case HELD, TOO_FEW_CASES, NO_DATA, NOT_STARTED -> Tone.NEUTRAL;
        };
    }

    @Override
    public SectionTemplate template() {
        return TEMPLATE;
    }
}
