// The page's only door to the main process: task-level functions, never
// ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import type { KioskSettings } from './ipc';
import type { Result } from '@hhc/common/result';

const api = {
  info: (): Promise<Result<KioskSettings>> => ipcRenderer.invoke('kiosk:info', {}),
};

export type KioskApi = typeof api;

contextBridge.exposeInMainWorld('kiosk', api);
