import { Textarea, type TextareaProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** From this share of its limit on, a long text field counts its characters. */
const NEAR_LIMIT = 0.8;

/**
 * A long text field with a limit (`maxLength`) that says how many characters it holds once near
 * the limit: the browser cuts a longer paste without a word, so the person sees '4000 / 4000'.
 */
export function CountedTextarea({ maxLength, value, description, ...props }: TextareaProps & { value: string }) {
  const { t } = useTranslation();
  const near = maxLength !== undefined && value.length >= maxLength * NEAR_LIMIT;
  const count = near ? t('fieldCheck.characters', { count: value.length, max: maxLength }) : undefined;
  return (
    <Textarea
      {...props}
      value={value}
      maxLength={maxLength}
      description={
        count && description ? (
          <>
            {description} · <span data-testid="character-count">{count}</span>
          </>
        ) : count ? (
          <span data-testid="character-count">{count}</span>
        ) : (
          description
        )
      }
    />
  );
}
