package io.redress.web.shell;

import io.redress.security.CurrentActor;
import io.redress.staff.application.StaffAuthenticator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** What the layout needs: who is signed in, and signing out. */
@Named
@RequestScoped
public class Shell {

    @Inject
    CurrentActor actor;
    @Inject
    StaffAuthenticator staff;
    @Inject
    FacesContext faces;

    private String displayName;

    public String getDisplayName() {
        if (displayName == null) {
            displayName = staff.displayName(actor.get().name()).orElse(actor.get().name());
        }
        return displayName;
    }

    public String getUsername() {
        return actor.get().name();
    }

    public String getRoles() {
        return String.join(", ", actor.get().roles().stream().map(Enum::name).toList());
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        request.logout();
        ext.invalidateSession();
        ext.redirect(ext.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
