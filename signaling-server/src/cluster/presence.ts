// "Is a kiosk of this school connected?" across every node: the school room's
// sockets as the adapter sees them (with Redis, all nodes answer). A node that
// does not answer in time (it just died) must not stop a parent's page, so
// then this node's own sockets answer alone.
import type { AppServer } from '../socket/types';

export async function anyKioskConnected(io: AppServer, schoolId: string): Promise<boolean> {
  const room = `school:${schoolId}`;
  const sockets = await io
    .in(room)
    .timeout(2_000)
    .fetchSockets()
    .catch(() => io.local.in(room).fetchSockets());
  return sockets.some((socket) => socket.data.principal?.kiosk !== undefined);
}
