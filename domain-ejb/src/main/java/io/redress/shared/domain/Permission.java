package io.redress.shared.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The permission catalogue: every protected action and the roles that may take it, in one place. Services pass
 * one of these to {@code Access.require}, pages ask {@code #{permissions.can('name')}}, and the README's "who"
 * tables are checked against it, so an action name can never grant different roles in two places.
 * Rules beyond roles (the requester cancels, an uninvolved reviewer decides) stay with the service's policies.
 */
public enum Permission {

    // accounts
    ACCOUNT_MIRROR("account.mirror", Roles.INTEGRATION),
    ACCOUNT_READ("account.read", Roles.EVERYONE),
    ACCOUNT_SEARCH("account.search", Roles.EVERYONE),
    /** The account's audit history holds staff reasons, names and addresses: staff only, never the exchange. */
    ACCOUNT_HISTORY("account.history", Roles.STAFF),
    /** Every context's steps about the account, with staff names, roles and reasons: staff only, never the exchange. */
    ACCOUNT_TIMELINE("account.timeline", Roles.STAFF),
    ACCOUNT_CONFIDENTIAL("account.confidential", Set.of(Role.COMPLIANCE)),

    // restrictions and due process
    DECISION("decision", Roles.EVERYONE),
    RESTRICTION_REQUEST("restriction.request", Roles.CASEWORKERS),
    RESTRICTION_APPROVE("restriction.approve", Roles.APPROVERS),
    RESTRICTION_REJECT("restriction.reject", Roles.APPROVERS),
    /** Only the requester cancels; the service checks that on top. */
    RESTRICTION_CANCEL("restriction.cancel", Roles.CASEWORKERS),
    /** A restriction's justification, evidence and people are internal. */
    RESTRICTION_READ("restriction.read", Roles.STAFF),
    /** The measures in force as the customer may see them (public reason, window): what the exchange shows. */
    RESTRICTION_READ_CUSTOMER_VIEW("restriction.read.customer-view", Roles.INTEGRATION),
    /** The protective lock of an account (API keys exposed): whether it is on, why, since when. */
    PROTECTIVE_LOCK_READ("protective-lock.read", Roles.EVERYONE),
    PROTECTIVE_LOCK_PLACE("protective-lock.place", Set.of(Role.SECURITY, Role.SUPERVISOR)),
    /** The exchange, once the customer has verified themselves, or SECURITY for them. */
    PROTECTIVE_LOCK_LIFT("protective-lock.lift", Set.of(Role.INTEGRATION, Role.SECURITY)),
    RESTRICTION_INBOX("restriction.inbox", Set.of(Role.SUPERVISOR, Role.COMPLIANCE, Role.AUDITOR)),
    REPORT_RESTRICTIONS_AFTER_COMPLAINTS("report.restrictions-after-complaints", Set.of(Role.COMPLIANCE, Role.AUDITOR)),
    COMPLAINT_RECORD("complaint.record", Set.of(Role.INTEGRATION, Role.AGENT, Role.SUPERVISOR)),
    COMPLAINT_READ("complaint.read", Roles.EVERYONE),
    APPEAL_FILE("appeal.file", Set.of(Role.INTEGRATION, Role.AGENT, Role.SUPERVISOR)),
    /** Only a reviewer who neither requested nor approved the measure decides; the service checks that on top. */
    APPEAL_DECIDE("appeal.decide", Roles.APPROVERS),
    /** The open appeals across accounts: the console's appeals list. */
    APPEAL_LIST("appeal.list", Set.of(Role.AGENT, Role.SUPERVISOR, Role.COMPLIANCE, Role.AUDITOR)),
    /** One appeal, or the appeals of one restriction. */
    APPEAL_READ("appeal.read", Roles.STAFF),
    /** The customer's own appeals, without reviewers or internal notes. */
    APPEAL_READ_CUSTOMER_VIEW("appeal.read.customer-view", Roles.INTEGRATION),
    POLICY_REASONS_READ("policy.reasons.read", Roles.EVERYONE),
    POLICY_REASONS_DEFINE("policy.reasons.define", Set.of(Role.ADMIN)),
    POLICY_REASONS_RETIRE("policy.reasons.retire", Set.of(Role.ADMIN)),
    /** Four eyes on policy: a compliance officer other than the author approves (the service checks that on top). */
    POLICY_REASONS_APPROVE("policy.reasons.approve", Set.of(Role.COMPLIANCE)),
    /** Compliance refuses a proposal; its author may withdraw it (the service checks who on top). */
    POLICY_REASONS_REJECT("policy.reasons.reject", Set.of(Role.COMPLIANCE, Role.ADMIN)),
    /** Every version of a reason, pending and refused ones included. */
    POLICY_REASONS_VERSIONS("policy.reasons.versions", Set.of(Role.ADMIN, Role.COMPLIANCE, Role.AUDITOR)),
    /** The exchange's feed of restriction notices to deliver (/notices, replaced by the one outbox's /messages). */
    NOTICE_FEED("notice.feed", Roles.INTEGRATION),
    NOTICE_ACKNOWLEDGE("notice.acknowledge", Roles.INTEGRATION),
    /** The notices of one account. */
    NOTICE_READ("notice.read", Roles.EVERYONE),

    // cases and customer messages
    CASE_OPEN("case.open", Roles.with(Roles.CASEWORKERS, Role.INTEGRATION)),
    CASE_QUEUE("case.queue", Roles.STAFF),
    CASE_READ("case.read", Roles.STAFF),
    /** A case as the customer may see it: what the exchange shows the customer. */
    CASE_READ_CUSTOMER_VIEW("case.read.customer-view", Roles.EVERYONE),
    CASE_CUSTOMER_REPLY("case.customer-reply", Set.of(Role.INTEGRATION, Role.AGENT)),
    CASE_CHANGE("case.change", Roles.CASEWORKERS),
    CASE_NOTE("case.note", Roles.CASEWORKERS),
    CASE_REPLY("case.reply", Roles.CASEWORKERS),
    CASE_LINK("case.link", Roles.CASEWORKERS),
    CASE_MERGE("case.merge", Roles.CASEWORKERS),
    /** The one customer outbox (/messages), and the cases' feed it replaced (/outbox). */
    OUTBOX_READ("outbox.read", Roles.INTEGRATION),
    OUTBOX_ACKNOWLEDGE("outbox.acknowledge", Roles.INTEGRATION),
    TERMS_READ("terms.read", Set.of(Role.SUPERVISOR, Role.COMPLIANCE, Role.AUDITOR, Role.ADMIN)),
    TERMS_CHANGE("terms.change", Set.of(Role.COMPLIANCE, Role.ADMIN)),
    DASHBOARD_READ("dashboard.read", Roles.STAFF),
    /** The canned replies: who writes to customers picks them; ADMIN, who keeps them, reads them too. */
    CANNED_REPLY_READ("canned-reply.read", Roles.with(Roles.CASEWORKERS, Role.ADMIN)),
    /** Create, edit and retire a canned reply. */
    CANNED_REPLY_DEFINE("canned-reply.define", Set.of(Role.ADMIN)),

    // public posts
    POST_RECEIVE("post.receive", Roles.with(Roles.CASEWORKERS, Role.INTEGRATION)),
    POST_READ("post.read", Roles.STAFF),
    POST_CLASSIFY("post.classify", Roles.CASEWORKERS),

    // loss claims
    CLAIM_FILE("claim.file", Roles.with(Roles.CASEWORKERS, Role.INTEGRATION)),
    /** The claims list and a claim with its assessment, people and the incident's precedents. */
    CLAIM_READ("claim.read", Roles.STAFF),
    /** A claim as the customer may see it: no staff names, no internal reasoning, no pending decision. */
    CLAIM_READ_CUSTOMER_VIEW("claim.read.customer-view", Roles.INTEGRATION),
    CLAIM_ASSESS("claim.assess", Roles.CASEWORKERS),
    CLAIM_DECIDE("claim.decide", Roles.CASEWORKERS),
    /** Within the approver's limit; never the assessor or the decider (the service checks both on top). */
    CLAIM_APPROVE("claim.approve", Roles.APPROVERS),
    /** The exchange confirms the payout's reference. */
    CLAIM_PAYOUT("claim.payout", Roles.INTEGRATION),
    CLAIM_APPEAL("claim.appeal", Set.of(Role.INTEGRATION, Role.AGENT, Role.SUPERVISOR)),
    /** Only someone who neither assessed, decided nor approved the claim (the service checks that on top). */
    CLAIM_APPEAL_DECIDE("claim.appeal.decide", Roles.APPROVERS),

    // alerts: each alert is seen by the role that must act on it (and auditors), and worked only by that role
    ALERT_READ("alert.read", Roles.STAFF),
    /** Acknowledge, assign, resolve; also the roles an alert may be raised for. */
    ALERT_ACT("alert.act", Roles.with(Roles.CASEWORKERS, Role.ADMIN)),

    // API keys and third-party integrations
    /** The managed list of integrations: the exchange links keys to them, staff read it. */
    INTEGRATION_READ("integration.read", Roles.EVERYONE),
    /** Create, rename and retire an integration. */
    INTEGRATION_DEFINE("integration.define", Set.of(Role.ADMIN)),
    /** The exchange describes its keys (idempotent upsert). */
    APIKEY_REGISTER("apikey.register", Roles.INTEGRATION),
    APIKEY_READ("apikey.read", Roles.STAFF),
    APIKEY_REVOKE("apikey.revoke", Set.of(Role.SECURITY)),
    /** The feed of revocations, expiries and lapses the exchange applies. */
    APIKEY_FEED("apikey.feed", Roles.INTEGRATION),
    TRADE_EVENT_RECEIVE("trade-event.receive", Roles.INTEGRATION),

    // screening (KYT/KYW)
    /** Import a source's flagged-address list (OFAC files, CSV). */
    SCREENING_LIST_IMPORT("screening.list.import", Set.of(Role.COMPLIANCE, Role.ADMIN)),
    /** The lists, their imports and who lists an address. */
    SCREENING_LIST_READ("screening.list.read", Set.of(Role.COMPLIANCE, Role.ADMIN, Role.AUDITOR)),
    /** The exchange reports on-chain transfers (the transaction graph). */
    CHAIN_TRANSFER_RECEIVE("chain-transfer.receive", Roles.INTEGRATION),
    /** The exchange asks for a deposit's screening: exposure and PASS, HOLD or FREEZE. */
    DEPOSIT_SCREEN("deposit.screen", Roles.INTEGRATION),
    /** The screenings of deposits, with their exposure and evidence: need-to-know, never other staff. */
    DEPOSIT_SCREENING_READ("deposit.screening.read", Set.of(Role.COMPLIANCE, Role.AUDITOR)),
    /** The exchange (or compliance) records that a customer proved control of a self-hosted address (travel rule). */
    WALLET_PROOF_RECORD("wallet-proof.record", Set.of(Role.INTEGRATION, Role.COMPLIANCE)),
    /** The confidential investigations of held and frozen deposits. */
    INVESTIGATION_READ("investigation.read", Set.of(Role.COMPLIANCE, Role.AUDITOR)),
    /** Propose and approve an outcome (four eyes: the service checks who), record the authority's answer. */
    INVESTIGATION_DECIDE("investigation.decide", Set.of(Role.COMPLIANCE)),
    /** Add an internal note to an investigation (read with the investigation). */
    INVESTIGATION_NOTE("investigation.note", Set.of(Role.COMPLIANCE)),
    /** Attach a file to an investigation, list and download its attachments (confidential: compliance only). */
    INVESTIGATION_ATTACHMENT("investigation.attachment", Set.of(Role.COMPLIANCE)),
    /** Whether an account is under a risk review, and nothing more: no category, path, amount or note. */
    RISK_REVIEW_READ("risk-review.read", Roles.STAFF),

    // third-party incidents and their bulk actions (four eyes: the service checks the approver is not the requester)
    INCIDENT_READ("incident.read", Roles.STAFF),
    /** Declare an incident against an integration, and close it. */
    INCIDENT_DECLARE("incident.declare", Set.of(Role.SECURITY)),
    INCIDENT_ACTION_REQUEST("incident.action.request", Set.of(Role.SECURITY)),
    /** Approve or reject a bulk action requested by someone else. */
    INCIDENT_ACTION_APPROVE("incident.action.approve", Set.of(Role.SUPERVISOR, Role.SECURITY)),

    /**
     * Leak-attribution reports: issued by SECURITY or SUPERVISOR; read by them, compliance, auditors and agents (who
     * assess loss claims, which rely on them).
     */
    EVIDENCE_ISSUE("evidence.issue", Set.of(Role.SECURITY, Role.SUPERVISOR)),
    EVIDENCE_READ("evidence.read", Set.of(Role.AGENT, Role.SUPERVISOR, Role.SECURITY, Role.COMPLIANCE, Role.AUDITOR)),

    // restartable jobs (any context's bulk work)
    JOB_READ("job.read", Roles.STAFF),
    /** Stop a running job, restart a stopped or failed one. */
    JOB_CONTROL("job.control", Set.of(Role.SUPERVISOR, Role.SECURITY)),

    // audit and staff
    AUDIT_SEARCH("audit.search", Set.of(Role.AUDITOR)),
    AUDIT_VERIFY("audit.verify", Set.of(Role.AUDITOR)),
    /** The trail itself, every field and hash, with the chain's verification: auditors, who change nothing. */
    AUDIT_EXPORT("audit.export", Set.of(Role.AUDITOR)),
    STAFF_LIST("staff.list", Set.of(Role.ADMIN)),
    STAFF_CREATE("staff.create", Set.of(Role.ADMIN)),
    STAFF_DISABLE("staff.disable", Set.of(Role.ADMIN)),
    STAFF_ENABLE("staff.enable", Set.of(Role.ADMIN)),
    STAFF_ASSIGN_ROLES("staff.assign-roles", Set.of(Role.ADMIN)),
    /** One's own console preferences (the time zone times are shown in): every staff member, for themselves only. */
    STAFF_PREFERENCES("staff.preferences", Roles.STAFF);

    private final String action;
    private final Set<Role> roles;

    Permission(String action, Set<Role> roles) {
        this.action = action;
        this.roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** The action's name as written in pages, the README and the audit trail of a refusal. */
    public String action() {
        return action;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean grants(Role role) {
        return roles.contains(role);
    }

    /** The role the actor takes this action in (the first of theirs in {@link Role} order), if any. */
    public Optional<Role> actingRole(Actor actor) {
        return actor.actingAs(roles);
    }

    public boolean allows(Actor actor) {
        return actingRole(actor).isPresent();
    }

    public static Optional<Permission> named(String action) {
        return Arrays.stream(values()).filter(p -> p.action.equals(action)).findFirst();
    }

    /** The role sets several actions share; named so the catalogue reads as a table. */
    private static final class Roles {
        static final Set<Role> INTEGRATION = Set.of(Role.INTEGRATION);
        /** Staff who work cases and request measures. */
        static final Set<Role> CASEWORKERS = Set.of(Role.AGENT, Role.SUPERVISOR, Role.SECURITY, Role.COMPLIANCE);
        /** The second pair of eyes on a measure. */
        static final Set<Role> APPROVERS = Set.of(Role.SUPERVISOR, Role.COMPLIANCE);
        /** Every staff role; the exchange's systems are not staff. */
        static final Set<Role> STAFF = with(CASEWORKERS, Role.AUDITOR, Role.ADMIN);
        static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

        static Set<Role> with(Set<Role> base, Role... more) {
            EnumSet<Role> all = EnumSet.copyOf(base);
            all.addAll(Arrays.asList(more));
            return all;
        }
    }
}
