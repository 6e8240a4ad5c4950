// A call the other side never came to, and a parent's page that another phone
// took over (zh-CN first). Merged into the one table in common/i18n.ts.
// The child's words sit beside pictures and never blame anyone.
export const missedZh = {
  'missed.childTitle': '{relation}这次没能来',
  'missed.childKind': '{relation}很想你！不是你的错。',
  'missed.childWhatNow': '给{relation}留句话，或者再约一次：',
  'missed.childAskTeacher': '请老师帮你再约一次。',
  'missed.parentTitle': '{name}这次没能来',
  'missed.parentKind': '这次没有通上话，{name}也很想你。可以再约一次：',
  'missed.parentAskTeacher': '想约别的时间，请联系老师。',
  'missed.parentCouldNotConnect': '这次没有连上{name}',
  'missed.parentCouldNotConnectKind': '{name}来了，但是学校那边的网络没有连上。不是你的错，可以再约一次：',
  'replaced.title': '你在另一部手机上加入了这次通话',
  'replaced.text': '通话在那部手机上继续。这个页面可以关掉了。',
} as const;

export const missedEn: Record<keyof typeof missedZh, string> = {
  'missed.childTitle': '{relation} could not come this time',
  'missed.childKind': '{relation} misses you! It is not your fault.',
  'missed.childWhatNow': 'Leave {relation} a message, or book again:',
  'missed.childAskTeacher': 'Ask a teacher to book the next call with you.',
  'missed.parentTitle': '{name} could not come this time',
  'missed.parentKind': 'The call did not happen this time. {name} misses you too. Book another one:',
  'missed.parentAskTeacher': 'To find another time, please contact the teacher.',
  'missed.parentCouldNotConnect': 'The call with {name} did not connect',
  'missed.parentCouldNotConnectKind':
    '{name} came, but the school’s network could not connect the call. It is not your fault; book another one:',
  'replaced.title': 'You joined this call on another phone',
  'replaced.text': 'The call goes on there. You can close this page.',
};
