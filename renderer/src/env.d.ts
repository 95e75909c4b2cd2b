/// <reference types="vite/client" />
import type { Api } from '../../main/api/contract';

declare global {
  /** Exposed by the Electron preload; absent in the browser, where the client speaks HTTP instead. */
  interface Window {
    studyApi?: Api;
  }
}
