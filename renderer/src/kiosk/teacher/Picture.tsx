// A child's avatar or a PIN picture: the drawn SVG when it exists, otherwise
// its name in words, so the screens work before the drawings arrive.
import { avatars, pinPictures, type Avatar } from '@hhc/common/avatars';
import type { Translate } from '@hhc/common/i18n';
import { useTeacher } from './TeacherContext';
import { avatarUrl, pinUrlByName as pinUrl } from '../../ui/pictures';

type PinPicture = (typeof pinPictures)[number];

export function Picture(props: { kind: 'avatar' | 'pin'; name: string; size?: 'small' | 'large' }) {
  const { t } = useTeacher().kiosk;
  const url = props.kind === 'avatar' ? avatarUrl(props.name) : pinUrl(props.name);
  const label = pictureLabel(props.kind, props.name, t);
  const className = `t-picture t-picture--${props.size ?? 'small'}`;
  if (url) return <img className={className} src={url} alt={label} title={label} />;
  return (
    <span className={`${className} t-picture--word`} title={label}>
      {label}
    </span>
  );
}

export function pictureLabel(kind: 'avatar' | 'pin', name: string, t: Translate): string {
  if (kind === 'avatar' && (avatars as readonly string[]).includes(name))
    return t(`teacher.avatar.${name as Avatar}`);
  if (kind === 'pin' && (pinPictures as readonly string[]).includes(name))
    return t(`teacher.pin.${name as PinPicture}`);
  return name; // a name outside the known set (older data) shows as it is
}
