package io.muster.gateway.correlation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reply: a digit or keyword answer, optionally followed by the reply code ("1 47", "safe 47"),
 * in English or French (the supported languages). Keywords map to the answer names the requests offer; a yes
 * or no word means the yes or no of whichever question it answers (a roll call's SAFE, a call-out's COMING).
 */
public final class ReplyParser {

    private static final Pattern ANSWER_THEN_CODE = Pattern.compile("^(.*\\S)\\s+(\\d{1,6})$");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    // compiled once: String.replaceAll compiles its pattern on every call, twice per SMS reply
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^A-Z0-9]+");
    private static final String SAFE = "SAFE";
    private static final String NEEDS_HELP = "NEEDS_HELP";
    private static final String ALTERNATE = "AT_ALTERNATE_SITE";
    private static final List<String> YES = List.of(SAFE, "COMING");
    private static final List<String> NO = List.of("NOT_COMING");
    private static final Map<String, List<String>> YES_OR_NO = Map.ofEntries(
            Map.entry("YES", YES),
            Map.entry("Y", YES),
            Map.entry("OK", YES),
            Map.entry("OKAY", YES),
            Map.entry("OUI", YES),
            Map.entry("COMING", List.of("COMING")),
            Map.entry("I CAN COME", List.of("COMING")),
            Map.entry("JE VIENS", List.of("COMING")),
            Map.entry("NO", NO),
            Map.entry("N", NO),
            Map.entry("NON", NO),
            Map.entry("NOT COMING", NO),
            Map.entry("I CANNOT COME", NO),
            Map.entry("I CANT COME", NO),
            Map.entry("JE NE PEUX PAS VENIR", NO));
    private static final Map<String, String> KEYWORDS = Map.ofEntries(
            // English
            Map.entry("SAFE", SAFE),
            Map.entry("FINE", SAFE),
            Map.entry("IM SAFE", SAFE),
            Map.entry("I AM SAFE", SAFE),
            Map.entry("IM OK", SAFE),
            Map.entry("I AM OK", SAFE),
            Map.entry("IM FINE", SAFE),
            Map.entry("ALL GOOD", SAFE),
            Map.entry("HELP", NEEDS_HELP),
            Map.entry("NEED HELP", NEEDS_HELP),
            Map.entry("NEEDS HELP", NEEDS_HELP),
            Map.entry("I NEED HELP", NEEDS_HELP),
            Map.entry("HELP ME", NEEDS_HELP),
            Map.entry("SOS", NEEDS_HELP),
            Map.entry("ALTERNATE", ALTERNATE),
            Map.entry("ALTERNATE SITE", ALTERNATE),
            Map.entry("AT ALTERNATE SITE", ALTERNATE),
            Map.entry("AT THE ALTERNATE SITE", ALTERNATE),
            // French (accents are dropped before the look-up: "sécurité" is "SECURITE")
            Map.entry("SAUF", SAFE),
            Map.entry("SAUVE", SAFE),
            Map.entry("SAIN ET SAUF", SAFE),
            Map.entry("SAINE ET SAUVE", SAFE),
            Map.entry("EN SECURITE", SAFE),
            Map.entry("JE SUIS EN SECURITE", SAFE),
            Map.entry("CA VA", SAFE),
            Map.entry("AIDE", NEEDS_HELP),
            Map.entry("AIDEZ MOI", NEEDS_HELP),
            Map.entry("BESOIN DAIDE", NEEDS_HELP),
            Map.entry("JAI BESOIN DAIDE", NEEDS_HELP),
            Map.entry("AU SECOURS", NEEDS_HELP),
            Map.entry("SECOURS", NEEDS_HELP),
            Map.entry("SITE DE REPLI", ALTERNATE),
            Map.entry("AUTRE SITE", ALTERNATE));

    private ReplyParser() {}

    public static Optional<ParsedReply> parse(String body) {
        String text = normalised(body);
        Matcher withCode = ANSWER_THEN_CODE.matcher(text);
        if (withCode.matches()) {
            return choice(withCode.group(1)).map(choice -> new ParsedReply(choice, withCode.group(2)));
        }
        return choice(text).map(choice -> new ParsedReply(choice, null));
    }

    private static Optional<List<String>> choice(String text) {
        if (DIGITS.matcher(text).matches()) {
            return Optional.of(List.of(text));
        }
        return Optional.ofNullable(KEYWORDS.get(text)).map(List::of).or(() -> Optional.ofNullable(YES_OR_NO.get(text)));
    }

    /**
     * Upper case without accents, apostrophes dropped ("I'm" is "IM", "d'aide" is "DAIDE"), other
     * punctuation as spaces, single spaces.
     */
    public static String normalised(String body) {
        String plain = DIACRITICS
                .matcher(Normalizer.normalize(body, Normalizer.Form.NFD))
                .replaceAll("");
        String upper = APOSTROPHES.matcher(plain.toUpperCase(Locale.ROOT)).replaceAll("");
        return NOT_LETTERS_OR_DIGITS.matcher(upper).replaceAll(" ").trim();
    }
}
