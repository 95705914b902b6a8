package org.lifelonglinks.casework;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.lifelonglinks.system.TextRules;
import org.springframework.web.util.HtmlUtils;

/**
 * The chronology as a printable page for the case file: a table in date order. Every recorded word is escaped;
 * the page's style is the printed plan's stylesheet (the Content-Security-Policy allows no inline style).
 */
final class ChronologyHtml {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ChronologyHtml() {
    }

    static String render(String youngPersonName, List<ChronologyEntry> entries) {
        String title = "Chronology: " + youngPersonName;
        var html = new StringBuilder("""
                <!doctype html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="stylesheet" href="/css/printed-plan.css">
                </head>
                <body>
                <main>
                <h1>%s</h1>
                """.formatted(escape(title), escape(title)));
        if (entries.isEmpty()) {
            html.append("<p>Nothing is recorded yet.</p>\n");
        } else {
            html.append("<table>\n<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">What</th>"
                    + "<th scope=\"col\">Recorded by</th></tr></thead>\n<tbody>\n");
            for (var entry : entries) {
                html.append("<tr data-kind=\"").append(entry.kind()).append("\"><td>")
                        .append(escape(DAY.format(entry.date()))).append("</td><td>")
                        .append(escape(entry.what())).append("</td><td>")
                        .append(escape(entry.by() == null ? "" : entry.by())).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(TextRules.clean(text, true), "UTF-8");
    }
}
