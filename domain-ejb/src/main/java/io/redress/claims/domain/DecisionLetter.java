package io.redress.claims.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The text telling the customer the decision on their claim and its reasons, in their language (English, French or
 * Japanese; English otherwise). The case's CLAIM_DECISION template wraps it. Staff names and the internal assessment
 * never appear: only the outcome, the amount and the stated reasons.
 */
public final class DecisionLetter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private DecisionLetter() {
    }

    public static String decision(String language, long claimId, ClaimOutcome outcome, String amount, String asset,
                                  String reasons, Instant appealableUntil) {
        String paid = amount + " " + asset;
        String lead = switch (lang(language)) {
            case "fr" -> switch (outcome) {
                case DENY -> "Nous avons examiné votre réclamation n° " + claimId + " et ne pouvons pas y donner suite.";
                case GOODWILL -> "Nous avons examiné votre réclamation n° " + claimId + ". Sans reconnaissance de responsabilité,"
                        + " nous vous versons un geste commercial de " + paid + ".";
                case PARTIAL -> "Nous avons examiné votre réclamation n° " + claimId + " et vous remboursons en partie : " + paid + ".";
                case FULL -> "Nous avons examiné votre réclamation n° " + claimId + " et vous remboursons intégralement : " + paid + ".";
            };
            case "ja" -> switch (outcome) {
                case DENY -> "請求番号 " + claimId + " を審査しましたが、補償はいたしかねます。";
                case GOODWILL -> "請求番号 " + claimId + " を審査しました。責任を認めるものではありませんが、" + paid + " をお見舞いとしてお支払いします。";
                case PARTIAL -> "請求番号 " + claimId + " を審査し、一部 " + paid + " を補償いたします。";
                case FULL -> "請求番号 " + claimId + " を審査し、全額 " + paid + " を補償いたします。";
            };
            default -> switch (outcome) {
                case DENY -> "We have reviewed your claim no. " + claimId + " and cannot compensate the loss.";
                case GOODWILL -> "We have reviewed your claim no. " + claimId + ". Without admitting liability, we will pay you "
                        + paid + " as a goodwill gesture.";
                case PARTIAL -> "We have reviewed your claim no. " + claimId + " and will compensate part of it: " + paid + ".";
                case FULL -> "We have reviewed your claim no. " + claimId + " and will compensate it in full: " + paid + ".";
            };
        };
        String why = switch (lang(language)) {
            case "fr" -> "Motifs de la décision :";
            case "ja" -> "判断の理由：";
            default -> "The reasons for this decision:";
        };
        StringBuilder text = new StringBuilder(lead).append("\n\n").append(why).append('\n').append(reasons.strip());
        if (outcome == ClaimOutcome.DENY && appealableUntil != null) {
            text.append("\n\n").append(switch (lang(language)) {
                case "fr" -> "Vous pouvez contester cette décision jusqu'au " + DATE.format(appealableUntil)
                        + " ; une personne qui n'a pas pris part à la décision réexaminera votre réclamation.";
                case "ja" -> DATE.format(appealableUntil) + " まで異議を申し立てることができます。判断に関与していない担当者が再審査します。";
                default -> "You may appeal this decision until " + DATE.format(appealableUntil)
                        + "; someone who took no part in it will review your claim.";
            });
        }
        return text.toString();
    }

    public static String appeal(String language, long claimId, AppealVerdict verdict, String reasons) {
        String lead = switch (lang(language)) {
            case "fr" -> verdict == AppealVerdict.UPHELD
                    ? "Nous avons réexaminé votre réclamation n° " + claimId + " : la décision est maintenue."
                    : "Nous avons réexaminé votre réclamation n° " + claimId + " : la décision est annulée et votre réclamation"
                    + " sera à nouveau tranchée.";
            case "ja" -> verdict == AppealVerdict.UPHELD
                    ? "請求番号 " + claimId + " の異議を審査しました。当初の判断を維持します。"
                    : "請求番号 " + claimId + " の異議を審査しました。当初の判断を取り消し、改めて判断いたします。";
            default -> verdict == AppealVerdict.UPHELD
                    ? "We have reviewed your appeal on claim no. " + claimId + ": the decision stands."
                    : "We have reviewed your appeal on claim no. " + claimId + ": the decision is overturned and your claim"
                    + " will be decided again.";
        };
        return lead + "\n\n" + reasons.strip();
    }

    private static String lang(String language) {
        return language == null ? "en" : language;
    }
}
