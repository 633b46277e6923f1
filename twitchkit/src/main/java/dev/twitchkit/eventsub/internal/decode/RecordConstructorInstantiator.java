package dev.twitchkit.eventsub.internal.decode;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedWithParams;

/**
 * Builds a public record through its constructor with a method handle prepared once. Jackson's own instantiator
 * calls {@code MethodHandle.invokeWithArguments}, which builds a new spreading adapter on every call: a twentieth
 * of the time of decoding an event went there. Everything else, failures included, is Jackson's.
 */
final class RecordConstructorInstantiator extends StdValueInstantiator {
    private final MethodHandle constructor;

    private RecordConstructorInstantiator(StdValueInstantiator jackson, MethodHandle constructor) {
        super(jackson);
        this.constructor = constructor;
    }

    /** Installs this instantiator for every public record Jackson builds through its public constructor. */
    static final class Installer extends ValueInstantiators.Base {
        @Override
        public ValueInstantiator modifyValueInstantiator(DeserializationConfig config, BeanDescription.Supplier bean,
                                                         ValueInstantiator instantiator) {
            return instantiator.getClass() == StdValueInstantiator.class
                    ? of((StdValueInstantiator) instantiator) : instantiator;
        }
    }

    /** {@code jackson} itself when its creator is not a public record's public constructor. */
    static ValueInstantiator of(StdValueInstantiator jackson) {
        AnnotatedWithParams creator = jackson.getWithArgsCreator();
        if (creator == null || !(creator.getAnnotated() instanceof Constructor<?> c)
                || !c.getDeclaringClass().isRecord() || !Modifier.isPublic(c.getModifiers())
                || !Modifier.isPublic(c.getDeclaringClass().getModifiers())) {
            return jackson;
        }
        try {
            MethodHandle handle = MethodHandles.publicLookup().unreflectConstructor(c)
                    .asSpreader(Object[].class, c.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new RecordConstructorInstantiator(jackson, handle);
        } catch (IllegalAccessException e) { // e.g. a nested record of a non-public class
            return jackson;
        }
    }

    @Override
    public Object createFromObjectWith(DeserializationContext context, Object[] args) throws JacksonException {
        try {
            return (Object) constructor.invokeExact(args);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) { // as Jackson's: the record's own exception, reported as an instantiation problem
            return context.handleInstantiationProblem(_valueClass, args, rewrapCtorProblem(context, e));
        }
    }
}
