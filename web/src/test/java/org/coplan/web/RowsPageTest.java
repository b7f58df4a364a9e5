package org.coplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RowsPageTest {

    private final List<Integer> council = IntStream.rangeClosed(1, 1400).boxed().toList();

    @Test
    void aLongListIsShownTwentyFiveRowsAtATime() {
        var second = RowsPage.of(council, "2");
        assertThat(second.rows()).hasSize(25).startsWith(26).endsWith(50);
        assertThat(second.pages()).isEqualTo(56);
        assertThat(second.first()).isEqualTo(26);
        assertThat(second.last()).isEqualTo(50);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();
        var last = RowsPage.of(council.subList(0, 1390), "56");
        assertThat(last.page()).as("out of range: the last page there is").isEqualTo(56);
        assertThat(last.rows()).hasSize(15).endsWith(1390);
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void aPageNumberThatIsNotOneShowsTheNearestPage() {
        assertThat(RowsPage.of(council, null).page()).isEqualTo(1);
        assertThat(RowsPage.of(council, "two").page()).isEqualTo(1);
        assertThat(RowsPage.of(council, "-3").page()).isEqualTo(1);
        assertThat(RowsPage.of(council, "999").page()).isEqualTo(56);
        var none = RowsPage.of(List.of(), "1");
        assertThat(none.rows()).isEmpty();
        assertThat(none.pages()).isEqualTo(1);
        assertThat(none.first()).isZero();
        assertThat(none.hasNext()).isFalse();
    }

    @Test
    void aPageMaySayHowManyRowsItShows() {
        var second = RowsPage.of(council.subList(0, 23), "2", 10);
        assertThat(second.rows()).hasSize(10).startsWith(11).endsWith(20);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.first()).isEqualTo(11);
        assertThat(second.last()).isEqualTo(20);
        assertThat(RowsPage.of(council.subList(0, 23), "3", 10).rows()).containsExactly(21, 22, 23);
    }
}
