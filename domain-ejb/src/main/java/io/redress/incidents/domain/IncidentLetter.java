package io.redress.incidents.domain;

import java.util.Set;

/**
 * What an affected customer is told when an incident's bulk action revokes their keys, in their language (English,
 * French or Japanese; anything else gets English). Plain words, no internal terms: it goes through the one outbox's
 * check point like every message.
 */
public final class IncidentLetter {

    public static final Set<String> LANGUAGES = Set.of("en", "fr", "ja");

    private IncidentLetter() {
    }

    public record Letter(String language, String subject, String body) {
    }

    /**
     * The request key of an action's letter to an account, derived (not random): the same action and account always
     * ask with the same key, so a repeated request (a restarted job) queues nothing more. At most 64 characters.
     */
    public static String requestKey(String incident, String action, String account) {
        return "incident-" + java.util.UUID.nameUUIDFromBytes(("incident:" + incident + ":action:" + action + ":" + account)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * @param service   the integration's name as customers know it
     * @param ticket    the customer's account-security case to quote, or null
     */
    public static Letter write(String language, String service, String ticket) {
        return write(language, service, ticket, false);
    }

    /**
     * @param locked    whether a protective lock was placed on the account too: the letter then says what it stops and
     *                  how it is lifted
     */
    public static Letter write(String language, String service, String ticket, boolean locked) {
        String lang = language != null && LANGUAGES.contains(language) ? language : "en";
        Letter revoked = revoked(lang, service, ticket);
        return locked ? new Letter(revoked.language(), revoked.subject(), revoked.body() + "\n\n" + lockParagraph(lang))
                : revoked;
    }

    private static String lockParagraph(String lang) {
        return switch (lang) {
            case "fr" -> "Par précaution, nous avons aussi placé un verrou de protection sur votre compte : les ordres par"
                    + " clé API et les retraits vers une adresse que vous n'avez jamais utilisée sont suspendus ; vos autres"
                    + " opérations restent possibles. Il sera levé dès que vous aurez confirmé votre identité auprès de"
                    + " nous. Ce n'est pas une sanction.";
            case "ja" -> "念のため、お客様の口座に保護ロックをかけました。APIキーによる取引と、これまでに使ったことのない"
                    + "アドレスへの出金を停止しています。その他のお取引はこれまでどおりご利用いただけます。"
                    + "ご本人確認が済みしだい解除します。制裁措置ではありません。";
            default -> "As a precaution we have also placed a protective lock on your account: orders through API keys and"
                    + " withdrawals to addresses you have never used are paused; everything else works as before. It is"
                    + " lifted as soon as you have confirmed your identity with us. It is not a penalty.";
        };
    }

    private static Letter revoked(String lang, String service, String ticket) {
        return switch (lang) {
            case "fr" -> new Letter("fr", "Clés API liées à " + service + " révoquées",
                    "Bonjour,\n\nle service tiers " + service + ", auquel vous aviez confié une clé API, a pu l'exposer. Pour"
                            + " protéger votre compte, nous avons révoqué les clés API de votre compte liées à ce service :"
                            + " plus aucun ordre ni retrait n'est possible avec elles.\n\nSi vous utilisez encore ce service,"
                            + " créez une nouvelle clé, avec une liste d'adresses IP autorisées, une fois que le service aura"
                            + " confirmé être sûr. Si vous voyez des transactions que vous n'avez pas passées, répondez-nous"
                            + (ticket == null ? "." : " en citant la référence " + ticket + "."));
            case "ja" -> new Letter("ja", service + " に連携した API キーを失効させました",
                    "お客様がAPIキーを預けていた外部サービス「" + service + "」から、キーが流出したおそれがあります。"
                            + "お客様の口座を守るため、このサービスに連携した口座のAPIキーを失効させました。これらのキーによる"
                            + "取引や出金はできません。\n\nこのサービスを引き続きご利用の場合は、サービスの安全が確認されてから、"
                            + "IPアドレスの許可リストを設定した新しいキーを作成してください。身に覚えのない取引がある場合は、"
                            + (ticket == null ? "ご返信ください。" : "受付番号 " + ticket + " を添えてご返信ください。"));
            default -> new Letter("en", "API keys linked to " + service + " revoked",
                    "Hello,\n\nthe third-party service " + service + ", which you gave an API key to, may have exposed it."
                            + " To protect your account we revoked your account's API keys linked to that service: no order"
                            + " or withdrawal can be made with them any more.\n\nIf you still use the service, create a new"
                            + " key with an IP allowlist once the service has confirmed it is safe. If you see trades you did"
                            + " not place, reply to us" + (ticket == null ? "." : " quoting " + ticket + "."));
        };
    }
}
