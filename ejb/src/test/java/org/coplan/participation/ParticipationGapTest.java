package org.coplan.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipationGapTest {

    @Test
    void theGapIsStaffRungMinusLivedExperienceRungsAveraged() {
        assertThat(ParticipationGap.of(6, List.of(3, 4)).getAsDouble()).isEqualTo(2.5);
        assertThat(ParticipationGap.of(3, List.of(5)).getAsDouble()).isEqualTo(-2.0);
        assertThat(ParticipationGap.of(4, List.of(4)).getAsDouble()).isZero();
    }

    @Test
    void withoutRatingsThereIsNoGap() {
        assertThat(ParticipationGap.of(6, List.of())).isEmpty();
    }
}
