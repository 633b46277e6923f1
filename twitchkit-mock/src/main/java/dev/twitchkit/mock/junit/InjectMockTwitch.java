package dev.twitchkit.mock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of type {@link dev.twitchkit.mock.MockTwitch} that {@link MockTwitchExtension} fills with the test
 * class's mock: static fields before {@code @BeforeAll}, instance fields when the test instance is created.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectMockTwitch {
}
