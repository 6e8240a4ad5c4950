// One booked call on screen: camera and microphone, the call session and the
// call screen. Leaving returns to the page that opened it.
import type { Translate } from '@hhc/common/i18n';
import type { SignalingClient } from '../call/SignalingClient';
import { CallScreen } from './CallScreen';
import { useCallSession } from './useCallSession';

export function BookedCall(props: {
  client: SignalingClient;
  bookingId: string;
  title: string;
  t: Translate;
}) {
  const call = useCallSession(props.client, props.bookingId);
  return <CallScreen call={call} t={props.t} title={props.title} />;
}
