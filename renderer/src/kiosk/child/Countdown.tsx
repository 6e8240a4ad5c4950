// "In 20 minutes" as a shrinking ring with the number inside, for the home screen.
import type { MessageKey, Translate } from '@hhc/common/i18n';
import { countdown, type CountdownUnit } from './ring';
import { Ring } from './Ring';

const unitKeys: Record<CountdownUnit, MessageKey> = {
  days: 'child.unit.days',
  hours: 'child.unit.hours',
  minutes: 'child.unit.minutes',
  seconds: 'child.unit.seconds',
};

export function Countdown(props: { msLeft: number; t: Translate; size: number }) {
  const left = countdown(props.msLeft);
  return (
    <Ring fraction={left.fraction} size={props.size} tone="calm" testId="countdown-ring">
      <span className="ring__value">{left.value}</span>
      <span className="ring__unit">{props.t(unitKeys[left.unit])}</span>
    </Ring>
  );
}
