package com.pmocareer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules stay apart, as designed; and their diagrams are written for the README. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PmoCareerApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void theCapabilitiesAreModules() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("platform", "shared", "people", "reporting");
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(MODULES).writeDocumentation();

        assertThat(Files.exists(Path.of("target/spring-modulith-docs/components.puml"))).isTrue();
    }
}
