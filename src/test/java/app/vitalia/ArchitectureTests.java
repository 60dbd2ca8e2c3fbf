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
 * module.
 */
@AnalyzeClasses(packages = "app.vitalia", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule entitiesAreNotPublic = classes().that()
		.areAnnotatedWith(Entity.class)
		.should()
		.notBePublic()
		.because("entities belong to their module; other modules get ids and summary records");

	@ArchTest
	static final ArchRule repositoriesAreNotPublic = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.notBePublic()
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
