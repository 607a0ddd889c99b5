package dev.vigie.incident.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkerTest {

    @Test
    void encodesSortedIdsAndDecodesBack() {
        Marker marker = Marker.of(Marker.Kind.TEAM_NOTICE, List.of(21461L, 21460L));
        assertThat(marker.encode()).isEqualTo("team-notice:21460,21461");
        assertThat(Marker.decode("team-notice:21460,21461")).contains(marker);
        assertThat(Marker.decode("security-log:7")).map(Marker::kind).contains(Marker.Kind.SECURITY_LOG);
        Marker dated = marker.withDeadline(java.time.LocalDate.of(2026, 12, 3));
        assertThat(dated.encode()).isEqualTo("team-notice:21460,21461@2026-12-03");
        assertThat(Marker.decode(dated.encode())).contains(dated);
        assertThat(Marker.decode("team-notice:1@not-a-date")).isEmpty();
        Marker none = Marker.of(Marker.Kind.REMINDER, List.of());
        assertThat(Marker.decode(none.encode())).contains(none);
    }

    @Test
    void somebodyElsesPropsAreNotMarkers() {
        assertThat(Marker.decode("true")).isEmpty();
        assertThat(Marker.decode("team-notice:abc")).isEmpty();
        assertThat(Marker.decode("other:1")).isEmpty();
        assertThat(Marker.decode(null)).isEmpty();
    }
}
