package dev.vigie.mattermost.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PendingPostIdsTest {

    @Test
    void keysMapToStableDistinctIdsInTheServersIdForm() {
        String id = PendingPostIds.fromKey("3u5h894awpn1mm8yw3w5hdrjqe:team-notice:21460:run-1");
        assertThat(id).matches("[a-z0-9]{26}").isEqualTo(PendingPostIds.fromKey(
                "3u5h894awpn1mm8yw3w5hdrjqe:team-notice:21460:run-1"));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(PendingPostIds.fromKey("key-" + i));
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void randomIdsHaveTheIdForm() {
        assertThat(PendingPostIds.random()).matches("[ybndrfg8ejkmcpqxot1uwisza345h769]{26}")
                .isNotEqualTo(PendingPostIds.random());
    }

    @Test
    void notSentFailuresAreRecognised() {
        assertThat(dev.vigie.incident.http.RetryPolicy.neverSent(new java.net.ConnectException("refused"))).isTrue();
        assertThat(dev.vigie.incident.http.RetryPolicy.neverSent(new java.net.UnknownHostException("x"))).isTrue();
        assertThat(dev.vigie.incident.http.RetryPolicy.neverSent(new java.net.SocketTimeoutException("read timed out"))).isFalse();
    }
}
