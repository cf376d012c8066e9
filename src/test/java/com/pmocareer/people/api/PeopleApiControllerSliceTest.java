package com.pmocareer.people.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.pmocareer.people.PeopleImport;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonalDataRequests;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.platform.security.ProblemResponses;
import com.pmocareer.shared.Role;
import java.util.Set;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The people API's web layer alone: JSON binding, bean validation and the problem-detail answers, with the facade
 * replaced and an admin signed in. Who may do what is the authorisation matrix's job, against the whole application.
 */
@WebMvcTest(controllers = PeopleApiController.class)
@Import(ProblemResponses.class)
class PeopleApiControllerSliceTest {

    static final String VALID = """
            {"email":"ana@example.com","fullName":"Ana Silva","orgUnitId":1,"careerLevel":"JUNIOR_PM",
             "startDate":"2026-01-05","version":3}""";

    static final CurrentUser ADMIN = new CurrentUser(1, "admin@pmo.example", "Morgan Reyes", Set.of(Role.ADMIN), true, "");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PersonDirectory directory;
    @MockitoBean
    PeopleImport peopleImport;
    @MockitoBean
    PersonalDataRequests personalData;

    @Test
    void everyInvalidFieldIsNamedAndTheFacadeIsNotCalled() throws Exception {
        mvc.perform(post("/api/v1/people").with(user(ADMIN)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"nope\",\"fullName\":\"\",\"careerLevel\":\"JUNIOR_PM\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "email", "fullName", "orgUnitId", "startDate")));
        verifyNoInteractions(directory);
    }

    @Test
    void aDateThatIsNotADateIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/people").with(user(ADMIN)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("2026-01-05", "5 January")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void theFacadesNotFoundBecomes404() throws Exception {
        when(directory.get(any(), anyLong())).thenThrow(new NotFoundException("Person", 42));

        mvc.perform(get("/api/v1/people/42").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Person 42 was not found"));
    }

    @Test
    void aStaleVersionBecomes409() throws Exception {
        when(directory.update(any(), eq(7L), any())).thenThrow(ConflictException.staleVersion("Person", 7));

        mvc.perform(put("/api/v1/people/7").with(user(ADMIN)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("changed by someone else")));
    }

    @Test
    void aPathIdThatIsNotANumberIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/people/abc").with(user(ADMIN)).with(csrf())).andExpect(status().isBadRequest());
    }
}
