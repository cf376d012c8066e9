package com.pmocareer.competency;

import com.pmocareer.competency.FrameworkDocument.AreaDocument;
import com.pmocareer.competency.FrameworkDocument.CompetencyDocument;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes frameworks as JSON (the {@link FrameworkDocument} shape) and as CSV (one row per competency:
 * area_code, area_name, code, name, category, description, level_1 … level_5). Reading checks every rule and
 * refuses the whole file with all its problems.
 */
@Component
class FrameworkFiles {

    static final List<String> CSV_COLUMNS = List.of("area_code", "area_name", "code", "name", "category",
            "description", "level_1", "level_2", "level_3", "level_4", "level_5");

    private final JsonMapper json;

    FrameworkFiles(JsonMapper json) {
        this.json = json;
    }

    String toJson(FrameworkDocument document) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }

    FrameworkDocument fromJson(String text) {
        FrameworkDocument document;
        try {
            document = json.readValue(text, FrameworkDocument.class);
        } catch (DatabindException wrongShape) {
            String field = wrongShape.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce("", String::concat).replaceFirst("^\\.", "");
            throw new InvalidInputException("The file does not have the framework's JSON shape; nothing was imported.",
                    List.of(new FieldProblem(field.isEmpty() ? "file" : field, wrongShape.getOriginalMessage())));
        } catch (JacksonException unreadable) {
            throw new InvalidInputException("The file is not readable JSON; nothing was imported.",
                    List.of(new FieldProblem("file", "not readable JSON: " + unreadable.getOriginalMessage())));
        }
        if (document == null) {
            throw InvalidInputException.of("file", "is empty");
        }
        refuseIfBroken(document, FrameworkRules.Lines.NONE);
        return document;
    }

    String toCsv(FrameworkDocument document) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
            for (AreaDocument area : document.areas()) {
                for (CompetencyDocument c : area.competencies()) {
                    var row = new ArrayList<Object>(List.of(area.code(), area.name(), c.code(), c.name(),
                            c.category().name(), c.description()));
                    for (int level = ProficiencyScale.MIN; level <= ProficiencyScale.MAX; level++) {
                        row.add(c.indicators().get(level));
                    }
                    printer.printRecord(row);
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /** Rows of one area must share its name; areas keep the order of their first row. */
    FrameworkDocument fromCsv(String name, Reader csv) {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).get();
        var problems = new ArrayList<FieldProblem>();
        Map<String, String> areaNames = new LinkedHashMap<>();
        Map<String, List<CompetencyDocument>> competencies = new LinkedHashMap<>();
        Map<String, List<Integer>> lines = new HashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(format).get()) {
            var missing = CSV_COLUMNS.stream()
                    .filter(column -> parser.getHeaderNames().stream().noneMatch(column::equalsIgnoreCase)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("The header row lacks required columns: " + missing + "; nothing was imported.",
                        missing.stream().map(column -> new FieldProblem(column, "column is missing", 1)).toList());
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                String areaCode = record.get("area_code");
                String areaName = record.get("area_name");
                if (areaNames.containsKey(areaCode) && !areaNames.get(areaCode).equals(areaName)) {
                    problems.add(new FieldProblem("area_name", "differs from the name the area " + areaCode
                            + " has on an earlier line", line));
                }
                areaNames.putIfAbsent(areaCode, areaName);
                Map<Integer, String> indicators = new TreeMap<>();
                for (int level = ProficiencyScale.MIN; level <= ProficiencyScale.MAX; level++) {
                    String text = record.get("level_" + level);
                    if (text != null && !text.isBlank()) {
                        indicators.put(level, text);
                    }
                }
                competencies.computeIfAbsent(areaCode, key -> new ArrayList<>()).add(new CompetencyDocument(
                        record.get("code"), record.get("name"), category(record.get("category")),
                        record.get("description"), indicators));
                lines.computeIfAbsent(areaCode, key -> new ArrayList<>()).add(line);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw new InvalidInputException("The file is not readable CSV: " + unreadable.getMessage(),
                    List.of(new FieldProblem("file", "not readable CSV")));
        }
        if (competencies.isEmpty()) {
            throw new InvalidInputException("The file has a header but no competencies; nothing was imported.",
                    List.of(new FieldProblem("file", "has a header but no rows", 1)));
        }
        var areaCodes = new ArrayList<>(competencies.keySet());
        var document = new FrameworkDocument(name, areaCodes.stream()
                .map(code -> new AreaDocument(code, areaNames.get(code), competencies.get(code))).toList());
        problems.addAll(FrameworkRules.check(document, (area, competency) -> lines.get(areaCodes.get(area)).get(competency)));
        refuseIf(problems);
        return document;
    }

    static void refuseIfBroken(FrameworkDocument document, FrameworkRules.Lines lines) {
        refuseIf(new ArrayList<>(FrameworkRules.check(document, lines)));
    }

    private static void refuseIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(p -> p.line() == null ? 0 : p.line()));
            throw new InvalidInputException(problems.size() + " problem(s) found; nothing was changed.", problems);
        }
    }

    /** Takes the category's code or its label ("Power Skills"); an unknown one is left empty for the rules to report. */
    private static TalentTriangle category(String value) {
        String normalised = value == null ? "" : value.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        return Arrays.stream(TalentTriangle.values()).filter(t -> t.name().equals(normalised)).findFirst().orElse(null);
    }
}
