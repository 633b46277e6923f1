package dev.twitchkit.mock.internal.world;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Drops entitlements: benefits games granted users, with their fulfillment status. */
public final class Entitlements {
    private final Map<String, Entitlement> byId = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();

    /** One entitlement. */
    public record Entitlement(String id, String benefitId, Instant timestamp, String userId, String gameId,
                              String status, Instant lastUpdated) {
    }

    /** Grants a benefit: a new entitlement in status {@code CLAIMED}. */
    public synchronized Entitlement grant(String userId, String gameId, String benefitId, Instant now) {
        Entitlement entitlement = new Entitlement(UUID.randomUUID().toString(), benefitId, now, userId, gameId,
                "CLAIMED", now);
        byId.put(entitlement.id(), entitlement);
        order.add(entitlement.id());
        return entitlement;
    }

    /** Every entitlement, oldest first. */
    public synchronized List<Entitlement> all() {
        return order.stream().map(byId::get).toList();
    }

    /** An entitlement by id. */
    public Optional<Entitlement> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Sets the status of one entitlement. */
    public synchronized void setStatus(String id, String status, Instant now) {
        byId.computeIfPresent(id, (k, e) -> new Entitlement(e.id(), e.benefitId(), e.timestamp(), e.userId(),
                e.gameId(), status, now));
    }
}
