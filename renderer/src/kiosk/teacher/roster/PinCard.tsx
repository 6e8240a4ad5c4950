// A new picture-PIN for a child (the old one is never shown: only its hash is kept).
import { useState } from 'react';
import type { ChildRecord } from '@hhc/common/records';
import { useTeacher } from '../TeacherContext';
import { Button, Card, Status } from '../ui';
import { useAction } from '../useRequest';
import { PIN_LENGTH, PinPicker } from './PinPicker';

export function PinCard(props: { child: ChildRecord }) {
  const { kiosk, reloadChildren } = useTeacher();
  const { client, t } = kiosk;
  const [pin, setPin] = useState<number[]>([]);
  const action = useAction();
  const save = async () => {
    const done = await action.run(
      () => client.request('child:set-pin', { childId: props.child.id, pin }),
      t('teacher.pin.saved'),
    );
    if (!done) return;
    setPin([]);
    reloadChildren();
  };
  return (
    <Card title={props.child.hasPin ? t('teacher.pin.change') : t('teacher.pin.set')} testId="pin-card">
      <PinPicker value={pin} onChange={setPin} />
      <Button
        tone="primary"
        testId="pin-save"
        disabled={action.busy || pin.length !== PIN_LENGTH}
        onClick={() => void save()}
      >
        {t('teacher.pin.save')}
      </Button>
      <Status action={action} />
    </Card>
  );
}
