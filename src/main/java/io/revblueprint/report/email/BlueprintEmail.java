package io.revblueprint.report.email;

import io.revblueprint.crm.User;
import io.revblueprint.delivery.OutgoingMessage;

import java.util.List;

/**
 * The email that carries a blueprint: the contract's subject, a phone-friendly HTML body and its plain-text twin
 * (headline figures and the top 3 fixes, worded like the PDF), the PDF's name and who receives it.
 */
public final class BlueprintEmail {

    private BlueprintEmail() {
    }

    /** {@code periodTitle} names the period as a reader sees it, "2026-Q4 (partial, data up to 2 Oct 2026)". */
    public static OutgoingMessage of(String scope, String scopeName, String periodLabel, String periodTitle,
                                     String pdfName, List<String> headlines, List<String> topFixes, List<User> recipients) {
        return new OutgoingMessage(scope, periodLabel, "Revenue Growth Blueprint — " + scopeName + " — " + periodTitle,
                plainText(scopeName, periodTitle, headlines, topFixes), html(scopeName, periodTitle, headlines, topFixes),
                pdfName, recipients.stream().map(user -> new OutgoingMessage.Recipient(user.email(), user.name())).toList());
    }

    private static String html(String scopeName, String periodLabel, List<String> headlines, List<String> topFixes) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
                + "<body style=\"margin:0;padding:16px;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;"
                + "color:#1f2933;max-width:600px\">");
        html.append("<h1 style=\"font-size:20px;margin:0 0 4px\">Revenue Growth Blueprint</h1>")
                .append("<p style=\"margin:0 0 16px;color:#52606d\">").append(escape(scopeName))
                .append(" · ").append(escape(periodLabel)).append("</p>");
        html.append("<h2 style=\"font-size:16px;margin:16px 0 8px\">Headlines</h2>");
        headlines.forEach(line -> html.append("<p style=\"margin:0 0 8px;padding:10px;background:#f0f4f8;"
                + "border-radius:6px\">").append(escape(line)).append("</p>"));
        html.append("<h2 style=\"font-size:16px;margin:16px 0 8px\">Top fixes</h2><ol style=\"padding-left:20px;margin:0\">");
        topFixes.forEach(fix -> html.append("<li style=\"margin:0 0 8px\">").append(escape(fix)).append("</li>"));
        html.append("</ol><p style=\"margin:16px 0 0;color:#52606d\">The full blueprint is attached as a PDF.</p></body></html>");
        return html.toString();
    }

    private static String plainText(String scopeName, String periodLabel, List<String> headlines, List<String> topFixes) {
        StringBuilder text = new StringBuilder("Revenue Growth Blueprint — ").append(scopeName).append(" — ")
                .append(periodLabel).append("\n\nHeadlines\n");
        headlines.forEach(line -> text.append("- ").append(line).append('\n'));
        text.append("\nTop fixes\n");
        for (int i = 0; i < topFixes.size(); i++) {
            text.append(i + 1).append(". ").append(topFixes.get(i)).append('\n');
        }
        return text.append("\nThe full blueprint is attached as a PDF.\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
