/**
 * The storage test kit (存储测试套件, TCK): {@link edu.yiban.sdk.testkit.LedgerStoreContract}, the contract
 * of {@link edu.yiban.core.ledger.spi.LedgerStore} as JUnit 5 tests and jqwik properties that a campus system
 * runs against its own store. Built on JUnit Jupiter and jqwik, which are optional dependencies of the SDK:
 * only the tests that use the kit need them.
 */
package edu.yiban.sdk.testkit;
