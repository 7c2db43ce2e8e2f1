package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a product's info sections, kept in order in {@link ProductDetails}: at most {@value #MAX_SECTIONS}
 * ({@code OUT_OF_RANGE} on {@code infoSections}), unique names unique ignoring case ({@code NOT_ALLOWED} on
 * {@code infoSections[i].uniqueName}).
 */
public final class InfoSections {

    public static final int MAX_SECTIONS = 10;

    private InfoSections() {}

    /** {@code sections}, checked. */
    static List<InfoSection> checked(List<InfoSection> sections) {
        if (sections.size() > MAX_SECTIONS) {
            throw new ValidationException(
                    "infoSections",
                    ErrorCodes.OUT_OF_RANGE,
                    "must hold at most " + MAX_SECTIONS + " sections (was " + sections.size() + ")");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            if (!names.add(sections.get(i).key())) {
                throw new ValidationException(
                        "infoSections[" + i + "].uniqueName",
                        ErrorCodes.NOT_ALLOWED,
                        "names a section listed before (unique names are compared ignoring case)");
            }
        }
        return List.copyOf(sections);
    }

    /**
     * The sections a product of {@code store} holding {@code current} has after {@code written}, the whole list in
     * order. A write names a section of the product by its {@code id} (else {@code INVALID_ID}: assigning a section by
     * id alone comes with the info sections of their own) or its {@code uniqueName}, and changes the title and
     * description sent; a write naming none is the product's section with the same title (the first not named
     * already: v1 writes sections by title), else a new section whose unique name is derived from the title. A new
     * section needs a title ({@code REQUIRED}).
     */
    static List<InfoSection> written(List<InfoSectionWrite> writes, List<InfoSection> current, StoreId store) {
        if (writes.size() > MAX_SECTIONS) {
            throw new ValidationException(
                    "infoSections",
                    ErrorCodes.OUT_OF_RANGE,
                    "must hold at most " + MAX_SECTIONS + " sections (was " + writes.size() + ")");
        }
        List<InfoSection> next = new ArrayList<>(writes.size());
        Set<InfoSection> used = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < writes.size(); i++) {
            String path = "infoSections[" + i + "]";
            try {
                InfoSection section = sectionOf(writes.get(i), current, used, names, store);
                used.add(section);
                names.add(section.key());
                next.add(section);
            } catch (ValidationException e) {
                throw e.nestedIn(path);
            }
        }
        return checked(next);
    }

    private static InfoSection sectionOf(
            InfoSectionWrite write,
            List<InfoSection> current,
            Set<InfoSection> used,
            Set<String> names,
            StoreId store) {
        InfoSection existing = null;
        if (write.id() != null) {
            String id = write.id().strip();
            existing = current.stream()
                    .filter(s -> s.id(store).equalsIgnoreCase(id))
                    .findFirst()
                    .orElseThrow(() -> new ValidationException(
                            "id",
                            ErrorCodes.INVALID_ID,
                            "is not the id of one of the product's info sections (\"" + Excerpt.of(id)
                                    + "\"): send uniqueName, title and description to add one"));
            if (write.uniqueName() != null
                    && !InfoSection.requireUniqueName(write.uniqueName()).equalsIgnoreCase(existing.uniqueName())) {
                throw new ValidationException(
                        "uniqueName", ErrorCodes.NOT_ALLOWED, "must be the unique name of the section with that id");
            }
        } else if (write.uniqueName() != null) {
            String name = InfoSection.requireUniqueName(write.uniqueName());
            existing = current.stream()
                    .filter(s -> s.uniqueName().equalsIgnoreCase(name))
                    .findFirst()
                    .orElse(null);
            if (existing == null) {
                return newSection(name, write);
            }
        } else if (write.title() != null) {
            String title = write.title().strip();
            existing = current.stream()
                    .filter(s -> !used.contains(s) && s.title().equals(title))
                    .findFirst()
                    .orElse(null);
            if (existing == null) {
                return newSection(freeName(InfoSection.nameOf(title), current, used, names), write);
            }
        } else {
            throw new ValidationException("title", ErrorCodes.REQUIRED, "is required for a new section");
        }
        return new InfoSection(
                existing.uniqueName(),
                write.title() == null ? existing.title() : write.title(),
                write.description() == null ? existing.description() : Description.of(write.description()));
    }

    private static InfoSection newSection(String uniqueName, InfoSectionWrite write) {
        if (write.title() == null) {
            throw new ValidationException("title", ErrorCodes.REQUIRED, "is required for a new section");
        }
        return new InfoSection(
                uniqueName, write.title(), write.description() == null ? null : Description.of(write.description()));
    }

    /** {@code base}, or {@code base-2}, {@code base-3}...: the first no section of the product has or will have. */
    private static String freeName(String base, List<InfoSection> current, Set<InfoSection> used, Set<String> names) {
        Set<String> taken = new HashSet<>(names);
        current.stream().filter(s -> !used.contains(s)).forEach(s -> taken.add(s.key()));
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
