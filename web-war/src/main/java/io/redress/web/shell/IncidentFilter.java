package io.redress.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * For errors outside an ajax request: gives the failure an incident id, logs it with the stack trace and
 * lets the container show the 500 page, which prints the id (never the trace). An expired or forged form is no
 * failure: it is answered 400 with the expired page. A form is forged or stale when its view state cannot be
 * restored, or when it lacks the per-page CSP nonce PrimeFaces requires on every postback.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class IncidentFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(IncidentFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (isViewExpired(e) && !response.isCommitted()) {
                // an expired or forged view state is a request that cannot be processed, not a server failure
                // (the container answers an exception with 500): the expired page, as a 400
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The page expired");
                return;
            }
            if (isViewExpired(e)) {
                throw e;
            }
            String incident = UUID.randomUUID().toString();
            request.setAttribute(IncidentExceptionHandlerFactory.INCIDENT_ATTRIBUTE, incident);
            LOG.log(Level.SEVERE, "Incident " + incident + " on " + request.getRequestURI(), e);
            throw e;
        }
    }

    private static boolean isViewExpired(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.faces.application.ViewExpiredException || t instanceof org.primefaces.csp.CspException) {
                return true;
            }
        }
        return false;
    }
}
