package io.redress.web.restrictions;

import io.redress.restrictions.api.ProtectiveLocks.LockView;
import io.redress.restrictions.application.ProtectiveLockService;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.RedressException;
import io.redress.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * The account page's protective lock: whether one is on, why and since when; SECURITY and SUPERVISOR place one by
 * hand (a stolen phone, an anomaly on this account alone), SECURITY lifts it once the customer has verified
 * themselves. The customer's letter goes in the language chosen here. The version read with the page is sent back, so
 * a lock placed or lifted meanwhile by someone else (or by an incident's job) is not overwritten.
 */
@Named
@ViewScoped
public class ProtectiveLockBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProtectiveLockService locks;
    @Inject
    transient CurrentActor actor;

    private String accountId;
    private LockView lock;
    private String reason;
    private String verification;
    private String language = "en";

    public void load(String accountId) {
        this.accountId = accountId;
        lock = locks.get(actor.get(), accountId);
    }

    public void place() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            lock = locks.place(actor.get(), accountId, reason, language, lock.version());
            reason = null;
            Messages.info(faces, "lock.placed");
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("reason", "protective-lock:lock-reason-input", "language",
                    "protective-lock:lock-language-input"));
        }
    }

    public void lift() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            lock = locks.lift(actor.get(), accountId, verification, language, lock.version());
            verification = null;
            Messages.info(faces, "lock.lifted");
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("verification", "protective-lock:lock-verification-input",
                    "language", "protective-lock:lift-language-input"));
        }
    }

    public LockView getLock() {
        return lock;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getVerification() {
        return verification;
    }

    public void setVerification(String verification) {
        this.verification = verification;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
