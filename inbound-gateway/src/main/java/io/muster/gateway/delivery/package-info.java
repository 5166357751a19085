/** Delivery receipts: Twilio status callbacks turned into NotificationDelivered and NotificationFailed. */
@NullMarked
package io.muster.gateway.delivery;

import org.jspecify.annotations.NullMarked;
