// The kiosk's pairing with its school's server, as the page hands it to the
// main process to keep.
import { z } from 'zod';

export const pairingSchema = z
  .object({
    serverUrl: z
      .string()
      .max(2048)
      .refine((value) => /^https?:$/.test(safeUrl(value)?.protocol ?? ''), 'must be an http(s) URL'),
    credential: z.string().min(16).max(128),
  })
  .strict();
export type Pairing = z.infer<typeof pairingSchema>;

function safeUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
