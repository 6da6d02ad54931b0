package uk.gov.hmicfrs.findings;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package shape that README's architecture section draws, kept by the build. Each feature is a
 * package under {@code uk.gov.hmicfrs.findings}; ArchUnit reads the compiled classes, so an arrow
 * made through a fully qualified name or a JPQL constructor expression counts as much as an import.
 */
class ArchitectureTest {

    private static final String ROOT = "uk.gov.hmicfrs.findings";

    /** Features that act on the described ones: pages that compose, writers, exports and the API. */
    private static final String[] ACTING = {
            ROOT + ".account..", ROOT + ".api..", ROOT + ".audit..", ROOT + ".authoring..", ROOT + ".browse..",
            ROOT + ".export..", ROOT + ".home..", ROOT + ".progress..", ROOT + ".recurrence..",
            ROOT + ".reportimport..", ROOT + ".search..", ROOT + ".theme.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theGroundImportsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".system..")
                .should().dependOnClassesThat().resideInAnyPackage(features())
                .check(CLASSES);
    }

    @Test
    void describingFeaturesImportNothingThatActsOnThem() {
        noClasses().that().resideInAnyPackage(ROOT + ".organisation..", ROOT + ".inspection..", ROOT + ".finding..")
                .should().dependOnClassesThat().resideInAnyPackage(ACTING)
                .check(CLASSES);
    }

    /** Organisations are described first, then inspections of them, then the findings of inspections. */
    @Test
    void describingFeaturesAreLayeredOrganisationInspectionFinding() {
        noClasses().that().resideInAPackage(ROOT + ".organisation..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".inspection..", ROOT + ".finding..")
                .check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".inspection..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".finding..")
                .check(CLASSES);
    }

    /**
     * SQL lives in repositories and *Queries classes: nothing else reaches the database but through them
     * (or a Spring Data repository), services least of all. The ground's database start-up is the one exception.
     */
    @Test
    void onlyRepositoriesAndQueriesClassesTalkToTheDatabase() {
        DescribedPredicate<JavaClass> database = assignableTo(JdbcClient.class).or(assignableTo(JdbcTemplate.class))
                .or(assignableTo(NamedParameterJdbcTemplate.class)).or(assignableTo(EntityManager.class));
        noClasses().that().areNotAnnotatedWith(Repository.class).and().haveSimpleNameNotEndingWith("Queries")
                .and().resideOutsideOfPackage(ROOT + ".system.database..")
                .should().dependOnClassesThat(database)
                .check(CLASSES);
        noClasses().that().areAnnotatedWith(Service.class)
                .should().dependOnClassesThat(database)
                .check(CLASSES);
    }

    private static String[] features() {
        String[] features = new String[ACTING.length + 3];
        System.arraycopy(ACTING, 0, features, 0, ACTING.length);
        features[ACTING.length] = ROOT + ".organisation..";
        features[ACTING.length + 1] = ROOT + ".inspection..";
        features[ACTING.length + 2] = ROOT + ".finding..";
        return features;
    }
}
