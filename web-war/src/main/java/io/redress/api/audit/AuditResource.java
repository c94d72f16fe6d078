package io.redress.api.audit;

import io.redress.audit.application.AuditLog;
import io.redress.audit.domain.ChainStatus;
import io.redress.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Verification of the tamper-evident audit chain (AUDITOR). */
@Tag(name = "Audit", description = "The tamper-evident audit trail")
@Path("v1/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog auditLog;
    @Inject
    CurrentActor actor;

    @GET
    @Path("verify")
    @Operation(operationId = "verifyAuditChain",
            description = "AUDITOR.",
            summary = "Recompute the audit chain; reports the first broken sequence number, if any")
    public ChainStatus verify() {
        return auditLog.verify(actor.get());
    }
}
