package com.pmocareer.certification;

import com.pmocareer.certification.CertificationViews.TypeCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** The types of the shipped catalog, read from the same file the installer reads. */
final class ShippedTypes {

    private static final List<TypeCommand> TYPES = read();

    private ShippedTypes() {
    }

    static TypeCommand type(String code) {
        return TYPES.stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not shipped: " + code));
    }

    static RenewalPolicy policy(String code) {
        return CertificationCatalog.policyOf(type(code));
    }

    static List<EligibilityRoute> routes(String code) {
        return CertificationCatalog.routesOf(type(code));
    }

    static List<TypeCommand> all() {
        return TYPES;
    }

    private static List<TypeCommand> read() {
        try (InputStream in = new ClassPathResource(DefaultCertificationsInstaller.DEFAULT_TYPES).getInputStream()) {
            return Arrays.asList(JsonMapper.builder().findAndAddModules().build().readValue(in, TypeCommand[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
