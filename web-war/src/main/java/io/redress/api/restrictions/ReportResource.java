package io.redress.api.restrictions;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.restrictions.application.RestrictionService;
import io.redress.restrictions.domain.RestrictionView;
import io.redress.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Reports", description = "Reports for compliance and auditors")
@Path("v1/reports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    RestrictionService restrictions;
    @Inject
    CurrentActor actor;

    @GET
    @Path("restrictions-after-complaints")
    @Operation(operationId = "restrictionsAfterComplaints",
            description = "The retaliation guard's report.",
            summary = "Every restriction approved while the customer had complaint activity in the previous 30 days"
            + " (COMPLIANCE, AUDITOR)")
    @Requires(Permission.REPORT_RESTRICTIONS_AFTER_COMPLAINTS)
    public List<RestrictionView> restrictionsAfterComplaints() {
        return restrictions.afterComplaints(actor.get());
    }
}
