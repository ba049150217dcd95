package org.mufakat.web;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON bodies follow the rule of forms ({@link FormData}): a string holding a NUL character is refused (400 problem
 * JSON), since no one types it and PostgreSQL cannot store it; H2 would, and the two databases must answer alike. A
 * key given twice in one object is refused too, rather than the last one silently winning.
 */
@Singleton
public class JsonInput implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("mufakat-json-input").addDeserializer(String.class,
                new StringDeserializer() {
                    @Override
                    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                        String value = super.deserialize(p, ctxt);
                        if (value != null && value.indexOf('\u0000') >= 0) {
                            throw ctxt.weirdStringException(value, String.class, "a NUL character is not text");
                        }
                        return value;
                    }
                }));
    }
}
