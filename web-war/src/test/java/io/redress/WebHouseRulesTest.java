package io.redress;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.json.Json;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * The house rules of web-war, as tests: pages and resources call the contexts' services and show their records;
 * they hold no entity and no EntityManager, and never reach into a context's infrastructure.
 */
// domain-ejb's classes are imported too (so that an entity is known by its annotation); the rules judge web-war's
@AnalyzeClasses(packages = "io.redress", importOptions = ImportOption.DoNotIncludeTests.class)
class WebHouseRulesTest {

    private static final String[] WEB = {"io.redress.web..", "io.redress.api..", "io.redress.security..", "io.redress.health.."};

    @ArchTest
    static final ArchRule the_web_uses_no_entity = noClasses().that().resideInAnyPackage(WEB).should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .because("entities never go over the wire nor into a page: services answer records");

    @ArchTest
    static final ArchRule the_web_uses_no_entity_manager = noClasses().that().resideInAnyPackage(WEB).should().dependOnClassesThat()
            .belongToAnyOf(EntityManager.class, EntityManagerFactory.class)
            .because("the data is read and written by the contexts' @Stateless services, each a transaction boundary");

    @ArchTest
    static final ArchRule the_web_uses_no_context_infrastructure = noClasses().that().resideInAnyPackage(WEB).should().dependOnClassesThat()
            .resideInAPackage("io.redress.*.infrastructure..")
            .because("timers, caches and repositories are a context's inside: the web calls its services");

    // Json.createBuilderFactory, createReaderFactory and the like, called once into a static field, are the way
    @ArchTest
    static final ArchRule json_comes_from_factories_found_once = noClasses().should().callMethodWhere(
                    target(owner(type(Json.class))).and(target(nameMatching("create(?!.*Factory$).*"))))
            .because("each Json.createXxx call looks the JSON-P provider up through the ServiceLoader, a walk of every jar of"
                    + " the EAR: a 401 or 429 answered at about half of ping's rate (JsonBuilders, JsonBody)");
}
