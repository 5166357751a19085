package io.muster.gateway;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's settings.
 *
 * @param publicBaseUrl the URL providers call us on (behind a proxy: the public one); webhook
 *     signatures are computed over it, not over the address the request arrived at
 */
@Validated
@ConfigurationProperties("muster.gateway")
public record GatewayProperties(@NotBlank @DefaultValue("http://127.0.0.1:8082") String publicBaseUrl) {

    /** The externally visible URL of a request with this raw path and raw query (may be null). */
    public String externalUrl(String rawPath, String rawQuery) {
        String base =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return base + rawPath + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
    }
}
