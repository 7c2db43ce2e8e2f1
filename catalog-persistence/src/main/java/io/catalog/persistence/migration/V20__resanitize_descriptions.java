package io.catalog.persistence.migration;

import io.catalog.domain.product.Description;
import io.catalog.domain.shared.ValidationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Brings every stored product and collection description to the rich-text subset the domain allows
 * ({@link Description#of}): descriptions stored before the sanitizer existed were answered as stored until rewritten.
 *
 * <p>Rows are read in batches of {@value #BATCH} in primary-key order, and only those whose description changes are
 * written, in one JDBC batch per read batch, each with its next revision (so no kept answer or ETag of the old text stays
 * valid; the migration writes no events, so a copy a client made from events keeps the old text until the next change); a store whose products changed moves its product-data version (kept filter counts). Sanitizing
 * is idempotent, so the migration is too: run again, it writes nothing. A description whose sanitized text would be over
 * {@value Description#MAX_LENGTH} characters (escaping lengthens a text of many {@code <} or {@code &}) keeps the
 * longest beginning of it that fits, and is logged. The same SQL on H2 and PostgreSQL.
 */
public class V20__resanitize_descriptions extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V20__resanitize_descriptions.class.getName());

    static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Set<String> stores = new LinkedHashSet<>();
        int products = resanitize(connection, "product", stores);
        int collections = resanitize(connection, "collection", new LinkedHashSet<>());
        try (PreparedStatement moved = connection.prepareStatement(
                "UPDATE store SET product_data_version = product_data_version + 1 WHERE store_id = ?")) {
            for (String store : stores) {
                moved.setString(1, store);
                moved.addBatch();
            }
            if (!stores.isEmpty()) {
                moved.executeBatch();
            }
        }
        LOG.info(() -> "Descriptions brought to the allowed rich text: " + products + " products, " + collections
                + " collections");
    }

    /** Sanitizes the descriptions of {@code table}; adds the stores of the changed rows to {@code stores}. */
    private static int resanitize(Connection connection, String table, Set<String> stores) throws SQLException {
        int changed = 0;
        String after = "";
        try (PreparedStatement read = connection.prepareStatement(
                        "SELECT id, store_id, description FROM " + table + " WHERE id > ? ORDER BY id LIMIT " + BATCH);
                PreparedStatement write = connection.prepareStatement(
                        "UPDATE " + table + " SET description = ?, revision = revision + 1 WHERE id = ?")) {
            while (true) {
                read.setString(1, after);
                List<String[]> rows = new ArrayList<>(BATCH);
                try (ResultSet result = read.executeQuery()) {
                    while (result.next()) {
                        rows.add(new String[] {result.getString(1), result.getString(2), result.getString(3)});
                    }
                }
                if (rows.isEmpty()) {
                    return changed;
                }
                int writes = 0;
                for (String[] row : rows) {
                    String sanitized = sanitized(row[2], table, row[0]);
                    if (!sanitized.equals(row[2])) {
                        write.setString(1, sanitized);
                        write.setString(2, row[0]);
                        write.addBatch();
                        writes++;
                        stores.add(row[1]);
                    }
                }
                if (writes > 0) {
                    write.executeBatch();
                    changed += writes;
                }
                after = rows.get(rows.size() - 1)[0];
            }
        }
    }

    /** {@code stored} as {@link Description#of} makes it, or the longest beginning of it that fits the limit. */
    static String sanitized(String stored, String table, String id) {
        try {
            return Description.of(stored).value();
        } catch (ValidationException tooLong) {
            int[] codePoints = stored.codePoints().toArray();
            int fits = 0;
            int over = codePoints.length;
            String kept = "";
            while (over - fits > 1) {
                int middle = (fits + over) >>> 1;
                try {
                    kept = Description.of(new String(codePoints, 0, middle)).value();
                    fits = middle;
                } catch (ValidationException stillTooLong) {
                    over = middle;
                }
            }
            int keptCodePoints = fits;
            LOG.warning(() -> table + " " + id + ": its description, sanitized, is over " + Description.MAX_LENGTH
                    + " characters; kept its first " + keptCodePoints + " of " + codePoints.length + " as sanitized");
            return kept;
        }
    }
}
