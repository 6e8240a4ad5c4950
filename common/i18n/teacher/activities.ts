// Teacher mode's report on activities inside calls (books, drawing, talking cards).
export const activitiesTeacherZh = {
  'teacher.activities.title': '通话里的活动',
  'teacher.activities.help': '本月完成的通话：用了活动的通话和没用活动的通话，平均各聊了多久。',
  'teacher.activities.kind': '活动',
  'teacher.activities.calls': '次数',
  'teacher.activities.average': '平均分钟',
  'teacher.activities.without': '没有活动',
  'teacher.activities.with': '有活动',
  'teacher.activities.book': '一起看书',
  'teacher.activities.draw': '一起画画',
  'teacher.activities.cards': '聊天卡片',
  'teacher.activities.kept': '孩子保存了 {count} 幅画',
} as const;

export const activitiesTeacherEn: Record<keyof typeof activitiesTeacherZh, string> = {
  'teacher.activities.title': 'Activities in calls',
  'teacher.activities.help':
    'Completed calls this month: how long calls with and without an activity lasted on average.',
  'teacher.activities.kind': 'Activities',
  'teacher.activities.calls': 'Count',
  'teacher.activities.average': 'Average minutes',
  'teacher.activities.without': 'No activity',
  'teacher.activities.with': 'With an activity',
  'teacher.activities.book': 'Reading together',
  'teacher.activities.draw': 'Drawing together',
  'teacher.activities.cards': 'Talking cards',
  'teacher.activities.kept': 'Children kept {count} drawings',
};
