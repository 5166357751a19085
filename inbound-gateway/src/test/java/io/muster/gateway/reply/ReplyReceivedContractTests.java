package io.muster.gateway.reply;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ReplyReceivedContractTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesExactlyTheGoldenReplyReceived() {
        String golden = ContractSamples.json("ReplyReceived", 1);

        String written = json.writeValueAsString(json.readValue(golden, ReplyReceived.class));

        assertThat(json.readTree(written)).isEqualTo(json.readTree(golden));
    }
}
