package io.redress.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.redress.shared.domain.FieldError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentRulesTest {

    private static List<String> fields(Runnable check, List<FieldError> errors) {
        check.run();
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aFileIsWhatItsTypeSays() {
        List<FieldError> errors = new ArrayList<>();
        AttachmentRules.content("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "application/pdf", errors);
        AttachmentRules.content(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}, "image/png", errors);
        AttachmentRules.content(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}, "image/jpeg", errors);
        AttachmentRules.content("montant;date\n1 000 €;2026-11-30\n".getBytes(StandardCharsets.UTF_8), "text/csv", errors);
        assertEquals(List.of(), errors);

        assertEquals(List.of("contentBase64"), fields(() -> AttachmentRules.content("<html>".getBytes(StandardCharsets.US_ASCII),
                "application/pdf", errors), errors));
        errors.clear();
        assertEquals(List.of("contentBase64"), fields(() -> AttachmentRules.content(new byte[] {'a', 0}, "text/plain", errors), errors));
        errors.clear();
        assertEquals(List.of("contentBase64"), fields(() -> AttachmentRules.content(new byte[] {(byte) 0xc3, 0x28}, "application/json",
                errors), errors), "not UTF-8");
        errors.clear();
        assertEquals(List.of("contentBase64"), fields(() -> AttachmentRules.content(new byte[0], "text/plain", errors), errors));
        errors.clear();
        assertEquals(List.of("contentBase64"), fields(() -> AttachmentRules.content(new byte[AttachmentRules.MAX_BYTES + 1],
                "text/plain", errors), errors), "over 5 MiB");
    }

    @Test
    void namesAndTypesAreChecked() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals("letter.pdf", AttachmentRules.fileName("  letter.pdf ", errors));
        assertEquals("text/csv", AttachmentRules.contentType("Text/CSV; charset=UTF-8", errors));
        assertEquals(List.of(), errors);
        assertNull(AttachmentRules.fileName("../etc/passwd", errors));
        assertNull(AttachmentRules.fileName("a\\b.txt", errors));
        assertNull(AttachmentRules.fileName(" ", errors));
        assertNull(AttachmentRules.fileName("x".repeat(201), errors));
        assertNull(AttachmentRules.contentType("application/x-msdownload", errors));
        assertNull(AttachmentRules.contentType(null, errors));
        assertEquals(List.of("fileName", "fileName", "fileName", "fileName", "contentType", "contentType"),
                errors.stream().map(FieldError::field).toList());
    }

    @Test
    void theHashIsSha256InHex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", AttachmentRules.sha256(new byte[0]));
    }

    @Test
    void aDownloadIsAnAttachmentNamedInAsciiAndExactly() {
        assertEquals("attachment; filename=\"___.pdf\"; filename*=UTF-8''%E9%8A%80%E8%A1%8C%E3%81%AE.pdf",
                AttachmentRules.contentDisposition("銀行の.pdf"));
        assertEquals("attachment; filename=\"bank letter _1_.pdf\"; filename*=UTF-8''bank%20letter%20%281%29.pdf",
                AttachmentRules.contentDisposition("bank letter (1).pdf"));
    }
}
