package io.redress.cases.api;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A ticket number a customer can read out and quote: {@code RD-7K3Q-9P2M}. Eight random characters from an
 * alphabet without look-alikes (no I, L, O, U; digits 0 and 1 excluded too), so numbers reveal nothing about
 * volume and survive being typed from a screenshot; 30^8, about 6.6 x 10^11 possible values.
 */
public record TicketNumber(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("RD-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    /** Finds ticket numbers quoted in free text, also in lower case or without dashes. */
    private static final Pattern IN_TEXT = Pattern.compile("(?i)\\bRD[- ]?([" + ALPHABET + "]{4})[- ]?([" + ALPHABET + "]{4})\\b");
    /** The beginning of a ticket typed with its "RD" and at least one more character; any case, spaces or dashes. */
    private static final Pattern START_WITH_PREFIX = Pattern.compile("(?i)RD[- ]?(" + group(1) + ")");
    /** The beginning of a ticket's characters typed without "RD": at least three (fewer would be any short word). */
    private static final Pattern START_WITHOUT_PREFIX = Pattern.compile("(?i)(" + group(3) + ")");
    private static final SecureRandom RANDOM = new SecureRandom();

    public TicketNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a ticket number: " + value);
        }
    }

    public static TicketNumber random() {
        StringBuilder sb = new StringBuilder("RD-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new TicketNumber(sb.toString());
    }

    /** Accepts what a person types: any case, spaces or no dashes ("rd 7k3q 9p2m"). */
    public static Optional<TicketNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = IN_TEXT.matcher(text.trim());
        return m.matches() ? Optional.of(of(m.group(1), m.group(2))) : Optional.empty();
    }

    /**
     * The tickets that begin as {@code text} does, when it is the beginning of one ("RD-7K3Q", "rd 7k3q 9p", "7K3Q9"):
     * for each way of reading it, the first and the last ticket of that shape. Every ticket has the same shape, so those
     * bounds order them in any collation the database may have (digits before letters, the dashes in the same places).
     * "RD7K" is read both as "RD-7K.." and as a ticket whose own characters begin "RD7K"; none when it is not such a
     * beginning.
     */
    public static List<Span> startingWith(String text) {
        if (text == null) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        for (Pattern start : List.of(START_WITH_PREFIX, START_WITHOUT_PREFIX)) {
            var m = start.matcher(text.strip());
            if (m.matches()) {
                String typed = m.group(1).replaceAll("[- ]", "").toUpperCase(Locale.ROOT);
                spans.add(new Span(padded(typed, ALPHABET.charAt(0)), padded(typed, ALPHABET.charAt(ALPHABET.length() - 1))));
            }
        }
        return List.copyOf(spans);
    }

    /** The tickets from {@code first} to {@code last}, both included. */
    public record Span(String first, String last) {
    }

    /** At least {@code min} and at most 8 characters, a dash or a space after the fourth or none. */
    private static String group(int min) {
        String c = "[" + ALPHABET + "]";
        return c + "{" + min + ",3}|" + c + "{4}(?:[- ]?" + c + "{0,4})?";
    }

    private static String padded(String typed, char fill) {
        String all = typed + String.valueOf(fill).repeat(8 - typed.length());
        return "RD-" + all.substring(0, 4) + "-" + all.substring(4);
    }

    /** The first ticket number quoted anywhere in a text, e.g. a public post. */
    public static Optional<TicketNumber> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = IN_TEXT.matcher(text);
        return m.find() ? Optional.of(of(m.group(1), m.group(2))) : Optional.empty();
    }

    private static TicketNumber of(String a, String b) {
        return new TicketNumber("RD-" + a.toUpperCase(Locale.ROOT) + "-" + b.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
