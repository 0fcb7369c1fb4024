// `edit <recipe> <file>`: a game command standing for "a developer changed this file of
// the build context". It bumps the file's version, which changes the COPY steps that
// read it, so the next `docker build` shows which layers the change invalidates.
import { say } from './hint.ts';
import type { Handler } from './types.ts';
import { fail, ok } from './types.ts';

export const editCommand: Handler = (ctx, words) => {
  const recipes = [...ctx.world.recipes.keys()].sort().join(', ') || '-';
  if (words.length !== 2) return fail(say(ctx, 'images.edit.usage', { recipes }));
  const [name, file] = words as [string, string];
  const recipe = ctx.world.recipes.get(name);
  if (!recipe) return fail(say(ctx, 'images.edit.unknownRecipe', { recipe: name, recipes }));
  const files = Object.keys(recipe.files).sort();
  // `app` and `app/` name the same directory.
  const key = files.find((f) => f === file || f.replace(/\/+$/, '') === file.replace(/\/+$/, ''));
  const entry = key === undefined ? undefined : recipe.files[key];
  if (key === undefined || !entry) return fail(say(ctx, 'images.edit.unknownFile', { recipe: name, file, files: files.join(', ') || '-' }));
  const from = entry.version;
  entry.version = from + 1;
  return ok(say(ctx, 'images.edit.changed', { recipe: name, file: key, from, to: from + 1 }));
};
