package io.muster.incident.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RecordingGuardTests {

    private final RecordingGuard guard = new RecordingGuard(URI.create("http://127.0.0.1:8090/2010-04-01/Accounts/"));

    @Test
    void allowsRecordingsUnderTheBase() {
        assertThat(guard.allowed("http://127.0.0.1:8090/2010-04-01/Accounts/AC1/Recordings/RE1"))
                .isPresent();
        assertThat(guard.allowed("HTTP://127.0.0.1:8090/2010-04-01/Accounts/AC1/Recordings/RE1"))
                .isPresent();
    }

    @Test
    void refusesOtherHostsPortsSchemesUserInfoAndEscapes() {
        assertThat(guard.allowed("http://127.0.0.1:8090.evil.example/2010-04-01/Accounts/AC1"))
                .isEmpty();
        assertThat(guard.allowed("http://evil.example/2010-04-01/Accounts/AC1")).isEmpty();
        assertThat(guard.allowed("http://127.0.0.1:8091/2010-04-01/Accounts/AC1"))
                .isEmpty();
        assertThat(guard.allowed("https://127.0.0.1:8090/2010-04-01/Accounts/AC1"))
                .isEmpty();
        assertThat(guard.allowed("http://user@127.0.0.1:8090/2010-04-01/Accounts/AC1"))
                .isEmpty();
        assertThat(guard.allowed("http://127.0.0.1:8090/2010-04-01/Accounts/../../admin"))
                .isEmpty();
        assertThat(guard.allowed("http://127.0.0.1:8090/2010-04-01/AccountsX/AC1"))
                .isEmpty();
        assertThat(guard.allowed("http://127.0.0.1:8090/2010-04-01/Accounts/AC1/%2e%2e/x"))
                .isPresent();
        assertThat(guard.allowed("file:///etc/passwd")).isEmpty();
        assertThat(guard.allowed("/2010-04-01/Accounts/AC1")).isEmpty();
        assertThat(guard.allowed("not a url")).isEmpty();
    }
}
