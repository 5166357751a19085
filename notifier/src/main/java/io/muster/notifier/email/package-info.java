/** Email through SMTP (Jakarta Mail): the message, its headers and the classification of SMTP errors. */
@NullMarked
package io.muster.notifier.email;

import org.jspecify.annotations.NullMarked;
