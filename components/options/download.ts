/**
 * Saves a Blob as a file from an extension page without the `downloads` permission (DESIGN.md,
 * "Privacy and platform rules"): a blob: URL on a temporary `<a download>`, clicked, then revoked.
 * Revoking is deferred: Firefox may still be reading the blob when `click()` returns.
 */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
