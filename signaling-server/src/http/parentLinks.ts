// The parent's link: /p/<token> opens the parent page with the child and the
// calls already in it, and /p/<token>/calls/<bookingId>.ics adds one call to
// the phone's calendar. A wrong, revoked or expired token gets one and the
// same answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pickLocale, translator } from '@hhc/common/i18n';
import { parentBootElement, type ParentBoot } from '@hhc/common/parentBoot';
import { escapeHtml, renderParentFirstScreen } from '@hhc/common/parentFirstScreen';
import { AppError } from '@hhc/common/result';
import type { AppContext } from '../api/context';
import { hashToken } from '../auth/secrets';
import { tarpit } from '../auth/tarpit';
import { clientAddress } from './clientAddress';
import { guardianScope, parentOverview } from '../services/parentOverview';
import { callToIcs } from '../text/ics';
import { decodeSafely, type PageParts } from './staticFiles';

const TOKEN = '[A-Za-z0-9_-]{16,128}';
// Any single path segment gets the page, so a mistyped link shows the kind
// "ask the teacher" message instead of a bare error.
const linkPattern = /^\/p\/([^/]{1,256})\/?$/;
const tokenPattern = new RegExp(`^${TOKEN}$`);
const icsPattern = new RegExp(`^/p/(${TOKEN})/calls/([0-9a-f-]{36})\\.ics$`);

/** Sends the parent page with the inlined data in its <head> and its first screen in its root. */
export type ServeParentPage = (
  request: IncomingMessage,
  response: ServerResponse,
  parts: PageParts,
) => boolean;

export interface ParentPageOptions {
  /** The build's URL for a source file (pictures), for the first screen. */
  builtUrl: (source: string) => string | undefined;
  /** 'client' leaves the first screen to the page's script, as before (kept for the benchmark). */
  firstScreen: 'server' | 'client';
}

export function createParentLinkHandler(
  context: AppContext,
  serveParentPage: ServeParentPage | undefined,
  options: ParentPageOptions = { builtUrl: () => undefined, firstScreen: 'server' },
) {
  /**
   * The guardian behind a token. A right token is always answered; a wrong one counts against the
   * client's address, and past the limit it is 'blocked' (see socket/authenticate.ts).
   */
  const findGuardian = async (request: IncomingMessage, token: string) => {
    const guardian = await context.store.guardians.findByLink(hashToken(token));
    if (guardian) return guardian;
    const address = clientAddress(
      request.socket.remoteAddress,
      request.headers['x-forwarded-for'],
      context.trustedProxies,
    );
    if (await context.limiters.tokenGuesses.fail(address, context.now())) return undefined;
    await tarpit();
    return 'blocked' as const;
  };

  const linkPage = async (request: IncomingMessage, response: ServerResponse, segment: string) => {
    if (!serveParentPage) return false;
    const guardian = tokenPattern.test(segment) ? await findGuardian(request, segment) : undefined;
    // Blocked: no answer either way; the page asks over the socket, which says "try later".
    if (guardian === 'blocked') return serveParentPage(request, response, { head: '', root: '' });
    let boot: ParentBoot = { invalid: true };
    if (guardian) {
      try {
        boot = { overview: await parentOverview(context, await guardianScope(context, guardian.id)) };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
      }
    }
    const root = options.firstScreen === 'server' ? firstScreen(request, boot, segment) : '';
    return serveParentPage(request, response, { head: parentBootElement(boot), root });
  };

  /** The same screen the page's script draws first, in the language the link asks for (?lang=). */
  const firstScreen = (request: IncomingMessage, boot: ParentBoot, token: string): string => {
    const locale = pickLocale(new URL(request.url ?? '/', 'http://localhost').searchParams.get('lang'));
    const t = translator(locale);
    if (!('overview' in boot))
      return `<p class="notice" role="status" data-testid="invalid-link">${escapeHtml(t('parent.invalidLink'))}</p>`;
    return renderParentFirstScreen({
      overview: boot.overview,
      token,
      now: context.now(),
      t,
      locale,
      avatarUrl: options.builtUrl(`../resources/avatars/${boot.overview.child.avatar}.svg`),
    });
  };

  return async (request: IncomingMessage, response: ServerResponse, pathname: string): Promise<boolean> => {
    if (!pathname.startsWith('/p/') || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
    const link = linkPattern.exec(pathname);
    // Link previews (WeChat, messengers) ask with HEAD first: they get the page's headers, and
    // since no data is sent, the token is not looked up (or counted as a guess).
    if (link && request.method === 'HEAD')
      return serveParentPage?.(request, response, { head: '', root: '' }) ?? false;
    if (link) return linkPage(request, response, decodeSafely(link[1]!) ?? '');
    const ics = icsPattern.exec(pathname);
    if (!ics) return invalid(response);
    const guardian = await findGuardian(request, ics[1]!);
    if (guardian === 'blocked') {
      response.writeHead(429, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '300' });
      response.end('请稍后再试 / Too many attempts, try again later');
      return true;
    }
    const booking = guardian ? await context.store.bookings.get(ics[2]!) : undefined;
    // Any guardian of a family call has it in their calendar; nobody else's link does.
    if (!guardian || !booking || !booking.guardianIds.includes(guardian.id) || booking.status === 'cancelled')
      return invalid(response);
    const [children, school] = await Promise.all([
      Promise.all(booking.childIds.map((id) => context.store.children.get(id))),
      context.store.schools.get(booking.schoolId),
    ]);
    const names = children.flatMap((child) => (child ? [child.displayName] : []));
    if (names.length === 0 || !school) return invalid(response);
    const body = callToIcs({
      uid: `${booking.id}@happy-home-connect`,
      startAt: booking.startAt,
      endAt: booking.endAt,
      title: `和${names.join('、')}视频通话`,
      description: '到时间请打开老师发的链接，点“加入通话”。',
      location: school.name,
      timeZone: school.timeZone,
      now: context.now(),
      alarmMinutesBefore: 10,
    });
    response.writeHead(200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="call.ics"',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    });
    response.end(body);
    return true;
  };
}

function invalid(response: ServerResponse): true {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(
    '这个链接已经失效了，请向老师要一个新的链接。\nThis link does not work any more. Please ask the teacher for a new link.',
  );
  return true;
}
