package io.redress.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** The sign-in form: hands the credentials to Redress's authentication mechanism, then goes where the user was going. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;
    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String continueTo;

    public void signIn() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) ext.getRequest(),
                (HttpServletResponse) ext.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            ext.redirect(ext.getRequestContextPath() + safeTarget());
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(faces, "login.failed"), null));
        } else {
            faces.responseComplete();
        }
    }

    /** Only paths inside the console: never an open redirect to another site. */
    private String safeTarget() {
        if (continueTo != null && continueTo.startsWith("/app/") && !continueTo.contains("//") && !continueTo.contains("\\")) {
            return continueTo;
        }
        return "/app/index.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
