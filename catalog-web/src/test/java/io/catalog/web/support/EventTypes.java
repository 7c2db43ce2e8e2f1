package io.catalog.web.support;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.catalog.events.payload.EventMapper;
import java.lang.reflect.InvocationTargetException;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** The event types there are, as the server knows them: one per {@link EventMapper} class. */
public final class EventTypes {

    /** What the OpenAPI description says of an empty list. */
    public static final String NOT_NAMED = "; empty or absent means every type but the V3 ones"
            + " (wix.stores.catalog.v3.*), which are delivered only when named";

    private static SortedSet<String> found;

    private EventTypes() {}

    /** The published names of every mapper's event type, in alphabetical order. */
    public static synchronized SortedSet<String> fromMappers() {
        if (found == null) {
            found = Collections.unmodifiableSortedSet(find());
        }
        return found;
    }

    /** What the OpenAPI document says of {@code eventTypes}: the mappers' types in the order of their names. */
    public static String openApiDescription() {
        return "Event types delivered: " + String.join(", ", fromMappers()) + NOT_NAMED;
    }

    private static SortedSet<String> find() {
        SortedSet<String> names = new TreeSet<>();
        for (JavaClass mapper : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackagesOf(EventMapper.class)) {
            if (mapper.isAssignableTo(EventMapper.class)
                    && !mapper.isInterface()
                    && !mapper.getModifiers().contains(JavaModifier.ABSTRACT)) {
                names.add(instance(mapper.reflect()).typeName());
            }
        }
        return names;
    }

    private static EventMapper<?> instance(Class<?> type) {
        try {
            return (EventMapper<?>) type.getDeclaredConstructor().newInstance();
        } catch (InstantiationException
                | IllegalAccessException
                | InvocationTargetException
                | NoSuchMethodException e) {
            throw new IllegalStateException("Cannot make a " + type.getName(), e);
        }
    }
}
