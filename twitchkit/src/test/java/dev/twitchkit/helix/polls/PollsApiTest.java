package dev.twitchkit.helix.polls;

import static dev.twitchkit.AppTestSupport.await;
import static dev.twitchkit.AppTestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.twitchkit.eventsub.event.ChannelPollBeginEvent;
import dev.twitchkit.eventsub.event.ChannelPollEndEvent;
import dev.twitchkit.eventsub.event.ChannelPollProgressEvent;
import dev.twitchkit.eventsub.event.PollChoice;
import dev.twitchkit.eventsub.event.PollChoiceResult;
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

/** Polls end to end against the mock: requests, bound answers, Twitch's rules, limits, and the poll events. */
class PollsApiTest extends HelixGroupTest {
    /** A fresh broadcaster per test: each channel runs one poll at a time. */
    private static MockUser broadcaster() {
        return newUser("PollCaster", "channel:manage:polls");
    }

    @Test
    void createPollSendsTwitchsBodyAndBindsThePollWithEveryField() {
        MockUser caster = broadcaster();
        HelixApi api = api(caster);
        Instant before = twitch.clock().instant();

        Poll poll = await(api.polls().createPoll(NewPoll.of("Heads or Tails?", Duration.ofMinutes(30), "Heads",
                "Tails").withChannelPointsPerVote(100)));

        MockHelixRequest request = onlyRequest();
        assertThat(request.route()).isEqualTo("POST /polls");
        assertThat(request.userId()).isEqualTo(caster.id());
        JsonNode body = body(request);
        assertThat(body.get("broadcaster_id").asString()).isEqualTo(caster.id());
        assertThat(body.get("title").asString()).isEqualTo("Heads or Tails?");
        assertThat(body.get("choices").get(1).get("title").asString()).isEqualTo("Tails");
        assertThat(body.get("duration").asInt()).isEqualTo(1800);
        assertThat(body.get("channel_points_voting_enabled").asBoolean()).isTrue();
        assertThat(body.get("channel_points_per_vote").asInt()).isEqualTo(100);

        assertThat(poll.id()).isNotBlank();
        assertThat(poll.broadcasterId()).isEqualTo(caster.id());
        assertThat(poll.broadcasterLogin()).isEqualTo(caster.login());
        assertThat(poll.broadcasterName()).isEqualTo(caster.displayName());
        assertThat(poll.title()).isEqualTo("Heads or Tails?");
        assertThat(poll.choices()).extracting(c -> c.title()).containsExactly("Heads", "Tails");
        assertThat(poll.choices()).allSatisfy(c -> {
            assertThat(c.id()).isNotBlank();
            assertThat(c.votes()).isZero();
            assertThat(c.channelPointsVotes()).isZero();
            assertThat(c.bitsVotes()).isZero();
        });
        assertThat(poll.bitsVotingEnabled()).isFalse();
        assertThat(poll.bitsPerVote()).isZero();
        assertThat(poll.channelPointsVotingEnabled()).isTrue();
        assertThat(poll.channelPointsPerVote()).isEqualTo(100);
        assertThat(poll.status()).isEqualTo(PollStatus.ACTIVE);
        assertThat(poll.duration()).isEqualTo(1800);
        assertThat(poll.startedAt()).isBetween(before, twitch.clock().instant());
        assertThat(poll.endedAt()).isNull();
    }

    @Test
    void getPollsPagesTwentyAtATimeLatestFirstAndLooksUpByIds() {
        MockUser caster = broadcaster();
        HelixApi api = api(caster);
        for (int i = 0; i < 21; i++) {
            Poll poll = await(api.polls().createPoll("Poll " + i, Duration.ofSeconds(15), "A", "B"));
            await(api.polls().endPoll(poll.id(), PollStatus.TERMINATED));
            twitch.clock().advance(Duration.ofSeconds(1));
        }
        twitch.clearHelixRequests();

        Paginator<Poll> pages = api.polls().getPolls();
        List<Poll> first = await(pages.nextPage());
        List<Poll> second = await(pages.nextPage());

        assertThat(first).hasSize(20);
        assertThat(first.get(0).title()).isEqualTo("Poll 20");
        assertThat(first.get(0).status()).isEqualTo(PollStatus.TERMINATED);
        assertThat(first.get(0).endedAt()).isNotNull();
        assertThat(second).extracting(Poll::title).containsExactly("Poll 0");
        assertThat(pages.isDone()).isTrue();
        List<MockHelixRequest> requests = twitch.helixRequests();
        assertThat(requests).extracting(MockHelixRequest::route).containsOnly("GET /polls");
        assertThat(requests.get(0).param("broadcaster_id")).hasValue(caster.id());
        assertThat(requests.get(0).param("first")).hasValue("20");
        assertThat(requests.get(1).param("after")).isPresent();

        twitch.clearHelixRequests();
        List<Poll> byIds = await(api.polls().getPolls(caster.id(), List.of(second.get(0).id(), first.get(0).id())));
        assertThat(byIds).extracting(Poll::title).containsExactly("Poll 0", "Poll 20");
        assertThat(twitch.helixRequests().get(0).params("id")).containsExactly(second.get(0).id(),
                first.get(0).id());
    }

    @Test
    void unknownIdsAreTwitchsNotFound() {
        HelixApi api = api(broadcaster());
        assertThat(failure(api.polls().getPolls(api.userId(), List.of("nope"))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("None of the IDs");
    }

    @Test
    void endPollTerminatesOrArchivesAndRaisesPollEnd() {
        MockUser caster = broadcaster();
        HelixApi api = api(caster);
        try (ChannelEvents events = ChannelEvents.of(twitch, caster)
                .subscribe(c -> c.eventsub().channelPollBegin(caster.id()))
                .subscribe(c -> c.eventsub().channelPollEnd(caster.id()))) {
            Poll poll = await(api.polls().createPoll("Pizza?", Duration.ofMinutes(5), "Yes", "No", "Maybe"));
            ChannelPollBeginEvent begin = events.await(ChannelPollBeginEvent.class, e -> e.id().equals(poll.id()));
            assertThat(begin.broadcasterUserId()).isEqualTo(caster.id());
            assertThat(begin.broadcasterUserLogin()).isEqualTo(caster.login());
            assertThat(begin.title()).isEqualTo("Pizza?");
            assertThat(begin.choices()).extracting(PollChoice::id)
                    .containsExactlyElementsOf(poll.choices().stream().map(c -> c.id()).toList());
            assertThat(begin.channelPointsVoting().isEnabled()).isFalse();
            assertThat(begin.startedAt()).isEqualTo(poll.startedAt());
            assertThat(begin.endsAt()).isEqualTo(poll.startedAt().plusSeconds(300));
            twitch.clearHelixRequests();

            Poll ended = await(api.polls().endPoll(poll.id(), PollStatus.TERMINATED));

            MockHelixRequest request = twitch.helixRequests().get(0);
            assertThat(request.route()).isEqualTo("PATCH /polls");
            assertThat(request.body()).contains("\"id\":\"" + poll.id() + "\"").contains("\"status\":\"TERMINATED\"")
                    .contains("\"broadcaster_id\":\"" + caster.id() + "\"");
            assertThat(ended.status()).isEqualTo(PollStatus.TERMINATED);
            assertThat(ended.endedAt()).isAfterOrEqualTo(poll.startedAt());
            ChannelPollEndEvent end = events.await(ChannelPollEndEvent.class, e -> e.id().equals(poll.id()));
            assertThat(end.status()).isEqualTo(dev.twitchkit.eventsub.event.PollStatus.TERMINATED);
            assertThat(end.endedAt()).isEqualTo(ended.endedAt());

            Poll archived = await(api.polls().createPoll("Again?", Duration.ofMinutes(5), "Yes", "No"));
            await(api.polls().endPoll(archived.id(), PollStatus.ARCHIVED));
            assertThat(events.await(ChannelPollEndEvent.class, e -> e.id().equals(archived.id())).status())
                    .isEqualTo(dev.twitchkit.eventsub.event.PollStatus.ARCHIVED);
            assertThat(failure(api.polls().endPoll(archived.id(), PollStatus.TERMINATED)))
                    .isInstanceOf(BadRequestException.class).hasMessageContaining("must be active");
        }
    }

    @Test
    void aPollReachingItsDurationCompletesByItselfWithItsVotesAndRaisesPollEnd() {
        MockUser caster = broadcaster();
        HelixApi api = api(caster);
        try (ChannelEvents events = ChannelEvents.of(twitch, caster)
                .subscribe(c -> c.eventsub().channelPollProgress(caster.id()))
                .subscribe(c -> c.eventsub().channelPollEnd(caster.id()))) {
            Poll poll = await(api.polls().createPoll(NewPoll.of("Tea?", Duration.ofSeconds(15), "Yes", "No")
                    .withChannelPointsPerVote(10)));
            String yes = poll.choices().get(0).id();
            twitch.votePoll(poll.id(), yes, 0);
            twitch.votePoll(poll.id(), yes, 2);
            twitch.votePoll(poll.id(), poll.choices().get(1).id(), 0);
            assertThat(events.await(ChannelPollProgressEvent.class, e -> e.choices().get(1).votes() == 1)
                    .choices().get(0).votes()).as("each vote raises channel.poll.progress").isEqualTo(4);

            twitch.clock().advance(Duration.ofSeconds(15));

            ChannelPollEndEvent end = events.await(ChannelPollEndEvent.class, e -> e.id().equals(poll.id()));
            assertThat(end.status()).isEqualTo(dev.twitchkit.eventsub.event.PollStatus.COMPLETED);
            assertThat(end.endedAt()).isEqualTo(poll.startedAt().plusSeconds(15));
            assertThat(end.choices()).extracting(PollChoiceResult::id, PollChoiceResult::votes,
                    PollChoiceResult::channelPointsVotes)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(yes, 4, 2),
                            org.assertj.core.groups.Tuple.tuple(poll.choices().get(1).id(), 1, 0));
            Poll completed = await(api.polls().getPolls(caster.id(), List.of(poll.id()))).get(0);
            assertThat(completed.status()).isEqualTo(PollStatus.COMPLETED);
            assertThat(completed.choices().get(0).votes()).isEqualTo(4);
            assertThat(completed.choices().get(0).channelPointsVotes()).isEqualTo(2);
        }
    }

    @Test
    void aSecondRunningPollIsTwitchsBadRequest() {
        HelixApi api = api(broadcaster());
        await(api.polls().createPoll("First?", Duration.ofMinutes(1), "A", "B"));

        assertThat(failure(api.polls().createPoll("Second?", Duration.ofMinutes(1), "A", "B")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("already has a poll that's running");
    }

    @Test
    void limitsFailBeforeARequest() {
        HelixApi api = api(broadcaster());
        Duration minute = Duration.ofMinutes(1);

        invalid(() -> NewPoll.of("x".repeat(61), minute, "A", "B"), "60");
        invalid(() -> NewPoll.of("Q", minute, "A"), "2 to 5 choices");
        invalid(() -> NewPoll.of("Q", minute, "A", "B", "C", "D", "E", "F"), "2 to 5 choices");
        invalid(() -> NewPoll.of("Q", minute, "A", "x".repeat(26)), "25");
        invalid(() -> NewPoll.of("Q", Duration.ofSeconds(14), "A", "B"), "15");
        invalid(() -> NewPoll.of("Q", Duration.ofSeconds(1801), "A", "B"), "1800");
        invalid(() -> NewPoll.of("Q", Duration.ofMillis(15_500), "A", "B"), "whole seconds");
        invalid(() -> NewPoll.of("Q", minute, "A", "B").withChannelPointsPerVote(0), "channelPointsPerVote");
        invalid(() -> NewPoll.of("Q", minute, "A", "B").withChannelPointsPerVote(1_000_001), "1000000");
        invalid(() -> api.polls().getPolls(api.userId(), Collections.nCopies(21, "id")), "1 to 20");
        invalid(() -> api.polls().endPoll("poll", PollStatus.ACTIVE), "TERMINATED or ARCHIVED");
        assertThat(twitch.helixRequests()).isEmpty();
    }

    @Test
    void aTokenWithoutThePollScopesOrAnAppTokenFailsWithoutARequest() {
        MockUser viewer = newUser("PollViewer", "channel:read:polls");
        HelixApi readOnly = api(viewer);

        assertThat(failure(readOnly.polls().createPoll("Q", Duration.ofMinutes(1), "A", "B")))
                .isInstanceOf(MissingScopeException.class).hasMessageContaining("channel:manage:polls");
        assertThat(failure(readOnly.polls().endPoll("poll", PollStatus.TERMINATED)))
                .isInstanceOf(MissingScopeException.class);
        MockUser nobody = newUser("PollNobody");
        assertThat(failure(api(nobody).polls().getPolls(nobody.id(), List.of("poll"))))
                .isInstanceOf(MissingScopeException.class).hasMessageContaining("channel:read:polls");
        assertThat(failure(app.application().polls().getPolls(viewer.id(), List.of("poll"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("user access token");
        assertThat(twitch.helixRequests()).isEmpty();
    }
}
