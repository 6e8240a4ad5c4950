// Teacher mode's voice messages: the school's, or one child's, newest first —
// who sent it to whom, when, how long, heard or not — to listen to and delete.
import { useMemo, useState } from 'react';
import { useTeacher } from '../TeacherContext';
import { Card, Field, Loading } from '../ui';
import { MessageRow } from './MessageRow';
import { useSchoolMessages } from './useSchoolMessages';

export function MessagesSection() {
  const { kiosk, children } = useTeacher();
  const { t } = kiosk;
  const messages = useSchoolMessages();
  const [childId, setChildId] = useState('');
  const [unheardOnly, setUnheardOnly] = useState(false);
  const byId = useMemo(() => new Map(children.map((child) => [child.id, child])), [children]);
  const shown = (messages.value ?? []).filter(
    (message) => (!childId || message.childId === childId) && (!unheardOnly || message.heardAt === null),
  );
  // Children with messages first in the picker: a school has hundreds of children.
  const withMessages = children.filter((child) => messages.value?.some((m) => m.childId === child.id));

  return (
    <div className="t-stack" data-testid="teacher-messages">
      <Card title={t('teacher.messages.title')} wide>
        <p className="t-muted">{t('teacher.messages.help')}</p>
        <div className="t-row">
          <Field label={t('teacher.messages.child')}>
            <select
              className="t-input"
              data-testid="messages-child"
              value={childId}
              onChange={(e) => setChildId(e.target.value)}
            >
              <option value="">{t('teacher.messages.allChildren')}</option>
              {withMessages.map((child) => (
                <option key={child.id} value={child.id}>
                  {child.displayName} · {child.className}
                </option>
              ))}
            </select>
          </Field>
          <label className="t-check">
            <input
              type="checkbox"
              data-testid="messages-unheard-only"
              checked={unheardOnly}
              onChange={(e) => setUnheardOnly(e.target.checked)}
            />
            {t('teacher.messages.unheardOnly')}
          </label>
        </div>
        <Loading loading={messages.loading && !messages.value} error={messages.error} />
        {messages.value && shown.length === 0 && <p className="t-muted">{t('teacher.messages.none')}</p>}
        <ul className="t-rows">
          {shown.map((message) => (
            <MessageRow
              key={message.id}
              message={message}
              child={byId.get(message.childId)}
              onDeleted={messages.reload}
            />
          ))}
        </ul>
      </Card>
    </div>
  );
}
