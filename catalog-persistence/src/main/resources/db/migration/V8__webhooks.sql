-- Webhooks: a store's subscriptions, one delivery row per subscription and event (fed from the outbox when the
-- event is relayed, or by a replay), and the service's key pair that signs the "wix" format.
-- Portable SQL for H2 2.x and PostgreSQL 13+.

CREATE TABLE webhook_subscription (
    id              VARCHAR(36)   NOT NULL,
    store_id        VARCHAR(64)   NOT NULL,
    target_url      VARCHAR(2048) NOT NULL,
    -- Comma-separated event types, or '*' for every type.
    event_types     VARCHAR(1000) NOT NULL,
    -- "whsec_" + base64 of the HMAC key; never logged, answered only when the subscription is created.
    secret          VARCHAR(200)  NOT NULL,
    format          VARCHAR(16)   NOT NULL,
    active          BOOLEAN       NOT NULL,
    disabled_reason VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_webhook_subscription PRIMARY KEY (id)
);

CREATE INDEX ix_webhook_subscription_store ON webhook_subscription (store_id, created_at);

-- status: PENDING (to be sent), DELIVERED (a 2xx answer), DEAD (dead-lettered after the last try, or answered
-- 410). A pending row holds back the later events of its aggregate for its subscription.
CREATE TABLE webhook_delivery (
    id               VARCHAR(36)  NOT NULL,
    subscription_id  VARCHAR(36)  NOT NULL,
    event_id         VARCHAR(36)  NOT NULL,
    event_type       VARCHAR(64)  NOT NULL,
    aggregate_key    VARCHAR(100) NOT NULL,
    sequence         BIGINT       NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at  TIMESTAMP WITH TIME ZONE,
    last_status_code INTEGER,
    last_error       VARCHAR(500),
    finished_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_webhook_delivery PRIMARY KEY (id),
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id)
        REFERENCES webhook_subscription (id) ON DELETE CASCADE
);

-- The worker's claim: pending rows that are due.
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
-- Order per subscription and aggregate, and the fan-out's "already fed" check.
CREATE INDEX ix_webhook_delivery_order ON webhook_delivery (subscription_id, aggregate_key, sequence);
CREATE INDEX ix_webhook_delivery_event ON webhook_delivery (subscription_id, event_id);
-- The delivery log, newest first.
CREATE INDEX ix_webhook_delivery_log ON webhook_delivery (subscription_id, created_at);

-- Every attempt of a delivery: when, the answer's status (none when no answer came) and the error.
CREATE TABLE webhook_attempt (
    delivery_id  VARCHAR(36)  NOT NULL,
    attempt      INTEGER      NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status_code  INTEGER,
    error        VARCHAR(500),
    CONSTRAINT pk_webhook_attempt PRIMARY KEY (delivery_id, attempt),
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id)
        REFERENCES webhook_delivery (id) ON DELETE CASCADE
);

-- The RSA key pair that signs "wix" deliveries, as a private JWK; generated once by the first server that needs it.
CREATE TABLE webhook_signing_key (
    id          VARCHAR(64)    NOT NULL,
    private_jwk VARCHAR(10000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_webhook_signing_key PRIMARY KEY (id)
);
