package uk.gov.hmicfrs.findings;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FindingsTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(FindingsTrackerApplication.class, args);
    }
}
