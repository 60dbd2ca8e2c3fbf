package app.vitalia.reporting;

import java.time.Clock;

import app.vitalia.billing.FinancialFigures;
import app.vitalia.nutrition.DiaryFigures;
import app.vitalia.reporting.kpis.ActivityInterceptor;
import app.vitalia.reporting.kpis.DailyActivity;
import app.vitalia.reporting.kpis.KpiGauges;
import app.vitalia.reporting.kpis.Kpis;
import app.vitalia.scheduling.AppointmentFigures;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reporting's settings, the daily-activity recording on every signed-in API request, the
 * KPIs and their gauges. Its endpoints are all under the admin-only {@code /api/admin}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingProperties.class)
class ReportingConfiguration {

	@Bean
	DailyActivity dailyActivity(JdbcTemplate jdbc, Clock clock, ReportingProperties properties) {
		return new DailyActivity(jdbc, clock, properties.businessTimezone());
	}

	@Bean
	WebMvcConfigurer activityRecording(DailyActivity activity) {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new ActivityInterceptor(activity)).addPathPatterns("/api/**");
			}
		};
	}

	@Bean
	Kpis kpis(JdbcTemplate jdbc, FinancialFigures billing, DiaryFigures diary, AppointmentFigures appointments,
			Clock clock, ReportingProperties properties) {
		return new Kpis(jdbc, billing, diary, appointments, clock, properties.businessTimezone());
	}

	@Bean
	KpiGauges kpiGauges(Kpis kpis, MeterRegistry registry) {
		return new KpiGauges(kpis, registry);
	}

	@Bean
	GaugeRefresh gaugeRefresh(KpiGauges gauges) {
		return new GaugeRefresh(gauges);
	}

	/**
	 * Recomputes the gauges every {@code vitalia.reporting.kpi-refresh} on each instance.
	 */
	static final class GaugeRefresh {

		private final KpiGauges gauges;

		GaugeRefresh(KpiGauges gauges) {
			this.gauges = gauges;
		}

		@Scheduled(fixedDelayString = "${vitalia.reporting.kpi-refresh:PT1M}", initialDelayString = "PT5S")
		void refresh() {
			this.gauges.refresh();
		}

	}

}
