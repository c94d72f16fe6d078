package io.redress.shared.domain;

/** The request is well-formed but a business rule forbids it; {@link #rule()} names the rule. */
public class RuleViolation extends RedressException {

    private static final long serialVersionUID = 1L;
    private final String rule;
    private final java.util.List<String> rules;

    public RuleViolation(String rule, String message) {
        this(rule, message, java.util.List.of(rule));
    }

    /** Several rules broken at once: {@code rule} is the first, {@code rules} all of them. */
    public RuleViolation(String rule, String message, java.util.List<String> rules) {
        super(message);
        this.rule = rule;
        this.rules = java.util.List.copyOf(rules);
    }

    public String rule() {
        return rule;
    }

    public java.util.List<String> rules() {
        return rules;
    }

    @Override
    public String type() {
        return "rule-violation";
    }
}
