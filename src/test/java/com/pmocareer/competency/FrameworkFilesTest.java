package com.pmocareer.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

class FrameworkFilesTest {

    private final FrameworkFiles files = new FrameworkFiles(JsonMapper.builder().build());

    private FrameworkDocument shipped() throws IOException {
        return files.fromJson(new ClassPathResource("competency/default-framework.json").getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theShippedFrameworkCoversTheProgrammeWithFiveIndicatorsEach() throws IOException {
        var framework = shipped();

        assertThat(framework.competencyCount()).isBetween(35, 45);
        assertThat(framework.areas()).extracting(FrameworkDocument.AreaDocument::code)
                .contains("METHOD", "TOOLS", "IT_DOMAIN", "CHANGE", "GOVERNANCE", "VENDOR", "SOFT", "DOCS");
        assertThat(framework.areas().stream().flatMap(a -> a.competencies().stream()))
                .allSatisfy(c -> assertThat(c.indicators()).containsOnlyKeys(1, 2, 3, 4, 5));
    }

    @Test
    void jsonExportReadsBackToTheSameFramework() throws IOException {
        var framework = shipped();

        assertThat(files.fromJson(files.toJson(framework))).isEqualTo(framework);
    }

    @Test
    void csvExportReadsBackToTheSameFramework() throws IOException {
        var framework = shipped();

        String csv = files.toCsv(framework);

        assertThat(csv).startsWith(String.join(",", FrameworkFiles.CSV_COLUMNS));
        assertThat(files.fromCsv(framework.name(), new StringReader(csv))).isEqualTo(framework);
    }

    @Test
    void aBadCsvIsRefusedWithEveryProblemAndItsLine() {
        String csv = String.join(",", FrameworkFiles.CSV_COLUMNS) + "\n"
                + "SOFT,Soft skills,NEGOTIATION,Negotiation,POWER_SKILLS,Agreeing,a,b,c,d,e\n"
                + "SOFT,Soft skills,NEGOTIATION,Negotiation again,POWER_SKILLS,Agreeing,a,b,c,d,e\n"
                + "SOFT,Soft skills,listening,Listening,Power Skills,Hearing,a,b,c,,e\n"
                + "TOOLS,Tools,JIRA,Jira,MAGIC,Tracking,a,b,c,d,e\n";

        assertThatThrownBy(() -> files.fromCsv("Mine", new StringReader(csv)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::line, FieldProblem::field)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(3, "code"),
                                org.assertj.core.groups.Tuple.tuple(4, "code"),
                                org.assertj.core.groups.Tuple.tuple(4, "level_4"),
                                org.assertj.core.groups.Tuple.tuple(5, "category")));
    }

    @Test
    void aCsvWithoutTheRequiredColumnsNamesThem() {
        assertThatThrownBy(() -> files.fromCsv("Mine", new StringReader("code,name\nA,B\n")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).contains("area_code", "level_5"));
    }

    @Test
    void jsonOfTheWrongShapeNamesTheField() {
        assertThatThrownBy(() -> files.fromJson("{\"name\":\"X\",\"areas\":[{\"code\":\"A\",\"name\":\"A\",\"competencies\":"
                + "[{\"code\":\"B\",\"name\":\"B\",\"category\":\"NOPE\",\"description\":\"d\",\"indicators\":{}}]}]}"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().get(0).field())
                        .isEqualTo("areas[0].competencies[0].category"));
        assertThatThrownBy(() -> files.fromJson("not json")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aFrameworkWithoutAreasIsRefused() {
        assertThatThrownBy(() -> files.fromJson("{\"name\":\"Empty\",\"areas\":[]}"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("areas"));
    }
}
