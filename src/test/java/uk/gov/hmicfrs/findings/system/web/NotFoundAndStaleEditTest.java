package uk.gov.hmicfrs.findings.system.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.account.AccessTokenService;
import uk.gov.hmicfrs.findings.account.CurrentUser;
import uk.gov.hmicfrs.findings.progress.ProgressTestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One exception says "not found" and one says "changed since you read it", for pages and the API alike. */
@IntegrationTest
@AutoConfigureMockMvc
class NotFoundAndStaleEditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccessTokenService tokens;

    @Autowired
    UserDetailsService users;

    @Test
    void onlyTheOneNotFoundAndTheOneStaleEditExceptionAnswer404And409() {
        Map<HttpStatus, java.util.Set<String>> byStatus = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.gov.hmicfrs.findings").stream()
                .filter(c -> c.isAssignableTo(Throwable.class))
                .filter(c -> c.tryGetAnnotationOfType(ResponseStatus.class).isPresent())
                .collect(Collectors.groupingBy(NotFoundAndStaleEditTest::answeredStatus, Collectors.mapping(JavaClass::getName, Collectors.toSet())));
        assertThat(byStatus.get(HttpStatus.NOT_FOUND)).containsExactly(NotFoundException.class.getName());
        assertThat(byStatus.get(HttpStatus.CONFLICT)).containsExactly(StaleEditException.class.getName());
    }

    private static HttpStatus answeredStatus(JavaClass exception) {
        ResponseStatus annotation = exception.getAnnotationOfType(ResponseStatus.class);
        return annotation.code() != HttpStatus.INTERNAL_SERVER_ERROR ? annotation.code() : annotation.value();
    }

    @Test
    void pagesAnswer404WhateverFeatureFoundNothing() throws Exception {
        // (MockMvc does not forward to the error page: SecurityAndErrorPagesTest renders that)
        Map<String, String> pathsAndWhoMayAsk = Map.of(
                "/admin/users/999999", "admin",
                "/themes/no-such-theme", "inspector",
                "/actions/999999", "inspector",
                "/inspections/no-such-inspection/manage", "inspector",
                "/grades/organisations/no-such-force", "analyst");
        for (Map.Entry<String, String> page : pathsAndWhoMayAsk.entrySet()) {
            mvc.perform(get(page.getKey()).with(user(users.loadUserByUsername(page.getValue()))))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    @Transactional
    void theApiAnswersAProblemNamingWhatWasNotFoundAndWhichRecordChanged() throws Exception {
        long id = ProgressTestData.actionId(jdbc, ProgressTestData.R3);
        String lead = "Bearer " + tokens.create((CurrentUser) users.loadUserByUsername("lead.westmercia"), "test");
        mvc.perform(get("/api/v1/actions/999999").header("Authorization", lead))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Action 999999 not found"));
        String stale = "{\"version\": " + (ProgressTestData.version(jdbc, id) + 1) + ", \"narrative\": \"Plan agreed\"}";
        mvc.perform(post("/api/v1/actions/{id}/updates", id).header("Authorization", lead)
                        .contentType(MediaType.APPLICATION_JSON).content(stale))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "The action has changed since you read it. Read it again, then send your update with its new version."))
                .andExpect(jsonPath("$.actionId").value(id));
    }
}
