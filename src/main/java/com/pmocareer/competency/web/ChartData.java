package com.pmocareer.competency.web;

import com.pmocareer.competency.CompetencyProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The radar chart's data as JSON for a {@code data-radar} attribute (the security policy allows no inline script). */
final class ChartData {

    private ChartData() {
    }

    static String radar(JsonMapper json, List<CompetencyProfile.AreaScore> areas, String currentLabel, String requiredLabel) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", areas.stream().map(CompetencyProfile.AreaScore::area).toList());
        chart.put("datasets", List.of(
                Map.of("label", requiredLabel, "data", areas.stream().map(CompetencyProfile.AreaScore::required).toList()),
                Map.of("label", currentLabel, "data", areas.stream().map(CompetencyProfile.AreaScore::current).toList())));
        return json.writeValueAsString(chart);
    }
}
