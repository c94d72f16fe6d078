package io.redress.publicposts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.FieldError;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PostRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void theSamePostReportedTwiceHasTheSameKey() {
        String key = PostRules.urlKey("https://x.com/Someone/status/123");
        assertEquals(key, PostRules.urlKey("HTTPS://www.X.com/Someone/status/123/?utm_source=feed&s=20#reply"));
        assertEquals("reddit.com/r/crypto/comments/abc?context=3", PostRules.urlKey("https://reddit.com/r/crypto/comments/abc/?context=3&ref=share"));
        assertTrue(!key.equals(PostRules.urlKey("https://x.com/someone/status/123")), "paths keep their case");
    }

    @Test
    void onlyAbsoluteWebAddressesHaveAKey() {
        assertNull(PostRules.urlKey("ftp://x.com/a"));
        assertNull(PostRules.urlKey("/status/1"));
        assertNull(PostRules.urlKey("https://exa mple.com"));
    }

    @Test
    void everyBadFieldIsNamed() {
        Set<String> fields = PostRules.check(new NewPost("", "nope", "two words", "", -5L, "yesterday"), NOW).stream()
                .map(FieldError::field).collect(Collectors.toSet());
        assertEquals(Set.of("platform", "url", "authorHandle", "text", "reach", "postedAt"), fields);
    }

    @Test
    void aPostFromTheFutureIsRefusedBeyondSmallClockSkew() {
        assertTrue(PostRules.check(new NewPost("x", "https://x.com/a/1", "@a", "t", 0L, "2026-11-20T12:04:00Z"), NOW).isEmpty());
        assertEquals("postedAt", PostRules.check(new NewPost("x", "https://x.com/a/1", "@a", "t", 0L, "2026-11-20T13:00:00+00:00"), NOW)
                .get(0).field());
    }

    @Test
    void handlesAreComparedWithoutAtSignOrCase() {
        assertEquals("crypto_kim", PostRules.handle(" @Crypto_Kim "));
    }
}
