package uk.gov.hmicfrs.findings.system.database;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class DatabaseSourceConditionsTest {

    private static ConditionContext contextWith(MockEnvironment environment) {
        ConditionContext context = mock(ConditionContext.class);
        when(context.getEnvironment()).thenReturn(environment);
        return context;
    }

    @Test
    void theEmbeddedDatabaseStartsOnlyWhenNoDatasourceUrlIsConfigured() {
        NoDatasourceUrlCondition condition = new NoDatasourceUrlCondition();
        assertThat(condition.matches(contextWith(new MockEnvironment()), null)).isTrue();
        assertThat(condition.matches(contextWith(new MockEnvironment().withProperty("spring.datasource.url", "")), null)).isTrue();
        assertThat(condition.matches(contextWith(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/findings")), null)).isFalse();
    }

    @Test
    void theStartUpLineNeverShowsConnectionParameters() {
        assertThat(DatabaseSourceReport.withoutCredentials("jdbc:postgresql://db:5432/findings?user=x&password=secret"))
                .isEqualTo("jdbc:postgresql://db:5432/findings");
    }
}
