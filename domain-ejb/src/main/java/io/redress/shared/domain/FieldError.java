package io.redress.shared.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One bad field of a request: its name as the client sent it (JSON pointer-like, e.g. {@code socialHandles[2]}) and why.
 * The {@code message} is the English sentence REST clients read; {@code code} and {@code arguments} let the console say
 * the same thing in its reader's language (bundle key {@code field.<code>}, {@code {n}} the arguments). A field error
 * without a code is shown in English everywhere.
 */
public record FieldError(String field, String message, Code code, List<String> arguments) {

    /** What is wrong with a field, as a stable code a translation is keyed by; its English sentence is the message. */
    public enum Code {
        /** is required. */
        REQUIRED("required"),
        /** at most {0} characters. */
        TOO_LONG("too-long"),
        /** at least {0} characters. */
        TOO_SHORT("too-short"),
        /** {0} to {1} characters. */
        LENGTH("length"),
        /** is required: at most {0} characters. */
        REQUIRED_TOO_LONG("required-too-long"),
        /** a written explanation of at least {0} characters. */
        EXPLANATION_TOO_SHORT("explanation-too-short"),
        /** is in the future. */
        IN_FUTURE("in-future"),
        /** one of {0}. */
        ONE_OF("one-of"),
        /** is required: one of {0}. */
        REQUIRED_ONE_OF("required-one-of"),
        /** 1 to 64 letters, digits, '.', '_', ':' or '-'. */
        IDENTIFIER("identifier"),
        /** is required: 1 to 64 letters, digits, '.', '_', ':' or '-'. */
        REQUIRED_IDENTIFIER("required-identifier"),
        /** must be more than zero, at most 20 digits before the point and 18 after. */
        AMOUNT("amount"),
        /** must be zero or more, at most 20 digits before the point and 18 after. */
        AMOUNT_OR_ZERO("amount-or-zero"),
        /** must be more than zero. */
        POSITIVE("positive"),
        /** zero or more. */
        ZERO_OR_MORE("zero-or-more"),
        /** a decimal amount such as 12.5. */
        DECIMAL("decimal"),
        /** at most {0} digits before the decimal point. */
        WHOLE_DIGITS("whole-digits"),
        /** at most {0} decimals for this asset. */
        DECIMALS("decimals"),
        /** between {0} and {1}. */
        BETWEEN("between"),
        /** must be on one line. */
        ONE_LINE("one-line"),
        /** contains control characters. */
        CONTROL_CHARACTERS("control-characters"),
        /** already exists. */
        ALREADY_EXISTS("already-exists"),
        /** an ISO-8601 time, e.g. 2026-11-20T09:30:00Z. */
        TIME("time"),
        /** is required: an ISO-8601 time, e.g. 2026-11-20T09:30:00Z. */
        REQUIRED_TIME("required-time"),
        /** must be after from. */
        AFTER_FROM("after-from"),
        /** at most {0} days ago. */
        TOO_OLD("too-old"),
        /** the window covers at most {0} days. */
        WINDOW_TOO_LONG("window-too-long"),
        /** no account {0} is known to Redress. */
        UNKNOWN_ACCOUNT("unknown-account"),
        /** an absolute http or https URL. */
        URL("url"),
        /** 1 to 63 letters, digits, '.', '_' or '-', optionally after '@'. */
        HANDLE("handle"),
        /** is required: 1 to 63 letters, digits, '.', '_' or '-', optionally after '@'. */
        REQUIRED_HANDLE("required-handle"),
        /** not a filter of this table. */
        NOT_A_FILTER("not-a-filter"),
        /** a staff member's user name, at most 64 characters. */
        STAFF_USERNAME("staff-username"),
        /** no active staff member who works cases is called {0}. */
        UNKNOWN_ASSIGNEE("unknown-assignee"),
        /** the customer's grounds for the appeal are required. */
        APPEAL_GROUNDS("appeal-grounds"),
        /** an internal case names the account it is about. */
        INTERNAL_CASE_ACCOUNT("internal-case-account"),
        /** an e-mail address or a phone number. */
        CONTACT("contact"),
        /** needs a category. */
        NEEDS_CATEGORY("needs-category"),
        /** {0} has no subcategories. */
        NO_SUBCATEGORIES("no-subcategories"),
        /** is required: a reason from the policy catalogue. */
        REASON_CODE("reason-code"),
        /** at most {0} references. */
        TOO_MANY_REFERENCES("too-many-references"),
        /** a reference of 1 to 500 characters on one line. */
        EVIDENCE_REFERENCE("evidence-reference"),
        /** is required for {0}. */
        REQUIRED_FOR("required-for"),
        /** {0} cannot be temporary. */
        NOT_TEMPORARY("not-temporary"),
        /** LIFT names the restriction in force it ends. */
        LIFT_NAMES_RESTRICTION("lift-names-restriction"),
        /** MODIFIED needs a milder measure or extra window days. */
        MODIFIED_NEEDS_CHANGE("modified-needs-change"),
        /** only MODIFIED changes the measure or the window. */
        ONLY_MODIFIED_CHANGES("only-modified-changes"),
        /** DENY pays nothing: leave it out or give 0. */
        DENY_PAYS_NOTHING("deny-pays-nothing"),
        /** FULL pays the claimed amount, {0}: leave it out or give exactly that. */
        FULL_PAYS_CLAIMED("full-pays-claimed"),
        /** {0} pays less than the claimed {1}; to pay all of it, decide FULL. */
        PARTIAL_PAYS_LESS("partial-pays-less"),
        /** no reference rate is configured for {0}: give the rate of one {0} in {1}. */
        NO_REFERENCE_RATE("no-reference-rate"),
        /** a ticket number such as RD-7K3Q-9P2M. */
        TICKET("ticket"),
        /** is required: the exchange's payout reference, 1 to 128 visible characters without spaces. */
        PAYOUT_REFERENCE("payout-reference"),
        /** is required: the code of the integration. */
        REQUIRED_INTEGRATION("required-integration"),
        /** no integration {0}. */
        UNKNOWN_INTEGRATION("unknown-integration"),
        /** a cut-off in the past (keys created before it are revoked), or none. */
        CUT_OFF_IN_PAST("cut-off-in-past"),
        /** 2 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter. */
        USERNAME("username"),
        /** is required: why this person is disabled, for the audit trail. */
        DISABLE_REASON("disable-reason"),
        /** at least one role is required. */
        ROLE_REQUIRED("role-required"),
        /** an integration client holds INTEGRATION only, never a staff role. */
        INTEGRATION_ROLE_ONLY("integration-role-only"),
        /** UTC or a region such as Europe/Paris or Asia/Tokyo. */
        TIME_ZONE("time-zone"),
        /** a separation kind is decided post by post, on the screening's evidence. */
        SEPARATION_POST_BY_POST("separation-post-by-post"),
        /** 3 to 48 upper-case letters, digits or '_', starting with a letter. */
        REASON_CODE_FORMAT("reason-code-format"),
        /** a named clause of the terms. */
        TERMS_CLAUSE("terms-clause"),
        /** at least one measure. */
        MEASURE_REQUIRED("measure-required"),
        /** LIFT needs no reason from the catalogue. */
        LIFT_NEEDS_NO_REASON("lift-needs-no-reason"),
        /** is required: the authority's reference, at most 128 characters. */
        AUTHORITY_REFERENCE("authority-reference"),
        /** is required: the note's text. */
        NOTE_TEXT_REQUIRED("note-text-required"),
        /** required: say what was done. */
        SAY_WHAT_WAS_DONE("say-what-was-done"),
        /** is required: a platform name such as x, reddit, telegram. */
        PLATFORM("platform"),
        /** no case {0} is known to Redress. */
        UNKNOWN_CASE("unknown-case"),
        /** no incident {0} is known to Redress. */
        UNKNOWN_INCIDENT("unknown-incident"),
        /** no {0} {1} is known to Redress (the kind of record, then its reference). */
        UNKNOWN_TARGET("unknown-target"),
        /** case {0} is not about account {1}. */
        CASE_OF_ANOTHER_ACCOUNT("case-of-another-account"),
        /** report {0} is about another account. */
        REPORT_OF_ANOTHER_ACCOUNT("report-of-another-account"),
        /** a case cannot link to itself. */
        LINK_TO_ITSELF("link-to-itself"),
        /** a claim, an incident or an evidence report links itself to its cases. */
        LINKS_ITSELF("links-itself"),
        /** the acknowledgement is sent automatically when the case opens. */
        ACKNOWLEDGEMENT_AUTOMATIC("acknowledgement-automatic"),
        /** 1 to 256 characters: a ticket number or the post's URL. */
        TICKET_OR_URL("ticket-or-url"),
        /** INC- and letters or digits. */
        INCIDENT_REFERENCE("incident-reference"),
        /** account {0} has no API key in the registry. */
        NO_API_KEY("no-api-key"),
        /** account {0} has no key {1}. */
        NO_SUCH_KEY("no-such-key"),
        /** more than {0} trades in the window: narrow it or name one key. */
        TOO_MANY_TRADES("too-many-trades"),
        /** overriding the suggestion needs a written reason of at least {0} characters. */
        OVERRIDE_NEEDS_REASON("override-needs-reason"),
        /** is required: 1 to {0} characters, a name without a path. */
        FILE_NAME("file-name"),
        /** is required: the file's bytes, 1 byte to 5 MiB. */
        FILE_CONTENT("file-content"),
        /** at most 5 MiB ({0} bytes); this file has {1}. */
        FILE_TOO_BIG("file-too-big"),
        /** is not a {0} file (its first bytes say otherwise). */
        FILE_NOT_OF_TYPE("file-not-of-type"),
        /** {0} to {1} characters: the agent reads it when a message is stopped. */
        FORBIDDEN_TERM_WHY("forbidden-term-why");

        private final String key;

        Code(String key) {
            this.key = key;
        }

        /** The code as problem and bundle keys spell it, e.g. {@code too-long}. */
        public String key() {
            return key;
        }
    }

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** A field error said in English only (REST-only checks; the console shows it as it is). */
    public FieldError(String field, String message) {
        this(field, message, null, List.of());
    }

    /** A field error with its code: {@code english} is the exact sentence REST answers; {@code arguments} fill {@code {n}}. */
    public static FieldError of(String field, Code code, String english, Object... arguments) {
        return new FieldError(field, english, code, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** "is required". */
    public static FieldError required(String field) {
        return of(field, Code.REQUIRED, "is required");
    }

    /** "at most {max} characters". */
    public static FieldError tooLong(String field, int max) {
        return of(field, Code.TOO_LONG, "at most " + max + " characters", max);
    }

    /** "is in the future". */
    public static FieldError inFuture(String field) {
        return of(field, Code.IN_FUTURE, "is in the future");
    }

    /** "one of A, B, C". */
    public static FieldError oneOf(String field, Collection<String> values) {
        String list = String.join(", ", values);
        return of(field, Code.ONE_OF, "one of " + list, list);
    }

    /** "is required: one of A, B, C". */
    public static FieldError requiredOneOf(String field, Collection<String> values) {
        String list = String.join(", ", values);
        return of(field, Code.REQUIRED_ONE_OF, "is required: one of " + list, list);
    }

    /** "1 to 64 letters, digits, '.', '_', ':' or '-'" (an account, key or record reference). */
    public static FieldError identifier(String field) {
        return of(field, Code.IDENTIFIER, "1 to 64 letters, digits, '.', '_', ':' or '-'");
    }

    /** "is required: 1 to 64 letters, digits, '.', '_', ':' or '-'". */
    public static FieldError requiredIdentifier(String field) {
        return of(field, Code.REQUIRED_IDENTIFIER, "is required: 1 to 64 letters, digits, '.', '_', ':' or '-'");
    }

    /** "must be more than zero, at most 20 digits before the point and 18 after". */
    public static FieldError amount(String field) {
        return of(field, Code.AMOUNT, "must be more than zero, at most 20 digits before the point and 18 after");
    }
}
