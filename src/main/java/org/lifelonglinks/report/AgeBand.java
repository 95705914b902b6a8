package org.lifelonglinks.report;

import java.util.Arrays;
import org.lifelonglinks.system.InvalidFieldException;

/** Age at the Lifelong Links meeting, in the bands the report breaks down by. */
enum AgeBand {
    UNDER_12("0-11", 0, 11), EARLY_TEENS("12-15", 12, 15), LATE_TEENS("16-17", 16, 17), CARE_LEAVERS("18-25", 18, 25);

    private final String label;
    private final int from;
    private final int to;

    AgeBand(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    String label() {
        return label;
    }

    /** The band for an age, or null for an age outside every band (over 25). */
    static AgeBand of(int age) {
        return Arrays.stream(values()).filter(b -> age >= b.from && age <= b.to).findFirst().orElse(null);
    }

    static AgeBand parse(String label) {
        return Arrays.stream(values()).filter(b -> b.label.equals(label)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("ageBand", "ageBand '" + label + "' is not one of "
                        + Arrays.stream(values()).map(AgeBand::label).toList()));
    }
}
