/// <reference types="vite/client" />
// The app's own pictures (drawn shapes, never photos), bundled by Vite as
// URLs. Unknown names fall back to a friendly default rather than a broken image.
import type { GuardianRelation } from '@hhc/common/domain';
import { pinPictures } from '@hhc/common/avatars';
import type { Feeling } from '@hhc/common/kiosk/callLog';

/** '…/resources/avatars/panda.svg' → 'panda' */
function byName(files: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(files).map(([file, url]) => [file.replace(/^.*\/|\.svg$/g, ''), url]));
}

// Vite needs each glob written out literally.
const avatars = byName(
  import.meta.glob<string>('../../../resources/avatars/*.svg', {
    eager: true,
    query: '?url',
    import: 'default',
  }),
);
const pins = byName(
  import.meta.glob<string>('../../../resources/pin/*.svg', {
    eager: true,
    query: '?url',
    import: 'default',
  }),
);
const feelingPictures = byName(
  import.meta.glob<string>('../../../resources/feelings/*.svg', {
    eager: true,
    query: '?url',
    import: 'default',
  }),
);
const relations = byName(
  import.meta.glob<string>('../../../resources/relation/*.svg', {
    eager: true,
    query: '?url',
    import: 'default',
  }),
);
const scenes = byName(
  import.meta.glob<string>('../../../resources/child/*.svg', {
    eager: true,
    query: '?url',
    import: 'default',
  }),
);

export function avatarUrl(name: string): string | undefined {
  return avatars.get(name) ?? avatars.get('star');
}

/** The picture for PIN digit `index` (its place on the pad). */
export function pinUrl(index: number): string | undefined {
  return pins.get(pinPictures[index] ?? '');
}

export function pinUrlByName(name: string): string | undefined {
  return pins.get(name);
}

export function feelingUrl(feeling: Feeling): string | undefined {
  return feelingPictures.get(feeling ?? '');
}

export function relationUrl(relation: GuardianRelation): string | undefined {
  return relations.get(relation) ?? relations.get('other');
}

export type Scene = 'offline' | 'hourglass' | 'teacher' | 'wifi' | 'parent-coming' | 'phone';

export function sceneUrl(scene: Scene): string | undefined {
  return scenes.get(scene);
}
