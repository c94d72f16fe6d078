package io.redress.api.support;

import io.redress.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lets a client check its credentials; also the baseline endpoint of the benchmarks (same auth, same JSON). */
@Tag(name = "Ping", description = "Checking credentials")
@Path("v1/ping")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PingResource {

    public record Pong(String caller, String status) {
    }

    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "ping",
            description = "Any authenticated caller.",
            summary = "Who am I: answers the authenticated caller's name")
    @Open("checking one's credentials: every authenticated caller, no data")
    public Pong ping() {
        return new Pong(actor.get().name(), "ok");
    }
}
