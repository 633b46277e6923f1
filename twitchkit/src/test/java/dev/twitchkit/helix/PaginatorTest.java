package dev.twitchkit.helix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginatorTest {
    private final List<String> cursorsAsked = new ArrayList<>();
    private final List<Integer> sizesAsked = new ArrayList<>();

    /** A list of {@code total} numbers served in pages of at most {@code pageSize}, cursor = next offset. */
    private Paginator<Integer> numbers(int total, int maxPageSize) {
        return new Paginator<>((cursor, size) -> {
            cursorsAsked.add(cursor);
            sizesAsked.add(size);
            int from = cursor == null ? 0 : Integer.parseInt(cursor);
            int to = Math.min(total, from + size);
            List<Integer> items = IntStream.range(from, to).boxed().toList();
            Optional<String> next = to < total ? Optional.of(Integer.toString(to)) : Optional.empty();
            return CompletableFuture.completedFuture(new Page<>(items, next, OptionalInt.of(total), OptionalInt.empty(),
                    OptionalInt.empty()));
        }, maxPageSize, Integer.MAX_VALUE);
    }

    @Test
    void allFollowsTheCursorToTheEnd() {
        assertThat(numbers(250, 100).all().join()).containsExactlyElementsOf(IntStream.range(0, 250).boxed().toList());
        assertThat(cursorsAsked).containsExactly(null, "100", "200");
    }

    @Test
    void limitStopsEarlyAndAsksOnlyForWhatIsNeeded() {
        Paginator<Integer> first = numbers(1000, 100).limit(130);
        assertThat(first.stream().toList()).hasSize(130);
        assertThat(sizesAsked).containsExactly(100, 30);
        assertThat(first.isDone()).isTrue();
        assertThat(first.fetchedCount()).isEqualTo(130);
    }

    @Test
    void iteratorIsLazy() {
        var iterator = numbers(500, 100).iterator();
        assertThat(cursorsAsked).isEmpty();
        assertThat(iterator.next()).isZero();
        assertThat(cursorsAsked).hasSize(1);
    }

    @Test
    void nextPageAfterTheEndIsEmptyAndTheTotalsAreKept() {
        Paginator<Integer> p = numbers(3, 100);
        assertThat(p.nextPage().join()).containsExactly(0, 1, 2);
        assertThat(p.nextPage().join()).isEmpty();
        assertThat(p.lastPage().orElseThrow().total()).hasValue(3);
        assertThat(cursorsAsked).hasSize(1);
    }

    @Test
    void anEmptyPageWithACursorEndsTheWalk() {
        Paginator<Integer> p = new Paginator<>((cursor, size) -> CompletableFuture.completedFuture(
                new Page<>(List.of(), Optional.of("again"), OptionalInt.empty(), OptionalInt.empty(),
                        OptionalInt.empty())), 100, Integer.MAX_VALUE);
        assertThat(p.all().join()).isEmpty();
    }

    @Test
    void aFailedPageSurfacesAsTheHelixException() {
        Paginator<Integer> p = new Paginator<>((cursor, size) -> CompletableFuture.failedFuture(
                new NotFoundException(404, "GET /x", "gone")), 100, Integer.MAX_VALUE);
        assertThatThrownBy(() -> p.iterator().hasNext()).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> p.limit(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
