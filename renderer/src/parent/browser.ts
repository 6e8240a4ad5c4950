// Which browser the parent is in, for help texts that match what they see.
export type BrowserKind = 'wechat' | 'ios' | 'android' | 'other';

export function browserKind(userAgent: string): BrowserKind {
  if (/MicroMessenger/i.test(userAgent)) return 'wechat';
  if (/iPhone|iPad|iPod/i.test(userAgent)) return 'ios';
  if (/Android/i.test(userAgent)) return 'android';
  return 'other';
}

/** Old WeChat builds (and some in-app browsers) have no WebRTC at all. */
export function canVideoCall(win: { RTCPeerConnection?: unknown; navigator: Navigator }): boolean {
  return (
    typeof win.RTCPeerConnection === 'function' &&
    typeof win.navigator.mediaDevices?.getUserMedia === 'function'
  );
}
