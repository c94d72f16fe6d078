package io.redress.shared.domain;

/** The request is well-formed but a business rule forbids it; {@link #rule()} names the rule. */
public class RuleViolation extends RedressException {

    private static final long serialVersionUID = 1L;
    private final String rule;
    private final java.util.List<String> rules;
    private final java.util.List<String> messages;

    public RuleViolation(String rule, String message) {
        this(rule, message, java.util.List.of(rule), java.util.List.of(message == null ? "" : message));
    }

    /** Several rules broken at once: {@code rule} is the first, {@code rules} all of them. */
    public RuleViolation(String rule, String message, java.util.List<String> rules) {
        this(rule, message, rules, java.util.List.of());
    }

    /**
     * Several rules broken at once, each with its own sentence ({@code messages} in the order of {@code rules}), so
     * that a screen can show each next to the field it concerns.
     */
    public RuleViolation(String rule, String message, java.util.List<String> rules, java.util.List<String> messages) {
        super(message);
        this.rule = rule;
        this.rules = java.util.List.copyOf(rules);
        this.messages = messages.size() == rules.size() ? java.util.List.copyOf(messages) : java.util.List.of();
    }

    public String rule() {
        return rule;
    }

    public java.util.List<String> rules() {
        return rules;
    }

    /** The sentence of each of {@link #rules()}, in the same order; empty when only the joined message is known. */
    public java.util.List<String> messages() {
        return messages;
    }

    @Override
    public String type() {
        return "rule-violation";
    }
}
