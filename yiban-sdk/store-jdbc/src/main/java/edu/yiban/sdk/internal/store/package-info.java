/**
 * The JDBC store's implementation: not part of the API; use {@link edu.yiban.sdk.store.JdbcLedgerStore}.
 */
package edu.yiban.sdk.internal.store;
