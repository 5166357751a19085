package io.muster.simulator.rest;

import io.muster.simulator.Account;
import java.util.Map;

/** One REST resource (Messages, Calls) of an account; errors are thrown as TwilioApiException. */
public interface TwilioResources {

    /** The JSON of the created resource. */
    Map<String, Object> create(Account account, Map<String, String> form);

    Map<String, Object> fetch(Account account, String sid);

    Map<String, Object> list(Account account, ListRequest request);
}
