package com.pmocareer.support;

import com.pmocareer.PmoCareerApplication;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A whole application instance of its own, on a database of the embedded PostgreSQL server, on a random port. */
public final class AppInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private AppInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static AppInstance start(String database, Map<String, String> settings, Class<?>... extraConfiguration) {
        var properties = new HashMap<>(EmbeddedPostgres.database(database));
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        properties.putAll(settings);
        // Command-line arguments, because builder properties would rank below application.yml.
        var arguments = new ArrayList<String>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        var sources = new ArrayList<Class<?>>(java.util.List.of(extraConfiguration));
        sources.add(0, PmoCareerApplication.class);
        return new AppInstance(new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .run(arguments.toArray(String[]::new)));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
