package io.muster.gateway.sms;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.NotificationRequestFixture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The texts sent back are in the language of the number's request; an SMS "3" is the alternate site if offered. */
class LocalisedSmsRepliesIntegrationTests extends GatewayIntegrationTest {

    private static final String INBOUND = "/webhooks/twilio/sms/inbound";
    private static final String REPLIES = "muster.reply.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aFrenchPersonGetsTheFrenchThankYou() {
        var request = openRequestTo(newPhoneNumber(), "47").inLocale("fr").publishedAndIndexed(kafka, openRequests);

        assertThat(texted(request.phone(), "oui"))
                .isEqualTo("Merci. Réponse enregistrée : en sécurité pour Fire alarm at Riverside.");
        try (var probe = probe(REPLIES)) {
            JsonNode event =
                    JSON.readTree(probe.awaitRecord(about(request), PUBLISHED).value());
            assertThat(event.get("answer").asString()).isEqualTo("SAFE");
        }
    }

    @Test
    void aFrenchPersonIsAskedForTheCodeAndToldTheOptionsInFrench() {
        var first = openRequestTo(newPhoneNumber(), "47").inLocale("fr-CA").publishedAndIndexed(kafka, openRequests);
        first.anotherIncident("48").publishedAndIndexed(kafka, openRequests);

        assertThat(texted(first.phone(), "1"))
                .isEqualTo("Vous avez 2 alertes en cours. Répondez 1 48 pour \"Flood at Harbour House\", 1 47 pour"
                        + " \"Fire alarm at Riverside\".");
        assertThat(texted(first.phone(), "bonjour"))
                .isEqualTo("Désolé, nous n'avons pas compris votre réponse. Répondez 1 pour je suis en sécurité,"
                        + " 2 pour j'ai besoin d'aide, suivi du code de l'alerte.");
        assertThat(texted(first.phone(), "1 99"))
                .as("held: its request may not be indexed yet")
                .isEqualTo("Merci, votre réponse nous est parvenue.");
    }

    @Test
    void aFrenchNumberThatTextsStopAndStartIsAnsweredInFrench() {
        var request = openRequestTo(newPhoneNumber(), "47").inLocale("fr").publishedAndIndexed(kafka, openRequests);

        assertThat(texted(request.phone(), "STOP")).startsWith("Vous ne recevrez plus les alertes Muster par SMS");
        assertThat(texted(request.phone(), "START")).startsWith("Vous recevrez à nouveau les alertes Muster");
        assertThat(texted(request.phone(), "INFO")).startsWith("Alertes d'urgence Muster.");
    }

    @Test
    void aSharedNumberOfFrenchPeopleIsAnsweredInFrench() {
        var ada = openRequestTo(newPhoneNumber(), "47").inLocale("fr").publishedAndIndexed(kafka, openRequests);
        openRequestTo(ada.phone(), "48").inLocale("fr").publishedAndIndexed(kafka, openRequests);

        assertThat(texted(ada.phone(), "1")).startsWith("Plusieurs personnes sont alertées à ce numéro");
    }

    @Test
    void anUnknownNumberIsAnsweredInEnglish() {
        String stranger = newPhoneNumber();

        assertThat(texted(stranger, "oui")).isEqualTo("Thank you. We have received your reply.");
        assertThat(texted(stranger, "AIDE")).startsWith("Muster emergency alerts.");
        assertThat(texted(stranger, "ARRET")).startsWith("You will no longer receive Muster alerts by SMS");
    }

    @Test
    void anSmsThreeIsTheAlternateSiteWhenTheRequestOffersIt() {
        var request = openRequestTo(newPhoneNumber(), "47")
                .inLocale("fr")
                .publishedWithAlternateSiteAndIndexed(kafka, openRequests);

        assertThat(texted(request.phone(), "3"))
                .isEqualTo("Merci. Réponse enregistrée : sur le site de repli pour Fire alarm at Riverside.");
        try (var probe = probe(REPLIES)) {
            JsonNode event =
                    JSON.readTree(probe.awaitRecord(about(request), PUBLISHED).value());
            assertThat(event.get("answer").asString()).isEqualTo("AT_ALTERNATE_SITE");
            assertThat(event.get("rawAnswer").asString()).isEqualTo("3");
            assertThat(event.get("channel").asString()).isEqualTo("SMS");
        }
    }

    @Test
    void anSmsThreeIsNotUnderstoodWhenTheRequestDoesNotOfferIt() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        assertThat(texted(request.phone(), "3"))
                .isEqualTo("Sorry, we did not understand your reply. Reply 1 for I am safe, 2 for I need help.");
        try (var probe = probe(REPLIES)) {
            assertThat(probe.recordsWithin(about(request), QUIET)).isEmpty();
        }
    }

    private String texted(String from, String body) {
        String twiml = postSigned(INBOUND, SmsReplyIntegrationTests.params(from, body, newMessageSid()), TOKEN)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(twiml).startsWith("<?xml").contains("<Response><Message>");
        return twiml.substring(twiml.indexOf("<Message>") + 9, twiml.indexOf("</Message>"))
                .replace("&apos;", "'")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    private static java.util.function.Predicate<ConsumerRecord<String, String>> about(
            NotificationRequestFixture request) {
        return record -> record.value().contains(request.notificationId().toString());
    }
}
