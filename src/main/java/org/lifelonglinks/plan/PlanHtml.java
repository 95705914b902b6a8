package org.lifelonglinks.plan;

import org.lifelonglinks.system.TextRules;
import org.springframework.web.util.HtmlUtils;

/**
 * The plan as a printable web page: large friendly type, one section per person, prints on A4. Its style is a file
 * of its own ({@code static/css/printed-plan.css}): the service's Content-Security-Policy allows no inline style.
 */
final class PlanHtml {

    private PlanHtml() {
    }

    static String render(PlanDocument plan) {
        var html = new StringBuilder("""
                <!doctype html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="stylesheet" href="/css/printed-plan.css">
                </head>
                <body>
                <main>
                """.formatted(plan.words().lang(), escape(plan.title())));
        html.append("<h1>").append(escape(plan.title())).append("</h1>\n");
        html.append("<p class=\"agreed\">").append(escape(plan.agreed())).append("</p>\n");
        html.append("<p class=\"approval\">").append(escape(plan.approval())).append("</p>\n");
        if (plan.summary() != null) {
            html.append("<p class=\"summary\">").append(escape(plan.summary())).append("</p>\n");
        }
        if (!plan.meeting().isEmpty()) {
            html.append("<h2>").append(escape(plan.words().word("me.printed.meeting"))).append("</h2>\n");
            plan.meeting().forEach(line -> html.append("<p>").append(escape(line)).append("</p>\n"));
        }
        html.append("<h2>").append(escape(plan.words().word("me.printed.what"))).append("</h2>\n");
        if (plan.sections().isEmpty()) {
            html.append("<p>").append(escape(plan.words().word("me.printed.nothing"))).append("</p>\n");
        }
        for (var section : plan.sections()) {
            html.append("<section>\n<h3>").append(escape(section.heading())).append("</h3>\n<ul>\n");
            section.lines().forEach(line -> html.append("<li>").append(escape(line)).append("</li>\n"));
            html.append("</ul>\n</section>\n");
        }
        html.append("<h2>").append(escape(plan.words().word("me.printed.next"))).append("</h2>\n<p>").append(escape(plan.closing())).append("</p>\n");
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(TextRules.clean(text, true), "UTF-8");
    }
}
