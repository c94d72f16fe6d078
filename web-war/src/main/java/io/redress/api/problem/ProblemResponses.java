package io.redress.api.problem;

import io.redress.api.support.JsonBuilders;
import io.redress.shared.domain.FieldError;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 9457 problem details. {@code type} is a URI under {@code urn:redress:problem:} naming the kind of
 * problem; {@code errors} lists each bad field; {@code incidentId} ties an unexpected error to the log.
 */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:redress:problem:";

    private ProblemResponses() {
    }

    public static JsonObjectBuilder body(int status, String type, String title, String detail, String instance) {
        JsonObjectBuilder b = JsonBuilders.object()
                .add("type", TYPE_PREFIX + type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            b.add("detail", detail);
        }
        if (instance != null) {
            b.add("instance", instance);
        }
        return b;
    }

    public static JsonArrayBuilder errors(List<FieldError> errors) {
        JsonArrayBuilder a = JsonBuilders.array();
        errors.forEach(e -> a.add(JsonBuilders.object().add("field", e.field()).add("message", e.message())));
        return a;
    }

    public static Response response(int status, JsonObject body) {
        return Response.status(status).type(MEDIA_TYPE).entity(body.toString()).build();
    }

    /**
     * 503 {@code unavailable} with {@code Retry-After: 1} for the servlet layer: the database is known to be away and
     * nothing was attempted ({@code outcome: not-attempted}).
     */
    public static void writeUnavailable(HttpServletResponse response, String detail, String instance) throws IOException {
        response.setStatus(503);
        response.setHeader("Retry-After", "1");
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(body(503, "unavailable", "Cannot answer now", detail, instance)
                .add("outcome", "not-attempted").build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** For the servlet layer (authentication), where there is no JAX-RS response to build. */
    public static void write(HttpServletResponse response, int status, String type, String title, String detail,
                             String instance) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(body(status, type, title, detail, instance).build().toString()
                .getBytes(StandardCharsets.UTF_8));
    }
}
