// One booked call on screen: camera and microphone, the call session and the
// call screen.
import { useEffect, type ReactNode } from 'react';
import type { Translate } from '@hhc/common/i18n';
import type { CallClosedReason } from '@hhc/common/protocol';
import { CallState } from '../call/CallSession';
import type { SignalingClient } from '../call/SignalingClient';
import { CallScreen } from './CallScreen';
import type { LocalMedia } from './useLocalMedia';
import { useCallSession, type CallView } from './useCallSession';
import type { ExpectedPerson } from './peopleNames';

export function BookedCall(props: {
  client: SignalingClient;
  bookingId: string;
  media: LocalMedia;
  title: string;
  t: Translate;
  /** Who the other side is, for the waiting screen ("小明马上就来"). */
  otherName?: string;
  /** Everyone else the booking includes (a family call): the screen says who is still coming. */
  expected?: readonly ExpectedPerson[];
  autoJoin?: boolean;
  extraStatus?: ReactNode;
  /** The call is over for this screen: hung up, ended by the server (and why), or it could not connect. */
  onFinished?: (how: FinishedState, closedReason: CallClosedReason | undefined) => void;
  /** What the call screen shows besides the faces (books, drawing, cards), given the call. */
  activities?: (call: CallView) => ReactNode;
}) {
  const call = useCallSession(props.client, props.bookingId, props.media.stream, {
    autoJoin: props.autoJoin ?? false,
  });
  const { onFinished } = props;
  useEffect(() => {
    if (isFinished(call.state)) onFinished?.(call.state, call.closedReason);
  }, [call.state, call.closedReason, onFinished]);
  return (
    <CallScreen
      call={call}
      t={props.t}
      title={props.title}
      media={props.media}
      {...(props.otherName ? { otherName: props.otherName } : {})}
      {...(props.expected ? { expected: props.expected } : {})}
      autoJoin={props.autoJoin ?? false}
      extraStatus={props.extraStatus}
      activities={props.activities?.(call)}
    />
  );
}

export type FinishedState = typeof CallState.Ended | typeof CallState.Failed | typeof CallState.CannotConnect;

function isFinished(state: CallState): state is FinishedState {
  return state === CallState.Ended || state === CallState.Failed || state === CallState.CannotConnect;
}
