/** Intake of NotificationRequested events from the normal and the life-safety lane. */
@NullMarked
package io.muster.notifier.request;

import org.jspecify.annotations.NullMarked;
