package org.editvq.core.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one JSON mapping of every configuration record ({@code ModelConfig}, {@code TrainingConfig},
 * {@code PairConfig}, {@code ReproduceConfig}, ...): a record is written as an object with one key per
 * component (enums by their {@code @JsonValue}, nested records as objects) and read back by the same
 * names.
 *
 * <p>Reading is the only place where files saved by earlier versions are reconciled with today's
 * records: each record passes the values its settings had before they existed ({@code absent}), and
 * those fill the keys an older file lacks. The records' constructors never rewrite a value; a value
 * that is present but invalid is an error. Keys that are not components of the record are ignored
 * (a manifest's parameters may hold more than one configuration).
 */
public final class ConfigJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper INDENTED = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private ConfigJson() {
    }

    /** A configuration record as a JSON-ready map (component name → value, in declaration order). */
    public static Map<String, Object> toMap(Object config) {
        Objects.requireNonNull(config, "config");
        return MAPPER.convertValue(config, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    /** A configuration record as indented JSON text. */
    public static String toJson(Object config) {
        try {
            return INDENTED.writeValueAsString(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a configuration record from a map written by {@link #toMap} (or parsed from JSON), filling
     * keys the map lacks from {@code absent} (the values of settings saved before they existed).
     *
     * @throws IllegalArgumentException naming the problem when a value is missing or invalid
     */
    public static <T extends Record> T fromMap(Map<String, ?> map, Class<T> type, Map<String, ?> absent) {
        Objects.requireNonNull(map, "map");
        Set<String> names = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        Map<String, Object> filled = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (names.contains(k)) {
                filled.put(k, v);
            }
        });
        absent.forEach(filled::putIfAbsent);
        for (RecordComponent c : type.getRecordComponents()) {
            if (!filled.containsKey(c.getName()) || (filled.get(c.getName()) == null && c.getType().isPrimitive())) {
                throw new IllegalArgumentException(type.getSimpleName() + ": setting '" + c.getName() + "' is missing");
            }
        }
        try {
            return MAPPER.convertValue(filled, type);
        } catch (IllegalArgumentException e) {
            // a constructor's own validation message is more useful than Jackson's wrapper around it
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new IllegalArgumentException(type.getSimpleName() + ": " + root.getMessage(), e);
        }
    }

    /** {@link #fromMap} of a parsed JSON object. */
    public static <T extends Record> T fromJson(JsonNode node, Class<T> type, Map<String, ?> absent) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(type.getSimpleName() + ": expected a JSON object, got " + node);
        }
        return fromMap(MAPPER.convertValue(node, new TypeReference<LinkedHashMap<String, Object>>() { }), type, absent);
    }

    /** {@link #fromMap} of JSON text. */
    public static <T extends Record> T fromJson(String json, Class<T> type, Map<String, ?> absent) throws IOException {
        return fromJson(MAPPER.readTree(json), type, absent);
    }
}
