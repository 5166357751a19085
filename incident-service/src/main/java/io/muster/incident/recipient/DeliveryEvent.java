package io.muster.incident.recipient;

/** A delivery report (sent, delivered, failed), turned into recipient history. */
sealed interface DeliveryEvent extends ConsumedEvent
        permits NotificationSent, NotificationDelivered, NotificationFailed {

    RecipientEvent toRecipientEvent();
}
