package io.redress.api.problem;

import io.redress.api.support.JsonBuilders;
import io.redress.shared.domain.AccessDenied;
import io.redress.shared.domain.DuplicatePending;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.StaleVersion;
import io.redress.shared.domain.Unavailable;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The domain's refusals as problem+json: 400, 403, 404, 409 or 422, always saying what was wrong. */
@Provider
public class RedressExceptionMapper implements ExceptionMapper<RedressException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(RedressException e) {
        int status;
        String title;
        if (e instanceof InvalidInput) {
            status = 400;
            title = "The request has invalid fields";
        } else if (e instanceof AccessDenied) {
            status = 403;
            title = "Not allowed for your role";
        } else if (e instanceof NotFound) {
            status = 404;
            title = "Not found";
        } else if (e instanceof StaleVersion) {
            status = 409;
            title = "Changed by someone else";
        } else if (e instanceof DuplicatePending) {
            // a conflict with what exists (the same request pending), not a rule the request itself breaks
            status = 409;
            title = "Already requested and not done yet";
        } else if (e instanceof RuleViolation) {
            status = 422;
            title = "A rule forbids this";
        } else if (e instanceof Unavailable) {
            status = 503;
            title = "Cannot answer now";
        } else {
            status = 400;
            title = "Refused";
        }
        JsonObjectBuilder body = ProblemResponses.body(status, e.type(), title, e.getMessage(), path());
        if (e instanceof InvalidInput invalid) {
            body.add("errors", ProblemResponses.errors(invalid.errors()));
        }
        if (e instanceof Unavailable unavailable && unavailable.outcome() != Unavailable.Outcome.NONE) {
            body.add("outcome", unavailable.outcome() == Unavailable.Outcome.NOT_ATTEMPTED ? "not-attempted" : "unknown");
        }
        if (e instanceof RuleViolation violation) {
            body.add("rule", violation.rule());
            body.add("rules", JsonBuilders.array(violation.rules().stream().distinct().toList()));
        }
        jakarta.ws.rs.core.Response response = ProblemResponses.response(status, body.build());
        return e instanceof Unavailable
                ? jakarta.ws.rs.core.Response.fromResponse(response).header("Retry-After", "1").build()
                : response;
    }

    private String path() {
        return uri == null ? null : uri.getRequestUri().getPath();
    }
}
