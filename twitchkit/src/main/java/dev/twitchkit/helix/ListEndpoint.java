package dev.twitchkit.helix;

import dev.twitchkit.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JavaType;

/**
 * An endpoint answering Twitch's {@code {"data":[…]}} envelope: the items of one call ({@link #data}), the one item
 * a write returns ({@link #single}), every page of a list ({@link #paginate}), or a lookup of more ids than one call
 * takes, split and merged in order ({@link #lookup}).
 *
 * @param <E> the item type
 */
public final class ListEndpoint<E> extends Endpoint<DataResponse<E>> {
    private final int pageSize;

    ListEndpoint(Builder spec, JavaType responseType, int pageSize) {
        super(spec, responseType);
        this.pageSize = pageSize;
    }

    @Override
    public int pageSize() {
        return pageSize;
    }

    /** The {@code data} items of one call. */
    public CompletableFuture<List<E>> data(HelixApi api, HelixQuery query, Object body) {
        return call(api, query, body).thenApply(r -> r == null ? List.<E>of() : r.data());
    }

    /**
     * The {@code data} items of one call signed with an extension JWT
     * ({@link Endpoint#call(HelixApi, JwtCredentials, HelixQuery, Object)}).
     */
    public CompletableFuture<List<E>> data(HelixApi api, JwtCredentials jwt, HelixQuery query, Object body) {
        return call(api, jwt, query, body).thenApply(r -> r == null ? List.<E>of() : r.data());
    }

    /** The one item a call returns (a created poll, the channel asked for); a {@link HelixException} when none. */
    public CompletableFuture<E> single(HelixApi api, HelixQuery query, Object body) {
        return call(api, query, body).thenApply(r -> {
            if (r == null || r.data().isEmpty()) {
                throw new HelixException(200, route(), "Twitch answered without a data item");
            }
            return r.data().get(0);
        });
    }

    /**
     * Every page of the list, {@link #pageSize()} items a page ({@code first}), following {@code after}. Nothing
     * is requested until the paginator is read.
     */
    public Paginator<E> paginate(HelixApi api, HelixQuery query) {
        Checks.notNull(api, "api");
        if (pageSize == 0) {
            throw new IllegalStateException(route() + " is not paginated");
        }
        HelixQuery base = query == null ? HelixQuery.create() : query.copy();
        return Paginator.of((cursor, size) -> call(api, base.copy().add("first", size).add("after", cursor), null)
                .thenApply(Page::of), pageSize);
    }

    /**
     * Looks up {@code values} of the repeated parameter {@code name} ({@code id=1&id=2…}) in calls of at most
     * {@code perCall} values each, one after the other (so the rate limiter paces them), and returns the items of
     * all calls in order. No call when {@code values} is empty and the endpoint needs them: an empty list.
     */
    public CompletableFuture<List<E>> lookup(HelixApi api, HelixQuery query, String name,
                                             Collection<String> values, int perCall) {
        Checks.notNull(values, "values");
        Checks.inRange(perCall, 1, 1000, "perCall");
        values.forEach(v -> Checks.notBlank(v, name));
        List<String> all = List.copyOf(values);
        HelixQuery base = query == null ? HelixQuery.create() : query;
        List<E> out = new ArrayList<>();
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int from = 0; from < all.size(); from += perCall) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + perCall));
            chain = chain.thenCompose(v -> data(api, base.copy().addAll(name, chunk), null)).thenAccept(out::addAll);
        }
        return chain.thenApply(v -> List.copyOf(out));
    }
}
