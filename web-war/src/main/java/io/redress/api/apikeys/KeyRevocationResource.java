package io.redress.api.apikeys;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.QueryParams;
import io.redress.apikeys.application.ApiKeyRegistry;
import io.redress.apikeys.application.ApiKeyRegistry.FeedPage;
import io.redress.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The revocations, expiries and permission lapses the exchange must apply, in commit order. */
@Path("v1/key-revocations")
@Tag(name = "API keys", description = "The registry of the exchange's API keys, their third parties and the key policy")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class KeyRevocationResource {

    @Inject
    ApiKeyRegistry registry;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "keyRevocations",
            description = "INTEGRATION. Positions are handed out in commit order (under one row lock held to the commit),"
                    + " so an entry committed late on another instance is never behind a position already read: pass"
                    + " 'next' as 'after'. size 1 to 1,000 (default 100).",
            summary = "Revocations, expiries and permission lapses after a position, oldest first")
    @Requires(Permission.APIKEY_FEED)
    public FeedPage after(@QueryParam("after") @DefaultValue("0") String after,
                          @QueryParam("size") @DefaultValue("100") String size) {
        long cursor = QueryParams.longInteger("after", after, 0, Long.MAX_VALUE);
        int max = QueryParams.integer("size", size, 1, ApiKeyRegistry.MAX_FEED_PAGE);
        return registry.feed(actor.get(), cursor, max);
    }
}
