package io.redress.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method or media type) as problem+json with the same status. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
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
                ProblemResponses.body(status, kind, title, e.getMessage(), uri == null ? null : uri.getRequestUri().getPath())
                        .build()));
        if (e.getResponse().getHeaderString("Allow") != null) {
            out.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return out.build();
    }
}
