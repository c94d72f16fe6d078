package io.redress.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
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
import java.util.function.Function;
import java.util.function.Supplier;

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

    /**
     * A creating form's words and page: the message keys for a sending still under way and for one already done
     * (given what it made), and the page showing what a sending made.
     */
    public record Form(String inProgress, String alreadyDone, Function<String, String> page) {
    }

    /**
     * Sends a creating form once ({@link #claim}): the same content again leads to the page of what the first sending
     * made, saying so ({@link Form#alreadyDone}), or says that it is under way; otherwise {@code send} runs and returns
     * what it made (an id, a ticket), or null when it was refused and said why: the form may then be sent again.
     * Returns where to go: the page of what was made, or null to stay on the form.
     */
    public String once(FacesContext faces, String key, Form form, Supplier<String> send) {
        Optional<String> earlier = claim(key, Instant.now());
        if (earlier.isPresent()) {
            if (IN_PROGRESS.equals(earlier.get())) {
                Messages.info(faces, form.inProgress());
                return null;
            }
            Messages.info(faces, form.alreadyDone(), earlier.get());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return form.page().apply(earlier.get());
        }
        String made;
        try {
            made = send.get();
        } catch (RuntimeException e) {
            failed(key);
            throw e;
        }
        if (made == null) {
            failed(key);
            return null;
        }
        done(key, made, Instant.now());
        return form.page().apply(made);
    }

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
