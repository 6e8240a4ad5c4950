// Interface strings, Simplified Chinese first, English available. One table so
// both languages always have the same keys (the compiler checks it). Teacher
// mode's strings are handed in by the kiosk (see `translator`), so that the
// parent's phone never downloads them.
import { activityEn, activityZh } from './i18n/activities';
import { childEn, childZh } from './i18n/child';
import { messagesEn, messagesZh } from './i18n/messages';
import { peopleEn, peopleZh } from './i18n/people';
import { missedEn, missedZh } from './i18n/missed';
import { reachEn, reachZh } from './i18n/reach';
import type { teacherZh } from './i18n/teacher';

export type Locale = 'zh-CN' | 'en';

const commonZh = {
  'call.join': '加入通话',
  'call.leave': '挂断',
  'call.mute': '静音',
  'call.unmute': '打开声音',
  'call.cameraOff': '关闭摄像头',
  'call.cameraOn': '打开摄像头',
  'call.selfPaused': '画面已暂停',
  'call.state.idle': '准备好了就点“加入通话”',
  'call.state.joining': '正在连接…',
  'call.state.in-call': '通话中',
  'call.state.reconnecting': '网络不好，正在重新连接…',
  'call.state.ended': '通话结束了',
  'call.state.failed': '没有连上，请再试一次',
  'call.waitingForOther': '等对方进来…',
  'call.cameraDenied': '无法打开摄像头或麦克风。请允许使用摄像头和麦克风后再试。',
  'call.noRoom': '链接不完整，请向老师要新的链接。',
  'common.connecting': '正在连接…',
  'common.offline': '连不上服务器，请检查网络。',
  'parent.invalidLink': '这个链接已经失效了。请向老师要一个新的链接。',
  'parent.callsTitle': '接下来的通话',
  'parent.noCalls': '现在还没有安排通话。老师安排好以后，这里会显示时间。',
  'parent.addToCalendar': '加到手机日历',
  'parent.joinCall': '进入通话',
  'parent.notYet': '通话开始前 10 分钟可以进入',
  'parent.requested': '等老师确认',
  'parent.timeZoneNote': '时间为学校当地时间',
  'parent.yourTime': '你那里是 {time}',
  'parent.needsScripts':
    '视频通话需要网页运行脚本。请点右上角“…”，选“在浏览器打开”，或换一个浏览器打开这个链接。',
  'parent.requestTitle': '约一个通话时间',
  'parent.requestHelp': '选一个时间，老师确认以后就安排好了。',
  'parent.requestOpen': '约时间',
  'parent.noSlots': '这两周没有空的时间了，请直接联系老师。',
  'parent.requestSent': '已经发给老师了，请等老师确认。',
  'parent.requestFailed': '这个时间约不上：',
  'kiosk.pairTitle': '连接这台电脑',
  'kiosk.pairHelp': '请管理员输入配对码（8 位）。',
  'kiosk.pairCode': '配对码',
  'kiosk.serverAddress': '服务器地址',
  'kiosk.pairButton': '连接',
  'kiosk.pairFailed': '配对码不对或者已经过期，请向管理员要一个新的。',
  'kiosk.todayTitle': '今天的通话',
  'kiosk.noCalls': '今天没有安排通话。',
  'kiosk.callWith': '和{name}通话',
  'relation.mother': '妈妈',
  'relation.father': '爸爸',
  'relation.grandmother': '奶奶',
  'relation.grandfather': '爷爷',
  'relation.aunt': '阿姨',
  'relation.uncle': '叔叔',
  'relation.sibling': '哥哥姐姐',
  'relation.other': '家人',
  'check.title': '通话前检查一下',
  'check.camera': '能看到自己吗？',
  'check.microphone': '说句话，看绿色条动不动',
  'check.switchCamera': '换前后摄像头',
  'check.ready': '好了，进入等待',
  'check.denied': '手机没有允许使用摄像头和麦克风。',
  'check.noDevice': '没有找到摄像头或麦克风。',
  'check.failed': '摄像头或麦克风打不开，请关掉其他正在用摄像头的应用再试。',
  'check.retry': '再试一次',
  'help.wechat':
    '在微信里：点右上角“···”，选“在浏览器打开”；或者到手机“设置 → 应用 → 微信 → 权限”，打开“相机”和“麦克风”。',
  'help.ios': '在 iPhone 上：打开“设置 → Safari 浏览器 → 相机/麦克风”，选“允许”，然后回来刷新页面。',
  'help.android': '在安卓手机上：点地址栏左边的小锁，打开“相机”和“麦克风”，然后刷新页面。',
  'help.other': '请在浏览器的设置里允许这个网页使用相机和麦克风，然后刷新页面。',
  'help.noWebrtc':
    '这个浏览器不能视频通话。请点右上角“···”，选“在浏览器打开”，用手机自带的浏览器打开这个链接。',
  'wait.coming': '{name}马上就来',
  'wait.kioskOnline': '学校的电脑已经准备好了',
  'call.timeLeft': '还剩 {minutes} 分钟',
  'call.tapToHear': '点一下屏幕，听到声音',
  'call.switchCamera': '换摄像头',
  'lowData.off': '省流量',
  'lowData.small': '省流量：小画面',
  'lowData.audio': '省流量：只有声音',
  'lowData.autoNotice': '网络太弱，已自动切换到省流量模式，声音不受影响。',
  'link.selfWeak': '网络较弱，暂时只有声音',
  'link.otherWeak': '对方网络较弱，暂时只有声音',
  'link.otherWeakNamed': '{name}那边网络较弱，暂时只有声音',
  'call.kioskTitle': '幸福家园 · 视频通话',
  'call.parentTitle': '和孩子视频通话',
  // Why a time cannot be booked (the server's refusal reasons, common/refusals.ts).
  'refusal.CHILD_ARCHIVED': '这个孩子的资料已经归档。',
  'refusal.NO_CONSENT': '还没有登记家长同意。',
  'refusal.GUARDIAN_NOT_OF_CHILD': '这位家长没有和这个孩子关联。',
  'refusal.NOT_A_SLOT': '这个时间不是通话时段。',
  'refusal.SLOT_FULL': '这个时间已经约满了。',
  'refusal.TOO_SOON': '离开始太近了，请选晚一点的时间。',
  'refusal.IN_THE_PAST': '这个时间已经过去了。',
  'refusal.WEEKLY_LIMIT': '这个星期的通话次数已经用完了。',
  'refusal.CHILD_BUSY': '孩子这个时间已经有通话了。',
  'refusal.GUARDIAN_BUSY': '这位家长这个时间已经有通话了。',
  'refusal.KIOSK_BUSY': '这台通话电脑这个时间已经有人用了。',
  'refusal.PARENT_REQUESTS_OFF': '学校现在不接受家长预约，请联系老师。',
  'refusal.NOT_MOVABLE': '这个通话已经不能改时间了。',
  'refusal.NOT_FOUND': '找不到这个孩子或家长。',
} as const;

const zhCN = {
  ...commonZh,
  ...childZh,
  ...reachZh,
  ...activityZh,
  ...messagesZh,
  ...peopleZh,
  ...missedZh,
};

type SharedKey = keyof typeof zhCN;
type TeacherKey = keyof typeof teacherZh;
export type MessageKey = SharedKey | TeacherKey;
/** Strings only the kiosk needs: teacher mode's, in both languages. */
export type TeacherMessages = Record<Locale, Record<TeacherKey, string>>;

const commonEn: Record<keyof typeof commonZh, string> = {
  'call.join': 'Join call',
  'call.leave': 'Hang up',
  'call.mute': 'Mute',
  'call.unmute': 'Unmute',
  'call.cameraOff': 'Camera off',
  'call.cameraOn': 'Camera on',
  'call.selfPaused': 'Your video is paused',
  'call.state.idle': 'Press “Join call” when you are ready',
  'call.state.joining': 'Connecting…',
  'call.state.in-call': 'In call',
  'call.state.reconnecting': 'Weak network, reconnecting…',
  'call.state.ended': 'The call has ended',
  'call.state.failed': 'Could not connect, please try again',
  'call.waitingForOther': 'Waiting for the other side…',
  'call.cameraDenied': 'Cannot use the camera or microphone. Please allow them and try again.',
  'call.noRoom': 'This link is incomplete. Please ask the teacher for a new one.',
  'common.connecting': 'Connecting…',
  'common.offline': 'Cannot reach the server. Please check the network.',
  'parent.invalidLink': 'This link does not work any more. Please ask the teacher for a new link.',
  'parent.callsTitle': 'Upcoming calls',
  'parent.noCalls': 'No call is planned yet. When the teacher plans one, its time shows here.',
  'parent.addToCalendar': 'Add to calendar',
  'parent.joinCall': 'Join the call',
  'parent.notYet': 'You can join 10 minutes before the call',
  'parent.requested': 'Waiting for the teacher',
  'parent.timeZoneNote': 'Times are the school’s local time',
  'parent.yourTime': 'Your time: {time}',
  'parent.needsScripts':
    'The video call needs this page to run scripts. Open the link in your phone’s own browser, or allow scripts.',
  'parent.requestTitle': 'Ask for a call time',
  'parent.requestHelp': 'Choose a time; the teacher confirms it.',
  'parent.requestOpen': 'Ask for a time',
  'parent.noSlots': 'No free times in the next two weeks. Please contact the teacher.',
  'parent.requestSent': 'Sent to the teacher. Please wait for the confirmation.',
  'parent.requestFailed': 'That time did not work:',
  'kiosk.pairTitle': 'Connect this computer',
  'kiosk.pairHelp': 'Administrator: enter the 8-character pairing code.',
  'kiosk.pairCode': 'Pairing code',
  'kiosk.serverAddress': 'Server address',
  'kiosk.pairButton': 'Connect',
  'kiosk.pairFailed': 'That pairing code is wrong or has expired. Ask the administrator for a new one.',
  'kiosk.todayTitle': 'Today’s calls',
  'kiosk.noCalls': 'No calls today.',
  'kiosk.callWith': 'Call with {name}',
  'relation.mother': 'Mum',
  'relation.father': 'Dad',
  'relation.grandmother': 'Grandma',
  'relation.grandfather': 'Grandpa',
  'relation.aunt': 'Aunt',
  'relation.uncle': 'Uncle',
  'relation.sibling': 'Brother or sister',
  'relation.other': 'Family',
  'check.title': 'A quick check before the call',
  'check.camera': 'Can you see yourself?',
  'check.microphone': 'Say something and watch the green bar move',
  'check.switchCamera': 'Switch camera',
  'check.ready': 'All good, go to the waiting room',
  'check.denied': 'The phone did not allow the camera and microphone.',
  'check.noDevice': 'No camera or microphone was found.',
  'check.failed': 'The camera or microphone would not open. Close other apps using the camera and try again.',
  'check.retry': 'Try again',
  'help.wechat':
    'In WeChat: tap “···” at the top right and choose “Open in browser”; or allow Camera and Microphone for WeChat in the phone’s Settings → Apps.',
  'help.ios':
    'On iPhone: open Settings → Safari → Camera / Microphone, choose “Allow”, then come back and reload the page.',
  'help.android':
    'On Android: tap the lock left of the address, turn on Camera and Microphone, then reload the page.',
  'help.other':
    'Allow this page to use the camera and microphone in the browser’s settings, then reload the page.',
  'help.noWebrtc':
    'This browser cannot make video calls. Tap “···” at the top right and choose “Open in browser” to use the phone’s own browser.',
  'wait.coming': '{name} is coming',
  'wait.kioskOnline': 'The school computer is ready',
  'call.timeLeft': '{minutes} min left',
  'call.tapToHear': 'Tap the screen to hear',
  'call.switchCamera': 'Switch camera',
  'lowData.off': 'Save data',
  'lowData.small': 'Save data: small video',
  'lowData.audio': 'Save data: sound only',
  'lowData.autoNotice': 'The connection is weak, so data saving is on. The sound is not affected.',
  'link.selfWeak': 'Weak connection: sound only for now',
  'link.otherWeak': 'The other side’s connection is weak: sound only for now',
  'link.otherWeakNamed': '{name}’s connection is weak: sound only for now',
  'call.kioskTitle': 'Happy Home · Video call',
  'call.parentTitle': 'Video call with your child',
  'refusal.CHILD_ARCHIVED': 'This child’s profile is archived.',
  'refusal.NO_CONSENT': 'A guardian’s consent has not been recorded yet.',
  'refusal.GUARDIAN_NOT_OF_CHILD': 'This family member is not linked to this child.',
  'refusal.NOT_A_SLOT': 'There is no call time starting then.',
  'refusal.SLOT_FULL': 'That call time is already full.',
  'refusal.TOO_SOON': 'That is too soon. Please pick a later time.',
  'refusal.IN_THE_PAST': 'That time has already passed.',
  'refusal.WEEKLY_LIMIT': 'No calls are left for that week.',
  'refusal.CHILD_BUSY': 'The child already has a call at that time.',
  'refusal.GUARDIAN_BUSY': 'This family member already has a call at that time.',
  'refusal.KIOSK_BUSY': 'That call station is already in use then.',
  'refusal.PARENT_REQUESTS_OFF':
    'The school does not take requests from parents now. Please contact the teacher.',
  'refusal.NOT_MOVABLE': 'This call can no longer be moved.',
  'refusal.NOT_FOUND': 'The child or family member was not found.',
};

const en: Record<SharedKey, string> = {
  ...commonEn,
  ...childEn,
  ...reachEn,
  ...activityEn,
  ...messagesEn,
  ...peopleEn,
  ...missedEn,
};

const tables: Record<Locale, Record<SharedKey, string>> = { 'zh-CN': zhCN, en };

export type Translate = (key: MessageKey, values?: Record<string, string>) => string;

/** A page without teacher mode shows a teacher key as itself (the parent page never asks for one). */
export function translator(locale: Locale, teacher?: TeacherMessages): Translate {
  const table: Partial<Record<MessageKey, string>> = { ...tables[locale], ...teacher?.[locale] };
  return (key, values) =>
    (table[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) => values?.[name] ?? match);
}

/** zh-CN unless the page asks for English. */
export function pickLocale(requested: string | null | undefined): Locale {
  return requested?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
