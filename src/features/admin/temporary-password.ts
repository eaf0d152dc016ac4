import { randomInt } from 'node:crypto';
import { MINIMUM_PASSWORD_LENGTH } from '../../platform/passwords.ts';

// Letters and digits that cannot be mistaken for one another when read aloud or copied by
// hand: no 0/o, 1/l/i.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/**
 * A password an administrator reads out or passes on once: 16 random characters (about 79
 * bits) in groups of four, like `h7kq-m2xd-9tfw-cbn4`. `randomInt` draws without modulo bias.
 */
export function generateTemporaryPassword(): string {
  const groups: string[] = [];
  for (let group = 0; group < GROUPS; group++) {
    let characters = '';
    for (let index = 0; index < GROUP_LENGTH; index++) {
      characters += ALPHABET[randomInt(ALPHABET.length)];
    }
    groups.push(characters);
  }
  const password = groups.join('-');
  if (password.length < MINIMUM_PASSWORD_LENGTH) {
    throw new Error('Temporary passwords must meet the minimum password length');
  }
  return password;
}
