// After login: my next call as a big card with a countdown ring and a join
// button that lights up when the call may start (with the child's own picture
// from the camera beside it, already open for the call); book a time; log out.
import { useEffect, useState } from 'react';
import type { ChildHome, KioskBooking } from '@hhc/common/protocol';
import { formatWeekdayTime } from '@hhc/common/format';
import { useNow } from '../../ui/useNow';
import { useKiosk } from '../KioskContext';
import { Countdown } from './Countdown';
import { DoorIcon, CameraIcon, PlusIcon } from './Icons';
import { OfflineNote } from './OfflineNote';
import { avatarUrl, relationUrl } from '../../ui/pictures';
import { VideoTile } from '../../ui/VideoTile';
import { Picture } from './Picture';
import { canJoinNow, nextCall } from './schedule';
import { GalleryView } from '../../activities/GalleryView';
import { BrushIcon } from '../../activities/icons';
import { FamilyMessages } from './FamilyMessages';
import { FamilyLine } from './FamilyLine';
import { callWords, isFamilyCall } from './familyCall';

export function HomeScreen(props: {
  home: ChildHome | undefined;
  onJoin: (booking: KioskBooking) => void;
  onBook: () => void;
  onLogout: () => void;
  /** The camera, open while the call may start. */
  preview: MediaStream | undefined;
  onJoinable: (joinable: boolean) => void;
}) {
  const { t, locale, data, offline, bridge } = useKiosk();
  const [galleryOpen, setGalleryOpen] = useState(false);
  const now = useNow(1_000);
  const { home } = props;
  const timeZone = data?.school.timeZone ?? 'Asia/Shanghai';
  const next = home ? nextCall(home.bookings, now) : undefined;
  const open = next !== undefined && !offline && canJoinNow(next, now);
  const { onJoinable } = props;
  useEffect(() => {
    onJoinable(open);
    return () => onJoinable(false);
  }, [open, onJoinable]);

  return (
    <main className="kid kid--home" data-testid="child-home">
      <header className="kid__bar">
        {home && <Picture src={avatarUrl(home.child.avatar)} className="kid__bar-avatar" />}
        <h1 className="kid__title kid__title--inline">
          {home ? t('child.hello', { name: home.child.displayName }) : t('common.connecting')}
        </h1>
        <button className="kid__button kid__button--quiet" data-testid="logout" onClick={props.onLogout}>
          <DoorIcon />
          {t('child.logout')}
        </button>
      </header>
      {offline && <OfflineNote />}
      {home && (
        <section className="kid__card" data-testid="next-call" data-open={open}>
          {next ? (
            <>
              {/* A family call shows everyone's faces under the title instead of one picture. */}
              {!isFamilyCall(next) && (
                <Picture src={relationUrl(next.guardianRelation)} className="kid__card-picture" />
              )}
              <div className="kid__card-body">
                <p className="kid__card-label">{t('child.nextCall')}</p>
                <p className="kid__card-title" data-testid="next-call-title">
                  {t('child.callWith', {
                    relation: callWords(next, t, locale),
                    time: formatWeekdayTime(next.startAt, timeZone, locale),
                  })}
                </p>
                <FamilyLine booking={next} viewerId={home.child.id} />
                {next.status === 'requested' && (
                  <p className="kid__card-note">{t('child.waitForApproval')}</p>
                )}
                <button
                  className="kid__button kid__button--go kid__button--huge"
                  data-testid="join-call"
                  disabled={!open}
                  onClick={() => props.onJoin(next)}
                >
                  <CameraIcon />
                  {open ? t('child.joinNow') : t('child.notYet')}
                </button>
              </div>
              {!open && <Countdown msLeft={next.startAt - now} t={t} size={200} />}
              {open && props.preview && (
                <VideoTile stream={props.preview} muted className="kid__preview" testId="self-preview" />
              )}
            </>
          ) : (
            <p className="kid__card-title" data-testid="no-call">
              {t('child.noCall')}
            </p>
          )}
        </section>
      )}
      {home && <FamilyMessages />}
      <button
        className="kid__button kid__button--book"
        data-testid="book"
        disabled={!home || offline}
        onClick={props.onBook}
      >
        <PlusIcon />
        {t('child.book')}
      </button>
      {/* The drawings kept from calls live on this computer: only the kiosk app has them. */}
      {bridge && home && (
        <button
          className="kid__button kid__button--book"
          data-testid="my-drawings"
          onClick={() => setGalleryOpen(true)}
        >
          <BrushIcon />
          {t('activity.myDrawings')}
        </button>
      )}
      {galleryOpen && bridge && home && (
        <GalleryView bridge={bridge} childId={home.child.id} t={t} onClose={() => setGalleryOpen(false)} />
      )}
    </main>
  );
}
