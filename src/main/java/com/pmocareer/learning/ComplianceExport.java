package com.pmocareer.learning;

import com.pmocareer.learning.ComplianceViews.Cell;
import com.pmocareer.learning.ComplianceViews.Matrix;
import com.pmocareer.learning.ComplianceViews.RequirementTotals;
import com.pmocareer.learning.ComplianceViews.Row;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The compliance matrix as files: CSV (one line per person, a state and a due date column per requirement) and XLSX
 * (the same sheet with a header row and frozen panes, plus a summary sheet of the totals).
 */
public final class ComplianceExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ComplianceExport() {
    }

    static List<String> header(Matrix matrix) {
        var header = new ArrayList<>(List.of("Person", "Org unit", "Career level"));
        for (RequirementTotals requirement : matrix.requirements()) {
            header.add(requirement.name() + " — state");
            header.add(requirement.name() + " — due");
            header.add(requirement.name() + " — last completed");
        }
        return header;
    }

    static List<String> values(Matrix matrix, Row row) {
        var values = new ArrayList<>(List.of(row.fullName(), row.orgUnitName(), row.careerLevel()));
        for (RequirementTotals requirement : matrix.requirements()) {
            Cell cell = row.cell(requirement.requirementId());
            values.add(cell == null ? "Not applicable" : cell.state().label());
            values.add(cell == null || cell.dueOn() == null ? "" : cell.dueOn().toString());
            values.add(cell == null || cell.lastCompletedOn() == null ? "" : cell.lastCompletedOn().toString());
        }
        return values;
    }

    /** The matrix as a download: XLSX, or CSV in UTF-8, named with the day it was made. */
    public static org.springframework.http.ResponseEntity<byte[]> download(Matrix matrix, boolean xlsx) {
        byte[] content = xlsx ? xlsx(matrix) : csv(matrix).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String name = "compliance-" + java.time.LocalDate.now() + (xlsx ? ".xlsx" : ".csv");
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(xlsx ? XLSX : "text/csv;charset=UTF-8"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    public static String csv(Matrix matrix) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header(matrix).toArray(String[]::new)).get())) {
            for (Row row : matrix.rows()) {
                printer.printRecord(values(matrix, row));
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    public static byte[] xlsx(Matrix matrix) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet("Compliance");
            write(sheet, 0, header(matrix), bold);
            int index = 1;
            for (Row row : matrix.rows()) {
                write(sheet, index++, values(matrix, row), null);
            }
            sheet.createFreezePane(1, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, index - 1), 0, header(matrix).size() - 1));
            Sheet summary = workbook.createSheet("Summary");
            var summaryHeader = new ArrayList<>(List.of("Requirement", "% compliant"));
            for (ComplianceState state : ComplianceState.values()) {
                summaryHeader.add(state.label());
            }
            write(summary, 0, summaryHeader, bold);
            int line = 1;
            for (RequirementTotals totals : matrix.requirements()) {
                var cells = summary.createRow(line++);
                cells.createCell(0).setCellValue(totals.name());
                cells.createCell(1).setCellValue(totals.percentCompliant());
                int column = 2;
                for (ComplianceState state : ComplianceState.values()) {
                    cells.createCell(column++).setCellValue(totals.counts().get(state));
                }
            }
            // Fixed widths: measuring text needs fonts a headless server may not have.
            summary.setColumnWidth(0, 44 * 256);
            sheet.setColumnWidth(0, 28 * 256);
            sheet.setColumnWidth(1, 32 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static void write(Sheet sheet, int index, List<String> values, CellStyle style) {
        var row = sheet.createRow(index);
        for (int column = 0; column < values.size(); column++) {
            var cell = row.createCell(column);
            cell.setCellValue(values.get(column));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
