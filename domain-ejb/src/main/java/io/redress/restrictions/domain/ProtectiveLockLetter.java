package io.redress.restrictions.domain;

import java.util.Set;

/**
 * What the customer is told when staff place a protective lock on their account by hand, and when it is lifted, in
 * their language. A lock placed by an incident's bulk action is announced in the incident's own letter instead. The
 * words are the customer's: what stops, what goes on, how it ends, and that it is not a penalty.
 */
public final class ProtectiveLockLetter {

    public static final Set<String> LANGUAGES = Set.of("en", "fr", "ja");

    private ProtectiveLockLetter() {
    }

    public record Letter(String language, String subject, String body) {
    }

    public static Letter placed(String language) {
        return switch (known(language)) {
            case "fr" -> new Letter("fr", "Un verrou de protection sur votre compte",
                    "Pour protéger votre compte, nous avons placé un verrou de protection : les ordres passés par clé API"
                            + " et les retraits vers une adresse que vous n'avez jamais utilisée sont suspendus. Vos autres"
                            + " opérations, dont les retraits vers vos adresses habituelles, restent possibles.\n\nLe verrou"
                            + " sera levé dès que vous aurez confirmé votre identité auprès de nous. Ce n'est pas une"
                            + " sanction.");
            case "ja" -> new Letter("ja", "お客様の口座の保護ロックについて",
                    "お客様の口座を守るため、保護ロックをかけました。APIキーによる取引と、これまでに使ったことのないアドレスへの"
                            + "出金を停止しています。いつもお使いのアドレスへの出金を含め、その他のお取引はこれまでどおりご利用いただけます。"
                            + "\n\nご本人確認が済みしだい解除します。制裁措置ではありません。");
            default -> new Letter("en", "A protective lock on your account",
                    "To protect your account we have placed a protective lock on it: orders through API keys and"
                            + " withdrawals to addresses you have never used are paused. Everything else, including"
                            + " withdrawals to the addresses you usually use, works as before.\n\nThe lock is lifted as"
                            + " soon as you have confirmed your identity with us. It is not a penalty.");
        };
    }

    public static Letter lifted(String language) {
        return switch (known(language)) {
            case "fr" -> new Letter("fr", "Le verrou de protection est levé",
                    "Merci d'avoir confirmé votre identité. Le verrou de protection de votre compte est levé : les ordres"
                            + " par clé API et les retraits vers de nouvelles adresses sont de nouveau possibles.");
            case "ja" -> new Letter("ja", "保護ロックを解除しました",
                    "ご本人確認にご協力いただきありがとうございました。お客様の口座の保護ロックを解除しました。APIキーによる取引と、"
                            + "新しいアドレスへの出金を再びご利用いただけます。");
            default -> new Letter("en", "The protective lock is lifted",
                    "Thank you for confirming your identity. The protective lock on your account is lifted: orders"
                            + " through API keys and withdrawals to new addresses are possible again.");
        };
    }

    private static String known(String language) {
        return language != null && LANGUAGES.contains(language) ? language : "en";
    }
}
