package uk.gov.hmicfrs.findings.audit;

/**
 * Who did something, as the audit log records it. The signed-in user is one; the audit log needs to
 * know no more about accounts than this, so that every feature can write to it.
 */
public interface Actor {

    long id();

    String getUsername();
}
