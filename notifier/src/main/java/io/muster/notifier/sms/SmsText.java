package io.muster.notifier.sms;

import io.muster.messages.AlertTexts;
import io.muster.notifier.NotifierProperties;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.wording.Alerts;
import org.springframework.stereotype.Component;

/**
 * The text of an SMS in the person's language, with the answer link of its token, composed by the messages
 * module ({@code io.muster.messages.AlertTexts}): e.g. "Fire alarm: Evacuate now. Reply 1 = safe, 2 = need
 * help (code 47). Answer: https://…/answer/<token>". Life-safety texts stay within two segments.
 */
@Component
public class SmsText {

    private final AlertTexts texts;
    private final NotifierProperties notifier;

    SmsText(AlertTexts texts, NotifierProperties notifier) {
        this.texts = texts;
        this.notifier = notifier;
    }

    String of(DeliveryRequest request, String token) {
        return texts.sms(Alerts.of(request, notifier.answerLink(token)));
    }
}
