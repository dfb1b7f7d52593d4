import { useEffect } from 'react';
import { useT } from '../../state/hooks';
import { setPageTitle } from '../../state/pageTitle';

/** The tab's title for a view: its own words first, the app's name last. */
export function useTitle(parts: readonly (string | null | undefined)[]): void {
  const t = useT();
  const title = [...parts.filter(Boolean), t('app.name')].join(' · ');
  useEffect(() => {
    setPageTitle(title);
  }, [title]);
}
