package org.lifelonglinks.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the API at {@code /v3/api-docs}: every operation needs HTTP Basic sign-in. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI lifelongLinksApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Lifelong Links")
                        .description("Networks, tracing, plans and outcomes for young people in care. "
                                + "Errors are application/problem+json; see docs/api.md. A request with several "
                                + "problems answers them all at once: `field` and `detail` are the first, `errors` "
                                + "lists every one as {field, detail}, a list's fields indexed "
                                + "(`commitments[1].activity`); 400 when every problem is a missing field, 422 "
                                + "when any value breaks a rule. A 403 refusal by role names who can do it.")
                        .version("0.1")
                        .license(new License().name("GPL-3.0-or-later")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
