package uk.gov.hmicfrs.findings.system;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttribute;

import uk.gov.hmicfrs.findings.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service method that may write says who may call it, with method security. The services
 * are the application's own @Service beans; a method may write unless its transaction is declared
 * read-only. Such a method needs @PreAuthorize or @PostAuthorize (on it or its class), or a place in
 * {@link #ANY_SIGNED_IN_USER} with the reason.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ServiceMethodSecurityTest {

    /** Methods that may write and that anyone signed in (or, where said, anyone) may call. */
    static final Map<String, String> ANY_SIGNED_IN_USER = Map.of(
            "AccountService.changeOwnPassword", "changes the caller's own password, after checking the current one",
            "AccessTokenService.create", "makes a token for the caller themself",
            "AccessTokenService.usernameFor", "the bearer filter's look-up, before anyone is signed in; records the token's use",
            "AuditService.recordRefusal", "records that the caller was refused: anyone can be",
            "ApiService.addProgressUpdate", "its write is ActionService.addProgressUpdate, which says who may",
            "ExportService.mayExportAll", "a rule, not a read or a write; not transactional, so listed");

    @Autowired
    ApplicationContext context;

    private final AnnotationTransactionAttributeSource transactions = new AnnotationTransactionAttributeSource(false);

    @Test
    void everyServiceMethodThatMayWriteIsGuardedOrListed() {
        TreeSet<String> unguarded = new TreeSet<>();
        TreeSet<String> listedButGuardedOrGone = new TreeSet<>(ANY_SIGNED_IN_USER.keySet());
        for (Object bean : services().values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            for (Method method : type.getDeclaredMethods()) {
                if (!isCallable(method) || !mayWrite(method, type)) {
                    continue;
                }
                String name = type.getSimpleName() + "." + method.getName();
                if (guarded(method, type)) {
                    continue;
                }
                if (!listedButGuardedOrGone.remove(name) && !ANY_SIGNED_IN_USER.containsKey(name)) {
                    unguarded.add(name);
                }
            }
        }
        assertThat(unguarded).as("service methods that may write but say nothing of who may call them: add "
                + "@PreAuthorize, or list them in ANY_SIGNED_IN_USER with the reason").isEmpty();
        assertThat(listedButGuardedOrGone).as("ANY_SIGNED_IN_USER entries that name no unguarded method").isEmpty();
    }

    /** The annotations are only worth something if the beans are proxied by method security. */
    @Test
    void everyServiceWithMethodSecurityIsProxied() {
        TreeSet<String> unproxied = new TreeSet<>();
        services().forEach((name, bean) -> {
            Class<?> type = AopUtils.getTargetClass(bean);
            boolean annotated = AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class)
                    || java.util.Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> guarded(m, type));
            if (annotated && !AopUtils.isAopProxy(bean)) {
                unproxied.add(name);
            }
        });
        assertThat(unproxied).isEmpty();
        assertThat(services()).as("the application's services were found").containsKeys("authoringService", "actionService",
                "accountService", "themeService", "exportService", "reportImportService", "recurrenceService");
    }

    private Map<String, Object> services() {
        Map<String, Object> services = new java.util.TreeMap<>(context.getBeansWithAnnotation(Service.class));
        services.values().removeIf(bean -> !AopUtils.getTargetClass(bean).getName().startsWith("uk.gov.hmicfrs.findings."));
        return services;
    }

    /** What a caller in the application can reach through the proxy: not private, not static, not the compiler's. */
    private static boolean isCallable(Method method) {
        int modifiers = method.getModifiers();
        return !Modifier.isPrivate(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic();
    }

    /**
     * Unless its transaction is declared read-only. A MANDATORY transaction runs only inside a caller's
     * (an audit record inside the write it describes), so that caller is the method checked here.
     */
    private boolean mayWrite(Method method, Class<?> type) {
        TransactionAttribute transaction = transactions.getTransactionAttribute(method, type);
        if (transaction == null) {
            return true;
        }
        return !transaction.isReadOnly()
                && transaction.getPropagationBehavior() != TransactionDefinition.PROPAGATION_MANDATORY;
    }

    private static boolean guarded(Method method, Class<?> type) {
        return AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(method, PostAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class);
    }
}
