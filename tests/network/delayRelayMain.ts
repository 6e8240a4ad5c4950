// Runs a DelayRelay as its own process, so that it can live inside a network
// namespace (`ip netns exec <ns> node --import tsx delayRelayMain.ts '<json>'`).
// Prints one line of JSON with the listening ports when ready; stops on SIGTERM
// or when its parent closes stdin.
import { z } from 'zod';
import { DelayRelay } from './delayRelay';

const optionsSchema = z.object({
  delayMs: z.number().int().min(0).max(10_000),
  routes: z
    .array(
      z.object({
        protocol: z.enum(['udp', 'tcp']),
        listenHost: z.string().min(1),
        listenPort: z.number().int().min(0).max(65_535),
        targetHost: z.string().min(1),
        targetPort: z.number().int().min(1).max(65_535),
      }),
    )
    .min(1),
});

const relay = new DelayRelay(optionsSchema.parse(JSON.parse(process.argv[2] ?? '{}')));
await relay.start();
process.stdout.write(`${JSON.stringify({ ports: relay.ports })}\n`);
const stop = () => {
  relay.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
