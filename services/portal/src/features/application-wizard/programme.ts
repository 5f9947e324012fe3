import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@aeo/web';

/** A text of the programme in the page's language (Mongolian unless English is chosen). */
export const inLanguage = (text: { en: string; mn: string }, language: string) =>
  language === 'en' ? text.en : text.mn;

/** The current programme version (GET /v1/programme), or the version an application was filed under. */
export function useProgramme(version?: number | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['programme', version ?? 'current'],
    staleTime: Infinity,
    queryFn: () =>
      version
        ? unwrap(
            api.applications.GET('/v1/programme/versions/{version}', {
              params: { path: { version: String(version) } },
            }),
          )
        : unwrap(api.applications.GET('/v1/programme')),
  });
}

/** The evidence limits the upload checks (GET /v1/programme/evidence-limits). */
export function useEvidenceLimits() {
  const api = useApi();
  return useQuery({
    queryKey: ['evidence-limits'],
    staleTime: Infinity,
    queryFn: () => unwrap(api.applications.GET('/v1/programme/evidence-limits')),
  });
}
