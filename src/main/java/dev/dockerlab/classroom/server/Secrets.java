package dev.dockerlab.classroom.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random tokens, join codes, learner ids and keys, and the hash a key is stored as. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** A secret nobody guesses: 24 random bytes, URL-safe. */
    static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A code people read off a screen and type: "dock-4821". It admits to a class; it grants nothing else. */
    static String joinCode() {
        return "dock-" + (1000 + RANDOM.nextInt(9000));
    }

    static String learnerId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "l-" + HexFormat.of().formatHex(bytes);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    /** Equal or not, in a time that does not tell how much of a guess was right. */
    static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
