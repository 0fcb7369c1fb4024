// Names dockerd gives a container run without --name: `adjective_surname`, the surname
// of a scientist or engineer, drawn from the world's seeded generator; and the rule a
// name must follow.
import type { World } from '../../model.ts';
import { nextInt } from '../../rng.ts';

const ADJECTIVES = [
  'admiring', 'affectionate', 'bold', 'brave', 'busy', 'clever', 'compassionate', 'eager',
  'ecstatic', 'elastic', 'festive', 'focused', 'gallant', 'gifted', 'happy', 'hopeful',
  'jolly', 'keen', 'loving', 'modest', 'nifty', 'peaceful', 'quirky', 'relaxed',
  'serene', 'sharp', 'stoic', 'tender', 'trusting', 'vibrant', 'wizardly', 'zealous',
];

const SURNAMES = [
  'archimedes', 'babbage', 'bardeen', 'bohr', 'cerf', 'curie', 'darwin', 'dijkstra',
  'einstein', 'euler', 'feynman', 'franklin', 'galileo', 'goldberg', 'hamilton', 'hopper',
  'kalam', 'knuth', 'lamport', 'liskov', 'lovelace', 'mccarthy', 'meitner', 'noether',
  'pasteur', 'ritchie', 'shannon', 'thompson', 'torvalds', 'turing', 'wozniak', 'yonath',
];

/** A free `adjective_surname` name for an engine; `taken` says whether a name is in use there. */
export function generateName(world: World, taken: (name: string) => boolean): string {
  for (;;) {
    const name = `${ADJECTIVES[nextInt(world, ADJECTIVES.length)]}_${SURNAMES[nextInt(world, SURNAMES.length)]}`;
    if (!taken(name)) return name;
    // Like dockerd after a few collisions: add a digit.
    const numbered = `${name}${nextInt(world, 10)}`;
    if (!taken(numbered)) return numbered;
  }
}

/** dockerd's rule for container names. */
export const VALID_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** dockerd's rule for local volume names. */
export const VALID_VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
