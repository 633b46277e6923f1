package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every channel's polls, on the mock's clock: one running poll per channel, votes counted per choice, and a poll
 * whose duration has passed completes by itself ({@link #settle}, run before every read and write, whenever the
 * clock is advanced, and when the end comes in real time). Each change raises Twitch's notification: {@code channel.poll.begin}, {@code .progress} for
 * a vote, {@code .end} when terminated, archived or completed.
 */
public final class Polls {
    /** A choice with its votes ({@code votes} counts the Channel Points votes too). */
    public record Choice(String id, String title, int votes, int channelPointsVotes) {
    }

    /** A poll as it stands; {@code status} is Helix's upper-case value, {@code endedAt} null while active. */
    public record Poll(String id, String broadcasterId, String title, List<Choice> choices,
                       boolean channelPointsVotingEnabled, int channelPointsPerVote, String status, int duration,
                       Instant startedAt, Instant endedAt) {
        /** When the poll completes unless ended before. */
        public Instant endsAt() {
            return startedAt.plusSeconds(duration);
        }

        boolean isActive() {
            return "ACTIVE".equals(status);
        }

        Poll ended(String newStatus, Instant at) {
            return new Poll(id, broadcasterId, title, choices, channelPointsVotingEnabled, channelPointsPerVote,
                    newStatus, duration, startedAt, at);
        }
    }

    private final WorldEvents events;
    private final Clock clock;
    private final Map<String, Poll> byId = new LinkedHashMap<>();

    Polls(WorldEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts a poll; Twitch's 400 when the channel already runs one.
     *
     * @param channelPointsPerVote the price of an extra vote, or null for none
     */
    public Poll create(String broadcasterId, String title, List<String> choiceTitles, int duration,
                       Integer channelPointsPerVote, Instant now) {
        Poll poll;
        List<Poll> completed;
        synchronized (this) {
            completed = settleLocked(now);
            if (byId.values().stream().anyMatch(p -> p.broadcasterId().equals(broadcasterId) && p.isActive())) {
                throw TwitchHttpError.badRequest("The broadcaster already has a poll that's running; you may not "
                        + "create another poll until the current poll completes.");
            }
            List<Choice> choices = choiceTitles.stream()
                    .map(t -> new Choice(UUID.randomUUID().toString(), t, 0, 0)).toList();
            poll = new Poll(UUID.randomUUID().toString(), broadcasterId, title, choices,
                    channelPointsPerVote != null, channelPointsPerVote == null ? 0 : channelPointsPerVote, "ACTIVE",
                    duration, now, null);
            byId.put(poll.id(), poll);
        }
        completed.forEach(this::raiseEnd);
        Wakeups.at(clock, poll.endsAt(), this::settle);
        raise("channel.poll.begin", poll, Map.of("choices", poll.choices().stream()
                .map(c -> Map.of("id", c.id(), "title", c.title())).toList(), "ends_at", poll.endsAt().toString()));
        return poll;
    }

    /**
     * Ends the broadcaster's active poll early as {@code TERMINATED} or {@code ARCHIVED}: 404 when the broadcaster
     * has no poll of that id, 400 when it is no longer active.
     */
    public Poll end(String broadcasterId, String pollId, String status, Instant now) {
        Poll ended;
        List<Poll> completed;
        synchronized (this) {
            completed = settleLocked(now);
            Poll poll = owned(broadcasterId, pollId);
            if (!poll.isActive()) {
                throw TwitchHttpError.badRequest("The poll must be active to terminate or archive it.");
            }
            ended = poll.ended(status, now);
            byId.put(ended.id(), ended);
        }
        completed.forEach(this::raiseEnd);
        raiseEnd(ended);
        return ended;
    }

    /** The broadcaster's polls, the latest first. */
    public List<Poll> list(String broadcasterId, Instant now) {
        settle(now);
        synchronized (this) {
            List<Poll> out = new ArrayList<>(byId.values().stream()
                    .filter(p -> p.broadcasterId().equals(broadcasterId)).toList());
            out.sort(Comparator.comparing(Poll::startedAt).reversed());
            return out;
        }
    }

    /** The broadcaster's polls with these ids, in the order asked, each once; unknown and others' ids left out. */
    public List<Poll> byIds(String broadcasterId, List<String> ids, Instant now) {
        settle(now);
        synchronized (this) {
            return ids.stream().distinct().map(byId::get)
                    .filter(p -> p != null && p.broadcasterId().equals(broadcasterId)).toList();
        }
    }

    /**
     * A viewer's vote for {@code choiceId} of the active poll, plus {@code channelPointsVotes} bought with Channel
     * Points; raises {@code channel.poll.progress}.
     */
    public Poll vote(String pollId, String choiceId, int channelPointsVotes, Instant now) {
        settle(now);
        Poll voted;
        synchronized (this) {
            Poll poll = Optional.ofNullable(byId.get(pollId))
                    .orElseThrow(() -> new IllegalArgumentException("no poll " + pollId));
            if (!poll.isActive()) {
                throw new IllegalStateException("poll " + pollId + " is " + poll.status());
            }
            if (channelPointsVotes < 0 || channelPointsVotes > 0 && !poll.channelPointsVotingEnabled()) {
                throw new IllegalArgumentException("poll " + pollId + " takes no Channel Points votes");
            }
            if (poll.choices().stream().noneMatch(c -> c.id().equals(choiceId))) {
                throw new IllegalArgumentException("poll " + pollId + " has no choice " + choiceId);
            }
            List<Choice> choices = poll.choices().stream().map(c -> !c.id().equals(choiceId) ? c
                    : new Choice(c.id(), c.title(), c.votes() + 1 + channelPointsVotes,
                            c.channelPointsVotes() + channelPointsVotes)).toList();
            voted = new Poll(poll.id(), poll.broadcasterId(), poll.title(), choices,
                    poll.channelPointsVotingEnabled(), poll.channelPointsPerVote(), poll.status(), poll.duration(),
                    poll.startedAt(), null);
            byId.put(pollId, voted);
        }
        raise("channel.poll.progress", voted, Map.of("choices", results(voted), "ends_at",
                voted.endsAt().toString()));
        return voted;
    }

    /** A saved world came back: wakes at the end of every active poll, as {@link #create} does for a new one. */
    void wakeAtEnds() {
        List<Instant> ends;
        synchronized (this) {
            ends = byId.values().stream().filter(Poll::isActive).map(Poll::endsAt).toList();
        }
        ends.forEach(end -> Wakeups.at(clock, end, this::settle));
    }

    /** Completes every active poll whose duration has passed by {@code now}, raising {@code channel.poll.end}. */
    public void settle(Instant now) {
        List<Poll> completed;
        synchronized (this) {
            completed = settleLocked(now);
        }
        completed.forEach(this::raiseEnd);
    }

    /** Completes what is due; the caller raises the returned polls' ends once it let go of the lock. */
    private List<Poll> settleLocked(Instant now) {
        List<Poll> completed = new ArrayList<>();
        for (Poll poll : List.copyOf(byId.values())) {
            if (poll.isActive() && !now.isBefore(poll.endsAt())) {
                Poll done = poll.ended("COMPLETED", poll.endsAt());
                byId.put(done.id(), done);
                completed.add(done);
            }
        }
        return completed;
    }

    private Poll owned(String broadcasterId, String pollId) {
        Poll poll = byId.get(pollId);
        if (poll == null || !poll.broadcasterId().equals(broadcasterId)) {
            throw TwitchHttpError.notFound("The poll in the id field was not found.");
        }
        return poll;
    }

    private void raiseEnd(Poll poll) {
        raise("channel.poll.end", poll, Map.of("choices", results(poll), "status",
                poll.status().toLowerCase(Locale.ROOT), "ended_at", poll.endedAt().toString()));
    }

    private static List<Map<String, Object>> results(Poll poll) {
        return poll.choices().stream().map(c -> Map.<String, Object>of("id", c.id(), "title", c.title(),
                "bits_votes", 0, "channel_points_votes", c.channelPointsVotes(), "votes", c.votes())).toList();
    }

    private void raise(String type, Poll poll, Map<String, Object> more) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", poll.id());
        fields.put("broadcaster_user_id", poll.broadcasterId());
        fields.put("title", poll.title());
        fields.put("bits_voting", Map.of("is_enabled", false, "amount_per_vote", 0));
        fields.put("channel_points_voting", Map.of("is_enabled", poll.channelPointsVotingEnabled(),
                "amount_per_vote", poll.channelPointsPerVote()));
        fields.put("started_at", poll.startedAt().toString());
        fields.putAll(more);
        events.raise(type, Map.of("broadcaster_user_id", poll.broadcasterId()), fields);
    }

}
