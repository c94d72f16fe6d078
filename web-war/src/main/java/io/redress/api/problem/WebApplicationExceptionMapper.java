package io.redress.api.problem;

import io.redress.shared.domain.FieldError;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** JAX-RS's own refusals (unknown path, wrong method or media type) as problem+json with the same status. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        String pathParameter = unconvertiblePathParameter(e);
        if (pathParameter != null) {
            // not a value the path's parameter can take (a claim id of letters): nothing is known under this path
            return ProblemResponses.response(404, ProblemResponses.body(404, "no-such-resource", "Not Found",
                    pathParameter + ": has the wrong type, so nothing is known under this path", path()).build());
        }
        String parameter = unconvertibleParameter(e);
        if (parameter != null) {
            return ProblemResponses.response(400, ProblemResponses.body(400, "invalid-input", "The request has invalid fields",
                    parameter + ": has the wrong type", path()).add("errors", ProblemResponses.errors(
                    List.of(new FieldError(parameter, "has the wrong type")))).build());
        }
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String kind = switch (status) {
            case 404 -> "no-such-resource";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
        Response.ResponseBuilder out = Response.fromResponse(ProblemResponses.response(status,
                ProblemResponses.body(status, kind, title, e.getMessage(), path())
                        .build()));
        if (e.getResponse().getHeaderString("Allow") != null) {
            out.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return out.build();
    }

    private String path() {
        return uri == null ? null : uri.getRequestUri().getPath();
    }

    /**
     * The query, header, form or cookie parameter JAX-RS could not convert to its declared type (it answers 404 for
     * that, the contract 400); Jersey names it in its ParamException, read by reflection to stay off its API.
     * A path parameter of the wrong type stays a 404: no such resource.
     */
    private static String unconvertibleParameter(WebApplicationException e) {
        return parameter(e, false);
    }

    /** The path parameter JAX-RS could not convert (a 404, named in its detail). */
    private static String unconvertiblePathParameter(WebApplicationException e) {
        return parameter(e, true);
    }

    private static String parameter(WebApplicationException e, boolean inPath) {
        for (Class<?> c = e.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals("org.glassfish.jersey.server.ParamException")) {
                try {
                    if ((c.getMethod("getParameterType").invoke(e) == PathParam.class) != inPath) {
                        return null;
                    }
                    return (String) c.getMethod("getParameterName").invoke(e);
                } catch (ReflectiveOperationException | ClassCastException x) {
                    return null;
                }
            }
        }
        return null;
    }
}
