package app.vitalia.platform.web;

import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;

import app.vitalia.platform.SupportedDates;
import app.vitalia.platform.Text;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies bind strictly: a value of the wrong JSON type is refused instead of
 * coerced (numbers are not enums, dates or strings; booleans are not strings), a
 * duplicated key is refused, {@code null} inside an array is refused, and every string
 * keeps the {@link Text} rule. Each refusal is a 400 problem naming the field.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.defaultLeniency(false)
			.changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
			.withCoercionConfig(LogicalType.Textual, StrictJsonConfiguration::scalarsFail)
			.withCoercionConfig(LogicalType.DateTime, StrictJsonConfiguration::scalarsFail)
			.withCoercionConfig(LogicalType.Enum, StrictJsonConfiguration::scalarsFail)
			.addModule(new SimpleModule("vitalia-text").addDeserializer(String.class, new CleanText())
				.setDeserializerModifier(new SupportedDatesOnly()));
	}

	private static void scalarsFail(tools.jackson.databind.cfg.MutableCoercionConfig config) {
		config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
	}

	/**
	 * Wraps the date and time deserializers to refuse years outside
	 * {@link SupportedDates}.
	 */
	static final class SupportedDatesOnly extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
				BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
			return Temporal.class.isAssignableFrom(description.getBeanClass()) ? new InRange(deserializer)
					: deserializer;
		}

	}

	static final class InRange extends DelegatingDeserializer {

		InRange(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new InRange(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			Object value = super.deserialize(parser, context);
			if (value instanceof TemporalAccessor temporal && !SupportedDates.contains(temporal)) {
				throw InvalidFormatException.from(parser, "is outside the supported years", value, value.getClass());
			}
			return value;
		}

	}

	/** Strings only from JSON strings, and only clean ones. */
	static final class CleanText extends StdScalarDeserializer<String> {

		CleanText() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (String) context.handleUnexpectedToken(String.class, parser);
			}
			String text = parser.getString();
			if (!Text.isClean(text)) {
				throw InvalidFormatException.from(parser, "contains control characters or unpaired surrogates", text,
						String.class);
			}
			return text;
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

	}

}
