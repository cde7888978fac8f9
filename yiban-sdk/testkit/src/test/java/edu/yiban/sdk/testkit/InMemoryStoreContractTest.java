package edu.yiban.sdk.testkit;

import edu.yiban.core.ledger.spi.LedgerStore;

/** The core's in-memory store keeps the whole contract (it claims no capability, so durability is skipped). */
class InMemoryStoreContractTest extends LedgerStoreContract {
    @Override
    protected LedgerStore newStore() {
        return LedgerStore.inMemory();
    }
}
