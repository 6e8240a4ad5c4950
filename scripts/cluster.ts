// `npm run cluster`: a local cluster to try several server nodes on one
// machine — PostgreSQL and Redis in temporary folders, three signalling
// processes, one address in front. Ctrl-C stops everything and removes the
// folders. HHC_CLUSTER_NODES and HHC_CLUSTER_PORT change the node count and
// the address's port.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCluster } from './lib/cluster';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = path.join(root, 'renderer', 'dist');

const cluster = await startCluster({
  nodes: Number(process.env.HHC_CLUSTER_NODES ?? 3),
  port: Number(process.env.HHC_CLUSTER_PORT ?? 0),
  demo: true,
  logLevel: process.env.HHC_LOG_LEVEL ?? 'warn',
  echo: true,
  ...(fs.existsSync(staticDir) ? { staticDir } : {}),
});

const demo = cluster
  .output(0)
  .split('\n')
  .filter((line) => !line.startsWith('{'));
console.log(`
Happy Home Connect cluster is running.
  one address (balancer): ${cluster.url}   kiosk: ${cluster.url}/kiosk
${cluster.nodes.map((node) => `  node ${node.index + 1}: ${node.url} (pid ${node.process.pid})`).join('\n')}
  PostgreSQL: ${cluster.databaseUrl}
  Redis:      ${cluster.redisUrl}
${fs.existsSync(staticDir) ? '' : '  (no pages: run npm run build:renderer first to serve the kiosk and parent pages)\n'}
${demo.join('\n').trim()}

Ctrl-C stops every process and removes the temporary folders.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping the cluster…');
    void cluster.stop().then(() => process.exit(0));
  });
}
