// The page's only door to the main process: task-level functions, never
// ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { createKioskApi } from './kioskApi';

export type { KioskApi } from './kioskApi';

contextBridge.exposeInMainWorld(
  'kiosk',
  createKioskApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
