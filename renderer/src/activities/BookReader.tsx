// One book, one page, big: either side turns the page and the other follows;
// a tap on the picture puts a "finger" mark there on both screens.
import type { PointerEvent } from 'react';
import type { Translate } from '@hhc/common/i18n';
import { activityLimits } from '@hhc/common/activities/schema';
import type { Activities } from './useActivities';
import { findBook } from './books/shelf';
import { Scene } from './books/pieces';
import { ArrowIcon, CloseIcon, FingerIcon } from './icons';
import { gridPoint } from './grid';

export function BookReader(props: { activities: Activities; t: Translate }) {
  const { state, act } = props.activities;
  const { t } = props;
  const open = state.book;
  if (!open) return null;
  const book = findBook(open.id);
  const back = (
    <button
      className="act-round act-round--close"
      data-testid="book-close"
      aria-label={t('activity.shelf')}
      onClick={() => act({ type: 'book', bookId: null })}
    >
      <CloseIcon />
    </button>
  );
  if (!book) {
    return (
      <div className="act-book" data-testid="book">
        {back}
        <p className="act-book__missing">{t('activity.unknownBook')}</p>
      </div>
    );
  }
  const last = Math.min(book.pages.length, activityLimits.maxPage + 1) - 1;
  const pageIndex = Math.min(open.page, last);
  const page = book.pages[pageIndex]!;
  const turn = (to: number) => act({ type: 'page', page: Math.max(0, Math.min(last, to)) });
  const point = (event: PointerEvent<HTMLDivElement>) => {
    const { x, y } = gridPoint(event, 750);
    act({ type: 'point', x, y });
  };
  const pointer = state.pointer;

  return (
    <div className="act-book" data-testid="book" data-book={book.id} data-page={pageIndex}>
      <div className="act-book__picture" data-testid="book-picture" onPointerDown={point}>
        <Scene pieces={page.scene} title={page.zh} />
        {pointer && (
          <span
            key={pointer.seq}
            className="act-finger"
            data-testid="finger"
            data-by={pointer.by}
            style={{ left: `${pointer.x / 10}%`, top: `${(pointer.y / 750) * 100}%` }}
          >
            <FingerIcon />
          </span>
        )}
      </div>
      <div className="act-book__text">
        <p className="act-book__zh" lang="zh-CN">
          {page.zh}
        </p>
        <p className="act-book__en" lang="en">
          {page.en}
        </p>
      </div>
      <button
        className="act-round act-book__turn act-book__turn--back"
        data-testid="page-prev"
        aria-label={t('activity.prev')}
        disabled={pageIndex === 0}
        onClick={() => turn(pageIndex - 1)}
      >
        <ArrowIcon back />
      </button>
      <button
        className="act-round act-book__turn act-book__turn--next"
        data-testid="page-next"
        aria-label={t('activity.next')}
        disabled={pageIndex === last}
        onClick={() => turn(pageIndex + 1)}
      >
        <ArrowIcon />
      </button>
      <p
        className="act-book__dots"
        aria-label={t('activity.page', { page: String(pageIndex + 1), pages: String(last + 1) })}
      >
        {book.pages.map((_, index) => (
          <span key={index} className="act-book__dot" data-current={index === pageIndex} />
        ))}
      </p>
      {back}
    </div>
  );
}
