package io.redress.api.screening;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.screening.application.FlaggedLists;
import io.redress.screening.domain.FlaggedAddressView;
import io.redress.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who lists an address. */
@Path("v1/flagged-addresses")
@Tag(name = "Screening", description = "KYT/KYW: flagged-address lists, the transaction graph, deposit screening")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlaggedAddressResource {

    @Inject
    FlaggedLists lists;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "findFlaggedAddress", description = "COMPLIANCE, ADMIN, AUDITOR. The address as written or in"
            + " canonical form (EVM and bech32 in lower case); listings removed since are included with removedAt.",
            summary = "Every listing of an address, across sources")
    @Requires(Permission.SCREENING_LIST_READ)
    public List<FlaggedAddressView> find(@QueryParam("address") String address) {
        return lists.listingsOf(actor.get(), address);
    }
}
