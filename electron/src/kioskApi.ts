// The page's API lives in common/kiosk/ipc.ts (the renderer uses its type too);
// re-exported here for the preload and the main-process tests.
export { createKioskApi, type Invoke, type KioskApi } from '@hhc/common/kiosk/ipc';
