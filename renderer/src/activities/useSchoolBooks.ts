// The school's own picture books (added by a teacher): the list for the shelf,
// and each page as a picture, fetched over the call's own connection when it
// is first shown and kept for the rest of the call.
import { useCallback, useEffect, useState } from 'react';
import type { SchoolBookInfo } from '@hhc/common/api/activities';
import type { SignalingClient } from '../call/SignalingClient';

const pageCache = new Map<string, Promise<string>>();

export function useSchoolBookList(client: SignalingClient): SchoolBookInfo[] {
  const [books, setBooks] = useState<SchoolBookInfo[]>([]);
  useEffect(() => {
    let live = true;
    client.request('book:list', {}).then(
      ({ books: list }) => live && setBooks(list),
      () => undefined, // the shipped books are there anyway
    );
    return () => {
      live = false;
    };
  }, [client]);
  return books;
}

/** The page as a data URL, once loaded; undefined while it loads or if it cannot. */
export function useSchoolBookPage(client: SignalingClient, bookId: string, page: number): string | undefined {
  const key = `${bookId}/${page}`;
  const [loaded, setLoaded] = useState<{ key: string; url: string }>();
  const load = useCallback(() => {
    let pending = pageCache.get(key);
    if (!pending) {
      pending = client
        .request('book:page', { bookId, page })
        .then(({ mime, data }) => `data:${mime};base64,${data}`);
      pending.catch(() => pageCache.delete(key)); // try again next time
      pageCache.set(key, pending);
    }
    return pending;
  }, [client, bookId, page, key]);
  useEffect(() => {
    let live = true;
    load().then(
      (url) => live && setLoaded({ key, url }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [load, key]);
  return loaded?.key === key ? loaded.url : undefined;
}
