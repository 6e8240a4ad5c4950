// Mounts a page's app with the language from ?lang= (zh-CN unless English is asked for).
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import {
  pickLocale,
  translator,
  type Locale,
  type MessageKey,
  type TeacherMessages,
  type Translate,
} from '@hhc/common/i18n';
import './styles.css';

export interface PageEnv {
  locale: Locale;
  t: Translate;
  params: URLSearchParams;
}

export function mountPage(
  titleKey: MessageKey,
  render: (env: PageEnv) => ReactElement,
  teacherMessages?: TeacherMessages,
): void {
  const params = new URLSearchParams(window.location.search);
  const locale = pickLocale(params.get('lang'));
  const t = translator(locale, teacherMessages);
  document.documentElement.lang = locale;
  document.title = t(titleKey);
  createRoot(document.getElementById('root')!).render(render({ locale, t, params }));
}

export function Notice(props: { text: string; testId?: string }) {
  return (
    <p className="notice" role="status" data-testid={props.testId ?? 'notice'}>
      {props.text}
    </p>
  );
}
