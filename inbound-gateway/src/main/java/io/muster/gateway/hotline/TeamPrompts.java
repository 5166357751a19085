package io.muster.gateway.hotline;

import io.muster.messages.Language;
import io.muster.messages.Messages;
import io.muster.messages.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the hotline says about messages for a team: the {@code hotline.team.*} keys, per language. */
record TeamPrompts(
        String kind, String choose, Template item, String unknown, String record, String recorded, Template from) {

    private static final Map<String, TeamPrompts> BY_LANGUAGE = load(new Messages());

    /** The prompts of the hotline language {@code code} ({@link HotlinePrompts#code()}). */
    static TeamPrompts of(String code) {
        return BY_LANGUAGE.get(Language.of(code));
    }

    /** "Please choose the team. For Electricians, press 1. For First aid, press 2." */
    String list(List<String> teams) {
        StringBuilder words = new StringBuilder(choose);
        for (int i = 0; i < teams.size(); i++) {
            words.append(' ').append(item.render(Map.of("team", teams.get(i), "key", String.valueOf(i + 1))));
        }
        return words.toString();
    }

    String from(String name, String team) {
        return from.render(Map.of("name", name, "team", team));
    }

    private static Map<String, TeamPrompts> load(Messages messages) {
        Map<String, TeamPrompts> prompts = new LinkedHashMap<>();
        for (String language : Language.bundled()) {
            String key = "hotline.team.";
            prompts.put(
                    language,
                    new TeamPrompts(
                            messages.text(language, key + "kind"),
                            messages.text(language, key + "choose"),
                            messages.template(language, key + "item"),
                            messages.text(language, key + "unknown"),
                            messages.text(language, key + "record"),
                            messages.text(language, key + "recorded"),
                            messages.template(language, key + "from")));
        }
        return Map.copyOf(prompts);
    }
}
