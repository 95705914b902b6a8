package org.lifelonglinks.casework;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lifelonglinks.system.PdfPages;

/**
 * The chronology as an A4 PDF for the case file, as the printed plan is made: the same entries as the printable
 * page, the date in a left column and the words wrapped beside it, over as many pages as needed. The standard
 * PDF fonts cover Western European letters; anything else is printed as '?'.
 */
final class ChronologyPdf {

    private static final float MARGIN = 50;
    private static final float DATE_COLUMN = 80;
    private static final float SIZE = 10.5f;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ChronologyPdf() {
    }

    static byte[] render(String youngPersonName, List<ChronologyEntry> entries) {
        try (var pages = new PdfPages(MARGIN)) {
            var regular = pages.regular;
            var bold = pages.bold;
            String title = "Chronology: " + youngPersonName;
            pages.paragraph(title, bold, 18, 10);
            if (entries.isEmpty()) {
                pages.paragraph("Nothing is recorded yet.", regular, SIZE, 0);
            }
            float textWidth = pages.textWidth() - DATE_COLUMN;
            for (var entry : entries) {
                var lines = new ArrayList<String>();
                String by = entry.by() == null ? "" : " (" + entry.by() + ")";
                for (String paragraph : (entry.what() + by).split("\n")) {
                    lines.addAll(pages.wrap(paragraph, regular, SIZE, textWidth));
                }
                pages.keepTogether(Math.min(lines.size(), 3) * SIZE * 1.35f);
                pages.next(SIZE);
                pages.at(MARGIN, DAY.format(entry.date()), bold, SIZE);
                for (int i = 0; i < lines.size(); i++) {
                    if (i > 0) {
                        pages.next(SIZE);
                    }
                    pages.at(MARGIN + DATE_COLUMN, lines.get(i), regular, SIZE);
                }
                pages.space(5);
            }
            return pages.toBytes(title);
        }
    }
}
