-- What a customer is told about a deposit screening held, froze or released, as templates of the message catalogue in
-- the customer's language; neutral by design (tipping-off): no list, no category, no investigation. {asset} and
-- {transaction} are the deposit's. Kept out of the agents' reply templates (codes SCREENING_...).
INSERT INTO message_template (code, language, subject, body, version) VALUES
 ('SCREENING_DEPOSIT_RESTRICTED', 'en', 'A temporary restriction on your deposit',
  'Hello,

all or part of your {asset} deposit (transaction {transaction}) is temporarily restricted for a risk control review. We will write to you again as soon as the review is complete.

Kind regards,
Customer Support', 0),
 ('SCREENING_DEPOSIT_RESTRICTED', 'fr', 'Restriction temporaire sur votre dépôt',
  'Bonjour,

tout ou partie de votre dépôt en {asset} (transaction {transaction}) fait l''objet d''une restriction temporaire, le temps d''un contrôle de gestion des risques. Nous vous écrirons de nouveau dès que ce contrôle sera terminé.

Cordialement,
Le service client', 0),
 ('SCREENING_DEPOSIT_RESTRICTED', 'ja', 'ご入金の一時的な制限について',
  'いつもご利用いただきありがとうございます。

リスク管理上の確認のため、お客様の {asset} のご入金（トランザクション {transaction}）の全部または一部を一時的に制限しております。確認が完了しだい、あらためてご連絡いたします。

カスタマーサポート', 0),
 ('SCREENING_DEPOSIT_RELEASED', 'en', 'The restriction on your deposit is lifted',
  'Hello,

the review of your {asset} deposit (transaction {transaction}) is complete and the temporary restriction on it has been lifted. No action is needed from you.

Kind regards,
Customer Support', 0),
 ('SCREENING_DEPOSIT_RELEASED', 'fr', 'La restriction sur votre dépôt est levée',
  'Bonjour,

le contrôle de votre dépôt en {asset} (transaction {transaction}) est terminé et la restriction temporaire qui s''y appliquait a été levée. Vous n''avez rien à faire.

Cordialement,
Le service client', 0),
 ('SCREENING_DEPOSIT_RELEASED', 'ja', 'ご入金の制限を解除しました',
  'いつもご利用いただきありがとうございます。

お客様の {asset} のご入金（トランザクション {transaction}）の確認が完了し、一時的な制限を解除いたしました。お客様側でのお手続きは必要ございません。

カスタマーサポート', 0);

-- the customer's language for those messages, as the exchange reports it with the deposit (English when it does not)
ALTER TABLE deposit_screening ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
