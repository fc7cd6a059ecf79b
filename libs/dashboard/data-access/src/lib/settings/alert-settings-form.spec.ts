import type { AlertSettings } from '@tenor/contracts';
import { alertSettingsForm, alertSettingsFromForm } from './alert-settings-form';

const SETTINGS: AlertSettings = {
  windowHours: 2,
  baselineHours: 24,
  minComments: 10,
  minLift: 0.2,
  minZ: 3,
  webhookUrl: null,
};

describe('alertSettingsFromForm', () => {
  it('round-trips saved settings', () => {
    expect(alertSettingsFromForm(alertSettingsForm(SETTINGS))).toEqual(SETTINGS);
  });

  it('reads a decimal comma and trims the webhook URL', () => {
    const form = {
      ...alertSettingsForm(SETTINGS),
      minLift: '0,25',
      webhookUrl: ' https://hooks.example/tenor ',
    };
    expect(alertSettingsFromForm(form)).toEqual({
      ...SETTINGS,
      minLift: 0.25,
      webhookUrl: 'https://hooks.example/tenor',
    });
  });

  it('sends what is not a number as null, for the API to name the field', () => {
    const form = { ...alertSettingsForm(SETTINGS), windowHours: '', minZ: 'drei' };
    expect(alertSettingsFromForm(form)).toMatchObject({ windowHours: null, minZ: null });
  });
});
