package io.redress.web.shell;

import io.redress.shared.application.SystemStatus;
import io.redress.shared.application.SystemStatus.Readiness;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The start page: what the signed-in person can do, and whether the system is healthy. */
@Named
@RequestScoped
public class HomeBean {

    @Inject
    SystemStatus status;

    private Readiness readiness;

    public Readiness getReadiness() {
        if (readiness == null) {
            readiness = status.readiness();
        }
        return readiness;
    }
}
