package dev.clvops.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTests {

    @Test
    void writesNestedMapsAndListsInOrder() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("title", Map.of("text", "Revenue"));
        option.put("data", List.of(1, 2.5, true));

        assertThat(JsonText.of(option)).isEqualTo("{\"title\":{\"text\":\"Revenue\"},\"data\":[1,2.5,true]}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(JsonText.of("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    }

    @Test
    void writesNullAndNonFiniteNumbersAsNull() {
        assertThat(JsonText.of(Arrays.asList(null, Double.NaN, Double.POSITIVE_INFINITY, 3L)))
                .isEqualTo("[null,null,null,3]");
    }
}
