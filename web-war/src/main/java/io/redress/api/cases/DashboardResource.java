package io.redress.api.cases;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.QueryParams;
import io.redress.cases.application.OperationsPicture;
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

@Tag(name = "Dashboard", description = "The operations picture")
@Path("v1/dashboard")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    OperationsPicture picture;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "getDashboard",
            description = "days is 1 to 90. Staff only.",
            summary = "The operations picture over the last N days (UTC): funnel, SLA by priority, queues, complaints")
    @Requires(Permission.DASHBOARD_READ)
    public OperationsPicture.Picture get(@QueryParam("days") @DefaultValue("14") String days) {
        return picture.picture(actor.get(), QueryParams.integer("days", days, 1, OperationsPicture.MAX_DAYS));
    }
}
