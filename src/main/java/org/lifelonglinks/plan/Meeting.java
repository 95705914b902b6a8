package org.lifelonglinks.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The Lifelong Links meeting as recorded.
 *
 * @param version incremented by every save; a save based on an older one is refused (412)
 */
public record Meeting(LocalDate date, List<String> invited, List<String> attended, List<String> others,
        String note, long version) {
}
