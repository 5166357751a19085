package io.muster.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTests {

    @Test
    void fillsEachPlaceholderWithItsValueTakenLiterally() {
        Template template = Template.of("Reply {choices}, {key} for \"{title}\".");

        assertThat(template.render(Map.of("choices", "1 $1 \\ {key}", "key", "2", "title", "Fire")))
                .isEqualTo("Reply 1 $1 \\ {key}, 2 for \"Fire\".");
    }

    @Test
    void aMissingValueReadsEmptyAndOnlyLowerCaseNamesArePlaceholders() {
        assertThat(Template.of("{a}-{B}-{b1}-{}-{c").render(Map.of())).isEqualTo("-{B}-{b1}-{}-{c");
        assertThat(Template.of("no placeholder").render(Map.of("x", "y"))).isEqualTo("no placeholder");
        assertThat(Template.of("{count}").render("count", "3")).isEqualTo("3");
    }

    @Test
    void readsBackAsWritten() {
        assertThat(Template.of("Posted {time} UTC {X}")).hasToString("Posted {time} UTC {X}");
    }
}
