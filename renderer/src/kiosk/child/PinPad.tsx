// The picture-PIN: nine pictures, tap three. Three slots fill up as the child
// taps; a big arrow takes the last one back; a wrong PIN shakes gently and
// starts again. No typing anywhere.
import { useEffect, useRef, useState } from 'react';
import { pinPictures } from '@hhc/common/avatars';
import type { RosterChild } from '@hhc/common/protocol';
import { AppError, ErrorCode } from '@hhc/common/result';
import { useKiosk } from '../KioskContext';
import { BackIcon, UndoIcon } from './Icons';
import { OfflineNote } from './OfflineNote';
import { avatarUrl, pinUrl } from '../../ui/pictures';
import { Picture } from './Picture';

export const PIN_LENGTH = 3;
/** The server's PIN lock (5 wrong tries) lasts a minute. */
export const PIN_LOCK_MS = 60_000;

export interface ChildSession {
  childId: string;
  displayName: string;
}

type Status = 'picking' | 'checking' | 'wrong';

export function PinPad(props: {
  child: RosterChild;
  onSuccess: (child: ChildSession) => void;
  onLocked: (until: number) => void;
  onBack: () => void;
}) {
  const { client, offline, t } = useKiosk();
  const [digits, setDigits] = useState<number[]>([]);
  const [status, setStatus] = useState<Status>('picking');
  const [attempt, setAttempt] = useState(0);
  const { child } = props;
  // The answer must reach the latest callbacks without the check itself re-running (and
  // being sent twice) whenever the screen around the pad re-renders.
  const callbacks = useRef({ onSuccess: props.onSuccess, onLocked: props.onLocked });
  callbacks.current = { onSuccess: props.onSuccess, onLocked: props.onLocked };

  useEffect(() => {
    if (digits.length < PIN_LENGTH) return undefined;
    let alive = true;
    setStatus('checking');
    client.request('child:login', { childId: child.id, pin: digits }).then(
      (session) =>
        alive && callbacks.current.onSuccess({ childId: session.childId, displayName: session.displayName }),
      (error: unknown) => {
        if (!alive) return;
        const code = error instanceof AppError ? error.code : undefined;
        if (code === ErrorCode.PinLocked) callbacks.current.onLocked(Date.now() + PIN_LOCK_MS);
        setDigits([]);
        setStatus('wrong');
        setAttempt((n) => n + 1); // a new key restarts the shake animation
      },
    );
    return () => {
      alive = false;
    };
  }, [digits, client, child.id]);

  const tap = (index: number) => {
    if (status === 'checking' || digits.length >= PIN_LENGTH) return;
    setStatus('picking');
    setDigits((current) => [...current, index]);
  };

  return (
    <main className="kid kid--pin" data-testid="pin-pad">
      <header className="kid__bar">
        <button className="kid__button kid__button--back" data-testid="pin-back" onClick={props.onBack}>
          <BackIcon />
          {t('child.back')}
        </button>
        <Picture src={avatarUrl(child.avatar)} className="kid__pin-avatar" />
        <h1 className="kid__title kid__title--inline">{t('child.pinTitle', { name: child.displayName })}</h1>
      </header>
      {offline && <OfflineNote />}
      <div className="kid__pin-row">
        <ol
          key={attempt}
          className={`kid__slots${status === 'wrong' ? ' kid__slots--shake' : ''}`}
          data-testid="pin-slots"
          data-filled={digits.length}
        >
          {Array.from({ length: PIN_LENGTH }, (_, i) => (
            <li key={i} className="kid__slot" data-filled={i < digits.length}>
              {i < digits.length && <Picture src={pinUrl(digits[i]!)} className="kid__slot-picture" />}
            </li>
          ))}
        </ol>
        <button
          className="kid__button kid__button--undo"
          data-testid="pin-undo"
          aria-label={t('child.undo')}
          disabled={digits.length === 0 || status === 'checking'}
          onClick={() => setDigits((current) => current.slice(0, -1))}
        >
          <UndoIcon />
        </button>
      </div>
      <p className="kid__pin-status" role="status" data-testid="pin-status">
        {status === 'wrong' ? t('child.wrongPin') : status === 'checking' ? t('child.checking') : '\u00a0'}
      </p>
      <div className="kid__pad">
        {pinPictures.map((name, index) => (
          <button
            key={name}
            className="kid__pad-key"
            data-testid={`pin-${index}`}
            aria-label={name}
            disabled={offline || status === 'checking'}
            onClick={() => tap(index)}
          >
            <Picture src={pinUrl(index)} className="kid__pad-picture" />
          </button>
        ))}
      </div>
    </main>
  );
}
