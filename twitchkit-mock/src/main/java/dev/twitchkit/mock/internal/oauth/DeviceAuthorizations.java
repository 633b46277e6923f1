package dev.twitchkit.mock.internal.oauth;

import dev.twitchkit.mock.internal.auth.AuthStore;
import dev.twitchkit.mock.internal.http.TwitchHttpError;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The device code grant's pending authorizations and their states: pending until approved (through the Java or
 * control API, the mock's activate page, or automatically after N polls), denied, expired on the mock's clock, or
 * redeemed once for a token. Polling faster than the interval answers {@code slow_down}. The interval itself does
 * not grow after a {@code slow_down}: backing off (RFC 8628 asks clients for 5 s more) is the client's job, and
 * tests shorten both the mock's interval and the client's step.
 */
final class DeviceAuthorizations {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] USER_CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private final Clock clock;
    private final Duration interval;
    private final Duration lifetime;
    private final int autoApproveAfterPolls;
    private final Map<String, Pending> byDeviceCode = new ConcurrentHashMap<>();
    private final Map<String, Pending> byUserCode = new ConcurrentHashMap<>();

    /**
     * @param autoApproveAfterPolls approve for {@code autoApprover} on this poll (0: never, wait for approval)
     */
    DeviceAuthorizations(Clock clock, Duration interval, Duration lifetime, int autoApproveAfterPolls) {
        this.clock = clock;
        this.interval = interval;
        this.lifetime = lifetime;
        this.autoApproveAfterPolls = autoApproveAfterPolls;
    }

    /** A device authorization just started: what {@code POST /device} hands out. */
    record Started(String deviceCode, String userCode, Duration expiresIn, Duration interval) {
        @Override
        public String toString() {
            return "Started[userCode=" + userCode + "]";
        }
    }

    /** The outcome of a poll that did not fail: who approved, with which scopes. */
    record Approved(String clientId, String userId, Set<String> scopes) {
    }

    Started start(String clientId, Set<String> scopes) {
        Pending pending = new Pending(AuthStore.randomString(40), newUserCode(), clientId, Set.copyOf(scopes),
                clock.instant().plus(lifetime));
        byUserCode.put(pending.userCode, pending);
        byDeviceCode.put(pending.deviceCode, pending);
        return new Started(pending.deviceCode, pending.userCode, lifetime, interval);
    }

    /** The user typed the code and allowed access. */
    void approve(String userCode, String userId) {
        pendingByUserCode(userCode).decide(Objects.requireNonNull(userId, "userId"), false);
    }

    /** The user typed the code and refused. */
    void deny(String userCode) {
        pendingByUserCode(userCode).decide(null, true);
    }

    /**
     * One poll of the token endpoint. Throws Twitch's 400s: {@code authorization_pending}, {@code slow_down},
     * {@code expired_token}, {@code access_denied}, {@code invalid device code}; returns the approval once, after
     * which the device code is spent.
     */
    Approved poll(String deviceCode, String clientId, Supplier<AuthStore.User> autoApprover) {
        Pending pending = deviceCode == null ? null : byDeviceCode.get(deviceCode);
        if (pending == null || !pending.clientId.equals(clientId)) {
            throw TwitchHttpError.badRequest("invalid device code");
        }
        Approved approved = pending.poll(clock.instant(), autoApprover);
        forget(pending);
        return approved;
    }

    private void forget(Pending pending) {
        byDeviceCode.remove(pending.deviceCode);
        byUserCode.remove(pending.userCode);
    }

    private Pending pendingByUserCode(String userCode) {
        Pending pending = userCode == null ? null : byUserCode.get(userCode.toUpperCase(Locale.ROOT));
        if (pending == null) {
            throw new IllegalArgumentException("no pending device authorization with user code " + userCode);
        }
        return pending;
    }

    private static String newUserCode() {
        char[] code = new char[8];
        for (int i = 0; i < code.length; i++) {
            code[i] = USER_CODE_LETTERS[RANDOM.nextInt(USER_CODE_LETTERS.length)];
        }
        return new String(code);
    }

    /** One device authorization's state; every transition under its own lock. */
    private final class Pending {
        final String deviceCode;
        final String userCode;
        final String clientId;
        final Set<String> scopes;
        final Instant expiresAt;
        private Instant lastPoll;
        private int polls;
        private String approvedUserId;
        private boolean denied;
        private boolean redeemed;

        Pending(String deviceCode, String userCode, String clientId, Set<String> scopes, Instant expiresAt) {
            this.deviceCode = deviceCode;
            this.userCode = userCode;
            this.clientId = clientId;
            this.scopes = scopes;
            this.expiresAt = expiresAt;
        }

        synchronized void decide(String userId, boolean deny) {
            if (approvedUserId != null || denied) {
                throw new IllegalStateException("device authorization " + userCode + " was already decided");
            }
            approvedUserId = userId;
            denied = deny;
        }

        /** Returns only on success; the caller then forgets this authorization. */
        synchronized Approved poll(Instant now, Supplier<AuthStore.User> autoApprover) {
            if (redeemed) {
                throw TwitchHttpError.badRequest("invalid device code");
            }
            if (!now.isBefore(expiresAt)) {
                forget(this);
                throw TwitchHttpError.badRequest("expired_token");
            }
            Instant previous = lastPoll;
            lastPoll = now;
            polls++;
            if (previous != null && Duration.between(previous, now).compareTo(interval) < 0) {
                throw TwitchHttpError.badRequest("slow_down");
            }
            if (denied) {
                forget(this);
                throw TwitchHttpError.badRequest("access_denied");
            }
            if (approvedUserId == null && autoApproveAfterPolls > 0 && polls >= autoApproveAfterPolls) {
                approvedUserId = autoApprover.get().id();
            }
            if (approvedUserId == null) {
                throw TwitchHttpError.badRequest("authorization_pending");
            }
            redeemed = true;
            return new Approved(clientId, approvedUserId, scopes);
        }
    }
}
