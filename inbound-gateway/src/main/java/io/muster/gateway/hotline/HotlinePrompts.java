package io.muster.gateway.hotline;

/** What the hotline says (English; callers are not identified yet when most of it is said). */
final class HotlinePrompts {

    static final String WELCOME = "Welcome to the Muster hotline.";
    static final String ASK_EMPLOYEE_ID = "We could not recognise the number you are calling from. "
            + "Please enter your employee ID on the keypad, followed by the hash key.";
    static final String EMPLOYEE_ID_UNKNOWN = "Sorry, we found no open incident for that employee ID.";
    static final String TRY_AGAIN = "Please enter your employee ID again, followed by the hash key.";
    static final String UNIDENTIFIED = "We could not identify you, so we cannot give you incident updates. "
            + "You can leave a message for the response team after the tone. "
            + "Press the hash key when you have finished.";
    static final String SEVERAL_INCIDENTS = "You are part of %d open incidents.";
    static final String CHOOSE = "For %s, press %d.";
    static final String EXERCISE = "This is an exercise.";
    static final String LATEST_UPDATE = "Latest update: %s";
    static final String NO_UPDATE = "There is no update yet.";
    static final String MENU = "To report that you are safe, press 1. If you need help, press 2. "
            + "If you are at an alternate site, press 3. To record a message for your team, press 4. "
            + "To hear the update again, press 9.";
    static final String OTHER_INCIDENT = "To choose another incident, press 0.";
    static final String RECORDED_STATE = "Thank you. We recorded that %s.";
    static final String AFTER_STATE = "To record a message for your team, press 4. Otherwise you can hang up now.";
    static final String RECORD =
            "Please record your message after the tone. " + "Press the hash key when you have finished.";
    static final String NO_MESSAGE = "We did not receive a message.";
    static final String MESSAGE_RECORDED = "Thank you. Your message has been recorded for the team.";
    static final String NOT_AN_OPTION = "Sorry, that is not an option.";
    static final String NO_CHOICE = "We did not receive a choice.";
    static final String GOODBYE = "Goodbye.";
    static final String NO_OPEN_INCIDENT = "There is no open incident for you at the moment.";

    private HotlinePrompts() {}

    /** How a reported state is read back to the caller. */
    static String state(String answer) {
        return switch (answer) {
            case "SAFE" -> "you are safe";
            case "NEEDS_HELP" -> "you need help. Someone from the response team will contact you";
            case "AT_ALTERNATE_SITE" -> "you are at an alternate site";
            default -> answer;
        };
    }
}
