// The picture-PIN as the child will tap it: three of the nine pictures, in order
// (a picture may repeat, as on the child's pad).
import { pinPictures } from '@hhc/common/avatars';
import { Picture } from '../Picture';
import { useTeacher } from '../TeacherContext';
import { Button } from '../ui';

export const PIN_LENGTH = 3;

export function PinPicker(props: { value: number[]; onChange: (pin: number[]) => void }) {
  const { t } = useTeacher().kiosk;
  return (
    <div className="t-pin">
      <div className="t-pin__chosen" data-testid="pin-chosen">
        {Array.from({ length: PIN_LENGTH }, (_, i) => {
          const index = props.value[i];
          return (
            <span key={i} className="t-pin__slot">
              {index === undefined ? '?' : <Picture kind="pin" name={pinPictures[index]!} />}
            </span>
          );
        })}
        <Button small onClick={() => props.onChange([])} disabled={props.value.length === 0}>
          {t('teacher.pin.clear')}
        </Button>
      </div>
      <div className="t-pin__pad">
        {pinPictures.map((name, index) => (
          <button
            key={name}
            type="button"
            className="t-pictures__item"
            data-testid={`pin-${index}`}
            disabled={props.value.length >= PIN_LENGTH}
            onClick={() => props.onChange([...props.value, index])}
          >
            <Picture kind="pin" name={name} />
          </button>
        ))}
      </div>
    </div>
  );
}
