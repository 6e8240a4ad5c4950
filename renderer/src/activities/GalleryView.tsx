// The child's own drawings kept from calls, big, newest first: something to
// look at before the next call. Only on the kiosk app (the drawings stay on
// this computer).
import { useEffect, useState } from 'react';
import type { Translate } from '@hhc/common/i18n';
import type { KioskApi } from '@hhc/common/kiosk/ipc';
import { CloseButton } from './icons';
import './gallery.css';

/** Enough to fill the screen twice; older ones stay in the folder. */
const SHOWN = 24;

export function GalleryView(props: { bridge: KioskApi; childId: string; t: Translate; onClose: () => void }) {
  const { bridge, childId } = props;
  const [drawings, setDrawings] = useState<Array<{ id: string; url: string }>>();
  useEffect(() => {
    let live = true;
    void (async () => {
      const list = await bridge.gallery.list({ childId });
      if (!list.ok) return live && setDrawings([]);
      const shown: Array<{ id: string; url: string }> = [];
      for (const drawing of list.value.slice(0, SHOWN)) {
        const read = await bridge.gallery.read({ childId, id: drawing.id });
        if (read.ok)
          shown.push({
            id: drawing.id,
            url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(read.value.svg)}`,
          });
      }
      if (live) setDrawings(shown);
    })();
    return () => {
      live = false;
    };
  }, [bridge, childId]);

  return (
    <div className="act-gallery" data-testid="gallery" role="dialog">
      <ul className="act-gallery__grid">
        {drawings?.map((drawing) => (
          <li key={drawing.id}>
            <img src={drawing.url} alt="" data-testid="gallery-drawing" />
          </li>
        ))}
      </ul>
      <CloseButton testId="gallery-close" label={props.t('activity.close')} onClick={props.onClose} />
    </div>
  );
}
