package com.pmocareer.platform.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and its two ways in: Basic for minting a token, the token for everything else. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI pmoCareerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("PMO-Career API").version("v1")
                        .description("Develop junior project managers: people, competencies, learning, certifications, "
                                + "mentoring and experience. Mint a personal token with HTTP Basic at "
                                + "POST /api/v1/auth/tokens, then send it as 'Authorization: Bearer TOKEN'. Errors are "
                                + "RFC 9457 problem details."))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
