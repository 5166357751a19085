package io.muster.simulator.sms;

import io.muster.simulator.Account;
import io.muster.simulator.Numbers;
import io.muster.simulator.rest.DateFilter;
import io.muster.simulator.rest.ListRequest;
import io.muster.simulator.rest.TwilioResources;
import io.muster.simulator.twilio.Sids;
import io.muster.simulator.twilio.TwilioApiException;
import io.muster.simulator.twilio.TwilioError;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/** The Messages resource: create (then deliver), fetch, and list with Twilio's filters. */
public final class MessagesApi implements TwilioResources {

    private final Messages messages;
    private final SmsDelivery delivery;
    private final Numbers numbers;
    private final String messagingServiceNumber;

    public MessagesApi(Messages messages, SmsDelivery delivery, Numbers numbers, String messagingServiceNumber) {
        this.messages = messages;
        this.delivery = delivery;
        this.numbers = numbers;
        this.messagingServiceNumber = messagingServiceNumber;
    }

    @Override
    public Map<String, Object> create(Account account, Map<String, String> form) {
        String to = required(form, "To", 21604);
        String service = blankToNull(form.get("MessagingServiceSid"));
        String from = blankToNull(form.get("From"));
        if (from == null && service == null) {
            throw new TwilioApiException(TwilioError.missing(21603, "From"));
        }
        String body = required(form, "Body", 21602);
        if (numbers.isInvalid(to)) {
            throw new TwilioApiException(TwilioError.invalidTo(to));
        }
        Instant now = Instant.now();
        SmsMessage message = new SmsMessage(
                Sids.next("SM"),
                account.sid(),
                from == null ? messagingServiceNumber : from,
                to,
                body,
                service,
                blankToNull(form.get("StatusCallback")),
                SmsMessage.segments(body),
                now,
                now,
                "queued",
                null);
        messages.add(message);
        delivery.deliver(message, account);
        return MessageJson.of(message);
    }

    @Override
    public Map<String, Object> fetch(Account account, String sid) {
        return messages.get(sid)
                .filter(message -> message.accountSid().equals(account.sid()))
                .map(MessageJson::of)
                .orElseThrow(() -> new TwilioApiException(
                        TwilioError.notFound("/2010-04-01/Accounts/" + account.sid() + "/Messages/" + sid + ".json")));
    }

    @Override
    public Map<String, Object> list(Account account, ListRequest request) {
        Predicate<SmsMessage> matches = message -> message.accountSid().equals(account.sid());
        matches = matches.and(equalIfGiven(request.filter("To"), SmsMessage::to));
        matches = matches.and(equalIfGiven(request.filter("From"), SmsMessage::from));
        matches = matches.and(DateFilter.of(request.filters(), "DateSent").matches(SmsMessage::created));
        return request.page("messages", messages.newestFirst().filter(matches), MessageJson::of);
    }

    private static Predicate<SmsMessage> equalIfGiven(
            String expected, java.util.function.Function<SmsMessage, String> field) {
        return expected == null ? message -> true : message -> Objects.equals(expected, field.apply(message));
    }

    private static String required(Map<String, String> form, String name, int code) {
        String value = blankToNull(form.get(name));
        if (value == null) {
            throw new TwilioApiException(TwilioError.missing(code, name));
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
