package io.redress.api.support;

import io.redress.api.problem.ProblemResponses;
import io.redress.shared.domain.FieldError;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Refuses a request body larger than any body Redress reads (413 problem+json) before it is read into memory:
 * at once when Content-Length says so, otherwise when the stream passes the limit.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

    /** {@link JsonBody#MAX_BYTES} characters of UTF-8 take at most four bytes each. */
    public static final long MAX_BYTES = 4L * JsonBody.MAX_BYTES;
    /** A batch of up to 1,000 trade events is larger than any other body: its own limit, for its path only. */
    public static final int BATCH_MAX_CHARS = 512 * 1024;
    public static final String BATCH_PATH = "v1/api-trade-events";
    /** A batch of up to 1,000 on-chain transfers (addresses and hashes make its rows long). */
    public static final String TRANSFERS_PATH = "v1/chain-transfers";
    /** A flagged-address list's files, whole. */
    public static final int IMPORT_MAX_CHARS = 2 * 1024 * 1024;
    public static final String IMPORT_PATH = "v1/flagged-address-imports";
    /** An investigation's attachment: up to 5 MiB in Base64 (4 characters per 3 bytes) and its name: the largest body. */
    public static final int ATTACHMENT_MAX_CHARS = 7 * 1024 * 1024 + 4096;
    private static final java.util.regex.Pattern ATTACHMENT_PATH = java.util.regex.Pattern.compile("v1/investigations/[^/]+/attachments");

    @Context
    UriInfo uri;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String p = path == null ? "" : path.replaceAll("^/+|/+$", "");
        long limit = p.equals(BATCH_PATH) || p.equals(TRANSFERS_PATH) ? 4L * BATCH_MAX_CHARS
                : p.equals(IMPORT_PATH) ? 4L * IMPORT_MAX_CHARS
                : ATTACHMENT_PATH.matcher(p).matches() ? 4L * ATTACHMENT_MAX_CHARS : MAX_BYTES;
        if (request.getLength() > limit) {
            request.abortWith(tooLarge(limit).getResponse());
            return;
        }
        if (!request.hasEntity()) {
            return; // a Content-Type on a request without a body is not read: nothing to refuse
        }
        MediaType type;
        try {
            type = request.getMediaType();
        } catch (RuntimeException malformed) {
            request.abortWith(unsupported("The Content-Type header is not a media type"));
            return;
        }
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !utf8(charset)) {
            // JSON between systems is UTF-8 (RFC 8259); JAX-RS answered an unknown charset with a 500, and would decode
            // another one's bytes into other text than the client meant
            request.abortWith(unsupported("Bodies are JSON in UTF-8, not charset " + charset));
            return;
        }
        String subtype = type == null ? "json" : type.getSubtype().toLowerCase(Locale.ROOT);
        boolean json = subtype.equals("json") || subtype.endsWith("+json");
        request.setEntityStream(new Bounded(request.getEntityStream(), limit, json ? new Utf8Check() : null));
    }

    private static boolean utf8(String charset) {
        try {
            return Charset.forName(charset.strip()).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private Response unsupported(String detail) {
        return ProblemResponses.response(415, ProblemResponses.body(415, "unsupported-media-type", "Unsupported media type",
                detail, path()).build());
    }

    private WebApplicationException notUtf8(long offset) {
        String message = "is not well-formed UTF-8 (byte " + offset + ")";
        return new WebApplicationException(ProblemResponses.response(400, ProblemResponses.body(400, "invalid-input",
                "The request has invalid fields", "body: " + message, path())
                .add("errors", ProblemResponses.errors(List.of(new FieldError("body", message)))).build()));
    }

    private String path() {
        return uri == null ? null : uri.getRequestUri().getPath();
    }

    private WebApplicationException tooLarge(long limit) {
        return new WebApplicationException(ProblemResponses.response(413, ProblemResponses.body(413, "body-too-large",
                "Request body too large", "The body is larger than " + limit + " bytes", path()).build()));
    }

    private final class Bounded extends FilterInputStream {

        private final long limit;
        private final Utf8Check utf8;
        private long read;

        Bounded(InputStream in, long limit, Utf8Check utf8) {
            super(in);
            this.limit = limit;
            this.utf8 = utf8;
        }

        /** Read once, in order: a reset would feed the count and the UTF-8 check the same bytes twice. */
        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            if (b >= 0) {
                check(new byte[] {(byte) b}, 0, 1);
            } else {
                end();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            if (n > 0) {
                check(buffer, offset, n);
            } else if (n < 0) {
                end();
            }
            return n;
        }

        private void check(byte[] buffer, int offset, int n) {
            if (utf8 != null && !utf8.feed(buffer, offset, n)) {
                throw notUtf8(utf8.firstBad());
            }
        }

        private void end() {
            if (utf8 != null && !utf8.complete()) {
                throw notUtf8(utf8.firstBad());
            }
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
