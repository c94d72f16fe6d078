package io.redress.web.shell;

import io.redress.security.RedressServerAuthModule;
import io.redress.security.RedressServerAuthModule.SignIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The sign-in form: hands the credentials to Redress's authentication module, then goes where the user was going. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String continueTo;

    public void signIn() throws IOException, ServletException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        // the module reads the form's credentials from this request attribute (server-side only) during authenticate
        request.setAttribute(RedressServerAuthModule.SIGN_IN,
                new SignIn(username, password == null ? new char[0] : password.toCharArray()));
        boolean signedIn;
        try {
            signedIn = request.authenticate(response);
        } finally {
            request.removeAttribute(RedressServerAuthModule.SIGN_IN);
        }
        if (signedIn) {
            ext.redirect(ext.getRequestContextPath() + safeTarget());
        } else if (response.isCommitted()) {
            faces.responseComplete();
        } else if (request.getAttribute(RedressServerAuthModule.THROTTLED_SECONDS) instanceof Long wait) {
            response.setHeader("Retry-After", Long.toString(wait));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(faces, "login.throttled", wait), null));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(faces, "login.failed"), null));
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
