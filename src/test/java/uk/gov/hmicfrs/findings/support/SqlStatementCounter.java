package uk.gov.hmicfrs.findings.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements the application executes, whatever issues them (Hibernate,
 * JdbcTemplate, Spring Data), by wrapping the DataSource. Tests use it to hold each page to a
 * fixed statement budget: reset, request the page, read the count.
 * <p>
 * Counts across all threads; tests that use it must not run requests in parallel. Statements on the
 * Spring Session tables are left out: they are the same fixed cost on every request, not the page's.
 */
@TestComponent
public class SqlStatementCounter implements BeanPostProcessor {

    private final AtomicInteger executed = new AtomicInteger();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? proxy(Connection.class, connection, this::connectionCall) : result;
            });
        }
        return bean;
    }

    public void reset() {
        executed.set(0);
    }

    public int count() {
        return executed.get();
    }

    private Object connectionCall(Object target, Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        if (args != null && args.length > 0 && args[0] instanceof String sql && isSessionStatement(sql)) {
            return result;
        }
        if (result instanceof CallableStatement statement) {
            return proxy(CallableStatement.class, statement, this::statementCall);
        }
        if (result instanceof PreparedStatement statement) {
            return proxy(PreparedStatement.class, statement, this::statementCall);
        }
        if (result instanceof Statement statement) {
            return proxy(Statement.class, statement, this::statementCall);
        }
        return result;
    }

    private static boolean isSessionStatement(String sql) {
        return sql.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION");
    }

    private Object statementCall(Object target, Method method, Object[] args) throws Throwable {
        boolean sessionSql = args != null && args.length > 0 && args[0] instanceof String sql && isSessionStatement(sql);
        if (method.getName().startsWith("execute") && !sessionSql) {
            executed.incrementAndGet();
        }
        return invoke(target, method, args);
    }

    private interface Call {
        Object apply(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
                return target;
            }
            return call.apply(target, method, args);
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
