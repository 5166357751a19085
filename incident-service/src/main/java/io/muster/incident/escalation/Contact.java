package io.muster.incident.escalation;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person as escalation needs them: addresses in preference order, quiet hours, deputy, site and
 * where they report when their site cannot be used (null when it has no alternate), and their roles in the directory
 * (the teams they belong to: hotline messages for a team reach them).
 */
public record Contact(
        UUID personId,
        String employeeId,
        String displayName,
        String locale,
        @Nullable String phone,
        @Nullable String email,
        List<String> channelPreference,
        ZoneId zone,
        @Nullable LocalTime quietFrom,
        @Nullable LocalTime quietUntil,
        @Nullable UUID deputyId,
        @Nullable UUID siteId,
        NotificationRequested.@Nullable AlternateSite alternate,
        boolean smsOptedOut,
        List<String> roles) {

    public Contact {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /**
     * The channels the person can be reached on, in their order of preference; SMS is left out
     * while their number has opted out (STOP), so the next channel is tried instead.
     */
    public List<NotificationRequested.Channel> channels() {
        List<NotificationRequested.Channel> channels = new ArrayList<>(3);
        for (String channel : channelPreference) {
            String address = channel.equals("EMAIL") ? email : phone;
            boolean optedOut = smsOptedOut && channel.equals("SMS");
            if (address != null && !optedOut) {
                channels.add(new NotificationRequested.Channel(channel, address));
            }
        }
        return channels;
    }

    /** Where the person reports, when their site is one the incident affects and it has an alternate. */
    public NotificationRequested.@Nullable AlternateSite alternateSiteIn(List<UUID> affectedSiteIds) {
        return siteId != null && affectedSiteIds.contains(siteId) ? alternate : null;
    }

    /** When the person's quiet hours end, if {@code at} falls inside them. */
    public Optional<Instant> quietUntil(Instant at) {
        return quietFrom == null || quietUntil == null
                ? Optional.empty()
                : QuietHours.endOf(at, zone, quietFrom, quietUntil);
    }
}
