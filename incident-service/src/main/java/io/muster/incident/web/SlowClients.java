package io.muster.incident.web;

import io.muster.web.LingeringClose;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A client that sends half a request and stops must not hold a connection for minutes: the server
 * closes it after the idle, read or whole-request timeout ({@link HttpTimeoutsProperties}).
 * Connections the server closes close lingering ({@link LingeringClose}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpTimeoutsProperties.class)
class SlowClients {

    @Bean
    NettyServerCustomizer slowClientTimeouts(HttpTimeoutsProperties timeouts) {
        return server -> LingeringClose.on(
                server.idleTimeout(timeouts.idle()).readTimeout(timeouts.read()).requestTimeout(timeouts.request()));
    }
}
