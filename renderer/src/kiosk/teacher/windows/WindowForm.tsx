// One weekly window: weekday, start–end (typed "16:30"), slot length, calls at
// once (the kiosks in the room), and the dates it is valid between.
import { useState } from 'react';
import type { CallWindow, Weekday } from '@hhc/common/domain';
import { minutesToHhmm, parseHhmm } from '../clock';
import { useTeacher } from '../TeacherContext';
import { Button, Chips, Field, Status } from '../ui';
import { useAction } from '../useRequest';
import { instantToZoned } from '../zonedTime';
import { weekdayKey, weekdays } from './weekdays';

export function WindowForm(props: { window?: CallWindow; onDone: () => void; onCancel: () => void }) {
  const { kiosk, schoolId, timeZone } = useTeacher();
  const { client, t } = kiosk;
  const w = props.window;
  const [weekday, setWeekday] = useState<Weekday>(w?.weekday ?? 1);
  const [start, setStart] = useState(w ? minutesToHhmm(w.startMinute) : '16:00');
  const [end, setEnd] = useState(w ? minutesToHhmm(w.endMinute) : '18:00');
  const [slot, setSlot] = useState(String(w?.slotMinutes ?? 15));
  const [capacity, setCapacity] = useState(String(w?.capacity ?? 1));
  const [validFrom, setValidFrom] = useState(w?.validFrom ?? instantToZoned(Date.now(), timeZone).date);
  const [validUntil, setValidUntil] = useState(w?.validUntil ?? '');
  const action = useAction();

  const startMinute = parseHhmm(start);
  const endMinute = parseHhmm(end);
  const slotMinutes = Number(slot);
  const calls = Number(capacity);
  const problem =
    startMinute === undefined || endMinute === undefined
      ? t('teacher.windows.badTime')
      : endMinute <= startMinute
        ? t('teacher.windows.endAfterStart')
        : !Number.isInteger(slotMinutes) || slotMinutes < 5 || slotMinutes > 240
          ? t('teacher.windows.badSlot')
          : !Number.isInteger(calls) || calls < 1 || calls > 100
            ? t('teacher.windows.badCapacity')
            : validUntil && validUntil < validFrom
              ? t('teacher.windows.badDates')
              : undefined;

  const save = async () => {
    if (problem || startMinute === undefined || endMinute === undefined) return;
    const fields = {
      weekday,
      startMinute,
      endMinute,
      slotMinutes,
      capacity: calls,
      validFrom,
      validUntil: validUntil || null,
    };
    const saved = await action.run(() =>
      w
        ? client.request('window:update', { windowId: w.id, ...fields })
        : client.request('window:create', { schoolId, ...fields }),
    );
    if (saved) props.onDone();
  };

  return (
    <div className="t-subform" data-testid="window-form">
      <Field label={t('teacher.windows.weekday')}>
        <Chips
          options={weekdays}
          value={weekday}
          onPick={setWeekday}
          label={(day) => t(weekdayKey(day))}
          testId={(day) => `weekday-${day}`}
        />
      </Field>
      <div className="t-grid4">
        <Field label={t('teacher.windows.start')}>
          <input
            className="t-input"
            data-testid="window-start"
            inputMode="numeric"
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />
        </Field>
        <Field label={t('teacher.windows.end')}>
          <input
            className="t-input"
            data-testid="window-end"
            inputMode="numeric"
            value={end}
            onChange={(e) => setEnd(e.target.value)}
          />
        </Field>
        <Field label={t('teacher.windows.slotMinutes')}>
          <input
            className="t-input"
            data-testid="window-slot"
            type="number"
            min={5}
            max={240}
            value={slot}
            onChange={(e) => setSlot(e.target.value)}
          />
        </Field>
        <Field label={t('teacher.windows.capacity')}>
          <input
            className="t-input"
            data-testid="window-capacity"
            type="number"
            min={1}
            max={100}
            value={capacity}
            onChange={(e) => setCapacity(e.target.value)}
          />
        </Field>
      </div>
      <div className="t-grid2">
        <Field label={t('teacher.windows.validFrom')}>
          <input
            className="t-input"
            type="date"
            value={validFrom}
            onChange={(e) => setValidFrom(e.target.value)}
          />
        </Field>
        <Field label={t('teacher.windows.validUntil')}>
          <input
            className="t-input"
            type="date"
            value={validUntil}
            onChange={(e) => setValidUntil(e.target.value)}
          />
        </Field>
      </div>
      {problem && <p className="t-status t-status--warn">{problem}</p>}
      <div className="t-row">
        <Button
          tone="primary"
          testId="window-save"
          disabled={action.busy || problem !== undefined || !validFrom}
          onClick={() => void save()}
        >
          {t('teacher.save')}
        </Button>
        <Button onClick={props.onCancel}>{t('teacher.cancel')}</Button>
      </div>
      <Status action={action} />
    </div>
  );
}
