import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { configureNunjucks, templateDirs } from './views.ts';

function environment() {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(templateDirs), {
    autoescape: true,
  });
  configureNunjucks(env);
  return env;
}

describe('the trim filter', () => {
  it('trims the ends of a long run of spaces and keeps the spaces inside', () => {
    const inside = ' '.repeat(50_000);
    const value = `${' '.repeat(20_000)}first${inside}second${'\n\t '.repeat(10_000)}`;
    const result = environment().renderString('[{{ value | trim }}]', { value });
    expect(result).toBe(`[first${inside}second]`);
  });

  it('gives an empty string for text that is only spaces, or for nothing', () => {
    const env = environment();
    expect(env.renderString('[{{ value | trim }}]', { value: ' '.repeat(100_000) })).toBe('[]');
    expect(env.renderString('[{{ missing | trim }}]', {})).toBe('[]');
  });

  it('keeps safe HTML safe and still escapes anything else', () => {
    const env = environment();
    const context = { html: '  <strong>Ava</strong>  ' };
    expect(env.renderString('[{{ html | safe | trim }}]', context)).toBe('[<strong>Ava</strong>]');
    expect(env.renderString('[{{ html | trim }}]', context)).toBe(
      '[&lt;strong&gt;Ava&lt;/strong&gt;]',
    );
  });

  it('renders the design system’s date input, which pads its classes with spaces', () => {
    const html = environment().renderString(
      '{% from "govuk/components/date-input/macro.njk" import govukDateInput %}' +
        '{{ govukDateInput({ id: "born", namePrefix: "born", fieldset: { legend: { text: "Date of birth" } } }) }}',
      {},
    );
    expect(html).toContain('class="govuk-input govuk-date-input__input govuk-input--width-2"');
    expect(html).toContain('name="born-day"');
  });
});
