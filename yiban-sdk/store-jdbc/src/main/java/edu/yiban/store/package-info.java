/**
 * Ledger stores (账本存储) beyond the core's in-memory one: the durable JDBC store
 * ({@link edu.yiban.store.JdbcLedgerStore}, H2 or PostgreSQL) and the capabilities
 * ({@link edu.yiban.core.ledger.spi.StoreCapability}) a store reports through
 * {@link edu.yiban.core.ledger.spi.CapableStore}.
 */
package edu.yiban.store;
