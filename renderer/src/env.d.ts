/// <reference types="vite/client" />

/** Exposed by the Electron preload; absent in the browser, where the client speaks HTTP instead. */
interface Window {
  studyApi?: import('../../main/api/contract').Api;
}
