package dev.twitchkit.helix.polls;

import dev.twitchkit.auth.Scope;
import dev.twitchkit.helix.Bodies;
import dev.twitchkit.helix.Endpoint;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixQuery;
import dev.twitchkit.helix.ListEndpoint;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.internal.Checks;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Polls: a broadcaster's polls, run one at a time. Twitch requires the broadcaster to be the token's user, so each
 * method has an overload without it.
 */
public final class PollsApi {
    /** Twitch's limit on a poll's title. */
    public static final int MAX_TITLE_LENGTH = 60;
    /** Twitch's limit on a choice's title. */
    public static final int MAX_CHOICE_LENGTH = 25;
    /** The fewest choices a poll has. */
    public static final int MIN_CHOICES = 2;
    /** The most choices a poll has. */
    public static final int MAX_CHOICES = 5;
    /** The shortest poll, in seconds. */
    public static final int MIN_DURATION_SECONDS = 15;
    /** The longest poll, in seconds. */
    public static final int MAX_DURATION_SECONDS = 1800;
    /** The highest price of an extra vote. */
    public static final int MAX_CHANNEL_POINTS_PER_VOTE = 1_000_000;
    /** The most poll ids one Get Polls call takes. */
    public static final int MAX_IDS = 20;
    private static final String CATEGORY = "Polls";

    static final ListEndpoint<Poll> GET_POLLS = Endpoint.declare(CATEGORY, "Get Polls", "getPolls")
            .route("GET", "/polls").scopes(Scope.CHANNEL_READ_POLLS, Scope.CHANNEL_MANAGE_POLLS).userToken()
            .list(Poll.class, 20);
    static final ListEndpoint<Poll> CREATE_POLL = Endpoint.declare(CATEGORY, "Create Poll", "createPoll")
            .route("POST", "/polls").scopes(Scope.CHANNEL_MANAGE_POLLS).userToken().data(Poll.class);
    static final ListEndpoint<Poll> END_POLL = Endpoint.declare(CATEGORY, "End Poll", "endPoll")
            .route("PATCH", "/polls").scopes(Scope.CHANNEL_MANAGE_POLLS).userToken().data(Poll.class);

    private final HelixApi api;

    /** The poll endpoints on {@code api}'s token. */
    public PollsApi(HelixApi api) {
        this.api = Checks.notNull(api, "api");
    }

    /** Every poll of the broadcaster, the latest first (Twitch keeps them 90 days), 20 a page. */
    public Paginator<Poll> getPolls(String broadcasterId) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        return GET_POLLS.paginate(api, HelixQuery.create().add("broadcaster_id", broadcasterId));
    }

    /** Every poll of the token's user, the latest first. */
    public Paginator<Poll> getPolls() {
        return getPolls(api.userId());
    }

    /**
     * The broadcaster's polls with these ids (at most {@value #MAX_IDS}), in the order asked; Twitch answers 404
     * when none of them is found.
     */
    public CompletableFuture<List<Poll>> getPolls(String broadcasterId, Collection<String> pollIds) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        checkIds(pollIds);
        return GET_POLLS.data(api, HelixQuery.create().add("broadcaster_id", broadcasterId).addAll("id", pollIds),
                null);
    }

    /** Starts a poll in the broadcaster's channel; Twitch refuses a second one while one runs. */
    public CompletableFuture<Poll> createPoll(String broadcasterId, NewPoll poll) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notNull(poll, "poll");
        List<Map<String, Object>> choices = poll.choices().stream().map(c -> Bodies.of("title", c)).toList();
        return CREATE_POLL.single(api, null, Bodies.of("broadcaster_id", broadcasterId, "title", poll.title(),
                "choices", choices, "duration", poll.duration().toSeconds(),
                "channel_points_voting_enabled", poll.channelPointsPerVote() == null ? null : true,
                "channel_points_per_vote", poll.channelPointsPerVote()));
    }

    /** Starts a poll in the token's user's channel. */
    public CompletableFuture<Poll> createPoll(NewPoll poll) {
        return createPoll(api.userId(), poll);
    }

    /** Starts a poll in the token's user's channel: {@code createPoll("Next game?", Duration.ofMinutes(2), "Chess", "Go")}. */
    public CompletableFuture<Poll> createPoll(String title, Duration duration, String... choices) {
        return createPoll(NewPoll.of(title, duration, choices));
    }

    /**
     * Ends the broadcaster's running poll early: {@link PollStatus#TERMINATED} keeps its result visible,
     * {@link PollStatus#ARCHIVED} hides it.
     */
    public CompletableFuture<Poll> endPoll(String broadcasterId, String pollId, PollStatus status) {
        Checks.notBlank(broadcasterId, "broadcasterId");
        Checks.notBlank(pollId, "pollId");
        Checks.notNull(status, "status");
        if (!status.equals(PollStatus.TERMINATED) && !status.equals(PollStatus.ARCHIVED)) {
            throw new IllegalArgumentException("a poll can only be ended as TERMINATED or ARCHIVED, got " + status);
        }
        return END_POLL.single(api, null, Bodies.of("broadcaster_id", broadcasterId, "id", pollId,
                "status", status.value()));
    }

    /** Ends the token's user's running poll early (see {@link #endPoll(String, String, PollStatus)}). */
    public CompletableFuture<Poll> endPoll(String pollId, PollStatus status) {
        return endPoll(api.userId(), pollId, status);
    }

    private static void checkIds(Collection<String> ids) {
        Checks.notNull(ids, "pollIds");
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("pollIds must hold 1 to " + MAX_IDS + " ids, got " + ids.size());
        }
        ids.forEach(id -> Checks.notBlank(id, "poll id"));
    }
}
