package io.redress.web.restrictions;

import io.redress.restrictions.application.ReasonCatalogue;
import io.redress.restrictions.domain.Ground;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.ReasonDefinition;
import io.redress.restrictions.domain.ReasonRevisionView;
import io.redress.restrictions.domain.ReasonView;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.Role;
import io.redress.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reasons catalogue: an administrator proposes reasons and changes and retires reasons; a compliance officer
 * other than the author approves or rejects proposals; everyone here sees the versions of each reason.
 */
@Named
@ViewScoped
public class ReasonCatalogueBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] FIELDS = {"code", "ground", "title", "termsClause", "measures", "requiredEvidence", "approverRole",
            "minWindowDays", "noticeText", "disclosable"};

    @Inject
    transient ReasonCatalogue catalogue;
    @Inject
    transient CurrentActor actor;
    @Inject
    transient FacesContext faces;

    private List<ReasonView> reasons;
    private List<ReasonRevisionView> pending;
    private List<ReasonRevisionView> versions;
    private String versionsOf;
    private String decisionNote;
    private Form create = new Form();
    private ReasonView editing;
    private Form edit;

    /** What the create form and the edit dialog hold; the catalogue checks it. */
    public static class Form implements Serializable {

        private static final long serialVersionUID = 1L;
        private String code;
        private Ground ground;
        private String title;
        private String termsClause;
        private List<Measure> measures;
        private String requiredEvidence;
        private Role approverRole = Role.SUPERVISOR;
        private Integer minWindowDays;
        private String noticeText;
        private boolean disclosable = true;

        static Form of(ReasonView r) {
            Form f = new Form();
            f.code = r.code();
            f.ground = r.ground();
            f.title = r.title();
            f.termsClause = r.termsClause();
            f.measures = new ArrayList<>(r.measures());
            f.requiredEvidence = r.requiredEvidence();
            f.approverRole = r.approverRole();
            f.minWindowDays = r.minWindowDays();
            f.noticeText = r.noticeText();
            f.disclosable = r.disclosable();
            return f;
        }

        ReasonDefinition definition() {
            return new ReasonDefinition(code == null ? null : code.trim(), ground, title, termsClause,
                    measures == null || measures.isEmpty() ? EnumSet.noneOf(Measure.class) : EnumSet.copyOf(measures),
                    requiredEvidence == null || requiredEvidence.isBlank() ? null : requiredEvidence, approverRole,
                    minWindowDays, noticeText, disclosable);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public Ground getGround() {
            return ground;
        }

        public void setGround(Ground ground) {
            this.ground = ground;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getTermsClause() {
            return termsClause;
        }

        public void setTermsClause(String termsClause) {
            this.termsClause = termsClause;
        }

        public List<Measure> getMeasures() {
            return measures;
        }

        public void setMeasures(List<Measure> measures) {
            this.measures = measures;
        }

        public String getRequiredEvidence() {
            return requiredEvidence;
        }

        public void setRequiredEvidence(String requiredEvidence) {
            this.requiredEvidence = requiredEvidence;
        }

        public Role getApproverRole() {
            return approverRole;
        }

        public void setApproverRole(Role approverRole) {
            this.approverRole = approverRole;
        }

        public Integer getMinWindowDays() {
            return minWindowDays;
        }

        public void setMinWindowDays(Integer minWindowDays) {
            this.minWindowDays = minWindowDays;
        }

        public String getNoticeText() {
            return noticeText;
        }

        public void setNoticeText(String noticeText) {
            this.noticeText = noticeText;
        }

        public boolean isDisclosable() {
            return disclosable;
        }

        public void setDisclosable(boolean disclosable) {
            this.disclosable = disclosable;
        }
    }

    /** The edit dialog has no code field: an error about the code then shows among the page's messages. */
    private static Map<String, String> fieldsOf(String form) {
        return Arrays.stream(FIELDS).filter(f -> !("edit".equals(form) && "code".equals(f)))
                .collect(Collectors.toUnmodifiableMap(f -> f, f -> form + ":" + f));
    }

    public void load() {
        reasons = catalogue.list(actor.get());
        pending = catalogue.pending(actor.get());
    }

    public void define() {
        try {
            ReasonRevisionView proposed = catalogue.propose(actor.get(), create.definition(), null);
            Messages.info(faces, "reasons.msg.defined", proposed.code());
            create = new Form();
            load();
        } catch (RedressException e) {
            Messages.refusal(faces, e, fieldsOf("create"));
        }
    }

    public void edit(ReasonView reason) {
        editing = reason;
        edit = Form.of(reason);
    }

    public void redefine() {
        try {
            ReasonRevisionView proposed = catalogue.proposeChange(actor.get(), editing.code(), edit.definition(),
                    editing.version(), null);
            Messages.info(faces, "reasons.msg.redefined", proposed.code(), proposed.revision());
            editing = null;
            load();
        } catch (RedressException e) {
            Messages.refusal(faces, e, fieldsOf("edit"));
        }
    }

    public void retire(ReasonView reason) {
        try {
            catalogue.retire(actor.get(), reason.code(), reason.version(), "retired in the reasons screen");
            Messages.info(faces, "reasons.msg.retired", reason.code());
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of());
        }
        load();
    }

    public void approve(ReasonRevisionView proposal) {
        try {
            catalogue.approve(actor.get(), proposal.code(), proposal.revision(), decisionNote);
            Messages.info(faces, "reasons.msg.approved", proposal.code(), proposal.revision());
            decisionNote = null;
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("reason", "pending:note"));
        }
        load();
    }

    public void reject(ReasonRevisionView proposal) {
        try {
            catalogue.reject(actor.get(), proposal.code(), proposal.revision(), decisionNote);
            Messages.info(faces, "reasons.msg.rejected", proposal.code(), proposal.revision());
            decisionNote = null;
        } catch (RedressException e) {
            Messages.refusal(faces, e, Map.of("reason", "pending:note"));
        }
        load();
    }

    public void showVersions(ReasonView reason) {
        versionsOf = reason.code();
        versions = catalogue.revisions(actor.get(), reason.code());
    }

    public List<Ground> getGrounds() {
        return List.of(Ground.values());
    }

    public List<ReasonRevisionView> getPending() {
        if (pending == null) {
            load();
        }
        return pending;
    }

    public List<ReasonRevisionView> getVersions() {
        return versions;
    }

    public String getVersionsOf() {
        return versionsOf;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }

    /** LIFT needs no reason; the catalogue refuses it. */
    public List<Measure> getAllMeasures() {
        return Arrays.stream(Measure.values()).filter(Measure::punitive).toList();
    }

    public List<Role> getApproverRoles() {
        return List.copyOf(Permission.RESTRICTION_APPROVE.roles());
    }

    public List<ReasonView> getReasons() {
        if (reasons == null) {
            load();
        }
        return reasons;
    }

    public Form getCreate() {
        return create;
    }

    public ReasonView getEditing() {
        return editing;
    }

    public Form getEdit() {
        return edit;
    }
}
