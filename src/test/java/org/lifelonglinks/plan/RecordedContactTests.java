package org.lifelonglinks.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifelonglinks.network.Baseline;

class RecordedContactTests {

    @Test
    void recordedDirectContactRaisesTheSituationButSilenceNeverLowersIt() {
        assertThat(RecordedContact.situation(Baseline.LOST_TOUCH, 0, 0)).isEqualTo(Baseline.LOST_TOUCH);
        assertThat(RecordedContact.situation(Baseline.LOST_TOUCH, 0, 1)).isEqualTo(Baseline.OCCASIONAL);
        assertThat(RecordedContact.situation(Baseline.NEVER_MET, 1, 1)).isEqualTo(Baseline.OCCASIONAL);
        assertThat(RecordedContact.situation(Baseline.BROKEN_DOWN, 2, 2)).isEqualTo(Baseline.REGULAR);
        assertThat(RecordedContact.situation(Baseline.REGULAR, 0, 0)).isEqualTo(Baseline.REGULAR);
        assertThat(RecordedContact.situation(Baseline.OCCASIONAL, 0, 0)).isEqualTo(Baseline.OCCASIONAL);
        assertThat(RecordedContact.situation(Baseline.OCCASIONAL, 3, 5)).isEqualTo(Baseline.REGULAR);
    }
}
