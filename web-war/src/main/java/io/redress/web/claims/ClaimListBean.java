package io.redress.web.claims;

import io.redress.claims.application.ClaimService;
import io.redress.claims.domain.ClaimRow;
import io.redress.claims.domain.ClaimState;
import io.redress.claims.domain.ClaimView;
import io.redress.claims.domain.NewClaim;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.RedressException;
import io.redress.web.shell.Messages;
import io.redress.web.shell.SentForms;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The claims list, newest first, filtered by state; and a claim entered by staff for the customer. */
@Named
@ViewScoped
public class ClaimListBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 100;

    @Inject
    transient ClaimService claims;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;
    @Inject
    SentForms sent;

    private static final SentForms.Form FORM = new SentForms.Form("claims.msg.inProgress", "claims.msg.alreadyFiled",
            id -> "/app/claims/claim?faces-redirect=true&id=" + id);

    private ClaimState state;
    private boolean mine;
    private String incident;
    private List<ClaimRow> rows;

    private String accountId;
    private String asset;
    private String amount;
    private String description;
    private String ticket;
    private String language;
    private String incidentRef;
    private String evidenceRef;

    /**
     * The claims by state and incident; with "waiting for my approval", the decisions the person may approve now (as the
     * start page counts them, whatever their state), of that incident if one is given.
     */
    public void load() {
        String ref = incident == null || incident.isBlank() ? null : incident.strip();
        rows = mine ? claims.awaitingApproval(actor.get(), ref, PAGE) : claims.list(actor.get(), state, null, ref, null, PAGE);
    }

    /**
     * Files the claim once per form, as a new case is opened: the same form sent again (Back and the button again, a
     * reload of the POST) leads to the claim it filed instead of a second claim, case and letter.
     */
    public String file() {
        String key = SentForms.key("new-claim", actor.get().name(), accountId, asset, amount, description, ticket, language,
                incidentRef, evidenceRef);
        return sent.once(faces, key, FORM, () -> {
            try {
                ClaimView filed = claims.file(actor.get(), new NewClaim(accountId, asset, amount, description, blank(ticket),
                        null, blank(language), blank(incidentRef), blank(evidenceRef)), null).claim();
                faces.getExternalContext().getFlash().setKeepMessages(true);
                Messages.info(faces, "claims.msg.filed", Long.toString(filed.id()), filed.ticket());
                return Long.toString(filed.id());
            } catch (RedressException e) {
                Messages.refusal(faces, e, Map.of("accountId", "file:accountId", "asset", "file:asset", "amount",
                        "file:amount", "description", "file:description", "ticket", "file:ticket", "language",
                        "file:language", "incidentRef", "file:incidentRef", "evidenceRef", "file:evidenceRef"));
                return null;
            }
        });
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<ClaimState> getStates() {
        return Arrays.asList(ClaimState.values());
    }

    public List<String> getAssets() {
        return new ArrayList<>(claims.assets().keySet());
    }

    public List<ClaimRow> getRows() {
        return rows;
    }

    public ClaimState getState() {
        return state;
    }

    public void setState(ClaimState state) {
        this.state = state;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public String getIncident() {
        return incident;
    }

    public void setIncident(String incident) {
        this.incident = incident;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getAsset() {
        return asset;
    }

    public void setAsset(String asset) {
        this.asset = asset;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getIncidentRef() {
        return incidentRef;
    }

    public void setIncidentRef(String incidentRef) {
        this.incidentRef = incidentRef;
    }

    public String getEvidenceRef() {
        return evidenceRef;
    }

    public void setEvidenceRef(String evidenceRef) {
        this.evidenceRef = evidenceRef;
    }
}
