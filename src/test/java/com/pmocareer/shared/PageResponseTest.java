package com.pmocareer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageResponseTest {

    @Test
    void totalPagesRoundUpAndNavigationFollows() {
        var page = PageResponse.of(List.of("a", "b"), new PageRequest(1, 2), 5);

        assertThat(page.page().totalPages()).isEqualTo(3);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
        assertThat(PageResponse.of(List.of("e"), new PageRequest(2, 2), 5).hasNext()).isFalse();
    }

    @Test
    void anEmptyListHasNoPages() {
        var page = PageResponse.of(List.of(), new PageRequest(0, 50), 0);

        assertThat(page.page().totalPages()).isZero();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void requestsOutOfRangeAreBroughtIntoRange() {
        assertThat(new PageRequest(-3, 0)).isEqualTo(new PageRequest(0, 50));
        assertThat(new PageRequest(0, 10_000).size()).isEqualTo(PageRequest.MAX_SIZE);
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 50));
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
    }
}
