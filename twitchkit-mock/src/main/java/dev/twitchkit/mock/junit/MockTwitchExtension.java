package dev.twitchkit.mock.junit;

import dev.twitchkit.mock.MockTwitch;
import dev.twitchkit.mock.MockUrls;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Starts one {@link MockTwitch} per test class on a free port and hands it to the tests: as a parameter of type
 * {@code MockTwitch} (or {@link MockUrls}) of the constructor, {@code @BeforeAll}/{@code @BeforeEach} methods and
 * test methods, and in fields annotated {@link InjectMockTwitch}. {@code @Nested} classes share their outer
 * class's mock. The mock is closed when the class's tests are done, through JUnit's {@code ExtensionContext.Store}.
 *
 * <pre>{@code
 * @ExtendWith(MockTwitchExtension.class)
 * @MockTwitchSettings(minKeepaliveMillis = 1000)
 * class BotTest {
 *     @Test
 *     void greets(MockTwitch twitch) { ... }
 * }
 * }</pre>
 *
 * Or, to configure the builder in code: {@code @RegisterExtension static MockTwitchExtension twitch =
 * new MockTwitchExtension(b -> b.tokenTtl(Duration.ofMinutes(5)));} (then {@link #mock()} also works once the
 * class has started).
 */
public final class MockTwitchExtension implements BeforeAllCallback, TestInstancePostProcessor, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MockTwitchExtension.class);
    private static final String KEY = "mock";

    private final Consumer<MockTwitch.Builder> customizer;
    private volatile MockTwitch started;

    /** For {@code @ExtendWith}: settings come from {@link MockTwitchSettings}, if present. */
    public MockTwitchExtension() {
        this(builder -> { });
    }

    /** For {@code @RegisterExtension}: {@code customizer} adjusts the builder after {@link MockTwitchSettings}. */
    public MockTwitchExtension(Consumer<MockTwitch.Builder> customizer) {
        this.customizer = Objects.requireNonNull(customizer, "customizer");
    }

    /** The mock of the running test class (for {@code @RegisterExtension} users). */
    public MockTwitch mock() {
        MockTwitch mock = started;
        if (mock == null) {
            throw new IllegalStateException("the mock starts with the test class; no test class is running");
        }
        return mock;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        MockTwitch mock = mockFor(context);
        for (Field field : annotatedFields(context.getRequiredTestClass())) {
            if (Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                field.set(null, mock);
            }
        }
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        MockTwitch mock = mockFor(context);
        for (Field field : annotatedFields(testInstance.getClass())) {
            if (!Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                field.set(testInstance, mock);
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MockTwitch.class || type == MockUrls.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        MockTwitch mock = mockFor(context);
        return parameter.getParameter().getType() == MockUrls.class ? mock.urls() : mock;
    }

    /** The outermost test class's mock, started on first use and closed by the store with that class. */
    private MockTwitch mockFor(ExtensionContext context) {
        ExtensionContext classContext = outermostClassContext(context);
        MockTwitch mock = classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(KEY, key -> start(classContext.getRequiredTestClass()), MockTwitch.class);
        started = mock;
        return mock;
    }

    private MockTwitch start(Class<?> testClass) {
        MockTwitch.Builder builder = MockTwitch.builder();
        MockTwitchSettings settings = testClass.getAnnotation(MockTwitchSettings.class);
        if (settings != null) {
            builder.requireSubscription(settings.requireSubscription())
                    .subscriptionTimeout(Duration.ofMillis(settings.subscriptionTimeoutMillis()))
                    .reconnectGrace(Duration.ofMillis(settings.reconnectGraceMillis()))
                    .minKeepalive(Duration.ofMillis(settings.minKeepaliveMillis()))
                    .tokenTtl(Duration.ofSeconds(settings.tokenTtlSeconds()))
                    .rateLimit(settings.rateLimitPoints(), Duration.ofMillis(settings.rateLimitWindowMillis()))
                    .deviceInterval(Duration.ofMillis(settings.deviceIntervalMillis()));
        }
        customizer.accept(builder);
        return builder.start();
    }

    private static ExtensionContext outermostClassContext(ExtensionContext context) {
        ExtensionContext classContext = null;
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            if (c.getTestClass().isPresent() && c.getTestMethod().isEmpty()) {
                classContext = c;
            }
        }
        if (classContext == null) {
            throw new ExtensionConfigurationException("MockTwitchExtension needs a test class");
        }
        return classContext;
    }

    private static List<Field> annotatedFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(InjectMockTwitch.class)) {
                    if (field.getType() != MockTwitch.class) {
                        throw new ExtensionConfigurationException("@InjectMockTwitch field " + field.getName()
                                + " must be of type MockTwitch, not " + field.getType().getName());
                    }
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
