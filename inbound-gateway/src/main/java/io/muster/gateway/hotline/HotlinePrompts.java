package io.muster.gateway.hotline;

import com.twilio.twiml.voice.Say;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the hotline says, in English or French: the caller's language once identified (their latest request's
 * locale), before that the configured default, or the other language when the caller asks for it on the keypad.
 *
 * @param code the language's code in action URLs ({@code lang=fr})
 * @param offer how a caller hearing the other language asks for this one (said in this language)
 * @param states how a reported state is read back
 */
record HotlinePrompts(
        String code,
        Say.Language language,
        String offer,
        String welcome,
        String askEmployeeId,
        String tryAgain,
        String unidentified,
        String askPin,
        String askPinOrCode,
        String notVerified,
        String tooManyAttempts,
        String severalIncidents,
        String choose,
        String exercise,
        String latestUpdate,
        String noUpdate,
        String menu,
        String menuWithoutAlternateSite,
        String otherIncident,
        String recordedState,
        Map<String, String> states,
        String afterState,
        String record,
        String noMessage,
        String messageRecorded,
        String notAnOption,
        String noChoice,
        String goodbye,
        String noOpenIncident) {

    static final HotlinePrompts ENGLISH = new HotlinePrompts(
            "en",
            Say.Language.EN_US,
            "For English, press star, then hash.",
            "Welcome to the Muster hotline.",
            "We could not recognise the number you are calling from. "
                    + "Please enter your employee ID on the keypad, followed by the hash key.",
            "Please enter your employee ID again, followed by the hash key.",
            "We could not identify you, so we cannot give you incident updates. "
                    + "You can leave a message for the response team after the tone. "
                    + "Press the hash key when you have finished.",
            "Please enter your hotline PIN, followed by the hash key.",
            "Please enter your hotline PIN, or the reply code of your alert, followed by the hash key.",
            "We could not verify who you are.",
            "There have been too many attempts to verify this caller.",
            "You are part of %d open incidents.",
            "For %s, press %d.",
            "This is an exercise.",
            "Latest update: %s",
            "There is no update yet.",
            "To report that you are safe, press 1. If you need help, press 2. "
                    + "If you are at an alternate site, press 3. To record a message for your team, press 4. "
                    + "To hear the update again, press 9.",
            "To report that you are safe, press 1. If you need help, press 2. "
                    + "To record a message for your team, press 4. To hear the update again, press 9.",
            "To choose another incident, press 0.",
            "Thank you. We recorded that %s.",
            Map.of(
                    "SAFE", "you are safe",
                    "NEEDS_HELP", "you need help. Someone from the response team will contact you",
                    "AT_ALTERNATE_SITE", "you are at an alternate site"),
            "To record a message for your team, press 4. Otherwise you can hang up now.",
            "Please record your message after the tone. Press the hash key when you have finished.",
            "We did not receive a message.",
            "Thank you. Your message has been recorded for the team.",
            "Sorry, that is not an option.",
            "We did not receive a choice.",
            "Goodbye.",
            "There is no open incident for you at the moment.");

    static final HotlinePrompts FRENCH = new HotlinePrompts(
            "fr",
            Say.Language.FR_FR,
            "Pour le français, appuyez sur étoile, puis sur dièse.",
            "Bienvenue sur la ligne d'urgence Muster.",
            "Nous n'avons pas reconnu le numéro depuis lequel vous appelez. "
                    + "Veuillez saisir votre numéro d'employé sur le clavier, suivi de la touche dièse.",
            "Veuillez saisir à nouveau votre numéro d'employé, suivi de la touche dièse.",
            "Nous n'avons pas pu vous identifier, nous ne pouvons donc pas vous donner d'informations sur les "
                    + "incidents. Vous pouvez laisser un message à l'équipe de crise après le bip. "
                    + "Appuyez sur la touche dièse lorsque vous avez terminé.",
            "Veuillez saisir votre code PIN de la ligne d'urgence, suivi de la touche dièse.",
            "Veuillez saisir votre code PIN de la ligne d'urgence, ou le code de réponse de votre alerte, "
                    + "suivi de la touche dièse.",
            "Nous n'avons pas pu vérifier votre identité.",
            "Il y a eu trop de tentatives pour vérifier l'identité de cet appelant.",
            "Vous êtes concerné par %d incidents en cours.",
            "Pour %s, appuyez sur %d.",
            "Ceci est un exercice.",
            "Dernière information : %s",
            "Il n'y a pas encore d'information.",
            "Si vous êtes en sécurité, appuyez sur 1. Si vous avez besoin d'aide, appuyez sur 2. "
                    + "Si vous êtes sur un site de repli, appuyez sur 3. "
                    + "Pour enregistrer un message pour votre équipe, appuyez sur 4. "
                    + "Pour réécouter l'information, appuyez sur 9.",
            "Si vous êtes en sécurité, appuyez sur 1. Si vous avez besoin d'aide, appuyez sur 2. "
                    + "Pour enregistrer un message pour votre équipe, appuyez sur 4. "
                    + "Pour réécouter l'information, appuyez sur 9.",
            "Pour choisir un autre incident, appuyez sur 0.",
            "Merci. Nous avons enregistré que %s.",
            Map.of(
                    "SAFE", "vous êtes en sécurité",
                    "NEEDS_HELP", "vous avez besoin d'aide. Un membre de l'équipe de crise va vous contacter",
                    "AT_ALTERNATE_SITE", "vous êtes sur un site de repli"),
            "Pour enregistrer un message pour votre équipe, appuyez sur 4. Sinon, vous pouvez raccrocher.",
            "Veuillez enregistrer votre message après le bip. Appuyez sur la touche dièse lorsque vous avez terminé.",
            "Nous n'avons pas reçu de message.",
            "Merci. Votre message a été enregistré pour l'équipe.",
            "Désolé, ce choix n'existe pas.",
            "Nous n'avons pas reçu de choix.",
            "Au revoir.",
            "Il n'y a aucun incident en cours pour vous pour le moment.");

    /** French for a French locale ("fr", "fr-CA", "fr_BE"), else {@code fallback}. */
    static HotlinePrompts of(@Nullable String locale, HotlinePrompts fallback) {
        if (locale == null || locale.isBlank()) {
            return fallback;
        }
        String language =
                Locale.forLanguageTag(locale.strip().replace('_', '-')).getLanguage();
        return switch (language) {
            case "fr" -> FRENCH;
            case "en" -> ENGLISH;
            default -> fallback;
        };
    }

    /** The language a caller who does not understand this one can switch to. */
    HotlinePrompts other() {
        return this == FRENCH ? ENGLISH : FRENCH;
    }

    String state(String answer) {
        return states.getOrDefault(answer, answer);
    }

    String severalIncidents(int count) {
        return severalIncidents.formatted(count);
    }

    String choose(String title, int key) {
        return choose.formatted(title, key);
    }

    String latestUpdate(String update) {
        return latestUpdate.formatted(update);
    }

    String recordedState(String answer) {
        return recordedState.formatted(state(answer));
    }

    Say say(String text) {
        return new Say.Builder(text).language(language).build();
    }
}
