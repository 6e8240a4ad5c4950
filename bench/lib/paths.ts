// Where the repository and the built pages are, wherever bench/ is run from.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const staticDir = path.join(repoRoot, 'renderer', 'dist');
