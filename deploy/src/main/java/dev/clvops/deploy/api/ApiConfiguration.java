package dev.clvops.deploy.api;

import io.swagger.v3.oas.models.Components;
import org.apache.coyote.ProtocolHandler;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link ApiSettings}, describes the API for the OpenAPI document and serves requests on virtual threads.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiSettings.class)
class ApiConfiguration {

    /**
     * One virtual thread per request instead of up to 200 platform threads: on 2 cores the JIT gets its share during
     * warm-up and fewer context switches cut latency under load (bench/README.md). Only Tomcat's requests: jobs and
     * schedulers keep their bounded executors.
     */
    @Bean
    TomcatProtocolHandlerCustomizer<ProtocolHandler> virtualThreadPerRequest() {
        return handler -> handler.setExecutor(new VirtualThreadExecutor("clvops-http-"));
    }

    @Bean
    OpenAPI clvopsOpenApi() {
        return new OpenAPI()
                .info(new Info().title("clvops API").version("v1")
                        .description("Customer lifetime value: customers, analytics, predictions, models, jobs."))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("API token from `clvops token create`"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
