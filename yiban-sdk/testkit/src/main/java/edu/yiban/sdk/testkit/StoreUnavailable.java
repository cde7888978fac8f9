package edu.yiban.sdk.testkit;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Reports a property as skipped when {@code newStore()} failed an assumption (no database here), as JUnit
 * Jupiter skips a test; jqwik would otherwise report a failed assumption of a {@code @BeforeProperty}
 * method as an error.
 */
final class StoreUnavailable implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyExecutionResult result = property.execute();
        if (context.testInstance() instanceof LedgerStoreContract contract && contract.storeUnavailable != null) {
            return result.mapToAborted(contract.storeUnavailable);
        }
        return result;
    }

    /** Outside the hook that calls the {@code @BeforeProperty} methods. */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}
