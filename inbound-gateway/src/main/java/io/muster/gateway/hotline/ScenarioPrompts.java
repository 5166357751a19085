package io.muster.gateway.hotline;

import io.muster.messages.Language;
import io.muster.messages.Messages;
import io.muster.messages.Template;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the hotline says when a caller launches a scenario: the {@code hotline.scenario.*} keys, per language. */
record ScenarioPrompts(
        String menu,
        String choose,
        Template item,
        String site,
        Template siteItem,
        String mode,
        Template confirm,
        String lifeSafety,
        String exercise,
        String real,
        String defaultSites,
        String unknown,
        String cancelled,
        Template launched,
        String refused,
        String failed,
        String unavailable) {

    private static final Map<String, ScenarioPrompts> BY_LANGUAGE = load(new Messages());

    /** The prompts of the hotline language {@code code} ({@link HotlinePrompts#code()}). */
    static ScenarioPrompts of(String code) {
        return BY_LANGUAGE.get(Language.of(code));
    }

    private static Map<String, ScenarioPrompts> load(Messages messages) {
        Map<String, ScenarioPrompts> prompts = new LinkedHashMap<>();
        for (String language : Language.bundled()) {
            prompts.put(language, of(messages, language));
        }
        return Map.copyOf(prompts);
    }

    private static ScenarioPrompts of(Messages messages, String language) {
        String key = "hotline.scenario.";
        return new ScenarioPrompts(
                messages.text(language, key + "menu"),
                messages.text(language, key + "choose"),
                messages.template(language, key + "item"),
                messages.text(language, key + "site"),
                messages.template(language, key + "site-item"),
                messages.text(language, key + "mode"),
                messages.template(language, key + "confirm"),
                messages.text(language, key + "life-safety"),
                messages.text(language, key + "exercise"),
                messages.text(language, key + "real"),
                messages.text(language, key + "default-sites"),
                messages.text(language, key + "unknown"),
                messages.text(language, key + "cancelled"),
                messages.template(language, key + "launched"),
                messages.text(language, key + "refused"),
                messages.text(language, key + "failed"),
                messages.text(language, key + "unavailable"));
    }
}
