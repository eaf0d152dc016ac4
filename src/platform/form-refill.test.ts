import { describe, expect, it } from 'vitest';
import { refillForm } from './form-refill.ts';

const FORM = [
  '<input type="hidden" name="_csrf" value="fresh-token">',
  '<input class="govuk-input" id="venue" name="venue" type="text" value="Old place">',
  '<input class="govuk-input" id="time" name="time" type="text">',
  '<textarea class="govuk-textarea" id="reason" name="reason" rows="5">old</textarea>',
  '<input class="govuk-radios__input" name="outcome" type="radio" value="pause" checked>',
  '<input class="govuk-radios__input" name="outcome" type="radio" value="end">',
  '<input class="govuk-checkboxes__input" name="scope" type="checkbox" value="search" checked>',
  '<input class="govuk-checkboxes__input" name="scope" type="checkbox" value="contact">',
  '<input class="govuk-checkboxes__input" name="scope" type="checkbox" value="share">',
  '<select class="govuk-select" id="duration" name="duration"><option value="30">30 minutes</option><option value="60" selected>1 hour</option></select>',
].join('\n');

describe('refillForm', () => {
  it('puts each answer back in its field, and leaves hidden fields as the page has them', () => {
    const page = refillForm(FORM, {
      venue: 'Room "4" <north>',
      time: '2pm',
      reason: 'New </textarea> & more',
      outcome: 'end',
      scope: ['contact', 'share'],
      duration: '30',
    });
    expect(page).toContain('name="_csrf" value="fresh-token"');
    expect(page).toContain('name="venue" type="text" value="Room &quot;4&quot; &lt;north&gt;"');
    expect(page).toContain('name="time" type="text" value="2pm"');
    expect(page).toContain('>New &lt;/textarea&gt; &amp; more</textarea>');
    expect(page).toContain('value="pause">');
    expect(page).toContain('value="end" checked>');
    expect(page).toContain('value="search">');
    expect(page).toContain('value="contact" checked>');
    expect(page).toContain('value="share" checked>');
    expect(page).toContain('<option value="30" selected>30 minutes</option><option value="60">');
  });

  it('leaves fields the answers do not name as they are, but unticks boxes left unticked', () => {
    const page = refillForm(FORM, { time: '9am' });
    expect(page).toContain('value="Old place"');
    expect(page).toContain('rows="5">old</textarea>');
    expect(page).toContain('value="pause" checked>');
    expect(page).toContain('value="search">');
  });
});
