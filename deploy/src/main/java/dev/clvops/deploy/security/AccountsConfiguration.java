package dev.clvops.deploy.security;

import dev.clvops.deploy.DeploySettings;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

/** Users, tokens and the first-start admin, for the server and the CLI alike. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class AccountsConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    JdbcUserDetailsManager userDetailsManager(DataSource dataSource) {
        return new JdbcUserDetailsManager(dataSource);
    }

    @Bean
    UserAccounts userAccounts(JdbcUserDetailsManager users, PasswordEncoder encoder, DataSource dataSource) {
        return new UserAccounts(users, encoder, JdbcClient.create(dataSource));
    }

    @Bean
    ApiTokens apiTokens(DataSource dataSource, UserAccounts users, SecuritySettings settings) {
        return new ApiTokens(JdbcClient.create(dataSource), users, settings.tokenCacheTtl());
    }

    @Bean
    ApplicationRunner initialAdmin(UserAccounts users, DataSource dataSource, DeploySettings deploy) {
        InitialAdmin admin = new InitialAdmin(users, JdbcClient.create(dataSource), deploy.home());
        return arguments -> admin.createIfNoUsers();
    }
}
