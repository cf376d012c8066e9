package com.pmocareer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The style guide, executable: where controllers live and what they may touch. */
@AnalyzeClasses(packagesOf = PmoCareerApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule pageControllersLiveInWebPackages = classes().that().areAnnotatedWith(Controller.class)
            .should().resideInAPackage("..web..")
            .because("HTML controllers of a module sit in its web package");

    @ArchTest
    static final ArchRule apiControllersLiveInApiPackages = classes().that().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("..api..")
            .because("JSON controllers of a module sit in its api package");

    @ArchTest
    static final ArchRule controllersDoNotTalkSqlThemselves = noClasses().that().resideInAnyPackage("..web..", "..api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
            .because("controllers call a module's facade, which owns persistence");

    @ArchTest
    static final ArchRule sharedHoldsNoSpringBeans = noClasses().that().resideInAPackage("com.pmocareer.shared..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("shared is plain value types used everywhere");
}
