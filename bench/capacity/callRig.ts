// One 1:1 call inside a mediasoup worker, the way Room sets it up (one router
// per call, a sending and a receiving transport per side, each side consuming
// the other's audio and simulcast video), but over PlainTransports so a Node
// load generator can stand in for the two browsers.
import type { types } from 'mediasoup';
import { mediaCodecs } from '../../signaling-server/src/media/codecs';
import { opusParameters, vp8SimulcastParameters } from '../../tests/support/rtpFixtures';
import { LoadPeer } from './loadgen';

export interface RiggedCall {
  router: types.Router;
  peers: LoadPeer[];
  producers: types.Producer[];
  consumers: types.Consumer[];
}

/**
 * The router's capabilities without bandwidth-estimation feedback: the load
 * generator sends no transport-cc or REMB reports, and without them mediasoup
 * would cap the simulcast consumer at its initial estimate instead of
 * forwarding the top layer as it does for a browser with a good link.
 */
function receiverCapabilities(router: types.Router): types.RtpCapabilities {
  const capabilities = router.rtpCapabilities;
  return {
    codecs: (capabilities.codecs ?? []).map((codec) => ({
      ...codec,
      rtcpFeedback: (codec.rtcpFeedback ?? []).filter(
        (fb) => fb.type !== 'transport-cc' && fb.type !== 'goog-remb',
      ),
    })),
    headerExtensions: (capabilities.headerExtensions ?? []).filter(
      (extension) => !/transport-wide-cc|abs-send-time/.test(extension.uri),
    ),
  };
}

export async function openCall(worker: types.Worker): Promise<RiggedCall> {
  const router = await worker.createRouter({ mediaCodecs });
  const sides: Array<{
    peer: LoadPeer;
    send: types.PlainTransport;
    recv: types.PlainTransport;
    producers: types.Producer[];
  }> = [];
  try {
    for (const side of [0, 1]) {
      const audioSsrc = 11_111_111 + side;
      const firstVideoSsrc = 22_222_220 + side * 100;
      const peer = await LoadPeer.open(
        audioSsrc,
        [0, 1, 2].map((layer) => firstVideoSsrc + layer),
      );
      const send = await router.createPlainTransport({ listenIp: '127.0.0.1', rtcpMux: true, comedia: true });
      const recv = await router.createPlainTransport({
        listenIp: '127.0.0.1',
        rtcpMux: true,
        comedia: false,
      });
      await recv.connect({ ip: '127.0.0.1', port: peer.receivePort });
      const producers = [
        await send.produce({
          kind: 'audio',
          rtpParameters: opusParameters(audioSsrc) as types.RtpParameters,
        }),
        await send.produce({
          kind: 'video',
          rtpParameters: vp8SimulcastParameters(firstVideoSsrc) as types.RtpParameters,
        }),
      ];
      sides.push({ peer, send, recv, producers });
    }
    const rtpCapabilities = receiverCapabilities(router);
    const consumers: types.Consumer[] = [];
    for (const [index, side] of sides.entries()) {
      const other = sides[1 - index]!;
      for (const producer of other.producers) {
        const consumer = await side.recv.consume({ producerId: producer.id, rtpCapabilities });
        consumers.push(consumer);
        const ssrc = consumer.rtpParameters.encodings?.[0]?.ssrc;
        if (ssrc !== undefined) side.peer.expect(ssrc, consumer.kind);
      }
    }
    const now = performance.now();
    for (const side of sides)
      await side.peer.start(side.send.tuple.localPort, side.recv.tuple.localPort, now);
    return {
      router,
      peers: sides.map((side) => side.peer),
      producers: sides.flatMap((side) => side.producers),
      consumers,
    };
  } catch (error) {
    for (const side of sides) side.peer.close();
    router.close();
    throw error;
  }
}
