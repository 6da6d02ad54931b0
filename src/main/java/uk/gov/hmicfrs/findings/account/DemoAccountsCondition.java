package uk.gov.hmicfrs.findings.account;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * {@code app.demo-accounts} when set; otherwise true only when no datasource URL is configured,
 * that is on the embedded database.
 */
class DemoAccountsCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        Boolean configured = environment.getProperty("app.demo-accounts", Boolean.class);
        if (configured != null) {
            return configured;
        }
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }
}
