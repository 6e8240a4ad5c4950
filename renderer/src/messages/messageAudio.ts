// Sends and fetches a message's audio over HTTP with a ticket from the socket.
// The body is sent as bytes without a Content-Type (a "simple" request: no
// CORS preflight from the kiosk's app:// origin); the server reads the type
// from the bytes anyway.
import type { SignalingClient } from '../call/SignalingClient';

export async function sendMessage(
  client: SignalingClient,
  server: string,
  recording: { blob: Blob; durationMs: number },
): Promise<void> {
  const ticket = await client.request('message:upload-ticket', {});
  const response = await fetch(new URL(`${ticket.url}&durationMs=${recording.durationMs}`, server), {
    method: 'POST',
    body: await recording.blob.arrayBuffer(),
  });
  if (!response.ok) throw new Error(`upload refused: ${response.status}`);
}

/** Plays one message and tells the server it was heard (when the asker is its receiver). */
export async function playMessage(
  client: SignalingClient,
  server: string,
  messageId: string,
  markHeard: boolean,
): Promise<HTMLAudioElement> {
  const ticket = await client.request('message:play-ticket', { messageId });
  const response = await fetch(new URL(ticket.url, server));
  if (!response.ok) throw new Error(`audio refused: ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const audio = new Audio(url);
  audio.addEventListener('ended', () => URL.revokeObjectURL(url), { once: true });
  await audio.play();
  if (markHeard) await client.request('message:heard', { messageId }).catch(() => undefined);
  return audio;
}

/**
 * Plays a message shown in a list (marking it heard the first time) and calls `reload` when it has played,
 * so the list shows it heard; a message that cannot play leaves the list as it is.
 */
export function playListed(
  client: SignalingClient,
  server: string,
  message: { id: string; heardAt: number | null },
  reload: () => void,
): void {
  playMessage(client, server, message.id, message.heardAt === null).then(
    (audio) => audio.addEventListener('ended', reload, { once: true }),
    () => undefined,
  );
}
