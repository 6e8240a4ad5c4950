// The display stays on while a call is running.
import { empty } from '@hhc/common/api/fields';
import type { KeepAwake } from '../keepAwake';
import { handler } from './define';

export function powerHandlers(keepAwake: Pick<KeepAwake, 'callStarted' | 'callEnded'>) {
  return {
    'power:call-started': handler(empty, () => keepAwake.callStarted()),
    'power:call-ended': handler(empty, () => keepAwake.callEnded()),
  };
}
