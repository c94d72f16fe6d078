package io.redress.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * For errors outside an ajax request: gives the failure an incident id, logs it with the stack trace and
 * lets the container show the 500 page, which prints the id (never the trace). An expired or forged form is no
 * failure: it is answered 400 with the expired page and logged in one INFO line ({@link ExpiredPage}). A form is
 * forged or stale when its view state cannot be restored, or when it lacks the per-page CSP nonce PrimeFaces requires
 * on every postback.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class IncidentFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(IncidentFilter.class.getName());
    /** The request parameter PrimeFaces' CSP support expects on every postback of a page it rendered. */
    private static final String CSP_NONCE = "primefaces.nonce";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (ExpiredPage.is(e) && !response.isCommitted()) {
                // an expired or forged view state is a request that cannot be processed, not a server failure
                // (the container answers an exception with 500): the expired page, as a 400, and one log line
                LOG.info(ExpiredPage.logLine(request.getMethod() + " " + request.getRequestURI(), e));
                if (request.getParameter(CSP_NONCE) == null) {
                    // a form without the page's CSP nonce was not sent by one of our pages: PrimeFaces refuses to
                    // render any page for it, the error page included, so the answer is written here
                    expiredWithoutFaces(request, response);
                } else {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The page expired");
                }
                return;
            }
            if (ExpiredPage.is(e)) {
                throw e;
            }
            String incident = UUID.randomUUID().toString();
            request.setAttribute(IncidentExceptionHandlerFactory.INCIDENT_ATTRIBUTE, incident);
            LOG.log(Level.SEVERE, "Incident " + incident + " on " + request.getRequestURI(), e);
            throw e;
        }
    }

    private static void expiredWithoutFaces(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle msg = ResourceBundle.getBundle("io.redress.web.messages", request.getLocale());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html><head><title>" + msg.getString("error.expired.title")
                + "</title></head><body><h2 id=\"error-title\">" + msg.getString("error.expired.title") + "</h2><p>"
                + msg.getString("error.expired.text") + "</p><p><a href=\"" + request.getContextPath() + "/app/index.xhtml\">"
                + msg.getString("error.reload") + "</a></p></body></html>");
    }
}
