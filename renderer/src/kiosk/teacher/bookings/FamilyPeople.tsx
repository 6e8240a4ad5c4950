// Who else is in a booking, picked by tapping: the family's other guardians
// (each joins from their own phone) and the child's brothers and sisters (at
// the same kiosk). Shown only when the family has anyone to add.
import type { ReactNode } from 'react';
import { MAX_CHILDREN_PER_BOOKING, MAX_GUARDIANS_PER_BOOKING } from '@hhc/common/domain';
import { familyGuardians, siblingsOf, toggleId } from '../family';
import { useTeacher } from '../TeacherContext';
import { useGuardians } from '../useGuardians';

/** A labelled row of chips; not a <label>, which would pass a tap on its words to the first chip. */
function Group(props: { label: string; children: ReactNode }) {
  return (
    <div className="t-field" role="group" aria-label={props.label}>
      <span className="t-field__label">{props.label}</span>
      {props.children}
    </div>
  );
}

export interface People {
  siblingIds: string[];
  alsoGuardianIds: string[];
}

export const nobodyElse: People = { siblingIds: [], alsoGuardianIds: [] };

export function FamilyPeople(props: {
  childId: string;
  /** The lead guardian: always in the call, so not offered again. */
  guardianId: string;
  value: People;
  onChange: (people: People) => void;
}) {
  const { kiosk, children } = useTeacher();
  const { t } = kiosk;
  const lead = children.find((c) => c.id === props.childId);
  const siblings = siblingsOf(children, props.childId);
  const family = useGuardians(lead ? [lead, ...siblings] : []);
  const guardians = familyGuardians(family.value, [props.childId, ...siblings.map((s) => s.id)]).filter(
    (g) => g.id !== props.guardianId,
  );
  const guardianOrder = guardians.map((g) => g.id);
  const siblingOrder = siblings.map((s) => s.id);
  const { value } = props;
  if (guardians.length === 0 && siblings.length === 0) return null;

  return (
    <div className="t-stack" data-testid="family-people">
      {guardians.length > 0 && (
        <Group label={t('teacher.bookings.alsoGuardians')}>
          <div className="t-chips">
            {guardians.map((g) => {
              const on = value.alsoGuardianIds.includes(g.id);
              return (
                <button
                  key={g.id}
                  type="button"
                  className={`t-chip${on ? ' t-chip--on' : ''}`}
                  aria-pressed={on}
                  data-testid="also-guardian"
                  data-name={g.displayName}
                  disabled={!on && value.alsoGuardianIds.length >= MAX_GUARDIANS_PER_BOOKING - 1}
                  onClick={() =>
                    props.onChange({
                      ...value,
                      alsoGuardianIds: toggleId(value.alsoGuardianIds, g.id, guardianOrder),
                    })
                  }
                >
                  {t(`relation.${g.relation}`)} {g.displayName}
                </button>
              );
            })}
          </div>
        </Group>
      )}
      {siblings.length > 0 && (
        <Group label={t('teacher.bookings.siblings')}>
          <div className="t-chips">
            {siblings.map((s) => {
              const on = value.siblingIds.includes(s.id);
              return (
                <button
                  key={s.id}
                  type="button"
                  className={`t-chip${on ? ' t-chip--on' : ''}`}
                  aria-pressed={on}
                  data-testid="also-sibling"
                  data-name={s.displayName}
                  disabled={!on && value.siblingIds.length >= MAX_CHILDREN_PER_BOOKING - 1}
                  onClick={() =>
                    props.onChange({ ...value, siblingIds: toggleId(value.siblingIds, s.id, siblingOrder) })
                  }
                >
                  {s.displayName}
                </button>
              );
            })}
          </div>
        </Group>
      )}
      <p className="t-muted">
        {t('teacher.bookings.familyLimit', {
          children: String(MAX_CHILDREN_PER_BOOKING),
          guardians: String(MAX_GUARDIANS_PER_BOOKING),
        })}
      </p>
    </div>
  );
}
