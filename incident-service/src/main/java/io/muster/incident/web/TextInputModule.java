package io.muster.incident.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link ControlCharacters} to every string of a JSON document: values of records, lists,
 * maps and untyped trees, and the keys of maps. Registered only with the decoder of HTTP request
 * bodies ({@link TextInputCodec}): events read from Kafka keep the service's plain mapper, so an odd
 * character in a reply never dead-letters it.
 */
final class TextInputModule extends SimpleModule {

    private static final String RULE = "text must not contain control characters";

    TextInputModule() {
        super("muster-text-input");
        addDeserializer(String.class, new CheckedStrings());
        addKeyDeserializer(String.class, new CheckedKeys());
    }

    private static String checked(JsonParser parser, String text) {
        if (ControlCharacters.in(text)) {
            throw InvalidFormatException.from(parser, RULE, "(not shown)", String.class);
        }
        return text;
    }

    private static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            return text == null ? null : checked(parser, text);
        }
    }

    private static final class CheckedKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            return checked(context.getParser(), key);
        }
    }
}
