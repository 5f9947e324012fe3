import { useTranslation } from 'react-i18next';

const TONES: Record<string, string> = {
  granted: 'pill-good',
  refused: 'pill-bad',
  rejected: 'pill-bad',
  hearing: 'pill-warn',
  submitted: 'pill-info',
  accepted: 'pill-info',
};

/** An application's status in the trader's words, as a pill. */
export function ApplicationStatus({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`pill ${TONES[status] ?? 'pill-neutral'}`} data-testid="application-status">
      {t(`applications.statuses.${status}`, { defaultValue: status })}
    </span>
  );
}
