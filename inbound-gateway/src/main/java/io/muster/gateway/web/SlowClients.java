package io.muster.gateway.web;

import io.muster.web.LingeringClose;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A client that sends its request slowly, or stops half way, is cut off instead of holding a connection for
 * minutes: {@code read-timeout} between two reads of a request, {@code request-timeout} for a whole request
 * (server.netty.idle-timeout closes a connection that sends nothing, half a request line or headers included).
 * Connections the server closes close lingering ({@link LingeringClose}).
 */
@Configuration(proxyBeanMethods = false)
class SlowClients {

    @Bean
    NettyServerCustomizer slowClientTimeouts(HttpTimeoutsProperties timeouts) {
        return server ->
                LingeringClose.on(server.readTimeout(timeouts.readTimeout()).requestTimeout(timeouts.requestTimeout()));
    }
}
