package io.redress.cases.api;

import java.util.Optional;

/**
 * The message catalogue (the customer message templates, one per code and language, seeded by the migrations), for a
 * context that writes to customers outside a case (screening). The caller fills the template in and sends it through
 * the one outbox, where it passes the check point like any message.
 */
public interface MessageTemplates {

    /** A template in one language: its subject and body, {@code {placeholders}} not filled in. */
    record Template(String code, String language, String subject, String body) {
    }

    /** The template in the language, or in English when the catalogue has it only in English; empty when unknown. */
    Optional<Template> find(String code, String language);
}
