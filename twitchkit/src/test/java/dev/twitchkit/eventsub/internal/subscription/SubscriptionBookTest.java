package dev.twitchkit.eventsub.internal.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.twitchkit.StderrCapture;
import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.SubscriptionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The book against a scripted Helix whose answers the test releases one by one, to reach the orderings a live
 * server rarely produces: a session lost while a creation is in flight, a dead-session answer, ...
 */
class SubscriptionBookTest {
    private static final Map<String, String> FOLLOW = Map.of("broadcaster_user_id", "1", "moderator_user_id", "1");

    /** One create request waiting for the test's answer. */
    record Pending(String type, String sessionId, CompletableFuture<SubscriptionApi.Created> answer) {
    }

    static final class DeadSession extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static final class Conflict extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** A failure that may pass: a 503, a 429, a reset connection. */
    static final class Transient extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Transient(String message) {
            super(message);
        }
    }

    /** Concurrent: a retried creation comes from the delay's thread. */
    private final Deque<Pending> creates = new ConcurrentLinkedDeque<>();
    private final List<String> deleted = new CopyOnWriteArrayList<>();
    private final List<Integer> opened = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private Optional<SubscriptionApi.Created> existing = Optional.empty();
    private int ids;

    private final SubscriptionApi api = new SubscriptionApi() {
        @Override
        public CompletableFuture<Created> create(String type, String version, Map<String, String> condition,
                                                 String sessionId) {
            Pending p = new Pending(type, sessionId, new CompletableFuture<>());
            creates.add(p);
            return p.answer();
        }

        @Override
        public CompletableFuture<Void> delete(String subscriptionId) {
            deleted.add(subscriptionId);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Optional<Created>> findExisting(String type, String version,
                                                                 Map<String, String> condition, String sessionId) {
            return CompletableFuture.completedFuture(existing);
        }

        @Override
        public Failure classify(Throwable error) {
            Throwable e = error instanceof CompletionException ? error.getCause() : error;
            return e instanceof DeadSession ? Failure.DEAD_SESSION : e instanceof Conflict ? Failure.CONFLICT
                    : e instanceof Transient ? Failure.TRANSIENT : Failure.OTHER;
        }
    };

    private SubscriptionBook book(boolean ignoreConflict) {
        return new SubscriptionBook(api, opened::add, new SubscriptionBook.Events() {
            @Override
            public void created(int slot, Subscription subscription) {
                events.add("created " + subscription.id() + " on " + subscription.sessionId());
            }

            @Override
            public void failed(int slot, String type, String version, Map<String, String> condition, Throwable c) {
                events.add("failed " + type);
            }

            @Override
            public void problemsChanged() {
                events.add("problems changed");
            }
        }, "1", 300, 3, ignoreConflict, retry -> Duration.ofMillis(1));
    }

    private void succeedNext() {
        creates.poll().answer().complete(new SubscriptionApi.Created("sub-" + (++ids), 0, 0, 10));
    }

    @Test
    void askedBeforeTheWelcomeOpensTheSocketAndIsCreatedAfterIt() {
        SubscriptionBook book = book(true);
        CompletableFuture<Subscription> follow = book.subscribe("channel.follow", "2", FOLLOW);
        assertThat(opened).containsExactly(0);
        assertThat(creates).isEmpty();

        book.onSessionStarted(0, "s1", false);
        assertThat(creates).extracting(Pending::sessionId).containsExactly("s1");
        succeedNext();

        assertThat(follow.join().sessionId()).isEqualTo("s1");
        assertThat(events).containsExactly("created sub-1 on s1");
    }

    @Test
    void theSameSubscriptionAskedTwiceIsOneRequest() {
        SubscriptionBook book = book(true);
        book.onSessionStarted(0, "s1", false);
        CompletableFuture<Subscription> a = book.subscribe("channel.follow", "2", FOLLOW);
        CompletableFuture<Subscription> b = book.subscribe("channel.follow", "2", FOLLOW);
        assertThat(a).isSameAs(b);
        assertThat(creates).hasSize(1);
    }

    @Test
    void aNewSessionRecreatesFirstAndDeletesTheStaleOnesAfterwards() {
        SubscriptionBook book = book(true);
        book.onSessionStarted(0, "s1", false);
        book.subscribe("channel.follow", "2", FOLLOW);
        succeedNext();
        book.onSessionLost(0);

        CompletableFuture<Void> recreated = book.onSessionStarted(0, "s2", false);

        assertThat(creates).extracting(Pending::sessionId).containsExactly("s2");
        assertThat(deleted).isEmpty(); // a slow delete must not hold up receiving again
        succeedNext();
        assertThat(recreated).isCompleted();
        assertThat(deleted).containsExactly("sub-1");
        assertThat(book.active()).singleElement().satisfies(s -> assertThat(s.sessionId()).isEqualTo("s2"));
    }

    /** Loses s1 after follow was created on it, and welcomes s2: the recreation is in {@link #creates}. */
    private CompletableFuture<Void> recreatingOnANewSession(SubscriptionBook book) {
        book.onSessionStarted(0, "s1", false);
        book.subscribe("channel.follow", "2", FOLLOW);
        succeedNext();
        book.onSessionLost(0);
        events.clear();
        return book.onSessionStarted(0, "s2", false);
    }

    @Test
    void aRecreationThatFailsForAReasonThatMayPassIsRetriedUntilItSucceeds() {
        SubscriptionBook book = book(true);
        CompletableFuture<Void> recreated = recreatingOnANewSession(book);
        for (String failure : List.of("503 Service Unavailable", "429 Too Many Requests", "OAuth 503")) {
            creates.poll().answer().completeExceptionally(new Transient(failure));
            assertThat(book.problems()).singleElement().asString().startsWith("retrying channel.follow v2")
                    .endsWith(failure);
            await().atMost(Duration.ofSeconds(5)).until(() -> !creates.isEmpty());
            assertThat(creates.peek().sessionId()).isEqualTo("s2");
        }
        assertThat(recreated).isNotDone();

        succeedNext();

        assertThat(recreated).isCompleted();
        assertThat(book.problems()).isEmpty();
        assertThat(book.active()).singleElement().satisfies(s -> assertThat(s.sessionId()).isEqualTo("s2"));
        assertThat(events).containsExactly("problems changed", "problems changed", "created sub-2 on s2");
    }

    @Test
    void aRetriedRecreationMovesToTheSessionThatReplacedItsOwn() {
        SubscriptionBook book = book(true);
        recreatingOnANewSession(book);
        book.onSessionLost(0);
        book.onSessionStarted(0, "s3", false); // the entry is being retried: not created twice
        creates.poll().answer().completeExceptionally(new Transient("503"));

        await().atMost(Duration.ofSeconds(5)).until(() -> !creates.isEmpty());
        assertThat(creates).extracting(Pending::sessionId).containsExactly("s3");
    }

    @Test
    void aRecreationRefusedForGoodIsGivenUpAndStaysAProblemUntilSubscribedAgain() {
        SubscriptionBook book = book(true);
        CompletableFuture<Void> recreated = recreatingOnANewSession(book);
        creates.poll().answer().completeExceptionally(new IllegalStateException("403 missing scope"));

        assertThat(recreated).isCompleted();
        assertThat(book.problems()).containsExactly("gave up channel.follow v2 " + FOLLOW + ": 403 missing scope");
        assertThat(events).containsExactly("problems changed", "failed channel.follow");
        assertThat(book.hasSubscriptions(0)).isFalse();

        book.subscribe("channel.follow", "2", FOLLOW); // e.g. after the user granted the scope
        succeedNext();
        assertThat(book.problems()).isEmpty();
    }

    @Test
    void aFirstRequestThatFailsForAReasonThatMayPassFailsFastToItsCaller() {
        SubscriptionBook book = book(true);
        book.onSessionStarted(0, "s1", false);
        CompletableFuture<Subscription> follow = book.subscribe("channel.follow", "2", FOLLOW);
        creates.poll().answer().completeExceptionally(new Transient("503"));

        assertThat(follow).isCompletedExceptionally();
        assertThat(book.problems()).isEmpty();
        assertThat(creates).isEmpty();
    }

    @Test
    void closingFailsTheSubscriptionsStillWaitingForTheirFirstCreation() {
        SubscriptionBook book = book(true);
        CompletableFuture<Subscription> follow = book.subscribe("channel.follow", "2", FOLLOW);
        book.close();
        assertThat(follow).isCompletedExceptionally();
    }

    @Test
    void aClosedBookStopsRetrying() {
        SubscriptionBook book = book(true);
        CompletableFuture<Void> recreated = recreatingOnANewSession(book);
        book.close();
        creates.poll().answer().completeExceptionally(new Transient("503"));

        assertThat(recreated).isCompleted();
        assertThat(creates).isEmpty();
    }

    @Test
    void aFailureIsLoggedOnlyWhenNoCallerHearsItAndARecreationGivenUpAtError() {
        try (StderrCapture log = new StderrCapture()) {
            SubscriptionBook book = book(true);
            book.onSessionStarted(0, "s1", false);
            CompletableFuture<Subscription> asked = book.subscribe("channel.follow", "2", FOLLOW);
            creates.poll().answer().completeExceptionally(new IllegalStateException("refused when asked"));
            assertThat(asked).isCompletedExceptionally();

            book.subscribe("channel.follow", "2", FOLLOW);
            succeedNext();
            book.onSessionLost(0);
            book.onSessionStarted(0, "s2", false);
            creates.poll().answer().completeExceptionally(new IllegalStateException("refused when recreated"));

            assertThat(events).containsExactly("failed channel.follow", "created sub-1 on s1", "problems changed",
                    "failed channel.follow");
            assertThat(log.text()).doesNotContain("refused when asked")
                    .contains("ERROR SubscriptionBook - Could not recreate channel.follow")
                    .contains("it stays unsubscribed: refused when recreated")
                    .doesNotContain("WARN SubscriptionBook - could not subscribe");
        }
    }

    @Test
    void aHandoverKeepsEverything() {
        SubscriptionBook book = book(true);
        book.onSessionStarted(0, "s1", false);
        book.subscribe("channel.follow", "2", FOLLOW);
        succeedNext();

        book.onSessionStarted(0, "s1", true);

        assertThat(creates).isEmpty();
        assertThat(deleted).isEmpty();
        assertThat(book.active()).hasSize(1);
    }

    @Test
    void aCreationThatLandsOnALostSessionMovesToTheNewOne() {
        SubscriptionBook book = book(true);
        book.onSessionStarted(0, "s1", false);
        CompletableFuture<Subscription> follow = book.subscribe("channel.follow", "2", FOLLOW);
        book.onSessionLost(0);
        CompletableFuture<Void> onS2 = book.onSessionStarted(0, "s2", false); // in flight: not created twice
        assertThat(creates).hasSize(1);

        succeedNext(); // Twitch created it on s1, which is gone

        assertThat(deleted).containsExactly("sub-1");
        assertThat(creates).extracting(Pending::sessionId).containsExactly("s2");
        assertThat(onS2).as("s2 does not hold it yet").isNotDone();
        succeedNext();
        assertThat(follow.join().sessionId()).isEqualTo("s2");
        assertThat(onS2).isCompleted();
    }

    @Test
    void aDeadSessionAnswerWaitsForTheNextWelcome() {
        SubscriptionBook book = book(true);
        book.onSessionStarted(0, "s1", false);
        CompletableFuture<Subscription> follow = book.subscribe("channel.follow", "2", FOLLOW);
        creates.poll().answer().completeExceptionally(new DeadSession());
        assertThat(follow).isNotDone();
        assertThat(book.hasSubscriptions(0)).isTrue();

        book.onSessionLost(0);
        book.onSessionStarted(0, "s2", false);
        succeedNext();

        assertThat(follow.join().sessionId()).isEqualTo("s2");
    }

    @Test
    void anyOtherRefusalFailsAndForgetsTheSubscription() {
        SubscriptionBook book = book(true);
        book.onSessionStarted(0, "s1", false);
        CompletableFuture<Subscription> follow = book.subscribe("channel.follow", "2", FOLLOW);
        creates.poll().answer().completeExceptionally(new IllegalStateException("403 missing scope"));

        assertThat(follow).isCompletedExceptionally();
        assertThat(follow.handle((s, e) -> e).join()).isInstanceOf(SubscriptionException.class)
                .hasMessageContaining("403 missing scope");
        assertThat(events).containsExactly("failed channel.follow");
        assertThat(book.hasSubscriptions(0)).isFalse();
    }

    @Test
    void unsubscribeDeletesAtTwitchAndForgetsWhileOthersProceed() {
        SubscriptionBook book = book(true);
        book.onSessionStarted(0, "s1", false);
        book.subscribe("channel.follow", "2", FOLLOW);
        succeedNext();
        CompletableFuture<Subscription> chat = book.subscribe("channel.chat.message", "1", Map.of("user_id", "1"));
        assertThat(book.unsubscribe("sub-1")).isCompleted();
        assertThat(deleted).containsExactly("sub-1");
        assertThat(book.active()).isEmpty();
        succeedNext();
        assertThat(chat.join().id()).isEqualTo("sub-2");
    }

    @Test
    void aConflictAdoptsTheExistingOneOrFails() {
        SubscriptionBook adopting = book(true);
        adopting.onSessionStarted(0, "s1", false);
        existing = Optional.of(new SubscriptionApi.Created("sub-existing", 0, 0, 0));
        CompletableFuture<Subscription> follow = adopting.subscribe("channel.follow", "2", FOLLOW);
        creates.poll().answer().completeExceptionally(new Conflict());
        assertThat(follow.join().id()).isEqualTo("sub-existing");

        SubscriptionBook strict = book(false);
        strict.onSessionStarted(0, "s1", false);
        CompletableFuture<Subscription> again = strict.subscribe("channel.follow", "2", FOLLOW);
        creates.poll().answer().completeExceptionally(new Conflict());
        assertThat(again).isCompletedExceptionally();
    }

    @Test
    void costAboveTheBudgetFailsWithoutARequest() {
        SubscriptionBook book = book(true);
        book.onSessionStarted(0, "s1", false);
        for (int i = 0; i < 10; i++) {
            book.subscribe("stream.online", "1", Map.of("broadcaster_user_id", "other" + i));
        }
        assertThat(creates).hasSize(10);
        CompletableFuture<Subscription> eleventh = book.subscribe("stream.online", "1",
                Map.of("broadcaster_user_id", "other10"));
        assertThat(eleventh).isCompletedExceptionally();
        assertThat(creates).hasSize(10);
        assertThat(book.totalCost()).isEqualTo(10);
    }
}
