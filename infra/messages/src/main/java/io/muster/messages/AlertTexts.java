package io.muster.messages;

/**
 * The one composition of an alert's texts: its SMS and its email, in the person's language. The notifier sends
 * them; the incident-service's preview shows them before a declaration, so both read the same.
 */
public final class AlertTexts {

    private final AlertSms sms;
    private final AlertEmail email;

    public AlertTexts(Messages messages) {
        Wordings wordings = new Wordings(messages);
        this.sms = new AlertSms(messages, wordings);
        this.email = new AlertEmail(messages, wordings);
    }

    /** The SMS; a life-safety one is kept within two segments by shortening the commander's words. */
    public String sms(Alert alert) {
        return sms.of(alert);
    }

    /** The email's subject, plain text and parts. */
    public Email email(Alert alert) {
        return email.of(alert);
    }
}
