// Before any network test: refuse clearly when they cannot run here (or skip
// on request), and remove namespaces left by a run that was killed.
import { missingPrerequisite, removeStaleNamespaces } from './netns';

export const SKIP_VARIABLE = 'HHC_SKIP_NETWORK_TESTS';

export default function globalSetup(): void {
  const missing = missingPrerequisite();
  if (missing) {
    if (process.env[SKIP_VARIABLE] === '1') {
      console.log(`Network tests skipped (${SKIP_VARIABLE}=1): ${missing}.`);
      return;
    }
    throw new Error(
      `Network tests cannot run: ${missing}. Run them as root (\`sudo npm run test:network\`), ` +
        `or set ${SKIP_VARIABLE}=1 to skip them.`,
    );
  }
  const removed = removeStaleNamespaces();
  if (removed.length > 0) console.log(`Removed namespaces left by an earlier run: ${removed.join(', ')}`);
}
