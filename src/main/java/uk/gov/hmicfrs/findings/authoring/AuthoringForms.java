package uk.gov.hmicfrs.findings.authoring;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Form beans bound from the authoring pages (public fields, bound with direct field access so that
 * the classes stay short). Never entities.
 */
public final class AuthoringForms {

    private AuthoringForms() {
    }

    public static class InspectionForm {
        @NotBlank(message = "Enter a title")
        @Size(max = 300, message = "Title must be 300 characters or fewer")
        public String title;
        @NotBlank(message = "Enter a slug")
        @Pattern(regexp = "^$|[a-z0-9]+(-[a-z0-9]+)*", message = "Slug must only include lower case letters, numbers and hyphens")
        public String slug;
        @NotBlank(message = "Enter a reference prefix")
        @Pattern(regexp = "^$|[A-Z0-9]+(-[A-Z0-9]+)*", message = "Reference prefix must only include capital letters, numbers and hyphens")
        public String referencePrefix;
        public String publishedOnDay;
        public String publishedOnMonth;
        public String publishedOnYear;
        @NotBlank(message = "Select the kind of inspection")
        public String kind;
        public String regionSlug;
        @NotBlank(message = "Enter the source of the report")
        public String source;
        public Integer version;
    }

    public static class JudgementForm {
        @NotNull(message = "Select the organisation")
        public Long organisationId;
        @NotBlank(message = "Select a grade")
        public String grade;
        @NotBlank(message = "Enter the report’s sentence")
        public String sentence;
        public Integer version;
    }

    public static class FindingForm {
        @NotBlank(message = "Select the section")
        public String section;
        @NotBlank(message = "Select the type of finding")
        public String type;
        /** Blank for a regional finding. */
        public Long organisationId;
        @NotBlank(message = "Enter a title")
        @Size(max = 500, message = "Title must be 500 characters or fewer")
        public String title;
        @NotBlank(message = "Enter the text of the finding")
        public String body;
        public List<Long> themeIds = new ArrayList<>();
        public Integer version;
    }

    public static class RecommendationForm {
        @NotNull(message = "Select the organisation that must act")
        public Long organisationId;
        @NotBlank(message = "Enter the lead-in")
        public String leadIn;
        @NotBlank(message = "Enter the recommendation")
        public String text;
        public String dueOnDay;
        public String dueOnMonth;
        public String dueOnYear;
        public List<Long> themeIds = new ArrayList<>();
        public Integer version;
    }

    public static class RepeatForm {
        /** The reference of the earlier finding this one repeats; blank to remove the link. */
        public String repeatsReference;
        public Integer version;
    }
}
