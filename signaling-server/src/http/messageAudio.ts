// Voice messages over HTTP, each request carrying a ticket a socket request
// handed out after checking who asks (api/messages.ts):
//   POST /messages/upload?ticket=…&durationMs=…  the recording as the body
//   GET  /messages/audio?ticket=…                one message's audio
// An upload is read into memory only up to its sender's byte limit; its type
// comes from its bytes and its length from the container's own timestamps
// (messages/audioFile.ts). A refused upload stores nothing and answers
// UPLOAD_REFUSED with a reason: too-large, too-long, wrong-type, malformed or bad-ticket.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { maxMessageBytes, uploadQuerySchema, type UploadRefusal } from '@hhc/common/api/messages';
import { ErrorCode, fail, ok, type ErrorCode as Code } from '@hhc/common/result';
import type { AppContext } from '../api/context';
import { hashToken } from '../auth/secrets';
import { tarpit } from '../auth/tarpit';
import { checkAudio } from '../messages/audioFile';
import { maxSecondsFor } from '../messages/access';
import { clientAddress } from './clientAddress';

const KIOSK_ORIGIN = 'app://kiosk';
/** MediaRecorder stops a beat after the timer: a second of slack over the limit. */
const LENGTH_GRACE_MS = 1_000;
/** The declared length (the recorder's clock) and the measured one may differ this much. */
const DECLARED_SLACK_MS = 2_000;
/** Past this many bytes beyond the limit a client is cut off instead of being read to the end. */
const DISCARD_FACTOR = 4;

const STATUS: Record<UploadRefusal, number> = {
  'too-large': 413,
  'too-long': 422,
  'wrong-type': 415,
  malformed: 422,
  'bad-ticket': 403,
};
const TEXT: Record<UploadRefusal, string> = {
  'too-large': 'The recording is too large.',
  'too-long': 'The recording is too long.',
  'wrong-type': 'Only Opus audio in WebM or Ogg is accepted.',
  malformed: 'The recording could not be read.',
  'bad-ticket': 'This upload is not allowed; ask again.',
};

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

function refuse(response: ServerResponse, reason: UploadRefusal): void {
  send(response, STATUS[reason], fail(ErrorCode.UploadRefused, TEXT[reason], reason));
}

function answer(response: ServerResponse, status: number, code: Code, message: string): void {
  send(response, status, fail(code, message));
}

/** Reads the body up to `limit` bytes; beyond it, keeps counting (and discarding) so the answer arrives. */
function readBounded(request: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limit) chunks.push(chunk);
      else if (received > limit * DISCARD_FACTOR) {
        resolve('too-large');
        request.destroy();
      }
    });
    request.on('end', () => resolve(received > limit ? 'too-large' : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export function createMessageAudioHandler(context: AppContext) {
  /** A wrong ticket counts as a guess from the client's address, like a wrong parent link. */
  const wrongTicket = async (request: IncomingMessage) => {
    const address = clientAddress(
      request.socket.remoteAddress,
      request.headers['x-forwarded-for'],
      context.trustedProxies,
    );
    if (!(await context.limiters.tokenGuesses.fail(address, context.now()))) await tarpit();
  };

  const upload = async (request: IncomingMessage, response: ServerResponse, query: URLSearchParams) => {
    const parsed = uploadQuerySchema.safeParse(Object.fromEntries(query));
    if (!parsed.success) {
      request.resume();
      return answer(response, 400, ErrorCode.BadRequest, 'The upload needs a ticket and its length.');
    }
    const ticket = await context.store.messages.redeemTicket(
      hashToken(parsed.data.ticket),
      'upload',
      context.now(),
    );
    if (!ticket) {
      request.resume();
      await wrongTicket(request);
      return refuse(response, 'bad-ticket');
    }
    const sender = ticket.guardianId ? 'guardian' : 'child';
    const limit = maxMessageBytes(sender);
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit * DISCARD_FACTOR) {
      response.setHeader('Connection', 'close');
      refuse(response, 'too-large');
      request.destroy();
      return;
    }
    const body = await readBounded(request, limit);
    if (body === 'too-large') return refuse(response, 'too-large');
    const audio = checkAudio(body);
    if (!audio.ok) return refuse(response, audio.reason === 'type' ? 'wrong-type' : 'malformed');
    const maxMs = maxSecondsFor(sender) * 1000;
    if (audio.durationMs > maxMs + LENGTH_GRACE_MS || parsed.data.durationMs > maxMs + LENGTH_GRACE_MS)
      return refuse(response, 'too-long');
    if (Math.abs(audio.durationMs - parsed.data.durationMs) > DECLARED_SLACK_MS)
      return refuse(response, 'malformed');
    const message = await context.store.messages.create(
      {
        schoolId: ticket.schoolId,
        childId: ticket.childId,
        guardianId: ticket.guardianId,
        sender,
        mime: audio.mime,
        durationMs: Math.min(audio.durationMs, maxMs),
      },
      body,
      context.now(),
    );
    send(response, 201, ok({ id: message.id, durationMs: message.durationMs }));
  };

  const play = async (request: IncomingMessage, response: ServerResponse, query: URLSearchParams) => {
    const token = query.get('ticket') ?? '';
    const ticket = /^[A-Za-z0-9_-]{16,128}$/.test(token)
      ? await context.store.messages.redeemTicket(hashToken(token), 'play', context.now())
      : undefined;
    const audio = ticket?.messageId ? await context.store.messages.audio(ticket.messageId) : undefined;
    if (!audio) {
      await wrongTicket(request);
      return answer(response, 404, ErrorCode.NotFound, 'Message not found.');
    }
    response.writeHead(200, {
      'Content-Type': audio.mime,
      'Content-Length': audio.data.length,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(Buffer.from(audio.data));
  };

  /** Handles /messages/…; false for any other path. */
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> => {
    // The kiosk app's pages come from its own app:// origin (the same one socket.io lets in).
    if (request.headers.origin === KIOSK_ORIGIN) {
      response.setHeader('Access-Control-Allow-Origin', KIOSK_ORIGIN);
      response.setHeader('Vary', 'Origin');
    }
    if (url.pathname === '/messages/upload' && request.method === 'POST') {
      await upload(request, response, url.searchParams);
      return true;
    }
    if (url.pathname === '/messages/audio' && request.method === 'GET') {
      await play(request, response, url.searchParams);
      return true;
    }
    return false;
  };
}
