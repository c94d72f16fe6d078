package io.redress.shared.domain;

import java.nio.charset.StandardCharsets;

/** The 64-bit FNV-1a hash of a text's UTF-8 bytes: cheap, well spread, the same on every JVM and in every release. */
public final class Fnv1a {

    private Fnv1a() {
    }

    public static long hash64(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
