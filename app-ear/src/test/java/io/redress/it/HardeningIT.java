package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.RawHttp;
import io.redress.it.support.RawHttp.Answer;
import io.redress.it.support.RedressDeployment;
import java.net.URI;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The headers a browser and an operator expect (OWASP ASVS V3/V14), and metrics kept off the public listener. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private final RawHttp http = RawHttp.fromFreshAddress();

    private static void assertNoSniff(Answer a) {
        assertEquals("nosniff", a.header("x-content-type-options"), a.status() + " " + a.headers());
    }

    private static void assertNoStore(Answer a) {
        assertNotNull(a.header("cache-control"), a.headers().toString());
        assertTrue(a.header("cache-control").contains("no-store"), a.header("cache-control"));
    }

    @Test
    void apiAnswersAreNeitherSniffedNorStored() throws Exception {
        Credentials agent = Api.newStaff("AGENT");
        Answer ok = http.get("api/v1/ping", agent.username(), agent.password());
        assertEquals(200, ok.status(), ok.body());
        assertNoSniff(ok);
        assertNoStore(ok);
        assertEquals("default-src 'none'; frame-ancestors 'none'", ok.header("content-security-policy"));

        Answer unauthenticated = http.get("api/v1/ping", null, null);
        assertEquals(401, unauthenticated.status());
        assertNoSniff(unauthenticated);
        assertNoStore(unauthenticated);

        Answer forbidden = http.get("api/v1/audit/verify", agent.username(), agent.password());
        assertEquals(403, forbidden.status());
        assertNoSniff(forbidden);
        assertNoStore(forbidden);
    }

    @Test
    void consolePagesCarryAContentSecurityPolicyWithANonceAndAreNotStored() throws Exception {
        Answer login = http.get("login.xhtml", null, null);
        assertEquals(200, login.status());
        assertNoSniff(login);
        assertNoStore(login);
        String csp = login.header("content-security-policy");
        assertNotNull(csp, login.headers().toString());
        assertTrue(csp.matches(".*script-src 'self' 'nonce-[^']+'.*"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), csp);
        String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(login.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
        assertNotEquals(csp, http.get("login.xhtml", null, null).header("content-security-policy"), "a new nonce per page");

        Answer redirect = http.get("app/index.xhtml", null, null);
        assertEquals(302, redirect.status());
        assertNoSniff(redirect);
        assertNoStore(redirect);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        Answer login = http.get("login.xhtml", null, null);
        String cookie = login.header("set-cookie");
        assertNotNull(cookie, "the sign-in form opens a session: " + login.headers());
        assertTrue(cookie.contains("JSESSIONID"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie); // values are case-insensitive
        assertTrue(cookie.contains("HttpOnly"), cookie);
    }

    @Test
    void stylesheetsAndScriptsAreNotSniffedButMayBeCached() throws Exception {
        Answer login = http.get("login.xhtml", null, null);
        String script = login.body().replaceAll("(?s).*src=\"([^\"]*jakarta\\.faces\\.resource/[^\"]+)\".*", "$1")
                .replace("&amp;", "&");
        assertTrue(script.contains("jakarta.faces.resource"), "a script on the sign-in page: " + script);
        Answer resource = http.get(URI.create(Api.baseUrl()).getPort(), script, null, null);
        assertEquals(200, resource.status(), script);
        assertNoSniff(resource);
        String caching = resource.header("cache-control");
        assertTrue(caching == null || !caching.contains("no-store"), "static resources stay cacheable: " + caching);
    }

    @Test
    void metricsAreNotOnThePublicListener() throws Exception {
        int httpPort = URI.create(Api.baseUrl()).getPort();
        Answer publicMetrics = http.get(httpPort, "/metrics", null, null);
        assertNotEquals(200, publicMetrics.status(), publicMetrics.body());
        assertFalse(publicMetrics.body().contains("# TYPE"), "no Prometheus text on the public listener");
        // the container's own error pages (outside the application) do not name the server and its version
        for (Answer containers : new Answer[] {publicMetrics, http.get(httpPort, "/no-such-application", null, null)}) {
            assertFalse(containers.body().contains("Payara") || containers.body().contains("GlassFish"),
                    containers.status() + ": " + containers.body());
        }
        assertEquals(200, http.get(httpPort, "/health/ready", null, null).status(), "health stays where balancers ask");
    }
}
