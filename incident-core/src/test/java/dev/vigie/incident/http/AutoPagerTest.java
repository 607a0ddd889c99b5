package dev.vigie.incident.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AutoPagerTest {

    private final List<Optional<String>> requested = new ArrayList<>();

    private Page<Integer> threePages(Optional<String> cursor) {
        requested.add(cursor);
        return switch (cursor.orElse("")) {
            case "" -> new Page<>(List.of(1, 2), Optional.of("c2"));
            case "c2" -> new Page<>(List.of(3, 4), Optional.of("c3"));
            default -> new Page<>(List.of(5), Optional.empty());
        };
    }

    @Test
    void fetchesTheNextPageOnlyWhenTheCurrentOneIsUsedUp() {
        AutoPager<Integer> pager = new AutoPager<>("numbers", this::threePages, 10);
        Iterator<Integer> it = pager.iterator();
        assertThat(requested).isEmpty();
        assertThat(it.next()).isEqualTo(1);
        assertThat(it.next()).isEqualTo(2);
        assertThat(requested).containsExactly(Optional.empty());
        assertThat(it.next()).isEqualTo(3);
        assertThat(requested).containsExactly(Optional.empty(), Optional.of("c2"));
    }

    @Test
    void streamsEveryItemAndStopsOnTheLastPage() {
        assertThat(new AutoPager<>("numbers", this::threePages, 10).stream().toList()).containsExactly(1, 2, 3, 4, 5);
        assertThat(requested).hasSize(3);
    }

    @Test
    void emptyPagesWithACursorAreSkippedAndAnEmptyListIsEmpty() {
        AutoPager<Integer> pager = new AutoPager<>("x", c -> c.isEmpty()
                ? new Page<>(List.of(), Optional.of("n")) : new Page<>(List.of(9), Optional.empty()), 5);
        assertThat(pager.stream().toList()).containsExactly(9);
        assertThat(new AutoPager<Integer>("x", c -> new Page<>(List.of(), Optional.empty()), 5).stream()).isEmpty();
    }

    @Test
    void pageCapStopsLoudlyInsteadOfReturningAPartialList() {
        AutoPager<Integer> pager = new AutoPager<>("incidents", this::threePages, 2);
        assertThatThrownBy(() -> pager.stream().toList())
                .isInstanceOf(PageLimitExceededException.class)
                .hasMessageContaining("2 pages of incidents");
    }
}
