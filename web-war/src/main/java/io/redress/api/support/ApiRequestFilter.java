package io.redress.api.support;

import io.redress.api.problem.ProblemResponses;
import io.redress.shared.application.DatabaseGate;
import io.redress.shared.domain.StorableText;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The contract of every {@code /api/} request before JAX-RS sees it: no path parameters ({@code ;jsessionid=...}
 * would otherwise be cut off and the rest served), no encoded slash, backslash or control character in the path,
 * query parameters that decode to storable text; and an error the container itself answers is problem+json too.
 * While the {@link DatabaseGate} knows the database to be away, every call but {@code ping} (which reads nothing) is
 * answered 503 at once, with {@code outcome: not-attempted}: nothing was done, the call may be repeated as it is.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String PATH_PARAMETERS = "path parameters (';') are not accepted; URLs carry no session";
    private static final String PING = "/api/v1/ping";

    @Inject
    transient DatabaseGate gate;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String raw = request.getRequestURI();
        // the container cuts ";jsessionid=..." and all after it out of the URI it reports, so ask it directly
        Optional<String> pathProblem = request.isRequestedSessionIdFromURL()
                ? Optional.of(PATH_PARAMETERS) : pathProblem(raw);
        if (pathProblem.isPresent()) {
            ProblemResponses.write(response, 400, "malformed-path", "Malformed path", pathProblem.get(), null);
            return;
        }
        Optional<String[]> queryProblem = queryProblem(request.getQueryString());
        if (queryProblem.isPresent()) {
            String[] problem = queryProblem.get();
            write(response, problem[0], problem[1], raw);
            return;
        }
        if (!gate.open() && !raw.equals(request.getContextPath() + PING)) {
            DatabaseGate.State state = gate.state();
            ProblemResponses.writeUnavailable(response, "The database is unreachable (" + state.reason() + ", since "
                    + state.since() + "); nothing was done. Retry later.", raw);
            return;
        }
        chain.doFilter(request, new ProblemErrors(response, raw));
    }

    /** What is wrong with this raw (still encoded) request path, if anything; the path itself is never echoed. */
    static Optional<String> pathProblem(String raw) {
        if (raw.indexOf(';') >= 0) {
            return Optional.of(PATH_PARAMETERS);
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.of("the path is not well-formed percent-encoding");
        }
        String lower = raw.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || decoded.indexOf('\\') >= 0) {
            return Optional.of("an encoded slash or a backslash is not accepted in a path");
        }
        return StorableText.problem(decoded).map(p -> "the path " + p);
    }

    /** The parameter and what is wrong with it, if any query parameter does not decode to storable text. */
    static Optional<String[]> queryProblem(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            String name;
            String value;
            try {
                name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                value = kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            } catch (IllegalArgumentException e) {
                return Optional.of(new String[] {"query", "is not well-formed percent-encoding"});
            }
            Optional<String> problem = StorableText.problem(name).map(p -> "a parameter name " + p)
                    .or(() -> StorableText.problem(value));
            if (problem.isPresent()) {
                return Optional.of(new String[] {StorableText.problem(name).isPresent() ? "query" : name, problem.get()});
            }
        }
        return Optional.empty();
    }

    private static void write(HttpServletResponse response, String parameter, String message, String path) throws IOException {
        response.setStatus(400);
        response.setContentType(ProblemResponses.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(ProblemResponses.body(400, "invalid-input", "The request has invalid fields",
                        parameter + ": " + message, path)
                .add("errors", JsonBuilders.array().add(JsonBuilders.object()
                        .add("field", parameter).add("message", message)))
                .build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** An error the container answers by itself (sendError) becomes problem+json instead of its HTML page. */
    private static final class ProblemErrors extends HttpServletResponseWrapper {

        private final String path;

        ProblemErrors(HttpServletResponse response, String path) {
            super(response);
            this.path = path;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            resetBuffer();
            String title = jakarta.ws.rs.core.Response.Status.fromStatusCode(status) == null ? "HTTP " + status
                    : jakarta.ws.rs.core.Response.Status.fromStatusCode(status).getReasonPhrase();
            // Jersey answers a header it cannot parse (Accept: application/json;q=abc, Content-Type: /) so; the container's
            // own message is not passed on (it may name its classes)
            String detail = status == 400
                    ? "The request could not be read as sent: check its headers (Accept, Content-Type) and their syntax" : null;
            ProblemResponses.write((HttpServletResponse) getResponse(), status, "http-" + status, title, detail, path);
        }
    }
}
