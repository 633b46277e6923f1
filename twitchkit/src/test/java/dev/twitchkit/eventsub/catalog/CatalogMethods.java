package dev.twitchkit.eventsub.catalog;

import dev.twitchkit.eventsub.EventSubCatalog;
import dev.twitchkit.eventsub.UserEventSubCatalog;
import dev.twitchkit.eventsub.Subscription;
import dev.twitchkit.eventsub.SubscriptionType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The naming rule between the registry and {@link EventSubCatalog}, and reflective calls of the typed methods, so
 * the tests cover every entry without naming each one.
 */
public final class CatalogMethods {
    /** The condition fields the shorter overloads fill with the logged-in user. */
    public static final Set<String> SELF_FIELDS = Set.of("broadcaster_user_id", "moderator_user_id", "user_id");

    private CatalogMethods() {
    }

    /** The typed method's name: the record's name without {@code Event}, first letter lower case. */
    public static String methodName(SubscriptionType<?> type) {
        String record = type.eventClass().getSimpleName();
        if (!record.endsWith("Event")) {
            throw new AssertionError(record + " does not end in Event");
        }
        String base = record.substring(0, record.length() - "Event".length());
        return Character.toLowerCase(base.charAt(0)) + base.substring(1);
    }

    /** The condition fields in the typed method's parameter order: required, one-of sides, optional. */
    public static List<String> parameterFields(SubscriptionType<?> type) {
        List<String> fields = new ArrayList<>(type.condition().required());
        type.condition().oneOf().forEach(fields::addAll);
        fields.addAll(type.condition().optional());
        return fields;
    }

    /**
     * The typed methods: the default methods of {@link EventSubCatalog} and of {@link UserEventSubCatalog} (the
     * overloads defaulting user ids), every overload.
     */
    public static List<Method> typedMethods() {
        return Stream.of(EventSubCatalog.class, UserEventSubCatalog.class)
                .flatMap(catalog -> Arrays.stream(catalog.getDeclaredMethods()))
                .filter(Method::isDefault)
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
                .toList();
    }

    /** The overloads of an entry's typed method, longest first. */
    public static List<Method> overloads(SubscriptionType<?> type) {
        String name = methodName(type);
        return typedMethods().stream().filter(m -> m.getName().equals(name))
                .sorted(Comparator.comparing(Method::getParameterCount).reversed())
                .toList();
    }

    /**
     * Calls the entry's longest overload with a value for every parameter: {@code values} by condition field, an
     * absent field as {@code null}.
     */
    public static CompletableFuture<Subscription> subscribeFully(EventSubCatalog eventSub, SubscriptionType<?> type,
                                                                 Map<String, String> values) {
        List<String> fields = parameterFields(type);
        Object[] args = fields.stream().map(values::get).toArray();
        return invoke(eventSub, overloads(type).get(0), args);
    }

    /** Calls a typed method reflectively, rethrowing what it throws. */
    @SuppressWarnings("unchecked")
    public static CompletableFuture<Subscription> invoke(EventSubCatalog eventSub, Method method, Object... args) {
        try {
            return (CompletableFuture<Subscription>) method.invoke(eventSub, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The condition a call of the overload taking the first {@code given} parameters sends: the given values, the
     * dropped user-id fields as {@code self}, the dropped optional fields left out.
     */
    public static Map<String, String> expectedCondition(SubscriptionType<?> type, List<String> givenValues,
                                                        String self) {
        List<String> fields = parameterFields(type);
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            if (i < givenValues.size()) {
                if (givenValues.get(i) != null) {
                    expected.put(field, givenValues.get(i));
                }
            } else if (SELF_FIELDS.contains(field) && !type.condition().optional().contains(field)) {
                expected.put(field, self);
            }
        }
        return expected;
    }
}
