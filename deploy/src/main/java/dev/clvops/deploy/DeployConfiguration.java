package dev.clvops.deploy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link DeploySettings}, for the embedded database and the demo bootstrap alike. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeploySettings.class)
class DeployConfiguration {
}
