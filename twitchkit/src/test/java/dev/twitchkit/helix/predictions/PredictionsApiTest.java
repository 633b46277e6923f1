package dev.twitchkit.helix.predictions;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.twitchkit.eventsub.event.ChannelPredictionBeginEvent;
import dev.twitchkit.eventsub.event.ChannelPredictionEndEvent;
import dev.twitchkit.eventsub.event.ChannelPredictionLockEvent;
import dev.twitchkit.eventsub.event.ChannelPredictionProgressEvent;
import dev.twitchkit.eventsub.event.PredictionOutcomeColor;
import dev.twitchkit.eventsub.event.PredictionOutcomeResult;
import dev.twitchkit.eventsub.event.PredictionPredictor;
import dev.twitchkit.helix.BadRequestException;
import dev.twitchkit.helix.ChannelEvents;
import dev.twitchkit.helix.HelixApi;
import dev.twitchkit.helix.HelixGroupTest;
import dev.twitchkit.helix.MissingScopeException;
import dev.twitchkit.helix.NotFoundException;
import dev.twitchkit.helix.Paginator;
import dev.twitchkit.mock.MockHelixRequest;
import dev.twitchkit.mock.MockUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Predictions end to end against the mock: requests, bound answers, Twitch's rules, limits, and their events. */
class PredictionsApiTest extends HelixGroupTest {
    /** A fresh broadcaster per test: each channel runs one prediction at a time. */
    private static MockUser broadcaster() {
        return newUser("Predictor", "channel:manage:predictions");
    }

    @Test
    void createPredictionSendsTwitchsBodyAndBindsEveryFieldAndRaisesPredictionBegin() {
        MockUser caster = broadcaster();
        HelixApi api = api(caster);
        try (ChannelEvents events = ChannelEvents.of(twitch, caster)
                .subscribe(c -> c.eventsub().channelPredictionBegin(caster.id()))) {
            twitch.clearHelixRequests();
            Instant before = twitch.clock().instant();

            Prediction prediction = await(api.predictions().createPrediction(NewPrediction.of("Any leeks?",
                    Duration.ofMinutes(2), "Yes, give it time.", "Definitely not.")));

            MockHelixRequest request = onlyRequest();
            assertThat(request.route()).isEqualTo("POST /predictions");
            assertThat(request.userId()).isEqualTo(caster.id());
            JsonNode body = body(request);
            assertThat(body.get("broadcaster_id").asString()).isEqualTo(caster.id());
            assertThat(body.get("title").asString()).isEqualTo("Any leeks?");
            assertThat(body.get("outcomes").get(0).get("title").asString()).isEqualTo("Yes, give it time.");
            assertThat(body.get("prediction_window").asInt()).isEqualTo(120);

            assertThat(prediction.id()).isNotBlank();
            assertThat(prediction.broadcasterId()).isEqualTo(caster.id());
            assertThat(prediction.broadcasterLogin()).isEqualTo(caster.login());
            assertThat(prediction.broadcasterName()).isEqualTo(caster.displayName());
            assertThat(prediction.title()).isEqualTo("Any leeks?");
            assertThat(prediction.winningOutcomeId()).isNull();
            assertThat(prediction.outcomes()).extracting(PredictionOutcome::title, PredictionOutcome::color,
                    PredictionOutcome::users, PredictionOutcome::channelPoints)
                    .containsExactly(tuple("Yes, give it time.", OutcomeColor.BLUE, 0, 0),
                            tuple("Definitely not.", OutcomeColor.PINK, 0, 0));
            assertThat(prediction.outcomes()).allSatisfy(o -> {
                assertThat(o.id()).isNotBlank();
                assertThat(o.topPredictors()).isEmpty();
            });
            assertThat(prediction.predictionWindow()).isEqualTo(120);
            assertThat(prediction.status()).isEqualTo(PredictionStatus.ACTIVE);
            assertThat(prediction.createdAt()).isBetween(before, twitch.clock().instant());
            assertThat(prediction.endedAt()).isNull();
            assertThat(prediction.lockedAt()).isNull();

            ChannelPredictionBeginEvent begin = events.await(ChannelPredictionBeginEvent.class,
                    e -> e.id().equals(prediction.id()));
            assertThat(begin.broadcasterUserId()).isEqualTo(caster.id());
            assertThat(begin.title()).isEqualTo("Any leeks?");
            assertThat(begin.outcomes()).extracting(o -> o.id(), o -> o.color()).containsExactly(
                    tuple(prediction.outcomes().get(0).id(), PredictionOutcomeColor.BLUE),
                    tuple(prediction.outcomes().get(1).id(), PredictionOutcomeColor.PINK));
            assertThat(begin.startedAt()).isEqualTo(prediction.createdAt());
            assertThat(begin.locksAt()).isEqualTo(prediction.createdAt().plusSeconds(120));
        }
    }

    @Test
    void lockThenResolvePaysTheWinnersAndRaisesLockAndEnd() {
        MockUser caster = broadcaster();
        MockUser winner = newUser("winner");
        MockUser loser = newUser("loser");
        HelixApi api = api(caster);
        try (ChannelEvents events = ChannelEvents.of(twitch, caster)
                .subscribe(c -> c.eventsub().channelPredictionProgress(caster.id()))
                .subscribe(c -> c.eventsub().channelPredictionLock(caster.id()))
                .subscribe(c -> c.eventsub().channelPredictionEnd(caster.id()))) {
            Prediction prediction = await(api.predictions().createPrediction(NewPrediction.of("Boss first try?",
                    Duration.ofMinutes(5), "Yes", "No", "Maybe")));
            String yes = prediction.outcomes().get(0).id();
            twitch.predict(prediction.id(), yes, winner.id(), 500);
            twitch.predict(prediction.id(), prediction.outcomes().get(1).id(), loser.id(), 1000);
            ChannelPredictionProgressEvent progress = events.await(ChannelPredictionProgressEvent.class,
                    e -> e.outcomes().get(1).channelPoints() == 1000);
            assertThat(progress.outcomes().get(0).topPredictors()).extracting(PredictionPredictor::userId,
                    PredictionPredictor::channelPointsUsed, PredictionPredictor::channelPointsWon)
                    .containsExactly(tuple(winner.id(), 500, null));
            twitch.clearHelixRequests();

            Prediction locked = await(api.predictions().lockPrediction(prediction.id()));

            assertThat(twitch.helixRequests().get(0).route()).isEqualTo("PATCH /predictions");
            assertThat(twitch.helixRequests().get(0).body()).contains("\"status\":\"LOCKED\"")
                    .contains("\"id\":\"" + prediction.id() + "\"").doesNotContain("winning_outcome_id");
            assertThat(locked.status()).isEqualTo(PredictionStatus.LOCKED);
            assertThat(locked.lockedAt()).isNotNull();
            assertThat(locked.outcomes()).extracting(PredictionOutcome::color).containsOnly(OutcomeColor.BLUE);
            ChannelPredictionLockEvent lock = events.await(ChannelPredictionLockEvent.class,
                    e -> e.id().equals(prediction.id()));
            assertThat(lock.lockedAt()).isEqualTo(locked.lockedAt());
            assertThat(lock.outcomes().get(0).channelPoints()).isEqualTo(500);

            Prediction resolved = await(api.predictions().resolvePrediction(prediction.id(), yes));

            assertThat(twitch.helixRequests().get(1).body()).contains("\"status\":\"RESOLVED\"")
                    .contains("\"winning_outcome_id\":\"" + yes + "\"");
            assertThat(resolved.status()).isEqualTo(PredictionStatus.RESOLVED);
            assertThat(resolved.winningOutcomeId()).isEqualTo(yes);
            assertThat(resolved.endedAt()).isNotNull();
            PredictionOutcome won = resolved.outcomes().get(0);
            assertThat(won.users()).isEqualTo(1);
            assertThat(won.channelPoints()).isEqualTo(500);
            assertThat(won.topPredictors()).extracting(Predictor::userId, Predictor::userLogin, Predictor::userName,
                    Predictor::channelPointsUsed, Predictor::channelPointsWon)
                    .containsExactly(tuple(winner.id(), winner.login(), winner.login(), 500, 1500));
            assertThat(resolved.outcomes().get(1).topPredictors()).extracting(Predictor::channelPointsWon)
                    .containsExactly(0);
            ChannelPredictionEndEvent end = events.await(ChannelPredictionEndEvent.class,
                    e -> e.id().equals(prediction.id()));
            assertThat(end.status()).isEqualTo(dev.twitchkit.eventsub.event.PredictionStatus.RESOLVED);
            assertThat(end.winningOutcomeId()).isEqualTo(yes);
            assertThat(end.endedAt()).isEqualTo(resolved.endedAt());
            assertThat(end.outcomes()).extracting(PredictionOutcomeResult::id).contains(yes);
            assertThat(end.outcomes().get(0).topPredictors()).extracting(PredictionPredictor::userId,
                    PredictionPredictor::channelPointsWon).containsExactly(tuple(winner.id(), 1500));

            assertThat(failure(api.predictions().cancelPrediction(prediction.id())))
                    .isInstanceOf(BadRequestException.class).hasMessageContaining("ACTIVE or LOCKED");
        }
    }

    @Test
    void cancelRaisesPredictionEndCanceledWithoutAWinner() {
        MockUser caster = broadcaster();
        HelixApi api = api(caster);
        try (ChannelEvents events = ChannelEvents.of(twitch, caster)
                .subscribe(c -> c.eventsub().channelPredictionEnd(caster.id()))) {
            Prediction prediction = await(api.predictions().createPrediction(NewPrediction.of("Rain?",
                    Duration.ofMinutes(1), "Yes", "No")));

            Prediction canceled = await(api.predictions().cancelPrediction(prediction.id()));

            assertThat(canceled.status()).isEqualTo(PredictionStatus.CANCELED);
            assertThat(canceled.winningOutcomeId()).isNull();
            ChannelPredictionEndEvent end = events.await(ChannelPredictionEndEvent.class,
                    e -> e.id().equals(prediction.id()));
            assertThat(end.status()).isEqualTo(dev.twitchkit.eventsub.event.PredictionStatus.CANCELED);
            assertThat(end.winningOutcomeId()).isNull();
        }
    }

    @Test
    void thePredictionWindowClosingLocksItByItselfOnTheMockClock() {
        MockUser caster = broadcaster();
        HelixApi api = api(caster);
        try (ChannelEvents events = ChannelEvents.of(twitch, caster)
                .subscribe(c -> c.eventsub().channelPredictionLock(caster.id()))
                .subscribe(c -> c.eventsub().channelPredictionEnd(caster.id()))) {
            Prediction prediction = await(api.predictions().createPrediction(NewPrediction.of("Win?",
                    Duration.ofSeconds(30), "Yes", "No")));

            twitch.clock().advance(Duration.ofSeconds(30));

            ChannelPredictionLockEvent lock = events.await(ChannelPredictionLockEvent.class,
                    e -> e.id().equals(prediction.id()));
            assertThat(lock.lockedAt()).isEqualTo(prediction.createdAt().plusSeconds(30));
            Prediction locked = await(api.predictions().getPredictions(caster.id(), List.of(prediction.id()))).get(0);
            assertThat(locked.status()).isEqualTo(PredictionStatus.LOCKED);
            assertThat(failure(api.predictions().createPrediction(NewPrediction.of("Another?",
                    Duration.ofSeconds(30), "Yes", "No")))).isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("already has a prediction that's running");

            twitch.clock().advance(Duration.ofHours(24));

            assertThat(events.await(ChannelPredictionEndEvent.class, e -> e.id().equals(prediction.id())).status())
                    .as("left unresolved for 24 h, Twitch cancels it")
                    .isEqualTo(dev.twitchkit.eventsub.event.PredictionStatus.CANCELED);
        }
    }

    @Test
    void getPredictionsPagesTwentyFiveAtMostAndLooksUpByIds() {
        MockUser caster = broadcaster();
        HelixApi api = api(caster);
        for (int i = 0; i < 26; i++) {
            Prediction p = await(api.predictions().createPrediction(NewPrediction.of("P" + i, Duration.ofSeconds(30),
                    "A", "B")));
            await(api.predictions().cancelPrediction(p.id()));
            twitch.clock().advance(Duration.ofSeconds(1));
        }
        twitch.clearHelixRequests();

        Paginator<Prediction> pages = api.predictions().getPredictions();
        List<Prediction> first = await(pages.nextPage());
        List<Prediction> rest = await(pages.all());

        assertThat(first).hasSize(25);
        assertThat(first.get(0).title()).isEqualTo("P25");
        assertThat(rest).extracting(Prediction::title).containsExactly("P0");
        assertThat(twitch.helixRequests().get(0).param("first")).hasValue("25");
        assertThat(twitch.helixRequests().get(0).param("broadcaster_id")).hasValue(caster.id());
        assertThat(twitch.helixRequests().get(1).param("after")).isPresent();

        List<Prediction> byIds = await(api.predictions().getPredictions(caster.id(), List.of(rest.get(0).id(),
                "unknown")));
        assertThat(byIds).extracting(Prediction::title).containsExactly("P0");
        assertThat(twitch.helixRequests().get(2).params("id")).containsExactly(rest.get(0).id(), "unknown");
        assertThat(twitch.helixRequests().get(2).param("first")).as("25 ids fit Twitch's page of 25").hasValue("25");
    }

    @Test
    void twitchsErrorsForAnUnknownPredictionOrOutcome() {
        HelixApi api = api(broadcaster());
        Prediction prediction = await(api.predictions().createPrediction(NewPrediction.of("Q?",
                Duration.ofSeconds(30), "A", "B")));

        assertThat(failure(api.predictions().resolvePrediction(prediction.id(), "not-an-outcome")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("winning_outcome_id");
        assertThat(failure(api.predictions().lockPrediction("not-a-prediction")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("prediction in the id field");
    }

    @Test
    void limitsFailBeforeARequest() {
        HelixApi api = api(broadcaster());
        Duration minute = Duration.ofMinutes(1);

        invalid(() -> NewPrediction.of("x".repeat(46), minute, "A", "B"), "45");
        invalid(() -> NewPrediction.of("Q", minute, "A"), "2 to 10 outcomes");
        invalid(() -> NewPrediction.of("Q", minute, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"),
                "2 to 10 outcomes");
        invalid(() -> NewPrediction.of("Q", minute, "A", "x".repeat(26)), "25");
        invalid(() -> NewPrediction.of("Q", Duration.ofSeconds(29), "A", "B"), "30");
        invalid(() -> NewPrediction.of("Q", Duration.ofSeconds(1801), "A", "B"), "1800");
        invalid(() -> api.predictions().getPredictions(api.userId(), Collections.nCopies(26, "id")), "1 to 25");
        invalid(() -> api.predictions().endPrediction(api.userId(), "p", PredictionStatus.RESOLVED, null),
                "winningOutcomeId");
        invalid(() -> api.predictions().endPrediction(api.userId(), "p", PredictionStatus.LOCKED, "o"),
                "only for RESOLVED");
        invalid(() -> api.predictions().endPrediction(api.userId(), "p", PredictionStatus.ACTIVE, null),
                "LOCKED, RESOLVED or CANCELED");
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void aTokenWithoutThePredictionScopesOrAnAppTokenFailsWithoutARequest() {
        MockUser reader = newUser("reader", "channel:read:predictions");
        HelixApi readOnly = api(reader);
        MockUser nobody = newUser("nobody");
        HelixApi none = api(nobody);

        assertThat(failure(readOnly.predictions().createPrediction(NewPrediction.of("Q", Duration.ofMinutes(1),
                "A", "B")))).isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("channel:manage:predictions");
        assertThat(failure(readOnly.predictions().cancelPrediction("p"))).isInstanceOf(MissingScopeException.class);
        assertThat(failure(none.predictions().getPredictions(nobody.id(), List.of("p"))))
                .isInstanceOf(MissingScopeException.class).hasMessageContaining("channel:read:predictions");
        assertThat(failure(app.application().predictions().getPredictions(reader.id(), List.of("p"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("user access token");
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
