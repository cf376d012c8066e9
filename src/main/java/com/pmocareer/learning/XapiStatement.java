package com.pmocareer.learning;

import com.pmocareer.shared.FieldProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One xAPI 1.0.3 statement, reduced to what the product uses, and the rules it must pass: an actor, a verb with an
 * IRI id, an object with an id, a UUID id when one is given, an ISO 8601 timestamp when one is given.
 */
record XapiStatement(String id, String mbox, String verbIri, String activityIri, String activityName,
        OffsetDateTime timestamp, BigDecimal scorePercent, String body) {

    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern IRI = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+");

    boolean completion() {
        return COMPLETED.equals(verbIri) || PASSED.equals(verbIri);
    }

    /** The email of a {@code mailto:} mbox, lower-cased; null for actors identified otherwise. */
    String email() {
        return mbox == null ? null : mbox.substring("mailto:".length()).trim().toLowerCase(Locale.ROOT);
    }

    String verbName() {
        int slash = verbIri.lastIndexOf('/');
        return slash >= 0 && slash < verbIri.length() - 1 ? verbIri.substring(slash + 1) : verbIri;
    }

    /**
     * Reads a statement; problems go to {@code problems} prefixed with {@code at} ("statements[3]."), and the answer
     * is null when there were any. A statement without an id gets one, as an LRS assigns it.
     */
    static XapiStatement read(JsonNode node, String at, OffsetDateTime now, List<FieldProblem> problems) {
        int before = problems.size();
        if (node == null || !node.isObject()) {
            problems.add(new FieldProblem(at.isEmpty() ? "statement" : at.substring(0, at.length() - 1), "must be a JSON object"));
            return null;
        }
        String id = text(node, "id");
        if (node.has("id") && (id == null || !UUID_FORM.matcher(id).matches())) {
            problems.add(new FieldProblem(at + "id", "must be a UUID"));
        }
        JsonNode actor = node.get("actor");
        String mbox = null;
        if (actor == null || !actor.isObject()) {
            problems.add(new FieldProblem(at + "actor", "is required"));
        } else {
            mbox = text(actor, "mbox");
            boolean otherIdentifier = actor.has("mbox_sha1sum") || actor.has("openid") || actor.has("account");
            if (mbox != null && !mbox.toLowerCase(Locale.ROOT).matches("mailto:[^@\\s]+@[^@\\s]+")) {
                problems.add(new FieldProblem(at + "actor.mbox", "must be a mailto: address"));
            } else if (mbox == null && !otherIdentifier) {
                problems.add(new FieldProblem(at + "actor", "needs an identifier (mbox, mbox_sha1sum, openid or account)"));
            }
        }
        JsonNode verb = node.get("verb");
        String verbIri = verb == null ? null : text(verb, "id");
        if (verbIri == null) {
            problems.add(new FieldProblem(at + "verb.id", "is required"));
        } else if (!IRI.matcher(verbIri).matches()) {
            problems.add(new FieldProblem(at + "verb.id", "must be an IRI"));
        }
        JsonNode object = node.get("object");
        String activityIri = object == null ? null : text(object, "id");
        String objectType = object == null ? null : text(object, "objectType");
        if (activityIri == null) {
            problems.add(new FieldProblem(at + "object.id", "is required"));
        } else if (objectType != null && !"Activity".equals(objectType)) {
            problems.add(new FieldProblem(at + "object.objectType", "only Activity objects are accepted"));
        } else if (!IRI.matcher(activityIri).matches()) {
            problems.add(new FieldProblem(at + "object.id", "must be an IRI"));
        }
        OffsetDateTime timestamp = now;
        String stamp = text(node, "timestamp");
        if (node.has("timestamp")) {
            try {
                timestamp = OffsetDateTime.parse(stamp == null ? "" : stamp);
            } catch (DateTimeParseException malformed) {
                problems.add(new FieldProblem(at + "timestamp", "must be an ISO 8601 date-time with an offset"));
            }
        }
        BigDecimal score = null;
        JsonNode scaled = node.path("result").path("score").path("scaled");
        if (scaled.isNumber()) {
            BigDecimal value = scaled.decimalValue();
            if (value.compareTo(BigDecimal.valueOf(-1)) < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                problems.add(new FieldProblem(at + "result.score.scaled", "must be between -1 and 1"));
            } else {
                score = value.max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        String name = null;
        JsonNode names = object.path("definition").path("name");
        if (names.isObject() && !names.isEmpty()) {
            name = names.has("en-US") ? names.get("en-US").asString() : names.values().iterator().next().asString();
        }
        String statementId = id == null ? UUID.randomUUID().toString() : id.toLowerCase(Locale.ROOT);
        if (id == null) {
            // Kept with the id it was given here, so that a later retry from the review queue is the same statement.
            ((ObjectNode) node).put("id", statementId);
        }
        return new XapiStatement(statementId, mbox, verbIri, activityIri, name, timestamp, score, node.toString());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() && !value.asString().isBlank() ? value.asString().trim() : null;
    }
}
