package app.vitalia.reporting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Reporting's settings; its endpoints are all under the admin-only {@code /api/admin}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingProperties.class)
class ReportingConfiguration {

}
