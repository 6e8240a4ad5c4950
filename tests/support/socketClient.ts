// Raw socket.io clients for integration tests: typed requests and a way to
// wait for server pushes.
import { io, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents,
  RequestName,
  RequestPayload,
  ResponseMap,
  ServerToClientEvents,
} from '../../common/protocol';
import type { Result } from '../../common/result';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface SignIn {
  kioskCredential?: string;
  guardianToken?: string;
  staffSession?: string;
}

export async function connect(url: string, auth: SignIn = {}): Promise<TestSocket> {
  const socket: TestSocket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: { ...auth },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error: Error & { data?: unknown }) => {
      socket.disconnect();
      reject(Object.assign(new Error(error.message), { data: error.data }));
    });
  });
  return socket;
}

/** Connects and expects the handshake to be refused; resolves with the refusal's code and message. */
export async function connectRefused(url: string, auth: unknown): Promise<{ code: string; message: string }> {
  const socket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: auth as Record<string, unknown>,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      socket.disconnect();
      reject(new Error('connection was accepted'));
    });
    socket.once('connect_error', (error: Error & { data?: { code: string; message: string } }) => {
      socket.disconnect();
      resolve(error.data ?? { code: 'NONE', message: error.message });
    });
  });
}

/** Logs a teacher in on a fresh connection and returns it. */
export async function connectAsTeacher(
  url: string,
  teacher: { username: string; password: string },
): Promise<TestSocket> {
  const socket = await connect(url);
  await requestOk(socket, 'session:staff-login', teacher);
  return socket;
}

/** Sends any event with any payload (hostile clients do) and returns the acknowledgement. */
export function rawRequest(
  socket: TestSocket,
  event: string,
  payload: unknown,
  timeoutMs = 5000,
): Promise<Result<unknown>> {
  const untyped = socket as unknown as Socket;
  return untyped.timeout(timeoutMs).emitWithAck(event, payload) as Promise<Result<unknown>>;
}

export async function request<K extends RequestName>(
  socket: TestSocket,
  name: K,
  payload: RequestPayload<K>,
): Promise<Result<ResponseMap[K]>> {
  return (await rawRequest(socket, name, payload)) as Result<ResponseMap[K]>;
}

export async function requestOk<K extends RequestName>(
  socket: TestSocket,
  name: K,
  payload: RequestPayload<K>,
): Promise<ResponseMap[K]> {
  const result = await request(socket, name, payload);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  timeoutMs = 5000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    (socket as unknown as Socket).once(event as string, (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

/** Emits without the protocol's types: what a hostile or broken client does. */
export function rawEmit(socket: TestSocket, event: string, ...args: unknown[]): void {
  (socket as unknown as Socket).emit(event, ...args);
}

/** Every `event` pushed to the socket from now on, in order. */
export function collect<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
): Parameters<ServerToClientEvents[E]>[0][] {
  const seen: Parameters<ServerToClientEvents[E]>[0][] = [];
  (socket as unknown as Socket).on(event as string, (payload: Parameters<ServerToClientEvents[E]>[0]) =>
    seen.push(payload),
  );
  return seen;
}
