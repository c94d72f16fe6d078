package io.redress.incidents.domain;

import java.security.SecureRandom;

/**
 * A leak-attribution report's reference, quoted by cases and claims: {@code EVR-7K3Q-9P2M}, random over the ticket
 * numbers' alphabet without look-alikes, like incidents'.
 */
public final class EvidenceReference {

    public static final String FORMAT = "EVR-[A-Z0-9]{4}(-[A-Z0-9]{4,8})?";
    private static final SecureRandom RANDOM = new SecureRandom();

    private EvidenceReference() {
    }

    public static String random() {
        StringBuilder sb = new StringBuilder("EVR-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(IncidentReference.ALPHABET.charAt(RANDOM.nextInt(IncidentReference.ALPHABET.length())));
        }
        return sb.toString();
    }

    public static boolean looksLikeOne(String text) {
        return text != null && text.matches(FORMAT);
    }
}
