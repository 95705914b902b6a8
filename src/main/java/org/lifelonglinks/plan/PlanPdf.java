package org.lifelonglinks.plan;

import org.lifelonglinks.system.PdfPages;

/** The plan as an A4 PDF for printing: the same words as the web page, wrapped, over as many pages as needed. */
final class PlanPdf {

    private static final float MARGIN = 56;

    private PlanPdf() {
    }

    static byte[] render(PlanDocument plan) {
        try (var pages = new PdfPages(MARGIN)) {
            var regular = pages.regular;
            var bold = pages.bold;
            pages.paragraph(plan.title(), bold, 20, 8);
            pages.paragraph(plan.agreed(), regular, 11, 4);
            pages.paragraph(plan.approval(), regular, 11, 14);
            if (plan.summary() != null) {
                pages.paragraph(plan.summary(), regular, 13, 14);
            }
            if (!plan.meeting().isEmpty()) {
                pages.space(10);
                pages.paragraph(plan.words().word("me.printed.meeting"), bold, 15, 6);
                plan.meeting().forEach(line -> pages.paragraph(line, regular, 12, 4));
            }
            pages.space(10);
            pages.paragraph(plan.words().word("me.printed.what"), bold, 15, 6);
            if (plan.sections().isEmpty()) {
                pages.paragraph(plan.words().word("me.printed.nothing"), regular, 12, 4);
            }
            for (var section : plan.sections()) {
                pages.paragraph(section.heading(), bold, 13, 4);
                section.lines().forEach(line -> pages.paragraph("\u2022 " + line, regular, 12, 4));
                pages.space(8);
            }
            pages.space(10);
            pages.paragraph(plan.words().word("me.printed.next"), bold, 15, 6);
            pages.paragraph(plan.closing(), regular, 12, 4);
            return pages.toBytes(plan.title());
        }
    }
}
