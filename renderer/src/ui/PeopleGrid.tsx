// The other people of a call, one tile each, on the kiosk and on the phone.
// One other person fills the screen (today's look, yourself small on top).
// Two split the screen (side by side when it is wide, one above the other on
// a phone held upright); three make a 2×2 grid with yourself as the fourth.
// Each tile names the person, and shows a calm picture with their initial
// instead of a frozen frame when their video does not come (sound only,
// camera off, reconnecting). A coloured ring marks who is speaking.
import type { ReactNode } from 'react';
import type { RemotePeerView } from '../call/CallSession';
import { RemoteSound, VideoTile } from './VideoTile';
import { avatarUrl, relationUrl } from './pictures';
import './people.css';

export interface PeopleGridProps {
  remotes: readonly RemotePeerView[];
  speaking: ReadonlySet<string>;
  /** No picture from anyone now: reconnecting, sound only by choice, or our own weak link. */
  videoHidden: boolean;
  /** What to call the person on their tile (妈妈, 爸爸, the child's name). */
  labelFor: (peer: RemotePeerView) => string;
  /** A picture for the person when their video does not come (personPicture by default), else their initial. */
  pictureFor?: (peer: RemotePeerView) => string | undefined;
  /** Said on a tile whose video does not come: 只有声音 / 摄像头关着. */
  quietText: (peer: RemotePeerView) => string;
  /** Your own tile, in the fourth cell of a 2×2 grid (three others). */
  selfTile?: ReactNode;
  /** Extra class names for the kiosk or the phone. */
  className?: string;
  onSoundBlocked?: () => void;
  onFirstFrame?: (shownAt: number) => void;
}

/** A parent's relation picture (a drawn mum, dad…), a kiosk's first child's avatar. */
export function personPicture(peer: RemotePeerView): string | undefined {
  if (peer.role === 'parent') return peer.relation ? relationUrl(peer.relation) : undefined;
  const avatar = peer.avatars?.[0];
  return avatar ? avatarUrl(avatar) : undefined;
}

/** The layout's name, also a data attribute for the CSS and for tests. */
export function peopleLayout(count: number): 'one' | 'two' | 'grid' {
  return count <= 1 ? 'one' : count === 2 ? 'two' : 'grid';
}

export function PeopleGrid(props: PeopleGridProps) {
  const { remotes, speaking } = props;
  const layout = peopleLayout(remotes.length);
  return (
    <div
      className={`people ${props.className ?? ''}`}
      data-testid="people"
      data-layout={layout}
      data-count={remotes.length}
    >
      {remotes.map((peer) => {
        const showVideo = !props.videoHidden && peer.videoOn && peer.link === 'video';
        const label = props.labelFor(peer);
        const picture = showVideo ? undefined : (props.pictureFor ?? personPicture)(peer);
        return (
          <figure
            key={peer.peerId}
            className="person"
            data-testid="person"
            data-peer-id={peer.peerId}
            data-role={peer.role}
            data-speaking={speaking.has(peer.peerId)}
            data-video={showVideo}
          >
            {showVideo ? (
              <VideoTile
                stream={peer.stream}
                muted
                className="person__video"
                testId="remote-video"
                {...(props.onFirstFrame ? { onFirstFrame: props.onFirstFrame } : {})}
              />
            ) : (
              <div className="person__calm" data-testid="person-calm">
                {picture ? (
                  <img className="person__picture" src={picture} alt="" />
                ) : (
                  <span className="person__initial" aria-hidden="true">
                    {initialOf(label)}
                  </span>
                )}
                <span className="person__quiet">{props.quietText(peer)}</span>
              </div>
            )}
            <RemoteSound
              stream={peer.stream}
              peerId={peer.peerId}
              {...(props.onSoundBlocked ? { onSoundBlocked: props.onSoundBlocked } : {})}
            />
            <figcaption className="person__name" data-testid="person-name">
              {!peer.microphoneOn && <span className="person__muted" aria-label="muted" />}
              {label}
            </figcaption>
          </figure>
        );
      })}
      {layout === 'grid' && remotes.length === 3 && props.selfTile}
    </div>
  );
}

/** The first character a child may recognise (妈 of 妈妈, 小 of 小明, M of Mum). */
function initialOf(name: string): string {
  return [...name.trim()][0]?.toUpperCase() ?? '?';
}
