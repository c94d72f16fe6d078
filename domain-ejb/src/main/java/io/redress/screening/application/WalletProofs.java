package io.redress.screening.application;

import io.redress.accounts.api.Accounts;
import io.redress.audit.application.AuditTrail;
import io.redress.screening.domain.ProofMethod;
import io.redress.screening.domain.AddressFormats;
import io.redress.screening.domain.ScreeningRules;
import io.redress.screening.domain.WalletProof;
import io.redress.screening.domain.WalletProofView;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.Permission;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Proofs that a customer controls a self-hosted address (EU 2023/1113): recorded once per account, chain and address
 * (again: nothing changes); deposits from it then pass the travel rule, and the holds whose only reason was the missing
 * proof end at once.
 */
@Stateless
public class WalletProofs {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    Accounts accounts;
    @Inject
    Investigations investigations;
    @Inject
    Clock clock;

    public WalletProofView record(Actor actor, String accountId, String chain, String address, ProofMethod method) {
        String role = access.require(actor, Permission.WALLET_PROOF_RECORD);
        List<FieldError> errors = new ArrayList<>();
        if (accountId == null || !ScreeningRules.ACCOUNT_ID.matcher(accountId).matches()) {
            errors.add(FieldError.requiredIdentifier("accountId"));
        } else if (accounts.find(accountId).isEmpty()) {
            errors.add(FieldError.of("accountId", FieldError.Code.UNKNOWN_ACCOUNT, "no account " + accountId + " in Redress", accountId));
        }
        String canonical = null;
        if (chain == null || !AddressFormats.known(chain)) {
            errors.add(FieldError.of("chain", FieldError.Code.REQUIRED_ONE_OF, "is required, one of " + String.join(", ", AddressFormats.codes()),
                    String.join(", ", AddressFormats.codes())));
        } else if (address == null) {
            errors.add(FieldError.required("address"));
        } else {
            try {
                canonical = AddressFormats.parse(chain, address).canonical();
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("address", e.getMessage()));
            }
        }
        if (method == null) {
            errors.add(FieldError.of("method", FieldError.Code.REQUIRED_ONE_OF, "is required: SIGNED_MESSAGE, TEST_TRANSFER or OTHER", "SIGNED_MESSAGE, TEST_TRANSFER, OTHER"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<WalletProof> known = em.createNamedQuery(WalletProof.OF_ADDRESS, WalletProof.class).setParameter("account", accountId)
                .setParameter("chain", chain).setParameter("address", canonical).getResultList();
        if (!known.isEmpty()) {
            return known.get(0).view(0);
        }
        WalletProof proof = new WalletProof(accountId, chain, canonical, method, actor.name(), clock.instant());
        em.persist(proof);
        int released = investigations.releaseForProof(actor, role, accountId, chain, canonical);
        audit.record(actor, role, "WALLET_PROOF_RECORDED", "WalletProof", accountId + " " + chain + " " + canonical, null, null,
                method + "; " + released + " travel-rule holds ended");
        return proof.view(released);
    }

    /** Whether the customer proved control of the address. */
    public boolean proven(String accountId, String chain, String canonicalAddress) {
        return !em.createNamedQuery(WalletProof.OF_ADDRESS, WalletProof.class).setParameter("account", accountId)
                .setParameter("chain", chain).setParameter("address", canonicalAddress).setMaxResults(1).getResultList().isEmpty();
    }
}
