package com.pmocareer.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pmocareer.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CycleTest {

    @Test
    void aDateFallsInItsHalfYear() {
        assertThat(Cycle.of(LocalDate.of(2026, 6, 30))).hasToString("2026-H1");
        assertThat(Cycle.of(LocalDate.of(2026, 7, 1))).hasToString("2026-H2");
        assertThat(Cycle.parse("2026-H2").end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Cycle.parse("2026-H2").next()).hasToString("2027-H1");
    }

    @Test
    void aMalformedCycleIsRefused() {
        assertThatThrownBy(() -> Cycle.parse("2026-Q3")).isInstanceOf(InvalidInputException.class);
    }
}
