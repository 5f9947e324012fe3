import { useEffect } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { useAuth } from '@aeo/web';
import { regionInScope } from '@aeo/web';

/**
 * A list's search as the caller may ask for it: regional staff read their own region only (the
 * API's default for them; another is 403, an error page), so a region other than theirs in the
 * URL is neither sent nor kept: it is dropped from the URL (replacing the history entry).
 */
export function useSearchInRegion<T extends { region?: string }>(search: T): T {
  const { caller } = useAuth();
  const navigate = useNavigate();
  const region = regionInScope(search.region, caller?.region);
  const outOfScope = search.region !== region;
  useEffect(() => {
    if (!outOfScope) return;
    void navigate({
      to: '.',
      search: ((previous: Record<string, unknown>) => ({ ...previous, region: undefined })) as never,
      replace: true,
    });
  }, [outOfScope, navigate]);
  return outOfScope ? { ...search, region } : search;
}
