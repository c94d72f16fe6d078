package io.redress.screening.domain;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.StorableText;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What an investigation's attachment may be: a file name of 1 to 200 characters without a path, one of the allowed
 * content types, and 1 byte to 5 MiB whose first bytes are those of the type declared (a PDF starts with {@code %PDF-},
 * a PNG and a JPEG with their signatures; text, CSV and JSON are UTF-8 without NUL characters), so that a file is never
 * served as a type it is not. Errors name the request's fields: {@code fileName}, {@code contentType},
 * {@code contentBase64}.
 */
public final class AttachmentRules {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_NAME = 200;
    /** The allowed content types, in the order the errors list them. */
    public static final List<String> TYPES = List.of("application/pdf", "image/png", "image/jpeg", "text/plain", "text/csv",
            "application/json");
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private AttachmentRules() {
    }

    /** The name as stored (trimmed), or null with an error. */
    public static String fileName(String name, List<FieldError> errors) {
        String n = name == null ? null : name.strip();
        if (n == null || n.isEmpty() || n.length() > MAX_NAME || n.contains("/") || n.contains("\\")
                || StorableText.problem(n).isPresent() || n.chars().anyMatch(Character::isISOControl)) {
            errors.add(FieldError.of("fileName", FieldError.Code.FILE_NAME, "is required: 1 to " + MAX_NAME + " characters, a name without a path", MAX_NAME));
            return null;
        }
        return n;
    }

    /** The type as stored (lower case, without parameters such as {@code ;charset=}), or null with an error. */
    public static String contentType(String type, List<FieldError> errors) {
        String t = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(t)) {
            errors.add(FieldError.of("contentType", FieldError.Code.ONE_OF, "must be one of " + String.join(", ", TYPES), String.join(", ", TYPES)));
            return null;
        }
        return t;
    }

    /** Checks the content's size and that it is what {@code type} says (skipped when the type was refused). */
    public static void content(byte[] content, String type, List<FieldError> errors) {
        if (content == null || content.length == 0) {
            errors.add(FieldError.of("contentBase64", FieldError.Code.FILE_CONTENT, "is required: the file's bytes in Base64, 1 byte to 5 MiB"));
            return;
        }
        if (content.length > MAX_BYTES) {
            errors.add(FieldError.of("contentBase64", FieldError.Code.FILE_TOO_BIG, "at most 5 MiB (" + MAX_BYTES + " bytes); this file has " + content.length,
                    MAX_BYTES, content.length));
            return;
        }
        if (type == null) {
            return;
        }
        boolean matches = switch (type) {
            case "application/pdf" -> startsWith(content, PDF);
            case "image/png" -> startsWith(content, PNG);
            case "image/jpeg" -> startsWith(content, JPEG);
            default -> text(content);
        };
        if (!matches) {
            errors.add(FieldError.of("contentBase64", FieldError.Code.FILE_NOT_OF_TYPE, "is not a " + type + " file (its first bytes say otherwise)", type));
        }
    }

    /** The SHA-256 of the content, 64 lower-case hex digits. */
    /**
     * The {@code Content-Disposition} of a download of the file: always an attachment (never shown inline), its name in
     * ASCII for old clients and exactly, percent-encoded UTF-8, for the others (RFC 6266).
     */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
