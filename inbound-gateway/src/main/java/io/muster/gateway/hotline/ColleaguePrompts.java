package io.muster.gateway.hotline;

import io.muster.messages.Language;
import io.muster.messages.Messages;
import io.muster.messages.Template;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the hotline says about messages for colleagues: the {@code hotline.colleague.*} keys, per language. */
record ColleaguePrompts(
        String menu,
        String askId,
        String unknown,
        String record,
        String recorded,
        String one,
        Template count,
        String none,
        Template from,
        String someone,
        String end) {

    private static final Map<String, ColleaguePrompts> BY_LANGUAGE = load(new Messages());

    /** The prompts of the hotline language {@code code} ({@link HotlinePrompts#code()}). */
    static ColleaguePrompts of(String code) {
        return BY_LANGUAGE.get(Language.of(code));
    }

    String count(int messages) {
        return switch (messages) {
            case 0 -> none;
            case 1 -> one;
            default -> count.render("count", String.valueOf(messages));
        };
    }

    String from(String name) {
        return from.render("name", name);
    }

    private static Map<String, ColleaguePrompts> load(Messages messages) {
        Map<String, ColleaguePrompts> prompts = new LinkedHashMap<>();
        for (String language : Language.bundled()) {
            prompts.put(language, of(messages, language));
        }
        return Map.copyOf(prompts);
    }

    private static ColleaguePrompts of(Messages messages, String language) {
        String key = "hotline.colleague.";
        return new ColleaguePrompts(
                messages.text(language, key + "menu"),
                messages.text(language, key + "ask-id"),
                messages.text(language, key + "unknown"),
                messages.text(language, key + "record"),
                messages.text(language, key + "recorded"),
                messages.text(language, key + "one"),
                messages.template(language, key + "count"),
                messages.text(language, key + "none"),
                messages.template(language, key + "from"),
                messages.text(language, key + "someone"),
                messages.text(language, key + "end"));
    }
}
