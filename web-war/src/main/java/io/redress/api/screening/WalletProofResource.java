package io.redress.api.screening;

import io.redress.shared.domain.Permission;
import io.redress.api.support.Requires;
import io.redress.api.support.JsonBody;
import io.redress.screening.application.WalletProofs;
import io.redress.screening.domain.ProofMethod;
import io.redress.screening.domain.WalletProofView;
import io.redress.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Proofs of control of self-hosted addresses: the travel rule's condition. */
@Path("v1/wallet-proofs")
@Tag(name = "Screening", description = "KYT/KYW: flagged-address lists, the transaction graph, deposit screening")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class WalletProofResource {

    @Inject
    WalletProofs proofs;
    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordWalletProof", description = "INTEGRATION, COMPLIANCE. Idempotent per account, chain and"
            + " address. Deposits from the address then pass the travel rule; holds on earlier deposits from it whose only"
            + " reason was the missing proof end at once (holdsReleased), with their investigations.",
            summary = "Record that a customer controls a self-hosted address")
    @Requires(Permission.WALLET_PROOF_RECORD)
    public WalletProofView record(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScreeningBodies.Proof.class))) String body) {
        JsonBody in = JsonBody.parse(body, Set.of("accountId", "chain", "address", "method"));
        String accountId = in.string("accountId");
        String chain = in.string("chain");
        String address = in.string("address");
        ProofMethod method = in.enumValue("method", ProofMethod.class);
        in.throwIfInvalid(List.of());
        return proofs.record(actor.get(), accountId, chain, address, method);
    }
}
