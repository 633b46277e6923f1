package dev.twitchkit.helix;

import dev.twitchkit.internal.Checks;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a cursor-paginated Helix list, lazily: nothing is requested until a page is asked for. Use it async
 * ({@link #nextPage()}, {@link #all()}) or blocking ({@link #iterator()}, {@link #stream()}, which block on
 * each page). {@link #limit(int)} caps the number of items. One paginator walks the list once; it is thread
 * safe but pages come in order.
 *
 * @param <T> the item type
 */
public final class Paginator<T> implements Iterable<T> {
    /** Fetches one page: {@code cursor} null for the first, {@code pageSize} the most items wanted. */
    @FunctionalInterface
    public interface Fetcher<T> {
        /** The page after {@code cursor} (null: the first), with at most {@code pageSize} items. */
        CompletableFuture<Page<T>> fetch(String cursor, int pageSize);
    }

    private final Fetcher<T> fetcher;
    private final int maxPageSize;
    private final int limit;
    private String cursor;
    private boolean done;
    private int fetched;
    private Page<T> lastPage;

    Paginator(Fetcher<T> fetcher, int maxPageSize, int limit) {
        this.fetcher = fetcher;
        this.maxPageSize = maxPageSize;
        this.limit = limit;
    }

    /**
     * A paginator over pages that {@code fetcher} gets, at most {@code maxPageSize} items a page: for lists whose
     * answer is not the plain {@code data} array (see {@link ListEndpoint#paginate} for those).
     */
    public static <T> Paginator<T> of(Fetcher<T> fetcher, int maxPageSize) {
        Checks.notNull(fetcher, "fetcher");
        return new Paginator<>(fetcher, Checks.inRange(maxPageSize, 1, 1000, "maxPageSize"), Integer.MAX_VALUE);
    }

    /** A fresh paginator over the same list that stops after {@code maxItems} items. */
    public Paginator<T> limit(int maxItems) {
        Checks.inRange(maxItems, 1, Integer.MAX_VALUE, "maxItems");
        return new Paginator<>(fetcher, maxPageSize, maxItems);
    }

    /** Whether the list is exhausted or the limit reached. */
    public synchronized boolean isDone() {
        return done;
    }

    /** How many items have been fetched so far. */
    public synchronized int fetchedCount() {
        return fetched;
    }

    /** The last page fetched (with its totals); empty before the first. */
    public synchronized Optional<Page<T>> lastPage() {
        return Optional.ofNullable(lastPage);
    }

    /** The next page's items; an empty list once done. */
    public CompletableFuture<List<T>> nextPage() {
        String after;
        int size;
        synchronized (this) {
            if (done) {
                return CompletableFuture.completedFuture(List.of());
            }
            after = cursor;
            size = Math.min(maxPageSize, limit - fetched);
        }
        return fetcher.fetch(after, size).thenApply(this::accept);
    }

    /** Every remaining item up to the limit. */
    public CompletableFuture<List<T>> all() {
        List<T> out = new ArrayList<>();
        return collect(out).thenApply(v -> out);
    }

    private CompletableFuture<Void> collect(List<T> out) {
        return nextPage().thenCompose(items -> {
            out.addAll(items);
            return isDone() ? CompletableFuture.completedFuture(null) : collect(out);
        });
    }

    private synchronized List<T> accept(Page<T> page) {
        lastPage = page;
        List<T> items = page.items();
        if (items.size() > limit - fetched) {
            items = items.subList(0, limit - fetched);
        }
        fetched += items.size();
        cursor = page.cursor().orElse(null);
        // An empty page with a cursor would loop forever on a misbehaving server; treat it as the end.
        done = cursor == null || fetched >= limit || page.items().isEmpty();
        return items;
    }

    /** Blocks on each page as it iterates; a Helix error surfaces as the unchecked exception itself. */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private Iterator<T> current = List.<T>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !isDone()) {
                    current = join(nextPage()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** A sequential stream that fetches pages as it is consumed. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    static <V> V join(CompletableFuture<V> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }
}
