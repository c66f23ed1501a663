import { expect, test } from 'vitest';
import { defaultPanelSettings, panelSettings } from '../../src/ui/settings';

test('the host’s display language and stored values fill in the defaults', () => {
  expect(panelSettings('en')).toEqual({ ...defaultPanelSettings, uiLanguage: 'en' });
  expect(panelSettings('en', { abortThreshold: 4, uiLanguage: undefined })).toEqual({
    uiLanguage: 'en',
    abortThreshold: 4,
  });
  expect(panelSettings('de', { uiLanguage: 'en' }).uiLanguage).toBe('en');
});
