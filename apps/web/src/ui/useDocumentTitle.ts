import { useEffect } from 'react';

/** What every tab title ends with. */
export const documentTitleSuffix = 'CORS Playground';

/**
 * Titles the tab "<page> · CORS Playground" while the calling page is shown, so tabs, history and
 * bookmarks say which page they are. Each route calls it once with its own words.
 */
export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = `${page} · ${documentTitleSuffix}`;
  }, [page]);
}
