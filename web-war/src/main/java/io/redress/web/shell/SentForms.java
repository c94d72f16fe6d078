package io.redress.web.shell;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Forms that create something (a new case) are done once: the same form with the same content sent again by the same
 * person within {@link #WINDOW} — a double click, Back and the button again, a reload of the POST — gets the outcome of
 * the first sending instead of a second case. The key is the content itself (an idempotency key), not a token in the
 * page: after Back the browser may fetch the page anew and fill in what was typed, with a new token but the same text.
 * Per session, the last {@link #KEPT} sendings.
 */
@SessionScoped
public class SentForms implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int KEPT = 200;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** The outcome of a form still being handled. */
    public static final String IN_PROGRESS = "";

    private record Sent(String outcome, Instant at) implements Serializable {
    }

    private final LinkedHashMap<String, Sent> sent = new LinkedHashMap<>();

    /** The key of a form's content: what the person typed and chose, field by field. */
    public static String key(String form, String... fields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(form.getBytes(StandardCharsets.UTF_8));
            for (String f : fields) {
                sha.update((byte) 0);
                sha.update((f == null ? "\u0000null" : f.strip()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Claims the key for this sending: empty the first time (go ahead, then {@link #done} or {@link #failed});
     * otherwise what the first sending led to, or {@link #IN_PROGRESS}.
     */
    public synchronized Optional<String> claim(String key, Instant now) {
        forgetBefore(now.minus(WINDOW));
        Sent earlier = sent.get(key);
        if (earlier != null) {
            return Optional.of(earlier.outcome());
        }
        sent.put(key, new Sent(IN_PROGRESS, now));
        while (sent.size() > KEPT) {
            sent.remove(sent.keySet().iterator().next());
        }
        return Optional.empty();
    }

    public synchronized void done(String key, String outcome, Instant now) {
        sent.put(key, new Sent(outcome, now));
    }

    /** The sending was refused (bad input) or failed: the same form, corrected or not, may be sent again. */
    public synchronized void failed(String key) {
        sent.remove(key);
    }

    private void forgetBefore(Instant cutoff) {
        for (Iterator<Map.Entry<String, Sent>> i = sent.entrySet().iterator(); i.hasNext(); ) {
            if (i.next().getValue().at().isBefore(cutoff)) {
                i.remove();
            }
        }
    }
}
