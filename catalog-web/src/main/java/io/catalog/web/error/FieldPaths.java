package io.catalog.web.error;

import io.catalog.domain.shared.CatalogException;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field paths of one API dialect for the domain's: a table of renames, each turning a domain path (or the start
 * of one) into the request's JSON path. A rule {@code rename("options", "productOptions")} turns {@code options},
 * {@code options[1]} and {@code options[1].choices[0].value} into {@code productOptions...} but leaves
 * {@code optionsX} and {@code selection.options} alone; {@code []} in a rule stands for any index and keeps it, as
 * in {@code rename("items[].amount", "decrementData[].decrementBy")}. The first rule that matches applies; a path no
 * rule matches is the same in the API. Renaming is idempotent on the API's own paths as long as no rule's domain path
 * starts an API path, so errors the web layer raised itself (naming the API's fields) may pass through it too.
 */
public final class FieldPaths {

    /** No renames: the dialect names these fields as the domain does. */
    public static final FieldPaths SAME = new FieldPaths(List.of());

    private static final String ANY_INDEX = "[]";

    private final List<Rule> rules;

    private FieldPaths(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** These renames and, after them, {@code domainPath} (and what is below it) renamed to {@code apiPath}. */
    public FieldPaths rename(String domainPath, String apiPath) {
        List<Rule> more = new ArrayList<>(rules);
        more.add(Rule.of(domainPath, apiPath));
        return new FieldPaths(more);
    }

    /** The API path of {@code domainPath}; {@code null} stays {@code null}. */
    public String apiPath(String domainPath) {
        if (domainPath == null) {
            return null;
        }
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(domainPath);
            if (matcher.lookingAt()) {
                return rule.replacement(matcher) + domainPath.substring(matcher.end());
            }
        }
        return domainPath;
    }

    /**
     * {@code e} addressed to the API path of its field: a {@link ValidationException} (whose message starts with its
     * field) or a {@link RuleViolationException} with the same code and message; any other error as it is.
     */
    public CatalogException apiError(CatalogException e) {
        String field = apiPath(e.field());
        if (field == null || field.equals(e.field())) {
            return e;
        }
        if (e instanceof ValidationException invalid) {
            return invalid.relocatedTo(field);
        }
        if (e instanceof RuleViolationException violation) {
            return new RuleViolationException(violation.code(), field, violation.getMessage());
        }
        return e;
    }

    /**
     * Runs {@code call}; a {@link ValidationException} or {@link RuleViolationException} it raises is raised again
     * addressed to the API path (see {@link #apiError}).
     */
    public <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (ValidationException | RuleViolationException e) {
            throw (RuntimeException) apiError(e);
        }
    }

    /**
     * Like {@link #call}, with a {@link ValidationException} then addressed inside the request's {@code envelope}
     * object (field {@code name} in {@code product} is {@code product.name}); a rule violation names its field
     * without the envelope.
     */
    public <T> T callIn(String envelope, Supplier<T> call) {
        try {
            return call(call);
        } catch (ValidationException e) {
            throw e.nestedIn(envelope);
        }
    }

    /** One rename: the domain path as a pattern matching it at the start of a path, and the API path. */
    private record Rule(Pattern pattern, String[] apiParts) {

        static Rule of(String domainPath, String apiPath) {
            String[] domainParts = domainPath.split(Pattern.quote(ANY_INDEX), -1);
            String[] apiParts = apiPath.split(Pattern.quote(ANY_INDEX), -1);
            if (domainParts.length != apiParts.length) {
                throw new IllegalArgumentException(
                        "\"" + domainPath + "\" and \"" + apiPath + "\" must have as many [] as each other");
            }
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < domainParts.length; i++) {
                if (i > 0) {
                    regex.append("(\\[\\d+\\])");
                }
                regex.append(Pattern.quote(domainParts[i]));
            }
            regex.append("(?=$|[.\\[])");
            return new Rule(Pattern.compile(regex.toString()), apiParts);
        }

        String replacement(Matcher matcher) {
            StringBuilder path = new StringBuilder(apiParts[0]);
            for (int i = 1; i < apiParts.length; i++) {
                path.append(matcher.group(i)).append(apiParts[i]);
            }
            return path.toString();
        }
    }
}
