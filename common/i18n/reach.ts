// Strings for when a call cannot connect and for after a call (zh-CN first,
// English beside it). Merged into the one table in common/i18n.ts.
// Plain words: the parent gets things to try, the child a kind word, never an error.
export const reachZh = {
  'call.state.cannot-connect': '连不上对方',
  'reach.parentTitle': '视频没有连上',
  'reach.parentWhy': '你的网络挡住了视频通话。可以试试：',
  'reach.parentTrySwitch': '把 Wi-Fi 换成手机流量，或者把手机流量换成 Wi-Fi',
  'reach.parentTryBrowser': '在微信里点右上角“…”，选“在浏览器打开”，用手机自带的浏览器打开这个链接',
  'reach.parentTryMove': '走到信号好一点的地方',
  'reach.tryAgain': '再试一次',
  'reach.backToCalls': '回到通话列表',
  'reach.childTitle': '这次没有连上',
  'reach.childKind': '不是你的错。我们再试一次，或者请老师帮忙。',
  'ended.parentTitle': '通话结束了',
  'ended.parentCameraOff': '摄像头和麦克风已经关上了。',
} as const;

export const reachEn: Record<keyof typeof reachZh, string> = {
  'call.state.cannot-connect': 'Could not reach the other side',
  'reach.parentTitle': 'The video did not connect',
  'reach.parentWhy': 'Your network is blocking the video call. Things to try:',
  'reach.parentTrySwitch': 'Switch from Wi-Fi to mobile data, or from mobile data to Wi-Fi',
  'reach.parentTryBrowser':
    'In WeChat, tap “…” at the top right and choose “Open in browser” to use the phone’s own browser',
  'reach.parentTryMove': 'Move to a place with a better signal',
  'reach.tryAgain': 'Try again',
  'reach.backToCalls': 'Back to my calls',
  'reach.childTitle': 'The call did not connect this time',
  'reach.childKind': 'It is not your fault. Let’s try again, or ask a teacher for help.',
  'ended.parentTitle': 'The call has ended',
  'ended.parentCameraOff': 'Your camera and microphone are off now.',
};
