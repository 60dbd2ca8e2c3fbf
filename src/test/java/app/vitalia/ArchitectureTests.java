package app.vitalia;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * What Spring Modulith does not check: persistence and web types stay inside their
 * module. A module's root package is its API, so an entity or a repository there must not
 * be public. In a module's internal sub-package one may be public, to serve the module's
 * root: Spring Modulith's verification ({@link ModularityTests}) already fails when
 * another module touches a type in an internal sub-package.
 */
@AnalyzeClasses(packages = "app.vitalia", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/** A module's internal sub-packages: {@code app.vitalia.<module>.<area>}. */
	static final String INTERNAL = "app.vitalia.*.*..";

	@ArchTest
	static final ArchRule entitiesAreNotPublic = classes().that()
		.areAnnotatedWith(Entity.class)
		.and()
		.arePublic()
		.should()
		.resideInAPackage(INTERNAL)
		.because("entities belong to their module; other modules get ids and summary records");

	@ArchTest
	static final ArchRule repositoriesAreNotPublic = classes().that()
		.areAssignableTo(Repository.class)
		.and()
		.arePublic()
		.should()
		.resideInAPackage(INTERNAL)
		.because("only a module's own services touch its tables");

	@ArchTest
	static final ArchRule controllersAreNotPublic = classes().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule noImplSuffix = noClasses().should()
		.haveSimpleNameEndingWith("Impl")
		.because("a single implementation needs no interface");

}
