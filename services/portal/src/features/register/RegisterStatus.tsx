import { useTranslation } from 'react-i18next';

/** An authorisation's status in the register, as a pill (in force: good, suspended: warning). */
export function RegisterStatus({ status }: { status: string }) {
  const { t } = useTranslation();
  const tone = status === 'granted' ? 'pill-good' : status === 'suspended' ? 'pill-warn' : 'pill-neutral';
  return <span className={`pill ${tone}`}>{t(`register.statuses.${status}`, { defaultValue: status })}</span>;
}
