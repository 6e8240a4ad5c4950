// Interface strings, Simplified Chinese first, English available. One table so
// both languages always have the same keys (the compiler checks it).
export type Locale = 'zh-CN' | 'en';

const zhCN = {
  'call.join': '加入通话',
  'call.leave': '挂断',
  'call.mute': '静音',
  'call.unmute': '打开声音',
  'call.cameraOff': '关闭摄像头',
  'call.cameraOn': '打开摄像头',
  'call.state.idle': '准备好了就点“加入通话”',
  'call.state.joining': '正在连接…',
  'call.state.in-call': '通话中',
  'call.state.reconnecting': '网络不好，正在重新连接…',
  'call.state.ended': '通话结束了',
  'call.state.failed': '没有连上，请再试一次',
  'call.waitingForOther': '等对方进来…',
  'call.cameraDenied': '无法打开摄像头或麦克风。请允许使用摄像头和麦克风后再试。',
  'call.noRoom': '链接不完整，请向老师要新的链接。',
  'call.kioskTitle': '幸福家园 · 视频通话',
  'call.parentTitle': '和孩子视频通话',
} as const;

export type MessageKey = keyof typeof zhCN;

const en: Record<MessageKey, string> = {
  'call.join': 'Join call',
  'call.leave': 'Hang up',
  'call.mute': 'Mute',
  'call.unmute': 'Unmute',
  'call.cameraOff': 'Camera off',
  'call.cameraOn': 'Camera on',
  'call.state.idle': 'Press “Join call” when you are ready',
  'call.state.joining': 'Connecting…',
  'call.state.in-call': 'In call',
  'call.state.reconnecting': 'Weak network, reconnecting…',
  'call.state.ended': 'The call has ended',
  'call.state.failed': 'Could not connect, please try again',
  'call.waitingForOther': 'Waiting for the other side…',
  'call.cameraDenied': 'Cannot use the camera or microphone. Please allow them and try again.',
  'call.noRoom': 'This link is incomplete. Please ask the teacher for a new one.',
  'call.kioskTitle': 'Happy Home · Video call',
  'call.parentTitle': 'Video call with your child',
};

const tables: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function translator(locale: Locale): (key: MessageKey) => string {
  const table = tables[locale];
  return (key) => table[key];
}

/** zh-CN unless the page asks for English. */
export function pickLocale(requested: string | null | undefined): Locale {
  return requested?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
