// Children choose no photo: one of the app's own pictures.
import { avatars } from '@hhc/common/avatars';
import { Picture } from '../Picture';

export function AvatarPicker(props: { value: string; onChange: (avatar: string) => void }) {
  return (
    <div className="t-pictures" role="radiogroup">
      {avatars.map((name) => (
        <button
          key={name}
          type="button"
          role="radio"
          aria-checked={props.value === name}
          className={`t-pictures__item${props.value === name ? ' t-pictures__item--on' : ''}`}
          data-testid={`avatar-${name}`}
          onClick={() => props.onChange(name)}
        >
          <Picture kind="avatar" name={name} />
        </button>
      ))}
    </div>
  );
}
