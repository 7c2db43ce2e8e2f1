package io.catalog.persistence.migration;

import io.catalog.domain.product.Description;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code product.description_text} (added by V25) for the products stored before it: the description's text as
 * the domain reads it for a search ({@link Description#searchText()}), which the application writes with every product
 * row from then on.
 *
 * <p>Rows are read in batches of {@value #BATCH} in primary-key order and written in one JDBC batch per read batch.
 * Only the derived column is written: the product's revision, its events and the store's versions stay as they are,
 * since the product did not change and no kept answer reads this column. Run again, it writes the same text. The same
 * SQL on H2 and PostgreSQL.
 */
public class V26__fill_description_text extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V26__fill_description_text.class.getName());

    static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        int filled = 0;
        String after = "";
        try (PreparedStatement read = connection.prepareStatement(
                        "SELECT id, description FROM product WHERE id > ? ORDER BY id LIMIT " + BATCH);
                PreparedStatement write =
                        connection.prepareStatement("UPDATE product SET description_text = ? WHERE id = ?")) {
            while (true) {
                read.setString(1, after);
                List<String[]> rows = new ArrayList<>(BATCH);
                try (ResultSet result = read.executeQuery()) {
                    while (result.next()) {
                        rows.add(new String[] {result.getString(1), result.getString(2)});
                    }
                }
                if (rows.isEmpty()) {
                    break;
                }
                for (String[] row : rows) {
                    write.setString(1, Description.stored(row[1]).searchText());
                    write.setString(2, row[0]);
                    write.addBatch();
                }
                write.executeBatch();
                filled += rows.size();
                after = rows.get(rows.size() - 1)[0];
            }
        }
        int products = filled;
        LOG.info(() -> "Description text for search written for " + products + " products");
    }
}
