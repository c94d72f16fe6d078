package io.redress.web.shell;

import io.redress.shared.domain.AccessDenied;
import io.redress.shared.domain.NotFound;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * A refusal while loading or working a page (the service said 403 or 404) answers with that status and the
 * matching error page, for every page at once: page beans do not catch AccessDenied or NotFound themselves.
 * Ajax requests are left to the full-ajax handler it wraps, which shows the same pages (mapped by exception type
 * in web.xml). Everything else is an incident.
 */
public class RefusalPages extends ExceptionHandlerWrapper {

    public RefusalPages(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && !faces.getPartialViewContext().isAjaxRequest()) {
            ExternalContext ext = faces.getExternalContext();
            Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
            while (queued.hasNext() && !ext.isResponseCommitted()) {
                Optional<Integer> status = statusOf(queued.next().getContext().getException());
                if (status.isPresent()) {
                    queued.remove();
                    send(faces, status.get());
                    break;
                }
            }
        }
        getWrapped().handle();
    }

    /** 403 for a missing permission, 404 for a record that does not exist (or may not be seen); else none. */
    static Optional<Integer> statusOf(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDenied) {
                return Optional.of(403);
            }
            if (t instanceof NotFound) {
                return Optional.of(404);
            }
        }
        return Optional.empty();
    }

    private static void send(FacesContext faces, int status) {
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
