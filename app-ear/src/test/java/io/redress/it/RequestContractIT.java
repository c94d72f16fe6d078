package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Fixtures;
import io.redress.it.support.RedressDeployment;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile and careless requests get the contract's answer: a 4xx application/problem+json naming what was wrong,
 * never a 5xx, an HTML page or an empty body. Sent as raw HTTP, so the client library normalises nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestContractIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private String authorization;
    private String integration;

    @BeforeEach
    void staff() {
        authorization = basic(Api.newStaff("AGENT,COMPLIANCE,SUPERVISOR,ADMIN"));
        integration = basic(Api.newStaff("INTEGRATION"));
    }

    private static String basic(Fixtures.Credentials who) {
        return "Basic " + Base64.getEncoder().encodeToString((who.username() + ":" + who.password()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Who may call the operation: the exchange's systems for the account mirror and the feeds, staff for the rest. A
     * caller the operation does not allow is refused 403 before its input is read (AuthorizationMatrixIT), so the input
     * is checked here as someone allowed.
     */
    private String callerFor(String method, String path) {
        boolean exchange = "PUT".equals(method) && path.startsWith("api/v1/accounts/")
                || path.startsWith("api/v1/outbox") || path.startsWith("api/v1/notices");
        return exchange ? integration : authorization;
    }

    private record Answer(int status, String contentType, String body) {

        JsonObject problem() {
            assertTrue(contentType.startsWith("application/problem+json"), status + " " + contentType + ": " + body);
            JsonObject p = Api.json(body);
            assertEquals(status, p.getInt("status"), body);
            return p;
        }

        /** A 400 problem whose errors name this field (or parameter). */
        void refuses(String field) {
            assertEquals(400, status, body);
            assertTrue(problem().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .anyMatch(e -> e.getString("field").equals(field)), field + " named in " + body);
        }
    }

    /** {@code path} is sent exactly as written (already percent-encoded), below the context root. */
    private Answer send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).header("Authorization", callerFor(method, path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    private Answer get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    private Answer postJson(String path, String body) throws Exception {
        return send("POST", path, "application/json", body);
    }

    // Item 1: every parser failure is a 400; an oversize body is refused before it is read

    private static final List<String[]> BODY_OPERATIONS = List.of(
            new String[] {"POST", "api/v1/cases"},
            new String[] {"POST", "api/v1/cases/RD-AAAA-AAAA/notes"},
            new String[] {"POST", "api/v1/policy/forbidden-terms"},
            new String[] {"POST", "api/v1/policy/reasons"},
            new String[] {"PUT", "api/v1/accounts/acc-nested"},
            new String[] {"POST", "api/v1/accounts/acc-nested/restrictions"},
            new String[] {"POST", "api/v1/restrictions/1/appeals"},
            new String[] {"POST", "api/v1/decisions"},
            new String[] {"POST", "api/v1/public-posts"});

    @Test
    void deeplyNestedJsonIsA400OnEveryOperationThatTakesABody() throws Exception {
        for (int levels : new int[] {999, 1000, 20_000}) {
            String nested = "{\"a\":".repeat(levels) + "1" + "}".repeat(levels);
            for (String[] op : BODY_OPERATIONS) {
                Answer a = send(op[0], op[1], "application/json", nested);
                assertEquals(400, a.status(), op[0] + " " + op[1] + " with " + levels + " levels: " + a.body());
                a.refuses("body");
            }
        }
        postJson("api/v1/cases", "{\"subject\":tru}").refuses("body");
        postJson("api/v1/cases", "[".repeat(50_000)).refuses("body");
    }

    /** What an outside sweep of every operation found answered 500 or taken for what it was not (3 December 2026). */
    @Test
    void aBodyIsReadAsSentOrRefusedNamingIt() throws Exception {
        // text after the JSON value was ignored, and the value stored
        postJson("api/v1/policy/forbidden-terms", "{\"term\":\"trailing-" + UUID.randomUUID() + "\",\"why\":\"x\"} xyz")
                .refuses("body");
        // a name twice: the last was kept, whatever the first said
        postJson("api/v1/policy/forbidden-terms", "{\"term\":777,\"term\":\"twice-" + UUID.randomUUID() + "\",\"why\":\"x\"}")
                .refuses("term");
        // bytes that are no UTF-8 were stored as U+FFFD
        HttpRequest bad = HttpRequest.newBuilder(URI.create(Api.baseUrl() + "api/v1/policy/forbidden-terms"))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 't', 'e', 'r', 'm', '"', ':', '"', 'a', (byte) 0xFF,
                        (byte) 0xFE, '"', ',', '"', 'w', 'h', 'y', '"', ':', '"', 'x', '"', '}'})).build();
        HttpResponse<String> r = HTTP.send(bad, HttpResponse.BodyHandlers.ofString());
        new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body()).refuses("body");
        // a charset JAX-RS does not know answered 500
        Answer charset = send("POST", "api/v1/cases", "application/json; charset=x-nope", "{}");
        assertEquals(415, charset.status(), charset.body());
        assertEquals("urn:redress:problem:unsupported-media-type", charset.problem().getString("type"));
        // a key of another JSON type was taken as no key, and the question answered for the account alone
        Answer typed = send("POST", "api/v1/decisions", "application/json",
                "{\"requests\":[{\"accountId\":\"acc-1\",\"action\":\"API_TRADE\",\"keyId\":true,\"sourceIp\":7}]}");
        typed.refuses("requests[0].keyId");
        typed.refuses("requests[0].sourceIp");
    }

    @Test
    void optionsAnswersTheAllowedMethodsNotAnError() throws Exception {
        Answer a = send("OPTIONS", "api/v1/ping", null, null);
        assertTrue(a.status() == 200 || a.status() == 204, a.status() + ": " + a.body());
    }

    @Test
    void anOversizeBodyIsRefusedWithAProblemBeforeItIsRead() throws Exception {
        // announced, not sent: the answer must come without the server reading (or the client sending) 2 MB
        URI base = URI.create(Api.baseUrl());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST " + base.getPath() + "api/v1/policy/forbidden-terms HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + "\r\nAuthorization: " + authorization + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + 2 * 1024 * 1024 + "\r\nConnection: close\r\n\r\n{\"term\":\"")
                    .getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String answer = readAnswer(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("urn:redress:problem:body-too-large"), answer);
        }
        // and a body within the byte limit but over the character limit is a 400 naming the body
        postJson("api/v1/policy/forbidden-terms", "{\"term\":\"" + "x".repeat(100_000) + "\"}").refuses("body");
    }

    /** Status line, headers and a Content-Length body, without waiting for the server to close the connection. */
    private static String readAnswer(java.io.InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return head.toString();
            }
            head.append((char) b);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        return head + (length.find() ? new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8) : "");
    }

    // Item 3: a cursor Redress did not issue

    @Test
    void aCursorRedressDidNotIssueIsA400NamingAfter() throws Exception {
        for (String cursor : new String[] {"253402300800000.0.1", "abc", "-1.0.1", "1.2", "99999999999999999999.0.1"}) {
            get("api/v1/cases?q=sweep&after=" + cursor).refuses("after");
            get("api/v1/cases?after=" + cursor).refuses("after");
        }
        get("api/v1/outbox?after=-1").refuses("after");
        get("api/v1/notices?after=-1").refuses("after");
    }

    // Item 8: text no database should store

    @Test
    void nulControlCharactersAndLoneSurrogatesAreRefusedNamingTheField() throws Exception {
        String term = "t-" + UUID.randomUUID().toString().substring(0, 8);
        postJson("api/v1/policy/forbidden-terms", "{\"term\":\"" + term + "\",\"why\":\"a reason\\u0000 long enough\"}")
                .refuses("why");
        postJson("api/v1/policy/forbidden-terms", "{\"term\":\"" + term + "\\ud800\",\"why\":\"a reason long enough\"}")
                .refuses("term");
        postJson("api/v1/policy/forbidden-terms", "{\"term\":\"" + term + "\\u001b[31m\",\"why\":\"a reason long enough\"}")
                .refuses("term");
        postJson("api/v1/cases/RD-AAAA-AAAA/notes", "{\"body\":\"\\udc00 note\"}").refuses("body");
        postJson("api/v1/decisions", "{\"requests\":[{\"accountId\":\"a\\u0000b\",\"action\":\"TRADE\"}]}")
                .refuses("requests[0].accountId");
        get("api/v1/cases?q=ab%00cd").refuses("q");
        get("api/v1/accounts?query=ab%07").refuses("query");
        // and the refused term was not stored
        assertFalse(get("api/v1/policy/forbidden-terms").body().contains(term));
        // tab, line feed and carriage return are ordinary text
        Answer ok = postJson("api/v1/policy/forbidden-terms", "{\"term\":\"" + term + "\",\"why\":\"line one\\r\\nline two\\tend\"}");
        assertEquals(201, ok.status(), ok.body());
    }

    /**
     * Text that would show in another order than it is written (a bidirectional override, embedding or isolate: the
     * "Trojan Source" class) is refused naming the field wherever free text is stored; the marks that Arabic and
     * Hebrew text use are kept.
     */
    @Test
    void bidirectionalOverridesAreRefusedNamingTheFieldAndTheMarksAreKept() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        postJson("api/v1/canned-replies", "{\"title\":\"Refund " + tag + " \\u202Efdp.exe\",\"language\":\"en\",\"body\":\"On its way.\"}")
                .refuses("title");
        postJson("api/v1/cases/RD-AAAA-AAAA/notes", "{\"body\":\"\\u2066approved\\u2069 by the supervisor\"}").refuses("body");
        postJson("api/v1/cases/RD-AAAA-AAAA/messages", "{\"body\":\"my ticket \\u202Bis urgent\"}").refuses("body");
        postJson("api/v1/investigations/1/notes", "{\"text\":\"release \\u202Dnot\\u202C advised\"}").refuses("text");
        Api.Reply incident = Api.as(Api.newStaff("SECURITY")).post("incidents", """
                {"integration":"bidi-%s","severity":"HIGH","suspectedSince":"2026-01-01T00:00:00Z",
                 "known":"Keys leaked \\u202Efrom the vendor's backups"}""".formatted(tag));
        assertEquals(400, incident.status(), incident.body());
        assertTrue(incident.json().getJsonArray("errors").toString().contains("\"known\""), incident.body());
        assertTrue(incident.json().getJsonArray("errors").toString().contains("U+202E"), incident.body());
        assertFalse(get("api/v1/canned-replies").body().contains(tag), "the refused title was not stored");

        Answer marks = postJson("api/v1/canned-replies", "{\"title\":\"\\u05E9\\u05DC\\u05D5\\u05DD " + tag
                + " \\u200Fticket\\u200E\",\"language\":\"en\",\"body\":\"\\u0645\\u0631\\u062D\\u0628\\u0627\"}");
        assertEquals(201, marks.status(), marks.body());
    }

    // Item 9: wrong parameter types and negative sizes

    @Test
    void aQueryParameterOfTheWrongTypeOrOutOfRangeIsA400NamingIt() throws Exception {
        get("api/v1/cases?size=abc").refuses("size");
        get("api/v1/cases?size=-1").refuses("size");
        get("api/v1/dashboard?days=abc").refuses("days");
        get("api/v1/outbox?after=abc").refuses("after");
        get("api/v1/outbox?limit=abc").refuses("limit");
        get("api/v1/outbox?limit=-5").refuses("limit");
        get("api/v1/outbox?pending=maybe").refuses("pending");
        get("api/v1/notices?limit=abc").refuses("limit");
        get("api/v1/public-posts?size=abc").refuses("size");
        get("api/v1/public-posts?size=-1").refuses("size");
        get("api/v1/public-posts?unreviewed=yes").refuses("unreviewed");
        get("api/v1/campaigns?size=0").refuses("size");
        get("api/v1/accounts?size=abc").refuses("size");
    }

    /** A filter value no record can hold is refused naming it, on every list alike, never answered with an empty page. */
    @Test
    void aFilterValueNoRecordCanHoldIsA400NamingItNotAnEmptyPage() throws Exception {
        get("api/v1/alerts?kind=abc").refuses("kind");
        get("api/v1/alerts?kind=SLA_BREACHX").refuses("kind");
        get("api/v1/alerts?state=abc").refuses("state");
        Answer known = get("api/v1/alerts?kind=SLA_BREACH");
        assertEquals(200, known.status(), known.body());
        String injected = java.net.URLEncoder.encode("' OR 1=1--", StandardCharsets.UTF_8);
        for (String list : new String[] {"claims", "deposit-screenings", "investigations", "api-keys", "attribution-reports"}) {
            get("api/v1/" + list + "?accountId=" + injected).refuses("accountId");
            Answer unknown = get("api/v1/" + list + "?accountId=no-such-account-" + UUID.randomUUID().toString().substring(0, 8));
            assertEquals(200, unknown.status(), list + ": a well-formed account with nothing is an empty list: " + unknown.body());
        }
    }

    // Item 10: container-level answers are problem+json too, and URLs carry no session

    @Test
    void malformedPathsAreProblemsNeverHtml() throws Exception {
        for (String path : new String[] {"api/v1/cases/RD%2FAAAA", "api/v1/cases/RD%01AAAA", "api/v1/cases/RD%7FAAAA",
                "api/v1/accounts/x%2F..%2Fy/decision?action=TRADE"}) {
            Answer a = get(path);
            assertEquals(400, a.status(), path + ": " + a.body());
            assertTrue(a.contentType().startsWith("application/problem+json"), path + ": " + a.contentType() + " " + a.body());
            a.problem();
        }
        // Payara refuses a decoded backslash or NUL in a path itself, before any application code: a bare 400
        for (String path : new String[] {"api/v1/cases/RD%5CAAAA", "api/v1/cases/RD%00AAAA"}) {
            Answer a = get(path);
            assertEquals(400, a.status(), path + ": " + a.body());
            assertTrue(a.body().isEmpty() || a.contentType().startsWith("application/problem+json"), a.body());
        }
    }

    @Test
    void aPathThatLeadsElsewhereOnceDecodedIsRefusedBeforeAnyoneIsSignedIn() throws Exception {
        // sent under /api with Basic credentials, served as a console page; or sent as an anonymous resource; or sent
        // as a console path and served by the API: each would let one realm's authentication open the other's door
        for (String path : new String[] {"api/v1/x%2F..%2F..%2F..%2Fapp%2Faccounts%2Fsearch.xhtml",
                "api/v1/x%2F..%2F..%2F..%2Fapp%2Findex.xhtml", "jakarta.faces.resource/x%2F..%2F..%2Fapp%2Findex.xhtml",
                "app/x%2F..%2F..%2Fapi%2Fv1%2Fping"}) {
            Answer a = get(path);
            assertEquals(400, a.status(), path + ": " + a.body());
            assertTrue(a.contentType().startsWith("application/problem+json"), path + ": " + a.contentType());
            assertFalse(a.body().contains("<html") || a.body().contains("Accounts"), path + ": " + a.body());
            assertFalse(a.body().contains("%2F"), "the path is not echoed: " + a.body());
        }
        assertEquals(200, get("api/v1/ping").status());
    }

    @Test
    void aPathParameterIsRefusedNotCutOff() throws Exception {
        Answer a = get("api/v1/accounts/acc-1;jsessionid=q/decision?action=TRADE");
        assertEquals(400, a.status(), a.body());
        assertTrue(a.problem().getString("detail").contains("path parameters"), a.body());
        assertEquals(400, get("api/v1/ping;x=1").status());
    }

    @Test
    void everyRefusalUnderApiIsAProblem() throws Exception {
        Answer unknown = get("api/v1/no-such-thing");
        assertEquals(404, unknown.status());
        unknown.problem();
        Answer outsideVersion = get("api/nothing-here");
        assertEquals(404, outsideVersion.status());
        outsideVersion.problem();
        Answer method = send("DELETE", "api/v1/cases", null, null);
        assertEquals(405, method.status());
        method.problem();
        Answer media = send("POST", "api/v1/cases", "text/plain", "hello");
        assertEquals(415, media.status());
        media.problem();
        HttpResponse<String> notAcceptable = HTTP.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "api/v1/ping"))
                .header("Authorization", authorization).header("Accept", "image/png").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(406, notAcceptable.statusCode());
        assertTrue(notAcceptable.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void theConsoleNeverPutsTheSessionInAUrl() throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        assertFalse(login.body().toLowerCase().contains("jsessionid"), "no session id in the page's URLs");
    }
}
