package uk.gov.hmicfrs.findings.progress;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the container's limits fails before any controller runs. Send the user back to
 * the form (a GET of the same address) with a GOV.UK error instead of an error page.
 */
@ControllerAdvice
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request) {
        return "redirect:" + request.getRequestURI() + "?fileTooLarge";
    }
}
