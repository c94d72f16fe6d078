package io.redress.web.shell;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * Refusals (403, 404) answered with their status and page ({@link RefusalPages}), then OmniFaces' full-ajax
 * exception handler (ajax errors show the error page too), with an incident id: logged with the stack trace and
 * shown on the error page, so support can find the one in the other. An expired page is no incident ({@link ExpiredPage}).
 */
public class IncidentExceptionHandlerFactory extends ExceptionHandlerFactory {

    public static final String INCIDENT_ATTRIBUTE = "redress.incident";
    private static final Logger LOG = Logger.getLogger(IncidentExceptionHandlerFactory.class.getName());

    public IncidentExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RefusalPages(new FullAjaxExceptionHandler(getWrapped().getExceptionHandler()) {
            @Override
            protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
                if (ExpiredPage.is(exception)) {
                    // an ajax form from a page whose view is gone: the expired page, one line in the log, no incident
                    LOG.info(ExpiredPage.logLine("ajax " + context.getExternalContext().getRequestServletPath(), exception));
                    return;
                }
                String incident = UUID.randomUUID().toString();
                context.getExternalContext().getRequestMap().put(INCIDENT_ATTRIBUTE, incident);
                LOG.log(Level.SEVERE, "Incident " + incident + " (" + reason + ", error page " + location + ")", exception);
            }
        });
    }
}
