package io.redress.security;

import io.redress.api.problem.ProblemResponses;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.Unavailable;
import io.redress.staff.application.ApiAuthentication;
import io.redress.staff.application.StaffAuthenticator;
import io.redress.staff.application.StaffAuthenticator.Channel;
import io.redress.staff.domain.AuthenticatedStaff;
import io.redress.staff.domain.LoginThrottled;
import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * How anyone proves who they are to Redress, as a Jakarta Authentication module the container calls before every
 * request (registered by {@link SecurityInstaller}).
 * <ul>
 * <li>REST ({@code /api/*}): HTTP Basic on every request, no session; 401 as problem+json.</li>
 * <li>Console: a form login ({@link io.redress.web.shell.LoginBean}) that rotates the session id; later
 * requests carry only the staff member's name in the session, and their roles are read again on every
 * request, so disabling or re-roling someone takes effect on their next click.</li>
 * </ul>
 * A plain module rather than a Jakarta Security {@code HttpAuthenticationMechanism}: Payara's bridge to such a
 * mechanism looked the CDI bean manager up in JNDI and resolved the mechanism bean twice per request, which cost
 * more than the authentication itself.
 */
public class RedressServerAuthModule implements ServerAuthModule {

    static final String SESSION_USER = "redress.staff";
    /** The roles this module verified for the current request, for {@link CurrentActor}. */
    static final String REQUEST_ROLES = "redress.roles";
    /** Set by the sign-in form for the duration of its {@code HttpServletRequest#authenticate} call. */
    public static final String SIGN_IN = "redress.signIn";
    /** Set when the sign-in was refused unchecked: too many failures; the value is the wait in seconds. */
    public static final String THROTTLED_SECONDS = "redress.throttledSeconds";

    private static final String IS_MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";
    private static final Class<?>[] MESSAGE_TYPES = {HttpServletRequest.class, HttpServletResponse.class};

    /** The credentials the sign-in form submitted; the module clears the password once checked. */
    public record SignIn(String username, char[] password) {
    }

    private final ApiAuthentication apiCallers;
    private final StaffAuthenticator staff;
    private CallbackHandler container;

    public RedressServerAuthModule(ApiAuthentication apiCallers, StaffAuthenticator staff) {
        this.apiCallers = apiCallers;
        this.staff = staff;
    }

    @Override
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
                           @SuppressWarnings("rawtypes") Map options) {
        this.container = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return MESSAGE_TYPES.clone();
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
        HttpServletResponse response = (HttpServletResponse) message.getResponseMessage();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // Set here, before anything can answer (a 401 or a redirect included): this module sees every request.
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (Realm.of(path) != Realm.of(mappedPath(request))) {
            return crossesRealms(response);
        }
        if (path.startsWith("/jakarta.faces.resource/")) {
            return AuthStatus.SUCCESS; // anonymous: stylesheets and scripts, also for the sign-in page; cacheable
        }
        // Neither a browser nor a proxy keeps a copy of a page or an answer about customers and staff.
        response.setHeader("Cache-Control", "no-store");
        if (path.startsWith("/api/")) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            return api(request, response, client);
        }
        return console(request, response, client, Boolean.parseBoolean((String) message.getMap().get(IS_MANDATORY)));
    }

    private AuthStatus api(HttpServletRequest request, HttpServletResponse response, Subject client) throws AuthException {
        // Every API call is authenticated here (web.xml has no URL constraint for /api/*, which would cost a
        // JACC check per request); each service then checks the role its action needs.
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return unauthorized(request, response, "Send HTTP Basic credentials of an integration client or staff member");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(request, response, "The Authorization header is not valid Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(request, response, "The Authorization header must hold username:password");
        }
        Optional<AuthenticatedStaff> who;
        try {
            who = apiCallers.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(),
                    request.getRemoteAddr());
        } catch (LoginThrottled e) {
            return throttled(request, response, e);
        } catch (Unavailable e) {
            return unavailable(request, response, e.getMessage());
        } catch (RuntimeException e) {
            if (apiCallers.databaseAway(e)) {
                return unavailable(request, response, "The database is unreachable; nothing was done. Retry later.");
            }
            throw e;
        }
        if (who.isEmpty()) {
            return unauthorized(request, response, "Unknown username, wrong password, or a disabled account");
        }
        return signedIn(request, client, who.get().username(), who.get().roles());
    }

    private AuthStatus console(HttpServletRequest request, HttpServletResponse response, Subject client, boolean mandatory)
            throws AuthException {
        if (request.getAttribute(SIGN_IN) instanceof SignIn form) {
            return signIn(request, client, form);
        }
        HttpSession session = request.getSession(false);
        String user = session == null ? null : (String) session.getAttribute(SESSION_USER);
        if (user != null) {
            Optional<Set<Role>> roles = staff.activeRoles(user);
            if (roles.isPresent()) {
                return signedIn(request, client, user, roles.get());
            }
            session.invalidate();
        }
        if (mandatory) {
            // a form sent without a session: the session expired (or ended) while the page was open. The person goes
            // back to the page they were on (the Referer: a postback's own URL has lost its parameters), told why.
            boolean expired = "POST".equals(request.getMethod());
            String target = expired ? refererInConsole(request)
                    : request.getRequestURI().substring(request.getContextPath().length())
                            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            String login = request.getContextPath() + "/login.xhtml?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8)
                    + (expired ? "&expired=true" : "");
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // an ajax button: a redirect to the login page would arrive as HTML the page cannot use (the button would
                // do nothing and say nothing); a Faces partial response tells the page itself to go there
                try {
                    response.setStatus(HttpServletResponse.SC_OK);
                    response.setContentType("text/xml");
                    response.setCharacterEncoding("UTF-8");
                    response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + login.replace("&", "&amp;") + "\"/></partial-response>");
                } catch (IOException e) {
                    throw new AuthException("cannot answer the expired ajax request: " + e.getMessage());
                }
                return AuthStatus.SEND_CONTINUE;
            }
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", login);
            return AuthStatus.SEND_CONTINUE;
        }
        return AuthStatus.SUCCESS; // anonymous
    }

    /** The console page the request came from (path and query under the context path), or the home page. */
    static String refererInConsole(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String prefix = request.getScheme() + "://" + request.getHeader("Host") + request.getContextPath() + "/app/";
        if (referer != null && referer.startsWith(prefix) && referer.length() < 2000) {
            String path = referer.substring(prefix.length() - "/app/".length());
            int fragment = path.indexOf('#');
            return fragment < 0 ? path : path.substring(0, fragment);
        }
        return "/app/index.xhtml";
    }

    private AuthStatus signIn(HttpServletRequest request, Subject client, SignIn form) throws AuthException {
        try {
            Optional<AuthenticatedStaff> who;
            try {
                who = staff.authenticate(form.username(), form.password(), request.getRemoteAddr(), Channel.CONSOLE);
            } catch (LoginThrottled e) {
                // the sign-in form says how long to wait (LoginBean reads this attribute)
                request.setAttribute(THROTTLED_SECONDS, e.retryAfterSeconds());
                return AuthStatus.SEND_FAILURE;
            }
            if (who.isEmpty() || who.get().roles().contains(Role.INTEGRATION)) {
                // no error page: the sign-in form stays and tells the person what went wrong
                return AuthStatus.SEND_FAILURE;
            }
            // a new session id at sign-in: a session id known before it (fixation) is worthless after it
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            request.getSession(true).setAttribute(SESSION_USER, who.get().username());
            return signedIn(request, client, who.get().username(), who.get().roles());
        } finally {
            Arrays.fill(form.password(), '\0');
        }
    }

    private AuthStatus signedIn(HttpServletRequest request, Subject client, String username, Set<Role> roles)
            throws AuthException {
        String[] groups = roles.stream().map(Enum::name).toArray(String[]::new);
        try {
            container.handle(new Callback[] {new CallerPrincipalCallback(client, username),
                    new GroupPrincipalCallback(client, groups)});
        } catch (IOException | UnsupportedCallbackException e) {
            throw (AuthException) new AuthException("the container refused the caller " + username).initCause(e);
        }
        request.setAttribute(REQUEST_ROLES, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        return AuthStatus.SUCCESS;
    }

    /** What a path reaches, and so how its caller is authenticated. */
    private enum Realm {
        RESOURCE, API, CONSOLE;

        static Realm of(String path) {
            return path.startsWith("/jakarta.faces.resource/") ? RESOURCE : path.startsWith("/api/") ? API : CONSOLE;
        }
    }

    /**
     * The path the container serves: decoded, its dot-segments resolved. The realm is chosen from the path as sent, so
     * the two must agree: {@code /api/v1/x%2F..%2F..%2Fapp%2Faccounts%2Fsearch.xhtml} is sent under {@code /api} (HTTP
     * Basic, no session) but served as a console page, and a resource's path (anonymous) could reach one the same way.
     */
    private static String mappedPath(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private static AuthStatus crossesRealms(HttpServletResponse response) {
        try {
            // the path itself is never echoed
            ProblemResponses.write(response, 400, "malformed-path", "Malformed path",
                    "the path leads elsewhere once decoded: encoded slashes and dot-segments are not accepted", null);
        } catch (IOException gone) {
            // the client went away; nothing more to tell it
        }
        return AuthStatus.SEND_FAILURE;
    }

    private static AuthStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String detail) {
        try {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Redress\", charset=\"UTF-8\"");
            ProblemResponses.write(response, 401, "unauthorized", "Authentication required", detail, request.getRequestURI());
        } catch (IOException e) {
            // the client went away; nothing more to tell it
        }
        return AuthStatus.SEND_FAILURE;
    }

    private static AuthStatus unavailable(HttpServletRequest request, HttpServletResponse response, String detail) {
        try {
            ProblemResponses.writeUnavailable(response, detail, request.getRequestURI());
        } catch (IOException gone) {
            // the client went away; nothing more to tell it
        }
        return AuthStatus.SEND_FAILURE;
    }

    private static AuthStatus throttled(HttpServletRequest request, HttpServletResponse response, LoginThrottled e) {
        try {
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            ProblemResponses.write(response, 429, e.type(), "Too many failed sign-ins", e.getMessage(), request.getRequestURI());
        } catch (IOException gone) {
            // the client went away; nothing more to tell it
        }
        return AuthStatus.SEND_FAILURE;
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) {
        return AuthStatus.SEND_SUCCESS;
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) {
        if (subject != null) {
            subject.getPrincipals().clear();
        }
    }
}
