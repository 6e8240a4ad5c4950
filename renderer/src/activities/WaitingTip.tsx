// One short tip in the parent's waiting room on talking with a child far away,
// a different one each visit.
import { useState } from 'react';
import { waitingTips } from '@hhc/common/activities/cards';
import './cards.css';

export function WaitingTip() {
  const [tip] = useState(
    () => waitingTips[Math.floor(Math.random() * waitingTips.length)] ?? waitingTips[0]!,
  );
  return (
    <p className="act-tip" data-testid="waiting-tip">
      {tip.zh}
      <br />
      <span lang="en">{tip.en}</span>
    </p>
  );
}
