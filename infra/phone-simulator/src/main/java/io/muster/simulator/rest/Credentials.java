package io.muster.simulator.rest;

import com.sun.net.httpserver.HttpExchange;
import io.muster.simulator.Account;
import io.muster.simulator.twilio.TwilioApiException;
import io.muster.simulator.twilio.TwilioError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

/** Checks HTTP Basic {@code AccountSid:AuthToken} against the configured accounts. */
public final class Credentials {

    private final List<Account> accounts;

    public Credentials(List<Account> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    /** The account the request authenticates as, which must also be the account in the path. */
    Account authenticate(HttpExchange exchange, String pathAccountSid) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        Account account = basic(header);
        if (account == null || !account.sid().equals(pathAccountSid)) {
            throw new TwilioApiException(TwilioError.authenticate());
        }
        return account;
    }

    private Account basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String sid = decoded.substring(0, colon);
        byte[] token = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        return accounts.stream()
                .filter(account -> account.sid().equals(sid))
                .filter(account -> MessageDigest.isEqual(account.authToken().getBytes(StandardCharsets.UTF_8), token))
                .findFirst()
                .orElse(null);
    }
}
