package io.redress.api.screening;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.QueryParams;
import io.redress.screening.application.DepositScreener;
import io.redress.screening.domain.ScreeningHistory;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The screenings of an account's deposits, for compliance's need-to-know. */
@Path("v1/deposit-screenings")
@Tag(name = "Screening", description = "KYT/KYW: flagged-address lists, the transaction graph, deposit screening")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DepositScreeningListResource {

    @Inject
    DepositScreener screener;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "listDepositScreenings", description = "COMPLIANCE, AUDITOR: screenings are need-to-know."
            + " Each with its re-screenings that found new exposure after a list import (oldest first).",
            summary = "An account's deposit screenings, newest first, with their exposure, evidence and re-screenings")
    @Requires(Permission.DEPOSIT_SCREENING_READ)
    public List<ScreeningHistory> ofAccount(@QueryParam("accountId") String accountId, @QueryParam("size") @DefaultValue("50") String size) {
        List<FieldError> errors = new ArrayList<>();
        int n = QueryParams.integer("size", size, 1, 200, errors);
        // the account is checked by the service, after the caller's authorization
        return screener.screeningsOf(actor.get(), accountId, n, errors);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDepositScreening", description = "COMPLIANCE, AUDITOR. What a re-screening's alert"
            + " (SCREENING_NEW_EXPOSURE, subject deposit-screening:{id}/rescreen:{n}) links to.",
            summary = "One deposit's screening with its re-screenings")
    @Requires(Permission.DEPOSIT_SCREENING_READ)
    public ScreeningHistory get(@PathParam("id") String id) {
        return screener.screening(actor.get(), QueryParams.longInteger("id", id, 1, Long.MAX_VALUE));
    }
}
