package io.redress.api.problem;

import io.redress.shared.application.DatabaseGate;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.Unavailable;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. A known cause wrapped by the container is unwrapped and answered as itself; a lost
 * optimistic lock is a 409; a unique key broken at commit (two requests storing the same record at the very same
 * moment: the loser's whole transaction rolled back) is a 409 {@code concurrent-write} to repeat; the database going away during the request is a 503 whose {@code outcome} is
 * {@code unknown} (a change may or may not have been committed); anything truly unexpected is a 500 carrying an
 * incident id that is logged with the stack trace, which never reaches the client.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    UriInfo uri;
    @Context
    Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RedressException || t instanceof WebApplicationException) {
                ExceptionMapper mapper = providers.getExceptionMapper(t.getClass());
                return mapper.toResponse(t);
            }
            if (t instanceof OptimisticLockException) {
                return ProblemResponses.response(409, ProblemResponses.body(409, "stale-version", "Changed by someone else",
                        "The record was changed by a concurrent request; read it again", path()).build());
            }
        }
        if (concurrentWriteLost(e)) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.WARNING, "Concurrent write " + incident + " on " + path() + ": answered 409 (" + rootMessage(e) + ")", e);
            return ProblemResponses.response(409, ProblemResponses.body(409, "concurrent-write", "Written at the same moment",
                    "Another request stored the same record at the same moment; nothing of this request was stored."
                            + " Repeat it (if it is refused the same way again, quote the incident id)", path())
                    .add("incidentId", incident).build());
        }
        if (databaseAway(e)) {
            LOG.warning(() -> "The database failed during " + path() + ": answered 503 (" + rootMessage(e) + ")");
            Unavailable unavailable = new Unavailable("The database failed during the request; if it was a change, it may or may"
                    + " not have been made: read before repeating it", Unavailable.Outcome.UNKNOWN);
            return providers.getExceptionMapper(Unavailable.class).toResponse(unavailable);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " on " + path(), e instanceof EJBException && e.getCause() != null ? e.getCause() : e);
        return ProblemResponses.response(500, ProblemResponses.body(500, "internal-error", "Unexpected error",
                "Redress could not complete the request. Quote the incident id to the Redress operators.", path())
                .add("incidentId", incident).build());
    }

    /**
     * A concurrent request won, and this one's transaction was rolled back whole: SQLSTATE 23505 (unique_violation), as
     * PostgreSQL and H2 both report it, 40P01 (deadlock_detected: PostgreSQL refused one of two transactions waiting for
     * each other), 40001 (serialization_failure) or 55P03 (lock_not_available: a lock_timeout ran out). Repeating it is
     * the answer to all four.
     */
    static boolean concurrentWriteLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && CONCURRENT_WRITE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> CONCURRENT_WRITE_STATES = java.util.Set.of("23505", "40P01", "40001", "55P03",
            // H2: a lock wait that ran out (a row held FOR UPDATE by another transaction)
            "HYT00");

    /** Looked up only on this rare path: the mapper is a JAX-RS provider, not a CDI bean. */
    private static boolean databaseAway(Throwable e) {
        try {
            return CDI.current().select(DatabaseGate.class).get().explains(e);
        } catch (IllegalStateException lookupFailed) {
            return false;
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private String path() {
        return uri == null ? null : uri.getRequestUri().getPath();
    }
}
