/** A file the user picked, as base64, for the API (which checks it; nothing runs here). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Files of this size or more are refused before they are sent: no article is that long. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
