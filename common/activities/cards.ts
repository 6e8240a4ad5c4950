// Talking cards. The parent gets gentle prompts that are not about marks, one
// at a time; the child gets picture cards to show what they want to talk
// about; the parent's waiting room shows one short tip. Both languages are
// shown together: a grandparent may read one, a helper the other.
import type { PictureCard } from './schema';

export interface Line {
  zh: string;
  en: string;
}

export const talkPrompts: readonly Line[] = [
  { zh: '今天最开心的事是什么？', en: 'What was the happiest thing today?' },
  { zh: '你最近在读什么书？', en: 'What are you reading these days?' },
  { zh: '今天午饭吃了什么？好吃吗？', en: 'What did you have for lunch? Was it good?' },
  {
    zh: '你的好朋友叫什么名字？你们一起玩什么？',
    en: 'What is your best friend’s name? What do you play together?',
  },
  { zh: '给我看看你画的东西好吗？', en: 'Would you show me something you drew?' },
  { zh: '最近有没有让你担心的事？', en: 'Is anything worrying you lately?' },
  { zh: '如果我们明天在一起，你想做什么？', en: 'If we were together tomorrow, what would you like to do?' },
  { zh: '你们那里今天天气怎么样？', en: 'What is the weather like where you are today?' },
  { zh: '最近学会了什么新东西？教教我吧。', en: 'What new thing did you learn? Teach me!' },
  {
    zh: '我今天也想你了。你想我的时候会做什么？',
    en: 'I missed you today. What do you do when you miss me?',
  },
  { zh: '说一件今天让你笑的事。', en: 'Tell me one thing that made you laugh today.' },
  { zh: '你最喜欢学校里的哪个地方？', en: 'Which place at school do you like best?' },
];

export const pictureCardLines: Record<PictureCard, Line> = {
  day: { zh: '我的一天', en: 'My day' },
  food: { zh: '吃的', en: 'Food' },
  friends: { zh: '朋友', en: 'Friends' },
  games: { zh: '玩游戏', en: 'Games' },
  weather: { zh: '天气', en: 'Weather' },
  worry: { zh: '我有点担心', en: 'A worry' },
};

/** What the parent might say when a card comes up: one gentle opening each. */
export const pictureCardHints: Record<PictureCard, Line> = {
  day: {
    zh: '孩子想说说今天。问问：“今天做了什么？”',
    en: 'Your child wants to tell you about the day. Ask: “What did you do today?”',
  },
  food: {
    zh: '孩子想聊吃的。问问：“今天吃了什么？”',
    en: 'Your child wants to talk about food. Ask: “What did you eat today?”',
  },
  friends: {
    zh: '孩子想聊朋友。问问：“和谁一起玩？”',
    en: 'Your child wants to talk about friends. Ask: “Who did you play with?”',
  },
  games: {
    zh: '孩子想聊游戏。问问：“玩了什么游戏？”',
    en: 'Your child wants to talk about games. Ask: “What games did you play?”',
  },
  weather: {
    zh: '孩子想聊天气。也说说你那里的天气吧。',
    en: 'Your child wants to talk about the weather. Tell them about yours too.',
  },
  worry: {
    zh: '孩子有点担心的事。慢慢听，先不要急着给建议。',
    en: 'Something worries your child. Listen slowly; no need to fix it at once.',
  },
};

export const waitingTips: readonly Line[] = [
  {
    zh: '小提示：先问问开心的事，成绩可以以后再说。',
    en: 'Tip: start with something happy; marks can wait.',
  },
  {
    zh: '小提示：可以一起看一本绘本，你来读，孩子来翻页。',
    en: 'Tip: read a picture book together: you read, your child turns the pages.',
  },
  {
    zh: '小提示：说说你今天做了什么，孩子也想知道你的生活。',
    en: 'Tip: tell your child about your day; they want to know your life too.',
  },
  {
    zh: '小提示：孩子不说话也没关系，可以一起画画。',
    en: 'Tip: if your child is quiet, try drawing together.',
  },
];
