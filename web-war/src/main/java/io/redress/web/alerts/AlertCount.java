package io.redress.web.alerts;

import io.redress.alerts.application.AlertDesk;
import io.redress.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The number of open alerts the signed-in person's roles must act on, shown in the navigation. */
@Named
@RequestScoped
public class AlertCount {

    @Inject
    AlertDesk desk;
    @Inject
    CurrentActor actor;

    private Long open;

    public long getOpen() {
        if (open == null) {
            open = desk.openCount(actor.get());
        }
        return open;
    }
}
