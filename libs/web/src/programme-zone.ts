import { useTranslation } from 'react-i18next';
import { programmeTimeZone, timeZoneName } from './dates';

/**
 * The programme's zone (PROGRAMME_TIME_ZONE, whose calendar days legal deadlines count) and its
 * name for people: Mongolia's zones in the apps' words ("Ulaanbaatar time"), another in Intl's
 * (Chromium has no Mongolian zone names: it writes GMT+08:00).
 */
export function useProgrammeZone(): { zone: string; zoneName: string } {
  const { t, i18n } = useTranslation();
  const zone = programmeTimeZone();
  return {
    zone,
    zoneName: t(`programmeZone.names.${zone}`, { defaultValue: timeZoneName(zone, i18n.language) }),
  };
}
