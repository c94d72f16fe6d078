package io.redress.publicposts.domain;

import io.redress.shared.domain.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Field rules of public-post intake, and the URL key that makes intake idempotent. */
public final class PostRules {

    public static final int TEXT_MAX = 10000;
    public static final int URL_MAX = 1000;
    private static final Pattern PLATFORM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");
    private static final Pattern HANDLE = Pattern.compile("@?[\\p{L}\\p{N}._-]{1,63}");
    /** Clock skew tolerated for a post's time from the feed. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private PostRules() {
    }

    public static List<FieldError> check(NewPost p, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (p.platform() == null || !PLATFORM.matcher(p.platform().toLowerCase(Locale.ROOT)).matches()) {
            errors.add(FieldError.of("platform", FieldError.Code.PLATFORM, "required: a platform name such as x, reddit, telegram"));
        }
        if (p.url() == null || p.url().isBlank()) {
            errors.add(FieldError.of("url", FieldError.Code.REQUIRED, "required"));
        } else if (p.url().length() > URL_MAX) {
            errors.add(FieldError.tooLong("url", URL_MAX));
        } else if (urlKey(p.url()) == null) {
            errors.add(FieldError.of("url", FieldError.Code.URL, "an absolute http or https URL"));
        }
        if (p.authorHandle() == null || !HANDLE.matcher(p.authorHandle().strip()).matches()) {
            errors.add(FieldError.of("authorHandle", FieldError.Code.REQUIRED_HANDLE, "required: 1 to 63 letters, digits, '.', '_' or '-', optionally after '@'"));
        }
        if (p.text() == null || p.text().isBlank()) {
            errors.add(FieldError.of("text", FieldError.Code.REQUIRED, "required"));
        } else if (p.text().length() > TEXT_MAX) {
            errors.add(FieldError.tooLong("text", TEXT_MAX));
        }
        if (p.reach() != null && p.reach() < 0) {
            errors.add(FieldError.of("reach", FieldError.Code.ZERO_OR_MORE, "zero or more"));
        }
        if (p.postedAt() == null) {
            errors.add(FieldError.of("postedAt", FieldError.Code.REQUIRED_TIME, "required: an ISO-8601 time with offset, e.g. 2026-11-20T09:30:00Z"));
        } else {
            Instant at = postedAt(p.postedAt());
            if (at == null) {
                errors.add(FieldError.of("postedAt", FieldError.Code.TIME, "an ISO-8601 time with offset, e.g. 2026-11-20T09:30:00Z"));
            } else if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
                errors.add(FieldError.inFuture("postedAt"));
            }
        }
        return errors;
    }

    public static Instant postedAt(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The same post reported twice has the same key: scheme and host in lower case, no fragment, no trailing
     * slash, no tracking parameters (utm_*, s, t, ref). Null when the text is not an absolute http(s) URL.
     */
    public static String urlKey(String url) {
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            if (!("http".equals(scheme) || "https".equals(scheme)) || u.getHost() == null) {
                return null;
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            StringBuilder query = new StringBuilder();
            if (u.getRawQuery() != null) {
                for (String part : u.getRawQuery().split("&")) {
                    String name = part.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    if (name.isEmpty() || name.startsWith("utm_") || name.equals("s") || name.equals("t") || name.equals("ref")) {
                        continue;
                    }
                    query.append(query.isEmpty() ? "?" : "&").append(part);
                }
            }
            return host + (u.getPort() > 0 ? ":" + u.getPort() : "") + path + query;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    public static String handle(String h) {
        String s = h.strip();
        return (s.startsWith("@") ? s.substring(1) : s).toLowerCase(Locale.ROOT);
    }
}
