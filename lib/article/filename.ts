/** A file name from a title: keeps CJK, drops what file systems or shells dislike. */
export function exportFileName(title: string, extension: string): string {
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'article';
  return `${base}.${extension}`;
}
