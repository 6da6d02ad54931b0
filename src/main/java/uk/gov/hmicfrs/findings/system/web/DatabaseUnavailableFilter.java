package uk.gov.hmicfrs.findings.system.web;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * When the database cannot be reached, every request fails somewhere: loading the session, signing
 * in, or in a page's queries. This filter sits outside all of them (sessions included, which also
 * live in the database) and answers with the GOV.UK "service unavailable" page and status 503,
 * rendered without touching the database. Transactions have rolled back by then, so nothing is
 * half-written; the page tells the user to try again. Hikari reconnects by itself once the
 * database is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ITemplateEngine templates;
    // A provider, so web slice tests without a database can still build the filter.
    private final ObjectProvider<DataSource> dataSource;

    DatabaseUnavailableFilter(ITemplateEngine templates, ObjectProvider<DataSource> dataSource) {
        this.templates = templates;
        this.dataSource = dataSource;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted() || !(isDatabaseUnavailable(e) || (isDataAccessFailure(e) && !databaseAnswers()))) {
                throw e;
            }
            log.warn("Database unavailable while serving {} {}: {}", request.getMethod(), request.getRequestURI(), rootMessage(e));
            respondUnavailable(request, response);
        }
    }

    static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof java.net.ConnectException
                    || (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * A failed rollback can hide the connection failure behind a generic persistence exception, so
     * for those ask the database itself whether it is there.
     */
    private static boolean isDataAccessFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof org.springframework.dao.DataAccessException
                    || cause instanceof org.springframework.transaction.TransactionException
                    || cause instanceof jakarta.persistence.PersistenceException
                    || cause instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }

    private boolean databaseAnswers() {
        DataSource database = dataSource.getIfAvailable();
        if (database == null) {
            return true;
        }
        try (Connection connection = database.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private void respondUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", "30");
        boolean wantsJson = request.getRequestURI().startsWith("/api/") || request.getRequestURI().startsWith("/actuator/")
                || String.valueOf(request.getHeader("Accept")).toLowerCase(Locale.ROOT).contains("application/json");
        String body;
        if (request.getRequestURI().startsWith("/actuator/health")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            body = "{\"status\":\"DOWN\"}";
        } else if (wantsJson) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            body = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"The service is unavailable. Nothing was saved. Try again later.\"}";
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                    .buildExchange(request, response);
            body = templates.process("error/503", new WebContext(exchange, request.getLocale()));
        }
        write(response, body);
    }

    /** The failed request may already have taken the output stream or the writer; use whichever is free. */
    private static void write(HttpServletResponse response, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setCharacterEncoding("UTF-8");
        try {
            response.getOutputStream().write(bytes);
        } catch (IllegalStateException writerAlreadyUsed) {
            response.getWriter().write(body);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
