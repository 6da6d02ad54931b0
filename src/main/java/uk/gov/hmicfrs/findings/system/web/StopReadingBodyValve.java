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
 * server.tomcat.max-swallow-size) to keep the connection, so that a browser sees the answer. That is
 * right for a signed-in user's oversized upload, and wrong for anyone else's: it is the very reading
 * the app refuses to do before it knows the user. {@link UploadLimitFilter} marks the multipart
 * requests of signed-in users ({@link #mayRead}); for any other multipart request (not signed in,
 * or refused before the filter ran) this valve closes the connection instead of draining it.
 * Tomcat offers no servlet-level way to say this.
 */
@Component
class StopReadingBodyValve extends ValveBase implements TomcatContextCustomizer {

    private static final String MAY_READ = StopReadingBodyValve.class.getName() + ".mayRead";

    StopReadingBodyValve() {
        super(true);
    }

    static void mayRead(HttpServletRequest request) {
        request.setAttribute(MAY_READ, Boolean.TRUE);
    }

    @Override
    public void customize(org.apache.catalina.Context context) {
        context.getPipeline().addValve(this);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        if (UploadLimitFilter.isMultipartPost(request) && request.getAttribute(MAY_READ) == null) {
            response.flushBuffer();
            request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
    }
}
