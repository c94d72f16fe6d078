package io.redress;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import io.redress.shared.domain.RedressException;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.util.Arrays;

/**
 * The house rules of domain-ejb, as tests. A bounded context is a package under {@code io.redress}; it is entered
 * only through its published {@code api} (records, interfaces, domain events). {@code shared} is what every context
 * uses, and {@code audit} is the one trail every write passes ({@code AuditTrail}, read through {@code AuditLog}).
 */
@AnalyzeClasses(packages = "io.redress", importOptions = ImportOption.DoNotIncludeTests.class)
class HouseRulesTest {

    private static final String[] CONTEXTS = {"accounts", "alerts", "apikeys", "cases", "claims", "incidents", "jobs", "messaging", "publicposts", "restrictions", "screening", "staff"};

    @ArchTest
    static final ArchRule no_cycles_between_contexts = slices().matching("io.redress.(*)..").namingSlices("$1")
            .should().beFreeOfCycles()
            .because("a context that needs another's answer asks its api; the other learns of it from an event");

    /** Every context, one rule each: a context added to CONTEXTS is walled in without another line here. */
    @ArchTest
    static final ArchRule each_context_is_entered_through_its_api = CompositeArchRule.of(
            Arrays.stream(CONTEXTS).map(HouseRulesTest::enteredThroughItsApiOnly).toList());

    @ArchTest
    static final ArchRule the_audit_trail_depends_on_no_context = noClasses().that().resideInAPackage("io.redress.audit..")
            .should().dependOnClassesThat().resideInAnyPackage(contexts(""))
            .because("every context writes to the audit trail: it may know none of them");

    @ArchTest
    static final ArchRule shared_depends_on_no_context = noClasses().that().resideInAPackage("io.redress.shared..")
            .should().dependOnClassesThat().resideInAnyPackage(contexts(""))
            .orShould().dependOnClassesThat().resideInAPackage("io.redress.audit..")
            .because("shared is what every context uses; a refusal reaches the audit as an AccessRefused event");

    @ArchTest
    static final ArchRule policies_are_plain_java = noClasses().that().resideInAPackage("io.redress..domain..")
            .and().areNotAnnotatedWith(Entity.class).and().areNotAnnotatedWith(Embeddable.class)
            .and().areNotAssignableTo(AttributeConverter.class)
            // the refusals roll the transaction back: an EJB application exception by annotation
            .and().areNotAssignableTo(RedressException.class)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.ejb..",
                    "jakarta.enterprise..", "jakarta.inject..", "jakarta.transaction..")
            .because("business rules are plain Java, tested with plain JUnit in milliseconds");

    @ArchTest
    static final ArchRule published_interfaces_are_plain_java = noClasses().that().resideInAPackage("io.redress.*.api..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.ejb..",
                    "jakarta.inject..", "jakarta.transaction..")
            .orShould().dependOnClassesThat().resideInAnyPackage(contexts(".domain"))
            .orShould().dependOnClassesThat().resideInAnyPackage(contexts(".application"))
            .orShould().dependOnClassesThat().resideInAnyPackage(contexts(".infrastructure"))
            .because("an api holds records, interfaces and events: nothing managed, nothing of a context's inside");

    private static ArchRule enteredThroughItsApiOnly(String context) {
        return noClasses().that().resideOutsideOfPackage("io.redress." + context + "..")
                .should().dependOnClassesThat().resideInAnyPackage("io.redress." + context + ".domain..",
                        "io.redress." + context + ".application..", "io.redress." + context + ".infrastructure..")
                .because("another context enters " + context + " only through io.redress." + context + ".api:"
                        + " its entities, services and tables are its own");
    }

    private static String[] contexts(String suffix) {
        String[] packages = new String[CONTEXTS.length];
        for (int i = 0; i < CONTEXTS.length; i++) {
            packages[i] = "io.redress." + CONTEXTS[i] + suffix + "..";
        }
        return packages;
    }
}
