package dev.twitchkit.eventsub.event;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reflection over the event records, for the fixture tests: which components arrived null, which JSON fields have
 * no component, which JSON nulls did not arrive as null, and which closed-set values are not documented ones.
 */
public final class RecordChecks {
    private RecordChecks() {
    }

    /** One component of one record, written {@code Record.component}. */
    record Component(Class<?> record, String name) {
        @Override
        public String toString() {
            return record.getSimpleName() + "." + name;
        }
    }

    /**
     * Paths of the components of {@code value} that are null, recursively. In a list of records a component counts
     * as populated when at least one element has it (a fragment is either an emote or a mention, never both), and
     * every list must be non-empty. Closed-set values must be known ones.
     */
    public static List<String> unpopulated(Object value, String path) {
        List<String> problems = new ArrayList<>();
        collectUnpopulated(value, path, problems);
        return problems;
    }

    /** Paths of fields of {@code node} that no component of {@code type} binds, recursively. */
    static List<String> unbound(JsonNode node, Type type, String path) {
        List<String> problems = new ArrayList<>();
        collectUnbound(node, type, path, problems);
        return problems;
    }

    /**
     * Paths where the bound record and the JSON it came from disagree about null, recursively: a JSON null that
     * arrived as a value (a primitive component turns null into 0 or false) or a JSON value that arrived as null.
     * A list component may turn a JSON null into an empty list.
     */
    static List<String> nullMismatches(JsonNode node, Object value, String path) {
        List<String> problems = new ArrayList<>();
        collectNullMismatches(node, value, path, problems);
        return problems;
    }

    /** The components that {@code node} sends as JSON null, recursively. */
    static Set<Component> nullsSent(JsonNode node, Type type) {
        Set<Component> sent = new LinkedHashSet<>();
        collectNullsSent(node, type, sent);
        return sent;
    }

    /** Whether {@code type} is one of the value records that model a closed set ({@code value} plus {@code of}). */
    static boolean isClosedSet(Class<?> type) {
        if (!type.isRecord() || type.getRecordComponents().length != 1) {
            return false;
        }
        try {
            type.getMethod("of", String.class);
            type.getMethod("isKnown");
            return true;
        } catch (NoSuchMethodException notClosedSet) {
            return false;
        }
    }

    /** The JSON member names Jackson binds to {@code component}: its name and its {@code @JsonAlias} ones. */
    static Set<String> jsonNames(RecordComponent component) {
        Set<String> names = new LinkedHashSet<>();
        names.add(jsonName(component));
        JsonAlias alias = component.getAccessor().getAnnotation(JsonAlias.class);
        if (alias != null) {
            names.addAll(Arrays.asList(alias.value()));
        }
        return names;
    }

    /** The JSON member name Jackson binds to {@code component}: its {@code @JsonProperty}, or snake_case. */
    static String jsonName(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        if (property != null) {
            return property.value();
        }
        StringBuilder snake = new StringBuilder();
        for (char c : component.getName().toCharArray()) {
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }

    private static void collectUnpopulated(Object value, String path, List<String> problems) {
        if (value == null) {
            problems.add(path + " is null");
            return;
        }
        Class<?> type = value.getClass();
        if (isClosedSet(type)) {
            if (!(Boolean) invoke(value, "isKnown")) {
                problems.add(path + " has the undocumented value " + value);
            }
        } else if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                collectUnpopulated(read(value, component), path + "." + component.getName(), problems);
            }
        } else if (value instanceof List<?> list) {
            collectUnpopulatedList(list, path, problems);
        }
    }

    private static void collectUnpopulatedList(List<?> list, String path, List<String> problems) {
        if (list.isEmpty()) {
            problems.add(path + " is empty");
            return;
        }
        Class<?> elementType = list.get(0).getClass();
        if (!elementType.isRecord() || isClosedSet(elementType)) {
            for (int i = 0; i < list.size(); i++) {
                collectUnpopulated(list.get(i), path + "[" + i + "]", problems);
            }
            return;
        }
        for (RecordComponent component : elementType.getRecordComponents()) {
            boolean seen = false;
            for (int i = 0; i < list.size(); i++) {
                Object element = read(list.get(i), component);
                if (element != null) {
                    seen = true;
                    collectUnpopulated(element, path + "[" + i + "]." + component.getName(), problems);
                }
            }
            if (!seen) {
                problems.add(path + "[*]." + component.getName() + " is null in every element");
            }
        }
    }

    private static void collectUnbound(JsonNode node, Type type, String path, List<String> problems) {
        if (node == null || node.isNull()) {
            return;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            Type elementType = parameterized.getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                collectUnbound(node.get(i), elementType, path + "[" + i + "]", problems);
            }
            return;
        }
        if (!(type instanceof Class<?> recordType) || !recordType.isRecord() || isClosedSet(recordType)) {
            return;
        }
        if (!node.isObject()) {
            problems.add(path + " is " + node.getNodeType() + " but " + recordType.getSimpleName() + " is an object");
            return;
        }
        for (String field : node.propertyNames()) {
            RecordComponent match = componentFor(recordType, field);
            if (match == null) {
                problems.add(path + "." + field + " has no component in " + recordType.getSimpleName());
            } else {
                collectUnbound(node.get(field), match.getGenericType(), path + "." + field, problems);
            }
        }
    }

    private static void collectNullMismatches(JsonNode node, Object value, String path, List<String> problems) {
        if (node == null || node.isNull() || value == null) {
            return;
        }
        if (value instanceof List<?> list && node.isArray()) {
            for (int i = 0; i < Math.min(list.size(), node.size()); i++) {
                collectNullMismatches(node.get(i), list.get(i), path + "[" + i + "]", problems);
            }
            return;
        }
        Class<?> type = value.getClass();
        if (!type.isRecord() || isClosedSet(type) || !node.isObject()) {
            return;
        }
        for (String field : node.propertyNames()) {
            RecordComponent component = componentFor(type, field);
            if (component == null) {
                continue;
            }
            JsonNode sent = node.get(field);
            Object bound = read(value, component);
            String at = path + "." + component.getName();
            if (sent.isNull() && bound != null && !(bound instanceof List<?> list && list.isEmpty())) {
                problems.add(at + " was sent null but arrived as " + bound);
            } else if (!sent.isNull() && bound == null) {
                problems.add(at + " was sent " + sent + " but arrived as null");
            } else {
                collectNullMismatches(sent, bound, at, problems);
            }
        }
    }

    private static void collectNullsSent(JsonNode node, Type type, Set<Component> sent) {
        if (node == null || node.isNull()) {
            return;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            node.forEach(element -> collectNullsSent(element, parameterized.getActualTypeArguments()[0], sent));
            return;
        }
        if (!(type instanceof Class<?> recordType) || !recordType.isRecord() || isClosedSet(recordType)
                || !node.isObject()) {
            return;
        }
        for (String field : node.propertyNames()) {
            RecordComponent component = componentFor(recordType, field);
            if (component == null) {
                continue;
            }
            if (node.get(field).isNull()) {
                sent.add(new Component(recordType, component.getName()));
            } else {
                collectNullsSent(node.get(field), component.getGenericType(), sent);
            }
        }
    }

    private static RecordComponent componentFor(Class<?> recordType, String field) {
        for (RecordComponent component : recordType.getRecordComponents()) {
            if (jsonNames(component).contains(field)) {
                return component;
            }
        }
        return null;
    }

    private static Object read(Object record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("cannot read " + component, e);
        }
    }

    private static Object invoke(Object target, String method) {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot call " + method + " on " + target.getClass(), e);
        }
    }
}
