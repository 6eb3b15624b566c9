package org.editvq.training;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** Records to JSON-ready maps (for manifests). */
final class TrainingJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TrainingJson() {
    }

    static Map<String, Object> toMap(Object record) {
        return JSON.convertValue(record, new TypeReference<LinkedHashMap<String, Object>>() { });
    }
}
