// The shelf: every book's cover, big enough to tap, with its title.
import type { Translate } from '@hhc/common/i18n';
import type { Activities } from './useActivities';
import { books } from './books/shelf';
import { Scene } from './books/pieces';
import { CloseButton } from './icons';
import { useSchoolBookList, useSchoolBookPage } from './useSchoolBooks';
import './books.css';

export function BookShelf(props: { activities: Activities; t: Translate }) {
  const { act, client } = props.activities;
  const schoolBooks = useSchoolBookList(client);
  return (
    <div className="act-shelf" data-testid="shelf">
      <h2 className="act-title">{props.t('activity.shelf')}</h2>
      <ul className="act-shelf__books">
        {books.map((book) => (
          <li key={book.id}>
            <button
              className="act-shelf__book"
              data-testid={`book-${book.id}`}
              onClick={() => act({ type: 'book', bookId: book.id })}
            >
              <Scene pieces={book.cover} />
              <span className="act-shelf__title">{book.title.zh}</span>
              <span className="act-shelf__title-en">{book.title.en}</span>
            </button>
          </li>
        ))}
        {schoolBooks.map((book) => (
          <li key={book.id}>
            <button
              className="act-shelf__book"
              data-testid={`book-${book.id}`}
              onClick={() => act({ type: 'book', bookId: book.id })}
            >
              <SchoolCover activities={props.activities} bookId={book.id} />
              <span className="act-shelf__title">{book.title}</span>
            </button>
          </li>
        ))}
      </ul>
      <CloseButton
        testId="activity-close"
        label={props.t('activity.close')}
        onClick={() => act({ type: 'view', view: 'none' })}
      />
    </div>
  );
}

/** A school book's first page as its cover. */
function SchoolCover(props: { activities: Activities; bookId: string }) {
  const url = useSchoolBookPage(props.activities.client, props.bookId, 0);
  return url ? <img className="act-shelf__cover" src={url} alt="" /> : <div className="act-shelf__cover" />;
}
