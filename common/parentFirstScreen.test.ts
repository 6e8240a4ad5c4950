import { describe, expect, it } from 'vitest';
import { translator } from './i18n';
import type { ParentCall, ParentOverview } from './protocol';
import { renderParentFirstScreen } from './parentFirstScreen';

const call = (people: Pick<ParentCall, 'children' | 'guardians'>): ParentCall => ({
  id: 'b1',
  startAt: Date.UTC(2030, 5, 5, 8, 0),
  endAt: Date.UTC(2030, 5, 5, 8, 15),
  status: 'confirmed',
  joinableFrom: Date.UTC(2030, 5, 5, 7, 50),
  ...people,
});

function page(calls: ParentCall[]) {
  const overview: ParentOverview = {
    child: { displayName: '小明', avatar: 'panda' },
    guardian: { relation: 'mother', displayName: '王丽' },
    school: { name: '希望小学', timeZone: 'Asia/Shanghai' },
    calls,
    canRequest: false,
    kioskOnline: false,
  };
  return renderParentFirstScreen({
    overview,
    token: 'tok',
    now: Date.UTC(2030, 5, 1),
    t: translator('zh-CN'),
    locale: 'zh-CN',
    avatarUrl: undefined,
  });
}

describe('the parent page’s first screen', () => {
  it('names who else is in a family call, leaving out this guardian and the page’s child', () => {
    const html = page([
      call({
        children: [
          { displayName: '小明', avatar: 'panda' },
          { displayName: '小红', avatar: 'cat' },
        ],
        guardians: [
          { relation: 'father', displayName: '李强' },
          { relation: 'mother', displayName: '王丽' },
        ],
      }),
    ]);
    expect(html).toContain(
      '<span class="calls__people" data-testid="call-people">和爸爸一起 · 和小红一起</span>',
    );
  });

  it('says nothing more for a call with this guardian alone, and escapes names typed by teachers', () => {
    const alone = page([
      call({
        children: [{ displayName: '小明', avatar: 'panda' }],
        guardians: [{ relation: 'mother', displayName: '王丽' }],
      }),
    ]);
    expect(alone).not.toContain('calls__people');
    const hostile = page([
      call({
        children: [
          { displayName: '小明', avatar: 'panda' },
          { displayName: '<img src=x onerror=alert(1)>', avatar: 'cat' },
        ],
        guardians: [{ relation: 'mother', displayName: '王丽' }],
      }),
    ]);
    expect(hostile).toContain('和&lt;img src=x onerror=alert(1)&gt;一起');
    expect(hostile).not.toContain('<img src=x');
  });
});
