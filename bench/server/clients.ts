// socket.io clients for the server benchmarks, optionally from another
// loopback address (the server limits credentialed handshakes per address).
import { io, type ManagerOptions, type SocketOptions } from 'socket.io-client';
import type { SignIn, TestSocket } from '../../tests/support/socketClient';

export async function connectFrom(url: string, auth: SignIn, localAddress?: string): Promise<TestSocket> {
  // engine.io passes localAddress on to the WebSocket in Node; its types do not list it.
  const options = {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: { ...auth },
    ...(localAddress ? { localAddress } : {}),
  } as Partial<ManagerOptions & SocketOptions>;
  const socket: TestSocket = io(url, options);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error: Error) => {
      socket.disconnect();
      reject(error);
    });
  });
  return socket;
}
