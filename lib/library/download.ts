// Downloads from an extension page without the "downloads" permission: a blob URL on <a download>.
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; give slow disks a margin before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
