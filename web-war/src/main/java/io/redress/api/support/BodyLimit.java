package io.redress.api.support;

import io.redress.api.problem.ProblemResponses;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

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
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
        }
    }

    private WebApplicationException tooLarge(long limit) {
        return new WebApplicationException(ProblemResponses.response(413, ProblemResponses.body(413, "body-too-large",
                "Request body too large", "The body is larger than " + limit + " bytes",
                uri == null ? null : uri.getRequestUri().getPath()).build()));
    }

    private final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
