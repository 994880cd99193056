package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagedTest {

    private static Paged<Integer> page(long total, int page) {
        return new Paged<>(List.of(), total, page, 20);
    }

    @Test
    void headingOfAPageOfAManyPageListCountsLikeAo3() {
        assertThat(page(1234, 1).heading()).isEqualTo("1 - 20 of 1,234");
        assertThat(page(1234, 2).heading()).isEqualTo("21 - 40 of 1,234");
        assertThat(page(1234, 62).heading()).isEqualTo("1,221 - 1,234 of 1,234");
    }

    @Test
    void headingOfASinglePageIsJustTheCount() {
        assertThat(page(5, 1).heading()).isEqualTo("5");
        assertThat(page(20, 1).heading()).isEqualTo("20");
        assertThat(page(0, 1).heading()).isEqualTo("0");
    }

    @Test
    void pagesFirstAndLastFollowTheTotal() {
        Paged<Integer> p = page(41, 3);
        assertThat(p.pages()).isEqualTo(3);
        assertThat(p.first()).isEqualTo(41);
        assertThat(p.last()).isEqualTo(41);
        assertThat(p.hasPrevious()).isTrue();
        assertThat(p.hasNext()).isFalse();
        assertThat(page(0, 1).pages()).isEqualTo(1);
        assertThat(page(0, 1).first()).isZero();
    }

    @Test
    void pageNumbersFromRequestsAreAlwaysPositive() {
        assertThat(Paged.pageNumber("3")).isEqualTo(3);
        assertThat(Paged.pageNumber(" 7 ")).isEqualTo(7);
        assertThat(Paged.pageNumber("0")).isEqualTo(1);
        assertThat(Paged.pageNumber("-4")).isEqualTo(1);
        assertThat(Paged.pageNumber("abc")).isEqualTo(1);
        assertThat(Paged.pageNumber(null)).isEqualTo(1);
        assertThat(Paged.pageNumber("99999999")).isEqualTo(1_000_000);
        assertThat(Paged.pageNumber("99999999999999999999999")).isEqualTo(1_000_000);
        assertThat(Paged.pageNumber("+5")).isEqualTo(5);
        assertThat(Paged.pageNumber("")).isEqualTo(1);
        assertThat(Paged.pageNumber("+")).isEqualTo(1);
        assertThat(Paged.pageNumber("1e3")).isEqualTo(1);
        assertThat(Paged.pageNumber("٣"))
                .as("digits of other scripts are not page numbers")
                .isEqualTo(1);
    }

    @Test
    void mappingKeepsThePaging() {
        Paged<String> mapped = new Paged<>(List.of(1, 2), 42, 2, 20).map(String::valueOf);
        assertThat(mapped.items()).containsExactly("1", "2");
        assertThat(mapped.heading()).isEqualTo("21 - 40 of 42");
    }

    @Test
    void thePagerShowsTheEndsAndAWindowAroundThisPageLikeAo3() {
        int gap = Paged.GAP;
        assertThat(page(2000, 50).pageNumbers())
                .as("100 pages, page 50: the first two, four each side, the last two")
                .containsExactly(1, 2, gap, 46, 47, 48, 49, 50, 51, 52, 53, 54, gap, 99, 100);
        assertThat(page(2000, 1).pageNumbers())
                .as("at the start the window runs on to nine pages")
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, gap, 99, 100);
        assertThat(page(2000, 100).pageNumbers()).containsExactly(1, 2, gap, 92, 93, 94, 95, 96, 97, 98, 99, 100);
        assertThat(page(2000, 7).pageNumbers())
                .as("a gap never hides a single page")
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, gap, 99, 100);
        assertThat(page(2000, 8).pageNumbers()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, gap, 99, 100);
        assertThat(page(2000, 9).pageNumbers()).containsExactly(1, 2, gap, 5, 6, 7, 8, 9, 10, 11, 12, 13, gap, 99, 100);
        assertThat(page(100, 3).pageNumbers()).containsExactly(1, 2, 3, 4, 5);
        assertThat(page(5, 1).pageNumbers()).containsExactly(1);
        assertThat(page(60, 99).pageNumbers())
                .as("a page past the last still shows the ones there are")
                .containsExactly(1, 2, 3);
    }
}
