package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Screenings;
import io.redress.it.support.Time;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attachments on an investigation: compliance uploads a file (Base64 in JSON), it is stored with its SHA-256, who and
 * when, audited, listed and downloaded as uploaded by compliance only; bad input names its field; an attachment stays
 * after the investigation closes (there is no way to delete one).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvestigationAttachmentIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Credentials officer;
    private Api compliance;

    @BeforeEach
    void staff() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        officer = Api.newStaff("COMPLIANCE");
        compliance = Api.as(officer);
    }

    private static String body(String name, String type, byte[] content) {
        return Json.createObjectBuilder().add("fileName", name).add("contentType", type)
                .add("contentBase64", Base64.getEncoder().encodeToString(content)).build().toString();
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static List<String> fields(Reply r) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.isProblem(), r.body());
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    @Test
    void complianceAttachesAFileThatIsStoredWithItsHashListedDownloadedAndKeptAfterTheInvestigationCloses() throws Exception {
        Screenings.Held held = Screenings.heldDeposit(exchange, compliance);
        String path = "investigations/" + held.investigationId() + "/attachments";
        assertEquals(0, compliance.get(path).jsonArray().size());

        Reply added = compliance.post(path, body("bank letter é.pdf", "application/pdf", PDF));
        assertEquals(201, added.status(), added.body());
        JsonObject a = added.json();
        assertEquals("bank letter é.pdf", a.getString("fileName"));
        assertEquals("application/pdf", a.getString("contentType"));
        assertEquals(PDF.length, a.getInt("sizeBytes"));
        assertEquals(sha256(PDF), a.getString("sha256"));
        assertEquals(officer.username(), a.getString("uploadedBy"));
        long attachmentId = a.getJsonNumber("id").longValue();

        JsonArray listed = compliance.get(path).jsonArray();
        assertEquals(1, listed.size());
        assertEquals(sha256(PDF), listed.getJsonObject(0).getString("sha256"));
        assertTrue(!listed.getJsonObject(0).containsKey("content") && !listed.getJsonObject(0).containsKey("contentBase64"),
                "the list carries no content");

        try (Response r = compliance.request(path + "/" + attachmentId).get()) {
            assertEquals(200, r.getStatus());
            assertEquals("application/pdf", r.getMediaType().getType() + "/" + r.getMediaType().getSubtype());
            assertTrue(r.getHeaderString("Content-Disposition").startsWith("attachment;"), r.getHeaderString("Content-Disposition"));
            assertEquals("nosniff", r.getHeaderString("X-Content-Type-Options"));
            assertArrayEquals(PDF, r.readEntity(byte[].class));
        }
        assertEquals(1, Time.audit("INVESTIGATION_ATTACHMENT_ADDED", Long.toString(held.investigationId())).size());
        assertEquals(1, Time.audit("INVESTIGATION_ATTACHMENT_READ", Long.toString(held.investigationId())).size());
        assertEquals(404, compliance.get(path + "/999999999").status());
        assertEquals(404, compliance.get("investigations/999999999/attachments").status());

        // released with four eyes: the attachment stays, another can still be added, none can be deleted
        JsonObject inv = compliance.get("investigations/" + held.investigationId()).json().getJsonObject("investigation");
        Reply proposed = compliance.post("investigations/" + held.investigationId() + "/proposal",
                "{\"outcome\":\"RELEASE\",\"reason\":\"The bank letter shows the source of funds\",\"version\":" + inv.getInt("version") + "}");
        assertEquals(200, proposed.status(), proposed.body());
        Reply released = Api.as(Api.newStaff("COMPLIANCE")).post("investigations/" + held.investigationId() + "/approval",
                "{\"version\":" + proposed.json().getInt("version") + "}");
        assertEquals("RELEASED", released.json().getString("state"), released.body());
        try (Response r = compliance.request(path + "/" + attachmentId).delete()) {
            assertEquals(405, r.getStatus(), "no way to delete an attachment");
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertEquals(201, compliance.post(path, body("screenshot.png", "image/png", png)).status());
        List<String> names = compliance.get(path).jsonArray().getValuesAs(JsonObject.class).stream().map(o -> o.getString("fileName")).toList();
        assertEquals(List.of("screenshot.png", "bank letter é.pdf"), names, "newest first, the first one kept");
    }

    @Test
    void badInputNamesItsField() {
        Screenings.Held held = Screenings.heldDeposit(exchange, compliance);
        String path = "investigations/" + held.investigationId() + "/attachments";
        assertEquals(List.of("fileName", "contentType", "contentBase64"), fields(compliance.post(path, "{}")));
        assertEquals(List.of("contentType"), fields(compliance.post(path, body("tool.exe", "application/x-msdownload", PDF))));
        assertEquals(List.of("contentBase64"), fields(compliance.post(path, body("letter.pdf", "application/pdf",
                "not a pdf at all".getBytes(StandardCharsets.US_ASCII)))), "the first bytes must be the type's");
        assertEquals(List.of("contentBase64"), fields(compliance.post(path, body("notes.txt", "text/plain", new byte[] {'a', 0, 'b'}))));
        assertEquals(List.of("fileName"), fields(compliance.post(path, body("../../etc/passwd.txt", "text/plain",
                "x".getBytes(StandardCharsets.US_ASCII)))));
        assertEquals(List.of("contentBase64"), fields(compliance.post(path,
                "{\"fileName\":\"a.txt\",\"contentType\":\"text/plain\",\"contentBase64\":\"!!not base64!!\"}")));
        assertEquals(List.of("contentBase64"), fields(compliance.post(path, body("empty.txt", "text/plain", new byte[0]))));
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertEquals(List.of("contentBase64"), fields(compliance.post(path, body("big.pdf", "application/pdf", big))), "over 5 MiB");
        assertEquals(0, compliance.get(path).jsonArray().size(), "nothing half-written");
        Reply typed = compliance.post(path, "{\"fileName\":1,\"contentType\":\"text/plain\",\"contentBase64\":\"eA==\"}");
        assertEquals(List.of("fileName"), fields(typed));
    }

    @Test
    void onlyComplianceReadsOrAddsAttachments() {
        Screenings.Held held = Screenings.heldDeposit(exchange, compliance);
        String path = "investigations/" + held.investigationId() + "/attachments";
        Reply added = compliance.post(path, body("letter.pdf", "application/pdf", PDF));
        assertEquals(201, added.status(), added.body());
        String one = path + "/" + added.json().getJsonNumber("id");
        for (String role : List.of("AUDITOR", "AGENT", "SUPERVISOR", "SECURITY", "ADMIN", "INTEGRATION")) {
            Api other = role.equals("INTEGRATION") ? exchange : Api.as(Api.newStaff(role));
            for (Reply r : List.of(other.get(path), other.get(one), other.post(path, body("x.pdf", "application/pdf", PDF)))) {
                assertEquals(403, r.status(), role + ": " + r.body());
                assertTrue(r.isProblem(), r.body());
                assertTrue(!r.body().contains("letter.pdf"), "a refusal tells nothing");
            }
        }
        assertEquals(1, compliance.get(path).jsonArray().size(), "nothing added by the refused");
    }
}
