// One book, one page, big: either side turns the page and the other follows;
// a tap on the picture puts a "finger" mark there on both screens. A shipped
// book draws its page from pieces with a line in each language; a school's
// own book shows the teacher's picture.
import type { PointerEvent, ReactNode } from 'react';
import type { Translate } from '@hhc/common/i18n';
import { activityLimits, SCHOOL_BOOK_PREFIX } from '@hhc/common/activities/limits';
import type { Activities } from './useActivities';
import { findBook } from './books/shelf';
import { Scene } from './books/pieces';
import { ArrowIcon, CloseButton, FingerIcon } from './icons';
import { gridPoint } from './grid';
import { useSchoolBookList, useSchoolBookPage } from './useSchoolBooks';
import './books.css';

export function BookReader(props: { activities: Activities; t: Translate }) {
  const { state, act } = props.activities;
  const { t } = props;
  const open = state.book;
  const schoolBooks = useSchoolBookList(props.activities.client);
  if (!open) return null;
  const shipped = findBook(open.id);
  const own = open.id.startsWith(SCHOOL_BOOK_PREFIX)
    ? schoolBooks.find((book) => book.id === open.id)
    : undefined;
  const back = (
    <CloseButton
      testId="book-close"
      label={t('activity.shelf')}
      onClick={() => act({ type: 'book', bookId: null })}
    />
  );
  const pageCount = shipped?.pages.length ?? own?.pages;
  if (pageCount === undefined) {
    return (
      <div className="act-book" data-testid="book">
        {back}
        <p className="act-book__missing">{t('activity.unknownBook')}</p>
      </div>
    );
  }
  const last = Math.min(pageCount, activityLimits.maxPage + 1) - 1;
  const pageIndex = Math.min(open.page, last);
  const turn = (to: number) => act({ type: 'page', page: Math.max(0, Math.min(last, to)) });
  const point = (event: PointerEvent<HTMLDivElement>) => {
    const { x, y } = gridPoint(event, 750);
    act({ type: 'point', x, y });
  };
  const pointer = state.pointer;
  const page = shipped?.pages[pageIndex];

  return (
    <div className="act-book" data-testid="book" data-book={open.id} data-page={pageIndex}>
      <div className="act-book__picture" data-testid="book-picture" onPointerDown={point}>
        {page ? (
          <Scene pieces={page.scene} title={page.zh} />
        ) : (
          <SchoolPage activities={props.activities} bookId={open.id} page={pageIndex} />
        )}
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
        {page ? (
          <>
            <p className="act-book__zh" lang="zh-CN">
              {page.zh}
            </p>
            <p className="act-book__en" lang="en">
              {page.en}
            </p>
          </>
        ) : (
          <p className="act-book__zh">{own?.title}</p>
        )}
      </div>
      <TurnButton
        testId="page-prev"
        label={t('activity.prev')}
        disabled={pageIndex === 0}
        onClick={() => turn(pageIndex - 1)}
      >
        <ArrowIcon back />
      </TurnButton>
      <TurnButton
        testId="page-next"
        label={t('activity.next')}
        disabled={pageIndex === last}
        onClick={() => turn(pageIndex + 1)}
      >
        <ArrowIcon />
      </TurnButton>
      <p
        className="act-book__dots"
        aria-label={t('activity.page', { page: String(pageIndex + 1), pages: String(last + 1) })}
      >
        {Array.from({ length: last + 1 }, (_, index) => (
          <span key={index} className="act-book__dot" data-current={index === pageIndex} />
        ))}
      </p>
      {back}
    </div>
  );
}

function TurnButton(props: {
  testId: string;
  label: string;
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      className={`act-round act-book__turn act-book__turn--${props.testId === 'page-prev' ? 'back' : 'next'}`}
      data-testid={props.testId}
      aria-label={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

function SchoolPage(props: { activities: Activities; bookId: string; page: number }) {
  const url = useSchoolBookPage(props.activities.client, props.bookId, props.page);
  return url ? (
    <img className="act-book__image" src={url} alt="" data-testid="school-book-page" draggable={false} />
  ) : (
    <div className="act-book__image act-book__image--loading" />
  );
}
