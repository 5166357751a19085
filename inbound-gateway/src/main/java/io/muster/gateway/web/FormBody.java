package io.muster.gateway.web;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An application/x-www-form-urlencoded body read as WebFlux's FormHttpMessageReader reads it (pairs
 * split on '&', blank ones skipped, names and values URL-decoded in the Content-Type's charset,
 * UTF-8 by default), for a handler that runs without a ServerWebExchange: handlers see the first value
 * of each name, the signature check sees every value ({@link FormParameters}). One difference: a name
 * without '=' has the value "" (Spring's null made {@link WebhookForm} fail with a 500; for the
 * signature and the required-parameter check both are the same). Control characters such as NUL are
 * refused as a 400 ({@link ControlCharacters}).
 */
public final class FormBody {

    /** The body limit of every webhook (spring.http.codecs.max-in-memory-size, BodySizeLimitFilter). */
    public static final DataSize LIMIT = BodySizeLimitFilter.LIMIT;

    private FormBody() {}

    /**
     * The form's media type, or null when the request is not a form or its Content-Type does not
     * parse (e.g. an unknown charset), as ServerWebExchange.getFormData reads no form then.
     */
    public static @Nullable MediaType formType(HttpHeaders headers) {
        try {
            MediaType type = headers.getContentType();
            return type != null && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type) ? type : null;
        } catch (InvalidMediaTypeException e) {
            return null; // as ServerWebExchange.getFormData: no form, so the signature check decides
        }
    }

    /**
     * The parameters of a form body of at most {@link #LIMIT} (a {@link FormParameters}); fails with a
     * DataBufferLimitException past it, with a 400 {@link Problems#malformedForm} error for a broken
     * %-escape, and with a 400 {@link ControlCharacters#refused} error for a control character.
     */
    public static Mono<Map<String, String>> read(Flux<DataBuffer> body, MediaType type) {
        Charset charset = charset(type);
        return DataBufferUtils.join(body, (int) LIMIT.toBytes())
                .<Map<String, String>>map(buffer -> decode(text(buffer, charset), charset))
                .defaultIfEmpty(FormParameters.of(new LinkedMultiValueMap<>()));
    }

    /**
     * The parameters (handlers see the first value of each name); throws a 400 {@link Problems#malformedForm}
     * error for a broken escape and a 400 {@link ControlCharacters#refused} one for a control character.
     */
    public static FormParameters decode(String body, Charset charset) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('&', start);
            if (end < 0) {
                end = body.length();
            }
            String pair = body.substring(start, end).trim(); // trim, not strip: as Spring tokenises
            if (!pair.isEmpty()) {
                add(params, pair, charset);
            }
            start = end + 1;
        }
        if (ControlCharacters.inAny(params)) {
            throw ControlCharacters.refused();
        }
        return FormParameters.of(params);
    }

    private static void add(MultiValueMap<String, String> params, String pair, Charset charset) {
        int equals = pair.indexOf('=');
        try {
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
            params.add(name, value);
        } catch (IllegalArgumentException e) {
            throw Problems.malformedForm(e);
        }
    }

    /** An unknown charset never gets here: such a Content-Type does not parse, so it is no form. */
    private static Charset charset(MediaType type) {
        Charset charset = type.getCharset();
        return charset == null ? StandardCharsets.UTF_8 : charset;
    }

    private static String text(DataBuffer buffer, Charset charset) {
        try {
            return buffer.toString(charset);
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
