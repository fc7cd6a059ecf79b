import type { AlertSettings } from '@tenor/contracts';

/** The alert settings as the form's inputs hold them: text, so a half-typed number stays as typed. */
export type AlertSettingsForm = Record<keyof AlertSettings, string>;

/** The fields of the form, in display order. */
export const ALERT_SETTINGS_FIELDS = [
  'windowHours',
  'baselineHours',
  'minComments',
  'minLift',
  'minZ',
  'webhookUrl',
] as const satisfies readonly (keyof AlertSettings)[];

/** The form's texts for saved settings. */
export function alertSettingsForm(settings: AlertSettings): AlertSettingsForm {
  return {
    windowHours: String(settings.windowHours),
    baselineHours: String(settings.baselineHours),
    minComments: String(settings.minComments),
    minLift: String(settings.minLift),
    minZ: String(settings.minZ),
    webhookUrl: settings.webhookUrl ?? '',
  };
}

/**
 * The settings to send for the form's texts: numbers as typed (a comma counts as decimal point), an empty
 * webhook as none. What is not a number goes as null, so the API's validation names the field.
 */
export function alertSettingsFromForm(form: AlertSettingsForm): AlertSettings {
  return {
    windowHours: parseNumber(form.windowHours),
    baselineHours: parseNumber(form.baselineHours),
    minComments: parseNumber(form.minComments),
    minLift: parseNumber(form.minLift),
    minZ: parseNumber(form.minZ),
    webhookUrl: form.webhookUrl.trim() === '' ? null : form.webhookUrl.trim(),
  } as AlertSettings;
}

function parseNumber(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
}
