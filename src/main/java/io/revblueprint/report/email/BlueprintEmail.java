package io.revblueprint.report.email;

import io.revblueprint.crm.User;
import io.revblueprint.delivery.OutgoingMessage;
import io.revblueprint.report.document.RunContext;
import io.revblueprint.report.section.Answer;
import io.revblueprint.report.section.LeakRow;
import io.revblueprint.report.section.Tile;
import io.revblueprint.report.text.Figures;

import java.util.List;

/**
 * The email that carries a blueprint: the contract's subject, a phone-friendly HTML body and its plain-text twin
 * with the answer of page 1 (verdict, revenue at stake, headline figures with target and status, the top 3 leaks
 * with owner, due date and amount, and for the company each team's line), the PDF's name and who receives it.
 */
public final class BlueprintEmail {

    private static final String ATTACHED = "The full blueprint, with every action in full, is attached as a PDF.";

    private BlueprintEmail() {
    }

    /** The email of a document of {@code run}: its subject and body name the period as the document does. */
    public static OutgoingMessage of(String scope, String scopeName, RunContext run, String pdfName, Answer answer,
                                     List<User> recipients) {
        // A reader of the mail alone could not tell last night's data from a snapshot weeks old.
        Period period = new Period(Figures.period(run), Figures.periodSpan(run.period()) + " · data as of "
                + Figures.asOf(run.asOf()));
        return new OutgoingMessage(scope, edition(run), "Revenue Growth Blueprint — " + scopeName + " — "
                + period.title(), plainText(scopeName, period, answer), html(scopeName, period, answer), pdfName,
                recipients.stream().map(user -> new OutgoingMessage.Recipient(user.email(), user.name())).toList());
    }

    /**
     * Which blueprint of the period the message is, for the once-per-period rule: one of a period not yet over is
     * "2026-W48-partial", so the complete one is mailed when the period is over (it was "already delivered").
     */
    static String edition(RunContext run) {
        return run.period().editionLabel(run.isPartial());
    }

    /**
     * The period as a reader sees it ("2026-Q4 (partial, data up to 2 Oct 2026)"), and its days in whose time with
     * the snapshot's date.
     */
    private record Period(String title, String span) {
    }

    private static String html(String scopeName, Period period, Answer answer) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
                + "<body style=\"margin:0;padding:16px;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,"
                + "sans-serif;color:#1f2933;max-width:600px\">");
        html.append("<h1 style=\"font-size:20px;margin:0 0 4px\">Revenue Growth Blueprint</h1>")
                .append("<p style=\"margin:0 0 16px;color:#52606d\">").append(escape(scopeName))
                .append(" · ").append(escape(period.title())).append("<br>").append(escape(period.span()))
                .append("</p>")
                .append("<p style=\"margin:0 0 16px;padding:12px;background:#eaf5f3;border-left:4px solid #2a9d8f;"
                        + "font-weight:bold;font-size:16px\">").append(escape(answer.verdict())).append("</p>");
        html.append("<table role=\"presentation\" style=\"width:100%;border-collapse:collapse;margin:0 0 16px\">");
        answer.figures().forEach(tile -> html.append("<tr><td style=\"padding:8px 8px 8px 10px;border-left:4px solid ")
                .append(color(tile)).append(";background:#f1f5f8\">").append(escape(tile.label()))
                .append("<br><span style=\"color:#52606d;font-size:13px\">").append(escape(oneLine(tile.note())))
                .append("</span></td><td style=\"padding:8px;background:#f1f5f8;text-align:right;font-size:18px;"
                        + "font-weight:bold;white-space:nowrap\">").append(escape(tile.value())).append("</td></tr>")
                .append("<tr><td colspan=\"2\" style=\"height:4px\"></td></tr>"));
        html.append("</table>");
        if (!answer.topLeaks().isEmpty()) {
            html.append("<h2 style=\"font-size:16px;margin:16px 0 8px\">").append(escape(answer.topLeaksTitle()))
                    .append("</h2><ol style=\"padding-left:20px;margin:0\">");
            answer.topLeaks().forEach(leak -> html.append("<li style=\"margin:0 0 10px\"><strong>")
                    .append(escape(leak.title())).append("</strong><br><span style=\"color:#52606d\">")
                    .append(escape(leakLine(leak))).append("</span></li>"));
            html.append("</ol>");
        }
        if (!answer.teams().isEmpty()) {
            html.append("<h2 style=\"font-size:16px;margin:16px 0 8px\">Teams, most at stake first</h2>"
                    + "<ul style=\"padding-left:20px;margin:0\">");
            answer.teams().forEach(team -> html.append("<li style=\"margin:0 0 6px\">").append(escape(team))
                    .append("</li>"));
            html.append("</ul>");
        }
        return html.append("<p style=\"margin:16px 0 0;color:#52606d\">").append(ATTACHED)
                .append("</p></body></html>").toString();
    }

    private static String plainText(String scopeName, Period period, Answer answer) {
        StringBuilder text = new StringBuilder("Revenue Growth Blueprint — ").append(scopeName).append(" — ")
                .append(period.title()).append('\n').append(period.span()).append("\n\n").append(answer.verdict())
                .append("\n\n");
        answer.figures().forEach(tile -> text.append("- ").append(tile.label()).append(": ").append(tile.value())
                .append(" (").append(oneLine(tile.note())).append(")\n"));
        if (!answer.topLeaks().isEmpty()) {
            text.append('\n').append(answer.topLeaksTitle()).append('\n');
            answer.topLeaks().forEach(leak -> text.append(leak.rank()).append(". ").append(leak.title())
                    .append(" — ").append(leakLine(leak)).append('\n'));
        }
        if (!answer.teams().isEmpty()) {
            text.append("\nTeams, most at stake first\n");
            answer.teams().forEach(team -> text.append("- ").append(team).append('\n'));
        }
        return text.append('\n').append(ATTACHED).append('\n').toString();
    }

    /** "Jürgen Müller, due 1 Jan 2027 · € 3.1M a year", "… · € 0 a year, covered by the fixes above". */
    static String leakLine(LeakRow leak) {
        return leak.owner() + ", due " + leak.due() + " · " + (leak.amount().startsWith("not") ? leak.amount()
                : leak.amount().replaceFirst("(, .*)?$", " a year$1"));
    }

    private static String oneLine(String note) {
        return note == null ? "" : note.replace("\n", ", ").replace(" · ", ", ");
    }

    /** The tile's status as the left border's color; the accent when it has no status. */
    private static String color(Tile tile) {
        return switch (tile.tone()) {
            case "good" -> "#2a9d8f";
            case "warn" -> "#d68910";
            case "bad" -> "#c0392b";
            case "neutral" -> "#b8c2cc";
            default -> "#1b2a41";
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
