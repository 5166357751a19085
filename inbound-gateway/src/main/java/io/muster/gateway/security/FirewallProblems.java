package io.muster.gateway.security;

import io.muster.gateway.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.WebFilterChainProxy;

/**
 * Spring Security's firewall refuses, for every path, request addresses no honest client writes (an encoded NUL,
 * slash or percent, path parameters, dot segments, double slashes). It answered with an empty 400; here it
 * answers a problem like every other refusal of the gateway.
 */
@Configuration(proxyBeanMethods = false)
class FirewallProblems {

    @Bean
    static BeanPostProcessor firewallRefusalsAsProblems(ObjectProvider<Problems> problems) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof WebFilterChainProxy proxy) {
                    proxy.setExchangeRejectedHandler((exchange, refused) -> problems.getObject()
                            .write(
                                    exchange,
                                    HttpStatus.BAD_REQUEST,
                                    "rejected-request",
                                    "The request's address holds characters or segments that are not accepted."));
                }
                return bean;
            }
        };
    }
}
