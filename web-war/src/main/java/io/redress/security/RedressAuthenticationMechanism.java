package io.redress.security;

import io.redress.api.problem.ProblemResponses;
import io.redress.shared.domain.Role;
import io.redress.staff.application.ApiAuthentication;
import io.redress.staff.application.StaffAuthenticator;
import io.redress.staff.application.StaffAuthenticator.Channel;
import io.redress.staff.domain.AuthenticatedStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How anyone proves who they are to Redress.
 * <ul>
 * <li>REST ({@code /api/*}): HTTP Basic on every request, no session; 401 as problem+json.</li>
 * <li>Console: a form login ({@link io.redress.web.shell.LoginBean}) that rotates the session id; later
 * requests carry only the staff member's name in the session, and their roles are read again on every
 * request, so disabling or re-roling someone takes effect on their next click.</li>
 * </ul>
 */
@ApplicationScoped
public class RedressAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "redress.staff";
    /** The roles this mechanism verified for the current request, for {@link CurrentActor}. */
    static final String REQUEST_ROLES = "redress.roles";

    @Inject
    StaffAuthenticator staff;
    @Inject
    ApiAuthentication apiCallers;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return api(request, response, context);
        }
        if (path.startsWith("/jakarta.faces.resource/")) {
            return context.doNothing();
        }
        return console(request, context);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // Every API call is authenticated here (web.xml has no URL constraint for /api/*, which would cost a
        // JACC check per request); each service then checks the role its action needs.
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return unauthorized(request, response, context, "Send HTTP Basic credentials of an integration client or staff member");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(request, response, context, "The Authorization header is not valid Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(request, response, context, "The Authorization header must hold username:password");
        }
        Optional<AuthenticatedStaff> who = apiCallers.authenticate(decoded.substring(0, colon),
                decoded.substring(colon + 1).toCharArray(), request.getRemoteAddr());
        if (who.isEmpty()) {
            return unauthorized(request, response, context, "Unknown username, wrong password, or a disabled account");
        }
        request.setAttribute(REQUEST_ROLES, java.util.EnumSet.copyOf(who.get().roles()));
        return context.notifyContainerAboutLogin(who.get().username(), names(who.get().roles()));
    }

    private AuthenticationStatus console(HttpServletRequest request, HttpMessageContext context) {
        if (context.isAuthenticationRequest()) {
            Credential credential = context.getAuthParameters().getCredential();
            if (credential instanceof UsernamePasswordCredential up) {
                Optional<AuthenticatedStaff> who = staff.authenticate(up.getCaller(), up.getPassword().getValue(),
                        request.getRemoteAddr(), Channel.CONSOLE);
                if (who.isPresent() && !who.get().roles().contains(Role.INTEGRATION)) {
                    // a new session id at sign-in: a session id known before it (fixation) is worthless after it
                    if (request.getSession(false) != null) {
                        request.changeSessionId();
                    }
                    request.getSession(true).setAttribute(SESSION_USER, who.get().username());
                    request.setAttribute(REQUEST_ROLES, java.util.EnumSet.copyOf(who.get().roles()));
                    return context.notifyContainerAboutLogin(who.get().username(), names(who.get().roles()));
                }
            }
            // no error page: the sign-in form stays and tells the person what went wrong
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(false);
        String user = session == null ? null : (String) session.getAttribute(SESSION_USER);
        if (user != null) {
            Optional<Set<Role>> roles = staff.activeRoles(user);
            if (roles.isPresent()) {
                request.setAttribute(REQUEST_ROLES, java.util.EnumSet.copyOf(roles.get()));
                return context.notifyContainerAboutLogin(user, names(roles.get()));
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + "/login.xhtml?continue="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context, String detail) {
        try {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Redress\", charset=\"UTF-8\"");
            ProblemResponses.write(response, 401, "unauthorized", "Authentication required", detail, request.getRequestURI());
        } catch (IOException e) {
            // the client went away; nothing more to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toSet());
    }
}
