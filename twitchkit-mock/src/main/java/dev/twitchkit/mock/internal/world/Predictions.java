package dev.twitchkit.mock.internal.world;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Every channel's Channel Points Predictions, on the mock's clock: one running (active or locked) prediction per
 * channel, viewers' points per outcome, and Twitch's timers ({@link #settle}, run before every read and write,
 * whenever the clock is advanced, and when the window closes in real time): when the prediction window closes the prediction locks, and one left unresolved
 * {@value #UNRESOLVED_HOURS} hours after that is canceled. Each change raises Twitch's notification:
 * {@code channel.prediction.begin}, {@code .progress} for a prediction, {@code .lock}, and {@code .end} (resolved
 * with its winning outcome, or canceled).
 */
public final class Predictions {
    /** How long Twitch waits for a locked prediction to be resolved before it cancels it. */
    public static final int UNRESOLVED_HOURS = 24;
    private static final int TOP_PREDICTORS = 10;

    /** An outcome with the points each viewer put on it, in the order they predicted. */
    public record Outcome(String id, String title, String color, Map<String, Integer> pointsByUser) {
        public Outcome {
            pointsByUser = Collections.unmodifiableMap(new LinkedHashMap<>(pointsByUser));
        }

        /** Every point spent on it. */
        public int channelPoints() {
            return pointsByUser.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One of an outcome's top predictors; {@code channelPointsWon} null until the prediction is resolved. */
    public record Predictor(String userId, String login, String displayName, int channelPointsUsed,
                            Integer channelPointsWon) {
    }

    /** A prediction as it stands; {@code status} is Helix's upper-case value. */
    public record Prediction(String id, String broadcasterId, String title, List<Outcome> outcomes,
                             int predictionWindow, String status, Instant createdAt, Instant lockedAt,
                             Instant endedAt, String winningOutcomeId) {
        /** When the prediction window closes. */
        public Instant locksAt() {
            return createdAt.plusSeconds(predictionWindow);
        }

        boolean isRunning() {
            return "ACTIVE".equals(status) || "LOCKED".equals(status);
        }

        Prediction with(String newStatus, List<Outcome> newOutcomes, Instant locked, Instant ended, String winner) {
            return new Prediction(id, broadcasterId, title, newOutcomes, predictionWindow, newStatus, createdAt,
                    locked, ended, winner);
        }
    }

    private final WorldEvents events;
    private final AuthStore auth;
    private final Map<String, Prediction> byId = new LinkedHashMap<>();

    Predictions(WorldEvents events, AuthStore auth) {
        this.events = events;
        this.auth = auth;
    }

    /** Starts a prediction; Twitch's 400 when the channel already runs one. */
    public Prediction create(String broadcasterId, String title, List<String> outcomeTitles, int window,
                             Instant now) {
        settle(now);
        Prediction prediction;
        synchronized (this) {
            if (byId.values().stream().anyMatch(p -> p.broadcasterId().equals(broadcasterId) && p.isRunning())) {
                throw TwitchHttpError.badRequest("The broadcaster already has a prediction that's running; you may "
                        + "not create another prediction until the current prediction is resolved or canceled.");
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < outcomeTitles.size(); i++) {
                // Twitch: blue and pink for two outcomes, all blue for more.
                String color = outcomeTitles.size() == 2 && i == 1 ? "PINK" : "BLUE";
                outcomes.add(new Outcome(UUID.randomUUID().toString(), outcomeTitles.get(i), color, Map.of()));
            }
            prediction = new Prediction(UUID.randomUUID().toString(), broadcasterId, title, outcomes, window,
                    "ACTIVE", now, null, null, null);
            byId.put(prediction.id(), prediction);
        }
        // The window's end in real time; the 24 h cancel comes with the next request or clock advance.
        Wakeups.at(auth.clock(), prediction.locksAt(), this::settle);
        raise("channel.prediction.begin", prediction, Map.of("outcomes", prediction.outcomes().stream()
                .map(o -> Map.of("id", o.id(), "title", o.title(), "color", o.color().toLowerCase(Locale.ROOT)))
                .toList(), "locks_at", prediction.locksAt().toString()));
        return prediction;
    }

    /**
     * Locks, resolves or cancels the broadcaster's prediction, with Twitch's answers: 404 for an unknown prediction
     * or winning outcome, 400 for a change its status does not allow.
     */
    public Prediction end(String broadcasterId, String predictionId, String status, String winningOutcomeId,
                          Instant now) {
        settle(now);
        Prediction changed;
        synchronized (this) {
            Prediction p = byId.get(predictionId);
            if (p == null || !p.broadcasterId().equals(broadcasterId)) {
                throw TwitchHttpError.notFound("The prediction in the id field was not found.");
            }
            changed = switch (status) {
                case "LOCKED" -> {
                    if (!"ACTIVE".equals(p.status())) {
                        throw TwitchHttpError.badRequest("To update the prediction's status to LOCKED, its current "
                                + "status must be ACTIVE.");
                    }
                    yield p.with("LOCKED", p.outcomes(), now, null, null);
                }
                case "RESOLVED", "CANCELED" -> {
                    if (!p.isRunning()) {
                        throw TwitchHttpError.badRequest("To update the prediction's status to RESOLVED or CANCELED, "
                                + "its current status must be ACTIVE or LOCKED.");
                    }
                    if ("RESOLVED".equals(status)
                            && p.outcomes().stream().noneMatch(o -> o.id().equals(winningOutcomeId))) {
                        throw TwitchHttpError.notFound("The outcome in the winning_outcome_id field was not found.");
                    }
                    yield p.with(status, p.outcomes(), p.lockedAt(), now,
                            "RESOLVED".equals(status) ? winningOutcomeId : null);
                }
                default -> throw TwitchHttpError.badRequest("The value in the status field is not valid.");
            };
            byId.put(changed.id(), changed);
        }
        if ("LOCKED".equals(status)) {
            raiseLock(changed);
        } else {
            raiseEnd(changed);
        }
        return changed;
    }

    /** The broadcaster's predictions, the latest first. */
    public List<Prediction> list(String broadcasterId, Instant now) {
        settle(now);
        synchronized (this) {
            List<Prediction> out = new ArrayList<>(byId.values().stream()
                    .filter(p -> p.broadcasterId().equals(broadcasterId)).toList());
            out.sort(Comparator.comparing(Prediction::createdAt).reversed());
            return out;
        }
    }

    /** The broadcaster's predictions with these ids, in the order asked, each once; others left out. */
    public List<Prediction> byIds(String broadcasterId, List<String> ids, Instant now) {
        settle(now);
        synchronized (this) {
            return ids.stream().distinct().map(byId::get)
                    .filter(p -> p != null && p.broadcasterId().equals(broadcasterId)).toList();
        }
    }

    /**
     * A viewer puts {@code points} on {@code outcomeId} of an active prediction (more points on the outcome they
     * chose before); raises {@code channel.prediction.progress}.
     */
    public Prediction predict(String predictionId, String outcomeId, String userId, int points, Instant now) {
        settle(now);
        Prediction predicted;
        synchronized (this) {
            Prediction p = byId.get(predictionId);
            if (p == null || !"ACTIVE".equals(p.status())) {
                throw new IllegalStateException("no active prediction " + predictionId);
            }
            if (points < 1 || p.outcomes().stream().noneMatch(o -> o.id().equals(outcomeId))) {
                throw new IllegalArgumentException("points must be positive and the outcome one of " + predictionId);
            }
            if (p.outcomes().stream().anyMatch(o -> !o.id().equals(outcomeId)
                    && o.pointsByUser().containsKey(userId))) {
                throw new IllegalStateException("user " + userId + " already predicted another outcome");
            }
            List<Outcome> outcomes = p.outcomes().stream().map(o -> {
                if (!o.id().equals(outcomeId)) {
                    return o;
                }
                Map<String, Integer> byUser = new LinkedHashMap<>(o.pointsByUser());
                byUser.merge(userId, points, Integer::sum);
                return new Outcome(o.id(), o.title(), o.color(), byUser);
            }).toList();
            predicted = p.with(p.status(), outcomes, null, null, null);
            byId.put(predicted.id(), predicted);
        }
        raise("channel.prediction.progress", predicted, Map.of("outcomes", results(predicted),
                "locks_at", predicted.locksAt().toString()));
        return predicted;
    }

    /**
     * An outcome's top predictors (most points first), with what each won once the prediction is resolved: a
     * winner gets their points back plus their share of the losers' points, in proportion to what they spent.
     */
    public List<Predictor> topPredictors(Prediction prediction, Outcome outcome) {
        Function<String, AuthStore.User> user = id -> auth.userById(id).orElse(null);
        long winners = prediction.outcomes().stream().filter(o -> o.id().equals(prediction.winningOutcomeId()))
                .mapToLong(Outcome::channelPoints).sum();
        long losers = prediction.outcomes().stream().mapToLong(Outcome::channelPoints).sum() - winners;
        boolean resolved = "RESOLVED".equals(prediction.status());
        boolean won = outcome.id().equals(prediction.winningOutcomeId());
        return outcome.pointsByUser().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP_PREDICTORS)
                .map(e -> {
                    AuthStore.User u = user.apply(e.getKey());
                    Integer wonPoints = !resolved ? null
                            : won ? (int) (e.getValue() + e.getValue() * losers / Math.max(1, winners)) : 0;
                    return new Predictor(e.getKey(), u == null ? null : u.login(), u == null ? null : u.displayName(),
                            e.getValue(), wonPoints);
                }).toList();
    }

    /** A saved world came back: wakes when every active prediction locks, as {@link #create} does for a new one. */
    void wakeAtLocks() {
        List<Instant> locks;
        synchronized (this) {
            locks = byId.values().stream().filter(p -> "ACTIVE".equals(p.status())).map(Prediction::locksAt)
                    .toList();
        }
        locks.forEach(lock -> Wakeups.at(auth.clock(), lock, this::settle));
    }

    /** Locks predictions whose window closed and cancels those left unresolved too long, raising their events. */
    public void settle(Instant now) {
        List<Prediction> locked = new ArrayList<>();
        List<Prediction> canceled = new ArrayList<>();
        synchronized (this) {
            for (Prediction p : List.copyOf(byId.values())) {
                Prediction current = p;
                if ("ACTIVE".equals(current.status()) && !now.isBefore(current.locksAt())) {
                    current = current.with("LOCKED", current.outcomes(), current.locksAt(), null, null);
                    locked.add(current);
                }
                Instant cancelAt = current.lockedAt() == null ? null
                        : current.lockedAt().plus(Duration.ofHours(UNRESOLVED_HOURS));
                if ("LOCKED".equals(current.status()) && !now.isBefore(cancelAt)) {
                    current = current.with("CANCELED", current.outcomes(), current.lockedAt(), cancelAt, null);
                    canceled.add(current);
                }
                byId.put(current.id(), current);
            }
        }
        locked.forEach(this::raiseLock);
        canceled.forEach(this::raiseEnd);
    }

    private void raiseLock(Prediction p) {
        raise("channel.prediction.lock", p, Map.of("outcomes", results(p), "locked_at", p.lockedAt().toString()));
    }

    private void raiseEnd(Prediction p) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("winning_outcome_id", p.winningOutcomeId());
        fields.put("outcomes", results(p));
        fields.put("status", p.status().toLowerCase(Locale.ROOT));
        fields.put("ended_at", p.endedAt().toString());
        raise("channel.prediction.end", p, fields);
    }

    private List<Map<String, Object>> results(Prediction p) {
        return p.outcomes().stream().map(o -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", o.id());
            out.put("title", o.title());
            out.put("color", o.color().toLowerCase(Locale.ROOT));
            out.put("users", o.pointsByUser().size());
            out.put("channel_points", o.channelPoints());
            out.put("top_predictors", topPredictors(p, o).stream().map(t -> {
                Map<String, Object> user = new LinkedHashMap<>();
                user.put("user_id", t.userId());
                user.put("user_login", t.login());
                user.put("user_name", t.displayName());
                user.put("channel_points_won", t.channelPointsWon());
                user.put("channel_points_used", t.channelPointsUsed());
                return user;
            }).toList());
            return out;
        }).toList();
    }

    private void raise(String type, Prediction p, Map<String, Object> more) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", p.id());
        fields.put("broadcaster_user_id", p.broadcasterId());
        fields.put("title", p.title());
        fields.put("started_at", p.createdAt().toString());
        fields.putAll(more);
        events.raise(type, Map.of("broadcaster_user_id", p.broadcasterId()), fields);
    }
}
