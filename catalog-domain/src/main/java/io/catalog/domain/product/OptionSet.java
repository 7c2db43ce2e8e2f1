package io.catalog.domain.product;

import io.catalog.domain.product.OptionSpec.ChoiceSpec;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A product's options with the counter its choice keys come from, and the lookups of choices by name. Immutable: an
 * edit answers new options. At most {@value Product#MAX_OPTIONS} options with names unique ignoring case; every
 * choice has a key below the counter, unique across the options and never handed out again, so an option or choice
 * matched by name when the options are replaced keeps its key.
 */
final class OptionSet {

    /** A choice of the product, found by option name and choice value or description. */
    record ChoiceRef(int optionIndex, Choice choice) {}

    private final List<ProductOption> options;
    private final int nextChoiceKey;

    private OptionSet(List<ProductOption> options, int nextChoiceKey) {
        this.options = List.copyOf(options);
        this.nextChoiceKey = nextChoiceKey;
    }

    /**
     * Options built from {@code specs} for a new product, keys from 1.
     *
     * @throws ValidationException on {@code options[i]...} for an invalid spec
     */
    static OptionSet built(List<OptionSpec> specs) {
        return build(List.of(), 1, specs);
    }

    /**
     * The options stored with a product.
     *
     * @throws IllegalArgumentException when they break the options' rules or the counter is not above every key
     */
    static OptionSet stored(List<ProductOption> options, int nextChoiceKey) {
        requireValid(options);
        int highestKey = options.stream()
                .flatMap(option -> option.choices().stream())
                .mapToInt(choice -> choice.key().value())
                .max()
                .orElse(0);
        if (nextChoiceKey <= highestKey) {
            throw new IllegalArgumentException("nextChoiceKey " + nextChoiceKey + " is not above key " + highestKey);
        }
        return new OptionSet(options, nextChoiceKey);
    }

    /**
     * These options replaced by {@code specs}: an option matching one of these by name, and a choice matching an
     * existing choice of it by value (ignoring case), keep the existing choice key; other choices get new keys.
     */
    OptionSet replacedBy(List<OptionSpec> specs) {
        return build(options, nextChoiceKey, specs);
    }

    /** No options, with the counter kept (removed keys are not handed out again). */
    OptionSet removed() {
        return new OptionSet(List.of(), nextChoiceKey);
    }

    /** Whether both have the same options (the counters may differ). */
    boolean sameOptionsAs(OptionSet other) {
        return options.equals(other.options);
    }

    List<ProductOption> list() {
        return options;
    }

    int nextChoiceKey() {
        return nextChoiceKey;
    }

    boolean isEmpty() {
        return options.isEmpty();
    }

    int size() {
        return options.size();
    }

    ProductOption get(int index) {
        return options.get(index);
    }

    /** Every combination of one choice per option, in option order. */
    CombinationSpace combinations() {
        return CombinationSpace.of(options);
    }

    /** The keys of all choices. */
    Set<ChoiceKey> choiceKeys() {
        Set<ChoiceKey> keys = new HashSet<>();
        options.forEach(option -> option.choices().forEach(choice -> keys.add(choice.key())));
        return keys;
    }

    /** The keys of the choices of the option at {@code optionIndex}. */
    Set<ChoiceKey> choiceKeysOf(int optionIndex) {
        Set<ChoiceKey> keys = new HashSet<>();
        options.get(optionIndex).choices().forEach(choice -> keys.add(choice.key()));
        return keys;
    }

    /** The option holding the choice with {@code key}. */
    Optional<ProductOption> optionOf(ChoiceKey key) {
        return options.stream()
                .filter(option -> option.choices().stream()
                        .anyMatch(choice -> choice.key().equals(key)))
                .findFirst();
    }

    /**
     * The choice named by option name and choice value or description, ignoring case.
     *
     * @throws ValidationException {@code UNKNOWN_OPTION} on {@code <path>.option}, {@code UNKNOWN_CHOICE} on
     *                             {@code <path>.choice}, or either missing
     */
    ChoiceRef choiceRef(String optionName, String choiceName, String path) {
        String optionField = path + ".option";
        String choiceField = path + ".choice";
        Require.present(optionField, optionName);
        Require.present(choiceField, choiceName);
        int optionIndex = IntStream.range(0, options.size())
                .filter(i -> options.get(i).isNamed(optionName))
                .findFirst()
                .orElseThrow(() -> new ValidationException(
                        optionField,
                        ErrorCodes.UNKNOWN_OPTION,
                        "\"" + optionName + "\" is not an option of this product"));
        Choice choice = options.get(optionIndex)
                .findChoice(choiceName)
                .orElseThrow(() -> new ValidationException(
                        choiceField,
                        ErrorCodes.UNKNOWN_CHOICE,
                        "\"" + choiceName + "\" is not a choice of option \""
                                + options.get(optionIndex).name() + "\""));
        return new ChoiceRef(optionIndex, choice);
    }

    /**
     * The choice selected for each option (by index; {@code null} when not selected) by a map of option name to
     * choice value or description, ignoring case. Errors are reported on {@code <field>.<option name>}.
     */
    Choice[] selectionOf(Map<String, String> selection, String field) {
        Choice[] selected = new Choice[options.size()];
        for (Map.Entry<String, String> entry : selection.entrySet()) {
            String entryField = field + "." + entry.getKey();
            int optionIndex = IntStream.range(0, options.size())
                    .filter(i -> options.get(i).isNamed(entry.getKey()))
                    .findFirst()
                    .orElseThrow(() -> new ValidationException(
                            entryField, ErrorCodes.UNKNOWN_OPTION, "is not an option of this product"));
            ProductOption option = options.get(optionIndex);
            Choice choice = option.findChoice(Require.present(entryField, entry.getValue()))
                    .orElseThrow(() -> new ValidationException(
                            entryField, ErrorCodes.UNKNOWN_CHOICE, "has no choice \"" + entry.getValue() + "\""));
            if (selected[optionIndex] != null) {
                throw new ValidationException(
                        entryField,
                        ErrorCodes.DUPLICATE_OPTION_NAME,
                        "selects option \"" + option.name() + "\" a second time");
            }
            selected[optionIndex] = choice;
        }
        return selected;
    }

    /** The combinations having all the given choices (see {@link #selectionOf}, on field {@code choices}). */
    CombinationSpace matching(Map<String, String> partialChoices) {
        Choice[] selected = selectionOf(partialChoices, "choices");
        CombinationSpace space = CombinationSpace.of(options);
        for (int i = 0; i < selected.length; i++) {
            if (selected[i] != null) {
                space = space.restrictedTo(i, selected[i]);
            }
        }
        return space;
    }

    /** The combination {@code variantId} names, empty when it is not one choice of each option. */
    Optional<List<Choice>> combinationOf(VariantId variantId) {
        Set<ChoiceKey> keys = variantId.choiceKeys();
        if (keys.size() != options.size()) {
            return Optional.empty();
        }
        List<Choice> combination = new ArrayList<>(options.size());
        for (ProductOption option : options) {
            List<Choice> chosen = option.choices().stream()
                    .filter(choice -> keys.contains(choice.key()))
                    .toList();
            if (chosen.size() != 1) {
                return Optional.empty();
            }
            combination.add(chosen.get(0));
        }
        return Optional.of(combination);
    }

    /** The variant id of a combination. */
    static VariantId idOf(List<Choice> combination) {
        return VariantId.of(combination.stream().map(Choice::key).toList());
    }

    private static OptionSet build(List<ProductOption> current, int nextChoiceKey, List<OptionSpec> specs) {
        Require.present("options", specs);
        if (specs.size() > Product.MAX_OPTIONS) {
            throw new ValidationException(
                    "options",
                    ErrorCodes.TOO_MANY_OPTIONS,
                    "must contain at most " + Product.MAX_OPTIONS + " options (was " + specs.size() + ")");
        }
        KeyAllocator keys = new KeyAllocator(nextChoiceKey);
        List<ProductOption> built = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            try {
                built.add(buildOption(specs.get(i), current, keys));
            } catch (ValidationException e) {
                throw e.nestedIn("options[" + i + "]");
            }
        }
        requireValid(built);
        return new OptionSet(built, keys.next);
    }

    private static ProductOption buildOption(OptionSpec spec, List<ProductOption> current, KeyAllocator keys) {
        Optional<ProductOption> existing = spec.name() == null
                ? Optional.empty()
                : current.stream().filter(option -> option.isNamed(spec.name())).findFirst();
        List<Choice> choices = new ArrayList<>(spec.choices().size());
        for (int j = 0; j < spec.choices().size(); j++) {
            ChoiceSpec choice = spec.choices().get(j);
            try {
                ChoiceKey key = existing.flatMap(option -> choice.value() == null
                                ? Optional.empty()
                                : option.choices().stream()
                                        .filter(c -> c.hasValue(choice.value()))
                                        .findFirst())
                        .map(Choice::key)
                        .orElseGet(keys::allocate);
                choices.add(new Choice(key, choice.value(), choice.description()));
            } catch (ValidationException e) {
                throw e.nestedIn("choices[" + j + "]");
            }
        }
        return new ProductOption(spec.name(), spec.type(), choices);
    }

    /** Product-level option rules: option names unique ignoring case, choice keys unique across options. */
    private static void requireValid(List<ProductOption> options) {
        Set<String> names = new HashSet<>();
        Set<ChoiceKey> keys = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            ProductOption option = options.get(i);
            if (!names.add(option.name().toLowerCase(Locale.ROOT))) {
                throw new ValidationException(
                        "options[" + i + "].name",
                        ErrorCodes.DUPLICATE_OPTION_NAME,
                        "must be unique within the product, ignoring case (\"" + option.name() + "\" is repeated)");
            }
            option.choices().forEach(choice -> {
                if (!keys.add(choice.key())) {
                    throw new IllegalArgumentException("choice key " + choice.key() + " is used twice");
                }
            });
        }
    }

    /** Hands out fresh choice keys from a product's counter. */
    private static final class KeyAllocator {

        private int next;

        KeyAllocator(int next) {
            this.next = next;
        }

        ChoiceKey allocate() {
            if (next > ChoiceKey.MAX) {
                throw new RuleViolationException(
                        ErrorCodes.CHOICE_KEYS_EXHAUSTED,
                        "options",
                        "this product has used all " + ChoiceKey.MAX + " choice keys; create a new product instead");
            }
            return new ChoiceKey(next++);
        }
    }
}
