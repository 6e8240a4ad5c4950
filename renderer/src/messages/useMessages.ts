// This connection's voice messages (the child's on a kiosk, the link's on the
// phone), fetched once and again after sending or hearing one.
import { useCallback, useEffect, useState } from 'react';
import type { MessageResponses } from '@hhc/common/api/messages';
import type { SignalingClient } from '../call/SignalingClient';

export function useMessages(client: SignalingClient | undefined) {
  const [list, setList] = useState<MessageResponses['message:list']>();
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  useEffect(() => {
    if (!client) return;
    void client.request('message:list', {}).then(setList, () => undefined);
  }, [client, generation]);
  return { list, reload };
}
