package org.coplan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aPageNumberBecomesTheFirstRow() {
        assertThat(PageRequest.ofPage(0, 50).first()).isZero();
        assertThat(PageRequest.ofPage(3, 25).first()).isEqualTo(75);
    }

    @Test
    void noCallerMayAskForMoreThanTwoHundredRowsOrANegativePage() {
        assertThatThrownBy(() -> new PageRequest(0, 201)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("size");
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> PageRequest.ofPage(-1, 10)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("page");
        assertThat(new PageRequest(0, 200).size()).isEqualTo(200);
    }
}
