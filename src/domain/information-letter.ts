import { decideShare, type ShareConsent } from './information-sharing.ts';

/**
 * The plain-English letter about Lifelong Links for one person in a young person's network
 * (stage 4, ADR 0033). It holds nothing about the young person beyond what their consent lets
 * this person know: their name only when sharing with this person is agreed, where they live
 * (the area, never an address) only when every consent says it may be shared. Nothing from the
 * safety check, the young person's own words or any note is ever in it. Pure.
 */

export interface LetterFacts {
  /** The person's name as the letter greets them. */
  recipientName: string;
  /** Other names the consent may name them by (known as). */
  recipientOtherNames: readonly string[];
  childFirstName: string;
  /** The area of the young person's current placement, if Kindred knows it. */
  childArea: string | null;
  coordinatorName: string;
  serviceName: string;
}

export interface LetterAllows {
  nameYoungPerson: boolean;
  whereTheyLive: boolean;
}

/** What the child's consents let this letter say to this person. */
export function letterAllows(
  consents: readonly ShareConsent[],
  names: readonly string[],
): LetterAllows {
  const allowed = (items: Parameters<typeof decideShare>[1]['items']) =>
    names.some((name) => decideShare(consents, { sharedWith: name, items }).allowed);
  const nameYoungPerson = allowed(['about_lifelong_links']);
  return { nameYoungPerson, whereTheyLive: nameYoungPerson && allowed(['where_they_live']) };
}

export interface Letter {
  greeting: string;
  /** The letter's one heading, after the greeting. */
  heading: string;
  paragraphs: string[];
  signOff: string[];
  allows: LetterAllows;
}

export function informationLetter(facts: LetterFacts, allows: LetterAllows): Letter {
  const who = allows.nameYoungPerson ? facts.childFirstName : 'a young person who knows you';
  const paragraphs = [
    `I work for ${facts.serviceName}. I am writing to you about Lifelong Links, because ${who} would like to hear from people who are important to them.`,
    'Lifelong Links helps young people in care to find and keep in touch with people who care about them: family, friends and other people who have been part of their life. The aim is that every young person has people who love and care for them, now and after they leave care.',
    allows.whereTheyLive && facts.childArea
      ? `${facts.childFirstName} lives in the ${facts.childArea} area at the moment.`
      : null,
    'What happens next: I would like to talk with you, by phone, video or in person, about how you know them and whether you would like to be part of their network. You can tell me what support you could offer, and anything you need to take part, such as an interpreter or help with travel.',
    'You do not have to say yes. If you would rather not be contacted again, tell me and we will respect that.',
    'Anything you tell me is kept safely. I will only share information about the young person that they have agreed to share.',
  ].filter((text): text is string => text !== null);
  return {
    greeting: `Dear ${facts.recipientName},`,
    heading: 'Lifelong Links',
    paragraphs,
    signOff: [
      'Yours sincerely,',
      facts.coordinatorName,
      `Lifelong Links coordinator, ${facts.serviceName}`,
    ],
    allows,
  };
}
