package uk.gov.hmicfrs.findings.account;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class DemoAccountsConditionTest {

    private final DemoAccountsCondition condition = new DemoAccountsCondition();

    private boolean demoAccountsWith(MockEnvironment environment) {
        ConditionContext context = mock(ConditionContext.class);
        when(context.getEnvironment()).thenReturn(environment);
        return condition.matches(context, null);
    }

    @Test
    void onByDefaultOnTheEmbeddedDatabase() {
        assertThat(demoAccountsWith(new MockEnvironment())).isTrue();
    }

    @Test
    void offByDefaultWhenADatabaseIsConfigured() {
        assertThat(demoAccountsWith(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://prod/findings"))).isFalse();
    }

    @Test
    void theExplicitSettingWinsEitherWay() {
        assertThat(demoAccountsWith(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://prod/findings")
                .withProperty("app.demo-accounts", "true"))).isTrue();
        assertThat(demoAccountsWith(new MockEnvironment().withProperty("app.demo-accounts", "false"))).isFalse();
    }
}
