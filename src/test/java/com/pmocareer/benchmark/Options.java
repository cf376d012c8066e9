package com.pmocareer.benchmark;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} command-line options of the benchmark tools. */
record Options(Map<String, String> values) {

    static Options parse(String[] args) {
        var values = new HashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String name = args[i].substring(2);
                values.put(name, i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true");
            }
        }
        return new Options(values);
    }

    String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int intValue(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }
}
