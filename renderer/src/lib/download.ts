import type { ExportFile } from '../../../main/api/contract';

/** Saves a file in the browser: a Blob behind a temporary object URL, clicked through an `<a download>`. */
export function downloadFile(file: ExportFile): void {
  const body =
    file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  const blob = new Blob([body], { type: file.mimeType || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke once the browser has taken the download over.
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
