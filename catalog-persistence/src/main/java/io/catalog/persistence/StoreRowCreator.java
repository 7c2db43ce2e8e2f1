package io.catalog.persistence;

import io.catalog.domain.store.StoreId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Inserts a store row in a transaction of its own, so the first writes of a new store cannot both insert it: the
 * second fails on the primary key and its caller uses the row the first one made.
 */
@ApplicationScoped
public class StoreRowCreator {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(StoreId store, String currency) {
        em.persist(new StoreEntity(store.value(), currency, null, OffsetDateTime.now(clock)));
    }
}
