// The school's voice messages for teacher mode (the messages tab and the week
// view's "not heard yet" markers), refreshed on reload().
import { useCallback } from 'react';
import type { SchoolMessage } from '@hhc/common/api/staffMessages';
import { useTeacher } from '../TeacherContext';
import { useLoad, type Loaded } from '../useRequest';

export function useSchoolMessages(): Loaded<SchoolMessage[]> {
  const { kiosk, schoolId } = useTeacher();
  const { client } = kiosk;
  return useLoad(
    useCallback(
      async () => (await client.request('message:school-list', { schoolId })).messages,
      [client, schoolId],
    ),
  );
}
