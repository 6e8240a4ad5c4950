// One participant of a call: its two transports and the producers and
// consumers that hang off them. Closing the transports closes the rest.
import type { types } from 'mediasoup';
import type { PeerInfo, PeerRole } from '@hhc/common/protocol';
import type { RtpCapabilities } from '@hhc/common/mediaSchemas';

export class Peer {
  readonly producers = new Map<string, types.Producer>();
  readonly consumers = new Map<string, types.Consumer>();
  /** Set once any transport's DTLS is connected: media works for this peer. */
  mediaConnected = false;
  connectTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly id: string,
    readonly role: PeerRole,
    readonly displayName: string,
    readonly rtpCapabilities: RtpCapabilities,
    readonly sendTransport: types.WebRtcTransport,
    readonly recvTransport: types.WebRtcTransport,
  ) {}

  get info(): PeerInfo {
    return { peerId: this.id, role: this.role, displayName: this.displayName };
  }

  transport(transportId: string): types.WebRtcTransport | undefined {
    if (this.sendTransport.id === transportId) return this.sendTransport;
    if (this.recvTransport.id === transportId) return this.recvTransport;
    return undefined;
  }

  close(): void {
    clearTimeout(this.connectTimer);
    this.sendTransport.close();
    this.recvTransport.close();
    this.producers.clear();
    this.consumers.clear();
  }
}
