// The one connection to the signalling server per app. React components never
// touch the socket: they use this client's typed requests and events.
import { io, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents,
  HandshakeAuth,
  RequestName,
  RequestPayload,
  ResponseMap,
  ServerToClientEvents,
} from '@hhc/common/protocol';
import { AppError, ErrorCode, type ErrorInfo, type Result } from '@hhc/common/result';
import { ConnectionState } from './connectionState';
import { Emitter } from './Emitter';

export { ConnectionState };

/** How long one request may wait for its acknowledgement. */
export const REQUEST_TIMEOUT_MS = 10_000;
/** How long one connection attempt may take before socket.io tries again. */
export const CONNECT_TIMEOUT_MS = 8_000;
/** Reconnection backs off from the first to the second value. */
export const RECONNECT_DELAY_MS = 500;
export const RECONNECT_DELAY_MAX_MS = 4_000;
/** After "too many attempts" the server's window is five minutes; try again after one. */
export const RATE_LIMITED_RETRY_MS = 60_000;

/** One request's timing, kept so that a page can report how the join went. */
export interface RequestTiming {
  name: RequestName;
  startedAt: number;
  endedAt: number;
}

type ServerEvents = { [E in keyof ServerToClientEvents]: Parameters<ServerToClientEvents[E]> };

export class SignalingClient {
  private readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private readonly stateEvents = new Emitter<{ change: [ConnectionState] }>();
  private readonly serverEvents = new Emitter<ServerEvents>();
  private currentState: ConnectionState = ConnectionState.Connecting;
  readonly timings: RequestTiming[] = [];
  /** Why the server refused the connection, when the state is Refused. */
  refusal: ErrorInfo | undefined;

  constructor(url: string, auth: HandshakeAuth = {}) {
    this.socket = io(url, {
      auth: { ...auth },
      // WebSocket first: polling first would add round trips before a call can start.
      transports: ['websocket', 'polling'],
      tryAllTransports: true,
      timeout: CONNECT_TIMEOUT_MS,
      reconnectionDelay: RECONNECT_DELAY_MS,
      reconnectionDelayMax: RECONNECT_DELAY_MAX_MS,
    });
    this.socket.on('connect', () => this.setState(ConnectionState.Connected));
    this.socket.on('disconnect', (reason) => {
      if (this.currentState === ConnectionState.Closed || this.currentState === ConnectionState.Refused)
        return;
      this.setState(ConnectionState.Reconnecting);
      // socket.io gives up when the server closed the connection itself (a restart, a kicked
      // socket). Try again: if we are no longer welcome, the handshake says so (Refused).
      if (reason === 'io server disconnect') {
        setTimeout(() => {
          if (this.currentState === ConnectionState.Reconnecting) this.socket.connect();
        }, RECONNECT_DELAY_MS);
      }
    });
    this.socket.on('connect_error', (error: Error & { data?: Partial<ErrorInfo> }) => {
      // socket.io stops retrying when the server's middleware said no: that is a refusal, not a network problem.
      if (!this.socket.active) {
        this.refusal = {
          code: (error.data?.code as ErrorInfo['code'] | undefined) ?? ErrorCode.Unauthorized,
          message: error.data?.message ?? error.message,
        };
        this.setState(ConnectionState.Refused);
        // Refused for now only (too many attempts from this address): try again later by itself.
        if (this.refusal.code === ErrorCode.RateLimited) {
          setTimeout(() => {
            if (this.currentState !== ConnectionState.Refused) return;
            this.setState(ConnectionState.Reconnecting);
            this.socket.connect();
          }, RATE_LIMITED_RETRY_MS);
        }
      } else if (this.currentState === ConnectionState.Connected) {
        this.setState(ConnectionState.Reconnecting);
      }
    });
    const names: Array<keyof ServerToClientEvents> = [
      'peer:joined',
      'peer:left',
      'media:consumer-new',
      'media:consumer-closed',
      'media:consumer-paused',
      'media:link-state',
      'call:closed',
      'activity:acted',
      'schedule:changed',
      'alert:pin-locked',
    ];
    for (const name of names) {
      this.socket.on(name, ((...args: ServerEvents[typeof name]) =>
        this.serverEvents.emit(name, ...args)) as never);
    }
  }

  get state(): ConnectionState {
    return this.currentState;
  }

  private setState(state: ConnectionState): void {
    if (state === this.currentState) return;
    this.currentState = state;
    this.stateEvents.emit('change', state);
  }

  onStateChange(listener: (state: ConnectionState) => void): () => void {
    return this.stateEvents.on('change', listener);
  }

  on<E extends keyof ServerToClientEvents>(event: E, listener: ServerToClientEvents[E]): () => void {
    return this.serverEvents.on(event, listener as (...args: ServerEvents[E]) => void);
  }

  /** Resolves once connected (or at once if already); rejects on a refusal or after the timeout. */
  waitUntilConnected(timeoutMs = CONNECT_TIMEOUT_MS * 2): Promise<void> {
    if (this.currentState === ConnectionState.Connected) return Promise.resolve();
    if (this.currentState === ConnectionState.Refused) return Promise.reject(this.refusalError());
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new AppError(ErrorCode.Disconnected, 'Cannot reach the server.'));
      }, timeoutMs);
      const off = this.onStateChange((state) => {
        if (state === ConnectionState.Refused) {
          clearTimeout(timer);
          off();
          reject(this.refusalError());
        }
        if (state !== ConnectionState.Connected) return;
        clearTimeout(timer);
        off();
        resolve();
      });
    });
  }

  private refusalError(): AppError {
    return new AppError(this.refusal?.code ?? ErrorCode.Unauthorized, this.refusal?.message ?? 'Refused.');
  }

  /** Sends one request; resolves with its value or throws an AppError with the server's code. */
  async request<K extends RequestName>(name: K, payload: RequestPayload<K>): Promise<ResponseMap[K]> {
    if (!this.socket.connected) throw new AppError(ErrorCode.Disconnected, 'Not connected to the server.');
    const startedAt = performance.now();
    let result: Result<ResponseMap[K]>;
    try {
      // socket.io's typings cannot follow a generic event name; the protocol types above can.
      const timed = this.socket.timeout(REQUEST_TIMEOUT_MS) as unknown as {
        emitWithAck(event: K, payload: RequestPayload<K>): Promise<Result<ResponseMap[K]>>;
      };
      result = await timed.emitWithAck(name, payload);
    } catch (error) {
      throw new AppError(ErrorCode.Timeout, `The server did not answer ${name} in time.`, { cause: error });
    }
    this.timings.push({ name, startedAt, endedAt: performance.now() });
    if (!result.ok) {
      const { code, message, reason } = result.error;
      throw new AppError(code, message, {
        reason: typeof reason === 'string' ? reason.slice(0, 64) : undefined,
      });
    }
    return result.value;
  }

  /**
   * Changes what the next handshake presents, e.g. a teacher's session after
   * logging in on a kiosk, so a reconnect does not silently log her out.
   */
  updateAuth(changes: HandshakeAuth): void {
    const next: Record<string, unknown> = { ...(this.socket.auth as Record<string, unknown>), ...changes };
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    this.socket.auth = next;
  }

  private capabilities: Promise<ResponseMap['call:capabilities']> | undefined;

  /**
   * The media router's capabilities, fetched once per connection. Screens call
   * this while people look at them, so that pressing "join" costs one round trip less.
   */
  routerCapabilities(): Promise<ResponseMap['call:capabilities']> {
    this.capabilities ??= this.request('call:capabilities', {}).catch((error: unknown) => {
      this.capabilities = undefined; // a failure is not cached
      throw error;
    });
    return this.capabilities;
  }

  close(): void {
    this.setState(ConnectionState.Closed);
    this.socket.disconnect();
    this.stateEvents.clear();
    this.serverEvents.clear();
  }
}
