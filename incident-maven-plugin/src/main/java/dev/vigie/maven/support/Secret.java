package dev.vigie.maven.support;

import java.util.Objects;

/**
 * A secret (API key, access token) and where it came from. {@link #toString()} names only the origin, so a secret
 * that ends up in a log statement or an exception message by mistake still shows {@code ****}.
 */
public final class Secret {

    private final String value;
    private final String origin;

    Secret(String value, String origin) {
        this.value = Objects.requireNonNull(value, "value");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** The secret itself: pass it to a client builder, never to a log or a message. */
    public String value() {
        return value;
    }

    /**
     * Where the secret was read, in words safe to print: {@code env GITGUARDIAN_API_KEY} or
     * {@code settings.xml server 'gitguardian'}.
     */
    public String origin() {
        return origin;
    }

    @Override
    public String toString() {
        return "Secret{****, from " + origin + "}";
    }
}
