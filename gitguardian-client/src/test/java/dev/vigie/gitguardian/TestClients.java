package dev.vigie.gitguardian;

import dev.vigie.incident.http.RetryPolicy;
import dev.vigie.incident.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import mockwebserver3.MockWebServer;

/** Clients wired to a MockWebServer, with a recording sleeper: no test ever sleeps. */
public final class TestClients {

    /** A fake key; tests check it appears nowhere. */
    public static final String KEY = "ggtt-v-test0123456789SECRETKEY";

    private TestClients() {}

    /** Records each requested wait instead of sleeping. */
    public static final class RecordingSleeper implements Sleeper {
        public final List<Duration> delays = new ArrayList<>();

        @Override
        public void sleep(Duration duration) {
            delays.add(duration);
        }

        public Duration total() {
            return delays.stream().reduce(Duration.ZERO, Duration::plus);
        }
    }

    public static GitGuardianClient.Builder builder(MockWebServer server, Sleeper sleeper) {
        return GitGuardianClient.builder()
                .baseUrl(server.url("/").toString())
                .apiKey("  " + KEY + "\n")
                .sleeper(sleeper)
                .clock(Clock.fixed(Instant.parse("2026-06-23T10:00:00Z"), ZoneOffset.UTC))
                .random(new SplittableRandom(42))
                .retryPolicy(RetryPolicy.defaults());
    }

    public static GitGuardianClient client(MockWebServer server, Sleeper sleeper) {
        return builder(server, sleeper).build();
    }

    public static GitGuardianClient client(MockWebServer server) {
        return client(server, new RecordingSleeper());
    }
}
