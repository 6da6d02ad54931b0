package uk.gov.hmicfrs.findings.system.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.stereotype.Component;

/**
 * After a refused request, Tomcat normally reads and discards the rest of its body (up to
 * server.tomcat.max-swallow-size) to keep the connection. For a request refused because of who sent
 * it, that is the very reading we refused to do: a filter marks such a request with
 * {@link #stopReading}, and this valve then closes the connection instead. Tomcat offers no
 * servlet-level way to say this.
 */
@Component
class StopReadingBodyValve extends ValveBase implements TomcatContextCustomizer {

    private static final String STOP_READING = StopReadingBodyValve.class.getName();

    StopReadingBodyValve() {
        super(true);
    }

    static void stopReading(HttpServletRequest request) {
        request.setAttribute(STOP_READING, Boolean.TRUE);
    }

    @Override
    public void customize(org.apache.catalina.Context context) {
        context.getPipeline().addValve(this);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        if (request.getAttribute(STOP_READING) != null) {
            response.flushBuffer();
            request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
    }
}
