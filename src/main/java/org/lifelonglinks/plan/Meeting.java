package org.lifelonglinks.plan;

import java.time.LocalDate;
import java.util.List;

/** The Lifelong Links meeting as recorded. */
public record Meeting(LocalDate date, List<String> invited, List<String> attended, List<String> others,
        String note) {
}
