/**
 * The bridge: each channel of the API contract as a named function on window.studyApi. The page gets
 * these functions only, never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type Api } from '../main/api/contract';

const api = Object.freeze(
  Object.fromEntries(
    CHANNELS.map((channel) => [channel, (argument: unknown) => ipcRenderer.invoke(channel, argument)]),
  ),
) as Api;

contextBridge.exposeInMainWorld('studyApi', api);
