-- Cases with SLAs, customer messages through an outbox with one check point, public posts grouped into
-- campaigns, and the confidentiality flag that makes the check point strict for an account.

CREATE SEQUENCE case_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_message_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_link_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE outbox_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE forbidden_term_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE post_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE campaign_seq START WITH 50 INCREMENT BY 50;

-- Set by compliance (and later by screening): outbound messages to this account pass the forbidden-terms list.
ALTER TABLE account ADD COLUMN confidential BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE support_case (
    id                      BIGINT                   NOT NULL PRIMARY KEY,
    ticket                  VARCHAR(12)              NOT NULL,
    merged_into_id          BIGINT,
    channel                 VARCHAR(16)              NOT NULL,
    account_id              VARCHAR(64),
    customer_name           VARCHAR(128),
    customer_contact        VARCHAR(256),
    language                VARCHAR(2)               NOT NULL,
    subject                 VARCHAR(200)             NOT NULL,
    description             VARCHAR(20000)           NOT NULL,
    search_text             VARCHAR(21000)           NOT NULL,
    category                VARCHAR(24)              NOT NULL,
    subcategory             VARCHAR(32),
    complaint               BOOLEAN                  NOT NULL,
    priority                VARCHAR(2)               NOT NULL,
    queue                   VARCHAR(32)              NOT NULL,
    assignee                VARCHAR(128),
    state                   VARCHAR(24)              NOT NULL,
    outcome                 VARCHAR(24),
    opened_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by               VARCHAR(128)             NOT NULL,
    decision_due_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    first_response_target_s BIGINT                   NOT NULL,
    resolution_target_s     BIGINT                   NOT NULL,
    paused_s                BIGINT                   NOT NULL,
    paused_since            TIMESTAMP WITH TIME ZONE,
    first_response_at       TIMESTAMP WITH TIME ZONE,
    first_response_paused_s BIGINT,
    resolved_at             TIMESTAMP WITH TIME ZONE,
    closed_at               TIMESTAMP WITH TIME ZONE,
    escalated_at            TIMESTAMP WITH TIME ZONE,
    sla_state               VARCHAR(16)              NOT NULL,
    sla_due_at              TIMESTAMP WITH TIME ZONE,
    sla_check_at            TIMESTAMP WITH TIME ZONE,
    first_response_breached BOOLEAN                  NOT NULL,
    resolution_breached     BOOLEAN                  NOT NULL,
    reopened                INT                      NOT NULL,
    outbound_count          INT                      NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT                   NOT NULL,
    CONSTRAINT support_case_ticket_uk UNIQUE (ticket),
    CONSTRAINT support_case_account_fk FOREIGN KEY (account_id) REFERENCES account (external_id),
    CONSTRAINT support_case_merged_fk FOREIGN KEY (merged_into_id) REFERENCES support_case (id)
);
-- the queue: keyset pages over (opened_at, id), with and without the usual filters
CREATE INDEX support_case_opened ON support_case (opened_at, id);
CREATE INDEX support_case_state_opened ON support_case (state, opened_at, id);
CREATE INDEX support_case_queue_state_opened ON support_case (queue, state, opened_at, id);
CREATE INDEX support_case_priority_state_opened ON support_case (priority, state, opened_at, id);
CREATE INDEX support_case_category_opened ON support_case (category, opened_at, id);
CREATE INDEX support_case_sla_opened ON support_case (sla_state, opened_at, id);
CREATE INDEX support_case_account ON support_case (account_id, state);
CREATE INDEX support_case_sla_check ON support_case (sla_check_at);

-- Everything that happened to a case, newest last: the timeline the case page shows.
CREATE TABLE case_event (
    id       BIGINT                   NOT NULL PRIMARY KEY,
    case_id  BIGINT                   NOT NULL,
    at       TIMESTAMP WITH TIME ZONE NOT NULL,
    actor    VARCHAR(128)             NOT NULL,
    kind     VARCHAR(32)              NOT NULL,
    detail   VARCHAR(4000),
    CONSTRAINT case_event_case_fk FOREIGN KEY (case_id) REFERENCES support_case (id)
);
CREATE INDEX case_event_case ON case_event (case_id, id);

-- Messages in both directions and internal notes (direction NOTE, never sent).
CREATE TABLE case_message (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    case_id       BIGINT                   NOT NULL,
    direction     VARCHAR(8)               NOT NULL,
    author        VARCHAR(128)             NOT NULL,
    body          VARCHAR(20000)           NOT NULL,
    template_code VARCHAR(32),
    outbox_id     BIGINT,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_message_case_fk FOREIGN KEY (case_id) REFERENCES support_case (id),
    CONSTRAINT case_message_direction CHECK (direction IN ('IN', 'OUT', 'NOTE'))
);
CREATE INDEX case_message_case ON case_message (case_id, id);

CREATE TABLE case_link (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    case_id    BIGINT                   NOT NULL,
    kind       VARCHAR(16)              NOT NULL,
    target     VARCHAR(64)              NOT NULL,
    created_by VARCHAR(128)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_link_case_fk FOREIGN KEY (case_id) REFERENCES support_case (id),
    CONSTRAINT case_link_uk UNIQUE (case_id, kind, target)
);

CREATE TABLE message_template (
    code     VARCHAR(32)   NOT NULL,
    language VARCHAR(2)    NOT NULL,
    subject  VARCHAR(200)  NOT NULL,
    body     VARCHAR(8000) NOT NULL,
    version  BIGINT        NOT NULL,
    CONSTRAINT message_template_pk PRIMARY KEY (code, language)
);

CREATE TABLE forbidden_term (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    term       VARCHAR(128)             NOT NULL,
    why        VARCHAR(500)             NOT NULL,
    created_by VARCHAR(128)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT forbidden_term_uk UNIQUE (term)
);

-- What the exchange delivers to customers through their own channel; read after a cursor, acknowledged.
CREATE TABLE outbox_message (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    case_id       BIGINT                   NOT NULL,
    ticket        VARCHAR(12)              NOT NULL,
    account_id    VARCHAR(64),
    channel       VARCHAR(16)              NOT NULL,
    contact       VARCHAR(256),
    language      VARCHAR(2)               NOT NULL,
    template_code VARCHAR(32)              NOT NULL,
    subject       VARCHAR(200)             NOT NULL,
    body          VARCHAR(20000)           NOT NULL,
    created_by    VARCHAR(128)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at  TIMESTAMP WITH TIME ZONE,
    delivered_by  VARCHAR(128),
    version       BIGINT                   NOT NULL,
    CONSTRAINT outbox_case_fk FOREIGN KEY (case_id) REFERENCES support_case (id)
);
CREATE INDEX outbox_pending ON outbox_message (delivered_at, id);

CREATE TABLE campaign (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    first_post_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_post_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL
);

CREATE TABLE public_post (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    url                 VARCHAR(1000)            NOT NULL,
    url_key             VARCHAR(1000)            NOT NULL,
    platform            VARCHAR(32)              NOT NULL,
    author_handle       VARCHAR(64)              NOT NULL,
    text                VARCHAR(10000)           NOT NULL,
    reach               BIGINT                   NOT NULL,
    posted_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    received_by         VARCHAR(128)             NOT NULL,
    account_id          VARCHAR(64),
    quoted_ticket       VARCHAR(12),
    case_id             BIGINT,
    case_opened         BOOLEAN                  NOT NULL,
    campaign_id         BIGINT,
    signature           VARCHAR(1100)            NOT NULL,
    suggested_kind      VARCHAR(16),
    suggestion_score    INT,
    suggestion_evidence VARCHAR(4000),
    confirmed_kind      VARCHAR(16),
    confirmed_by        VARCHAR(128),
    confirmed_at        TIMESTAMP WITH TIME ZONE,
    review_note         VARCHAR(2000),
    version             BIGINT                   NOT NULL,
    CONSTRAINT public_post_url_uk UNIQUE (url_key),
    CONSTRAINT public_post_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT public_post_case_fk FOREIGN KEY (case_id) REFERENCES support_case (id)
);
CREATE INDEX public_post_received ON public_post (received_at, id);
CREATE INDEX public_post_campaign ON public_post (campaign_id, posted_at);
CREATE INDEX public_post_account ON public_post (account_id);

-- Locality-sensitive hashing of the MinHash signatures: posts sharing a band are near-duplicate candidates.
CREATE TABLE post_band (
    post_id   BIGINT                   NOT NULL,
    band      INT                      NOT NULL,
    hash      BIGINT                   NOT NULL,
    posted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT post_band_pk PRIMARY KEY (post_id, band),
    CONSTRAINT post_band_post_fk FOREIGN KEY (post_id) REFERENCES public_post (id)
);
CREATE INDEX post_band_hash ON post_band (hash, posted_at);

INSERT INTO forbidden_term (id, term, why, created_by, created_at) VALUES
 (1, 'sanctions', 'Tipping off: never tell a customer under review that sanctions are the reason', 'system', CURRENT_TIMESTAMP),
 (2, 'OFAC', 'Tipping off: names the sanctions list the account was screened against', 'system', CURRENT_TIMESTAMP),
 (3, 'investigation', 'Tipping off: a confidential investigation may not be disclosed', 'system', CURRENT_TIMESTAMP),
 (4, 'law enforcement', 'Tipping off: requests from authorities may not be disclosed', 'system', CURRENT_TIMESTAMP),
 (5, 'suspicious activity report', 'Tipping off: a report to the financial intelligence unit may never be mentioned', 'system', CURRENT_TIMESTAMP),
 (6, 'flagged wallet', 'Tipping off: screening results are confidential', 'system', CURRENT_TIMESTAMP),
 (7, 'tainted', 'Tipping off: screening results are confidential', 'system', CURRENT_TIMESTAMP),
 (8, 'blacklisted', 'Tipping off: screening results are confidential', 'system', CURRENT_TIMESTAMP);

-- Templates in the customer's language; {placeholders} are filled from the case (see MessageTemplate).
INSERT INTO message_template (code, language, subject, body, version) VALUES
 ('ACKNOWLEDGEMENT', 'en', 'We received your request {ticket}',
  'Hello {name},

we received your request on {received} and gave it the reference {ticket}. Please quote it whenever you write to us. You will hear from us soon; a decision on your request is due by {decisionDue} at the latest.

Kind regards,
Customer Support', 0),
 ('ACKNOWLEDGEMENT', 'fr', 'Nous avons bien reçu votre demande {ticket}',
  'Bonjour {name},

nous avons bien reçu votre demande le {received} et lui avons attribué la référence {ticket}. Merci de la rappeler dans chacun de vos messages. Nous revenons vers vous rapidement ; une décision sur votre demande vous sera communiquée au plus tard le {decisionDue}.

Cordialement,
Le service client', 0),
 ('ACKNOWLEDGEMENT', 'ja', 'お問い合わせを受け付けました（{ticket}）',
  '{name} 様

{received} にお問い合わせを受け付け、受付番号 {ticket} を発行いたしました。今後のご連絡の際はこの番号をお知らせください。担当者より追ってご連絡いたします。遅くとも {decisionDue} までに回答いたします。

カスタマーサポート', 0),
 ('REPLY', 'en', 'About your request {ticket}',
  'Hello {name},

{message}

Kind regards,
{agent}
Customer Support', 0),
 ('REPLY', 'fr', 'Au sujet de votre demande {ticket}',
  'Bonjour {name},

{message}

Cordialement,
{agent}
Le service client', 0),
 ('REPLY', 'ja', 'お問い合わせ {ticket} について',
  '{name} 様

{message}

{agent}
カスタマーサポート', 0),
 ('REQUEST_INFORMATION', 'en', 'We need more information for {ticket}',
  'Hello {name},

to go on with your request {ticket} we need the following from you:

{message}

Simply reply to this message. Your request stays open while we wait for your answer.

Kind regards,
{agent}
Customer Support', 0),
 ('REQUEST_INFORMATION', 'fr', 'Informations complémentaires nécessaires pour {ticket}',
  'Bonjour {name},

pour poursuivre le traitement de votre demande {ticket}, nous avons besoin des éléments suivants :

{message}

Il vous suffit de répondre à ce message. Votre demande reste ouverte en attendant votre réponse.

Cordialement,
{agent}
Le service client', 0),
 ('REQUEST_INFORMATION', 'ja', '{ticket} について追加情報のお願い',
  '{name} 様

お問い合わせ {ticket} の対応を進めるため、以下の情報をお送りください。

{message}

このメッセージにご返信ください。ご返信をお待ちする間も、お問い合わせは受付中のままです。

{agent}
カスタマーサポート', 0),
 ('RESOLUTION', 'en', 'Our decision on {ticket}',
  'Hello {name},

{message}

If you disagree, reply within 14 days and we will look at your request again. You may also refer your complaint to the competent authority.

Kind regards,
{agent}
Customer Support', 0),
 ('RESOLUTION', 'fr', 'Notre décision concernant {ticket}',
  'Bonjour {name},

{message}

Si vous n''êtes pas d''accord, répondez sous 14 jours et nous réexaminerons votre demande. Vous pouvez également saisir l''autorité compétente.

Cordialement,
{agent}
Le service client', 0),
 ('RESOLUTION', 'ja', '{ticket} に関する回答',
  '{name} 様

{message}

ご不明な点やご異議がある場合は、14日以内にご返信ください。改めて確認いたします。所管の監督当局に申し立てることもできます。

{agent}
カスタマーサポート', 0);
