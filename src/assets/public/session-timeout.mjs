// The warning before Kindred signs a person out (WCAG 2.2.1, timing adjustable). Progressive
// enhancement: without this script nothing is lost either, because a form sent after the
// session has ended is kept and put back after signing in again (platform/unsaved-answers.ts).
//
// The page says how long a session may sit idle and when it ends at the latest (the 12-hour
// limit). A few minutes before either, a modal dialog says so. "Stay signed in" restarts the
// idle clock on the server; the 12-hour limit cannot be moved, so that warning only tells the
// person to save their work. The dialog is a native <dialog>: showModal() keeps focus in it,
// and its name and description are read out when it opens. Focus goes back where it was.

const WARN_BEFORE_MS = 5 * 60 * 1000;
const KEEP_ALIVE = '/session/keep-alive';

const settings = document.querySelector('[data-kindred-session]');
if (settings && typeof HTMLDialogElement === 'function') watch(settings);

function timeOfDay(instant) {
  return new Intl.DateTimeFormat('en-GB', {
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
    timeZone: 'Europe/London',
  })
    .format(instant)
    .replace(/\s/g, '');
}

function element(tag, attributes, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

function buildDialog() {
  const dialog = element('dialog', {
    class: 'kindred-timeout',
    'aria-labelledby': 'kindred-timeout-heading',
    'aria-describedby': 'kindred-timeout-text',
  });
  const heading = element('h2', { class: 'govuk-heading-m', id: 'kindred-timeout-heading' });
  const text = element('div', { id: 'kindred-timeout-text' });
  const actions = element('div', { class: 'govuk-button-group' });
  const button = element('button', { type: 'button', class: 'govuk-button' });
  actions.append(button);
  dialog.append(heading, text, actions);
  document.body.append(dialog);
  return { dialog, heading, text, button };
}

function paragraphs(container, lines) {
  container.replaceChildren(...lines.map((line) => element('p', { class: 'govuk-body' }, line)));
}

function watch(node) {
  const idleMs = Number(node.getAttribute('data-idle-seconds')) * 1000;
  const endsAt = Date.parse(node.getAttribute('data-ends-at') ?? '');
  if (!(idleMs > 0) || Number.isNaN(endsAt)) return;

  const parts = buildDialog();
  let idleEndsAt = Date.now() + idleMs;
  let state = 'waiting';
  let returnFocusTo = null;
  let timer;

  const signOutAt = () => Math.min(idleEndsAt, endsAt);
  const hardLimit = () => endsAt <= idleEndsAt;

  // States: 'waiting' (no dialog), 'warning' (dialog open), 'dismissed' (the 12-hour warning,
  // read and closed), 'ended' (signed out).
  function schedule() {
    clearTimeout(timer);
    const now = Date.now();
    if (now >= signOutAt()) {
      if (state !== 'ended') show('ended');
      return;
    }
    const warnAt = signOutAt() - WARN_BEFORE_MS;
    if (state === 'waiting' && now < warnAt) timer = setTimeout(schedule, warnAt - now);
    else if (state === 'waiting') show('warning');
    else timer = setTimeout(schedule, signOutAt() - now);
  }

  function show(next) {
    state = next;
    if (next === 'warning') {
      parts.heading.textContent = 'You will be signed out soon';
      paragraphs(
        parts.text,
        hardLimit()
          ? [
              `You will be signed out at ${timeOfDay(endsAt)}. Everyone is signed out after 12 hours.`,
              'Save what you are doing now. Then sign in again.',
            ]
          : [
              `You have not used Kindred for a while. You will be signed out at ${timeOfDay(signOutAt())}.`,
              'Anything you have not saved will be kept for you until you sign in again.',
            ],
      );
      parts.button.textContent = hardLimit() ? 'Continue' : 'Stay signed in';
    } else {
      parts.heading.textContent = 'You have been signed out';
      paragraphs(parts.text, [
        'Your answers on this page are still here.',
        'When you save them, you will be asked to sign in. Then your answers will be put back for you to check.',
      ]);
      parts.button.textContent = 'Close';
    }
    if (!parts.dialog.open) {
      returnFocusTo = document.activeElement;
      parts.dialog.showModal();
    }
    parts.button.focus();
    schedule();
  }

  function close() {
    if (parts.dialog.open) parts.dialog.close();
    if (returnFocusTo && typeof returnFocusTo.focus === 'function') returnFocusTo.focus();
  }

  async function staySignedIn() {
    const token = document.querySelector('form input[name="_csrf"]')?.value ?? '';
    try {
      const response = await fetch(KEEP_ALIVE, {
        method: 'POST',
        credentials: 'same-origin',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: token }),
      });
      if (response.status !== 204) return show('ended');
    } catch {
      return show('ended');
    }
    idleEndsAt = Date.now() + idleMs;
    state = 'waiting';
    close();
    schedule();
  }

  function answer() {
    if (state === 'warning' && !hardLimit()) return staySignedIn();
    if (state === 'warning') state = 'dismissed';
    close();
    schedule();
  }

  parts.button.addEventListener('click', answer);
  // Escape answers the dialog as its button does: the person is here.
  parts.dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    answer();
  });
  schedule();
}
