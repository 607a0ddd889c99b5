package dev.vigie.mattermost;

import dev.vigie.incident.http.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;

/** A client against a MockWebServer that records waits instead of sleeping and runs on a hand-moved clock. */
public final class TestSupport {

    public static final String TOKEN = "test-token-7f3k9x2m1q";

    public final List<Duration> sleeps = new ArrayList<>();
    public final MutableClock clock = new MutableClock(Instant.parse("2026-06-10T12:00:00Z"));

    public MattermostClient client(MockWebServer server) {
        return client(server, RetryPolicy.defaults());
    }

    public MattermostClient client(MockWebServer server, RetryPolicy policy) {
        return MattermostClient.builder()
                .siteUrl(server.url("/").toString())
                .token(TOKEN)
                .retryPolicy(policy)
                .sleeper(d -> {
                    sleeps.add(d);
                    clock.advance(d);
                })
                .clock(clock)
                .build();
    }

    /** A clock tests move by hand. */
    public static final class MutableClock extends Clock {
        private Instant now;

        public MutableClock(Instant now) {
            this.now = now;
        }

        public void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
