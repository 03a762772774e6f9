package dev.clvops.monitoring.drift;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link ReferenceProfile} to and from a map of JSON-friendly values. */
final class ProfileMaps {

    private ProfileMaps() {
    }

    static Map<String, Object> toMap(ReferenceProfile profile) {
        var map = new LinkedHashMap<String, Object>();
        map.put("feature", profile.feature());
        map.put("kind", profile.kind().name());
        map.put("binEdges", profile.binEdges());
        map.put("categories", profile.categories());
        map.put("binCounts", profile.binCounts());
        map.put("sample", profile.sample());
        return map;
    }

    static ReferenceProfile fromMap(Map<String, ?> map) {
        return new ReferenceProfile(
                (String) required(map, "feature"),
                FeatureKind.valueOf((String) required(map, "kind")),
                list(map, "binEdges").stream().map(value -> ((Number) value).doubleValue()).toList(),
                list(map, "categories").stream().map(String.class::cast).toList(),
                list(map, "binCounts").stream().map(value -> ((Number) value).longValue()).toList(),
                list(map, "sample").stream().map(value -> ((Number) value).doubleValue()).toList());
    }

    private static List<?> list(Map<String, ?> map, String key) {
        Object value = required(map, key);
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("profile field " + key + " is not a list: " + value);
        }
        return list;
    }

    private static Object required(Map<String, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("profile field " + key + " is missing");
        }
        return value;
    }
}
