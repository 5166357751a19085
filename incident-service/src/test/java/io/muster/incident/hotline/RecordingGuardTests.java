package io.muster.incident.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RecordingGuardTests {

    private static final URI BASE = URI.create("http://127.0.0.1:8090/2010-04-01/Accounts/");
    private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private static final String RECORDING = "RE0123456789abcdef0123456789abcdef";
    private static final String ROOT = "http://127.0.0.1:8090/2010-04-01/Accounts/" + ACCOUNT;

    private final RecordingGuard guard = new RecordingGuard(BASE, ACCOUNT);

    @Test
    void allowsTheConfiguredAccountsRecordings() {
        assertThat(guard.allowed(ROOT + "/Recordings/" + RECORDING)).isPresent();
        assertThat(guard.allowed(ROOT + "/Recordings/" + RECORDING + ".wav")).isPresent();
        assertThat(guard.allowed(ROOT + "/Recordings/" + RECORDING + ".mp3")).isPresent();
        assertThat(guard.allowed("HTTP://127.0.0.1:8090/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/" + RECORDING))
                .isPresent();
    }

    @Test
    void refusesEveryOtherResourceOfTheAccount() {
        assertThat(guard.allowed(ROOT + "/Messages.json")).isEmpty();
        assertThat(guard.allowed(ROOT + "/Calls.json")).isEmpty();
        assertThat(guard.allowed(ROOT + "/Recordings.json")).isEmpty();
        assertThat(guard.allowed(ROOT + "/Recordings/" + RECORDING + "/Transcriptions.json"))
                .isEmpty();
        assertThat(guard.allowed(ROOT + "/Recordings/" + RECORDING + ".json")).isEmpty();
        assertThat(guard.allowed(ROOT + "/Recordings/RE1")).isEmpty();
        assertThat(guard.allowed(ROOT)).isEmpty();
    }

    @Test
    void refusesOtherAccountsAndEncodedOrDotSegments() {
        assertThat(guard.allowed("http://127.0.0.1:8090/2010-04-01/Accounts/ACother/Recordings/" + RECORDING))
                .isEmpty();
        assertThat(guard.allowed(ROOT + "/Recordings/%2e%2e/%2e%2e/Messages.json"))
                .isEmpty();
        assertThat(guard.allowed(ROOT + "/%2e%2e/ACother/Recordings/" + RECORDING))
                .isEmpty();
        assertThat(guard.allowed(ROOT + "/Recordings/../Messages.json")).isEmpty();
        assertThat(guard.allowed(ROOT + "/./Recordings/" + RECORDING)).isEmpty();
        assertThat(guard.allowed(ROOT + "/Recordings%2F" + RECORDING)).isEmpty();
        assertThat(guard.allowed(ROOT + "/Recordings/" + RECORDING + "%00")).isEmpty();
        assertThat(guard.allowed(ROOT + "/Recordings/" + RECORDING + "?PageSize=1000"))
                .isEmpty();
        assertThat(guard.allowed(ROOT + "/Recordings/" + RECORDING + "#x")).isEmpty();
    }

    @Test
    void refusesOtherHostsPortsSchemesAndUserInfo() {
        String path = "/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/" + RECORDING;
        assertThat(guard.allowed("http://127.0.0.1:8090.evil.example" + path)).isEmpty();
        assertThat(guard.allowed("http://evil.example" + path)).isEmpty();
        assertThat(guard.allowed("http://127.0.0.1:8091" + path)).isEmpty();
        assertThat(guard.allowed("https://127.0.0.1:8090" + path)).isEmpty();
        assertThat(guard.allowed("http://user@127.0.0.1:8090" + path)).isEmpty();
        assertThat(guard.allowed("file:///etc/passwd")).isEmpty();
        assertThat(guard.allowed(path)).isEmpty();
        assertThat(guard.allowed("not a url")).isEmpty();
    }

    @Test
    void withoutAConfiguredAccountNothingIsFetched() {
        assertThat(new RecordingGuard(BASE, null).allowed(ROOT + "/Recordings/" + RECORDING))
                .isEmpty();
        assertThat(new RecordingGuard(BASE, " ").allowed(ROOT + "/Recordings/" + RECORDING))
                .isEmpty();
    }
}
