package io.muster.incident.storage;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service's one pool and one transaction manager, from {@code spring.datasource.*} (Boot's
 * DataSource, transaction manager and template auto-configuration step back for these). The
 * transaction manager is a {@link DataSourceTransactionManager}: a failed commit stays a {@code
 * TransactionSystemException}, which {@code kafka.Failures} waits out as an outage.
 */
@Configuration(proxyBeanMethods = false)
class JdbcConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(Environment environment) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(environment.getRequiredProperty("spring.datasource.url"));
        pool.setUsername(environment.getRequiredProperty("spring.datasource.username"));
        pool.setPassword(environment.getRequiredProperty("spring.datasource.password"));
        return pool;
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    @Bean
    DataSourceTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    @Bean
    TransactionTemplate jdbcTransactions(DataSourceTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }
}
