import type { Circus } from '@jest/types';
import { TestEnvironment } from 'jest-environment-node';

/**
 * Node's environment, noting whether a test or hook failed, so afterAll knows to print the
 * services' logs (jest tells a spec nothing about its own results).
 */
export default class E2eEnvironment extends TestEnvironment {
  handleTestEvent(event: Circus.Event): void {
    if (event.name === 'test_fn_failure' || event.name === 'hook_failure') {
      this.global.e2eFailed = true;
    }
  }
}

/** Read in the spec's afterAll. */
export const someTestFailed = (): boolean =>
  Boolean((globalThis as { e2eFailed?: boolean }).e2eFailed);
