import { loadDemo } from '../../../deploy/local/src/demo/load-demo';
import { startE2eStack } from '../../e2e/support/e2e-stack';

/**
 * Intake, triage and the gateway (serving the built web app) on a database of their own, for the
 * whole run, with the demo the project ships loaded through the gateway, as `npm run start:local`
 * loads it; the tests find the gateway at BROWSER_BASE_URL. The returned function stops them.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  // The demo's three submitters send 175 items: the per-user submit limit would make that minutes.
  const stack = await startE2eStack({
    SUBMIT_LIMIT_PER_USER: '2000/60',
    SUBMIT_LIMIT_PER_IP: '5000/60',
  });
  try {
    await loadDemo({ gatewayUrl: stack.gatewayUrl, seed: false });
  } catch (error) {
    await stack.stop(true);
    throw error;
  }
  process.env.BROWSER_BASE_URL = stack.gatewayUrl;
  return async () => {
    await stack.stop(false);
  };
}
