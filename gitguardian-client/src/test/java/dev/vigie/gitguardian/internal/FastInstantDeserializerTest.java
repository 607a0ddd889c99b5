package dev.vigie.gitguardian.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FastInstantDeserializerTest {

    @ParameterizedTest
    @CsvSource({
        "2020-10-29T13:19:59.005564Z, 2020-10-29T13:19:59.005564Z",
        "2026-06-22T15:14:57Z, 2026-06-22T15:14:57Z",
        "2026-06-22T15:14:57.1Z, 2026-06-22T15:14:57.100Z",
        "2026-06-22T15:14:57.123456789Z, 2026-06-22T15:14:57.123456789Z",
        "2026-06-22T17:14:57+02:00, 2026-06-22T15:14:57Z",
        "2026-06-22T15:14:57.5-01:00, 2026-06-22T16:14:57.500Z",
    })
    void readsUtcAndOffsetForms(String text, String expected) throws Exception {
        assertThat(Json.mapper().readValue("\"" + text + "\"", Instant.class)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-22T15:14:57Z", "2026-06-22T15:1a:57Z", "yesterday", "2026-06-22T15:14:57,5Z"})
    void refusesWhatIsNotADateTime(String text) {
        assertThatThrownBy(() -> Json.mapper().readValue("\"" + text + "\"", Instant.class))
                .isInstanceOf(InvalidFormatException.class);
    }
}
