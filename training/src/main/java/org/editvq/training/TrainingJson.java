package org.editvq.training;

import org.editvq.core.config.ConfigJson;

import java.util.Map;

/** Records to JSON-ready maps (for manifests): {@link ConfigJson}, the one mapping of every configuration. */
final class TrainingJson {
    private TrainingJson() {
    }

    static Map<String, Object> toMap(Object record) {
        return ConfigJson.toMap(record);
    }
}
