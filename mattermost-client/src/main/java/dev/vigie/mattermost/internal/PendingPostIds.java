package dev.vigie.mattermost.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code pending_post_id} values in Mattermost's id form: 26 characters of its lower-case base32 alphabet
 * ({@code ybndrfg8ejkmcpqxot1uwisza345h769}, as the server's {@code NewId}), so that any server version accepts them.
 */
public final class PendingPostIds {

    private static final char[] ALPHABET = "ybndrfg8ejkmcpqxot1uwisza345h769".toCharArray();
    private PendingPostIds() {}

    /**
     * A fresh random id, for a create call whose caller gave no key. It only has to be unique within the server's
     * 30-second window (and guessing it gains nothing: the server never returns a post the caller cannot read), so a
     * fast non-cryptographic source is used; {@code SecureRandom} would add ~30 ms to the first post.
     */
    public static String random() {
        byte[] bytes = new byte[17];
        ThreadLocalRandom.current().nextBytes(bytes);
        return encode(bytes);
    }

    /**
     * The id for a caller's idempotency key: the same key always gives the same id (SHA-256, first 130 bits in
     * base32), distinct keys give distinct ids with overwhelming probability.
     */
    public static String fromKey(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return encode(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder(26);
        int buffer = 0;
        int bits = 0;
        int i = 0;
        while (out.length() < 26) {
            if (bits < 5) {
                buffer = (buffer << 8) | (bytes[i++] & 0xff);
                bits += 8;
            }
            out.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
        return out.toString();
    }
}
