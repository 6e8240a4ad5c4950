// A call's send or receive transport over mediasoup-client, wired to the
// signalling server: DTLS parameters and new producers go to the server; the
// transport's connection state comes back to the session.
import type { types } from 'mediasoup-client';
import type { JoinAnswer } from '@hhc/common/protocol';
import type { SignalingClient } from './SignalingClient';

export interface TransportHooks {
  signaling: SignalingClient;
  /** ICE checks begin now (the local description follows the 'connect' callback). */
  iceStarting(): void;
  /** A transport of an earlier join must not speak for the current one. */
  isCurrent(transport: types.Transport): boolean;
  connected(): void;
  failed(transport: types.Transport): void;
  reportError(error: unknown): void;
}

export function createCallTransport(
  device: types.Device,
  direction: 'send' | 'recv',
  params: JoinAnswer['sendTransport'],
  hooks: TransportHooks,
): types.Transport {
  const transportOptions = params as unknown as types.TransportOptions;
  const transport =
    direction === 'send'
      ? device.createSendTransport(transportOptions)
      : device.createRecvTransport(transportOptions);
  transport.on('connect', ({ dtlsParameters }, callback) => {
    // Not waiting for the server's answer saves a whole round trip on a long
    // link: the parameters leave now, ahead of any DTLS packet, which follows
    // only after ICE's own round trip. A refusal is reported; the transport
    // then never connects and the connect clock or an ICE restart takes over.
    hooks.signaling
      .request('transport:connect', { transportId: transport.id, dtlsParameters })
      .catch(hooks.reportError);
    // mediasoup-client applies the local description right after this
    // callback, which is when ICE checks begin: a deterministic mark.
    hooks.iceStarting();
    callback();
  });
  if (direction === 'send') {
    transport.on('produce', ({ kind, rtpParameters, appData }, callback, errback) => {
      const source = (appData as { source: 'camera' | 'microphone' }).source;
      hooks.signaling
        .request('media:produce', {
          transportId: transport.id,
          kind,
          source,
          rtpParameters: rtpParameters as never,
        })
        .then(({ producerId }) => callback({ id: producerId }), errback);
    });
  }
  transport.on('connectionstatechange', (state) => {
    if (!hooks.isCurrent(transport)) return;
    if (state === 'connected') hooks.connected();
    if (state === 'failed') hooks.failed(transport);
  });
  return transport;
}
