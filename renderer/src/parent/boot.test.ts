import { describe, expect, it } from 'vitest';
import { parentBootElement, type ParentBoot } from '@hhc/common/parentBoot';
import { readParentBoot } from './boot';

/** Just enough of a Document for the reader: one element's text by id. */
function pageWith(text: string | undefined): Document {
  return { getElementById: () => (text === undefined ? null : { textContent: text }) } as unknown as Document;
}

/** The element's text as a browser would give it from the server's markup. */
function textOf(boot: ParentBoot): string {
  return /<script[^>]*>(.*)<\/script>/s.exec(parentBootElement(boot))![1]!;
}

const overview = {
  child: { displayName: '小明</script>', avatar: 'panda' },
  guardian: { relation: 'mother', displayName: '王丽' },
  school: { name: '阳光小学', timeZone: 'Asia/Shanghai' },
  calls: [{ id: 'b1', startAt: 1, endAt: 2, status: 'confirmed', joinableFrom: 0 }],
  canRequest: true,
  kioskOnline: false,
} as const;

describe('the data inlined into the parent page', () => {
  it('reads back what the server wrote, names included', () => {
    expect(readParentBoot(pageWith(textOf({ overview })))).toEqual({ overview });
    expect(readParentBoot(pageWith(textOf({ invalid: true })))).toEqual({ invalid: true });
  });

  it('treats anything unexpected as nothing inlined, so the page asks the server itself', () => {
    for (const text of [undefined, '', 'not json', '[]', 'null', '{"invalid":"yes"}', '{"overview":{}}']) {
      expect(readParentBoot(pageWith(text))).toBeUndefined();
    }
    const broken = { ...overview, calls: [{ id: 'b1', startAt: '1' }] };
    expect(readParentBoot(pageWith(JSON.stringify({ overview: broken })))).toBeUndefined();
  });
});
