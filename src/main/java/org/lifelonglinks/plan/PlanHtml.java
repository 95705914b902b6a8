package org.lifelonglinks.plan;

import org.lifelonglinks.system.TextRules;
import org.springframework.web.util.HtmlUtils;

/** The plan as a printable web page: large friendly type, one section per person, prints on A4. */
final class PlanHtml {

    private PlanHtml() {
    }

    static String render(PlanDocument plan) {
        var html = new StringBuilder("""
                <!doctype html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                  body { font-family: Verdana, Arial, sans-serif; color: #1f2937; background: #fff; margin: 0; }
                  main { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; line-height: 1.6; }
                  h1 { font-size: 1.9rem; color: #1e3a8a; margin: 0 0 .25rem; }
                  .agreed { color: #4b5563; margin: 0 0 1.5rem; }
                  .summary { font-size: 1.15rem; background: #eff6ff; border-left: 6px solid #1e3a8a;
                             padding: .75rem 1rem; }
                  h2 { font-size: 1.3rem; color: #1e3a8a; margin: 2rem 0 .5rem; }
                  section { border: 1px solid #d1d5db; border-radius: .5rem; padding: .25rem 1rem .5rem;
                            margin: 1rem 0; page-break-inside: avoid; }
                  h3 { font-size: 1.15rem; margin: .75rem 0 .25rem; }
                  ul { padding-left: 1.25rem; margin: .25rem 0 .5rem; }
                  @media print { main { padding: 0; } .summary { background: none; } }
                </style>
                </head>
                <body>
                <main>
                """.formatted(escape(plan.title())));
        html.append("<h1>").append(escape(plan.title())).append("</h1>\n");
        html.append("<p class=\"agreed\">").append(escape(plan.agreed())).append("</p>\n");
        if (plan.summary() != null) {
            html.append("<p class=\"summary\">").append(escape(plan.summary())).append("</p>\n");
        }
        if (!plan.meeting().isEmpty()) {
            html.append("<h2>Our meeting</h2>\n");
            plan.meeting().forEach(line -> html.append("<p>").append(escape(line)).append("</p>\n"));
        }
        html.append("<h2>What we agreed</h2>\n");
        if (plan.sections().isEmpty()) {
            html.append("<p>Nothing is in the plan yet.</p>\n");
        }
        for (var section : plan.sections()) {
            html.append("<section>\n<h3>").append(escape(section.heading())).append("</h3>\n<ul>\n");
            section.lines().forEach(line -> html.append("<li>").append(escape(line)).append("</li>\n"));
            html.append("</ul>\n</section>\n");
        }
        html.append("<h2>What happens next</h2>\n<p>").append(escape(plan.closing())).append("</p>\n");
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(TextRules.clean(text, true), "UTF-8");
    }
}
