// The call from the parent's side: device check first, then the call, which
// joins by itself and waits for the child. Loaded only when it is needed.
import { useState } from 'react';
import type { Translate } from '@hhc/common/i18n';
import type { SignalingClient } from '../call/SignalingClient';
import { BookedCall } from '../ui/BookedCall';
import { useLocalMedia } from '../ui/useLocalMedia';
import { canVideoCall } from './browser';
import { DeviceCheck } from './DeviceCheck';
import { PermissionHelp } from './PermissionHelp';
import { ParentActivities } from '../activities/ParentActivities';
import { WaitingTip } from '../activities/WaitingTip';

export default function CallFlow(props: {
  client: SignalingClient;
  bookingId: string;
  childName: string;
  kioskOnline: boolean;
  t: Translate;
}) {
  const media = useLocalMedia();
  const [checked, setChecked] = useState(false);
  if (!canVideoCall(window))
    return <PermissionHelp problem="unsupported" t={props.t} onRetry={() => undefined} />;
  if (!checked) return <DeviceCheck media={media} t={props.t} onReady={() => setChecked(true)} />;
  return (
    <BookedCall
      client={props.client}
      bookingId={props.bookingId}
      media={media}
      title={props.t('call.parentTitle')}
      t={props.t}
      otherName={props.childName}
      autoJoin
      extraStatus={
        <>
          {props.kioskOnline && (
            <p className="call__kiosk-online" data-testid="kiosk-online">
              {props.t('wait.kioskOnline')}
            </p>
          )}
          <WaitingTip />
        </>
      }
      activities={(call) => <ParentActivities client={props.client} callState={call.state} t={props.t} />}
    />
  );
}
