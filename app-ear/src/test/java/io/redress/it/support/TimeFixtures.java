package io.redress.it.support;

import io.redress.apikeys.application.ApiKeyRegistry;
import io.redress.audit.application.AuditLog;
import io.redress.audit.domain.AuditQuery;
import io.redress.audit.domain.AuditRecord;
import io.redress.cases.application.SlaSweep;
import io.redress.restrictions.application.DueProcess;
import io.redress.screening.application.Investigations;
import io.redress.shared.domain.Actor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * Test-only, for black-box tests: run what time has made due "as of" a later instant (the entry points the
 * 15-second timers call with the clock's now), and read the audit entries of a record.
 */
@Path("time")
@Stateless
@Produces(MediaType.APPLICATION_JSON)
public class TimeFixtures {

    @EJB
    DueProcess due;
    @EJB
    SlaSweep sla;
    @EJB
    AuditLog audit;
    @EJB
    ApiKeyRegistry keys;
    @EJB
    Investigations investigations;

    public record Ran(DueProcess.Report due, SlaSweep.Report sla) {
    }

    @POST
    @Path("due")
    public Ran runDue(@QueryParam("at") String at) {
        Instant now = Instant.parse(at);
        return new Ran(due.runDue(now), sla.runDue(now));
    }

    /**
     * The key policy's sweep as of {@code at}: how many keys lapsed or expired. Each key in its own transaction, as the
     * timer does: one transaction for them all would hold each key's row and the feed's head to its end, and meet the
     * timer, which takes a key's row before the head, in the opposite order.
     */
    @POST
    @Path("key-policy")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int runKeyPolicy(@QueryParam("at") String at) {
        Instant now = Instant.parse(at);
        int lapsed = 0;
        for (String keyId : keys.policyDue(now, 100_000)) {
            lapsed += keys.enforcePolicy(keyId, now) ? 1 : 0;
        }
        return lapsed;
    }

    /** The investigations' deadline alerts as of {@code at}: how many were raised. */
    @POST
    @Path("investigation-deadlines")
    public int runInvestigationDeadlines(@QueryParam("at") String at) {
        return investigations.alertDeadlines(Instant.parse(at));
    }

    @GET
    @Path("audit")
    public List<AuditRecord> audit(@QueryParam("action") String action, @QueryParam("entityId") String entityId) {
        return audit.search(Actor.system(), new AuditQuery(null, action, null, entityId, null, null, null), 0, 50).items();
    }
}
